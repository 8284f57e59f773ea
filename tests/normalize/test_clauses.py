"""Clauses: a request covering its sentence, a body named in parentheses, scope tails and request verbs."""

from __future__ import annotations

import pytest

from normalize.clauses import CLAUSE_RULES, names_a_body, requested_parts
from normalize.keys import expanded_key, level_key
from normalize.scopes import parse_indicators
from normalize.segment import Piece, cell_to_pieces


def test_request_covers_the_parts_closed_by_its_words() -> None:
    cell = "Đề nghị Hội Cựu chiến binh xã chủ trì giám sát; Hội Nông dân xã, Đoàn Thanh niên xã phối hợp"
    pieces = cell_to_pieces(cell)
    assert [p.text for p in pieces] == ["Hội Cựu chiến binh xã", "Hội Nông dân xã, Đoàn Thanh niên xã"]
    assert all(p.requested for p in pieces)


def test_a_part_not_closed_by_the_request_words_is_not_asked() -> None:
    pieces = cell_to_pieces("Đề nghị Hội Nông dân xã phối hợp; Phòng Kinh tế")
    assert [(p.text, p.requested) for p in pieces] == [("Hội Nông dân xã", True), ("Phòng Kinh tế", False)]
    assert requested_parts("Phòng Kinh tế", "Phòng Kinh tế") == [("Phòng Kinh tế", False)]


def test_a_request_asks_the_partner_its_body_leads() -> None:
    cell = "Đề nghị Ủy ban MTTQVN xã chủ trì, phối hợp các tổ chức chính trị - xã hội giám sát"
    assert [(p.text, p.requested) for p in cell_to_pieces(cell)] == [
        ("Ủy ban MTTQVN xã", True),
        ("các tổ chức chính trị - xã hội", True),
    ]
    cell = "Đề nghị Hội Nông dân phối hợp; Phòng Kinh tế phối hợp với Phòng Tư pháp"
    assert [p.requested for p in cell_to_pieces(cell)] == [True, False, False]


@pytest.mark.parametrize(
    ("cell", "body"),
    [
        ("Đề nghị Đảng ủy phường lãnh đạo, chỉ đạo", "Đảng ủy phường"),
        ("Đề nghị Ban Thường vụ Thành ủy lãnh đạo", "Ban Thường vụ Thành ủy"),
        ("Đề nghị HĐND phường giám sát (việc triển khai)", "HĐND phường"),
        ("Đề nghị HĐND xã giám sát việc thực hiện", "HĐND xã"),
        ("Đề nghị Hội Cựu chiến binh xã vận động hội viên tham gia", "Hội Cựu chiến binh xã"),
        ("Đề nghị Hội Nông dân phường tuyên truyền, vận động các tầng lớp nhân dân", "Hội Nông dân phường"),
        ("Đề nghị Đoàn Thanh niên xã phổ biến đến đoàn viên", "Đoàn Thanh niên xã"),
    ],
)
def test_request_verbs_are_no_part_of_the_name(cell: str, body: str) -> None:
    (piece,) = cell_to_pieces(cell)
    assert (piece.text, piece.requested) == (body, True)


def test_body_with_its_level_in_parentheses_is_a_body_of_its_own() -> None:
    assert cell_to_pieces("Sở Y tế (Trung tâm Kiểm soát bệnh tật tỉnh)") == (
        Piece("Sở Y tế"),
        Piece("Trung tâm Kiểm soát bệnh tật tỉnh"),
    )
    assert cell_to_pieces("Văn phòng UBND tỉnh (Trung tâm Tin học)") == (
        Piece("Văn phòng UBND tỉnh"),
        Piece("Trung tâm Tin học"),
    ), "without a level: a unit of the body before, a mention of its own"
    assert cell_to_pieces("VP UBND tỉnh (Cổng Thông tin điện tử tỉnh)")[1] == Piece("Cổng Thông tin điện tử tỉnh")
    assert cell_to_pieces("Sở Tài chính (trước đây là Sở Kế hoạch và Đầu tư)") == (
        Piece("Sở Tài chính", note="trước đây là Sở Kế hoạch và Đầu tư"),
    ), "a former name: the body before, named once, its former name the note"
    assert cell_to_pieces("Sở NN và MT (Sở TN&MT tỉnh cũ)") == (Piece("Sở NN và MT", note="Sở TN&MT tỉnh cũ"),), (
        "a former name with its level: still the one body's note"
    )
    assert cell_to_pieces("UBND xã (qua Phòng Kinh tế)") == (Piece("UBND xã"), Piece("Phòng Kinh tế"))
    assert cell_to_pieces("UBND xã (qua mạng)") == (Piece("UBND xã", note="qua mạng"),)
    assert not names_a_body("chủ trì") and not names_a_body("Các phòng thuộc UBND xã")
    assert cell_to_pieces("UBND tỉnh (qua VP UBND tỉnh)") == (Piece("UBND tỉnh"), Piece("VP UBND tỉnh"))
    assert [name for name, _ in CLAUSE_RULES] == [
        "request-sentence",
        "body-in-parentheses",
        "unit-in-parentheses",
        "named-unit-in-parentheses",
        "body-through",
        "role-in-parentheses",
    ]


def test_role_words_in_a_parenthesis_stay_out_of_its_body() -> None:
    cell = "UBND tỉnh (Văn phòng UBND tỉnh tham mưu)"
    assert cell_to_pieces(cell) == (Piece("UBND tỉnh"), Piece("Văn phòng UBND tỉnh", note="tham mưu"))


def test_a_force_in_a_parenthesis_is_a_unit_only_when_capitalised() -> None:
    assert cell_to_pieces("Công an phường (lực lượng Cảnh sát khu vực)") == (
        Piece("Công an phường"),
        Piece("lực lượng Cảnh sát khu vực"),
    )
    assert cell_to_pieces("Công an phường (lực lượng cảnh sát khu vực)") == (
        Piece("Công an phường", note="lực lượng cảnh sát khu vực"),
    )


@pytest.mark.parametrize(
    ("cell", "unit"),
    [
        ("Công an tỉnh (Phòng PC06)", "Phòng PC06"),
        ("Công an phường (Tổ công tác Đề án 06)", "Tổ công tác Đề án 06"),
        ("Văn phòng HĐND & UBND phường (bộ phận Tư pháp - Hộ tịch)", "bộ phận Tư pháp - Hộ tịch"),
        ("UBND cấp xã (công chức Tư pháp - Hộ tịch)", "công chức Tư pháp - Hộ tịch"),
        ("Công an thành phố (Đội Cảnh sát QLHC về TTXH)", "Đội Cảnh sát QLHC về TTXH"),
        ("Công an xã (Tổ tuần tra ANTT thôn)", "Tổ tuần tra ANTT thôn"),
        ("Công an phường (Tổ BV ANTT)", "Tổ BV ANTT"),
        ("Văn phòng HĐND và UBND xã (Tổ một cửa)", "Tổ một cửa"),
        ("Sở Y tế (Bệnh viện Đa khoa khu vực)", "Bệnh viện Đa khoa khu vực"),
        ("Phòng Văn hóa - Xã hội (Trạm Y tế xã)", "Trạm Y tế xã"),
        ("Công an phường (Phòng cảnh sát PC08)", "Phòng cảnh sát PC08"),
    ],
)
def test_a_unit_in_parentheses_is_a_mention_of_its_own(cell: str, unit: str) -> None:
    assert [p.text for p in cell_to_pieces(cell)] == [cell.split(" (")[0], unit]


@pytest.mark.parametrize(
    ("cell", "note"),
    [
        ("Sở Nội vụ (đầu mối)", "đầu mối"),
        ("Công an thành phố (lực lượng cảnh sát khu vực)", "lực lượng cảnh sát khu vực"),
        ("Sở Tư pháp (Cơ quan thường trực)", "Cơ quan thường trực"),
        ("Sở Xây dựng (Sở GTVT cũ)", "Sở GTVT cũ"),
        ("Sở KH&CN (trước là Sở TT&TT)", "trước là Sở TT&TT"),
        ("Công an tỉnh (PA03)", "PA03"),
        ("Sở Nội vụ (bộ phận phụ trách)", "bộ phận phụ trách"),
        ("UBND xã (Tổ chức thực hiện)", "Tổ chức thực hiện"),
        ("Văn phòng HĐND và UBND xã (tổ một cửa)", "tổ một cửa"),
        ("Công an xã (Đội trưởng chỉ đạo)", "Đội trưởng chỉ đạo"),
    ],
)
def test_a_note_or_a_former_name_in_parentheses_stays_the_note(cell: str, note: str) -> None:
    assert [(p.text, p.note) for p in cell_to_pieces(cell)] == [(cell.split(" (")[0], note)]


def test_contents_numbered_like_indicators() -> None:
    assert parse_indicators("nội dung 1, 2") == (1, 2)
    assert cell_to_pieces("Phòng Kinh tế (nội dung 3)") == (Piece("Phòng Kinh tế", indicators=(3,)),)


def test_scope_tail_taken_off_and_group_kept_whole() -> None:
    pieces = cell_to_pieces("Các cơ quan, đơn vị, UBND các xã theo chức năng, nhiệm vụ được giao")
    assert [(p.text, p.note) for p in pieces] == [
        ("Các cơ quan, đơn vị, UBND các xã", "theo chức năng, nhiệm vụ được giao")
    ]
    assert level_key(expanded_key("UBND các phường, xã có liên quan")) == "ủy ban nhân dân cấp xã"
    assert level_key(expanded_key("Các phòng, ban có liên quan")) == "phòng ban liên quan"


def test_a_request_keeps_its_bodies_apart_from_the_people_they_work_among() -> None:
    cell = "Đề nghị Hội Phụ nữ xã, Hội Nông dân xã vận động hội viên và nhân dân"
    pieces = cell_to_pieces(cell)
    assert [(p.text, p.requested) for p in pieces] == [("Hội Phụ nữ xã, Hội Nông dân xã", True)]
    assert pieces[0].note == "vận động hội viên và nhân dân"
    assert [p.text for p in cell_to_pieces("Ban Chỉ đạo vận động hiến máu tình nguyện xã")] == [
        "Ban Chỉ đạo vận động hiến máu tình nguyện xã"
    ], "a verb with no people after it stays in the name"


@pytest.mark.parametrize(
    ("cell", "body", "note"),
    [
        (
            "Đề nghị Hội Nông dân xã phối hợp tuyên truyền các tầng lớp Nhân dân",
            "Hội Nông dân xã",
            "các tầng lớp Nhân dân",
        ),
        (
            "Đề nghị Đoàn Thanh niên xã phối hợp vận động đoàn viên, hội viên",
            "Đoàn Thanh niên xã",
            "đoàn viên, hội viên",
        ),
    ],
)
def test_the_people_after_a_requests_verbs_are_its_note(cell: str, body: str, note: str) -> None:
    assert [(p.text, p.requested, p.note) for p in cell_to_pieces(cell)] == [(body, True, note)]
