"""plan.sqlite: documents, rows, failures, the agency list used, every row's agency mentions and a search index.

Built in a temporary file and renamed into place, so readers never see a half-built database;
:class:`SqliteWriter` takes the documents one at a time.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from core.model import FIELDS, Agency, Document, Failure, Result
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
    plan_year INTEGER,
    issued TEXT
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


def insert_agencies(conn: sqlite3.Connection, agencies: Iterable[Agency]) -> None:
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
            for a in agencies
        ],
    )


def jurisdiction_values(doc: Document) -> tuple[str | None, str | None, str | None, int | None, str | None]:
    """Return the documents table's jurisdiction columns: label, level, province, plan year, issue day (or NULL)."""
    place = doc.jurisdiction
    if place is None:
        return (None, None, None, None, None)
    issued = place.issued.isoformat() if place.issued else None
    return (place.label, place.level, place.province or None, place.year, issued)


#: One document's lines of the database, ids left out: its ``documents`` line, then each row with its mentions.
DocumentValues = tuple[tuple[Any, ...], list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]]]


def document_values(doc: Document) -> DocumentValues:
    """Return the values one document puts into ``documents``, ``rows`` and ``row_agencies`` (no ids)."""
    prov = doc.provenance
    document = (
        prov.source,
        prov.path,
        prov.sha256,
        prov.file_type,
        prov.engine,
        prov.pages,
        doc.title,
        json.dumps(list(doc.warnings), ensure_ascii=False),
        *jurisdiction_values(doc),
    )
    rows = []
    for pos, row in enumerate(doc.rows, start=1):
        values = (
            pos,
            row.key,
            row.dimension_no,
            row.component_no,
            row.papi,
            *(row.text(n) for n in FIELDS),
            json.dumps(list(row.pages)),
            json.dumps(dict(row.extra), ensure_ascii=False),
            row.ocr_confidence,
        )
        mentions = [
            (role, position, m.id, m.raw, m.score, m.method, int(m.requested), json.dumps(list(m.indicators)), m.note)
            for role, found in row.agencies
            for position, m in enumerate(found, start=1)
        ]
        rows.append((values, mentions))
    return document, rows


def insert_values(conn: sqlite3.Connection, doc_id: int, first_row_id: int, values: DocumentValues) -> int:
    """Insert one document's values, its rows with ids from ``first_row_id``; return the next free row id."""
    document, rows = values
    conn.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (doc_id, *document))
    row_id = first_row_id
    for row, mentions in rows:
        conn.execute(
            f"INSERT INTO rows (id, document_id, position, key, dimension_no, component_no, papi, {', '.join(FIELDS)},"
            f" pages, extra, ocr_confidence) VALUES ({', '.join('?' * (10 + len(FIELDS)))})",
            (row_id, doc_id, *row),
        )
        conn.executemany(
            "INSERT INTO row_agencies (row_id, role, position, agency_id, raw, score, method, requested, indicators,"
            " note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(row_id, *mention) for mention in mentions],
        )
        row_id += 1
    return row_id


def insert_document(conn: sqlite3.Connection, doc_id: int, first_row_id: int, doc: Document) -> int:
    """Insert one document, its rows (ids from ``first_row_id``) and their mentions; return the next free row id."""
    return insert_values(conn, doc_id, first_row_id, document_values(doc))


def build_database(
    db_path: Path, agencies: Iterable[Agency], documents: Iterable[DocumentValues], failures: Iterable[Failure]
) -> None:
    """Create the schema in a new database file and insert everything in one transaction.

    The agency list goes in first, then each document in order, the failures and the search index.
    """
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        # A new file in a staging folder that is installed whole or dropped: no journal file and no
        # sync to disk are needed for it to be all or nothing (the sync cost ~25 ms a run); the bytes are the same.
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        # The schema in the inserts' transaction: one commit (one sync to disk), not one per CREATE (0.25 s).
        conn.executescript(f"BEGIN;\n{SCHEMA}")
        with conn:
            # successors may come later in the list, so their references are checked at commit
            conn.execute("PRAGMA defer_foreign_keys = ON")
            insert_agencies(conn, agencies)
            next_row_id = 1
            for doc_id, values in enumerate(documents, start=1):
                next_row_id = insert_values(conn, doc_id, next_row_id, values)
            conn.executemany(
                "INSERT INTO failures (source, error) VALUES (?, ?)", [(f.source, f.error) for f in failures]
            )
            index_rows(conn)
    finally:
        conn.close()


def fill_database(result: Result, db_path: Path) -> None:
    """Create the schema in a new database file and insert the whole result in one transaction."""
    build_database(db_path, result.agencies, map(document_values, result.documents), result.failures)


class SqliteWriter:
    """plan.sqlite for documents given one at a time, the same bytes :func:`fill_database` gives the whole result.

    The agency list a run uses is known only at its end, and it goes into the database first
    (SQLite's pages then lie as they always did); so each document's values wait in a journal,
    an unnamed temporary file beside the database (gone however the run ends), and the database
    is built from it at :meth:`close`. Memory holds one document's values at a time.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._journal = tempfile.TemporaryFile(dir=folder)

    def add(self, doc: Document) -> None:
        """Keep one document's values in the journal."""
        pickle.dump(document_values(doc), self._journal, protocol=pickle.HIGHEST_PROTOCOL)

    def _replay(self) -> Iterator[DocumentValues]:
        self._journal.seek(0)
        while True:
            try:
                values: DocumentValues = pickle.load(self._journal)  # our own file, written above
            except EOFError:
                return
            yield values

    def close(self, agencies: Iterable[Agency], failures: Iterable[Failure]) -> Path:
        """Build ``plan.sqlite`` in the folder from the journal; return its path."""
        try:
            return write_atomic(
                self.folder / "plan.sqlite", lambda tmp: build_database(tmp, agencies, self._replay(), failures)
            )
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop the journal (also when the run stops early)."""
        self._journal.close()
