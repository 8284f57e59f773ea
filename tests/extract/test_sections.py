"""Section rows: headings that span the table give the group labels and are no data rows."""

from __future__ import annotations

from core.model import FIELDS, CellPiece, Document, Line, PhysicalRow, Provenance
from extract.merge import merge
from extract.sections import COMPONENT, DIMENSION, find_headings, read_heading, roman_to_int, spanning_text


def cell(*texts: str, merged: bool = False) -> CellPiece:
    return CellPiece(lines=tuple(Line(t, paragraph_end=True) for t in texts), merged_above=merged)


def row(extra: dict[str, CellPiece] | None = None, **cells: CellPiece) -> PhysicalRow:
    return PhysicalRow(page=1, cells={f: cells.get(f, CellPiece()) for f in FIELDS}, extra=extra or {})


def doc(*rows: PhysicalRow) -> Document:
    return Document(Provenance("t.docx", "t.docx", "0" * 64, "docx", "python-docx", 1), physical_rows=rows)


def data(indicator: str, stt: str = "", **cells: CellPiece) -> PhysicalRow:
    extra = {"STT": cell(stt)} if stt else {}
    return row(extra, indicators=cell(indicator), tasks=cell("- Tuyên truyền."), lead=cell("Sở Nội vụ"), **cells)


def test_roman_numerals_read_as_integers() -> None:
    assert [roman_to_int(t) for t in ("I", "IV", "IX", "XIV")] == [1, 4, 9, 14]


def test_heading_styles() -> None:
    assert read_heading("", "III. Trách nhiệm giải trình với người dân").papi_level == DIMENSION
    assert read_heading("", "2. Cơ hội tham gia").papi_level == COMPONENT
    assert read_heading("", "B. Nhiệm vụ khác").number == 2
    assert read_heading("", "Phần 2: Nhiệm vụ").number == 2
    assert read_heading("", "Nội dung thành phần 3: Chất lượng bầu cử").number == 3
    # a number before text that is no PAPI name is a data cell ("1. Tỷ lệ ..."), as is a long paragraph
    assert read_heading("", "1. Tỷ lệ người dân trả lời đã tham gia bầu cử") is None
    assert read_heading("", "I. " + "Tăng cường tuyên truyền " * 12) is None


def test_a_row_with_one_filled_cell_or_a_number_and_a_title_spans_the_table() -> None:
    assert spanning_text(row(tasks=cell("I. Tham gia"))) == ("", "I. Tham gia")
    assert spanning_text(row({"STT": cell("II")}, tasks=cell("Công khai, minh bạch"))) == ("II", "Công khai, minh bạch")
    assert spanning_text(data("1. Tỷ lệ")) is None
    # a row whose other cells are merged from the row above is a data row with shared cells
    assert spanning_text(row(indicators=cell("I. Tỷ lệ"), tasks=cell(merged=True))) is None


def test_section_rows_give_labels_numbers_and_keys() -> None:
    rows = (
        row(tasks=cell("I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ")),
        row(tasks=cell("1. Tri thức công dân")),
        data("1. Hiểu biết về chính sách"),
        data("2. Hiểu biết về vị trí lãnh đạo"),
        row(tasks=cell("2. Cơ hội tham gia")),
        data("1. Tham gia vào các tổ chức"),
        row(tasks=cell("II. Công khai, minh bạch trong việc ra quyết định ở địa phương")),
        row(tasks=cell("1. Tiếp cận thông tin")),
        data("Tỷ lệ người dân được tiếp cận thông tin"),
    )
    out = merge(doc(*rows)).rows
    assert [r.key for r in out] == ["1.1.1", "1.1.2", "1.2.1", "2.1.1"]
    assert [r.papi for r in out] == ["1.1", "1.1", "1.2", "2.1"]
    assert out[0].dimension == "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ" and out[0].component == "1. Tri thức công dân"
    assert out[3].dimension.startswith("II. Công khai") and out[3].component == "1. Tiếp cận thông tin"
    assert all("Tri thức" not in r.tasks and "Cơ hội" not in r.tasks for r in out)


def test_unknown_headings_take_the_levels_no_column_gives_in_order_of_style() -> None:
    rows = (
        row(tasks=cell("A. Nhóm nhiệm vụ thứ nhất")),
        row(tasks=cell("I. Việc thứ nhất")),
        data("1. Chỉ tiêu một"),
        row(tasks=cell("II. Việc thứ hai")),
        data("1. Chỉ tiêu hai"),
        row(tasks=cell("B. Nhóm nhiệm vụ thứ hai")),
        row(tasks=cell("I. Việc thứ ba")),
        data("1. Chỉ tiêu ba"),
    )
    headings = find_headings(rows)
    assert [h.level for h in headings.values()] == [DIMENSION, COMPONENT, COMPONENT, DIMENSION, COMPONENT]
    assert [r.key for r in merge(doc(*rows)).rows] == ["1.1.1", "1.2.1", "2.1.1"]


def test_mixed_plan_merged_dimension_column_and_component_section_rows() -> None:
    rows = (
        row(dimension=cell("1. Tham gia của người dân ở cấp cơ sở"), tasks=cell("1. Tri thức công dân")),
        data("Hiểu biết về chính sách", stt="1", dimension=cell(merged=True)),
        data("Hiểu biết về vị trí lãnh đạo", stt="2", dimension=cell(merged=True)),
        row(dimension=cell(merged=True), tasks=cell("2. Cơ hội tham gia")),
        data("Tham gia vào các tổ chức", stt="3", dimension=cell(merged=True)),
    )
    out = merge(doc(*rows)).rows
    assert [r.key for r in out] == ["1.1.1", "1.1.2", "1.2.1"]  # STT runs on; counted within the component
    assert {r.dimension for r in out} == {"1. Tham gia của người dân ở cấp cơ sở"}
    assert [r.component for r in out] == ["1. Tri thức công dân"] * 2 + ["2. Cơ hội tham gia"]


def test_number_in_the_stt_column_and_title_in_the_merged_cell() -> None:
    rows = (
        row({"STT": cell("I")}, tasks=cell("Tham gia của người dân ở cấp cơ sở")),
        row({"STT": cell("1")}, tasks=cell("Tri thức công dân")),
        data("Hiểu biết về chính sách", stt="1"),
        data("Hiểu biết về vị trí lãnh đạo", stt="2"),
    )
    out = merge(doc(*rows)).rows
    assert [r.key for r in out] == ["1.1.1", "1.1.2"]
    assert out[0].dimension == "Tham gia của người dân ở cấp cơ sở" and out[0].component == "Tri thức công dân"


def test_a_number_cell_that_is_no_number_is_no_heading_number() -> None:
    # an OCR reading of a TT cell ("4C"): not a number, and no crash
    assert spanning_text(row({"STT": cell("4C")}, tasks=cell("Công khai, minh bạch"))) is None


def test_title_rows_from_outside_the_table_head_the_rows_under_them() -> None:
    """A title paragraph above a table (extract/group_titles.py) is read as a section row of its own."""
    from extract.group_titles import title_row

    rows = (
        title_row("II. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN", 1),
        row(extra={"TT": cell("1. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân")}),
        data("Người dân gửi khiếu nại", stt="1"),
        title_row("III. QUẢN TRỊ ĐIỆN TỬ", 2),
        data("Người dân nộp hồ sơ trực tuyến", stt="1"),
    )
    merged = merge(doc(*rows))
    assert [(r.key, r.dimension_no, r.papi) for r in merged.rows] == [("2.1.1", 2, "3.2"), ("3.1.1", 3, "8")]
    assert [r.dimension for r in merged.rows] == ["II. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN", "III. QUẢN TRỊ ĐIỆN TỬ"]
    assert merged.warnings == ("3 section rows gave the group labels of the rows under them (not data rows)",)


def test_a_plan_numbering_both_levels_alike_gives_an_unnamed_heading_its_level_from_its_place() -> None:
    """samples/audit42 F1: "5. Thủ tục hành chính công" then "2. Thủ tục cấp phép xây dựng" (no PAPI wording)."""
    rows = (
        row(tasks=cell("5. Thủ tục hành chính công")),
        row(tasks=cell("2. Thủ tục cấp phép xây dựng")),  # right under the dimension: a component
        data("1. Tỷ lệ người dân được cấp giấy phép"),
        row(tasks=cell("3. Giấy tờ nhà đất ở địa phương")),  # 3 does not follow 5: a component
        data("1. Tỷ lệ người dân được cấp sổ"),
        row(tasks=cell("6. Cung ứng dịch vụ công")),
        row(tasks=cell("1. Y tế công lập")),
        data("1. Tỷ lệ người dân hài lòng với bệnh viện"),
        row(tasks=cell("7. Môi trường sống ở khu dân cư")),  # follows dimension 6, not component 1: a dimension
        data("1. Tỷ lệ người dân hài lòng"),
    )
    headings = find_headings(rows)
    levels = [DIMENSION, COMPONENT, COMPONENT, DIMENSION, COMPONENT, DIMENSION]
    assert [h.level for h in headings.values()] == levels
    assert not any(h.guessed for h in headings.values())
    out = merge(doc(*rows)).rows
    assert [r.key for r in out] == ["5.2.1", "5.3.1", "6.1.1", "7.1.1"]
    assert [r.dimension for r in out][:2] == ["5. Thủ tục hành chính công"] * 2
    assert [r.component for r in out][:2] == ["2. Thủ tục cấp phép xây dựng", "3. Giấy tờ nhà đất ở địa phương"]


def test_a_number_that_could_be_either_level_is_read_as_a_component_and_said() -> None:
    rows = (
        row(tasks=cell("1. Tham gia của người dân ở cấp cơ sở")),
        row(tasks=cell("1. Tri thức công dân")),
        data("1. Hiểu biết về chính sách"),
        row(tasks=cell("2. Tham gia của các tổ dân phố")),  # 2 follows dimension 1 and component 1 alike
        data("1. Tỷ lệ người dân tham gia"),
    )
    headings = find_headings(rows)
    assert [(h.level, h.guessed) for h in headings.values()] == [
        (DIMENSION, False),
        (COMPONENT, False),
        (COMPONENT, True),
    ]
    result = merge(doc(*rows))
    assert [r.key for r in result.rows] == ["1.1.1", "1.2.1"]
    assert any("read as components though their number could be the next dimension" in w for w in result.warnings)


def test_a_plan_without_an_indicator_column_heads_its_task_rows_with_unnamed_headings() -> None:
    """samples/audit42 F1 in a commune's layout "STT | Nội dung | Cơ quan chủ trì | ...": no indicator column."""
    rows = (
        row(tasks=cell("5. Thủ tục hành chính công")),
        row(tasks=cell("2. Thủ tục cấp phép xây dựng")),
        row({"STT": cell("1")}, tasks=cell("- Niêm yết công khai thủ tục."), lead=cell("UBND xã")),
        # a task row with its own number in the STT column and no agency stays a row
        row({"STT": cell("2")}, tasks=cell("3. Rà soát quy trình cấp phép")),
        row({"STT": cell("3")}, tasks=cell("- Tổ chức đối thoại."), lead=cell("UBND xã")),
    )
    out = merge(doc(*rows)).rows
    assert [(r.dimension_no, r.component_no) for r in out] == [(5, 2)] * 3
    assert {r.component for r in out} == {"2. Thủ tục cấp phép xây dựng"}
    assert out[1].tasks == "3. Rà soát quy trình cấp phép"
