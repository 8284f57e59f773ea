"""audit43 (samples/audit43/FINDINGS.md): year-over-year diffs of plans from different producers and structures.

F1: an indicator replaced at its key (a component's first dropped, a new one numbered 1) was shown as one
row rewritten; it is removed and added. F2: two narrow borderless group columns (Chromium, 3 px padding,
their texts 4.5 pt apart) were read as one, every row's dimension the two labels interleaved.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
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
