"""Total rows: a row labelled "Tổng cộng" / "Cộng" whose other cells are numbers or counts is no task.

A budget sum ("Tổng cộng | 450"), a count across the table ("Tổng cộng: 24 nhiệm vụ") or counts
under their columns ("Tổng cộng | 4 chỉ tiêu | 8 nhiệm vụ"). Such a row is left out of the rows
(summing the budget column or counting the tasks would count it twice) and named in a warning with
all its text, so no character of it is lost. The total words and what they count are data (totals.toml).
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


#: The lists of :data:`VOCABULARY_FILE`: total words, money units, what a count counts, and joining words.
_LISTS = ("words", "units", "counted", "joins", "ands")
#: A figure of a count: "24", "1.024".
_FIGURE = r"\d(?:[\d.]*\d)?"


@cache
def _vocabulary() -> dict[str, frozenset[str]]:
    """Return the folded lists of :data:`VOCABULARY_FILE`."""
    data = tomllib.loads(resources.files("extract").joinpath(VOCABULARY_FILE).read_text(encoding="utf-8"))
    return {name: frozenset(" ".join(fold(word).split()) for word in data[name]) for name in _LISTS}


def _alternatives(name: str) -> str:
    """Return a list of :data:`VOCABULARY_FILE` as a regex alternation, longest first (escaped)."""
    return "|".join(sorted(map(re.escape, _vocabulary()[name]), key=len, reverse=True))


@cache
def _count_re() -> re.Pattern[str]:
    """Match a whole count list, folded: "24 nhiệm vụ", "6 chỉ tiêu, 12 nhiệm vụ", "6 chỉ tiêu và 12 nhiệm vụ"."""
    one = rf"{_FIGURE}\s+(?:{_alternatives('counted')})"
    joined = rf"(?:\s*[,;]\s*(?:(?:{_alternatives('ands')})\s+)?|\s+(?:{_alternatives('ands')})\s+)"
    return re.compile(rf"^{one}(?:{joined}{one})*$")


@cache
def _named_count_re() -> re.Pattern[str]:
    """Match, folded, what follows a total word naming what it counts: "nhiệm vụ: 24" ("Tổng số nhiệm vụ: 24")."""
    return re.compile(rf"^(?:{_alternatives('counted')})\s*[:\-–]?\s*{_FIGURE}$")


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


def is_count(text: str) -> bool:
    """Tell whether a cell holds a count of the plan's things only: "4 chỉ tiêu", "6 chỉ tiêu, 12 nhiệm vụ".

    >>> is_count("8 nhiệm vụ."), is_count("6 chỉ tiêu và 12 nhiệm vụ"), is_count("450 cán bộ")
    (True, True, False)
    >>> is_count("3 nhiệm vụ trọng tâm của tỉnh"), is_count("Nhiệm vụ 3")
    (False, False)
    """
    return _count_re().match(" ".join(fold(text).split()).rstrip(". ")) is not None


def _is_total_with_count(label: str) -> bool:
    """Tell whether a folded label is a total word and then its count or sum ("tổng cộng: 24 nhiệm vụ").

    The whole rest after the word must be the count: a task that begins with a total word ("tổng
    hợp, báo cáo ...", "tổng số 3 nhiệm vụ trọng tâm của tỉnh được giao") is no total.
    """
    joins = tuple(f"{join} " for join in _vocabulary()["joins"])
    for word in sorted(total_words(), key=len, reverse=True):
        if not label.startswith(word) or label[len(word) : len(word) + 1] not in (" ", ":", "-", "–"):
            continue
        rest = label[len(word) :].lstrip(" :-–")
        rest = next((rest[len(join) :] for join in joins if rest.startswith(join)), rest).strip()
        if rest and (is_count(rest) or is_sum(rest) or _named_count_re().match(rest)):
            return True
    return False


def is_total_label(text: str) -> bool:
    """Tell whether a cell's text is a total word alone, with what it sums in brackets, or with its count after it.

    >>> is_total_label("Tổng cộng:"), is_total_label(" CỘNG "), is_total_label("Tổng hợp ý kiến của người dân")
    (True, True, False)
    >>> is_total_label("Tổng cộng (ba chỉ tiêu của nội dung 1)"), is_total_label("Tổng (xem Mục II) các nhiệm vụ")
    (True, False)
    >>> is_total_label("Cộng (I + II):"), is_total_label("Tổng cộng (kinh phí) (triệu đồng)")
    (True, True)
    >>> is_total_label("Tổng cộng: 24 nhiệm vụ"), is_total_label("TỔNG SỐ NHIỆM VỤ: 24"), is_total_label("Tổng kết")
    (True, True, False)
    """
    label, before = " ".join(fold(text).split()).rstrip(":. "), None
    while label != before:  # "Cộng (I + II):", "Tổng cộng (kinh phí) (triệu đồng)"
        before, label = label, _REMARK_RE.sub("", label).rstrip(":. ")
    return label in total_words() or _is_total_with_count(label)


def _filled(row: PhysicalRow) -> list[CellPiece]:
    return [piece for piece in (*row.cells.values(), *row.extra.values()) if piece.lines]


def is_total_row(row: PhysicalRow) -> bool:
    """Tell whether a row piece is a total row: one cell a total word, every other filled cell a number or count."""
    filled = _filled(row)
    labels = [piece for piece in filled if is_total_label(piece.text)]
    if len(labels) != 1 or labels[0].merged_above:
        return False
    return all(piece is labels[0] or is_sum(piece.text) or is_count(piece.text) for piece in filled)


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
