"""The twenty-ninth audit (samples/audit29): superscripts in cells, as Word, LibreOffice, Chromium and reportlab draw them.

A superscript read on the baseline joins the number before it: "năm 2025²" read "năm 20252", a
footnote mark "≥ 95%¹" read "95%1" (S1); in a PDF a raised glyph could start a line of its own and
take a letter with it: "m²/học sinh" read "m2/h c sinh). ọ" (S2). Expected cells are the pages'.
"""

from __future__ import annotations

from functools import cache

import pytest
from conftest import ROOT

from core.model import Row
from extract import extract
from extract.merge import merge

AUDIT29 = ROOT / "samples" / "audit29"


@cache
def _rows(name: str) -> dict[str, Row]:
    return {row.key: row for row in merge(extract(AUDIT29 / name)).rows}


@pytest.mark.parametrize(
    ("name", "key", "field", "expected"),
    [
        ("p11-docx-probe.docx", "1.2.1", "indicators", "1. Tỷ lệ tham gia bầu cử đạt 95% năm 2025²."),
        ("d01-docx-b9.docx", "3.2.1", "indicators", "1. Tỷ lệ đơn thư khiếu nại được giải quyết đúng hạn ≥ 95%¹."),
        ("p12-docx-probe-lo.pdf", "1.2.1", "indicators", "1. Tỷ lệ tham gia bầu cử đạt 95% năm 2025²."),
        ("p12-docx-probe-lo.pdf", "8.1.1", "tasks", "- Triển khai VNeID mức độ 2*."),
        (
            "d06-html-c8-condensed.pdf",
            "3.2.1",
            "indicators",
            "1. Tỷ lệ đơn thư khiếu nại được giải quyết đúng hạn ≥ 95%¹.",
        ),
        (
            "d07-rl-a8.pdf",
            "2.4.1",
            "indicators",
            "1. Người dân biết về quy hoạch, kế hoạch sử dụng đất ≥ 25%.\n2. Khung giá đền bù: 12.500.000 đồng/m².",
        ),
        (
            "h09-docx-c8-narrow-lo.pdf",
            "6.2.1",
            "tasks",
            "- Đầu tư phòng học theo Thông tư 13/2020/TT-BGDĐT (≥ 1,5 m²/học sinh).\n"
            "- Công khai các khoản thu đầu năm học (dưới 200.000 đ/học sinh).",
        ),
    ],
)
def test_a_superscript_keeps_its_raising_in_the_characters(name: str, key: str, field: str, expected: str) -> None:
    assert getattr(_rows(name)[key], field) == expected
