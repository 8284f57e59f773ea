"""Titles and descriptions of every output column, read from ``export/columns.csv``.

One list serves the Data Package descriptor and the Datasette metadata. A row whose table is
"*" describes the column wherever it occurs; a row naming its table overrides it there.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

#: The table name that stands for every table.
ANY_TABLE = "*"


@dataclass(frozen=True)
class ColumnDoc:
    """What one column holds: a short title for headers and a one-sentence description."""

    title: str
    description: str


@cache
def load_column_docs() -> dict[tuple[str, str], ColumnDoc]:
    """Read export/columns.csv into a map from (table, column) to its documentation."""
    text = files("export").joinpath("columns.csv").read_text(encoding="utf-8")
    return {
        (row["table"], row["column"]): ColumnDoc(row["title"], row["description"])
        for row in csv.DictReader(io.StringIO(text))
    }


def column_doc(table: str, column: str) -> ColumnDoc:
    """Return the documentation of ``column`` in ``table``: its own, else the one shared by every table."""
    docs = load_column_docs()
    found = docs.get((table, column)) or docs.get((ANY_TABLE, column))
    if found is None:
        msg = f"export/columns.csv does not describe column {column!r} of {table!r}"
        raise KeyError(msg)
    return found
