"""Text a page does not show as table text is set aside and named: white on white, clipped, a stamp; sideways cells."""

from __future__ import annotations

from collections import Counter

from extract.grid import GridCell
from extract.pdf_lines import cell_turn, turned_cell_piece
from extract.unseen import CLIPPED, STAMPED_OVER, WATERMARK, WHITE, outsized_from, set_aside, unseen_warnings


def _char(text: str, x0: float, top: float, size: float = 12.0, **marks: object) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 6, "top": top, "bottom": top + size, "size": size, **marks}


def test_a_stamp_is_outsized_only_far_above_the_usual_size() -> None:
    assert outsized_from(Counter({12.0: 900, 16.0: 40})) is None  # a title is no stamp
    assert outsized_from(Counter({12.0: 900, 110.0: 7})) == 30.0
    assert outsized_from(Counter({8.0: 900, 22.0: 5})) is None  # 2.75 times, but under 24 pt
    assert outsized_from(Counter()) is None


def test_white_text_is_set_aside_unless_it_is_on_a_shaded_area() -> None:
    chars = [_char("a", 10, 10), _char("b", 20, 10, white=True), _char("c", 100, 10, white=True)]
    shaded = [{"x0": 90.0, "x1": 130.0, "top": 0.0, "bottom": 40.0}]
    kept, unseen = set_aside(chars, shaded, Counter({12.0: 3}), marked=True)
    assert [c["text"] for c in kept] == ["a", "c"]
    assert [(u.reason, u.text) for u in unseen] == [(WHITE, "b")]


def test_marked_and_outsized_characters_are_named_by_reason() -> None:
    chars = [_char("x", 0, 0, unseen=CLIPPED), _char("D", 0, 0, size=110.0), _char("y", 0, 0)]
    rules = [{"x0": -10.0, "x1": 200.0, "top": -10.0, "bottom": 200.0, "orientation": "h"}]
    kept, unseen = set_aside(chars, [], Counter({12.0: 900, 110.0: 1}), marked=True, edges=rules)
    assert [c["text"] for c in kept] == ["y"]
    warnings = unseen_warnings([(2, unseen)])
    assert len(warnings) == 2 and warnings[0].startswith("page(s) 2: 1 characters") and "'D'" in warnings[1]
    assert WATERMARK in warnings[1]


def test_a_word_in_another_size_typed_over_the_text_is_set_aside_whole() -> None:
    """A stamp "ĐÃ KÝ" in 15 pt over 10 pt cells (samples/audit36 t05): its letters mixed into the cells' words."""
    cell = [_char(t, 100 + 6 * k, 50, size=10.0) for k, t in enumerate("Phòng Tư pháp")]
    stamp = [_char(t, 112 + 7 * k, 48, size=15.0) for k, t in enumerate("KÝ")] + [_char("Đ", 190, 48, size=15.0)]
    title = [_char(t, 100 + 8 * k, 10, size=15.0) for k, t in enumerate("PHỤ")]  # another size, over no text
    chars = title + cell + stamp
    kept, unseen = set_aside(chars, [], Counter(c["size"] for c in chars), marked=False)
    assert kept == title + cell + stamp[2:]  # "Đ", beyond the cell's words, is a word of its own over nothing
    assert [(u.reason, u.text) for u in unseen] == [(STAMPED_OVER, "KÝ")]


def test_a_page_with_nothing_marked_is_not_looked_at() -> None:
    chars = [_char("a", 0, 0, white=True)]
    assert set_aside(chars, [], Counter({12.0: 1}), marked=False) == (chars, ())


def test_a_cell_typed_bottom_to_top_reads_as_its_label() -> None:
    # "Quý IV" drawn at 90 degrees: each glyph above the one before, in a column 40 pt wide
    word = "Quý IV"
    cell = GridCell(10.0, 100.0, 50.0, 200.0, 0, 0, 1, 1)
    chars = [
        {"text": t, "x0": 24.0, "x1": 36.0, "top": 180.0 - 6 * i, "bottom": 186.0 - 6 * i, "size": 6.0, "turn": 90}
        for i, t in enumerate(word)
    ]
    inked = [c for c in chars if c["text"].strip()]
    assert cell_turn(inked) == 90
    piece = turned_cell_piece(cell, chars, 2.0, inked, 90)
    assert piece.text == "Quý IV"
    assert cell_turn([{**c, "turn": 0} for c in inked]) == 0


def test_a_title_set_large_above_the_table_is_the_pages_own() -> None:
    rules = [{"x0": 0.0, "x1": 500.0, "top": 100.0, "bottom": 100.0, "orientation": "h"}]
    title, cell = _char("P", 10, 20, size=40.0), _char("a", 10, 100, size=12.0)
    kept, unseen = set_aside([title, cell], [], Counter({12.0: 900, 40.0: 1}), marked=False, edges=rules)
    assert kept == [title, cell] and unseen == ()


def test_past_edge_gives_the_characters_centred_off_the_page_in_drawing_order() -> None:
    from extract.unseen import past_edge, past_edge_warnings

    def char(text: str, x0: float, top: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x0 + 5, "top": top, "bottom": top + 10}

    on_page = [char("a", 10, 10), char("b", 15, 780)]
    assert past_edge(on_page, (0, 0, 600, 800)) == ""
    assert past_edge([*on_page, char("c", 20, 805), char("d", 598, 10), char("e", 20, -9)], (0, 0, 600, 800)) == "cde"
    assert past_edge(on_page, (0, 595, 600, 1395)) == "a"  # a page box not at the origin: "b" is on it
    assert past_edge(on_page, None) == ""  # an OCR'd page: its box unknown
    # with ruled tables, only the text off the page inside one (a row running off the paper, its rules too)
    off = [*on_page, char("c", 20, 805), char("f", 300, 900)]
    assert past_edge(off, (0, 0, 600, 800), [(10, 40, 200, 1000)]) == "c"
    assert past_edge_warnings([(3, "cd"), (4, " ")]) == (
        "page(s) 3: 2 characters are drawn past the page's edge, where no printed page shows them; "
        "they are read into the rows as the file holds them: 'cd'",
    )
