"""audit51 (samples/audit51/FINDINGS.md): 20 random plans, new traits (deadline, result and budget columns, STT).

F1/F2: a page number under a table ruled between rows only ("Trang 2", centred: it keeps to a column)
was read as a row of its own, and each row the page break cut went on under it as another: 17 rows
for 10 (reportlab), 15 for 5 (LibreOffice), exit 0, no warning. F3: an arabic dimension section row
marked "- tiếp theo" was a data row. p13 (held out, looked at once the footer rule made it no better): a bare
"2".."10" set 5.5 pt under the table at one height on every page, read as rows (20 for 6).
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge
from extract.pdf_objects import Char
from extract.sections import read_heading
from extract.text_grid import without_footer
from extract.text_lines import TextLine

AUDIT51 = SAMPLES / "audit51"


@pytest.mark.parametrize("name", ["p05", "p17", "p13"])
def test_a_page_number_under_a_table_ruled_between_rows_is_no_row(name: str) -> None:
    expected = json.loads((AUDIT51 / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    doc = merge(extract(AUDIT51 / "docs" / f"{name}.pdf", ExtractSettings()))
    assert [row.key for row in doc.rows] == [row["key"] for row in expected["rows"]]
    assert not any(re.search(r"Trang \d", text) for row in doc.rows for text in (row.tasks, row.lead, row.coordinating))


def _line(text: str, top: float) -> TextLine:
    chars = tuple(
        Char(text=t, x0=10.0 + 6 * i, x1=16.0 + 6 * i, top=top, bottom=top + 10, size=10.0)
        for i, t in enumerate(text.replace(" ", ""))
    )
    return TextLine(top, top + 10, 10.0, ((10.0, 10.0 + 6 * len(chars)),), chars)


def test_only_the_last_lines_that_are_page_furniture_are_left_out() -> None:
    cell = [_line("Sở Nội vụ", 100.0), _line("Quý II/", 112.0), _line("2026", 124.0)]
    footer = [_line("Trang 2", 700.0), _line("file:///tmp/plan.html 2/7", 712.0)]
    assert [line.text for line in without_footer(cell + footer)] == ["SởNộivụ", "QuýII/", "2026"]
    assert [line.text for line in without_footer(cell)] == ["SởNộivụ", "QuýII/", "2026"]  # a cell's number stays
    close = [_line("Sở Nội vụ", 100.0), _line("Trang 2", 114.0)]  # a written page number, even close under it
    assert [line.text for line in without_footer(close)] == ["SởNộivụ"]


def test_an_arabic_dimension_row_marked_as_going_on_is_a_section_row() -> None:
    # F3: "6. Cung ứng dịch vụ công - tiếp theo" read as a data row (the name with its mark named no PAPI entry)
    heading = read_heading("", "6. Cung ứng dịch vụ công - tiếp theo")
    assert heading is not None and heading.style == "arabic" and heading.number == 6
    expected = json.loads((AUDIT51 / "expected" / "p12.json").read_text(encoding="utf-8"))
    doc = merge(extract(AUDIT51 / "docs" / "p12.pdf", ExtractSettings()))
    assert [row.key for row in doc.rows] == [row["key"] for row in expected["rows"]]
