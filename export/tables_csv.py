"""rows.csv: one line per logical row of every document, for spreadsheets and quick diffs.

UTF-8 with a BOM so Excel shows Vietnamese right; a cell's lines stay inside one quoted field; a
field a spreadsheet would run as a formula is escaped (:mod:`export.csv_safety`).
Columns that mean no field (STT, Ghi chú, ...) go into ``extra`` as a JSON object by header label;
``ocr_confidence`` is filled for rows read from a scan only.
"""

from __future__ import annotations

import io
import json
from typing import TextIO

from core.model import FIELDS, Document, Result
from export.csv_safety import spreadsheet_writer

ROW_COLUMNS: tuple[str, ...] = (
    "source",
    "key",
    "dimension_no",
    "component_no",
    "papi",
    *FIELDS,
    "pages",
    "extra",
    "ocr_confidence",
)


class RowsCsvWriter:
    """rows.csv written one document at a time: the header line first, then each document's rows."""

    def __init__(self, out: TextIO) -> None:
        self._writer = spreadsheet_writer(out)
        self._writer.writerow(ROW_COLUMNS)

    def add(self, doc: Document) -> None:
        """Write one line per logical row of ``doc``."""
        for row in doc.rows:
            self._writer.writerow(
                [doc.provenance.source, row.key, row.dimension_no, row.component_no, row.papi]
                + [row.text(name) for name in FIELDS]
                + [";".join(str(p) for p in row.pages), extra_json(row.extra), confidence_text(row.ocr_confidence)]
            )


def rows_to_csv(result: Result) -> str:
    """Return the rows of every document as CSV text."""
    buffer = io.StringIO()
    writer = RowsCsvWriter(buffer)
    for doc in result.documents:
        writer.add(doc)
    return buffer.getvalue()


def confidence_text(confidence: float | None) -> str:
    """Return a row's OCR confidence (0-100) as written in the CSV files, "" for text that was not OCR'd."""
    return "" if confidence is None else f"{confidence:.1f}"


def extra_json(extra: tuple[tuple[str, str], ...]) -> str:
    """Return the extra columns as a JSON object in header order, or "" when there are none."""
    return json.dumps(dict(extra), ensure_ascii=False) if extra else ""
