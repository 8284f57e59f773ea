"""audit41 (a blind audit of table structures): the keys of indicators coded "D.C.I" (F3) and one column for
two agency roles whose cells name each role (F4). Expected rows are the audit's, written from its generator's
data (samples/audit41/expected)."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from core.model import Row
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge
from extract.role_cells import split_role_cells, split_roles

AUDIT = ROOT / "samples" / "audit41"


def _expected(name: str) -> list[dict[str, str]]:
    stem = name.rsplit(".", 1)[0]
    rows: list[dict[str, str]] = json.loads((AUDIT / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    return rows


@pytest.mark.parametrize("name", ["p05-code-name-columns.docx", "p05-code-name-columns.pdf"])
def test_indicators_coded_whole_give_the_keys_the_plan_writes(name: str) -> None:
    """No component labels; each indicator coded "1.2.3" in a code column: the code's C is the plan's own."""
    doc = merge(extract(AUDIT / "docs" / name, ExtractSettings()))
    assert [row.key for row in doc.rows] == [want["key"] for want in _expected(name)]
    assert not [w for w in doc.warnings if "does not number" in w]  # the numbers are the plan's own


@pytest.mark.parametrize("name", ["p11-combined-agency-column.docx", "p11-combined-agency-column.pdf"])
def test_one_column_for_two_roles_is_split_where_its_cells_name_each_role(name: str) -> None:
    doc = merge(extract(AUDIT / "docs" / name, ExtractSettings()))
    expected = _expected(name)
    assert [(r.lead, r.coordinating) for r in doc.rows] == [(w["lead"], w["coordinating"]) for w in expected]
    assert any("split into lead and coordinating" in w for w in doc.warnings)


def _row(lead: str) -> Row:
    return Row("1.1.1", 1, 1, "", "", "", "", "", lead, "", "", (1,))


def test_a_cell_naming_no_role_stays_whole_and_is_counted() -> None:
    header = [("tasks", "Nhiệm vụ"), ("lead", "Cơ quan chủ trì, phối hợp")]
    rows, said = split_role_cells(
        [_row("Chủ trì: Sở Tư pháp; Phối hợp: Sở Nội vụ"), _row("Sở Y tế, Sở Tài chính")], header
    )
    assert [(r.lead, r.coordinating) for r in rows] == [("Sở Tư pháp", "Sở Nội vụ"), ("Sở Y tế, Sở Tài chính", "")]
    assert said and "1 cell(s) name no role and stay in lead" in said[0]


def test_role_words_inside_a_body_or_a_role_twice_split_nothing() -> None:
    both = {"lead", "coordinating"}
    assert split_roles("Phòng Tư pháp chủ trì: tuyên truyền pháp luật", both) is None
    assert split_roles("Chủ trì: Sở A; Chủ trì: Sở B", both) is None
    assert split_roles("Thực hiện: UBND cấp xã", both) is None  # a role the column's label does not name
    # columns that are two already: nothing to split, whatever the cells say
    header = [("lead", "Cơ quan chủ trì"), ("coordinating", "Cơ quan phối hợp")]
    rows, said = split_role_cells([_row("Chủ trì: Sở A; Phối hợp: Sở B")], header)
    assert rows[0].lead == "Chủ trì: Sở A; Phối hợp: Sở B" and not said


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        # review41 M5: a PDF reads the line end before the second role as a space
        ("Chủ trì: Phòng Nội vụ Phối hợp: UBND các xã, thị trấn", ("Phòng Nội vụ", "UBND các xã, thị trấn")),
        # M6, M7: words between the role and its colon; a comma before the second role
        ("Chủ trì: Sở Y tế; phối hợp thực hiện: Công an tỉnh", ("Sở Y tế", "Công an tỉnh")),
        ("Chủ trì: Sở Y tế, phối hợp: Công an tỉnh", ("Sở Y tế", "Công an tỉnh")),
        # the stop before the next role is no part of the lead; the cell's own last stop stays
        (
            "Chủ trì: Phòng Tài chính - Kế hoạch. Phối hợp: Kho bạc Nhà nước.",
            ("Phòng Tài chính - Kế hoạch", "Kho bạc Nhà nước."),
        ),
        ("Đơn vị chủ trì: Sở A\nĐơn vị phối hợp: Sở B", ("Sở A", "Sở B")),
    ],
)
def test_roles_written_as_offices_write_them_are_split(cell: str, parts: tuple[str, str]) -> None:
    found = split_roles(cell, {"lead", "coordinating"})
    assert found is not None and (found["lead"], found.get("coordinating", "")) == parts


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        (
            "Phòng Nội vụ (chủ trì); Phòng Tư pháp, UBND các xã (phối hợp)",
            ("Phòng Nội vụ", "Phòng Tư pháp, UBND các xã"),
        ),
        ("Phòng Nội vụ (chủ trì) và các phòng liên quan (phối hợp)", ("Phòng Nội vụ", "các phòng liên quan")),
        # a PDF line end read as a space, capitals, the cell's closing stop
        ("Phòng Nội vụ (Chủ trì) Phòng Tư pháp (Phối hợp).", ("Phòng Nội vụ", "Phòng Tư pháp")),
        ("UBND các xã (phối hợp)", ("", "UBND các xã")),
    ],
)
def test_roles_written_after_their_bodies_are_split(cell: str, parts: tuple[str, str]) -> None:
    found = split_roles(cell, {"lead", "coordinating"})
    assert found is not None and (found.get("lead", ""), found.get("coordinating", "")) == parts


@pytest.mark.parametrize(
    "cell",
    [
        "Phòng Nội vụ (chủ trì), các phòng, ban liên quan",  # bodies after the last role name none
        "Sở A (chủ trì); Sở B (chủ trì)",  # a role twice
        "Sở A (thực hiện)",  # a role the column's label does not name
        "(chủ trì) Sở A",  # no body before the role
        "Phòng Tư pháp (chủ trì, tuyên truyền)",  # more than the role in the brackets
    ],
)
def test_cells_not_wholly_written_with_roles_after_stay_whole(cell: str) -> None:
    assert split_roles(cell, {"lead", "coordinating"}) is None
