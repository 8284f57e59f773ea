"""audit43 (samples/audit43/FINDINGS.md): year-over-year diffs of plans from different producers and structures.

F1: an indicator replaced at its key (a component's first dropped, a new one numbered 1) was shown as one
row rewritten; it is removed and added. F2: two narrow borderless group columns (Chromium, 3 px padding,
their texts 4.5 pt apart) were read as one, every row's dimension the two labels interleaved. F3: a
borderless header grouping two agency columns ("Cơ quan, đơn vị thực hiện" over "Chủ trì" | "Phối hợp")
ran them into one (the group label, centred, crosses their gutter), or, left-aligned (LibreOffice), left
the second column unlabelled and its own label a data row.
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

AUDIT43 = SAMPLES / "audit43"


def test_an_indicator_replaced_at_its_key_is_removed_and_added(tmp_path: Path) -> None:
    pair = AUDIT43 / "pairs" / "p02"
    out = tmp_path / "diff.json"
    assert main(["diff", str(pair / "old.pdf"), str(pair / "new.pdf"), "--format", "json", "-o", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    replaced = "thông tin chính sách, pháp luật nhận được là hữu ích"
    assert "2.1.1" in result["removed"] and "2.1.1" in result["added"]
    assert any(replaced in row["indicators"] for row in result["removed_rows"])
    assert any("không phải chờ đợi quá lâu" in row["indicators"] for row in result["added_rows"])
    assert not any(pair["old"] == pair["new"] == "2.1.1" for pair in result["pairs"])


def test_narrow_borderless_group_columns_are_read_apart() -> None:
    doc = extract(AUDIT43 / "probes" / "p03-old-groups_merged-header2_false" / "old.pdf", ExtractSettings())
    assert [(field, label) for field, label in doc.header][:2] == [
        ("dimension", "Nội dung chỉ số"),
        ("component", "Chỉ số thành phần"),
    ]


#: The 2025 plan of pair p03 and its probes: borderless, a grouped agency header, drawn by Chromium
#: (centred labels), reportlab, and LibreOffice (group label left-aligned), with section rows or merged groups.
GROUPED = ("pairs/p03", "probes/p03-old-producer_rl", "probes/p03-old-groups_merged", "probes/p03-old-producer_lo")
GROUPED += ("probes/p03-old-producer_lo-groups_merged",)


@pytest.mark.parametrize("folder", GROUPED)
def test_a_borderless_grouped_agency_header_keeps_its_two_columns(folder: str) -> None:
    doc = extract(AUDIT43 / folder / "old.pdf", ExtractSettings())
    header = dict(doc.header)
    assert header["lead"] == "Cơ quan, đơn vị thực hiện › Chủ trì"
    assert header["coordinating"] == "Cơ quan, đơn vị thực hiện › Phối hợp"
    logical = merge(doc).rows
    rows = {row.indicators.split(". ", 1)[-1]: row for row in logical}
    assert len(logical) == 6  # as drawn: no row of the columns' own labels
    first = rows["Tỷ lệ người dân hiểu biết về chính sách, pháp luật hiện hành."]
    assert first.lead == "- Sở Tư pháp"
    assert first.coordinating == "- Sở Thông tin và Truyền thông\n- Ủy ban nhân dân cấp xã"
    third = rows["Tỷ lệ người dân cho biết đóng góp của họ được ghi chép vào sổ sách của xã, phường."]
    assert third.lead == "- Sở Kế hoạch và Đầu tư"  # was "- Sở Kế hoạch và Đầu - Ủy ban MTTQ Việt tư Nam tỉnh"
    assert third.coordinating == "- Ủy ban MTTQ Việt Nam tỉnh\n- Ủy ban nhân dân cấp xã"


def test_the_grouped_header_pair_diffs_to_its_edits(tmp_path: Path) -> None:
    pair = AUDIT43 / "pairs" / "p03"
    out = tmp_path / "diff.json"
    assert main(["diff", str(pair / "old.pdf"), str(pair / "new.pdf"), "--format", "json", "-o", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert not result["added"] and not result["removed"]
    groups = {(g["kind"], g["old"][0]["name"], g["new"][0]["name"]) for g in result["agency_groups"]}
    assert groups == {
        ("renamed", "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        ("renamed", "Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
        ("merged", "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"),
    }
