"""The library API: ``run(inputs, out_dir, settings)`` runs every stage on every input.

One bad input never stops the others: each document is read in a process of its own under a
time and a memory limit (:mod:`phuluc.worker`), its error becomes a :class:`Failure` in the
result, and the good documents are still exported.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import itertools
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.documents import DOCUMENT_SUFFIXES, folder_documents
from core.errors import SettingsError
from core.model import Agency, Box, Document, Failure, Jurisdiction, Mention, Result
from core.process import ChildResult, Later, Turns, can_fork_helper, in_child
from core.settings import NormalizeSettings, Settings
from core.text import is_safe, sanitize
from export.outputset import OutputSet
from export.page_images import crop_order
from export.review_html import PageImages, ahead_images, box_images, document_images, joined_images
from extract import extract, load_pdf_readers
from extract.docx_pdf import find_soffice, lay_out_docx
from extract.merge import merge
from normalize import AgencyList, list_for, locate, normalize, parse_jurisdiction
from phuluc.batch import Batch, Read, Report, missing, named, plan_slots, source_names
from phuluc.executors import read_outcomes
from phuluc.library import LIBRARY_DIR, Library
from phuluc.progress import Progress

if TYPE_CHECKING:
    from diff.model import PlanDiff

__all__ = [
    "OutputSet",
    "diff_files",
    "extract_to",
    "iter_inputs",
    "read_all",
    "read_document",
    "run",
    "run_documents",
]


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the plan documents inside folders (recursively, sorted by path)."""
    yield from gather_inputs(paths)[0]


def gather_inputs(paths: Iterable[Path]) -> tuple[list[Path], list[Failure]]:
    """Return the files as given and the plan documents inside folders, and a failure for each folder that fails.

    A folder fails when it (or a folder inside it) cannot be listed, or holds no plan document:
    the analyst gave the wrong folder, or the plans are elsewhere; said, not passed over.
    """
    found: list[Path] = []
    failures: list[Failure] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        unlisted: list[tuple[Path, str]] = []
        documents = folder_documents(path, unlisted)
        failures += [Failure(sanitize(str(where)), cause) for where, cause in unlisted]
        if not documents and not unlisted:
            endings = ", ".join(DOCUMENT_SUFFIXES)
            failures.append(Failure(sanitize(str(path)), f"the folder holds no plan document ({endings})"))
        found += documents
    return found, failures


#: Agency cells (text -> mentions) the main process keeps per list for the readers it forks: a plan has
#: ~100-300 distinct ones, of ~1 KB each; the cap keeps a national batch's memory flat.
MAX_KEPT_CELLS = 20_000


class AgencyLists:
    """The agency list of each jurisdiction met in a run (:func:`normalize.list_for`), and the cells each resolved.

    Creating it loads the user's files, so a bad list stops the run before any input.
    """

    def __init__(self, settings: NormalizeSettings) -> None:
        self.settings = settings
        self.given = parse_jurisdiction(settings.jurisdiction) if settings.jurisdiction else None
        self.resolved: dict[AgencyList, dict[str, tuple[Mention, ...]]] = {}
        self.used: dict[str, Agency] = {}
        self.list_for(self.given)

    def list_for(self, jurisdiction: Jurisdiction | None) -> AgencyList:
        """Return the list for a jurisdiction; its entries join the run's :attr:`used`."""
        agencies = list_for(jurisdiction, replace=self.settings.agencies, add=self.settings.agencies_add)
        for agency in agencies:
            self.used.setdefault(agency.id, agency)
        return agencies

    def normalize(self, doc: Document) -> Document:
        """Locate the document and resolve its agency cells against its jurisdiction's list."""
        return self.resolve(doc)[0]

    def resolve(self, doc: Document) -> tuple[Document, dict[str, tuple[Mention, ...]]]:
        """Normalize the document (:meth:`normalize`); also return the cells it resolved that the run had not.

        A reader hands those back with the document (:meth:`learn` keeps them for later readers).
        """
        doc = locate(doc, self.given)
        agencies = self.list_for(doc.jurisdiction)
        cells = self.resolved.setdefault(agencies, {})
        known = len(cells)
        doc = normalize(doc, agencies, cells)
        new = itertools.islice(cells.items(), known, None)  # a dict only grows: the new come last
        return doc, {t: found for t, found in new if is_safe(t)}  # as the worker sends them: unchanged

    def learn(self, doc: Document, cells: dict[str, tuple[Mention, ...]]) -> None:
        """Keep the agency cells a reader resolved for ``doc``'s list: readers forked from now on inherit them.

        Each document is read in a process of its own, so what one reader resolved would be resolved
        again by the next; plans of one province repeat most agency cells. At most
        :data:`MAX_KEPT_CELLS` are kept per list, so a national batch's memory stays flat.
        """
        kept = self.resolved.setdefault(self.list_for(doc.jurisdiction), {})
        for text, mentions in itertools.islice(cells.items(), max(0, MAX_KEPT_CELLS - len(kept))):
            kept.setdefault(text, mentions)


def read_rows(path: Path, settings: Settings, pdf_dir: Path | None = None) -> Document:
    """Extract one document and join its page-split rows; with ``pdf_dir``, lay a DOCX out as pages there."""
    return joined_rows(extract(path, settings.extract), settings, pdf_dir)


def joined_rows(doc: Document, settings: Settings, pdf_dir: Path | None = None) -> Document:
    """Join an extracted document's page-split rows; with ``pdf_dir``, lay a DOCX out as pages there."""
    doc = merge(doc)
    if pdf_dir is not None and doc.provenance.file_type == "docx":
        doc = lay_out_docx(doc, pdf_dir, settings.extract)
    return doc


def process(path: Path, settings: Settings, lists: AgencyLists, pdf_dir: Path | None = None) -> Document:
    """Extract one document, join its page-split rows, find its jurisdiction and resolve its agency names.

    ``lists`` carries the agency cells already resolved in this run over to the next document.
    With ``pdf_dir``, a DOCX is also laid out as pages there (``settings.extract.docx_pdf``).
    """
    return lists.normalize(read_rows(path, settings, pdf_dir))


@functools.cache
def agency_lists(settings: NormalizeSettings) -> AgencyLists:
    """Load the agency lists once per process; forked readers inherit the parent's copy."""
    return AgencyLists(settings)


def read_document(path: Path, settings: Settings, pdf_dir: Path | None = None) -> Document:
    """Read one document through the reading stages: what each reader process runs.

    With ``pdf_dir``, a DOCX is also laid out as pages there (``settings.extract.docx_pdf``).
    """
    return process(path, settings, agency_lists(settings.normalize), pdf_dir)


def read_for_writers(path: Path, settings: Settings, pdf_dir: Path | None = None) -> Read:
    """Read one document and render its review crops, in the reader's process: the one writer only writes.

    With a core to spare, a PDF's crops are rendered by a forked child started as soon as its
    pages are read (``extract``'s ``pages_read``): it renders pages while this process chains,
    joins and names the rows, and cuts the row pieces' boxes out of them once extraction has
    found them (a piece no joined row keeps, a section heading or a total, is cut and dropped);
    with the names done, this process takes its turns at the pages left
    (:class:`core.process.Turns`). The document goes to the writers without its physical row
    pieces: every output is written from the joined rows, and the pieces were most of what the
    reader checked, pickled and sent (a 44-page plan: 270 of 370 KB, 8 of 11 ms of the text check).
    """
    lists = agency_lists(settings.normalize)
    if not can_fork_helper():
        doc, cells = lists.resolve(joined_rows(extract(path, settings.extract), settings, pdf_dir))
        return Read(without_pieces(doc), document_images(doc), cells)
    turns, later = Turns(), Later[list[Box]]()
    with contextlib.ExitStack() as stack:
        helpers: list[ChildResult[PageImages]] = []

        def start_crops() -> None:
            helpers.append(stack.enter_context(in_child(ahead_images, path, later, turns)))

        doc = extract(path, settings.extract, pages_read=start_crops)
        pieces = piece_boxes(doc) if doc.provenance.file_type == "pdf" else []
        if pieces and not helpers:  # read by another engine: the crops start now, their boxes known
            start_crops()
        later.give(pieces)
        doc, cells = lists.resolve(joined_rows(doc, settings, pdf_dir))
        if not pieces:
            return Read(without_pieces(doc), document_images(doc), cells)  # it says why there are none
        mine = box_images(path, pieces, turns)  # the agency names done, this process takes its turns at the pages too
        try:
            images = joined_images(doc, (mine, helpers[0].result()))
        except Exception:  # noqa: BLE001 - the child died (memory, a signal): render here instead
            images = document_images(doc)
    return Read(without_pieces(doc), images, cells)


def piece_boxes(doc: Document) -> list[Box]:
    """Return where an extracted document's row pieces lie, in crop order: the joined rows' boxes are among them."""
    return crop_order(box for row in doc.physical_rows if (box := row.box) is not None)


def without_pieces(doc: Document) -> Document:
    """Return the document without its physical row pieces (the joined rows hold all their text)."""
    return dataclasses.replace(doc, physical_rows=())


def read_all(paths: Sequence[Path], settings: Settings, pdf_dir: Path | None = None) -> Iterator[Document | Failure]:
    """Read every path through the reading stages, each in a reader process of its own; yield outcomes in order.

    The settings choose where the readers run: here (a process pool) or on a Dask cluster.
    """
    return read_outcomes(paths, functools.partial(read_document, pdf_dir=pdf_dir), settings)


def read_all_for_writers(
    paths: Sequence[Path], settings: Settings, pdf_dir: Path | None = None
) -> Iterator[Read | Failure]:
    """As :func:`read_all`, each document with its review crops rendered by its reader."""
    return read_outcomes(paths, functools.partial(read_for_writers, pdf_dir=pdf_dir), settings)


def run_documents(
    paths: Iterable[Path],
    settings: Settings | None = None,
    pdf_dir: Path | None = None,
    progress: Callable[[int], Progress] | None = None,
) -> Result:
    """Run the reading stages on every input, keeping failures instead of raising them.

    ``pdf_dir`` is where DOCX inputs are laid out as PDF pages, when the settings ask for it;
    ``progress`` makes the progress line for a number of inputs (the CLI's, on a terminal).
    Every document is kept in memory: a batch written to an output folder goes through
    :func:`extract_to` instead, one document at a time.
    """
    settings = settings or Settings()
    lists = agency_lists(settings.normalize)  # a bad list stops the run before any input
    load_pdf_readers()  # the forked readers share the PDF modules instead of importing them per document
    found, unreadable = gather_inputs(paths)
    inputs = [(slot.path, slot.present) for slot in plan_slots(found, None)]
    sources = source_names([path for path, _ in inputs])
    outcomes = read_all([path for path, present in inputs if present], settings, pdf_dir)
    shown = progress(len(inputs)) if progress is not None else None
    documents: list[Document] = []
    failures: list[Failure] = list(unreadable)
    for index, (path, present) in enumerate(inputs):
        outcome = next(outcomes) if present else missing(path)
        if isinstance(outcome, Document):
            outcome = named(outcome, sources[index])
            documents.append(outcome)
            lists.list_for(outcome.jurisdiction)  # the entries of its list join the run's
        else:
            failures.append(outcome)
        if shown is not None:
            pages = outcome.provenance.pages if isinstance(outcome, Document) else 0
            shown.advance(pages, inputs[index + 1][0] if index + 1 < len(inputs) else None)
    if shown is not None:
        shown.close()
    return Result(tuple(documents), tuple(failures), tuple(lists.used.values()))


def extract_to(
    paths: Iterable[Path],
    outputs: OutputSet,
    settings: Settings | None = None,
    *,
    pdf_dir: Path | None = None,
    progress: Callable[[int], Progress] | None = None,
    update: bool = False,
    keep: Callable[[Document], object] | None = None,
    forget: Sequence[Path] = (),
) -> tuple[Report, list[Path]]:
    """Read every input and write each document into the held output folder as it comes: memory stays flat.

    Each document goes from its reader to every writer (:class:`export.stream.OutputWriter`) and
    is let go (``keep`` sees it first); the set is installed at the end, or nothing when no
    document was read. With ``update`` the folder's library (:mod:`phuluc.library`) is kept:
    its documents stay, the inputs join it, and only inputs it does not hold as they are now are read;
    ``forget`` names library documents (by path) to drop.
    """
    settings = settings or Settings()
    lists = agency_lists(settings.normalize)  # a bad list stops the run before any input
    if forget and not update:
        msg = "--forget drops documents from an --update library: give --update too"
        raise SettingsError(msg)
    library = Library(outputs.out_dir, settings, forget) if update else None
    inputs, unreadable = gather_inputs(paths)
    slots = plan_slots(inputs, library)
    read = functools.partial(read_all_for_writers, settings=settings, pdf_dir=pdf_dir)
    batch = Batch(read, lists, library, keep, failures=unreadable)

    def fill(folder: Path) -> list[Path]:
        return batch.write(slots, folder, progress(len(slots)) if progress is not None else None)

    written = outputs.write(fill, drop=() if update else (LIBRARY_DIR,))
    return batch.report(), written


def run(
    paths: Iterable[Path], out_dir: Path, settings: Settings | None = None, *, update: bool = False
) -> tuple[Result, list[Path]]:
    """Extract every input and write the outputs into ``out_dir`` (held by this run from start to end).

    The result holds every document (its joined rows; the physical row pieces are left in the
    reader: :func:`run_documents` keeps them); :func:`extract_to` is the same run without keeping
    them. DOCX inputs laid out as PDF pages (``settings.extract.docx_pdf``) keep their PDFs in a
    temporary folder until the review page has been written from them.
    """
    settings = settings or Settings()
    documents: list[Document] = []
    with OutputSet(out_dir) as outputs, pages_folder(settings) as pdf_dir:
        report, written = extract_to(paths, outputs, settings, pdf_dir=pdf_dir, update=update, keep=documents.append)
    return Result(tuple(documents), report.failures, report.agencies), written


@contextlib.contextmanager
def pages_folder(settings: Settings) -> Iterator[Path | None]:
    """Yield a temporary folder for DOCX inputs laid out as PDF pages, or None when the settings do not ask for it."""
    if not settings.extract.docx_pdf:
        yield None
        return
    if find_soffice() is None:
        msg = "--docx-pdf needs LibreOffice (soffice): apt-get install libreoffice-writer-nogui"
        raise SettingsError(msg)
    with tempfile.TemporaryDirectory(prefix="phuluc-pages-") as folder:
        yield Path(folder)


def diff_files(
    old: Path,
    new: Path,
    *,
    old_source: str | None = None,
    new_source: str | None = None,
    settings: Settings | None = None,
    agencies: AgencyList | None = None,
) -> PlanDiff:
    """Compare two plan.json files or plan documents; documents are extracted with ``settings``."""
    from diff import diff_files as diff_inputs  # the diff is loaded only by the commands that use it

    def read_documents(paths: list[Path]) -> Result:
        return run_documents(paths, settings)

    return diff_inputs(
        old, new, old_source=old_source, new_source=new_source, read_documents=read_documents, agencies=agencies
    )


def suggest_list(places: Iterable[Path]) -> tuple[str, int]:
    """Propose an agency list from extracted plans: the CSV text and how many bodies it has.

    Each place is an output folder of ``phuluc extract`` or its plan.json; the plan.sqlite beside
    it, when there, gives the kinds and levels of the entries the mentions were resolved to.
    """
    from normalize.suggest import clusters_to_csv, suggest
    from phuluc.plans import read_entries, read_mentions

    mentions = []
    entries: dict[str, Agency] = {}
    for place in places:
        plan = place / "plan.json" if place.is_dir() else place
        mentions += read_mentions(plan)
        entries.update(read_entries(plan.with_name("plan.sqlite")))
    clusters = suggest(mentions, entries)
    return clusters_to_csv(clusters), len(clusters)
