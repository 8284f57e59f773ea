"""plan.sqlite: documents, rows, failures, the agency list used, every row's agency mentions and a search index.

Built in a temporary file and renamed into place, so readers never see a half-built database.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from core.model import FIELDS, Document, Result
from export.atomic import write_atomic
from export.search_index import index_rows

SCHEMA = f"""
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_type TEXT NOT NULL,
    engine TEXT NOT NULL,
    pages INTEGER NOT NULL,
    title TEXT NOT NULL,
    warnings TEXT NOT NULL,
    jurisdiction TEXT,
    jurisdiction_level TEXT,
    province TEXT,
    plan_year INTEGER
);
CREATE TABLE rows (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    dimension_no INTEGER NOT NULL,
    component_no INTEGER NOT NULL,
    papi TEXT NOT NULL,
    {", ".join(f"{name} TEXT NOT NULL" for name in FIELDS)},
    pages TEXT NOT NULL,
    extra TEXT NOT NULL,
    ocr_confidence REAL,
    UNIQUE (document_id, key),
    UNIQUE (document_id, position)
);
CREATE INDEX rows_dimension_component ON rows (dimension_no, component_no);
CREATE INDEX rows_key ON rows (key);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    error TEXT NOT NULL
);
CREATE TABLE agencies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    aliases TEXT NOT NULL,
    replaced_by TEXT REFERENCES agencies(id),
    replaced_since TEXT
);
CREATE TABLE row_agencies (
    id INTEGER PRIMARY KEY,
    row_id INTEGER NOT NULL REFERENCES rows(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    agency_id TEXT REFERENCES agencies(id),
    raw TEXT NOT NULL,
    score REAL NOT NULL,
    method TEXT NOT NULL,
    requested INTEGER NOT NULL,
    indicators TEXT NOT NULL,
    note TEXT,
    UNIQUE (row_id, role, position)
);
CREATE INDEX row_agencies_agency ON row_agencies (agency_id);
"""


def insert_agencies(conn: sqlite3.Connection, result: Result) -> None:
    """Insert the canonical list the run used; successors refer to entries of the same table."""
    conn.executemany(
        "INSERT INTO agencies VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                a.id,
                a.name,
                a.kind,
                a.level,
                ";".join(a.aliases),
                a.replaced_by,
                a.replaced_since.isoformat() if a.replaced_since else None,
            )
            for a in result.agencies
        ],
    )


def jurisdiction_values(doc: Document) -> tuple[str | None, str | None, str | None, int | None]:
    """Return the documents table's jurisdiction columns: label, level, province, plan year (NULL when unknown)."""
    place = doc.jurisdiction
    if place is None:
        return (None, None, None, None)
    return (place.label, place.level, place.province or None, place.year)


def insert_document(conn: sqlite3.Connection, doc_id: int, first_row_id: int, doc: Document) -> int:
    """Insert one document, its rows (ids from ``first_row_id``) and their mentions; return the next free row id."""
    prov = doc.provenance
    conn.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc_id,
            prov.source,
            prov.path,
            prov.sha256,
            prov.file_type,
            prov.engine,
            prov.pages,
            doc.title,
            json.dumps(list(doc.warnings), ensure_ascii=False),
            *jurisdiction_values(doc),
        ),
    )
    row_id = first_row_id
    for pos, row in enumerate(doc.rows, start=1):
        conn.execute(
            f"INSERT INTO rows (id, document_id, position, key, dimension_no, component_no, papi, {', '.join(FIELDS)},"
            f" pages, extra, ocr_confidence) VALUES ({', '.join('?' * (10 + len(FIELDS)))})",
            (
                row_id,
                doc_id,
                pos,
                row.key,
                row.dimension_no,
                row.component_no,
                row.papi,
                *(row.text(n) for n in FIELDS),
                json.dumps(list(row.pages)),
                json.dumps(dict(row.extra), ensure_ascii=False),
                row.ocr_confidence,
            ),
        )
        conn.executemany(
            "INSERT INTO row_agencies (row_id, role, position, agency_id, raw, score, method, requested, indicators,"
            " note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    row_id,
                    role,
                    position,
                    m.id,
                    m.raw,
                    m.score,
                    m.method,
                    int(m.requested),
                    json.dumps(list(m.indicators)),
                    m.note,
                )
                for role, mentions in row.agencies
                for position, m in enumerate(mentions, start=1)
            ],
        )
        row_id += 1
    return row_id


def fill_database(result: Result, db_path: Path) -> None:
    """Create the schema in a new database file and insert everything in one transaction."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(SCHEMA)
        with conn:
            # successors may come later in the list, so their references are checked at commit
            conn.execute("PRAGMA defer_foreign_keys = ON")
            insert_agencies(conn, result)
            next_row_id = 1
            for doc_id, doc in enumerate(result.documents, start=1):
                next_row_id = insert_document(conn, doc_id, next_row_id, doc)
            failures = [(f.source, f.error) for f in result.failures]
            conn.executemany("INSERT INTO failures (source, error) VALUES (?, ?)", failures)
            index_rows(conn)
    finally:
        conn.close()


def export(result: Result, out_dir: Path) -> Path:
    """Write ``out_dir/plan.sqlite``."""
    # SQLite takes the empty temporary file as a new database.
    return write_atomic(out_dir / "plan.sqlite", lambda tmp: fill_database(result, tmp))
