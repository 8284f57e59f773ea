"""The day a plan was issued (normalize/issued.py) and the names of that day in a plan of the reform's year."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from conftest import ROOT

from core.settings import Settings
from normalize.issued import is_post_reform, issued_on
from normalize.jurisdiction import parse_jurisdiction
from phuluc.pipeline import run_documents


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("(Kèm theo Kế hoạch số 125/KH-UBND ngày 20/8/2025 của UBND xã Bắc Gio Linh)",), date(2025, 8, 20)),
        (("Kèm theo Kế hoạch số: 07/KH-UBND, ngày 03 tháng 4 năm 2025 của UBND tỉnh",), date(2025, 4, 3)),
        (("KÈM THEO KẾ HOẠCH SỐ 12/KH-UBND NGÀY 5-2-2026",), date(2026, 2, 5)),
        (("PHỤ LỤC", "UBND TỈNH QUẢNG TRỊ\nSố: 12/KH-UBND\nQuảng Trị, ngày 15 tháng 7 năm 2025"), date(2025, 7, 15)),
        (("Kem theo Ke hoach so 9/KH-UBND ngay 1/7/2025",), date(2025, 7, 1)),  # typed without marks
        (  # review35 i1: another plan cited first in the title
            (
                "TRIỂN KHAI KẾ HOẠCH SỐ 45/KH-UBND NGÀY 12/3/2025 CỦA UBND TỈNH\n"
                "(Kèm theo Kế hoạch số 88/KH-UBND ngày 15/8/2025 của UBND phường Đông Hà)",
            ),
            date(2025, 8, 15),
        ),
        (  # review35 i2: the plan's own number and day left blank, the province's cited, the heading dated
            (
                "Triển khai Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND tỉnh\n"
                "(Kèm theo Kế hoạch số      /KH-UBND ngày    tháng    năm 2025 của UBND phường)",
                "UBND PHƯỜNG ĐÔNG HÀ\nĐông Hà, ngày 15 tháng 8 năm 2025",
            ),
            date(2025, 8, 15),
        ),
        (("(Ban hành kèm theo Quyết định số 1020/QĐ-UBND ngày 02/7/2025 của UBND tỉnh)",), date(2025, 7, 2)),
        (("Kế hoạch số     /KH-UBND ngày    tháng    năm 2025",), None),  # a draft: the day left blank
        (("Kế hoạch số 3/KH-UBND ngày 31/2/2025",), None),  # no such day
        (("thực hiện Nghị quyết số 05/NQ-HĐND ngày 10/1/2024 của HĐND tỉnh",), None),  # another act's date
    ],
)
def test_issued_on_reads_the_plans_own_date(texts: tuple[str, ...], expected: date | None) -> None:
    assert issued_on(*texts) == expected


def test_a_plan_of_the_reforms_year_issued_after_the_reform_is_in_the_new_names() -> None:
    commune = parse_jurisdiction("xã Bắc Gio Linh, tỉnh Quảng Trị", year=2025)
    assert not is_post_reform(commune)
    assert is_post_reform(dataclasses.replace(commune, issued=date(2025, 7, 1)))
    assert not is_post_reform(dataclasses.replace(commune, issued=date(2025, 6, 30)))
    district = parse_jurisdiction("huyện Gio Linh, tỉnh Quảng Trị", year=2025)
    assert not is_post_reform(dataclasses.replace(district, issued=date(2025, 8, 1)))


def test_a_2025_plan_of_a_new_commune_issued_in_august_names_the_successors() -> None:
    """audit32 F2: xã Bắc Gio Linh's plan "NĂM 2025", issued 20/8/2025, named six bodies gone by then."""
    (doc,) = run_documents([ROOT / "samples/audit32/docs/bac-gio-linh-2025.docx"], Settings()).documents
    assert doc.jurisdiction is not None and doc.jurisdiction.issued == date(2025, 8, 20)
    found = {m.raw: (m.id, m.method) for row in doc.rows for _, ms in row.agencies for m in ms}
    assert found["Sở LĐTBXH"] == ("quang-tri/so-noi-vu", "successor")
    assert found["Bộ phận Một cửa xã"] == ("quang-tri/xa-bac-gio-linh/trung-tam-phuc-vu-hcc", "successor")
    assert found["Phòng Kinh tế"] == ("quang-tri/xa-bac-gio-linh/phong-kinh-te", "exact")


def test_a_plan_the_heading_follows_is_not_the_plans_own_date() -> None:
    heading = "Căn cứ Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh về cải thiện Chỉ số PAPI"
    assert issued_on("PHỤ LỤC", heading) is None
    assert issued_on("PHỤ LỤC", f"Gio Linh, ngày 20 tháng 8 năm 2025\n{heading}") == date(2025, 8, 20)
