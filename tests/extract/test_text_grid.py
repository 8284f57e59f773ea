"""Tables without rules, read from the page's text: rows, group labels, and a table per group under its heading."""

from __future__ import annotations

from conftest import ROOT
from typeset import PITCH, SIZE, columns

from extract import extract
from extract.merge import merge
from extract.pdf_objects import Char
from extract.text_grid import text_table, text_tables_below

#: Column lefts (pt): TT, component, indicators, tasks, lead, deadline.
XS = (50.0, 80.0, 185.0, 300.0, 460.0, 550.0)
HEADER = ("TT", "Thành phần", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Thời gian")


def _bands(chars: list[Char]) -> list[float]:
    found = text_table(chars, [])
    assert found is not None
    return list(found[0].ys)


#: A row's cells other than the two under test: TT, tasks, lead, deadline (two lines each, as wrapped cells are).
def _row(no: str, component: list[str], indicators: list[str], tasks: str) -> list[list[str]]:
    return [[no], component, indicators, [tasks, "thực hiện."], ["Sở Tư", "pháp"], ["Năm", "2026"]]


def test_a_group_label_carried_on_beside_a_new_paragraph_starts_no_row() -> None:
    """audit2 b4: "xác nhận" (the component label's next line) beside the indicator's second item is no new row."""
    chars = columns(50.0, [[t] for t in HEADER], XS)
    chars += columns(
        80.0, _row("1", ["1. Dịch vụ", "chứng thực", "xác nhận"], ["1. Tỷ lệ", "", "2. Chất lượng"], "- Một"), XS
    )
    chars += columns(150.0, _row("2", ["2. Thủ tục", "đất đai"], ["1. Tỷ lệ hộ", "gia đình"], "- Hai"), XS)
    ys = _bands(chars)
    assert len(ys) - 1 == 3  # the header and two rows
    assert 80.0 + 2 * PITCH + SIZE < ys[2] < 150.0


def test_a_group_label_running_lower_than_its_row_stays_in_it() -> None:
    """audit2 b4: the row under a long component label starts under its last line ("phương"), not through it."""
    chars = columns(50.0, [[t] for t in HEADER], XS)
    chars += columns(
        80.0,
        _row("1", ["1. Sử dụng cổng", "thông tin của", "chính quyền", "địa phương"], ["1. Tỷ lệ", "dân"], "- Một"),
        XS,
    )
    chars += columns(147.0, _row("2", ["2. Tiếp cận", "Internet"], ["1. Tỷ lệ hộ", "gia đình"], "- Hai"), XS)
    ys = _bands(chars)
    assert len(ys) - 1 == 3
    assert 80.0 + 3 * PITCH + SIZE < ys[2] < 147.0


def test_a_table_under_its_own_heading_and_header_is_read_with_its_own_columns() -> None:
    """audit2 b4: one borderless table per group; the heading over the next table is no header line of it."""
    other = (50.0, 95.0, 200.0, 330.0, 470.0, 550.0)
    chars = columns(300.0, [["VIII. QUẢN TRỊ ĐIỆN TỬ"], [], [], [], [], []], XS)
    chars += columns(320.0, [[t] for t in HEADER], other)
    chars += columns(350.0, _row("7", ["1. Sử dụng", "cổng"], ["1. Người dân", "lấy đủ"], "- Ba"), other)
    chars += columns(410.0, _row("8", ["2. Tiếp cận", "Internet"], ["1. Tỷ lệ hộ", "gia đình"], "- Bốn"), other)
    (grid,) = text_tables_below(chars, [], 250.0)
    assert grid.ys[0] > 300.0 + SIZE  # the heading is above the table, not in its header
    assert (len(grid.xs) - 1, len(grid.ys) - 1) == (6, 3)


def test_pandoc_tables_per_dimension_printed_by_libreoffice_are_read_each_under_its_heading() -> None:
    """samples/audit2/b4-pandoc-md.pdf: later tables were not read, rows cut across pages went wrong unnamed."""
    doc = merge(extract(ROOT / "samples" / "audit2" / "b4-pandoc-md.pdf"))
    assert [r.key for r in doc.rows] == ["5.1.1", "5.2.1", "5.3.1", "5.3.3", "6.1.1", "6.2.1", "8.1.1", "8.2.1"]
    rows = {r.key: r for r in doc.rows}
    assert rows["6.1.1"].dimension == "VI. CUNG ỨNG DỊCH VỤ CÔNG"
    assert rows["8.2.1"].dimension == "VIII. QUẢN TRỊ ĐIỆN TỬ"
    assert rows["8.2.1"].component == "2. Tiếp cận và sử dụng Internet tại địa phương"
    assert rows["5.2.1"].indicators.endswith("2. Không phải đi lại nhiều lần để hoàn tất thủ tục.")
    assert doc.coverage is not None and doc.coverage.complete
