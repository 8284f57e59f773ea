"""Total rows: a row labelled "Tổng cộng" / "Cộng" whose other cells are numbers (a budget sum) is no task.

Such a row is left out of the rows (summing the budget column would count it twice) and named in a
warning with all its text, so no character of it is lost. The total words are data (totals.toml).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources

from core.model import CellPiece, PhysicalRow
from core.text import fold

VOCABULARY_FILE = "totals.toml"
#: A cell that holds a number only: "450", "1.250,5", "12 500" (a sum's figures), and what may follow it.
_NUMBER_RE = re.compile(r"^(\d(?:[\d.,\s]*\d)?)\s*(\D.*)?$")
#: What a total label may say after its word, in brackets: what it sums ("Tổng cộng (ba chỉ tiêu ...)").
_REMARK_RE = re.compile(r"\s*\([^()]*\)\s*$")


@cache
def _vocabulary() -> dict[str, frozenset[str]]:
    """Return the folded total words and money units of :data:`VOCABULARY_FILE`."""
    data = tomllib.loads(resources.files("extract").joinpath(VOCABULARY_FILE).read_text(encoding="utf-8"))
    return {name: frozenset(" ".join(fold(word).split()) for word in data[name]) for name in ("words", "units")}


def total_words() -> frozenset[str]:
    """Return the folded total words of :data:`VOCABULARY_FILE`."""
    return _vocabulary()["words"]


def is_sum(text: str) -> bool:
    """Tell whether a cell holds a sum: figures, perhaps with a money unit after them.

    >>> is_sum("450"), is_sum("1.250,5 triệu đồng"), is_sum("450 tr.đ."), is_sum("450 cán bộ"), is_sum("Quý II")
    (True, True, True, False, False)
    """
    found = _NUMBER_RE.match(" ".join(text.split()).rstrip("."))
    if found is None:
        return False
    unit = " ".join(fold(found.group(2) or "").split())
    return not unit or unit in _vocabulary()["units"]


def is_total_label(text: str) -> bool:
    """Tell whether a cell's text is a total word alone, or with what it sums in brackets after it.

    >>> is_total_label("Tổng cộng:"), is_total_label(" CỘNG "), is_total_label("Tổng hợp ý kiến của người dân")
    (True, True, False)
    >>> is_total_label("Tổng cộng (ba chỉ tiêu của nội dung 1)"), is_total_label("Tổng (xem Mục II) các nhiệm vụ")
    (True, False)
    >>> is_total_label("Cộng (I + II):"), is_total_label("Tổng cộng (kinh phí) (triệu đồng)")
    (True, True)
    """
    label, before = " ".join(fold(text).split()).rstrip(":. "), None
    while label != before:  # "Cộng (I + II):", "Tổng cộng (kinh phí) (triệu đồng)"
        before, label = label, _REMARK_RE.sub("", label).rstrip(":. ")
    return label in total_words()


def _filled(row: PhysicalRow) -> list[CellPiece]:
    return [piece for piece in (*row.cells.values(), *row.extra.values()) if piece.lines]


def is_total_row(row: PhysicalRow) -> bool:
    """Tell whether a row piece is a total row: one cell a total word, every other filled cell a number."""
    filled = _filled(row)
    labels = [piece for piece in filled if is_total_label(piece.text)]
    if len(labels) != 1 or labels[0].merged_above:
        return False
    return all(piece is labels[0] or is_sum(piece.text) for piece in filled)


def split_totals(rows: Sequence[PhysicalRow]) -> tuple[tuple[PhysicalRow, ...], tuple[PhysicalRow, ...]]:
    """Return (the row pieces but total rows, the total rows)."""
    marked = [(row, is_total_row(row)) for row in rows]
    return tuple(row for row, total in marked if not total), tuple(row for row, total in marked if total)


def _quote(row: PhysicalRow) -> str:
    """Return a total row's whole text for a warning (a label and a few numbers): its label, then its numbers."""
    filled = sorted(_filled(row), key=lambda piece: not is_total_label(piece.text))
    return " | ".join(" ".join(piece.text.split()) for piece in filled)


def total_warnings(totals: Sequence[PhysicalRow]) -> tuple[str, ...]:
    """Name the total rows left out of the rows, quoting all their text and their pages."""
    if not totals:
        return ()
    quoted = "; ".join(f"{_quote(row)!r} (page {row.page})" for row in totals)
    return (f"{len(totals)} total row(s) left out of the rows (a sum, not a task; not counted again): {quoted}",)
