"""A PDF cell's characters -> its visual lines, each with the geometry reflow needs.

Characters are pdfplumber-style dicts (text, x0, x1, top, bottom, size; points, origin at the
page's top-left). A line records its free room against the cell's right text edge, the width of
its first word and first character, and its gap to the line above; a cell records its line pitch
and the free height under its last line (a cell cut by a page break has text down to its bottom).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from operator import itemgetter, sub
from typing import Any

from core.model import CellPiece, Line
from core.text import SUBSCRIPT, SUPERSCRIPT, clean_line
from extract.grid import GridCell
from extract.pdf_objects import Char
from extract.reflow import NO_LINE_START

#: Two characters belong to one line when their vertical centres differ by less than this share
#: of the font size (superscripts and mixed fonts stay on their line; the next line is ~1.2 away).
SAME_LINE_SHARE = 0.5
#: A horizontal gap wider than this share of the font size between two glyphs is a word space
#: (PDFs often draw no space glyph; inter-letter gaps are under 0.05 of the size).
WORD_GAP_SHARE = 0.2
#: On a line that is not letter-spaced, a gap wider than this share is a word space too: a space
#: glyph kerned into the letter before it leaves less than a space ("PHÁP DUY" in Chromium's bold
#: Liberation Serif: 0.195 of the size, the space drawn 0.055 into the "P"; samples/audit22 g06).
KERNED_GAP_SHARE = 0.15
#: A line whose middle gap between glyphs is wider than this share of the size is letter-spaced:
#: its letters stand 0.08-0.17 of the size apart (samples/audit10 e03), and only WORD_GAP_SHARE parts words.
LETTER_SPACED_SHARE = 0.05
#: A letter-spaced line parts words at its letters' gap and this much more (half a space) ...
HALF_SPACE_SHARE = 0.125
#: ... when it has this many gaps between glyphs at least (a short line's middle gap may be a word's).
MIN_SPACED_GAPS = 6
#: The width of a space, as a share of the font size, for the "would the word have fitted" test.
SPACE_SHARE = 0.25
#: Cell padding (pt) assumed when a page shows no left-aligned text to measure it from.
DEFAULT_PADDING = 5.4


def chars_to_lines(chars: Sequence[Char], right: float | None) -> list[Line]:
    """Group one cell's characters into visual lines and measure each line's free width.

    ``right`` is the x (pt) where the cell's text must stop; a line's slack is the room between
    its end and that edge, so indented lines (hanging list indents) are measured right too.
    """
    glyphs = [c for c in chars if c["text"] != "\n"]
    middles = [(c["top"] + c["bottom"]) / 2 for c in glyphs]  # each glyph's vertical centre, computed once
    rows: list[list[Char]] = []
    first_middle = limit = 0.0  # the vertical centre of the current line's first glyph, and how far others may be
    for k in sorted(range(len(glyphs)), key=middles.__getitem__):  # a stable sort by centre, keys looked up in C
        middle, char = middles[k], glyphs[k]
        if rows:
            off = abs(middle - first_middle)
            if off < limit:
                rows[-1].append(char)
                continue
            if off < SAME_LINE_SHARE * float(char["size"]):  # a line led by a smaller, raised glyph (a superscript)
                rows[-1].append(char)
                first_middle, limit = middle, SAME_LINE_SHARE * float(char["size"])
                continue
        rows.append([char])
        first_middle, limit = middle, SAME_LINE_SHARE * float(char["size"])
    for index, row in enumerate(rows):
        row.sort(key=LEFT_EDGE)
        if len({c["size"] for c in row}) > 1:
            rows[index] = raised_and_lowered(row)
    read = [_read_row(row) for row in rows]
    gaps = [narrowest for _, _, _, narrowest in read if narrowest is not None]
    space = min(gaps) if gaps else None  # the narrowest gap between two words of these lines
    lines: list[Line] = []
    prev_bottom: float | None = None
    for inked, text, first_word_end, _ in read:
        if not inked:
            continue
        x0, x1 = inked[0]["x0"], inked[-1]["x1"]
        # the line's box as most of its glyphs have it: a glyph of another font that a reader boxes higher
        # or lower (pdfium's Type 3 and fallback fonts), or a raised footnote mark, does not move it
        top, bottom = _usual([c["top"] for c in inked]), _usual([c["bottom"] for c in inked])
        slack = None if right is None else right - x1
        # with no word gap in the cell, a space is a share of the line's font size (worked out only then)
        word_space = space if space is not None else SPACE_SHARE * median_of([float(c["size"]) for c in inked])
        lines.append(
            Line(
                text=clean_line(text),
                slack=slack,
                first_word_width=first_word_end - x0 + word_space,
                first_char_width=inked[0]["x1"] - inked[0]["x0"],
                width=x1 - x0,
                gap_before=None if prev_bottom is None else top - prev_bottom,
            )
        )
        prev_bottom = bottom
    return lines


def _usual(values: list[float]) -> float:
    """Return the median of a line's or cell's glyph values, at the cost of a min and a max where all agree (most)."""
    low = min(values)
    return low if low == max(values) else median_of(values)


def raised_and_lowered(row: list[Char]) -> list[Char]:
    """Return a line's glyphs with each run of digits or signs drawn smaller and raised (lowered) as superscripts.

    A superscript's box is less than :data:`SCRIPT_SIZE_SHARE` of the line's size high and its
    bottom above the line's by more than :data:`RAISED_SHARE` of that size ("m²", a footnote
    mark "95%¹"): read on the baseline it would join the number before it ("năm 2025²" as 20252).
    A run with a character of no such form ("(*)", "(a)") stays as it is, whole; text merely set
    smaller on the same baseline stays as it is.
    """
    sizes = sorted(float(c["size"]) for c in row)
    size = sizes[len(sizes) // 2]
    full = [float(c["bottom"]) for c in row if float(c["size"]) >= FULL_SIZE_SHARE * size]
    if not full:
        return row
    full.sort()
    baseline = full[len(full) // 2]
    tables = [_script_table(char, size, baseline) for char in row]
    out = list(row)
    start = 0
    while start < len(row):  # each run of glyphs raised (or lowered) alike, left to right
        end = start + 1
        while end < len(row) and tables[end] is tables[start]:
            end += 1
        table = tables[start]
        texts = [char["text"].translate(table) for char in row[start:end]] if table is not None else []
        if texts and all(text != char["text"] for text, char in zip(texts, row[start:end], strict=True)):
            out[start:end] = [{**char, "text": text} for char, text in zip(row[start:end], texts, strict=True)]
        start = end
    return out


def _script_table(char: Char, size: float, baseline: float) -> dict[int, int] | None:
    """Return SUPERSCRIPT for a glyph drawn smaller and raised, SUBSCRIPT for one lowered, else None."""
    if float(char["size"]) >= SCRIPT_SIZE_SHARE * size or not char["text"].strip():
        return None
    rise = baseline - float(char["bottom"])
    return SUPERSCRIPT if rise > RAISED_SHARE * size else SUBSCRIPT if -rise > LOWERED_SHARE * size else None


#: A glyph less than this share of its line's size high may be a superscript or subscript (LibreOffice
#: sets them at 0.58, reportlab 0.8, Chromium 0.83 of the size) ...
SCRIPT_SIZE_SHARE = 0.9
#: ... raised when its bottom is above the line's by more than this share of the size (0.4-0.45 in
#: those three) ...
RAISED_SHARE = 0.25
#: ... lowered when below it by more than this share (text set smaller on the baseline is neither).
LOWERED_SHARE = 0.1
#: The glyphs whose bottoms give the line's baseline: at least this share of its size high.
FULL_SIZE_SHARE = SCRIPT_SIZE_SHARE


#: A character's left edge, as a sort key (in C: lines and cells sort their characters by it often).
LEFT_EDGE = itemgetter("x0")


def median_of(values: list[float]) -> float:
    """statistics.median, without its generality (``values`` is sorted in place): this runs for every line."""
    values.sort()
    half = len(values) // 2
    return values[half] if len(values) % 2 else (values[half - 1] + values[half]) / 2


def _read_row(row: Sequence[Char]) -> tuple[list[Char], str, float, float | None]:
    """Read one visual line, its glyphs left to right, in one pass: its inked glyphs, text, first unit and word space.

    The text has its word spaces restored: a blank glyph, or a gap wider than
    :data:`WORD_GAP_SHARE` of the font size (:data:`KERNED_GAP_SHARE` on a line that is not
    letter-spaced). The first breakable unit ends at an x: the first
    word plus any following tokens a line may not start with ("giáo, ..."). The word space is the
    narrowest such gap between two inked glyphs, None when there is none: fonts differ (0.25 em
    in Times, 0.32 em in DejaVu), and a line breaks before a word only when the word and one
    space do not fit; justified lines stretch their spaces, so the narrowest gap of a cell's
    lines is the font's own.
    """
    parts: list[str] = []
    inked: list[Char] = []
    spaced = True  # the text so far is empty or ends in a word space: the next glyph starts a word
    in_unit = True  # the glyphs so far are all in the first breakable unit
    unit_end = prev_x1 = 0.0  # where the first unit ends; the right edge of the last inked glyph
    narrowest: float | None = None
    word_gap: float | None = None  # the share of the size over which a gap parts words, found when a gap asks
    for char in row:
        text = char["text"]
        if not text.strip():
            if not spaced:
                parts.append(" ")
                spaced = True
            continue
        if inked:
            gap = char["x0"] - prev_x1
            size = float(char["size"])
            if gap > KERNED_GAP_SHARE * size and gap > (word_gap := word_gap or _word_gap_share(row)) * size:
                if narrowest is None or gap < narrowest:  # min(), written out: the first of equal gaps
                    narrowest = gap
                if not spaced:
                    parts.append(" ")
                    spaced = True
            if spaced:  # a word after the first: the unit goes on over it if it may not start a line
                in_unit = in_unit and text[0] in NO_LINE_START
        if in_unit:
            unit_end = float(char["x1"])
        parts.append(text)
        inked.append(char)
        # the right edge so far: a combining mark (decomposed "Ủ") sits inside its letter and ends before it
        spaced, prev_x1 = False, max(prev_x1, char["x1"]) if inked[1:] else char["x1"]
    return inked, "".join(parts), unit_end, narrowest


def _word_gap_share(row: Sequence[Char]) -> float:
    """Return the share of the size over which a gap between a line's glyphs parts two words.

    :data:`KERNED_GAP_SHARE` where the glyphs stand together; on a letter-spaced line (its middle
    gap over :data:`LETTER_SPACED_SHARE`), :data:`WORD_GAP_SHARE` or, where its lower quartile gap
    (the letters') is over it too, that gap and half a space, whichever is wider: Word's expanded
    spacing set 7 pt italic letters 1.15 pt apart, and 1.47 pt before the ";" after them was no space
    (samples/audit35 b-narrow-expanded, review47).
    """
    inked = [c for c in row if c["text"].strip()]
    gaps: list[float] = [
        (b["x0"] - a["x1"]) / (float(b["size"]) or 1.0) for a, b in zip(inked, inked[1:], strict=False)
    ]
    if not gaps or median_of(gaps) <= LETTER_SPACED_SHARE:  # sorted in place
        return KERNED_GAP_SHARE
    letters = gaps[len(gaps) // 4]  # a line of short words ("2. Sĩ số ≤ 35") has as many word gaps as letter gaps
    if len(gaps) >= MIN_SPACED_GAPS and letters > LETTER_SPACED_SHARE:
        return max(WORD_GAP_SHARE, letters + HALF_SPACE_SHARE)
    return WORD_GAP_SHARE


def cell_padding(cells: Iterable[tuple[GridCell, list[Char]]]) -> float:
    """Return the left padding of the table's cells: the smallest inset of text from a cell's left rule."""
    insets = []
    for cell, chars in cells:
        lefts = [c["x0"] for c in chars if c["text"].strip()]
        left = min(lefts) if lefts else None
        if left is not None and left >= cell.x0:
            insets.append(left - cell.x0)
    return min(insets) if insets else DEFAULT_PADDING


#: A step down from one glyph's top to the next's is a new line only when it is at least this share of
#: the font size: a glyph of a fallback font (LibreOffice sets the Vietnamese letters Liberation Sans
#: Narrow lacks in DejaVu Sans) may sit its box 0.18 of the size lower on the same line, as pdfium
#: boxes it (its descent taken from a glyph where the font gives none), and a line of such letters
#: would measure a pitch of 1.5 pt (samples/audit37 d5); a superscript's step is under 0.45.
LINE_STEP_SHARE = 0.5


def cell_piece(cell: GridCell, chars: list[Char], padding: float, inked: list[Char] | None = None) -> CellPiece:
    """Turn one cell's characters into its lines, line pitch, text width and free height below.

    ``inked`` are the characters that are not white space, in their order, when the caller has them already.
    """
    inner = cell.x1 - cell.x0 - 2 * padding
    lines = chars_to_lines(chars, cell.x1 - padding)
    if inked is None:
        inked = [c for c in chars if c["text"].strip()]
    tops = [c["top"] for c in inked]
    size = _usual([float(c["size"]) for c in inked]) if inked else 0.0
    least = max(1.0, LINE_STEP_SHARE * size)
    pitch = [step for step in map(sub, tops[1:], tops) if step > least]  # from each inked glyph's top to the next's
    if pitch:
        line_height: float | None = median_of(pitch)
    else:
        line_height = 1.2 * size if inked else None
    bottom_slack = cell.bottom - max([c["bottom"] for c in inked]) if inked else cell.bottom - cell.top
    return CellPiece(lines=tuple(lines), line_height=line_height, width=inner, bottom_slack=bottom_slack)


def cell_turn(inked: Sequence[Char]) -> int:
    """Return 90 or 270 when most of a cell's inked characters run that way (a label typed sideways), else 0."""
    if not inked:
        return 0
    turns = Counter(char.get("turn", 0) for char in inked)
    turn, count = turns.most_common(1)[0]
    return turn if turn in (90, 270) and 2 * count > len(inked) else 0


def turned_cell_piece(cell: GridCell, chars: list[Char], padding: float, inked: list[Char], turn: int) -> CellPiece:
    """Read a cell whose text runs sideways as the reader turns the page to read it (:func:`cell_turn`).

    Text at 90 degrees (Word's "bottom to top", btLr) starts at the cell's bottom, its lines going
    left to right; at 270 ("top to bottom", tbRl) at the top, its lines going right to left. The
    cell and its characters are turned so that it reads left to right, the cell as wide as it is
    high; the free height under the text stays the cell's own, as the page shows it.
    """

    def turned(item: dict[str, Any]) -> dict[str, Any]:
        x0, x1, top, bottom = item["x0"], item["x1"], item["top"], item["bottom"]
        if turn == 90:  # up the page
            return {"x0": -bottom, "x1": -top, "top": x0, "bottom": x1}
        return {"x0": top, "x1": bottom, "top": -x1, "bottom": -x0}  # down the page

    box = turned({"x0": cell.x0, "x1": cell.x1, "top": cell.top, "bottom": cell.bottom})
    upright = GridCell(box["x0"], box["top"], box["x1"], box["bottom"], cell.row, cell.col, cell.row_end, cell.col_end)
    by_id = {id(char): {**char, **turned(char)} for char in chars}
    for char in by_id.values():
        char["size"] = char["bottom"] - char["top"]
    piece = cell_piece(upright, list(by_id.values()), padding, [by_id[id(char)] for char in inked])
    slack = cell.bottom - max(char["bottom"] for char in inked) if inked else cell.bottom - cell.top
    return replace(piece, bottom_slack=slack)
