"""The diff for other systems: one record per changed field, as CSV or as an SQLite database.

Each record is (key, old_key, field, old, new, change, detail): ``key`` is the row's key in the
new plan (in the old one for a removed row), ``old`` and ``new`` the field's whole text on each
side, ``change`` the kind (:data:`CHANGE_KINDS`) and ``detail`` what changed in words (the word
diff, or the bodies added, removed and renamed). An added or removed row gives one record per
field it has text in; a renumbered row one record for its key.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator

from diff.fields import field_text
from diff.model import AgencyChange, PlanDiff, RowDiff
from diff.report import agency_text, segments, summary_line, word_diff_text
from export.csv_safety import spreadsheet_writer

#: The columns of a change record, in CSV and SQLite alike.
CHANGE_COLUMNS: tuple[str, ...] = ("key", "old_key", "field", "old", "new", "change", "detail")
#: The kinds of change a record has.
CHANGE_KINDS: tuple[str, ...] = (
    "row_added",
    "row_removed",
    "renumbered",
    "text",
    "renamed",
    "merged",
    "reassigned",
    "added",
    "removed",
)

Record = tuple[str, str, str, str, str, str, str]


def agency_kind(change: AgencyChange) -> str:
    """Name what happened in one role: a rename, a merge, a reassignment, bodies added or removed.

    Several at once are joined by "+" ("renamed+added").
    """
    kinds = ["merged" if r.merged else "renamed" for r in change.renamed]
    if change.removed and change.added:
        kinds.append("reassigned")
    elif change.added:
        kinds.append("added")
    elif change.removed:
        kinds.append("removed")
    return "+".join(dict.fromkeys(kinds))


def _pair_records(row: RowDiff) -> Iterator[Record]:
    key, old_key = row.pair.new.key, row.pair.old.key
    if row.pair.renumbered:
        yield key, old_key, "key", old_key, key, "renumbered", f"by indicator text, score {row.pair.score:.1f}"
    texts = {c.field: c for c in row.text_changes}
    roles = {c.field: c for c in row.agency_changes}
    for name in row.changed_fields:
        old, new = field_text(row.pair.old, name), field_text(row.pair.new, name)
        if name in texts:
            yield key, old_key, name, old, new, "text", word_diff_text(segments(texts[name].words))
        else:
            yield key, old_key, name, old, new, agency_kind(roles[name]), agency_text(roles[name])


def change_records(result: PlanDiff) -> list[Record]:
    """Return every change of the diff as records, rows in key order (removed rows by old key)."""
    records: list[Record] = []
    for row in result.added:
        records += [
            (row.key, "", n, "", field_text(row, n), "row_added", "") for n in result.fields if field_text(row, n)
        ]
    for row in result.removed:
        records += [
            (row.key, row.key, n, field_text(row, n), "", "row_removed", "")
            for n in result.fields
            if field_text(row, n)
        ]
    for pair in result.rows:
        records.extend(_pair_records(pair))
    return records


def render_csv(result: PlanDiff) -> str:
    r"""Write the change records as CSV: a header line, then one line per record ("\n" line ends).

    A field a spreadsheet would run as a formula is escaped as in the extract's CSVs
    (:mod:`export.csv_safety`): the CSV is meant for Excel, and its text is the plans'.
    """
    buffer = io.StringIO()
    writer = spreadsheet_writer(buffer)
    writer.writerow(CHANGE_COLUMNS)
    for record in change_records(result):
        writer.writerow(record)
    return buffer.getvalue()


def render_sqlite(result: PlanDiff) -> bytes:
    """Write the change records as an SQLite database: tables ``changes`` and ``plans`` (the two sides).

    ``changes`` has the columns of :data:`CHANGE_COLUMNS` plus ``seq``, the record's place in the
    CSV; ``plans`` has one row per side (``side``: old or new, ``name``, ``rows``) and the counts.
    """
    connection = sqlite3.connect(":memory:")
    try:
        columns = ", ".join(f"{name} TEXT NOT NULL" for name in CHANGE_COLUMNS)
        connection.execute(f"CREATE TABLE changes (seq INTEGER PRIMARY KEY, {columns})")
        connection.execute("CREATE TABLE plans (side TEXT PRIMARY KEY, name TEXT NOT NULL, rows INTEGER NOT NULL)")
        connection.execute("CREATE TABLE summary (line TEXT NOT NULL)")
        marks = ", ".join("?" for _ in CHANGE_COLUMNS)
        connection.executemany(
            f"INSERT INTO changes ({', '.join(CHANGE_COLUMNS)}) VALUES ({marks})", change_records(result)
        )
        connection.executemany(
            "INSERT INTO plans VALUES (?, ?, ?)",
            [("old", result.old.name, len(result.old.rows)), ("new", result.new.name, len(result.new.rows))],
        )
        connection.execute("INSERT INTO summary VALUES (?)", (summary_line(result),))
        connection.commit()
        return connection.serialize()
    finally:
        connection.close()
