"""Cells into pieces and spans: separators, requests, parenthesised qualifiers, names run together."""

from __future__ import annotations

import pytest

from normalize.segment import Piece, cell_to_pieces
from normalize.split import split_piece


def test_parenthesis_without_space_and_bullets() -> None:
    cell = (
        "- Thanh tra thành phố(chỉ tiêu từ 1-4),\n- Phòng Tài nguyên và Môi trường (chỉ tiêu 5)\n"
        "- Phòng Y tế (chỉ tiêu 6)"
    )
    assert cell_to_pieces(cell) == (
        Piece("Thanh tra thành phố", indicators=(1, 2, 3, 4)),
        Piece("Phòng Tài nguyên và Môi trường", indicators=(5,)),
        Piece("Phòng Y tế", indicators=(6,)),
    )


def test_other_notes_keep_their_commas_and_keywords() -> None:
    cell = "Phòng Tư pháp (là cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật)"
    (piece,) = cell_to_pieces(cell)
    assert piece == Piece("Phòng Tư pháp", note="là cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Đề nghị UBMTTQVN các cấp phối hợp", [("UBMTTQVN các cấp", True)]),
        ("Đề nghị: UBMTTQVN thành phố và các tổ chức phối hợp", [("UBMTTQVN thành phố và các tổ chức", True)]),
        (
            "- Phòng Văn hóa và Thông tin;\n- Đề nghị Ban Tuyên giáo Thành ủy phối hợp.",
            [("Phòng Văn hóa và Thông tin", False), ("Ban Tuyên giáo Thành ủy", True)],
        ),
        ("Phòng Y tế; đề nghị Công an phối hợp thực hiện", [("Phòng Y tế", False), ("Công an", True)]),
    ],
)
def test_requests_mark_what_they_hold(cell: str, expected: list[tuple[str, bool]]) -> None:
    assert [(p.text, p.requested) for p in cell_to_pieces(cell)] == expected


def known(*names: str):  # type: ignore[no-untyped-def]
    return lambda span: 1.0 if span in names else 0.0


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Phòng Y tế;\n(chỉ tiêu 1,2)", (Piece("Phòng Y tế", indicators=(1, 2)),)),
        ("(ghi chú);\nPhòng Y tế", (Piece("Phòng Y tế", note="ghi chú"),)),
        ("(Phòng Y tế)", (Piece("Phòng Y tế"),)),  # a body's name in parentheses is a mention
        ("(ghi chú)", (Piece("(ghi chú)"),)),
        ("và (Ban) ", (Piece("(Ban)"),)),
        ("và và (Ban) ", (Piece("(Ban)"),)),
        ("và Phòng Y tế", (Piece("Phòng Y tế"),)),
        ("vàng", (Piece("vàng"),)),  # a lone "và" is no piece, so its parenthesis is not lost
    ],
)
def test_a_parenthesis_without_a_piece_before_it_is_kept(cell: str, expected: tuple[Piece, ...]) -> None:
    assert cell_to_pieces(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("- Phòng Nội vụ - Phòng Tư pháp - UBND các phường", ["Phòng Nội vụ", "Phòng Tư pháp", "UBND các phường"]),
        ("– Phòng Y tế – Trung tâm Y tế", ["Phòng Y tế", "Trung tâm Y tế"]),
        ("- Phòng Tài chính - Kế hoạch", ["Phòng Tài chính - Kế hoạch"]),  # the hyphen of a name
        ("- Phòng Lao động - Thương binh và Xã hội", ["Phòng Lao động - Thương binh và Xã hội"]),
        ("- Các tổ chức chính trị - xã hội", ["Các tổ chức chính trị - xã hội"]),
        ("Phòng Nội vụ - Phòng Tư pháp", ["Phòng Nội vụ - Phòng Tư pháp"]),  # no leading bullet: the list decides
        ("- Phòng Y tế -", ["Phòng Y tế"]),
    ],
)
def test_inline_bullets_after_a_leading_bullet(cell: str, expected: list[str]) -> None:
    assert [p.text for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Các phòng: Nội vụ, Y tế (chỉ tiêu 2)", (Piece("Nội vụ, Y tế", indicators=(2,), head="phòng"),)),
        ("Sở: Tư pháp; Phòng Y tế", (Piece("Tư pháp", head="sở"), Piece("Phòng Y tế"))),
        ("Các Trung tâm: Y tế, Văn hóa", (Piece("Y tế, Văn hóa", head="trung tâm"),)),
        # no list after ":", or a ":" after no head noun: nothing is shared
        ("Hội: -", (Piece("Hội"),)),
        ("Ghi chú: Phòng Y tế", (Piece("Ghi chú: Phòng Y tế"),)),
        ("Đề nghị: Phòng Y tế phối hợp", (Piece("Phòng Y tế", requested=True),)),
    ],
)
def test_a_head_noun_before_a_colon_is_shared(cell: str, expected: tuple[Piece, ...]) -> None:
    assert cell_to_pieces(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Phòng TC-KH/Phòng Nội vụ", ["Phòng TC-KH", "Phòng Nội vụ"]),
        ("Phòng TC-KH/ Phòng Nội vụ", ["Phòng TC-KH", "Phòng Nội vụ"]),
        ("Phòng Y tế / UBND các xã", ["Phòng Y tế", "UBND các xã"]),
        (
            "Bộ Chỉ huy Quân sự tỉnh / Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            ["Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
        ),
        # not between words of one name, levels or dates, nor before a lower-case word
        ("UBND xã/phường", ["UBND xã/phường"]),
        ("Trưởng thôn/tổ dân phố", ["Trưởng thôn/tổ dân phố"]),
        ("Các phòng/ban có liên quan", ["Các phòng/ban có liên quan"]),
        ("Phòng Nội vụ, quý 12/2024", ["Phòng Nội vụ, quý 12/2024"]),
        ("Phòng Nội vụ (theo QĐ 12/Phòng)", ["Phòng Nội vụ"]),
    ],
)
def test_a_slash_before_a_capitalised_head_noun_parts_two_bodies(cell: str, expected: list[str]) -> None:
    assert [piece.text for piece in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Sở Y tế/CDC tỉnh", ["Sở Y tế", "CDC tỉnh"]),
        ("Phòng Y tế / BHXH", ["Phòng Y tế", "BHXH"]),
        # not between two runs of initials (one name's initials), nor before a lower-case word or a digit
        ("Phòng TC/KH", ["Phòng TC/KH"]),
        ("UBND xã/phường", ["UBND xã/phường"]),
        ("Phòng Nội vụ, quý 12/2024", ["Phòng Nội vụ, quý 12/2024"]),
        ("Phòng Nội vụ/ 2024", ["Phòng Nội vụ/ 2024"]),
    ],
)
def test_a_slash_before_initials_after_a_word_parts_two_bodies(cell: str, expected: list[str]) -> None:
    assert [piece.text for piece in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Phòng Y tế + Phòng Nội vụ", ["Phòng Y tế", "Phòng Nội vụ"]),
        ("Phòng Y tế +UBND các xã", ["Phòng Y tế", "UBND các xã"]),
        ("+ Phòng Y tế + Công an thành phố", ["Phòng Y tế", "Công an thành phố"]),
        # not before a word that opens no name
        ("Phòng Y tế + 2 cán bộ", ["Phòng Y tế + 2 cán bộ"]),
        ("Phòng NN + PTNT", ["Phòng NN + PTNT"]),
    ],
)
def test_a_plus_before_a_head_noun_is_a_bullet_run_on(cell: str, expected: list[str]) -> None:
    assert [piece.text for piece in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("đề nghị Công an thành phố cùng tham gia", [("Công an thành phố", True)]),
        ("Đề nghị Ban Dân vận phối hợp chỉ đạo", [("Ban Dân vận", True)]),
        ("Đề nghị Công an cùng phối hợp thực hiện", [("Công an", True)]),
        ("Đề nghị Hội Nông dân tham gia", [("Hội Nông dân", True)]),
        ("Đề nghị Công an cùng thực hiện.", [("Công an", True)]),
        # "chỉ đạo" or "thực hiện" ends a request only after "phối hợp" or "cùng"
        ("Đề nghị Ban Chỉ đạo 138", [("Ban Chỉ đạo 138", True)]),
        ("Đề nghị Ban chỉ đạo", [("Ban chỉ đạo", True)]),
        ("Đề nghị Ban Chỉ đạo 138 phối hợp", [("Ban Chỉ đạo 138", True)]),
        ("Đề nghị Hội Cựu chiến binh cùng Hội Nông dân phối hợp", [("Hội Cựu chiến binh cùng Hội Nông dân", True)]),
    ],
)
def test_request_words_stay_out_of_the_mentions(cell: str, expected: list[tuple[str, bool]]) -> None:
    assert [(p.text, p.requested) for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a request opened by "Đề nghị:" runs over the lines of its list to the closing words
        (
            "Đề nghị:\n- Hội Nông dân;\n- Hội Phụ nữ\nphối hợp thực hiện.",
            [("Hội Nông dân", True), ("Hội Phụ nữ", True)],
        ),
        ("Đề nghị: Hội Nông dân,\nHội Phụ nữ phối hợp", [("Hội Nông dân", True), ("Hội Phụ nữ", True)]),
        # without closing words on a later line, the request is its own line's, as before
        ("Đề nghị Hội Nông dân\nHội Phụ nữ", [("Hội Nông dân", True), ("Hội Phụ nữ", False)]),
        ("Đề nghị Hội Nông dân phối hợp giám sát", [("Hội Nông dân", True)]),
        # verbs after a name outside a request are no part of it; a board's name keeps its own
        ("Hội Nông dân tham gia", [("Hội Nông dân", False)]),
        ("Đề nghị Hội Nông dân phối hợp tuyên truyền, vận động", [("Hội Nông dân", True)]),
        ("Hội Nông dân cùng phối hợp thực hiện (chỉ tiêu 2)", [("Hội Nông dân", False)]),
        ("Ban giám sát", [("Ban giám sát", False)]),
    ],
)
def test_requests_over_lines_and_verbs_after_names(cell: str, expected: list[tuple[str, bool]]) -> None:
    assert [(p.text, p.requested) for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1. Hội Nông dân\n2. Hội Phụ nữ", ["Hội Nông dân", "Hội Phụ nữ"]),
        ("a) Hội Nông dân; b) Hội Phụ nữ", ["Hội Nông dân", "Hội Phụ nữ"]),
        ("P. Nội vụ", ["P. Nội vụ"]),  # "P." is Phòng, not a list's letter
        ("Ban Chỉ đạo 138", ["Ban Chỉ đạo 138"]),
    ],
)
def test_list_item_marks_are_no_part_of_names(cell: str, expected: list[str]) -> None:
    assert [p.text for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # requests and scopes typed without marks
        ("De nghi Hoi Nong dan phoi hop", [("Hoi Nong dan", True, (), None)]),
        ("Hội Nông dân (chi tieu 2, 3)", [("Hội Nông dân", False, (2, 3), None)]),
        ("Hội Nông dân (đề nghị phối hợp)", [("Hội Nông dân", True, (), None)]),
        # a scope as the label of its line
        (
            "Chỉ tiêu 1, 2: Hội Nông dân\nChỉ tiêu 3: Hội Phụ nữ",
            [("Hội Nông dân", False, (1, 2), None), ("Hội Phụ nữ", False, (3,), None)],
        ),
        # what the body is to do, before or after its name, is the note
        ("Giao Hội Nông dân theo dõi, đôn đốc", [("Hội Nông dân", False, (), "Giao; theo dõi, đôn đốc")]),
        ("Phối hợp với Hội Nông dân", [("Hội Nông dân", False, (), "Phối hợp với")]),
        ("Các đơn vị: Hội Nông dân", [("Hội Nông dân", False, (), "Các đơn vị")]),
        ("Giao duc va Dao tao", [("Giao duc va Dao tao", False, (), None)]),  # "Giáo dục" typed without marks
        ("Đoàn Thanh niên", [("Đoàn Thanh niên", False, (), None)]),
    ],
)
def test_tasks_requests_and_scopes_around_names(
    cell: str, expected: list[tuple[str, bool, tuple[int, ...], str | None]]
) -> None:
    pieces = cell_to_pieces(cell)
    assert [(p.text, p.requested, tuple(sorted({*p.indicators, *p.scope})), p.note) for p in pieces] == expected


def test_a_spaced_ampersand_joins_names_and_a_slash_parts_them_before_p() -> None:
    scorer = known("Phòng Nội vụ", "Phòng Tư pháp", "Phòng TN & MT")
    assert split_piece("Phòng Nội vụ & Phòng Tư pháp", scorer) == ("Phòng Nội vụ", "Phòng Tư pháp")
    assert split_piece("Phòng TN & MT", scorer) == ("Phòng TN & MT",)
    assert [p.text for p in cell_to_pieces("P.Tư pháp/P.Nội vụ")] == ["P.Tư pháp", "P.Nội vụ"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a scope label covers every body of its line; a parenthesis after a request's closing words is the request's
        ("Chỉ tiêu 1, 2: Hội Nông dân, Hội Phụ nữ", [("Hội Nông dân, Hội Phụ nữ", False, (), (1, 2))]),
        (
            "Đề nghị Hội Nông dân phối hợp (chỉ tiêu 3, 4); Ban CHQS",
            [("Hội Nông dân", True, (3, 4), ()), ("Ban CHQS", False, (), ())],
        ),
        # a list number before a request; a request closed by a verb alone; a parenthesis of several parts
        (
            "1. Hội Nông dân\n2. Đề nghị Hội Phụ nữ phối hợp",
            [("Hội Nông dân", False, (), ()), ("Hội Phụ nữ", True, (), ())],
        ),
        ("Đề nghị Sở Nội vụ hướng dẫn", [("Sở Nội vụ", True, (), ())]),
        ("Hội Nông dân (cơ quan thường trực; chỉ tiêu 1, 2)", [("Hội Nông dân", False, (1, 2), ())]),
    ],
)
def test_scopes_and_requests_around_lists(
    cell: str, expected: list[tuple[str, bool, tuple[int, ...], tuple[int, ...]]]
) -> None:
    assert [(p.text, p.requested, p.indicators, p.scope) for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("I. Hội Nông dân", [("Hội Nông dân", (), None)]),  # a Roman list number
        ("Hội Nông dân - chỉ tiêu 4", [("Hội Nông dân", (4,), None)]),  # a scope after a dash or colon
        ("Hội Nông dân: chỉ tiêu 4", [("Hội Nông dân", (4,), None)]),
        ("Hội Nông dân [chỉ tiêu 4]", [("Hội Nông dân", (4,), None)]),  # brackets as parentheses
        ("Hội Nông dân phối hợp với Hội Phụ nữ", [("Hội Nông dân", (), None), ("Hội Phụ nữ", (), None)]),
        ("Hội Nông dân là cơ quan thường trực", [("Hội Nông dân", (), "là cơ quan thường trực")]),
    ],
)
def test_list_numbers_scopes_and_partners_written_otherwise(
    cell: str, expected: list[tuple[str, tuple[int, ...], str | None]]
) -> None:
    assert [(p.text, p.indicators, p.note) for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            "Chủ trì: Hội Nông dân; phối hợp: Hội Phụ nữ",
            [("Hội Nông dân", False, (), "Chủ trì"), ("Hội Phụ nữ", False, (), "phối hợp")],
        ),
        ("Hội Nông dân (chủ trì chỉ tiêu 1, 2)", [("Hội Nông dân", False, (1, 2), None)]),
        (
            "Đề nghị:\n- Hội Nông dân;\n- Thành đoàn.",
            [("Hội Nông dân", True, (), None), ("Thành đoàn", True, (), None)],
        ),
        ("Đề nghị Hội Nông dân phối hợp thực hiện chỉ tiêu 2", [("Hội Nông dân", True, (2,), None)]),
        (
            "Đề nghị phối hợp: Hội Nông dân; Thành đoàn",
            [("Hội Nông dân", True, (), None), ("Thành đoàn", True, (), None)],
        ),
        ("Đề nghị Hội Nông dân\nHội Phụ nữ", [("Hội Nông dân", True, (), None), ("Hội Phụ nữ", False, (), None)]),
    ],
)
def test_roles_and_requests_written_as_labels(
    cell: str, expected: list[tuple[str, bool, tuple[int, ...], str | None]]
) -> None:
    assert [(p.text, p.requested, p.indicators, p.note) for p in cell_to_pieces(cell)] == expected


def test_roles_after_names_before_commas_part_the_bodies() -> None:
    pieces = cell_to_pieces("Hội Nông dân chủ trì, Hội Phụ nữ phối hợp")
    assert [(p.text, p.note) for p in pieces] == [("Hội Nông dân, Hội Phụ nữ", None)]
    pieces = cell_to_pieces("Hội Nông dân chủ trì, tổng hợp báo cáo")  # a task, not a second body
    assert [(p.text, p.note) for p in pieces] == [("Hội Nông dân", "chủ trì, tổng hợp báo cáo")]
    pieces = cell_to_pieces("Đảng uỷ phường lãnh đạo, UBND phường tổ chức thực hiện")  # a committee's role
    assert [(p.text, p.note) for p in pieces] == [("Đảng uỷ phường, UBND phường", "tổ chức thực hiện")]
    pieces = cell_to_pieces("Ban chỉ đạo, Sở Nội vụ")  # a bare head keeps the words: they are its name
    assert [p.text for p in pieces] == ["Ban chỉ đạo, Sở Nội vụ"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Hội Nông dân (thường trực Hội đồng phối hợp PBGDPL)", [("Hội Nông dân", False)]),  # inside a parenthesis
        ("Hội Nông dân chủ trì, phối hợp với các phòng, ban", [("Hội Nông dân", False), ("các phòng, ban", False)]),
        ("Hội Nông dân phối hợp đồng bộ", [("Hội Nông dân phối hợp đồng bộ", False)]),  # no name after it
        ("Đề nghị Hội Nông dân giám sát; các phòng, ban", [("Hội Nông dân", True), ("các phòng, ban", False)]),
    ],
)
def test_partners_after_phoi_hop_and_requests_closed_before_a_semicolon(
    cell: str, expected: list[tuple[str, bool]]
) -> None:
    assert [(p.text, p.requested) for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Kính đề nghị Hội Nông dân cùng phối hợp", [("Hội Nông dân", True, None)]),
        ("Hội Nông dân chỉ đạo", [("Hội Nông dân", False, "chỉ đạo")]),
        ("Hội Nông dân bố trí kinh phí", [("Hội Nông dân", False, "bố trí kinh phí")]),
        ("Ban chỉ đạo", [("Ban chỉ đạo", False, None)]),
    ],
)
def test_more_request_openers_and_tasks(cell: str, expected: list[tuple[str, bool, str | None]]) -> None:
    assert [(p.text, p.requested, p.note) for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Hội đồng phối hợp PBGDPL thành phố", ["Hội đồng phối hợp PBGDPL thành phố"]),  # "phối hợp" in a name
        ("Ủy ban kiểm tra Thành ủy", ["Ủy ban kiểm tra Thành ủy"]),  # a task word after a bare head is its name
        ("Các sở, ban, ngành tỉnh", ["Các sở, ban, ngành tỉnh"]),  # one plural group, listed with commas
        ("các cơ quan, đơn vị liên quan", ["các cơ quan, đơn vị liên quan"]),
    ],
)
def test_names_holding_task_words_and_plural_groups_stay_whole(cell: str, expected: list[str]) -> None:
    assert [p.text for p in cell_to_pieces(cell)] == expected
    assert split_piece(expected[0], known()) == tuple(expected)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Hội Nông dân và\nHội Phụ nữ", ["Hội Nông dân và\nHội Phụ nữ"]),  # a new line after "và" cuts nothing
        ("Hội Nông dân\nHội Phụ nữ", ["Hội Nông dân", "Hội Phụ nữ"]),
        ("<p>Hội Nông dân</p><p>Hội Phụ nữ</p>", ["Hội Nông dân", "Hội Phụ nữ"]),  # block markup is a line break
        ("<b>Hội</b> Nông dân<br/>Hội Phụ nữ", ["Hội Nông dân", "Hội Phụ nữ"]),  # inline markup is nothing
    ],
)
def test_new_lines_after_joiners_and_markup(cell: str, expected: list[str]) -> None:
    assert [p.text for p in cell_to_pieces(cell)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Sở Xây dựng (lĩnh vực giao thông) / Sở Công Thương", ["Sở Xây dựng", "Sở Công Thương"]),  # "/" after ")"
        ("Phòng Kinh tế / Bưu điện tỉnh Nghệ An", ["Phòng Kinh tế", "Bưu điện tỉnh Nghệ An"]),
        ("thôn/tổ dân phố", ["thôn/tổ dân phố"]),  # "/" before no capitalised head still joins
        ("Chủ tịch UBND tỉnh (giao Sở Nội vụ chủ trì tham mưu)", ["Chủ tịch UBND tỉnh", "Sở Nội vụ"]),  # handed to
    ],
)
def test_slash_after_parenthesis_and_bodies_handed_a_task_part(cell: str, expected: list[str]) -> None:
    assert [p.text for p in cell_to_pieces(cell)] == expected


def test_people_after_a_request_verb_are_a_note_not_a_body() -> None:
    pieces = cell_to_pieces("Đề nghị UB MTTQ phường phối hợp vận động nhân dân")
    assert [(p.text, p.note) for p in pieces] == [("UB MTTQ phường", "nhân dân")]


def test_task_words_before_a_list_go_with_every_body_of_it() -> None:
    """samples/audit25 F3: "Phối hợp: A, B" in a plan's one agency column says both coordinate."""
    from core.model import Jurisdiction
    from normalize.lists import list_for
    from normalize.match import resolve_cell

    agencies = list_for(Jurisdiction("province", "tỉnh", "Quảng Trị", "Quảng Trị", 2026))
    found = resolve_cell("Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính, Công an tỉnh", agencies)
    assert [(m.name, m.note) for m in found] == [
        ("Sở Nội vụ", "Chủ trì"),
        ("Sở Tài chính", "Phối hợp"),
        ("Công an tỉnh Quảng Trị", "Phối hợp"),
    ]
    (piece,) = cell_to_pieces("Giao Phòng Nội vụ chủ trì, tổng hợp")  # after the name: its own task
    assert (piece.note, piece.lead_note) == ("Giao; chủ trì, tổng hợp", "Giao")
