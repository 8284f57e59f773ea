"""audit42's silent finding F1 (samples/audit42/FINDINGS.md), on the documents as offices make them.

A plan that numbers dimensions and components alike ("5. Thủ tục hành chính công" over "2. Thủ tục
cấp phép xây dựng", a wording PAPI's list does not have) gave the component the dimension's level:
the dimension's label was in no output and the keys were the component's (5.2.1 read 2.1.1). In a
commune's layout with no indicator column the heading was a row of its own. Producers: LibreOffice
(p00), reportlab (q03, q08, q13), Chromium (q02), the DOCX itself (q11).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge
from phuluc.cli import main

DOCS = SAMPLES / "audit42" / "docs"
FIVE = "5. Thủ tục hành chính công"
FIVE_ROWS = [("5.2.1", FIVE, "2. Thủ tục cấp phép xây dựng"), ("5.4.1", FIVE, "4. Thủ tục hành chính cấp xã/phường")]


@pytest.mark.parametrize(("name", "first_keys"), [("q11.docx", ("5.2.1", "5.2.4")), ("q03.pdf", ("5.2.1", "5.2.4"))])
def test_a_component_heading_right_under_its_dimension_heading_keeps_both_labels(
    name: str, first_keys: tuple[str, str]
) -> None:
    rows = merge(extract(DOCS / name, ExtractSettings())).rows
    assert tuple(r.key for r in rows[:2]) == first_keys
    assert [(r.key, r.dimension, r.component) for r in rows if r.key in ("5.2.1", "5.4.1")] == FIVE_ROWS
    assert rows[-1].key == "7.2.1" and rows[-1].component == "2. Chất lượng không khí"


@pytest.mark.parametrize("name", ["q01.pdf", "q02.pdf"])
def test_a_commune_layout_heads_its_task_rows_with_the_component(name: str) -> None:
    doc = merge(extract(DOCS / name, ExtractSettings()))
    assert [r.key for r in doc.rows] == ["5.2.1", "5.2.2", "5.4.1", "7.2.1"]
    assert all(r.dimension == FIVE for r in doc.rows[:3])
    assert [r.component for r in doc.rows[:2]] == ["2. Thủ tục cấp phép xây dựng"] * 2
    assert not any(r.tasks.startswith("2. Thủ tục") for r in doc.rows)


def test_a_roman_dimension_over_an_unnamed_arabic_component_in_a_commune_layout() -> None:
    rows = merge(extract(DOCS / "p00.pdf", ExtractSettings())).rows
    assert [r.key for r in rows] == ["3.2.1", "3.2.2", "3.3.1", "7.1.1", "7.1.2"]
    assert [r.component for r in rows[:2]] == ["2. Giải quyết khiếu nại, tố cáo"] * 2


def test_centred_named_component_headings_leave_a_borderless_tables_columns_apart() -> None:
    """audit42 H1 (q15: reportlab, no borders, "Nội dung thành phần 2: ..." centred over the columns).

    The headings crossed the gutters of the agency columns on every page: three agency columns ran
    into the tasks, line by line, and a page-top heading was glued to the row above it.
    """
    doc = merge(extract(DOCS / "q15.pdf", ExtractSettings()))
    assert [r.key for r in doc.rows] == ["2.2.1", "2.2.4", "5.4.1", "6.1.1", "6.1.4", "6.4.1"]
    assert [(r.implementing, r.lead) for r in doc.rows[:2]] == [
        ("UBND cấp xã", "Sở Tư phap"),
        ("UBND cấp xã", "Sở Nội vụ"),
    ]
    assert doc.rows[-1].component == "Nội dung thành phần 4: An ninh, trật tự khu dân cư"
    assert not any("Nội dung thành phần" in r.tasks for r in doc.rows)


def test_a_page_of_the_held_out_plan_read_in_part_is_said() -> None:
    """p19's page 2 (no header repeated, a heading centred on text narrower than page 1's) is read in part: said."""
    doc = merge(extract(DOCS / "p19.pdf", ExtractSettings()))
    assert any(w.startswith("page 2:") and "in no row" in w for w in doc.warnings)


def test_a_communes_name_wrapped_at_the_titles_end_is_read_whole(tmp_path: Path) -> None:
    """audit42 F3: Chromium wraps the title "... của UBND xã Phước" / "Sơn)"."""
    assert main(["extract", str(DOCS / "q02.pdf"), "--out", str(tmp_path), "--quiet"]) == 0
    plan = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert plan["documents"][0]["jurisdiction"]["label"] == "xã Phước Sơn"


@pytest.mark.parametrize(("name", "ending"), [("q03.pdf", "UBND xã Phước Sơn)"), ("q08.pdf", "của UBND xã Bình Minh)")])
def test_a_title_line_reaching_past_the_tables_top_rule_is_the_titles(name: str, ending: str) -> None:
    """audit42 F4: reportlab draws the title's last line 0.5 pt over the table's top rule; it was in no output."""
    doc = extract(DOCS / name, ExtractSettings())
    assert doc.title.endswith(ending)
    assert "ngày 10 tháng 3 năm 2026" in doc.title
