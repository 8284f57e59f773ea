"""The third audit's failures (samples/audit3): headers, group labels, titles, damaged and clipped text."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES

from core.errors import ExtractError
from core.model import FIELDS, CellPiece, Document, Line, PhysicalRow, Provenance, Row
from core.settings import ExtractSettings
from extract import extract
from extract.grid import GridCell, edges_to_grids
from extract.header import labels_to_fields, title_lines, unmapped_columns_warning
from extract.letters import foreign_letter_warning
from extract.merge import DISPLACED_LABELS, merge
from extract.pdf_chain import odd_header_warnings
from extract.pdf_columns import ColumnMap, beside_header

AUDIT3 = SAMPLES / "audit3"
#: The fields compared with the expected rows (white space folded).
COMPARED = ("key", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")


def _fold(text: object) -> str:
    return " ".join(str(text).split())


def _expected(stem: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads((AUDIT3 / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return rows


def _read(name: str) -> Document:
    return merge(extract(AUDIT3 / name, ExtractSettings()))


def _as_expected(row: Row) -> dict[str, str]:
    return {f: _fold(getattr(row, f)) for f in COMPARED}


@pytest.mark.parametrize(
    ("labels", "column", "field"),
    [
        (("TT", "Nội dung / Chỉ số", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp"), 1, "indicators"),
        (("STT", "Nội dung, chỉ số", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"), 1, "indicators"),
        (("STT", "Chỉ số / Nội dung", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"), 1, "indicators"),
        (("STT", "Nội dung chỉ tiêu", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"), 1, "indicators"),
        # a label that names its level in PAPI's own term keeps it when a "Chỉ tiêu" column is there
        (("Chỉ số thành phần / nội dung", "Chỉ tiêu", "Nhiệm vụ", "Chủ trì", "Phối hợp"), 0, "component"),
        (("Nội dung / Chỉ số", "Chỉ tiêu", "Nhiệm vụ", "Chủ trì", "Phối hợp"), 1, "indicators"),
        (("Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ", "Chủ trì", "Phối hợp"), 0, "dimension"),
    ],
)
def test_a_label_joining_content_and_index_is_the_indicator_column(
    labels: tuple[str, ...], column: int, field: str
) -> None:
    assert labels_to_fields(labels)[column] == field


def _cell(*texts: str) -> CellPiece:
    return CellPiece(lines=tuple(Line(t, paragraph_end=True) for t in texts))


def _row(**cells: CellPiece) -> PhysicalRow:
    return PhysicalRow(page=1, cells={f: cells.get(f, CellPiece()) for f in FIELDS})


def _dimension_column_rows(indicators: bool) -> tuple[PhysicalRow, ...]:
    """Dimension section rows over a column read as the dimension that gives each row its own numbered label."""

    def data(label: str, task: str) -> PhysicalRow:
        extra = {"indicators": _cell("Tỷ lệ")} if indicators else {}
        return _row(dimension=_cell(label), tasks=_cell(task), lead=_cell("Sở Nội vụ"), **extra)

    return (
        _row(tasks=_cell("I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ")),
        data("1. Tỷ lệ người dân hiểu chính sách.", "- Tuyên truyền."),
        data("2. Tỷ lệ người dân biết trưởng thôn.", "- Họp thôn."),
        _row(tasks=_cell("II. CÔNG KHAI, MINH BẠCH")),
        data("1. Tỷ lệ hộ biết danh sách.", "- Niêm yết."),
    )


def _docx(rows: tuple[PhysicalRow, ...]) -> Document:
    header = (("dimension", "Chỉ số"), ("tasks", "Nhiệm vụ"), ("lead", "Chủ trì"))
    return Document(
        Provenance("t.docx", "t.docx", "0" * 64, "docx", "python-docx", 1), header=header, physical_rows=rows
    )


def test_a_group_column_that_gives_each_row_its_own_label_is_read_as_the_indicators() -> None:
    out = merge(_docx(_dimension_column_rows(indicators=False)))
    assert [r.indicators for r in out.rows] == [
        "1. Tỷ lệ người dân hiểu chính sách.",
        "2. Tỷ lệ người dân biết trưởng thôn.",
        "1. Tỷ lệ hộ biết danh sách.",
    ]
    assert [r.dimension for r in out.rows] == ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"] * 2 + [
        "II. CÔNG KHAI, MINH BẠCH"
    ]
    assert [r.key for r in out.rows] == ["1.1.1", "1.1.2", "2.1.1"]
    assert out.header[0] == ("indicators", "Chỉ số")
    assert [w for w in out.warnings if "'Chỉ số' was read as the dimension" in w and "read as the indicators" in w]


def test_a_section_label_a_group_column_overrides_is_kept_and_warned() -> None:
    """A column read as the dimension that is none, beside an indicator column: the section rows' text stays."""
    out = merge(_docx(_dimension_column_rows(indicators=True)))
    kept = [dict(r.extra).get(DISPLACED_LABELS[0]) for r in out.rows]
    assert kept == ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"] * 2 + ["II. CÔNG KHAI, MINH BẠCH"]
    warned = [w for w in out.warnings if "section row(s) give a dimension label" in w]
    assert len(warned) == 1 and "II. CÔNG KHAI, MINH BẠCH" in warned[0]


def test_a_group_column_that_agrees_with_the_section_rows_keeps_nothing_apart() -> None:
    rows = (
        _row(tasks=_cell("I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ")),
        _row(dimension=_cell("I. THAM GIA CỦA NGƯỜI DÂN  Ở CẤP CƠ SỞ"), indicators=_cell("1. Tỷ lệ")),
    )
    doc = Document(Provenance("t.docx", "t.docx", "0" * 64, "docx", "python-docx", 1), physical_rows=rows)
    out = merge(doc)
    assert [r.extra for r in out.rows] == [()]
    assert not [w for w in out.warnings if "overrides" in w]


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("c1-typst-header-repeat.pdf", "c1-typst-header-repeat"),
        ("c20-docx-noi-dung-chi-so.docx", "c20-docx-noi-dung-chi-so"),
    ],
)
def test_noi_dung_chi_so_column_gives_the_indicators_and_the_groups(name: str, stem: str) -> None:
    doc = _read(name)
    assert [field for field, label in doc.header if label.strip() == "Nội dung / Chỉ số"] == ["indicators"]
    expected = [{f: _fold(e[f]) for f in COMPARED} for e in _expected(stem)]
    assert [_as_expected(r) for r in doc.rows] == expected


def test_title_lines_come_from_the_page_before_when_none_opens_the_title_above_the_table() -> None:
    before = ["Căn cứ Kế hoạch", "PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP", "(Kèm theo Kế hoạch của UBND tỉnh Phú Thọ)"]
    assert title_lines(before, ["Bảng nhiệm vụ, giải pháp"]) == [*before, "Bảng nhiệm vụ, giải pháp"]
    assert title_lines(before, ["PHỤ LỤC II", "BẢNG"]) == ["PHỤ LỤC II", "BẢNG"]
    assert title_lines(["Căn cứ Kế hoạch"], ["Bảng nhiệm vụ"]) == ["Bảng nhiệm vụ"]


def test_the_title_on_a_portrait_page_before_a_landscape_table_is_read() -> None:
    doc = _read("c7-odt-landscape-after-portrait.pdf")
    assert doc.title.startswith("PHỤ LỤC\nNHIỆM VỤ, GIẢI PHÁP")
    assert "của UBND tỉnh Phú Thọ" in doc.title
    assert len(doc.rows) == len(_expected("c7-odt-landscape-after-portrait"))


def test_words_with_letters_no_vietnamese_text_has_are_warned() -> None:
    rows = (_row(tasks=_cell("- Công khai danh mÿc thông tin cāa xã", "C¢ quan gi¿i quyết")),)
    warned = foreign_letter_warning(rows)
    assert len(warned) == 1 and "'cāa'" in warned[0] and "'mÿc'" in warned[0] and "'gi¿i'" in warned[0]
    fine = (_row(tasks=_cell("Sở Văn hóa, Thể thao và Du lịch; đạt 30°C, 12 m²; hợp tác với Zürich, Việt Nam")),)
    assert foreign_letter_warning(fine) == ()


def test_a_header_column_that_maps_to_no_field_is_named() -> None:
    header = (("", "STT"), ("indicators", "Chỉ tiêu"), ("", "Cơ quan chā trì"), ("coordinating", "Phối hợp"))
    warned = unmapped_columns_warning(header)
    assert len(warned) == 1 and "'Cơ quan chā trì'" in warned[0] and "STT" not in warned[0]
    assert unmapped_columns_warning((("", "STT"), ("tasks", "Nhiệm vụ"))) == ()


def test_a_notes_column_is_no_unmapped_column_worth_a_warning() -> None:
    """Many plans end with a "Ghi chú" column: its text belongs in extra, and saying so on each plan would cry wolf."""
    for label in ("Ghi chú", "GHI CHÚ", "Ghi  chú", "Lưu ý"):
        assert unmapped_columns_warning((("", "TT"), ("tasks", "Nhiệm vụ"), ("", label))) == ()
    (warned,) = unmapped_columns_warning((("tasks", "Nhiệm vụ"), ("", "Ghi chú"), ("", "Cơ quan p")))
    assert "'Cơ quan p'" in warned and "Ghi chú" not in warned


def test_a_damaged_text_layer_that_loses_a_header_column_is_refused() -> None:
    """c4b: Ghostscript's wrong ToUnicode entries: wrong letters, and the lead column's label damaged.

    Read with warnings until samples/audit24 F3: its lead column went to ``extra`` and every row's
    letters were wrong; a header that does not read as Vietnamese now refuses the text layer, as a
    header that cannot be recognised at all does, and sends the user to --ocr.
    """
    with pytest.raises(ExtractError, match=r"'Cơ quan chā trì' holds letters no Vietnamese text has.*--ocr"):
        _read("c4b-chromium-gs-plain-header.pdf")


def test_a_table_wider_than_its_page_is_warned_as_cut_at_the_edge() -> None:
    """c9: a landscape table printed on portrait pages, its last columns past the right edge."""
    doc = _read("c9-lo-table-wider-than-page.pdf")
    assert [w for w in doc.warnings if "runs to the page's edge on page(s) 1, 2, 3" in w]
    assert [w for w in doc.warnings if "'Cơ quan p' map to no field" in w]


def test_a_table_inside_the_page_is_not_warned_as_cut() -> None:
    doc = _read("c7-odt-landscape-after-portrait.pdf")
    assert not [w for w in doc.warnings if "page's edge" in w or "map to no field" in w or "no Vietnamese" in w]


def test_two_pages_printed_side_by_side_are_read_as_two_tables_left_first() -> None:
    """c13: two half-sheet tables, each under its own header: read each whole, the left one first."""
    doc = _read("c13-two-up-side-by-side.pdf")
    expected = [{f: _fold(e[f]) for f in COMPARED} for e in _expected("c13-two-up-side-by-side")]
    assert [_as_expected(r) for r in doc.rows] == expected
    assert "của UBND tỉnh Hà Tĩnh" in doc.title
    assert doc.coverage is not None and doc.coverage.complete


def _ruled_table(x0: float, x1: float, top: float, rows: int) -> list[dict[str, float | str]]:
    """The edges of a ruled table of four columns and ``rows`` bands, 20 pt high."""
    xs = [x0 + (x1 - x0) * i / 4 for i in range(5)]
    ys = [top + 20 * i for i in range(rows + 1)]
    edges: list[dict[str, float | str]] = [{"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y} for y in ys]
    edges += [{"orientation": "v", "x0": x, "x1": x, "top": ys[0], "bottom": ys[-1]} for x in xs]
    return edges


def test_ruled_tables_side_by_side_are_two_grids_the_left_one_first() -> None:
    left, right = _ruled_table(40, 380, 120, 10), _ruled_table(460, 800, 40, 12)
    grids = edges_to_grids(right + left)
    assert [(round(g.xs[0]), round(g.xs[-1])) for g in grids] == [(40, 380), (460, 800)]
    stacked = edges_to_grids(_ruled_table(40, 380, 300, 3) + _ruled_table(40, 380, 40, 3))
    assert [round(g.ys[0]) for g in stacked] == [40, 300]


def test_a_header_row_beside_the_appendix_header_is_warned_as_two_tables_side_by_side() -> None:
    """When the two tables' rules join into one grid, the second header row says so, and the rows are wrong."""
    columns = ColumnMap(
        (
            ("", "STT", 460, 477),
            ("indicators", "Chỉ tiêu", 477, 549),
            ("tasks", "Nhiệm vụ, giải pháp", 549, 668),
            ("lead", "Đơn vị chủ trì", 668, 714),
            ("coordinating", "Đơn vị phối hợp", 714, 771),
            ("deadline", "Thời hạn", 771, 803),
        ),
        (460, 477, 549, 668, 714, 771, 803),
    )
    beside = [
        (GridCell(x0, 40, x1, 60, 0, i, 1, i + 1), label)
        for i, (_, label, x0, x1) in enumerate(f for f in columns.fields)
    ]
    shifted = [(GridCell(c.x0 - 421, 40, c.x1 - 421, 60, 0, c.col, 1, c.col_end), label) for c, label in beside]
    assert beside_header(shifted, columns) and not beside_header(beside, columns)
    warned = odd_header_warnings([(1, "STT | Chỉ tiêu | Nhiệm vụ", True)])
    assert len(warned) == 1 and "two tables side by side" in warned[0] and "wrong" in warned[0]
    assert "reads as a header row" in odd_header_warnings([(2, "STT | Chỉ tiêu", False)])[0]


def test_a_plan_printed_one_page_to_a_sheet_is_not_warned_as_side_by_side() -> None:
    doc = _read("c2-fpdf2-table.pdf")
    assert not [w for w in doc.warnings if "side by side" in w]


def test_a_section_rows_group_cell_that_no_row_takes_is_kept_and_warned() -> None:
    """A section row's own dimension cell, over a data row whose dimension cell has its own text."""
    rows = (
        _row(dimension=_cell("1. Tham gia của người dân"), tasks=_cell("1.1. Tri thức công dân")),
        _row(dimension=_cell("Nhóm A"), indicators=_cell("1. Tỷ lệ"), tasks=_cell("- a"), lead=_cell("Sở")),
    )
    out = merge(_docx(rows))
    assert [dict(r.extra).get(DISPLACED_LABELS[0]) for r in out.rows] == ["1. Tham gia của người dân"]
    assert [w for w in out.warnings if "'1. Tham gia của người dân'" in w and DISPLACED_LABELS[0] in w]
