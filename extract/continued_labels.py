"""A group label written again with its continuation mark where the group goes on: "2. Công khai ... (tiếp theo)".

The mark says the group goes on from the table or page before; it is no part of the group's name.
Kept, one dimension's rows would carry two labels, and a group-by or a year-to-year diff would
split it. The mark is taken off the label and named in a warning with the rows it was on, so no
character goes unsaid. The marks are data (continued_marks.toml).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources

from core.text import strip_marks

VOCABULARY_FILE = "continued_marks.toml"


@cache
def _mark_re() -> re.Pattern[str]:
    """Match, marks stripped, a continuation mark closing a label: " (Tiep theo)", " - tiep theo", "(tiep theo 2)".

    In brackets the mark may end with a page's or an appendix's number ("(Tiếp theo Phụ lục I)");
    a stop, colon, ellipsis or footnote star may follow it.
    """
    data = tomllib.loads(resources.files("extract").joinpath(VOCABULARY_FILE).read_text(encoding="utf-8"))
    marks = {r"\s+".join(map(re.escape, strip_marks(mark).split())) for mark in data["marks"]}
    words = "|".join(sorted(marks, key=len, reverse=True))
    numbered = rf"(?:{words})(?:\s+(?:\d{{1,3}}|[ivxlc]{{1,5}}))?"
    closing = rf"\s*(?:[(\[]\s*{numbered}\s*[.:]?\s*[)\]]|\s[-–—]\s*(?:{words}))\s*[.:…*]*\s*$"
    return re.compile(closing, re.IGNORECASE)


def without_mark(label: str) -> tuple[str, str]:
    """Return the label without a continuation mark at its end, and the mark taken off ("" when none).

    A label that is nothing but the mark keeps it: there is no name to keep instead.

    >>> without_mark("2. Công khai, minh bạch (Tiếp theo)")
    ('2. Công khai, minh bạch', '(Tiếp theo)')
    >>> without_mark("1. Tiếp cận thông tin")
    ('1. Tiếp cận thông tin', '')
    """
    if not label:
        return label, ""
    composed = unicodedata.normalize("NFC", label)  # as every stage writes it: strip_marks keeps its positions
    found = _mark_re().search(strip_marks(composed))
    if found is None or not composed[: found.start()].strip():
        return label, ""
    return composed[: found.start()].rstrip(), composed[found.start() :].strip()


def continued_warnings(marked: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Name the continuation marks taken off group labels: (the mark, the row's key) each."""
    if not marked:
        return ()
    marks = ", ".join(dict.fromkeys(repr(mark) for mark, _ in marked))
    rows = ", ".join(dict.fromkeys(key for _, key in marked))
    return (
        f"continuation mark {marks} left out of {len(marked)} group label(s) (rows {rows}): the plan writes it"
        " where a group goes on; the rows keep the group's label without it",
    )
