"""metadata.json: Datasette's metadata for plan.sqlite, so ``datasette plan.sqlite -m metadata.json`` is usable at once.

Titles and descriptions for the database and every table, a description per column (from
export/columns.csv), facets on dimensions and agencies, labels for foreign keys, the search
index (export/search_index.py) wired to the rows table, and canned queries for the questions
people ask first. The column lists are read off plan.sqlite's own schema, so they cannot drift.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.model import OCR_REVIEW_BELOW, REVIEW_BELOW, SURE_METHODS, Result
from export.atomic import write_text_atomic
from export.columns import column_doc
from export.plan_sqlite import SCHEMA
from export.search_index import FTS_TABLE

#: The file name, beside plan.sqlite.
METADATA = "metadata.json"
#: Datasette names a database after its file's stem.
DATABASE = "plan"

#: Per table: title, description, the column shown for a row pointed at, and the facets offered.
TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "title": "Documents",
        "description": "One line per plan document read: where it came from, how it was read, its appendix title.",
        "label_column": "source",
    },
    "rows": {
        "title": "Appendix rows",
        "description": "One line per logical row of each document's appendix, page-split rows joined. "
        'Search finds words in indicators, tasks and agency names, with or without marks ("tai chinh").',
        "label_column": "key",
        "facets": ["dimension", "component", "document_id"],
        "sort": "id",
        "fts_table": FTS_TABLE,
        "fts_pk": "id",
    },
    "row_agencies": {
        "title": "Agency mentions",
        "description": "Every agency named in a row's four agency columns, resolved against the canonical list.",
        "label_column": "raw",
        "facets": ["agency_id", "role", "method"],
        "sort": "id",
    },
    "agencies": {
        "title": "Agencies",
        "description": "The canonical agency list the run used (normalize/agencies.csv and any --agencies file).",
        "label_column": "name",
        "facets": ["kind", "level"],
    },
    "failures": {
        "title": "Failures",
        "description": "Inputs that could not be extracted, with the reason.",
    },
}

#: Questions people ask first, as Datasette canned queries.
QUERIES: dict[str, dict[str, str]] = {
    "mentions_by_agency": {
        "title": "Rows by agency",
        "description": "Every row naming one agency (its id, e.g. phong-noi-vu), with the role it has there.",
        "sql": "SELECT d.source, r.key, ra.role, ra.raw, r.indicators FROM row_agencies ra"
        " JOIN rows r ON r.id = ra.row_id JOIN documents d ON d.id = r.document_id"
        " WHERE ra.agency_id = :agency ORDER BY d.id, r.position, ra.role",
    },
    "mentions_to_review": {
        "title": "Mentions to review",
        "description": "The agency names review.csv lists: unmatched, matched by no sure method under"
        f" {REVIEW_BELOW:g}, or in a row read from a scan with confidence under {OCR_REVIEW_BELOW:g}.",
        "sql": "SELECT d.source, r.key, ra.role, ra.position, ra.raw, ra.method, ra.score, ra.agency_id,"
        " r.ocr_confidence FROM row_agencies ra JOIN rows r ON r.id = ra.row_id"
        " JOIN documents d ON d.id = r.document_id"
        f" WHERE ra.agency_id IS NULL OR (ra.method NOT IN ({', '.join(repr(m) for m in sorted(SURE_METHODS))})"
        f" AND ra.score < {REVIEW_BELOW}) OR r.ocr_confidence < {OCR_REVIEW_BELOW}"
        " ORDER BY d.id, r.position, ra.role, ra.position",
    },
}


def schema_columns() -> dict[str, list[str]]:
    """Return the columns of every plain table of plan.sqlite, read off its schema."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMA)
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
        return {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    finally:
        conn.close()


def table_metadata(table: str, columns: list[str]) -> dict[str, Any]:
    """Describe one table: its settings from :data:`TABLES` and every column's title and description."""
    docs = {column: column_doc(table, column) for column in columns}
    return {**TABLES[table], "columns": {c: f"{d.title}: {d.description}" for c, d in docs.items()}}


def metadata(result: Result) -> dict[str, Any]:
    """Return Datasette's metadata for the plan.sqlite of one run."""
    return metadata_of([doc.provenance.source for doc in result.documents])


def metadata_of(documents: Sequence[str]) -> dict[str, Any]:
    """Return Datasette's metadata for the plan.sqlite of a run over documents named ``documents``."""
    sources = ", ".join(documents) or "none"
    return {
        "title": "PAPI plan appendix tables",
        "description": "The appendix table (Phụ lục) of Vietnamese PAPI plan documents, extracted by phuluc. "
        f"Documents: {sources}.",
        "databases": {
            DATABASE: {
                "title": "Plan appendix",
                "description": "Documents, their logical rows and agency mentions, and the agency list.",
                "tables": {
                    **{t: table_metadata(t, cols) for t, cols in schema_columns().items()},
                    FTS_TABLE: {"hidden": True},
                },
                "queries": QUERIES,
            }
        },
    }


def write_metadata(sources: Sequence[str], out_dir: Path) -> Path:
    """Write ``out_dir/metadata.json`` for a run over documents named ``sources``."""
    text = json.dumps(metadata_of(sources), ensure_ascii=False, indent=2) + "\n"
    return write_text_atomic(out_dir / METADATA, text)
