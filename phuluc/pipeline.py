"""The library API: ``run(inputs, out_dir, settings)`` runs every stage on every input.

One bad input never stops the others: each document is read in a process of its own under a
time and a memory limit (:mod:`phuluc.worker`), its error becomes a :class:`Failure` in the
result, and the good documents are still exported.
"""

from __future__ import annotations

import contextlib
import functools
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import SettingsError
from core.model import Document, Failure, Mention, Result
from core.settings import Settings
from core.text import sanitize
from export import export
from export.outputset import OutputSet
from extract import extract
from extract.docx_pdf import find_soffice, lay_out_docx
from extract.merge import merge
from normalize import AgencyList, load_agency_list, normalize
from phuluc.worker import read_isolated

if TYPE_CHECKING:
    from diff.model import PlanDiff

__all__ = ["OutputSet", "diff_files", "iter_inputs", "read_document", "run", "run_documents", "write_outputs"]

#: File endings picked up when a folder is given; a file named on the command line is always read.
DOCUMENT_SUFFIXES = (".pdf", ".docx")


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the plan documents inside folders (recursively, sorted by path)."""
    for path in paths:
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith((".", "~$"))
            )
            yield from sorted(found)
        else:
            yield path


def process(
    path: Path,
    settings: Settings,
    agencies: AgencyList,
    resolved: dict[str, tuple[Mention, ...]] | None = None,
    pdf_dir: Path | None = None,
) -> Document:
    """Extract one document, join its page-split rows and resolve its agency names.

    ``resolved`` carries the agency cells already resolved in this run over to the next document.
    With ``pdf_dir``, a DOCX is also laid out as pages there (``settings.extract.docx_pdf``).
    """
    doc = merge(extract(path, settings.extract))
    if pdf_dir is not None and doc.provenance.file_type == "docx":
        doc = lay_out_docx(doc, pdf_dir, settings.extract)
    return normalize(doc, agencies, resolved)


@functools.cache
def agency_list(path: Path | None) -> AgencyList:
    """Load the agency list once per process; forked readers inherit the parent's copy."""
    return load_agency_list(path)


def read_document(path: Path, settings: Settings, pdf_dir: Path | None = None) -> Document:
    """Read one document through the reading stages: what each reader process runs.

    With ``pdf_dir``, a DOCX is also laid out as pages there (``settings.extract.docx_pdf``).
    """
    return process(path, settings, agency_list(settings.normalize.agencies), None, pdf_dir)


def run_documents(paths: Iterable[Path], settings: Settings | None = None, pdf_dir: Path | None = None) -> Result:
    """Run the reading stages on every input, keeping failures instead of raising them.

    ``pdf_dir`` is where DOCX inputs are laid out as PDF pages, when the settings ask for it.
    """
    settings = settings or Settings()
    agencies = agency_list(settings.normalize.agencies)  # a bad list stops the run before any input
    inputs = [(path, path.exists()) for path in iter_inputs(paths)]
    reader = functools.partial(read_document, pdf_dir=pdf_dir)
    outcomes = read_isolated([path for path, present in inputs if present], reader, settings)
    documents: list[Document] = []
    failures: list[Failure] = []
    for path, present in inputs:
        outcome = next(outcomes) if present else Failure(sanitize(str(path)), "no such file or folder")
        if isinstance(outcome, Document):
            documents.append(outcome)
        else:
            failures.append(outcome)
    return Result(tuple(documents), tuple(failures), agencies.entries)


def write_outputs(result: Result, outputs: OutputSet) -> list[Path]:
    """Write the outputs into the held output folder as one set; nothing when no document was read.

    With no document the previous outputs stay as they were and the list is empty.
    """
    if not result.documents:
        return []
    return outputs.write(lambda folder: export(result, folder))


def run(paths: Iterable[Path], out_dir: Path, settings: Settings | None = None) -> tuple[Result, list[Path]]:
    """Extract every input and write the outputs into ``out_dir`` (held by this run from start to end).

    DOCX inputs laid out as PDF pages (``settings.extract.docx_pdf``) keep their PDFs in a
    temporary folder until the review page has been written from them.
    """
    settings = settings or Settings()
    with OutputSet(out_dir) as outputs, pages_folder(settings) as pdf_dir:
        result = run_documents(paths, settings, pdf_dir)
        return result, write_outputs(result, outputs)


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
