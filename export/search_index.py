"""Full-text search in plan.sqlite: one FTS5 entry per logical row, over its indicators, tasks and agency names.

The tokenizer ``unicode61 remove_diacritics 2`` takes Vietnamese tone and vowel marks off, so
"tai chinh" finds "Tài chính". It keeps "đ", a letter of its own rather than a "d" with a mark,
so "dong" would miss "đồng": each column has a ``_folded`` twin holding its text with every mark
and the stroke of "đ" taken off (:func:`core.text.strip_marks`), and an unaccented query finds
through them every row the accented one finds. The FTS rowid is ``rows.id``; the writer fills the index
from the database's own tables in the transaction that fills them, so the two never disagree.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.errors import PhulucError
from core.text import quote_name, strip_marks

#: The FTS5 table; Datasette's metadata names it for the rows table's search box.
FTS_TABLE = "rows_fts"
#: The FTS5 tokenizer: Unicode word characters, case and marks folded (2: also on letters with several marks).
TOKENIZER = "unicode61 remove_diacritics 2"
#: The columns as written, which a hit shows.
SHOWN_COLUMNS: tuple[str, ...] = ("indicators", "tasks", "agencies")
#: Each shown column's folded twin, which queries are matched against.
FOLDED_COLUMNS: tuple[str, ...] = tuple(f"{name}_folded" for name in SHOWN_COLUMNS)
#: The indexed columns, in order.
FTS_COLUMNS: tuple[str, ...] = SHOWN_COLUMNS + FOLDED_COLUMNS
#: The agency cells of a row, whose text goes into the ``agencies`` column.
AGENCY_COLUMNS: tuple[str, ...] = ("implementing", "lead", "sector_guidance", "coordinating")
#: Rows indexed at a time: a few MB of text, however many rows the run has.
INDEX_BATCH = 1000
#: Characters shown on each side of the first match in a hit's excerpt.
EXCERPT_CONTEXT = 40

SCHEMA = f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(FTS_COLUMNS)}, tokenize='{TOKENIZER}');"
_WORD_RE = re.compile(r"\w+")


class SearchError(PhulucError, ValueError):
    """A search could not run: no plan.sqlite at the path given, a database without the index, or an empty query."""


@dataclass(frozen=True)
class Hit:
    """One logical row a search found: its document, key and pages, and where the words occur."""

    source: str
    key: str
    pages: tuple[int, ...]
    column: str
    excerpt: str


def row_agency_text(cells: list[str], names: list[str]) -> str:
    """Join the agency cells as written and, one per line, each canonical name they resolve to but do not spell out."""
    written = "\n".join(cell for cell in cells if cell)
    extra = [name for name in dict.fromkeys(names) if name not in written]
    return "\n".join(part for part in (written, *extra) if part)


def index_rows(conn: sqlite3.Connection, batch: int = INDEX_BATCH) -> int:
    """Create the search index, fill it from ``rows``, ``row_agencies`` and ``agencies``; return its size.

    Rows are taken ``batch`` at a time, so memory does not grow with the run.
    """
    conn.execute(SCHEMA)
    indexed, last = 0, 0
    while True:
        rows = conn.execute(
            f"SELECT id, indicators, tasks, {', '.join(AGENCY_COLUMNS)} FROM rows WHERE id > ? ORDER BY id LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return indexed
        names: dict[int, list[str]] = {}
        for row_id, name in conn.execute(
            "SELECT ra.row_id, a.name FROM row_agencies ra JOIN agencies a ON a.id = ra.agency_id"
            " WHERE ra.row_id BETWEEN ? AND ? ORDER BY ra.id",
            (rows[0][0], rows[-1][0]),
        ):
            names.setdefault(row_id, []).append(name)
        entries = []
        for row_id, indicators, tasks, *cells in rows:
            agencies = row_agency_text(cells, names.get(row_id, []))
            shown = (indicators, tasks, agencies)
            entries.append((row_id, *shown, *map(strip_marks, shown)))
        conn.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(FTS_COLUMNS)})"
            f" VALUES ({', '.join('?' * (1 + len(FTS_COLUMNS)))})",
            entries,
        )
        indexed += len(entries)
        last = rows[-1][0]


def query_words(text: str) -> list[str]:
    """Return the words of a user's query, marks and "đ" folded: what the ``_folded`` columns hold."""
    return _WORD_RE.findall(strip_marks(text).casefold())


def words_to_match(words: list[str]) -> str:
    """Return an FTS5 MATCH expression: the words as one phrase in one of the ``_folded`` columns.

    A phrase, because a Vietnamese word is often several syllables ("tài chính"); the words hold
    only word characters, so none is read as an FTS5 operator.
    """
    return "{" + " ".join(FOLDED_COLUMNS) + '} : "' + " ".join(words) + '"'


def phrase_pattern(words: list[str]) -> re.Pattern[str]:
    """Return a pattern finding the phrase in folded text, its words apart by anything but word characters."""
    return re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


def excerpt(text: str, phrase: re.Pattern[str]) -> str | None:
    """Show ``text`` around the phrase's first occurrence, cut at word edges, lines apart by " | "; None when absent."""
    match = phrase.search(strip_marks(text))
    if match is None:
        return None
    start = text.rfind(" ", 0, max(0, match.start() - EXCERPT_CONTEXT)) + 1
    end = text.find(" ", min(len(text), match.end() + EXCERPT_CONTEXT))
    end = len(text) if end < 0 else end
    body = " | ".join(" ".join(line.split()) for line in text[start:end].split("\n") if line.strip())
    return ("…" if start else "") + body + ("…" if end < len(text) else "")


def find_database(where: Path) -> Path:
    """Return the plan.sqlite at ``where``: the file itself, or the one in an output folder."""
    path = where / "plan.sqlite" if where.is_dir() else where
    if not path.is_file():
        msg = f"{where}: no plan.sqlite here (give an output folder of 'phuluc extract' or its plan.sqlite)"
        raise SearchError(msg)
    return path


def search(where: Path, query: str, limit: int | None = None) -> list[Hit]:
    """Find the logical rows whose indicators, tasks or agency names hold the words of ``query`` as a phrase.

    Marks do not matter ("tai chinh", "Tài chính" and "TÀI CHÍNH" find the same rows, "dong"
    finds "đồng"); rows come in document order.
    """
    words = query_words(query)
    if not words:
        msg = f"{query!r}: nothing to search for (give at least one word)"
        raise SearchError(msg)
    path = find_database(where)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = conn.execute(
            f"SELECT d.source, r.key, r.pages, f.indicators, f.tasks, f.agencies FROM {FTS_TABLE} f"
            " JOIN rows r ON r.id = f.rowid JOIN documents d ON d.id = r.document_id"
            f" WHERE {FTS_TABLE} MATCH ? ORDER BY d.id, r.position LIMIT ?",
            (words_to_match(words), -1 if limit is None else limit),
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        msg = f"{path}: cannot search ({exc}); extract again with this version of phuluc"
        raise SearchError(msg) from exc
    finally:
        conn.close()
    phrase = phrase_pattern(words)
    return [hit_of(source, key, pages, texts, phrase) for source, key, pages, *texts in found]


def hit_of(source: str, key: str, pages: str, texts: list[str], phrase: re.Pattern[str]) -> Hit:
    """Build a hit, showing the first column (indicators, tasks, agencies) where the phrase occurs."""
    column, shown = next(
        (column, shown)
        for column, text in zip(SHOWN_COLUMNS, texts, strict=True)
        if (shown := excerpt(text, phrase)) is not None
    )
    return Hit(source, key, tuple(json.loads(pages)), column, shown)


def format_hit(hit: Hit) -> str:
    """One line per hit: document, key, pages, then the column and excerpt where the words occur."""
    first, last = (hit.pages[0], hit.pages[-1]) if hit.pages else (None, None)
    pages = "no page" if first is None else f"p. {first}" if first == last else f"pp. {first}-{last}"
    return f"{_field(hit.source)}\t{_field(hit.key)}\t{pages}\t{hit.column}: {_field(hit.excerpt)}"


def _field(text: str) -> str:
    """Keep a tab-separated field on its line: one holding a tab, a line end or a control character is quoted."""
    return text if text.isprintable() else quote_name(text)
