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
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from core.model import Agency, Coverage, Document, Failure, Jurisdiction, Provenance
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


#: Reads paths; yields a document (with its crops) or a failure for each, in order.
ReadAll = Callable[[Sequence[Path]], Iterator[Read | Failure]]


class AgencyLists(Protocol):
    """The run's agency lists (:class:`phuluc.pipeline.AgencyLists`): what the writers need of them."""

    used: dict[str, Agency]

    def list_for(self, jurisdiction: Jurisdiction | None) -> object:
        """Load the list of a jurisdiction; its entries join :attr:`used`."""


@dataclass(frozen=True)
class Slot:
    """One place of the output: the file, whether it is there, its library entry and whether the library holds it.

    ``given`` is False for a library document that this run was not given (kept as it is).
    """

    path: Path
    present: bool
    entry: Entry | None = None
    cached: bool = False
    given: bool = True
    sha256: str | None = None  # the file's, when it was hashed for its key


@dataclass(frozen=True)
class DocumentReport:
    """What is said of one document after the run: where it came from, its row count, warnings and coverage."""

    provenance: Provenance
    rows: int
    warnings: tuple[str, ...]
    coverage: Coverage | None


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


def plan_slots(inputs: list[Path], library: Library | None) -> list[Slot]:
    """Order the run's output: the inputs as given; with a library, its documents first, the inputs in their places.

    An input the library holds (by its absolute path) takes that document's place; a new one
    joins at the end; a file given twice (``plans/ plans/x.pdf``) is one document, with or without
    a library. Only inputs are hashed: the library's other documents stay as they are.
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
    moved = _moved(library, given)
    slots = [
        given.pop(moved.get(old.absolute, old.absolute), Slot(Path(old.path), True, old, cached=True, given=False))
        for old in library.entries
    ]
    return slots + list(given.values())


def _moved(library: Library, given: dict[str, Slot]) -> dict[str, str]:
    """Return the library's documents whose file is gone and that a given file of their name and bytes replaces.

    A plans folder renamed or moved (``plans/`` to ``plans-2025/``) gives every file again under
    another path; its library copies would stay beside the new ones, each document twice. A
    document is taken as moved only when its file is gone and the given file has its name and its
    bytes (the SHA-256 the library kept): the given file takes its place.
    """
    gone = [old for old in library.entries if old.absolute not in given and not os.path.exists(old.absolute)]
    if not gone:
        return {}
    by_bytes: dict[tuple[str, str], str] = {}
    for where, slot in given.items():
        if slot.sha256 is not None and not slot.cached:
            by_bytes.setdefault((slot.path.name, slot.sha256), where)
    moved: dict[str, str] = {}
    for old in gone:
        sha = library.sha256_of(old.key)
        successor = by_bytes.get((Path(old.path).name, sha or ""))
        if sha is not None and successor is not None and successor not in moved.values():
            moved[old.absolute] = successor
    return moved


def source_names(paths: Sequence[Path]) -> list[str]:
    """Return each document's ``source``: its file name, or as much of its path as tells it from the others.

    A national batch is often laid out as ``<province>/ke-hoach.pdf``: the file name alone would
    give every row of rows.csv the same source (the Data Package's key ``(source, key)`` broken,
    the documents' rows mixed). Names that more than one path ends in take the path's last
    parts, as few as tell them apart ("ha-noi/ke-hoach.pdf"); the path as given when none do.
    """
    parts = [path.parts or (str(path),) for path in paths]
    names = [p[-1] for p in parts]
    for depth in range(2, max((len(p) for p in parts), default=1) + 1):
        taken = Counter(names)
        if all(taken[name] == 1 for name in names):
            break
        names = ["/".join(p[-depth:]) if taken[name] > 1 else name for p, name in zip(parts, names, strict=True)]
    taken = Counter(names)
    return [sanitize(name if taken[name] == 1 else str(path)) for path, name in zip(paths, names, strict=True)]


def named(doc: Document, source: str) -> Document:
    """Return the document under its ``source`` name in this run (:func:`source_names`)."""
    if doc.provenance.source == source:
        return doc
    return dataclasses.replace(doc, provenance=dataclasses.replace(doc.provenance, source=source))


def _given_slot(path: Path, where: str, library: Library) -> Slot:
    """Return an input's slot: keyed when it is a regular file that can be hashed (its reader says what else it is)."""
    if not path.is_file():
        return Slot(path, path.exists())
    try:
        sha256 = file_sha256(path)
    except OSError:  # unreadable: its reader gives the one-line failure
        return Slot(path, True)
    key = library.key(path, sha256)
    return Slot(path, True, Entry(str(path), where, key), library.has(key), sha256=sha256)


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
        images: PageImages | None = None
        cached_copy = False
        if not slot.present:
            read: Read | Failure = missing(slot.path)
        elif slot.cached:
            cached = self.library.load(slot.entry.key) if self.library and slot.entry else None
            if cached is not None:
                read, cached_copy = Read(cached.document, cached.images), True
            elif slot.given:
                (read,) = self.read([slot.path])  # its library copy is damaged: read it again
            else:
                read = Failure(sanitize(str(slot.path)), "its copy in the library is damaged; give the file again")
        else:
            read = next(outcomes)
        if isinstance(read, Failure):
            self.failures.append(read)
            return 0
        outcome, images = read.document, read.images
        outcome = named(outcome, source)
        self.lists.list_for(outcome.jurisdiction)  # its list's entries join the run's before the review page names them
        shown = writer.add(outcome, self.lists.used, images)
        if store is not None and slot.entry is not None:
            if cached_copy:
                store.keep(slot.entry)
                self.reused += 1
            else:
                store.add(slot.entry, outcome, shown)
        self.documents.append(report_of(outcome))
        if self.keep is not None:
            self.keep(outcome)
        return outcome.provenance.pages

    def report(self) -> Report:
        """Return what the run did, without its documents."""
        return Report(
            tuple(self.documents), tuple(self.failures), tuple(self.lists.used.values()), self.reviewed, self.reused
        )


def missing(path: Path) -> Failure:
    """Return the failure of an input that is not there."""
    return Failure(sanitize(str(path)), "no such file or folder")


def report_of(doc: Document) -> DocumentReport:
    """Keep what is said of a document after the run, and nothing more."""
    return DocumentReport(doc.provenance, len(doc.rows), doc.warnings, doc.coverage)
