"""plan.json: every document with its logical rows, and every input that failed.

The layout is the output contract other systems read; keys are written in a fixed order and
nothing varies between runs (no timestamps), so extracting the same inputs twice gives the
same bytes.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import Any, TextIO

from core.model import AGENCY_FIELDS, FIELDS, Box, Coverage, Document, Failure, Jurisdiction, Mention, Result, Row


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    """Turn one agency mention into the JSON object of the contract (suggestions go to review.csv only)."""
    return {
        "id": mention.id,
        "name": mention.name,
        "raw": mention.raw,
        "score": mention.score,
        "method": mention.method,
        "requested": mention.requested,
        "indicators": list(mention.indicators),
        "note": mention.note,
    }


def agencies_to_dict(row: Row) -> dict[str, list[dict[str, Any]]]:
    """Map each agency column (role) to its mentions in document order; an empty list when there are none."""
    found = dict(row.agencies)
    return {role: [mention_to_dict(m) for m in found.get(role, ())] for role in AGENCY_FIELDS}


#: Box coordinates (pt) are rounded to this many decimals: a hundredth of a point is far below a pixel.
BOX_DECIMALS = 2


def box_to_dict(box: Box) -> dict[str, float | int]:
    """One row piece's box: page from 1, then x0, top, x1, bottom in PDF points from the page's top-left."""
    return {"page": box.page, **{k: round(getattr(box, k), BOX_DECIMALS) for k in ("x0", "top", "x1", "bottom")}}


def row_to_dict(row: Row) -> dict[str, Any]:
    """One logical row as the JSON object of the contract."""
    out: dict[str, Any] = {
        "key": row.key,
        "dimension_no": row.dimension_no,
        "component_no": row.component_no,
        "papi": row.papi,
    }
    out.update({name: row.text(name) for name in FIELDS})
    out["pages"] = list(row.pages)
    out["boxes"] = [box_to_dict(box) for box in row.boxes]
    if row.extra:
        out["extra"] = dict(row.extra)
    if row.ocr_confidence is not None:  # only OCR'd rows: digital documents' plan.json stays as it was
        out["ocr_confidence"] = row.ocr_confidence
    out["agencies"] = agencies_to_dict(row)
    return out


def coverage_to_dict(coverage: Coverage | None) -> dict[str, Any] | None:
    """Return the characters of the table region and those placed in rows (None where the reader does not count)."""
    if coverage is None:
        return None
    return {
        "chars_in_table_region": coverage.region_chars,
        "chars_placed": coverage.placed_chars,
        "pages_with_loss": list(coverage.loss_pages),
        "complete": coverage.complete,
    }


def jurisdiction_to_dict(jurisdiction: Jurisdiction | None) -> dict[str, Any] | None:
    """Where the plan is from, or None when unknown: level, level word, name, province, year, issue day and label."""
    if jurisdiction is None:
        return None
    return {
        "level": jurisdiction.level,
        "word": jurisdiction.word,
        "name": jurisdiction.name,
        "province": jurisdiction.province,
        "year": jurisdiction.year,
        "issued": jurisdiction.issued.isoformat() if jurisdiction.issued else None,
        "label": jurisdiction.label,
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    """One document: where it came from, how it was read, and its rows."""
    prov = doc.provenance
    return {
        "source": prov.source,
        "path": prov.path,
        "sha256": prov.sha256,
        "file_type": prov.file_type,
        "engine": prov.engine,
        "pages": prov.pages,
        "title": doc.title,
        "jurisdiction": jurisdiction_to_dict(doc.jurisdiction),
        "header": [{"field": field or None, "label": label} for field, label in doc.header],
        "warnings": list(doc.warnings),
        "coverage": coverage_to_dict(doc.coverage),
        "rows": [row_to_dict(row) for row in doc.rows],
    }


#: Spaces before each line of a document's object: it sits two levels deep (the top object, then "documents").
DOCUMENT_INDENT = " " * 4


class PlanJsonWriter:
    """plan.json written one document at a time, the same bytes ``json.dumps`` gives the whole payload.

    Each document is dumped alone and indented to its place; the failures close the file.
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._documents = 0
        out.write('{\n  "documents": [')

    def add(self, doc: Document) -> None:
        """Write one document, after the ones before it."""
        text = json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2)
        lines = "\n".join(DOCUMENT_INDENT + line for line in text.split("\n"))  # JSON text has no raw new line
        self._out.write(("," if self._documents else "") + "\n" + lines)
        self._documents += 1

    def close(self, failures: Iterable[Failure]) -> None:
        """Close the documents' list and write the failures."""
        tail = json.dumps({"failures": [failure_to_dict(f) for f in failures]}, ensure_ascii=False, indent=2)
        self._out.write(("\n  ]" if self._documents else "]") + ",\n" + tail.removeprefix("{\n") + "\n")


def failure_to_dict(failure: Failure) -> dict[str, str]:
    """One input that failed: its source and the one-line reason."""
    return {"source": failure.source, "error": failure.error}


def result_to_json(result: Result) -> str:
    """Return the whole plan.json text."""
    buffer = io.StringIO()
    writer = PlanJsonWriter(buffer)
    for doc in result.documents:
        writer.add(doc)
    writer.close(result.failures)
    return buffer.getvalue()
