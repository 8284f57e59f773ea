"""The library API: ``run(inputs, out_dir, settings)`` runs every stage on every input.

One bad input never stops the others: each document is read in a process of its own under a
time and a memory limit (:mod:`phuluc.worker`), its error becomes a :class:`Failure` in the
result, and the good documents are still exported.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from core.model import Document, Failure, Mention, Result
from core.settings import Settings
from core.text import sanitize
from export import export
from export.outputset import OutputSet
from extract import extract
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
    path: Path, settings: Settings, agencies: AgencyList, resolved: dict[str, tuple[Mention, ...]] | None = None
) -> Document:
    """Extract one document, join its page-split rows and resolve its agency names.

    ``resolved`` carries the agency cells already resolved in this run over to the next document.
    """
    return normalize(merge(extract(path, settings.extract)), agencies, resolved)


@functools.cache
def agency_list(path: Path | None) -> AgencyList:
    """Load the agency list once per process; forked readers inherit the parent's copy."""
    return load_agency_list(path)


def read_document(path: Path, settings: Settings) -> Document:
    """Read one document through the reading stages: what each reader process runs."""
    return process(path, settings, agency_list(settings.normalize.agencies))


def run_documents(paths: Iterable[Path], settings: Settings | None = None) -> Result:
    """Run the reading stages on every input, keeping failures instead of raising them."""
    settings = settings or Settings()
    agencies = agency_list(settings.normalize.agencies)  # a bad list stops the run before any input
    inputs = [(path, path.exists()) for path in iter_inputs(paths)]
    outcomes = read_isolated([path for path, present in inputs if present], read_document, settings)
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
    """Extract every input and write the outputs into ``out_dir`` (held by this run from start to end)."""
    with OutputSet(out_dir) as outputs:
        result = run_documents(paths, settings)
        return result, write_outputs(result, outputs)


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
