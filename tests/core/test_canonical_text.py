"""core.text.canonical_text: one line structure for a cell, whichever reader made it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.text import canonical_text, list_items


def test_inline_numbered_items_of_the_cells_list_get_a_line_each() -> None:
    text = "3. Thông tin nhận được là hữu ích. 4. Tỷ lệ người dân tin cậy. 5. Tỷ lệ khác."
    assert canonical_text(text) == "3. Thông tin nhận được là hữu ích.\n4. Tỷ lệ người dân tin cậy.\n5. Tỷ lệ khác."


def test_a_number_that_does_not_continue_the_list_stays_inline() -> None:
    assert canonical_text("1. Thực hiện Điều 7. 3. Quy định") == "1. Thực hiện Điều 7. 3. Quy định"
    assert canonical_text("Theo Nghị định. 2. Quy định") == "Theo Nghị định. 2. Quy định"


def test_a_list_continued_from_the_line_before_is_split_too() -> None:
    assert canonical_text("1. Một.\n2. Hai. 3. Ba.") == "1. Một.\n2. Hai.\n3. Ba."


def test_inline_bullets_after_an_item_end_get_a_line_each() -> None:
    assert canonical_text("phòng chống tội phạm. - Phát huy vai trò") == "phòng chống tội phạm.\n- Phát huy vai trò"


def test_dashes_inside_names_and_phrases_are_no_bullets() -> None:
    for text in ("các tổ chức chính trị - xã hội", "Phòng Tài chính – Kế hoạch", "giai đoạn 2022 - 2025"):
        assert canonical_text(text) == text


def test_a_line_starting_mid_sentence_continues_the_line_before() -> None:
    assert canonical_text("Sở Thông tin\nvà Truyền thông") == "Sở Thông tin và Truyền thông"
    assert canonical_text("UBND cấp xã;\nphối hợp thực hiện.") == "UBND cấp xã; phối hợp thực hiện."


def test_lettered_items_and_capitalised_lines_keep_their_breaks() -> None:
    lettered = "Các nội dung:\na) Tuyên truyền\nb) Tập huấn"
    assert canonical_text(lettered) == lettered
    assert canonical_text("Phòng Nội vụ\nUBND cấp xã") == "Phòng Nội vụ\nUBND cấp xã"


def test_list_items_reports_the_lists_last_number() -> None:
    assert list_items("5. Một. 6. Hai.", 0) == (["5. Một.", "6. Hai."], 6)


_WORDS = st.sampled_from(
    [
        "Tỷ",
        "lệ",
        "người",
        "dân.",
        "và",
        "Thông",
        "tin;",
        "-",
        "–",
        "+",
        "1.",
        "2.",
        "3)",
        "a)",
        "hữu",
        "ích.",
        "\n",
        "(các",
        "Sở",
        "xã,",
    ]
)


@given(st.lists(_WORDS, max_size=40))
def test_canonical_text_is_a_fixed_point(words: list[str]) -> None:
    once = canonical_text(" ".join(words))
    assert canonical_text(once) == once


@given(st.lists(_WORDS, max_size=40))
def test_canonical_text_keeps_every_word_in_order(words: list[str]) -> None:
    text = " ".join(words)
    assert canonical_text(text).split() == text.split()
