"""DOCX reading: merged cells, spans, Word auto-numbering and repeated header rows."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from core.model import Document
from extract import extract
from extract.merge import merge

HEADER = [
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ và giải pháp",
    "Cơ quan thực hiện",
    "Cơ quan chủ trì",
    "Cơ quan quản lý ngành, lĩnh vực hướng dẫn",
    "Cơ quan phối hợp",
]

NUMBERING = """<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
</w:numbering>"""


def set_numbering(document: docx.document.Document) -> None:
    """Add list 3 (decimal, starting at 4; level 1 lower-letter) to the template's numbering part."""
    from lxml import etree

    numbering = document.part.numbering_part.element
    for node in etree.fromstring(NUMBERING.encode()):
        numbering.append(node)


def number(paragraph: docx.text.paragraph.Paragraph, num_id: int, ilvl: int = 0) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def vmerge(cell: docx.table._Cell, value: str | None) -> None:
    node = OxmlElement("w:vMerge")
    if value:
        node.set(qn("w:val"), value)
    cell._tc.get_or_add_tcPr().append(node)


def build(path: Path) -> Path:
    document = docx.Document()
    set_numbering(document)
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("Nhiệm vụ và giải pháp cụ thể")
    table = document.add_table(rows=4, cols=8)
    for cell, label in zip(table.rows[0].cells, HEADER, strict=False):
        cell.text = label
    rows = table.rows
    rows[1].cells[0].text = "6. Cung ứng dịch vụ công"
    vmerge(rows[1].cells[0], "restart")
    vmerge(rows[2].cells[0], None)
    rows[1].cells[1].text = "1. Y tế công lập"
    vmerge(rows[1].cells[1], "restart")
    vmerge(rows[2].cells[1], None)
    first = rows[1].cells[2].paragraphs[0]
    first.text = "Tỷ lệ người dân được hỏi cho biết người nghèo được hỗ trợ."
    number(first, 3)
    second = rows[1].cells[2].add_paragraph("Tổng chất lượng bệnh viện tuyến huyện.")
    number(second, 3)
    sub = rows[1].cells[2].add_paragraph("Mục con")
    number(sub, 3, ilvl=1)
    rows[1].cells[3].text = "- Thực hiện cấp phát thẻ bảo hiểm y tế."
    for i, text in enumerate(["UBND cấp xã", "Phòng Y tế", "Phòng Y tế", "Công an thành phố"], start=4):
        rows[1].cells[i].text = text
    rows[2].cells[2].text = "7. Chỉ tiêu khác"
    rows[2].cells[3].text = "- Việc khác."
    merged = rows[2].cells[4].merge(rows[2].cells[5])  # gridSpan over implementing + lead
    merged.text = "UBND cấp xã"
    rows[2].cells[6].text = "Phòng Y tế"
    # a converter's repeated header row (page 2), then the rest of row 2 cut by the page break
    for cell, label in zip(rows[3].cells, HEADER, strict=False):
        cell.text = label
    cont = table.add_row().cells
    cont[3].text = "tiếp tục nội dung"
    document.save(str(path))
    return path


def test_docx_features(tmp_path: Path) -> None:
    doc = merge(extract(build(tmp_path / "features.docx")))
    assert doc.title == "PHỤ LỤC\nNhiệm vụ và giải pháp cụ thể"
    assert [r.key for r in doc.rows] == ["6.1.4", "6.1.7"]
    first, second = doc.rows
    assert first.indicators == (
        "4. Tỷ lệ người dân được hỏi cho biết người nghèo được hỗ trợ.\n"
        "5. Tổng chất lượng bệnh viện tuyến huyện.\na) Mục con"
    )
    assert (second.dimension, second.component) == ("6. Cung ứng dịch vụ công", "1. Y tế công lập")
    assert second.implementing == "UBND cấp xã" and second.lead == ""
    assert second.tasks == "- Việc khác. tiếp tục nội dung"
    assert second.pages == (1, 2)


ROW = ["1. Tham gia", "1. Tri thức", "1. Hiểu biết", "- Tăng cường công tác", "UBND cấp xã", "Phòng Nội vụ", "", ""]


def appendix(*rows: list[str]) -> tuple[docx.document.Document, docx.table.Table]:
    """A document with a title and an appendix table: the header row, then ``rows``."""
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=1 + len(rows), cols=8)
    for row, texts in zip(table.rows, [HEADER, *rows], strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    return document, table


def read(document: docx.document.Document, path: Path) -> Document:
    document.save(str(path))
    return merge(extract(path))


def test_a_row_of_column_numbers_is_left_out_and_said_so(tmp_path: Path) -> None:
    document, _ = appendix([f"({i})" for i in range(1, 9)], ROW)
    doc = read(document, tmp_path / "numbers.docx")
    assert [r.key for r in doc.rows] == ["1.1.1"]
    assert doc.warnings == (
        "left out the row of column numbers ((1) (2) (3) (4) (5) (6) (7) (8)) under the header on page(s) 1",
    )


def test_a_page_part_after_a_converter_s_text_line_still_belongs_to_the_appendix(tmp_path: Path) -> None:
    document, _ = appendix(ROW)
    document.add_paragraph("Trang 1")  # a page footer a converter wrote as body text
    second = document.add_table(rows=1, cols=8)  # the next page's part, header not repeated
    second.rows[0].cells[3].text = "phổ biến pháp luật."
    doc = read(document, tmp_path / "parts.docx")
    assert [r.key for r in doc.rows] == ["1.1.1"]
    assert doc.rows[0].tasks == "- Tăng cường công tác phổ biến pháp luật."


def test_rows_and_tables_inside_content_controls_are_read(tmp_path: Path) -> None:
    document, table = appendix(ROW)
    for child in (table.rows[1]._tr, table._tbl):
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        child.addprevious(sdt)
        sdt.append(content)
        content.append(child)  # moves the row (then the table) into a content control
    doc = read(document, tmp_path / "controls.docx")
    assert [(r.key, r.lead) for r in doc.rows] == [("1.1.1", "Phòng Nội vụ")]


def test_lists_sharing_a_definition_continue_unless_restarted() -> None:
    from extract.docx import Numbering

    decimal = {0: ("decimal", "%1.", 1)}
    numbering = Numbering(
        levels={"44": decimal, "45": decimal, "46": decimal},
        abstract_of={"44": "7", "45": "7", "46": "7"},
        restarts={"44": {0: 1}, "46": {0: 3}},
    )
    # LibreOffice: a new w:num per cell; the second continues the first, the third restarts at 3
    assert [numbering.render(n, 0) for n in ("44", "45", "45", "46", "46")] == ["1.", "2.", "3.", "3.", "4."]


def _commune_plan(merged_down: bool) -> docx.document.Document:
    """A commune plan "STT | Nội dung | Cơ quan thực hiện (Chủ trì | Phối hợp) | Thời gian", one task row.

    With ``merged_down`` the top row's other cells reach over both header rows (vMerge); without,
    the second header row holds empty cells there.
    """
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=3, cols=5)
    top, under, data = table.rows
    for i, text in enumerate(("STT", "Nội dung", "Cơ quan thực hiện", "", "Thời gian")):
        top.cells[i].text = text
    top.cells[2].merge(top.cells[3])
    under.cells[2].text, under.cells[3].text = "Chủ trì", "Phối hợp"
    if merged_down:
        for i in (0, 1, 4):
            top.cells[i].merge(under.cells[i])
    task = "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở"
    for i, text in enumerate(("1", task, "Phòng Văn hóa", "Các thôn", "Quý II")):
        data.cells[i].text = text
    return document


def test_a_two_row_header_whose_top_row_is_a_header_alone_names_both_agency_columns(tmp_path: Path) -> None:
    for merged_down in (True, False):
        doc = read(_commune_plan(merged_down), tmp_path / f"commune-{merged_down}.docx")
        (row,) = doc.rows
        assert (row.tasks, row.lead, row.coordinating, row.implementing) == (
            "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở",
            "Phòng Văn hóa",
            "Các thôn",
            "",
        )
        assert row.deadline == "Quý II" and row.pages == (1,)


SHORT_HEADER = ["TT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp"]


def part(document: docx.document.Document, *rows: list[str]) -> docx.table.Table:
    """Add one part of an appendix typed as one table per group: its own header row, then ``rows``."""
    table = document.add_table(rows=1 + len(rows), cols=len(SHORT_HEADER))
    for row, texts in zip(table.rows, [SHORT_HEADER, *rows], strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    return table


def test_a_title_paragraph_above_each_table_heads_its_rows(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ")
    part(document, ["1", "Hiểu biết về chính sách", "- Phổ biến pháp luật", "Sở Tư pháp", "UBND các xã"])
    document.add_paragraph("II. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN")
    part(document, ["1", "Khiếu nại được giải quyết", "- Giải quyết dứt điểm", "Thanh tra tỉnh", ""])
    document.add_paragraph("III. QUẢN TRỊ ĐIỆN TỬ")
    part(document, ["1", "Nộp hồ sơ trực tuyến", "- Hỗ trợ người dân", "Văn phòng UBND tỉnh", ""])
    doc = read(document, tmp_path / "per-dimension.docx")
    assert [(r.key, r.dimension_no, r.dimension, r.papi) for r in doc.rows] == [
        ("1.1.1", 1, "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "1"),
        ("2.1.1", 2, "II. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN", "3"),
        ("3.1.1", 3, "III. QUẢN TRỊ ĐIỆN TỬ", "8"),
    ]
    assert doc.title == "PHỤ LỤC"  # the first table's title heads its rows, not the document
    assert any(w.startswith("3 title(s) outside the table head the rows under them: I. THAM GIA") for w in doc.warnings)


def test_a_paragraph_between_the_parts_that_is_no_title_is_said(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    part(document, ["1", "Hiểu biết về chính sách", "- Phổ biến pháp luật", "Sở Tư pháp", ""])
    document.add_paragraph("Ghi chú: các xã báo cáo kết quả trước ngày 15 hằng tháng.")
    document.add_paragraph("- 2 -")  # a page number: furniture, not said
    part(document, ["2", "Khiếu nại được giải quyết", "- Giải quyết dứt điểm", "Thanh tra tỉnh", ""])
    doc = read(document, tmp_path / "note.docx")
    assert [r.indicators for r in doc.rows] == ["Hiểu biết về chính sách", "Khiếu nại được giải quyết"]
    assert doc.warnings == (
        "1 paragraph(s) between the appendix's tables are in no row: "
        "page 1: 'Ghi chú: các xã báo cáo kết quả trước ngày 15 hằng tháng.'",
    )


def test_a_body_heading_right_above_the_appendix_is_no_title(tmp_path: Path) -> None:
    """The plan's own "II. ..." heads no group unless the titles between the parts number the same way."""
    document = docx.Document()
    document.add_paragraph("II. NHIỆM VỤ, GIẢI PHÁP")
    part(document, ["1", "Hiểu biết về chính sách", "- Phổ biến pháp luật", "Sở Tư pháp", ""])
    doc = read(document, tmp_path / "body.docx")
    assert [(r.dimension, r.dimension_no) for r in doc.rows] == [("", 1)]
    assert doc.title == "II. NHIỆM VỤ, GIẢI PHÁP"

    document = docx.Document()
    document.add_paragraph("A. LĨNH VỰC CẢI CÁCH HÀNH CHÍNH")
    part(document, ["1", "Hiểu biết về chính sách", "- Phổ biến pháp luật", "Sở Tư pháp", ""])
    document.add_paragraph("B. LĨNH VỰC CHUYỂN ĐỔI SỐ")
    part(document, ["1", "Nộp hồ sơ trực tuyến", "- Hỗ trợ người dân", "Văn phòng UBND tỉnh", ""])
    doc = read(document, tmp_path / "series.docx")
    assert [(r.dimension, r.dimension_no) for r in doc.rows] == [
        ("A. LĨNH VỰC CẢI CÁCH HÀNH CHÍNH", 1),
        ("B. LĨNH VỰC CHUYỂN ĐỔI SỐ", 2),
    ]


def test_an_appendix_table_inside_a_layout_table_is_found(tmp_path: Path) -> None:
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1)  # a one-cell layout table around the title and the appendix
    cell = frame.rows[0].cells[0]
    cell.paragraphs[0].text = "PHỤ LỤC"
    inner = cell.add_table(rows=2, cols=8)
    for row, texts in zip(inner.rows, [HEADER, ROW], strict=True):
        for inner_cell, text in zip(row.cells, texts, strict=True):
            inner_cell.text = text
    doc = read(document, tmp_path / "nested.docx")
    assert [(r.key, r.lead) for r in doc.rows] == [("1.1.1", "Phòng Nội vụ")]
    assert doc.title == "PHỤ LỤC"


def test_a_small_table_inside_an_appendix_cell_stays_that_cell_s_text(tmp_path: Path) -> None:
    document, table = appendix(ROW)
    small = table.rows[1].cells[3].add_table(rows=1, cols=2)
    small.rows[0].cells[0].text = "Quý I"
    small.rows[0].cells[1].text = "Quý II"
    doc = read(document, tmp_path / "cell-table.docx")
    assert [r.key for r in doc.rows] == ["1.1.1"]
    assert doc.rows[0].tasks.split() == ["-", "Tăng", "cường", "công", "tác", "Quý", "I", "Quý", "II"]


def test_a_table_between_the_parts_that_is_none_of_them_is_said(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    part(document, ["1", "Hiểu biết về chính sách", "- Phổ biến pháp luật", "Sở Tư pháp", ""])
    document.add_paragraph("Kinh phí:")
    other = document.add_table(rows=1, cols=2)  # no header, not the appendix's grid: its text is in no row
    other.rows[0].cells[0].text = "Tổng kinh phí"
    other.rows[0].cells[1].text = "120 triệu đồng"
    part(document, ["2", "Khiếu nại được giải quyết", "- Giải quyết dứt điểm", "Thanh tra tỉnh", ""])
    document.add_paragraph("Nơi nhận:")  # after the last part: the plan's end, not the appendix's
    doc = read(document, tmp_path / "other-table.docx")
    assert [r.indicators for r in doc.rows] == ["Hiểu biết về chính sách", "Khiếu nại được giải quyết"]
    assert doc.warnings == (
        "1 paragraph(s) between the appendix's tables are in no row: page 1: 'Kinh phí:'",
        "1 table(s) of no appendix columns between the appendix's tables are in no row: "
        "page 1: 'Tổng kinh phí 120 triệu đồng'",
    )


def test_a_docx_heading_block_is_kept_for_the_plans_place() -> None:
    """The two-column header table ("ỦY BAN NHÂN DÂN / THÀNH PHỐ HUẾ" | the motto) above the appendix."""
    from extract.docx import read_docx
    from extract.header import HEADING_LINES

    reading = read_docx(Path(__file__).resolve().parents[2] / "samples/audit6/j09-central-city-hue-dated-2025.docx")
    lines = reading.heading.splitlines()
    assert lines[:2] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"] and len(lines) <= HEADING_LINES
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines


def test_a_heading_typed_with_line_breaks_is_read_line_by_line() -> None:
    # samples/audit23: "UBND TỈNH QUẢNG TRỊ" Shift+Enter "ỦY BAN NHÂN DÂN XÃ GIO LINH" ran together as
    # "QUẢNG TRỊỦY BAN", and the province was lost to the commune read from it
    from lxml import etree

    from extract.docx import _block_lines
    from extract.docx_styles import W

    ns = W.strip("{}")
    paragraph = etree.fromstring(
        f'<w:p xmlns:w="{ns}"><w:r><w:t>UBND TỈNH QUẢNG TRỊ</w:t><w:br/><w:t>ỦY BAN NHÂN DÂN</w:t></w:r>'
        "<w:r><w:tab/><w:t>XÃ GIO LINH</w:t></w:r></w:p>"
    )
    assert _block_lines(paragraph) == ["UBND TỈNH QUẢNG TRỊ", "ỦY BAN NHÂN DÂN XÃ GIO LINH"]


def test_a_continue_under_no_restart_is_a_cell_of_its_own_and_a_started_merge_goes_on() -> None:
    from extract.cell_rows import RowCell, chain_merges

    open_merges: set[int] = set()
    rows = [
        [RowCell(0, 1, "continue", ("a",)), RowCell(1, 1, "restart", ("b",))],  # the table's first row
        [RowCell(0, 1, "continue", ("c",)), RowCell(1, 1, "continue", ())],  # under a plain cell; under b
        [RowCell(0, 1, None, ("d",)), RowCell(1, 1, "continue", ())],  # b's merge goes on
        [RowCell(0, 1, "continue", ()), RowCell(1, 1, None, ("f",))],  # empty: may go on from a table before
    ]
    got = [[cell.vmerge for cell in chain_merges(row, open_merges)] for row in rows]
    assert got == [[None, "restart"], [None, "continue"], [None, "continue"], ["continue", None]]


def test_an_auto_numbered_cell_with_no_typed_text_reads_as_its_number() -> None:
    """audit28 F4: an "STT" column of empty list paragraphs shows 1., 2., ... in Word and in
    LibreOffice's PDF; it was read as empty and the keys fell back to -2, -3 suffixes."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "samples" / "audit28" / "docs" / "d09-autonum-stt-groups.docx"
    rows = merge(extract(path)).rows
    assert [r.key for r in rows][:6] == ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "1.2.4"]
    assert len({r.key for r in rows}) == 18 and not [r.key for r in rows if "-" in r.key]
