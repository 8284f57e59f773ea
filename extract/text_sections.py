"""Section rows of a borderless table: group headings written across its columns or in its first one.

"1. Tham gia của người dân ở cấp cơ sở" runs from the table's left edge across the gutters of
the columns; "2. Cơ hội tham gia" fits in the first column with a row gap above it. Each is a
row of its own, which the merge stage reads as a heading; a note ("Ghi chú: ...") or the
recipients and signature block ("Nơi nhận:") under the table is none, and ends it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from core.text import fold, strip_marks
from extract.sections import read_heading
from extract.text_lines import TextLine, crosses, spaced

#: How far (pt) a section row's line may start from the table's left edge: a group heading
#: ("1. Tham gia của người dân ở cấp cơ sở") written across the columns from the first one.
SPAN_LEFT_SLACK = 3.0
#: How far (pt) the middle of a centred group heading may lie from the table's middle: a heading
#: set centred in a cell merged across the table (a browser or Word centres it to the point).
SPAN_CENTRE_SLACK = 6.0

#: Where a table's rows lie across the page: the left end of its leftmost row line and the right
#: end of its rightmost (pt), None when no line has several runs.
Span = tuple[float, float] | None


def left_edge(lines: Sequence[TextLine]) -> Span:
    """Return where the table's rows lie: from the leftmost start to the rightmost end of lines with several runs."""
    rows = [line.spans for line in lines if len(line.spans) > 1]
    return (min(s[0][0] for s in rows), max(s[-1][1] for s in rows)) if rows else None


def may_span(line: TextLine, span: Span) -> bool:
    """Tell whether a line is one run from the table's left edge, or a heading centred on the table: a section row.

    "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ" is written across the columns from the first one, or
    centred in a cell merged across the table (samples/review38 s4, w2): either way it crosses the
    gutters, or sits inside a middle column, and is no column's text. A centred one must open with
    its numbering: a column at the table's middle centres its own short lines too ("UBND" alone on
    the first line of a row whose cells are set in their middle: samples/review41 r2b2).
    """
    if span is None or len(line.spans) != 1:
        return False
    start, end = line.spans[0]
    if abs(start - span[0]) <= SPAN_LEFT_SLACK:
        return True
    return abs((start + end) / 2 - (span[0] + span[1]) / 2) <= SPAN_CENTRE_SLACK and numbered(line)


def gutter_lines(lines: Sequence[TextLine]) -> list[TextLine]:
    """Return the lines a table's gutters are measured on: all but the one-run lines from its left edge.

    A section row runs across the gutters; a page of six groups would close every gutter its
    headings cross. A line of the first column alone, which the rule also leaves out, opens none.
    """
    left = left_edge(lines)
    return [line for line in lines if not may_span(line, left)]


#: A section row opens with its numbering ("I.", "1.", "1.1.", "A.", "1)") or a heading word and a number.
_NUMBERED_RE = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[A-ZĐ])[.)]")
#: The words a named heading opens with before its number, marks stripped, words spaced (:func:`spaced`):
#: "Chỉ số nội dung 1", "Phần II" (a Roman number a whole word: "Phần lớn" is none), and, their number
#: closed by a stop, colon or bracket, "Nội dung thành phần 2:", "Chỉ số 3." ("Chỉ số 100%" is none).
_NAMED_RE = re.compile(
    r"^(?:(?:chi so noi dung|noi dung|phan|muc|nhom)\s*(?:\d|[ivxlc]{1,5}\b)"
    r"|(?:noi dung chi so|noi dung thanh phan|chi so thanh phan|thanh phan|chi so|linh vuc)\s*\d{1,2}\s*[.:)\-–])"
)
#: ... or is written in capitals: at least this share of its letters.
HEADING_CAPITALS_SHARE = 0.6


#: The line a document's recipients and signature block opens with (Decree 30/2020/NĐ-CP), marks stripped.
_RECIPIENTS = "noinhan"


def before_recipients(lines: list[TextLine]) -> list[TextLine]:
    """Return a page's lines above its "Nơi nhận:" block: the signature under a table is no part of it.

    Its "CHỦ TỊCH" and name straddle the table's last gutters, and a short page lets no line cross one.
    """
    for k, line in enumerate(lines):
        if strip_marks(fold(line.text)).startswith(_RECIPIENTS):
            return lines[:k]
    return lines


def numbered(line: TextLine) -> bool:
    """Tell whether a line opens with a section's numbering ("I.", "1.", "A.") or a heading word and a number."""
    text = line.text.strip()
    return bool(_NUMBERED_RE.match(text) or _NAMED_RE.match(strip_marks(fold(spaced(line.chars)))))


def heading_like(line: TextLine) -> bool:
    """Tell whether a line across the table reads as a group heading, not a note ("Ghi chú: ...") or a signature."""
    text = line.text.strip()
    if numbered(line):
        return True
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= HEADING_CAPITALS_SHARE * len(letters)


def goes_on(lines: Sequence[TextLine], left: Span, strips: Sequence[tuple[float, float]]) -> bool:
    """Tell whether the table goes on under a section row: the next line has several runs and keeps to the gutters.

    More headings from the table's left edge may come first ("I. THAM GIA ..." over "1. Tri thức công dân").
    """
    after = next((line for line in lines if not may_span(line, left)), None)
    return after is not None and len(after.spans) > 1 and not crosses(after, strips)


def section_rows(
    lines: Sequence[TextLine], strips: Sequence[tuple[float, float]], row_gap: float
) -> list[tuple[TextLine, TextLine]]:
    """Return each section row's first and last line: a line across the gutters (kept by :func:`_table_lines`).

    The lines that carry its title on from the left edge with no row gap are the same row's
    ("II. CÔNG KHAI, MINH BẠCH ..." | "HỘ NGHÈO, THU CHI ...").
    """
    left = left_edge(lines)
    out: list[tuple[TextLine, TextLine]] = []
    k = 0
    while k < len(lines):
        if not crosses(lines[k], strips):
            k += 1
            continue
        end = k
        while (
            end + 1 < len(lines)
            and may_span(lines[end + 1], left)
            and lines[end + 1].top - lines[end].bottom <= row_gap
        ):
            end += 1
        out.append((lines[k], lines[end]))
        k = end + 1
    return out


def short_headings(lines: Sequence[TextLine], strips: Sequence[tuple[float, float]], row_gap: float) -> list[TextLine]:
    """Return the group headings that fit in the first column: alone on their line, a row gap above them.

    "2. Cơ hội tham gia" crosses no gutter, so it is no row across; with no row cut above it, it
    ran on the row above's first cell. It is cut off as a row of its own when it reads as a
    heading (:func:`extract.sections.read_heading`: a numbered PAPI name, a Roman numeral): a
    cell's second indicator ("2. Tỷ lệ người dân ...") after a paragraph gap is none.
    """
    left = left_edge(lines)
    out = []
    for before, line in itertools.pairwise(lines):
        if may_span(line, left) and not crosses(line, strips) and line.top - before.bottom > row_gap:
            if read_heading("", spaced(line.chars)) is not None:
                out.append(line)
    return out


def around(sections: Sequence[tuple[TextLine, TextLine]], lines: Sequence[TextLine]) -> list[float]:
    """Return the cuts (pt) above and below each section row: halfway to the lines before and after it."""
    out = []
    for first, last in sections:
        above = [other.bottom for other in lines if other.bottom <= first.top]
        below = [other.top for other in lines if other.top >= last.bottom]
        if above:
            out.append((max(above) + first.top) / 2)
        if below:
            out.append((last.bottom + min(below)) / 2)
    return out


def before_sections(
    first: list[float], sections: Sequence[tuple[TextLine, TextLine]], picked: Sequence[TextLine]
) -> list[float]:
    """Return the header's end: its first row boundary, or above a section row that follows it with no gap.

    A single-spaced table puts its first section row ("2. Công khai, minh bạch ...") right under the
    header; read as the header's, its words ran into every label and no header was found
    (samples/audit47 p16).
    """
    end = first[0] if first else float("inf")
    opening = [head for head, _ in sections if picked[0].bottom < head.top < end]
    if not opening:
        return first
    top = min(head.top for head in opening)
    above = max(line.bottom for line in picked if line.bottom <= top)
    return [(above + top) / 2]
