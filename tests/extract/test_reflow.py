"""Line breaks: wraps join with a space or nothing, real breaks stay line breaks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.model import Line
from extract.reflow import joiner, lines_to_text


def geo(text: str, slack: float, first_word: float = 20.0, width: float = 200.0) -> Line:
    return Line(text=text, slack=slack, first_word_width=first_word, width=width)


def test_a_full_line_wraps_with_a_space() -> None:
    assert joiner(geo("Tăng cường công tác phổ biến,", slack=3), geo("giáo dục pháp luật", slack=50)) == " "


def test_a_line_with_room_for_the_next_word_ends_its_paragraph() -> None:
    assert joiner(geo("Phòng Nội vụ", slack=120), geo("Thanh tra thành phố", slack=50)) == "\n"


def test_a_wrap_after_an_in_word_hyphen_joins_without_space() -> None:
    assert joiner(geo("giai đoạn 2022-", slack=2), geo("2025 và Quyết định", slack=30)) == ""


def test_a_spaced_dash_at_a_line_end_keeps_its_space() -> None:
    assert joiner(geo("Phòng Lao động -", slack=2), geo("Thương binh và Xã hội", slack=30)) == " "


def test_a_word_too_long_for_the_column_is_glued_back() -> None:
    line = Line(text="UBMTTQV", slack=1.0, first_word_width=12, width=48.0)
    assert joiner(line, Line("N thành phố", 5, 12, first_char_width=7.9)) == ""


def test_a_whole_word_that_fills_the_line_keeps_its_space() -> None:
    line = Line(text="UBMTTQVN", slack=3.2, first_word_width=62, width=62.3)
    assert joiner(line, Line("thành phố", 30, 27, first_char_width=3.06)) == " "


def test_a_new_bullet_after_a_finished_item_is_a_new_line_even_on_a_full_line() -> None:
    assert joiner(geo("đảm bảo đúng quy định.", slack=1), geo("- Tổ chức tập huấn", slack=40, first_word=8)) == "\n"


def test_a_dash_that_wrapped_inside_a_phrase_is_not_a_bullet() -> None:
    assert (
        joiner(geo("các tổ chức chính trị", slack=2, first_word=8), geo("- xã hội thành phố", slack=40, first_word=8))
        == " "
    )


def test_items_that_end_with_no_punctuation_are_told_apart_by_their_bullets() -> None:
    # audit22 g09 7.3.1: the first item's last line is full and ends with a word, not a ";"
    lines = [
        geo("- Quan trắc chất lượng không khí; cảnh báo", slack=2, first_word=8),
        geo("kịp thời khi chỉ số vượt ngưỡng cho phép", slack=3, first_word=30),
        geo("- Vận động người dân phân loại rác thải", slack=4, first_word=8),
        geo("tại nguồn", slack=150, first_word=20),
    ]
    assert lines_to_text(lines) == (
        "- Quan trắc chất lượng không khí; cảnh báo kịp thời khi chỉ số vượt ngưỡng cho phép\n"
        "- Vận động người dân phân loại rác thải tại nguồn"
    )


def test_a_name_with_a_dash_inside_wraps_even_among_unpunctuated_items() -> None:
    lines = [
        geo("- Phối hợp với Sở Lao động", slack=2, first_word=8),
        geo("- Thương binh và Xã hội tổ chức tập huấn", slack=4, first_word=8),
        geo("- Rà soát hộ nghèo", slack=150, first_word=8),
    ]
    assert lines_to_text(lines) == (
        "- Phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức tập huấn\n- Rà soát hộ nghèo"
    )


def test_in_a_cell_whose_items_end_with_punctuation_a_dash_after_a_word_is_inside_a_name() -> None:
    # the seed's 7.1.1 as Chromium prints it: "Báo Bà Rịa" | "- Vũng Tàu", not a new item
    lines = [
        geo("- Thông tin, dữ liệu phải được công khai.", slack=30, first_word=8),
        geo("- Truyền thông trên Báo Bà Rịa", slack=2, first_word=8),
        geo("- Vũng Tàu, Đài Phát thanh tỉnh.", slack=60, first_word=8),
        geo("- Trung tâm Văn hóa", slack=3, first_word=8),
        geo("- Điện ảnh tỉnh phối hợp thực hiện.", slack=60, first_word=8),
    ]
    assert lines_to_text(lines) == (
        "- Thông tin, dữ liệu phải được công khai.\n"
        "- Truyền thông trên Báo Bà Rịa - Vũng Tàu, Đài Phát thanh tỉnh.\n"
        "- Trung tâm Văn hóa - Điện ảnh tỉnh phối hợp thực hiện."
    )


def test_paragraph_spacing_marks_a_break() -> None:
    lines = [
        geo("dòng một dài", 1),
        Line("dòng hai", 1, 20, 100, gap_before=2.0),
        Line("Mục mới", 1, 20, 100, gap_before=9.0),
    ]
    assert lines_to_text(lines, line_height=14.0) == "dòng một dài dòng hai\nMục mới"


def test_without_geometry_the_text_decides() -> None:
    assert joiner(Line("trên địa bàn tỉnh;"), Line("xử lý kịp thời")) == " "
    assert joiner(Line("1. Tỷ lệ người dân."), Line("2. Tỷ lệ khác")) == "\n"
    assert joiner(Line("giáo dục của toàn"), Line("ngành; Tăng cường")) == " "
    assert joiner(Line("kết thúc câu."), Line("Câu mới bắt đầu")) == "\n"


def test_docx_paragraphs_stay_paragraphs() -> None:
    assert lines_to_text([Line("a", paragraph_end=True), Line("b", paragraph_end=True)]) == "a\nb"


words = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ-/.;", min_size=1, max_size=12)


@given(st.lists(st.tuples(words, st.floats(0, 300), st.floats(1, 80)), min_size=1, max_size=30))
def test_reflow_never_loses_or_adds_a_visible_character(spec: list[tuple[str, float, float]]) -> None:
    lines = [Line(text=t, slack=s, first_word_width=w, width=100.0) for t, s, w in spec]
    out = lines_to_text(lines)
    assert sorted(out.replace(" ", "").replace("\n", "")) == sorted("".join(t for t, _, _ in spec).replace(" ", ""))


def test_a_bullet_alone_on_its_line_after_an_item_end_starts_an_item() -> None:
    lines = [
        Line("tiêu 5)", slack=6.0, first_word_width=26.0, first_char_width=5.0),
        Line("-", slack=40.1, first_word_width=8.2, first_char_width=4.0),
        Line("Phòng", slack=4.4, first_word_width=43.9, first_char_width=9.0),
        Line("Y tế", slack=-0.3, first_word_width=12.8, first_char_width=6.0),
    ]
    assert lines_to_text(lines) == "tiêu 5)\n- Phòng Y tế"


def test_vietnamese_syllables() -> None:
    from extract.reflow import is_vietnamese_syllable

    assert all(map(is_vietnamese_syllable, ["nghiêng", "rạch", "trường", "huynh", "xoong", "Công", "uyên", "tài"]))
    assert not any(map(is_vietnamese_syllable, ["et", "Intern", "tàing", "côngkha", "baot", "an" + "h" * 3]))
    # "iê", "uô", "ươ" need a final: the first part of a cut "truyền", "người", "muốn"
    assert not any(map(is_vietnamese_syllable, ["truyề", "ngườ", "muố", "tiê"]))
    assert all(map(is_vietnamese_syllable, ["truyền", "người", "muốn", "yêu", "khuya", "thuở"]))


def test_a_syllable_reportlab_cut_with_a_little_room_left_is_one_word() -> None:
    """audit47 F3: reportlab cuts "Truyền" leaving 6.24 pt where "n" needs 6.12 (its own padding)."""
    lines = [
        Line("tin và", slack=8.08, first_word_width=14.65, first_char_width=3.05, width=26.27),
        Line("Truyề", slack=6.24, first_word_width=31.15, first_char_width=6.71, width=28.1),
        Line("n", slack=28.23, first_word_width=9.16, first_char_width=6.12, width=6.12),
        Line("thông", slack=6.84, first_word_width=30.56, first_char_width=3.05, width=27.51),
    ]
    assert lines_to_text(lines) == "tin và Truyền thông"
    # whole syllables with as little room stay two words ("Thông" | "tin")
    whole = [Line("Thông", 3.17, 34.22, 6.71, 31.17), Line("tin và", 8.08, 14.65, 3.05, 26.27)]
    assert lines_to_text(whole) == "Thông tin và"


def test_an_acronym_cut_before_its_dash_or_ampersand_is_one_word() -> None:
    """audit47 F3: reportlab draws "Sở LĐ" | "-TB&X" | "H" and "Sở TN" | "&MT" in a narrow column."""
    dash = [
        Line("Sở LĐ", slack=2.71, first_word_width=17.58, first_char_width=7.33, width=31.64),
        Line("-TB&X", slack=2.0, first_word_width=35.4, first_char_width=3.66, width=32.35),
        Line("H", slack=26.4, first_word_width=10.99, first_char_width=7.94, width=7.94),
    ]
    assert lines_to_text(dash) == "Sở LĐ-TB&XH"
    amp = [Line("Sở TN", 5.91, 17.58, 7.33, 32.23), Line("&MT", 14.94, 26.25, 7.33, 23.2)]
    assert lines_to_text(amp) == "Sở TN&MT"
    # audit49 F2: cut after the "&"; a spaced "&" keeps its spaces
    assert lines_to_text([Line("Sở VH,TT&", 3.0, 40.0, 7.3, 50.0), Line("DL", 30.0, 15.0, 7.3, 14.0)]) == "Sở VH,TT&DL"
    spaced = [Line("Sở Văn hóa &", 3.0, 40.0, 7.3, 50.0), Line("Thể thao", 30.0, 15.0, 7.3, 30.0)]
    assert lines_to_text(spaced) == "Sở Văn hóa & Thể thao"
    # a bullet typed without its space opens a capitalised word: it stays apart
    bullet = [Line("UBND", 1.0, 30.0, 7.94, 31.0), Line("-Tổ chức", 40.0, 30.0, 3.66, 30.0)]
    assert lines_to_text(bullet) == "UBND -Tổ chức"
    # review47 M3: bullets typed without their space, each a full line of a narrow column
    items = [Line("-UBMTTQVN", 1.0, 40.0, 3.66, 42.0), Line("-HĐND", 20.0, 25.0, 3.66, 25.0)]
    assert lines_to_text(items) == "-UBMTTQVN -HĐND"


def test_a_word_cut_twice_is_judged_whole() -> None:
    # "Cô" | "ng" | "kha" | "i": "Công" + "kha" is no syllable, so "kha" starts the next word.
    lines = [
        Line("Cô", slack=5.4, first_word_width=16.3, first_char_width=7.3),
        Line("ng", slack=5.8, first_word_width=15.9, first_char_width=6.7),
        Line("kha", slack=0.0, first_word_width=21.8, first_char_width=6.1),
        Line("i", slack=16.2, first_word_width=5.5, first_char_width=2.9),
    ]
    assert lines_to_text(lines) == "Công khai"


def test_a_word_chromium_broke_at_a_soft_hyphen_is_one_word_without_the_hyphen() -> None:
    """audit35 F5: Chromium draws the break as "UBMT‐" (U+2010) | "TQVN", the text layer holding U+00AD."""
    lines = [geo("Đề nghị: UBMT\u2010", 2.0, 30.0), geo("TQVN thành phố", 40.0, 26.0)]
    assert lines_to_text(lines) == "Đề nghị: UBMTTQVN thành phố"
    typed = [geo("giai đoạn 2022-", 2.0, 30.0), geo("2025 và", 40.0, 26.0)]
    assert lines_to_text(typed) == "giai đoạn 2022-2025 và"  # a typed hyphen stays


def test_a_number_cut_after_a_thousands_separator_is_one_number() -> None:
    """audit51 F5: reportlab cut "50.000.000 đồng" in a narrow budget column as "50.000." | "000 đồng"."""
    cut = [Line("50.000.", 1.0, 30.0, 5.5, 33.0), Line("000 đồng", 20.0, 17.0, 5.5, 40.0)]
    assert lines_to_text(cut) == "50.000.000 đồng"
    ended = [Line("tăng 12.", 1.0, 30.0, 5.5, 33.0), Line("500 hộ dân", 20.0, 17.0, 5.5, 40.0)]
    assert lines_to_text(ended) != "tăng 12.500 hộ dân"  # a sentence's number, no group before the stop
