"""Whether a row piece at a page top is the rest of the row the page break cut, or a row of its own.

A page break either cuts a row in two (its second half opens the next page with the leading
cells empty) or falls between rows, and a new row may open the page with its group cells empty
too (they are merged with the cells above). Which one happened is decided per page top by
:func:`continues`, from what the page shows: a numbered group label means a new row; with
geometry, every cell that has text at the top of the new page must have run to the bottom of the
row on the page before (or the ruled row was left open at the page bottom); without geometry
(a DOCX's page parts), the agency cells and the way the text resumes vote. One exception to the
numbered label: a browser that moves a cut row's label cells whole to the next page
(:func:`labels_moved`) leaves the page-end piece without labels and the page-top piece without
agencies; where only part of that evidence is there, the two stay rows and a warning names them.
A producer that keeps a paragraph's lines together (Typst, Word's "keep lines together") moves a
whole paragraph to the next page and leaves the cut row's frame running to the page bottom under
its text; a row of set height, or one beside a cell merged over two rows, looks the same, so such
a pair stays two rows and a warning names it (:func:`kept_together`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.model import AGENCY_FIELDS, DETAIL_FIELDS, FIELDS, GROUP_FIELDS, CellPiece, PhysicalRow
from core.text import starts_lower
from extract.row_keys import NUMBER_RE, label_number, numbering_parts, row_number

#: A cell cut by the page break has its last line close to its bottom rule: Word and LibreOffice
#: cut each cell of a split row at its own last whole line, so a cut cell leaves at most one line
#: pitch plus its bottom padding empty (measured: 0.2-1.2 pitches on the samples). A finished
#: cell stops higher unless it is the row's tallest.
CUT_SLACK_SHARE = 1.6
#: Browsers and report generators keep two lines of a paragraph together across a page break
#: (CSS widows/orphans default 2), so a cut cell may stop up to two lines higher; such a cell counts
#: as cut only when the text on the next page also reads on from it (lower-case, or after a comma).
LOOSE_CUT_SHARE = CUT_SLACK_SHARE + 2.0
#: A finished row ends under its tallest cell's text plus the cell padding; a row whose every cell
#: stops more than this share of a line pitch above that (the plan's padding: its finished rows')
#: was stretched by something other than its text: the page break, a set height, a merged neighbour.
STRETCH_SHARE = 0.5
#: A line ending in one of these has not finished its sentence or name.
OPEN_ENDINGS = (",", "-", "–", "(", "/", "&")
#: The cells that place a row: its group labels and its indicator, each numbered where it starts.
LABEL_FIELDS: tuple[str, ...] = (*GROUP_FIELDS, "indicators")
#: The cells of a row that are no labels and no tasks: who does it, when, with what result.
DETAIL_CELLS: tuple[str, ...] = AGENCY_FIELDS + DETAIL_FIELDS


def piece_starts_lower(piece: CellPiece) -> bool:
    """Whether a cell's first line opens in lower case: it reads on from the text before it."""
    return bool(piece.lines) and starts_lower(piece.lines[0].text)


def _was_cut(piece: CellPiece) -> bool | None:
    """Whether a cell's text ran down to its bottom rule (None: no geometry to tell).

    An empty cell was cut by nothing: text at the next page top under it starts something new
    (a row piece that only carries on the tasks has its agency cells empty).
    """
    if piece.bottom_slack is None:
        return None
    if not piece.lines:
        return False
    if not piece.line_height:
        return None
    return piece.bottom_slack <= CUT_SLACK_SHARE * piece.line_height


def _cut_or_kept_together(before: CellPiece, after: CellPiece) -> bool | None:
    """Whether a cell was cut by the page break, counting a cell that stopped a line or two short.

    Such a cell (its next lines kept together on the next page) counts only when the text there
    reads on from it. None without geometry.
    """
    cut = _was_cut(before)
    if cut is not False or not before.lines or not before.line_height or before.bottom_slack is None:
        return cut
    if before.bottom_slack > LOOSE_CUT_SHARE * before.line_height:
        return False
    return piece_starts_lower(after) or before.lines[-1].text.endswith(OPEN_ENDINGS)


def _text_votes(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Tell, without geometry, whether the cells of ``row`` read as the rest of ``prev``.

    A ``prev`` alone on its page (the middle of a row over three pages) with no agency, deadline or
    result, and a ``row`` with none either, are pieces of one row (a new row brings its own), unless
    ``row``'s indicator opens with the list number after ``prev``'s ("3." after "2."): rows whose
    agencies the plan merged down show none. A ``row`` with agency text of its own does not resume a
    cut reference (:func:`_resumes_a_reference`): that is a new row's indicator opening with a figure.
    """
    if prev.page_top and prev.page_end and not _has_details(prev) and not _has_details(row):
        return not _opens_next_item(prev, row)
    own_agency = any(_own_text(prev.cells[f], row.cells[f]) for f in AGENCY_FIELDS)
    resume = new = 0
    for field in AGENCY_FIELDS:
        before, after = prev.cells[field], row.cells[field]
        if before.lines and not after.lines:
            resume += 1
        elif after.lines:
            if piece_starts_lower(after):
                resume += 1
            else:
                new += 1
    for field in ("indicators", "tasks"):
        after = row.cells[field]
        if after.lines and (
            piece_starts_lower(after) or (not own_agency and _resumes_a_reference(prev.cells[field], after))
        ):
            resume += 1
    return resume > new


#: A list item's bullet at a line's start ("- Đoàn Thanh niên", "+ Hội Phụ nữ", "• Công an xã").
_BULLET_RE = re.compile(r"^\s*([-+•–])\s")


def _own_text(before: CellPiece, after: CellPiece) -> bool:
    """Whether ``after`` opens a cell's text of its own: not lower case, and no item of a list ``before`` runs.

    "- Đoàn Thanh niên xã" at a page top under "- Hội Phụ nữ xã" goes on with the list (review35 p1).
    """
    if not after.lines or piece_starts_lower(after):
        return False
    return not _bullet_goes_on(before, after)


def _bullet_goes_on(before: CellPiece, after: CellPiece) -> bool:
    """Whether ``after`` opens with a bullet the items of ``before`` open with ("- " under "- " items)."""
    bullet = _BULLET_RE.match(after.lines[0].text) if after.lines else None
    return bullet is not None and any(line.text.lstrip().startswith(bullet[1]) for line in before.lines)


#: A line opening with the rest of a number cut from the line above: a document number or a date
#: ("139/KH-UBND", "01/8/2022", "01-8-2022"), not a list number ("2.", "2)", "2.1.", "2/ ") and not a
#: decimal ("97,5% hồ sơ", "2,5 km"): an indicator opens with its figure, a reference never does.
_REFERENCE_START_RE = re.compile(r"^\d+(?:/(?=\S)|-\d)")
#: What a sentence, list item or clause ends with.
_SENTENCE_ENDS = (".", ";", ":", "!", "?")


def _resumes_a_reference(before: CellPiece, after: CellPiece) -> bool:
    """Whether ``after`` opens with a document number or date that ``before``'s text, cut mid-sentence, leads to.

    "... theo Kế hoạch số" | "139/KH-UBND ngày ...": the next page goes on with the number.
    """
    return (
        bool(before.lines)
        and not before.lines[-1].text.rstrip().endswith(_SENTENCE_ENDS)
        and _REFERENCE_START_RE.match(after.lines[0].text) is not None
    )


def _list_number(text: str) -> tuple[int, ...] | None:
    """Return the list number a line opens with before a capital ("2. Tỷ lệ" -> (2,), "2.1.3. Tỷ" -> (2, 1, 3)).

    None for no number, a Roman one, or one before something else ("2.500 hộ").
    """
    match = NUMBER_RE.match(text)
    parts = numbering_parts(text)
    if match is None or not text[match.end() :][:1].isupper() or not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts) or None


def _opens_next_item(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Whether ``row``'s indicator opens with the list number after the one ``prev``'s indicator opens with."""
    before, after = prev.cells["indicators"].lines, row.cells["indicators"].lines
    if not before or not after:
        return False
    return _follows(_list_number(before[0].text), _list_number(after[0].text))


def _follows(first: tuple[int, ...] | None, second: tuple[int, ...] | None) -> bool:
    """Whether list number ``second`` is the one after ``first`` ("2." after "1.", "1.3." after "1.2.")."""
    return (
        first is not None
        and second is not None
        and len(first) == len(second)
        and first[:-1] == second[:-1]
        and second[-1] == first[-1] + 1
    )


def _labels_left_empty(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Whether ``row`` opens with a numbered group label that ``prev``, above it, left empty.

    Every label cell (group labels, indicator) that has text in ``row`` is, in ``prev``, a cell of
    its own (not merged with the rows above) with no text: the labels of ``prev`` may have moved.
    A ``prev`` that opens its page has none to lose: it carries on a row from the page before, or
    its group labels are filled down.
    """
    if prev.page_top:
        return False
    own = [f for f in LABEL_FIELDS if row.cells[f].lines and not row.cells[f].merged_above]
    numbered = [f for f in own if f in GROUP_FIELDS and label_number(row.cells[f].lines[0].text) is not None]
    if not numbered:
        return False
    return all(not prev.cells[f].lines and not prev.cells[f].merged_above for f in own)


def _has_details(row: PhysicalRow) -> bool:
    """Whether a piece has agency, deadline or result text."""
    return any(row.cells[f].lines for f in DETAIL_CELLS)


def _details_left_above(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Whether ``prev`` has agency, deadline or result text and ``row`` none of it."""
    return _has_details(prev) and not _has_details(row)


def _cut_at_page_end(prev: PhysicalRow) -> bool:
    """Whether the page-end piece was cut: left open at the page bottom, or every cell with text ran to it."""
    if prev.open_bottom:
        return True
    cuts = [_was_cut(prev.cells[f]) for f in FIELDS if f not in GROUP_FIELDS and prev.cells[f].lines]
    return bool(cuts) and all(cut is True for cut in cuts)


def labels_moved(prev: PhysicalRow, row: PhysicalRow) -> bool | None:
    """Tell whether a page break moved the label cells of a cut row whole onto the next page.

    Browsers (WeasyPrint, Chromium) split a row cell by cell and keep a short cell's lines
    together: a two- or three-line label and indicator go whole to the next page while the first
    task and the agency cells stay. The page-end piece ``prev`` then has empty label and indicator
    cells of its own, and the page-top piece ``row`` opens with the numbered label but has no
    agency, deadline or result text. True when that and the cut of ``prev`` at the page bottom are
    all there, None when the labels and only one of the other two are (the caller warns), else False.
    """
    if not row.page_top or not prev.page_end or not _labels_left_empty(prev, row):
        return False
    if _row_number_of(prev) is not None and _row_number_of(row) is not None:
        return False
    details, cut = _details_left_above(prev, row), _cut_at_page_end(prev) and prev.page != row.page
    if details and cut:
        return True
    return None if details or cut else False


def continues(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Tell whether ``row`` is the rest of ``prev`` that a page break pushed onto the next page."""
    if not row.page_top or not prev.page_end:
        return False
    if labels_moved(prev, row):
        return True
    for field in GROUP_FIELDS:
        piece = row.cells[field]
        if piece.lines and not piece.merged_above and label_number(piece.lines[0].text) is not None:
            return False
    if _row_number_of(prev) is not None and _row_number_of(row) is not None:
        return False  # each piece has its number in the STT column: the row above had its own
    filled = [f for f in FIELDS if f not in GROUP_FIELDS and row.cells[f].lines]
    if not filled or prev.open_bottom:
        return True
    # Geometry tells only across a real page break; a header row printed again inside a page
    # (a converter's page parts) leaves the text to decide.
    cuts = [_cut_or_kept_together(prev.cells[f], row.cells[f]) for f in filled]
    known = [c for c in cuts if c is not None] if prev.page != row.page else []
    if known:
        return all(known)
    return _text_votes(prev, row)


def _row_number_of(row: PhysicalRow) -> int | None:
    """Return the number a piece shows in its row-number (STT) column, or None."""
    return row_number([(label, piece.text) for label, piece in row.extra.items()])


def _row_slack(row: PhysicalRow) -> tuple[float, float] | None:
    """Return the room (pt) under a piece's tallest cell and that cell's line pitch; None without geometry."""
    slacks = [
        (piece.bottom_slack, piece.line_height)
        for piece in row.cells.values()
        if piece.lines and piece.bottom_slack is not None and piece.line_height
    ]
    return min(slacks) if slacks else None


def finished_padding(rows: Sequence[PhysicalRow]) -> float | None:
    """Return the room (pt) a plan's finished rows leave under their tallest cell: its cell padding.

    Measured on the rows no page break ends (the median); None with no such row or no geometry.
    """
    slacks = sorted(s[0] for row in rows if not row.page_end and (s := _row_slack(row)) is not None)
    return slacks[len(slacks) // 2] if slacks else None


def _last_list_number(piece: CellPiece) -> tuple[int, ...] | None:
    """Return the list number of the last numbered item in a cell ("1. Tỷ lệ ..." -> (1,)), or None."""
    numbers = [n for line in piece.lines if (n := _list_number(line.text)) is not None]
    return numbers[-1] if numbers else None


def _list_goes_on(before: CellPiece, after: CellPiece) -> bool:
    """Whether ``after`` opens with the next item of a list ``before`` runs: "2." after "1.", or the same bullet."""
    if not before.lines or not after.lines:
        return False
    last, first = _last_list_number(before), _list_number(after.lines[0].text)
    if last is not None and first is not None:
        return _follows(last, first)
    return _bullet_goes_on(before, after)


def _reads_on(before: CellPiece, after: CellPiece) -> bool:
    """Whether a page-top cell's text reads on from the cell above: mid-sentence, or the next item of its list."""
    return bool(before.lines) and (
        piece_starts_lower(after)
        or before.lines[-1].text.rstrip().endswith(OPEN_ENDINGS)
        or _resumes_a_reference(before, after)
        or _list_goes_on(before, after)
    )


def kept_together(prev: PhysicalRow, row: PhysicalRow, padding: float | None) -> bool:
    """Tell whether ``row`` may be the rest of ``prev`` that a producer keeping lines together moved whole.

    Typst (and Word's "keep lines together") moves a paragraph that does not fit whole to the next
    page, so each cell of the cut row may stop any number of lines above the page bottom; the row's
    frame still runs down to it. All of this is on the pages then: every cell of ``prev`` stops
    more than :data:`STRETCH_SHARE` of a line below the plan's ``padding``, ``row`` brings no group
    label, agency, deadline, result or row number of its own, and each of its cells reads on from
    the one above ("2. Tỷ lệ" under a list that ended with "1.", "- Bố trí" under "- " items). A
    new row of a plan whose labels and agencies are merged down, under a row of set height or one
    beside a merged tall cell, shows the same (samples/review37 b1, b3): the caller warns, not joins.
    """
    if padding is None or prev.page == row.page or not row.page_top or not prev.page_end:
        return False
    if _row_number_of(row) is not None or _has_details(row) or any(row.cells[f].lines for f in GROUP_FIELDS):
        return False
    slack = _row_slack(prev)
    if slack is None or slack[0] <= padding + STRETCH_SHARE * slack[1]:
        return False
    filled = [f for f in FIELDS if row.cells[f].lines]
    return bool(filled) and all(_reads_on(prev.cells[f], row.cells[f]) for f in filled)
