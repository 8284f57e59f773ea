"""A PDF cell's characters become lines with the geometry reflow reads."""

from __future__ import annotations

from extract.grid import GridCell
from extract.pdf_lines import _read_row, cell_padding, cell_piece, chars_to_lines
from extract.pdf_objects import Char


def glyphs(text: str, x: float, top: float, width: float = 5.0, size: float = 10.0, gap: float = 0.0) -> list[Char]:
    """One visual line: each glyph ``width`` wide; a space is drawn as a gap of ``gap`` pt, no glyph."""
    out = []
    for ch in text:
        if ch == " ":
            x += gap
            continue
        out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "size": size})
        x += width
    return out


def test_lines_words_and_room_left() -> None:
    chars = glyphs("Phòng Y tế", 10, 100, gap=3.0) + glyphs("Công an", 10, 112, gap=3.0)
    first, second = chars_to_lines(chars, right=100.0)
    assert (first.text, second.text) == ("Phòng Y tế", "Công an")
    assert first.slack == 100.0 - (10 + 8 * 5 + 2 * 3.0)  # room between the line's end and the edge
    assert first.first_word_width == 5 * 5 + 3.0  # "Phòng" and a space as wide as the cell's word gaps
    assert second.gap_before == 2.0


def test_a_semicolon_travels_with_the_word_before_it() -> None:
    (line,) = chars_to_lines(glyphs("giáo ; dục", 0, 0, gap=3.0), right=None)
    assert line.text == "giáo ; dục"
    assert line.first_word_width == 4 * 5 + 3 + 5 + 3  # "giáo ;" is one unit: no line may start with ";"


def test_a_space_is_a_quarter_em_where_no_line_shows_two_words() -> None:
    (line,) = chars_to_lines(glyphs("Phòng", 0, 0, gap=3.0), right=None)
    assert line.first_word_width == 5 * 5 + 0.25 * 10


def test_a_cell_knows_the_room_under_its_last_line() -> None:
    cell = GridCell(x0=0, top=0, x1=60, bottom=50, row=0, col=0, row_end=1, col_end=1)
    chars = glyphs("Thanh tra", 5, 2, gap=3.0) + glyphs("thành phố", 5, 14, gap=3.0)
    padding = cell_padding([(cell, chars)])
    piece = cell_piece(cell, chars, padding)
    assert padding == 5
    assert piece.line_height == 12 and piece.bottom_slack == 50 - 24
    assert [line.text for line in piece.lines] == ["Thanh tra", "thành phố"]


def test_glyphs_of_a_fallback_font_boxed_lower_on_the_same_line_do_not_make_a_line_pitch() -> None:
    """pdfium boxes a fallback font's letters 0.18 em lower (LibreOffice's DejaVu in Liberation text).

    Their steps down (1.8 pt at 10 pt) are no line pitch: read as one, every cell would look far
    from its bottom and no page-split row would join (samples/audit37 d5, pdfium only).
    """
    cell = GridCell(x0=0, top=0, x1=90, bottom=40, row=0, col=0, row_end=1, col_end=1)
    chars = []
    for top in (2.0, 14.0, 26.0):
        line = glyphs("Thanh tra", 5, top, gap=3.0)
        for k in (1, 3, 5, 7):  # every other letter from the fallback font, its box 1.8 pt lower
            line[k] = {**line[k], "top": top + 1.8, "bottom": top + 11.8}
        chars += line
    piece = cell_piece(cell, chars, 5.0)
    assert [line.text for line in piece.lines] == ["Thanh tra"] * 3
    assert piece.line_height is not None and 10.0 <= piece.line_height <= 12.0
    assert piece.bottom_slack == 40 - 37.8


def test_a_line_is_as_high_as_most_of_its_glyphs_for_the_gap_above_the_next() -> None:
    """Glyphs of a second Type 3 font that pdfium boxes 1.9 pt higher (matplotlib, samples/audit37 d6)
    do not open a paragraph gap under their line: the gaps stay those of the lines' usual glyphs."""
    first = glyphs("Trung tâm", 5, 0.0, gap=3.0)
    first[2] = {**first[2], "top": -1.9, "bottom": 8.1}
    second = glyphs("Văn hóa", 5, 12.0, gap=3.0)
    second[1] = {**second[1], "top": 10.1, "bottom": 20.1}
    _, below = chars_to_lines(first + second, right=None)
    assert below.gap_before == 2.0


def letter_spaced(text: str, spacing: float, gap: float, size: float = 10.0) -> list[Char]:
    """One line whose glyphs stand ``spacing`` pt apart, words ``gap`` pt apart (CSS letter-spacing)."""
    out, x = [], 0.0
    for ch in text:
        if ch == " ":
            x += gap
            continue
        out.append({"text": ch, "x0": x, "x1": x + 5.0, "top": 0.0, "bottom": size, "size": size})
        x += 5.0 + spacing
    return out


def test_a_space_kerned_into_the_letter_before_it_still_parts_two_words() -> None:
    # Chromium's bold title "PHÁP DUY TRÌ" (samples/audit22 g06): the space drawn 0.055 em into the "P"
    (line,) = chars_to_lines(glyphs("GIẢI PHÁP DUY TRÌ", 0, 0, gap=1.95), right=None)
    assert line.text == "GIẢI PHÁP DUY TRÌ"


def test_a_letter_spaced_line_keeps_its_words_whole() -> None:
    # samples/audit10 e03: letters 0.08-0.17 em apart, words a space further
    (line,) = chars_to_lines(letter_spaced("Chỉ số nội dung", spacing=1.68, gap=4.2), right=None)
    assert line.text == "Chỉ số nội dung"


def test_a_smaller_raised_digit_is_a_superscript_and_a_lowered_one_a_subscript() -> None:
    line = glyphs("m", 0, 100) + glyphs("2", 5, 98, width=3.0, size=6.0) + glyphs("/CO", 8, 100)
    line += glyphs("2", 23, 106, width=3.0, size=6.0)  # its bottom 2 pt under the line's
    (read,) = chars_to_lines(line, right=None)
    assert read.text == "m²/CO₂"


def test_a_superscript_leading_its_line_in_height_keeps_the_line_whole() -> None:
    # the raised glyph's centre comes first; a glyph of the line set 1.8 pt lower (a fallback
    # font's box) is still within half of its own size of it
    line = glyphs("m", 0, 100) + glyphs("2", 5, 98.5, width=3.0, size=6.0) + glyphs("học", 8, 101.8)
    (read,) = chars_to_lines(line, right=None)
    assert read.text == "m²học"


def test_text_set_smaller_on_the_same_baseline_is_not_raised() -> None:
    line = glyphs("Điểm ", 0, 100, gap=3.0) + glyphs("12", 30, 102, width=4.0, size=8.0)  # bottoms equal
    (read,) = chars_to_lines(line, right=None)
    assert read.text == "Điểm 12"


def _glyphs(words: list[str], space: float, size: float = 12.0, width: float = 6.0) -> list[dict[str, float | str]]:
    """Glyph boxes of ``words`` set left to right, ``space`` pt between words."""
    out: list[dict[str, float | str]] = []
    x = 50.0
    for word in words:
        for letter in word:
            out.append({"x0": x, "x1": x + width, "top": 100.0, "bottom": 112.0, "text": letter, "size": size})
            x += width
        x += space
    return out


def test_a_line_of_narrow_word_spaces_fills_narrower_gaps() -> None:
    """samples/audit43 F2: Times' spaces (3 pt at 12 pt) and two cells 4.5 pt apart (Chromium, 3 px padding)."""
    from extract.text_lines import WORD_GAP_FILL, _word_gap_fill

    def fill(glyphs: list[dict[str, float | str]]) -> float:
        return _word_gap_fill([float(g["x0"]) for g in glyphs], [float(g["x1"]) for g in glyphs], 12.0)

    narrow = _glyphs(["Tham", "gia", "của", "người"], 3.0)
    assert fill(narrow) < 4.5 < WORD_GAP_FILL * 12.0
    wide = _glyphs(["Tham", "gia", "của", "người"], 4.2)  # DejaVu's spaces, a justified line's stretched ones
    assert fill(wide) == WORD_GAP_FILL * 12.0
    assert fill(_glyphs(["Tham"], 3.0)) == WORD_GAP_FILL * 12.0  # no space: the whole fill


def _spaced_row(text: str, gaps: list[float], width: float, size: float) -> list[Char]:
    """One line of glyphs ``width`` wide, the gaps between them as given (pt)."""
    xs = [0.0]
    for gap in gaps:
        xs.append(xs[-1] + width + gap)
    return [
        {"text": t, "x0": x, "x1": x + width, "top": 0.0, "bottom": size, "size": size}
        for t, x in zip(text, xs, strict=True)
    ]


def test_a_letter_spaced_lines_words_part_at_more_than_its_letters_gap() -> None:
    """review47: 7 pt letters expanded 1.15 pt apart, 1.47 pt before the ";" after an italic run: no space."""
    gaps = [1.15] * 5 + [1.47] + [1.15] * 4 + [3.9] + [1.15] * 2
    assert _read_row(_spaced_row("abcdef;ghijklm", gaps, 3.5, 7.0))[1] == "abcdef;ghij klm"


def test_a_line_of_short_words_is_not_taken_for_letter_spaced() -> None:
    """audit29 h09: "2. Sĩ số ≤ 35": as many word gaps (0.22-0.23 of the size) as letter gaps; each one a space."""
    gaps = [-0.06, 2.3, 0.03, 2.21, 0.04, 2.24, 2.3, 0.03]
    assert _read_row(_spaced_row("2.Sĩsố≤35", gaps, 5.0, 10.0))[1] == "2. Sĩ số ≤ 35"
