"""The thirty-third audit (samples/audit33): plans kept in a spreadsheet and printed to PDF by Calc.

F1: a table a little too wide for its page is printed in parts: its last columns ("Cơ quan phối
hợp", "Thời gian thực hiện") on pages of their own. Those pages were "tables after the appendix",
left out with coverage complete (exit 0, nothing on stderr with -q, --strict passed). They are
now the appendix's columns printed apart: text in no row, named. F3: a "#,##0" budget cell of the
workbook read "1500" where the sheet (and its PDF) shows "1,500".
"""

from __future__ import annotations

import json

from conftest import ROOT

from extract import extract
from extract.merge import merge

DOCS = ROOT / "samples" / "audit33" / "docs"


def test_appendix_columns_printed_apart_from_their_rows_are_text_in_no_row() -> None:
    doc = merge(extract(DOCS / "s7-spill-downover.pdf"))
    assert doc.coverage is not None and not doc.coverage.complete
    assert doc.coverage.loss_pages == (4, 5, 6)
    (said,) = [w for w in doc.warnings if "hold appendix columns its header lacks" in w]
    assert said.startswith("page(s) 4, 5, 6 hold appendix columns its header lacks ('Cơ quan phối hợp")
    assert len(doc.rows) == 22


def test_a_number_in_a_thousands_format_reads_as_the_sheet_shows_it() -> None:
    expected = json.loads((DOCS / "h1-hidden-numbers.expected.json").read_text(encoding="utf-8"))["rows"]
    rows = merge(extract(DOCS / "h1-hidden-numbers.xlsx")).rows
    budgets = [r.budget for r in rows if r.budget]
    assert budgets[:5] == ["1,500", "6,000", "10,500", "15,000", "19,500"]
    assert set(budgets) <= {row["budget"] for row in expected}  # a hidden row's is left out, and said


def test_a_row_taller_than_its_page_is_read_whole_and_the_text_past_the_page_edge_is_said() -> None:
    """F2: Calc draws the rest of a row taller than the page below the paper's edge: read, and said."""
    expected = json.loads((DOCS / "s6-cut-tall.expected.json").read_text(encoding="utf-8"))["rows"]
    (tall,) = [row for row in expected if row["tall"]]
    doc = merge(extract(DOCS / "s6-cut-tall.pdf"))
    (row,) = [r for r in doc.rows if r.tasks.startswith("- Nội dung 1:")]
    assert row.tasks == tall["tasks"] and len(row.tasks) == 5480
    (said,) = [w for w in doc.warnings if "past the page's edge" in w]
    assert said.startswith("page(s) 3: ") and "read into the rows" in said
    count = int(said.split(": ")[1].split()[0])
    assert 3000 < count < len("".join(tall["tasks"].split()))  # bullets 9-30 of 30, not the whole cell
