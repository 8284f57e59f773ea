"""Every output file of a run written one document at a time: what keeps a batch's memory flat.

:class:`OutputWriter` opens each file in a folder (the output set's staging folder), takes the
documents one by one (:meth:`OutputWriter.add`: each is written to every file and can then be
let go) and finishes the files at :meth:`OutputWriter.close`. What needs the whole run is kept
as small summaries: the documents' names (datapackage.json, metadata.json), one line per
document of review.html's table, and the journal plan.sqlite is built from at the end
(:class:`export.plan_sqlite.SqliteWriter`). The bytes are those the whole-result writers give.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TextIO

from core.model import Agency, Document, Failure, Result
from export.agency_csv import AgencyCsvWriter
from export.datapackage import write_descriptor
from export.datasette_metadata import write_metadata
from export.plan_json import PlanJsonWriter
from export.plan_sqlite import SqliteWriter
from export.review_html import REVIEW_PAGE, PageImages, ReviewWriter, document_images
from export.tables_csv import RowsCsvWriter

#: The byte order mark the CSV files start with, so Excel reads them as UTF-8.
BOM = "\ufeff"


class OutputWriter:
    """The output files of one run in ``folder``, open from creation to :meth:`close`.

    >>> with OutputWriter(folder) as writer:  # doctest: +SKIP
    ...     for doc in documents:
    ...         writer.add(doc, agencies)
    ...     written = writer.close(failures, agencies.values())
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: The source (file name) of every document added, in order.
        self.sources: list[str] = []
        self._files: list[TextIO] = []
        self._closed = False
        try:
            self._plan = PlanJsonWriter(self._open("plan.json"))
            self._rows = RowsCsvWriter(self._open("rows.csv", bom=True))
            self._agencies = AgencyCsvWriter(
                self._open("agency_mentions.csv", bom=True), self._open("review.csv", bom=True)
            )
            self._review = ReviewWriter(self._open(REVIEW_PAGE), self._temporary())
            self._database = SqliteWriter(folder)
        except BaseException:
            self.discard()
            raise

    def _open(self, name: str, *, bom: bool = False) -> TextIO:
        handle = (self.folder / name).open("w", encoding="utf-8", newline="")
        self._files.append(handle)
        if bom:
            handle.write(BOM)
        return handle

    def _temporary(self) -> TextIO:
        """Open an unnamed temporary text file in the folder: gone however the run ends."""
        handle: TextIO = tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=self.folder)
        self._files.append(handle)
        return handle

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.discard()

    @property
    def reviewed(self) -> int:
        """Mentions written to review.csv so far."""
        return self._agencies.reviewed

    def add(self, doc: Document, agencies: Mapping[str, Agency], images: PageImages | None = None) -> PageImages:
        """Write one document to every file; return its page crops (rendered here unless given).

        ``agencies`` are the run's agencies so far by id, which name the review page's suggestions.
        """
        shown = document_images(doc) if images is None else images
        self._plan.add(doc)
        self._rows.add(doc)
        self._agencies.add(doc)
        self._database.add(doc)
        self._review.add(doc, shown, {key: agency.name for key, agency in agencies.items()})
        self.sources.append(doc.provenance.source)
        return shown

    def close(self, failures: Iterable[Failure], agencies: Iterable[Agency]) -> list[Path]:
        """Finish every file with the run's failures and agency list; return the paths written."""
        failures = list(failures)
        self._plan.close(failures)
        self._review.close(failures)
        for handle in self._files:
            handle.close()
        database = self._database.close(agencies, failures)
        self._closed = True
        return [
            self.folder / "plan.json",
            self.folder / "rows.csv",
            database,
            self.folder / "agency_mentions.csv",
            self.folder / "review.csv",
            write_descriptor(self.sources, self.folder),
            write_metadata(self.sources, self.folder),
            self.folder / REVIEW_PAGE,
        ]

    def discard(self) -> None:
        """Close every file without finishing it (a run that stopped); nothing when already closed."""
        if self._closed:
            return
        self._closed = True
        for handle in self._files:
            with contextlib.suppress(OSError):  # a full disk fails the flush again
                handle.close()
        database = getattr(self, "_database", None)
        if database is not None:
            database.discard()


def export_result(result: Result, out_dir: Path) -> list[Path]:
    """Write every output of a whole result into ``out_dir`` (a staging folder: files are written in place)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    agencies = {agency.id: agency for agency in result.agencies}
    with OutputWriter(out_dir) as writer:
        for doc in result.documents:
            writer.add(doc, agencies)
        return writer.close(result.failures, result.agencies)
