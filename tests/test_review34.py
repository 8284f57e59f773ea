"""Review 34 (samples/review34): three rules that misfired on probes built for them.

j2: a page-top row whose indicator opens with a figure ("97,5% hồ sơ", "2,5 km đường") and that has
its own lead agency and deadline was joined into the row above as the rest of a cut document number.
j1: in a converted DOCX whose rows share agencies merged down from page 1, the row "3." opening page 3
was joined to the row "2." that fills page 2 alone. g1c, g2c: a bare group label took, from the PAPI
code it names, the number the plan writes for another label of its level.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from core.model import FIELDS, CellPiece, Line, PhysicalRow
from extract import extract
from extract.group_numbers import GroupLabels, group_numbers, implied_number_warnings
from extract.merge import merge
from extract.page_joins import continues

PROBES = SAMPLES / "review34"


def _rows(name: str) -> list[tuple[str, tuple[int, ...], str]]:
    return [(r.key, tuple(r.pages), r.indicators.split()[0]) for r in merge(extract(PROBES / name)).rows]


def test_a_page_top_row_opening_with_a_decimal_and_its_own_agency_is_a_row_of_its_own() -> None:
    assert _rows("j2.docx") == [
        ("5.3.1", (1,), "Tỷ"),
        ("5.3.1-2", (2,), "97,5%"),
        ("6.3.1", (2,), "Tỷ"),
        ("6.3.1-2", (3,), "2,5"),
    ]


def test_a_row_opening_with_the_next_list_number_after_a_page_filling_row_is_a_row_of_its_own() -> None:
    rows = _rows("j1.docx")
    assert rows[-2:] == [("2.1.3", (3,), "3."), ("2.1.4", (3,), "4.")]
    assert rows[0][0] == "2.1.1"


def test_the_stt_column_still_tells_every_row() -> None:
    assert [(key, pages) for key, pages, _ in _rows("j1_stt.docx")] == [
        ("2.1.1", (1,)),
        ("2.1.2", (2,)),
        ("2.1.3", (3,)),
        ("2.1.4", (3,)),
    ]


@pytest.mark.parametrize(("name", "keys"), [("g1c.docx", ["1.1.1", "1.2.1", "1.3.1"])])
def test_a_bare_component_does_not_take_the_number_the_plan_wrote_for_another(name: str, keys: list[str]) -> None:
    document = merge(extract(PROBES / name))
    assert [r.key for r in document.rows] == keys
    assert any("(1.3.1)" in warning for warning in document.warnings)


def test_a_bare_dimension_does_not_take_the_number_the_plan_wrote_for_another() -> None:
    document = merge(extract(PROBES / "g2c.docx"))
    assert [r.key for r in document.rows] == ["1.1.1", "2.1.1", "3.1.1", "4.1.1"]
    assert any("(4.1.1)" in warning for warning in document.warnings)


def test_only_a_papi_number_the_plan_wrote_for_another_label_is_refused() -> None:
    rows = [
        GroupLabels("I. Tham gia", 1, "1. Cơ hội tham gia", 1, "1.2"),
        GroupLabels("I. Tham gia", 1, "Tri thức công dân", None, "1.1"),
        GroupLabels("I. Tham gia", 1, "Đóng góp tự nguyện", None, "1.4"),
        GroupLabels("Trách nhiệm giải trình", None, "", None, "3"),
    ]
    numbers = group_numbers(rows)
    assert [(n.dimension_no, n.component_no, n.implied) for n in numbers] == [
        (1, 1, False),
        (1, 2, True),
        (1, 4, True),
        (3, 1, True),
    ]
    assert implied_number_warnings(["1.1.1", "1.2.1", "1.4.1", "3.1.1"], numbers)


def _piece(page: int, top: bool, end: bool, **texts: str) -> PhysicalRow:
    cells = {f: CellPiece(tuple(Line(t) for t in texts.get(f, "").splitlines())) for f in FIELDS}
    return PhysicalRow(page=page, cells=cells, page_top=top, page_end=end)


def test_a_cut_document_number_is_resumed_only_by_a_piece_without_agencies_of_its_own() -> None:
    before = _piece(1, False, True, indicators="1. Tỷ lệ", tasks="- Thực hiện theo Kế hoạch số", lead="Phòng Nội vụ")
    rest = _piece(2, True, False, tasks="139/KH-UBND ngày 01/8/2022 của UBND tỉnh")
    assert continues(before, rest)
    own = _piece(2, True, False, tasks="139/KH-UBND ngày 01/8/2022 của UBND tỉnh", lead="Công an xã", deadline="2025")
    assert not continues(before, own)
    decimal = _piece(2, True, False, tasks="2,5 km đường giao thông", coordinating="Các thôn")
    assert not continues(before, decimal)
