"""DOCX section rows merged across a table whose first column is a group column (samples/audit38 F1).

A Word cell spanning the whole table sits in its first grid column; when that column is the
component column, the section row holds one group cell's text and nothing else. It is a section
row all the same, as in the PDF of the same plan (where the title lands in a middle column).
"""

from __future__ import annotations

from pathlib import Path

import docx

from core.model import FIELDS, CellPiece, Line, PhysicalRow
from extract import extract
from extract.merge import merge
from extract.sections import spanning_text

HEADER = ["Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp"]
#: The table as the plan writes it: a heading (one text over every column) or a data row.
TABLE: list[str | tuple[str, ...]] = [
    "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ",
    ("1.1. Tri thức công dân", "1. Hiểu biết về chính sách", "- Phổ biến pháp luật.", "Công an xã", "Các thôn"),
    ("1.1. Tri thức công dân", "2. Hiểu biết về vị trí lãnh đạo", "- Niêm yết danh sách.", "Văn phòng", "Trạm Y tế"),
    "III. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN",
    ("3.2. Giải đáp khiếu nại, tố cáo, khúc mắc", "1. Giải quyết đơn thư", "- Tiếp công dân.", "Công an xã", ""),
]


def cell(*texts: str, merged: bool = False) -> CellPiece:
    return CellPiece(lines=tuple(Line(t, paragraph_end=True) for t in texts), merged_above=merged)


def row(**cells: CellPiece) -> PhysicalRow:
    return PhysicalRow(page=1, cells={f: cells.get(f, CellPiece()) for f in FIELDS})


def _write(path: Path, *, merge_component: bool) -> Path:
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=1 + len(TABLE), cols=len(HEADER))
    for col, label in enumerate(HEADER):
        table.cell(0, col).text = label
    for index, content in enumerate(TABLE, start=1):
        if isinstance(content, str):  # one cell spanning the table (gridSpan), its text in the first grid column
            spanned = table.cell(index, 0).merge(table.cell(index, len(HEADER) - 1))
            spanned.text = content
            continue
        for col, text in enumerate(content):
            table.cell(index, col).text = text
    if merge_component:  # the component merged down over its two indicators (vMerge)
        table.cell(2, 0).merge(table.cell(3, 0)).text = TABLE[1][0]
    document.save(str(path))
    return path


def _rows(path: Path) -> list[tuple[str, str, str, str]]:
    return [(r.key, r.dimension, r.component, r.indicators) for r in merge(extract(path)).rows]


EXPECTED = [
    ("1.1.1", "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "1.1. Tri thức công dân", "1. Hiểu biết về chính sách"),
    ("1.1.2", "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "1.1. Tri thức công dân", "2. Hiểu biết về vị trí lãnh đạo"),
    (
        "3.2.1",
        "III. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN",
        "3.2. Giải đáp khiếu nại, tố cáo, khúc mắc",
        "1. Giải quyết đơn thư",
    ),
]


def test_spanning_dimension_rows_over_a_component_first_column_give_the_dimension(tmp_path: Path) -> None:
    assert _rows(_write(tmp_path / "plain.docx", merge_component=False)) == EXPECTED


def test_spanning_dimension_rows_over_a_merged_component_column_give_the_dimension(tmp_path: Path) -> None:
    path = _write(tmp_path / "merged.docx", merge_component=True)
    assert _rows(path) == EXPECTED
    warnings = merge(extract(path)).warnings
    assert any("2 section rows gave the group labels" in w for w in warnings)
    assert not any("no dimension label" in w for w in warnings)


def test_one_group_cell_alone_spans_but_not_beside_data_or_another_group_cell() -> None:
    assert spanning_text(row(component=cell("I. Tham gia"))) == ("", "I. Tham gia")
    # a component merged from above beside a title alone: the title is the row's one text
    assert spanning_text(row(dimension=cell(merged=True), component=cell("1.2. Cơ hội tham gia"))) == (
        "",
        "1.2. Cơ hội tham gia",
    )
    full = row(component=cell("1.1. Tri thức"), indicators=cell("1. Hiểu biết"), tasks=cell("- Phổ biến."))
    assert spanning_text(full) is None
    assert spanning_text(row(dimension=cell("I. Tham gia"), component=cell("1.1. Tri thức"))) is None
    assert spanning_text(row(component=cell("I. Tham gia"), tasks=cell(merged=True))) is None
