"""One run over many documents, written as they come: each goes from its reader to the writers and is let go.

The inputs become *slots*, the places of the output in order: a file to read, or (with
``--update``) a document the library already holds as the file is now. Reading happens in
reader processes (:func:`phuluc.pipeline.read_all_for_writers`, outcomes in input order, each document with
its review crops rendered by its reader); each document is
handed to :class:`export.stream.OutputWriter` and, with ``--update``, stored in the library.
What the command line reports afterwards is kept as a small :class:`Report` per document, so
memory does not grow with the number of documents.
"""

from __future__ import annotations

import dataclasses
import os
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from core.documents import dead_link
from core.model import Agency, Coverage, Document, Failure, Jurisdiction, Mention, Provenance
from core.text import sanitize
from export.review_html import PageImages
from export.stream import OutputWriter
from phuluc.library import Entry, Library, LibraryWriter, absolute, file_sha256
from phuluc.progress import Progress


@dataclass(frozen=True)
class Read:
    """A document as its reader hands it to the writers: with its review crops, rendered in the reader's process.

    Rendering there, not in the one writer, lets ``-j N`` readers render in parallel; ``images``
    is None when the reader left the crops to the writer.
    """

    document: Document
    images: PageImages | None = None
    #: The agency cells its reader resolved that the run had not (cell text -> mentions, for the
    #: document's list): kept by the main process, so readers forked after it resolve them no more.
    cells: dict[str, tuple[Mention, ...]] | None = None


#: Reads paths; yields a document (with its crops) or a failure for each, in order.
ReadAll = Callable[[Sequence[Path]], Iterator[Read | Failure]]


class AgencyLists(Protocol):
    """The run's agency lists (:class:`phuluc.pipeline.AgencyLists`): what the writers need of them."""

    used: dict[str, Agency]

    def list_for(self, jurisdiction: Jurisdiction | None) -> object:
        """Load the list of a jurisdiction; its entries join :attr:`used`."""

    def learn(self, doc: Document, cells: dict[str, tuple[Mention, ...]]) -> None:
        """Keep the agency cells a reader resolved for ``doc``'s list, for the readers forked after it."""


@dataclass(frozen=True)
class Slot:
    """One place of the output: the file, whether it is there, its library entry and whether the library holds it.

    ``given`` is False for a library document that this run was not given (kept as it is);
    ``gone`` is True for such a document whose file is gone. ``origin`` is the library document
    whose file is gone and whose bytes this given file has (renamed or moved): the file takes its
    place, and ``cached`` says its reading is re-used.
    """

    path: Path
    present: bool
    entry: Entry | None = None
    cached: bool = False
    given: bool = True
    sha256: str | None = None  # the file's, when it was hashed for its key
    origin: Entry | None = None
    gone: bool = False


@dataclass(frozen=True)
class DocumentReport:
    """What is said of one document after the run: where it came from, its row count, warnings and coverage."""

    provenance: Provenance
    rows: int
    warnings: tuple[str, ...]
    coverage: Coverage | None
    #: A library document kept as read while its file is gone.
    gone: bool = False
    #: Taken from the library as it was read before, not read in this run (``--update``).
    from_library: bool = False


@dataclass(frozen=True)
class Report:
    """A run's outcome without its documents: one small report each, the failures, the agencies, the counts."""

    documents: tuple[DocumentReport, ...] = ()
    failures: tuple[Failure, ...] = ()
    agencies: tuple[Agency, ...] = ()
    #: Agency mentions a person should check (the lines of review.csv).
    reviewed: int = 0
    #: Documents taken from the library as they were, not read again.
    reused: int = 0
    #: Library documents whose file is gone, kept as read (their paths).
    gone: tuple[str, ...] = ()
    #: Given files that took the place of a library document whose file is gone: (its path, theirs).
    renamed: tuple[tuple[str, str], ...] = ()
    #: Library documents whose copy was damaged, read again from their unchanged files (their paths).
    refreshed: tuple[str, ...] = ()
    #: Library documents given again whose file now fails: they leave the library (their paths).
    dropped: tuple[str, ...] = ()


def plan_slots(inputs: list[Path], library: Library | None) -> list[Slot]:
    """Order the run's output: the inputs as given; with a library, its documents first, the inputs in their places.

    An input the library holds (by its absolute path) takes that document's place; so does an input
    with the bytes of a library document whose file is gone (renamed or moved, :func:`_moved`); a
    new one joins at the end; a file given twice (``plans/ plans/x.pdf``) is one document, with or
    without a library. Only inputs are hashed: the library's other documents stay as they are.
    """
    if library is None:
        firsts: dict[str, Path] = {}
        for path in inputs:
            firsts.setdefault(absolute(path), path)
        return [Slot(path, path.exists()) for path in firsts.values()]
    given: dict[str, Slot] = {}
    for path in inputs:
        where = absolute(path)
        if where not in given:
            given[where] = _given_slot(path, where, library)
    gone = {old.absolute for old in library.entries if old.absolute not in given and not os.path.exists(old.absolute)}
    moved = _moved(library, given, gone)
    slots = []
    for old in library.entries:
        if old.absolute in moved:
            slots.append(_successor(given.pop(moved[old.absolute]), old, library))
        elif old.absolute in given:
            slots.append(given.pop(old.absolute))
        else:
            slots.append(Slot(Path(old.path), True, old, cached=True, given=False, gone=old.absolute in gone))
    return slots + list(given.values())


def _moved(library: Library, given: dict[str, Slot], gone: set[str]) -> dict[str, str]:
    """Return the library's documents whose file is gone and the given file of their bytes that replaces each.

    A file renamed (``ke-hoach.pdf`` to ``ke-hoach-2024.pdf``) or a plans folder renamed or moved
    (``plans/`` to ``plans-2025/``) gives the file again under another path; its library copy would
    stay beside the new one, the document twice. A document is taken as moved only when its file
    is gone and a given file the library does not hold has its bytes (the SHA-256 the library
    kept): that file takes its place, one file each, a file of the same name (NFC) first. Two
    files that both exist stay two documents, whatever their bytes.
    """
    if not gone:
        return {}
    held = {old.absolute for old in library.entries}
    by_bytes: dict[str, list[str]] = {}
    for where, slot in given.items():
        if slot.sha256 is not None and where not in held:
            by_bytes.setdefault(slot.sha256, []).append(where)
    if not by_bytes:
        return {}
    olds = [(old, sha) for old in library.entries if old.absolute in gone and (sha := library.sha256_of(old))]
    moved: dict[str, str] = {}
    for same_name in (True, False):
        for old, sha in olds:
            name = nfc(Path(old.path).name)
            for where in by_bytes.get(sha, []):
                if old.absolute not in moved and (not same_name or nfc(given[where].path.name) == name):
                    moved[old.absolute] = where
                    by_bytes[sha].remove(where)
                    break
    return moved


def _successor(slot: Slot, origin: Entry, library: Library) -> Slot:
    """Return a given file's slot as the successor of a gone library document: its reading re-used when it can be.

    The reading is re-used when the library holds it and the settings and phuluc are those it was
    read with (the origin's key, made again with the file's bytes, is its key); only the path differs.
    """
    reuse = slot.sha256 is not None and library.key(Path(origin.path), slot.sha256, slot.path) == origin.key
    return dataclasses.replace(slot, origin=origin, cached=slot.cached or (reuse and library.has(origin.key)))


def nfc(text: str) -> str:
    """Return text in Unicode NFC: file names copied from macOS come in NFD."""
    return unicodedata.normalize("NFC", text)


def source_names(paths: Sequence[Path]) -> list[str]:
    """Return each document's ``source``: its file name, or as much of its path as tells it from the others.

    A national batch is often laid out as ``<province>/ke-hoach.pdf``: the file name alone would
    give every row of rows.csv the same source (the Data Package's key ``(source, key)`` broken,
    the documents' rows mixed). Names that more than one path ends in take the path's last
    parts, as few as tell them apart ("ha-noi/ke-hoach.pdf"); the path as given when none do.
    """
    parts = [tuple(nfc(part) for part in path.parts or (str(path),)) for path in paths]
    names = [p[-1] for p in parts]
    for depth in range(2, max((len(p) for p in parts), default=1) + 1):
        taken = Counter(names)
        if all(taken[name] == 1 for name in names):
            break
        names = ["/".join(p[-depth:]) if taken[name] > 1 else name for p, name in zip(parts, names, strict=True)]
    taken = Counter(names)
    sources = [sanitize(name if taken[name] == 1 else nfc(str(path))) for path, name in zip(paths, names, strict=True)]
    return _numbered(sources)


def _numbered(sources: list[str]) -> list[str]:
    """Return the sources with any that is still another's (paths differing only in normalization) numbered: "x (2)"."""
    taken = Counter(sources)
    if all(count == 1 for count in taken.values()):
        return sources
    seen: Counter[str] = Counter()
    numbered = []
    for source in sources:
        seen[source] += 1
        number = seen[source]
        while number > 1 and f"{source} ({number})" in taken:
            number += 1
        numbered.append(source if number == 1 else f"{source} ({number})")
        taken[numbered[-1]] += 1
    return numbered


def named(doc: Document, source: str) -> Document:
    """Return the document under its ``source`` name in this run (:func:`source_names`)."""
    if doc.provenance.source == source:
        return doc
    return dataclasses.replace(doc, provenance=dataclasses.replace(doc.provenance, source=source))


def at_path(doc: Document, path: str) -> Document:
    """Return a document read from the same bytes under another path as read from ``path``: only its path differs."""
    return dataclasses.replace(doc, provenance=dataclasses.replace(doc.provenance, path=path))


def _given_slot(path: Path, where: str, library: Library) -> Slot:
    """Return an input's slot: keyed when it is a regular file that can be hashed (its reader says what else it is)."""
    if not path.is_file():
        return Slot(path, path.exists())
    try:
        sha256 = file_sha256(path)
    except OSError:  # unreadable: its reader gives the one-line failure
        return Slot(path, True)
    key = library.key(path, sha256)
    return Slot(path, True, Entry(str(path), where, key, sha256), library.has(key), sha256=sha256)


@dataclass
class Batch:
    """One run's writing: its reader, agency lists, library, and the reports gathered so far."""

    read: ReadAll
    lists: AgencyLists
    library: Library | None = None
    keep: Callable[[Document], object] | None = None
    documents: list[DocumentReport] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    reviewed: int = 0
    reused: int = 0
    gone: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def write(self, slots: list[Slot], folder: Path, shown: Progress | None) -> list[Path]:
        """Write every slot's document into ``folder`` (a staging folder); return the paths, none when no document."""
        outcomes = self.read([s.path for s in slots if s.present and not s.cached])
        store = LibraryWriter(self.library, folder) if self.library is not None else None
        sources = source_names([slot.path for slot in slots])
        try:
            with OutputWriter(folder) as writer:
                for index, slot in enumerate(slots):
                    pages = self._one(slot, sources[index], outcomes, writer, store)
                    if shown is not None:
                        shown.advance(pages, slots[index + 1].path if index + 1 < len(slots) else None)
                if shown is not None:
                    shown.close()
                if not self.documents:
                    return []
                self.reviewed = writer.reviewed
                written = writer.close(self.failures, self.lists.used.values())
                if store is not None:
                    written.append(store.close(folder / "plan.json"))
                return written
        finally:
            close = getattr(outcomes, "close", None)
            if close is not None:
                close()  # readers still running are stopped

    def _one(
        self,
        slot: Slot,
        source: str,
        outcomes: Iterator[Read | Failure],
        writer: OutputWriter,
        store: LibraryWriter | None,
    ) -> int:
        """Write one slot's document (or keep its failure) under its ``source`` name; return its pages."""
        entry, as_stored, reused = slot.entry, False, self.reused
        if not slot.present:
            read: Read | Failure = missing(slot.path)
        elif slot.cached:
            read, entry, as_stored = self._from_library(slot)
        else:
            read = next(outcomes)
        if isinstance(read, Failure):
            self.failures.append(read)
            if store is not None and entry is not None and as_stored:
                store.keep(entry, damaged=True)  # named by every run until its file is given again
            elif self.library is not None and absolute(slot.path) in {e.absolute for e in self.library.entries}:
                self.dropped.append(str(slot.path))  # a good reading leaves the library: said in the summary
            return 0
        outcome = named(read.document, source)
        self.lists.list_for(outcome.jurisdiction)  # its list's entries join the run's before the review page names them
        if read.cells:
            self.lists.learn(outcome, read.cells)
        shown = writer.add(outcome, self.lists.used, read.images)
        if store is not None and entry is not None:
            if as_stored:
                store.keep(entry)
            else:
                store.add(entry, outcome, shown)
        if slot.origin is not None:
            self.renamed.append((slot.origin.path, str(slot.path)))
        if slot.gone:
            self.gone.append(str(slot.path))
        self.documents.append(report_of(outcome, gone=slot.gone, from_library=self.reused > reused))
        if self.keep is not None:
            self.keep(outcome)
        return outcome.provenance.pages

    def _from_library(self, slot: Slot) -> tuple[Read | Failure, Entry | None, bool]:
        """Return a slot's document from the library, the entry to store it under, and whether it is kept as stored.

        A copy that does not read is read again from its file: the given file, or the file at its
        library path when it was not given and still has the bytes it was read from (said in the
        summary); else the document is named in an error line and its entry is kept.
        """
        library, entry = self.library, slot.entry
        assert library is not None and entry is not None  # a cached slot is a library's
        cached = library.load(entry.key) if library.has(entry.key) else None
        if cached is not None:
            self.reused += 1
            if entry.sha256 is None:  # a library written before the SHA-256 was listed: listed from now on
                entry = dataclasses.replace(entry, sha256=cached.document.provenance.sha256)
            return Read(cached.document, cached.images), entry, True
        if slot.origin is not None and (cached := library.load(slot.origin.key)) is not None:
            self.reused += 1  # renamed or moved: only the path differs from the reading it had
            return Read(at_path(cached.document, str(slot.path)), cached.images), entry, False
        if slot.given:
            (read,) = self.read([slot.path])  # its library copy is damaged: read it again
            return read, entry, False
        damaged = "its copy in the library is damaged"
        sha256 = None if slot.gone else library.same_file(entry)
        if sha256 is None:
            why = "its file is gone" if slot.gone else "its file has changed since it was read"
            msg = f"{damaged} and {why}; give the file again, or drop it from the library with --forget PATH"
            return Failure(sanitize(str(slot.path)), msg), entry, True
        (read,) = self.read([Path(entry.absolute)])
        if isinstance(read, Failure):
            msg = f"{damaged} and reading its file again failed ({read.error}); give the file again"
            return Failure(sanitize(str(slot.path)), msg), entry, True
        self.refreshed.append(entry.path)
        fresh = Entry(entry.path, entry.absolute, library.key(Path(entry.path), sha256, Path(entry.absolute)), sha256)
        return Read(at_path(read.document, entry.path), read.images), fresh, False

    def report(self) -> Report:
        """Return what the run did, without its documents."""
        return Report(
            tuple(self.documents),
            tuple(self.failures),
            tuple(self.lists.used.values()),
            self.reviewed,
            self.reused,
            tuple(self.gone),
            tuple(self.renamed),
            tuple(self.refreshed),
            tuple(self.dropped),
        )


def missing(path: Path) -> Failure:
    """Return the failure of an input that is not there (a link to nothing says so)."""
    return Failure(sanitize(str(path)), dead_link(path) or "no such file or folder")


def report_of(doc: Document, *, gone: bool = False, from_library: bool = False) -> DocumentReport:
    """Keep what is said of a document after the run, and nothing more."""
    return DocumentReport(doc.provenance, len(doc.rows), doc.warnings, doc.coverage, gone, from_library)
