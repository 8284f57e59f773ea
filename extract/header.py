"""Find the appendix header row and map its columns to the eight fields, by label not position.

Plans word the header differently from year to year and city to city ("Cơ quan chủ trì",
"Đơn vị thực hiện", "Nội dung thành phần"), add columns (STT, Thời gian, Ghi chú) or drop one.
Each label is scored against key phrases per field; the best one-to-one assignment wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.model import FIELDS
from core.text import fold

#: Key phrases per field, with a weight: a longer, more specific phrase outweighs a short one, so
#: "Cơ quan chủ trì tổ chức, triển khai thực hiện" is the lead column, not the implementing one.
KEY_PHRASES: dict[str, tuple[tuple[str, int], ...]] = {
    "dimension": (("chỉ số nội dung", 10), ("nội dung chỉ số", 10), ("chỉ số", 6), ("lĩnh vực", 3)),
    "component": (("nội dung thành phần", 10), ("thành phần", 9), ("nội dung", 3)),
    "indicators": (("chỉ tiêu", 10), ("tiêu chí", 7)),
    "tasks": (("nhiệm vụ", 10), ("giải pháp", 10)),
    "implementing": (("cơ quan thực hiện", 10), ("đơn vị thực hiện", 10), ("thực hiện", 5)),
    "lead": (("chủ trì", 10),),
    "sector_guidance": (("quản lý ngành", 10), ("hướng dẫn", 7), ("chuyên môn", 4)),
    "coordinating": (("phối hợp", 10),),
}
#: The ``extra`` label of text in a cell that lies under no header column (a table wider than its
#: header): kept in the output under this name rather than dropped.
UNPLACED_LABEL = "(under no header column)"
#: The lowest score that maps a label to a field: below it the column is kept as an extra column.
MIN_LABEL_SCORE = 5
#: A row is the appendix header when at least this many of the eight fields are found in it.
MIN_FIELDS_FOR_HEADER = 5

_COLUMN_NUMBER_RE = re.compile(r"^\(?\s*(\d{1,2}|[ivx]{1,4})\s*\)?$")


#: Joins a grouped header's labels: "Cơ quan thực hiện › Chủ trì" is the "Chủ trì" column under a
#: cell "Cơ quan thực hiện" that spans several columns.
STACK_SEPARATOR = " › "


def stacked_label(parent: str, own: str) -> str:
    """Return the label of a column under a spanning header cell (either part may be empty)."""
    return STACK_SEPARATOR.join(part for part in (parent.strip(), own.strip()) if part)


def _phrase_scores(label: str) -> dict[str, int]:
    squeezed = fold(label).replace(" ", "")
    return {
        f: max((w for phrase, w in KEY_PHRASES[f] if phrase.replace(" ", "") in squeezed), default=0) for f in FIELDS
    }


def label_scores(label: str) -> dict[str, int]:
    """Score one header label against every field (0: no key phrase found).

    Spaces are ignored on both sides: a narrow header cell wraps words mid-word ("ngàn" | "h"),
    and a reader cannot always tell such a wrap from a space. In a stacked label the spanning
    parent counts half: it names the group ("Cơ quan thực hiện"), the column's own label the role.
    """
    *parents, own = label.split(STACK_SEPARATOR)
    scores = _phrase_scores(own)
    for parent in parents:
        for field, score in _phrase_scores(parent).items():
            scores[field] = max(scores[field], score // 2)
    return scores


def labels_to_fields(labels: Sequence[str]) -> dict[int, str]:
    """Map column positions to fields: the best-scoring pairs first, each field and column once."""
    pairs = sorted(
        ((score, -i, field) for i, label in enumerate(labels) for field, score in label_scores(label).items()),
        reverse=True,
    )
    mapping: dict[int, str] = {}
    for score, neg_i, field in pairs:
        if score < MIN_LABEL_SCORE:
            break
        if -neg_i not in mapping and field not in mapping.values():
            mapping[-neg_i] = field
    _fill_one_gap(mapping, len(labels))
    return mapping


def _fill_one_gap(mapping: dict[int, str], n_columns: int) -> None:
    """Give a single unmapped field the single unmapped column between its two neighbours.

    A header cell whose wording matches no key phrase (a typo, an unusual term) still sits where
    the appendix's column order puts it; with only one such gap there is no ambiguity.
    """
    missing = [f for f in FIELDS if f not in mapping.values()]
    if len(missing) != 1 or len(mapping) < MIN_FIELDS_FOR_HEADER:
        return
    k = FIELDS.index(missing[0])
    column_of = {f: i for i, f in mapping.items()}
    low = column_of.get(FIELDS[k - 1], -1) if k > 0 else -1
    high = column_of.get(FIELDS[k + 1], n_columns) if k + 1 < len(FIELDS) else n_columns
    free = [i for i in range(low + 1, high) if i not in mapping]
    if len(free) == 1:
        mapping[free[0]] = missing[0]


def is_header(labels: Sequence[str]) -> bool:
    """Tell whether the labels name enough of the eight fields to be the appendix header row."""
    return len(labels_to_fields(labels)) >= MIN_FIELDS_FOR_HEADER


def is_column_numbers(labels: Sequence[str]) -> bool:
    """Tell whether the labels are the "(1) (2) (3) ..." row some plans put under the header."""
    texts = [fold(t) for t in labels if t.strip()]
    return len(texts) >= 3 and all(_COLUMN_NUMBER_RE.match(t) for t in texts)


def column_numbers_warnings(dropped: Sequence[tuple[int, Sequence[str]]]) -> tuple[str, ...]:
    """Say, once, on which pages a row of column numbers under the header was left out."""
    if not dropped:
        return ()
    pages = ", ".join(str(page) for page, _ in dropped)
    numbers = " ".join(t for t in dropped[0][1] if t)
    return (f"left out the row of column numbers ({numbers}) under the header on page(s) {pages}",)


#: How many text lines above the table are taken as its title when no "PHỤ LỤC" line is found.
TITLE_FALLBACK_LINES = 4


def title_from_lines(lines: Sequence[str]) -> str:
    """Return the appendix title from the text just above the table: from its last "PHỤ LỤC" line on.

    Without such a line, the last few lines above the table stand in for the title.
    """
    texts = [line for line in lines if line.strip()]
    starts = [i for i, line in enumerate(texts) if fold(line).startswith("phụ lục")]
    chosen = texts[starts[-1] :] if starts else texts[-TITLE_FALLBACK_LINES:]
    return "\n".join(chosen)
