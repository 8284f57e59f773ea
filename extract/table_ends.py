"""Where the appendix's table starts and ends among a plan's other tables (PDF and DOCX alike).

A whole plan holds tables of its own around the appendix: its heading (issuer beside the national
motto), last year's scores, deadlines, the signature. One drawn right under the appendix's table
shares its rules and would be read as more rows; one in the body headed like an appendix would be
read as its first part. Both are the plan's text, not the appendix's rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from core.model import PhysicalRow
from core.text import fold
from extract.coverage import is_appendix_title
from extract.grid import Grid
from extract.header import (
    KEY_PHRASES,
    MAX_SHORT_HEADER_LABEL_CHARS,
    MIN_LABEL_SCORE,
    label_scores,
    labels_to_fields,
    name_fields_alone,
)
from extract.papi import named_entry

#: Rules within this (pt) of a header cell's edge are that edge (as pdf_chain's column matching).
RULE_TOLERANCE = 3.0
#: A header missing this many of the appendix's fields names other columns (one may be a lost label).
MISSING_FIELDS = 2


def foreign_band(grid: Grid, rules: Sequence[float], first_band: int) -> int | None:
    """Return the first band from ``first_band`` down whose inner rules are mostly not the header's ``rules``.

    A table drawn right under the appendix's (a scores or deadlines table after a section break
    that printed on the same page) becomes one grid with it; its rows' cells end where the
    appendix has no column. A data row may split a header's column once; a full-width section
    row has no inner rule at all.
    """
    left, right = grid.xs[0] + RULE_TOLERANCE, grid.xs[-1] - RULE_TOLERANCE
    for band in range(first_band, len(grid.ys) - 1):
        inner = {x for c in grid.cells if c.row <= band < c.row_end for x in (c.x0, c.x1) if left < x < right}
        foreign = [x for x in inner if all(abs(x - rule) > RULE_TOLERANCE for rule in rules)]
        if 2 * len(foreign) > len(inner):
            return band
    return None


def fields_of(columns: Sequence[Sequence[object]]) -> set[str]:
    """Return the fields a header's columns map to: (field, label, ...) entries, "" for a column of none."""
    return {str(column[0]) for column in columns if column[0]}


def other_columns(fields: set[str], new: set[str]) -> bool:
    """Tell whether a header names other columns than the appendix's ``fields``: one it lacks, or two of its missing.

    A header printed again may lose a label (clipped, reworded); another table names other things.
    """
    return bool(new - fields) or len(fields - new) >= MISSING_FIELDS


#: Columns only a PAPI plan's appendix has: a later header naming one heads another plan appendix.
PLAN_FIELDS = frozenset({"dimension", "component", "indicators"})
#: A cell longer than this is a task's text, not a group row naming a PAPI dimension.
MAX_GROUP_LABEL_CHARS = 120


def names_papi_dimension(texts: Iterable[str]) -> bool:
    """Tell whether one of a table's cells is a row naming a PAPI dimension ("I. THAM GIA CỦA NGƯỜI DÂN ...").

    >>> names_papi_dimension(["STT", "II. Công khai, minh bạch"]), names_papi_dimension(["Kiểm tra tại các huyện"])
    (True, False)
    """
    for text in texts:
        label = " ".join(text.split())
        entry = named_entry(label) if 0 < len(label) <= MAX_GROUP_LABEL_CHARS else None
        if entry is not None and entry.is_dimension:
            return True
    return False


def cell_texts(rows: Sequence[PhysicalRow]) -> list[str]:
    """Return the text of every cell of a table's rows, for :func:`plan_appendix`."""
    return [piece.text for row in rows for piece in (*row.cells.values(), *row.extra.values())]


def plan_appendix(new: set[str], texts: Iterable[str]) -> bool:
    """Tell whether a later table of other columns is a plan's appendix: PAPI columns, or rows naming a dimension.

    Its header names the indicators or a PAPI group column (:data:`PLAN_FIELDS`), or one of its
    cells names a PAPI dimension (a section row). A schedule, a task list or a contact list under
    "PHỤ LỤC II" ("STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành") has neither.
    """
    return bool(new & PLAN_FIELDS) or names_papi_dimension(texts)


def other_table_after(between: Sequence[str], fields: set[str], new: set[str], texts: Iterable[str] = ()) -> bool:
    """Tell whether a header row after the appendix's heads another table, not more rows of the appendix.

    Under other columns than the appendix's (``fields`` against ``new``) it does, unless an appendix
    title ("PHỤ LỤC II ...") stands ``between`` and the table is a plan's appendix (:func:`plan_appendix`
    of its header and cell ``texts``): a second plan in the same file, read on. A budget, scores or
    schedule table after the appendix ("TT | Nội dung | Kinh phí | ...", "STT | Nội dung công việc |
    Cơ quan chủ trì | Thời gian") may be headed in words the appendix vocabulary knows, titled or not.
    """
    if not other_columns(fields, new):
        return False
    return not (any(map(is_appendix_title, between)) and plan_appendix(new, texts))


def body_table_before(above_first: Sequence[str], between: Sequence[str], fields: set[str], new: set[str]) -> bool:
    """Tell whether the appendix read so far was a table of the plan's body: the appendix starts at a later table.

    A plan's body may hold a table headed like an appendix ("TT | Nội dung công việc | Cơ quan
    chủ trì | Thời gian hoàn thành"). It is not the appendix when no appendix title stood above
    it (``above_first``), one stands ``between`` it and a later table headed with other columns
    (``fields`` against ``new``), and that table is the appendix. Parts under the same columns
    ("Phụ lục I" and "Phụ lục II" of one plan) stay one.
    """
    return (
        other_columns(fields, new)
        and any(map(is_appendix_title, between))
        and not any(map(is_appendix_title, above_first))
    )


def body_table_warning(page: int, header: Sequence[tuple[str, str]]) -> str:
    """Say that a table read as the appendix's first part was left out as the plan's body, where and what it was."""
    labels = " | ".join(label for _, label in header)
    return (
        f'a table on page {page} headed like the appendix ({labels!r}) stands before the appendix\'s "PHỤ LỤC" '
        "title, under other columns than the appendix's: its rows were left out as the plan's body text"
    )


def spilled_columns(labels: Sequence[str], fields: set[str]) -> bool:
    """Tell whether a table's first row labels only appendix columns the appendix's header (``fields``) lacks.

    A table too wide for its page that a spreadsheet prints in parts puts its last columns on pages
    of their own, under a header of those columns alone ("Cơ quan phối hợp | Thời gian thực hiện"):
    the appendix's columns, printed apart from their rows (samples/audit33 F1). Each label is
    short and names its field alone; the caller has seen that the table's columns are not the
    appendix's (a page-top piece of a cut row under them may read like a label).
    """
    if not labels or not fields or any(len(label) > MAX_SHORT_HEADER_LABEL_CHARS for label in labels):
        return False
    new = labels_to_fields(labels)
    return len(new) == len(labels) and name_fields_alone(labels) and not set(new.values()) & fields


def spilled_columns_warning(found: Sequence[tuple[int, str]]) -> tuple[str, ...]:
    """Say which pages hold appendix columns printed apart from their rows (:func:`spilled_columns`)."""
    if not found:
        return ()
    pages = ", ".join(str(page) for page, _ in found)
    return (
        f"page(s) {pages} hold appendix columns its header lacks ({found[0][1]!r}): a table too wide for its page, "
        "printed in parts; their text is in no row. Print the plan fitted to the page width, or give phuluc "
        "the workbook or document it was printed from",
    )


#: A row of another table's column labels has at least this many cells written in, each a few words.
OTHER_LABELS_CELLS, LABEL_WORDS = 3, 8


def other_labels(cells: Sequence[tuple[str, str]]) -> bool:
    """Tell whether a table's first row labels other columns than the appendix's: another table on its grid.

    ``cells`` are (the field of the appendix's column under the cell, "" for none; its text). A
    table after the appendix on its grid (Word gives every new table equal columns: a 7-column
    scores table's cells end where a 7-column appendix's do) was read as a part of it, its header
    as a row (samples/audit44 d05: "STT | Chỉ số nội dung | Điểm năm 2024 | ..."). Its first row is
    a few short labels, one naming a field its column is not ("Chỉ số nội dung" over the
    appendix's component column); a part's first row is the appendix's own header, or data, whose
    cells are seldom all short and never a label of another column's field.
    """
    written = [(placed, text) for placed, text in cells if text.strip()]
    if len(written) < OTHER_LABELS_CELLS or any(len(text.split()) > LABEL_WORDS for _, text in written):
        return False
    for placed, text in written:
        scores = label_scores(text)
        named = max(scores, key=lambda name: scores[name]) if scores else None
        if named and scores[named] >= MIN_LABEL_SCORE and placed != named and label_words_only(text):
            return True
    return False


#: The label phrases of the vocabulary, as word sequences, longest first; and the words that join them.
_PHRASES = sorted({tuple(p.split()) for phrases in KEY_PHRASES.values() for p, _ in phrases}, key=len, reverse=True)
_LABEL_JOINERS = frozenset({"và", "các", "của", "hoặc"})


def label_words_only(text: str) -> bool:
    """Tell whether a text is the vocabulary's label phrases alone: "Chỉ số nội dung", "Thời gian thực hiện".

    A short data cell holds a label's word among its own ("Phối hợp tuyên truyền", "Giảm thời gian
    chờ khám", samples/review45 M1): a label of another table is nothing else.
    """
    words = re.findall(r"\w+", fold(text))
    at = 0
    while at < len(words):
        if words[at] in _LABEL_JOINERS:
            at += 1
            continue
        size = next((len(p) for p in _PHRASES if tuple(words[at : at + len(p)]) == p), 0)
        if not size:
            return False
        at += size
    return bool(words)
