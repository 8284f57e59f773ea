"""plan.sqlite: documents, rows and failures, with the keys and indexes queries need.

Built in a temporary file and renamed into place, so readers never see a half-built database.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from export.atomic import write_atomic
from phuluc.model import FIELDS, Result

SCHEMA = f"""
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    file_type TEXT NOT NULL,
    engine TEXT NOT NULL,
    pages INTEGER NOT NULL,
    title TEXT NOT NULL
);
CREATE TABLE rows (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    dimension_no INTEGER NOT NULL,
    component_no INTEGER NOT NULL,
    {", ".join(f"{name} TEXT NOT NULL" for name in FIELDS)},
    pages TEXT NOT NULL,
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
"""


def fill_database(result: Result, db_path: Path) -> None:
    """Create the schema in a new database file and insert everything in one transaction."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript(SCHEMA)
        with conn:
            for doc_id, doc in enumerate(result.documents, start=1):
                prov = doc.provenance
                conn.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, prov.source, prov.path, prov.sha256, prov.file_type, prov.engine, prov.pages, doc.title),
                )
                conn.executemany(
                    f"INSERT INTO rows (document_id, position, key, dimension_no, component_no, {', '.join(FIELDS)}, pages)"
                    f" VALUES ({', '.join('?' * (6 + len(FIELDS)))})",
                    [
                        (doc_id, pos, row.key, row.dimension_no, row.component_no, *(row.text(n) for n in FIELDS), json.dumps(list(row.pages)))
                        for pos, row in enumerate(doc.rows, start=1)
                    ],
                )
            conn.executemany("INSERT INTO failures (source, error) VALUES (?, ?)", [(f.source, f.error) for f in result.failures])
    finally:
        conn.close()


def export(result: Result, out_dir: Path) -> Path:
    """Write ``out_dir/plan.sqlite``."""
    # SQLite takes the empty temporary file as a new database.
    return write_atomic(out_dir / "plan.sqlite", lambda tmp: fill_database(result, tmp))
