"""Spreadsheets: an appendix kept in Excel (or Calc) is read from its cells, merged ranges and all."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import COMPARED, SAMPLES
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from core.documents import folder_documents
from core.errors import ExtractError
from core.schema import plan_schema
from extract import extract
from extract.legacy import encode_tcvn3
from extract.merge import merge
from extract.sniff import FILE_TYPES, sniff
from extract.xlsx import cell_text
from phuluc.cli import main

HEADER = (
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ và giải pháp",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
)
needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")


def _book(rows: list[tuple[Any, ...]], path: Path, header: tuple[str, ...] = HEADER) -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.append(("KẾ HOẠCH NĂM 2026",))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return book


def _rows(path: Path) -> list[dict[str, Any]]:
    return [{name: getattr(row, name) for name in COMPARED} for row in merge(extract(path)).rows]


def test_group_labels_merged_down_fill_their_rows_and_alt_enter_lines_stay_lines(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    book = _book(
        [
            ("1. Tham gia", "1.1. Tri thức", "1. Hiểu biết", "- Tuyên truyền;\n- Phổ biến.", "Sở Tư pháp", "UBND"),
            (None, "1.2. Cơ hội", "2. Bầu cử", "Tổ chức bầu cử", "Sở Nội vụ", None),
            (None, None, "3. Góp ý", "Lấy ý kiến", "Sở Nội vụ", "Sở Tư pháp"),
        ],
        path,
    )
    sheet = book.active
    sheet.merge_cells("A3:A5")
    sheet.merge_cells("B4:B5")
    book.save(path)
    rows = _rows(path)
    assert [r["key"] for r in rows] == ["1.1.1", "1.2.2", "1.2.3"]
    assert [r["dimension"] for r in rows] == ["1. Tham gia"] * 3
    assert [r["component"] for r in rows] == ["1.1. Tri thức", "1.2. Cơ hội", "1.2. Cơ hội"]
    assert rows[0]["tasks"] == "- Tuyên truyền;\n- Phổ biến."
    assert rows[2]["coordinating"] == "Sở Tư pháp"
    assert extract(path).title == "KẾ HOẠCH NĂM 2026"


def test_a_grouped_two_row_header_is_stacked_not_read_as_a_row(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(("Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ", "Cơ quan", None))
    sheet.append((None, None, None, None, "Chủ trì", "Phối hợp"))
    sheet.append(("1. Tham gia", "1. Tri thức", "1. Hiểu biết", "Tuyên truyền", "Sở Tư pháp", "UBND cấp xã"))
    for col in "ABCD":
        sheet.merge_cells(f"{col}1:{col}2")
    sheet.merge_cells("E1:F1")
    book.save(path)
    doc = extract(path)
    assert [field for field, _ in doc.header][-2:] == ["lead", "coordinating"]
    (row,) = _rows(path)
    assert (row["lead"], row["coordinating"]) == ("Sở Tư pháp", "UBND cấp xã")


def test_numbers_and_dates_read_as_the_sheet_shows_them() -> None:
    assert cell_text(3.0) == "3"
    assert cell_text(2.5) == "2.5"
    assert cell_text(dt.datetime(2026, 6, 30)) == "30/06/2026"
    assert cell_text(dt.date(2026, 12, 1)) == "01/12/2026"
    assert cell_text(None) == ""


def test_a_cell_typed_in_a_tcvn3_font_is_converted_and_said(tmp_path: Path) -> None:
    path = tmp_path / "legacy.xlsx"
    book = _book([("1. Tham gia", "1. Tri thức", "1. Hiểu biết", "x", "y", "z")], path)
    cell = book.active["D3"]
    cell.value, cell.font = encode_tcvn3("Tuyên truyền pháp luật"), Font(name=".VnTime")
    book.save(path)
    doc = extract(path)
    assert merge(doc).rows[0].tasks == "Tuyên truyền pháp luật"
    assert any("TCVN3" in w and ".VnTime" in w for w in doc.warnings)


def test_text_outside_the_appendix_columns_is_kept_and_other_sheets_are_named(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    book = _book([("1. Tham gia", "1. Tri thức", "1. Hiểu biết", "Tuyên truyền", "Sở Tư pháp", "UBND", "ghi")], path)
    book.create_sheet("Tổng hợp")["B2"] = "Bảng điểm PAPI 2025"
    book.save(path)
    doc = extract(path)
    (row,) = merge(doc).rows
    assert "ghi" in [text for _, text in row.extra]
    assert any("'Tổng hợp'" in w and "Bảng điểm PAPI 2025" in w for w in doc.warnings)


def test_a_workbook_without_the_appendix_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "scores.xlsx"
    _book([("a", "b")], path, header=("Chỉ số", "Điểm"))
    with pytest.raises(ExtractError, match="no appendix table found.*1 sheet"):
        extract(path)


def test_the_spreadsheet_sample_and_its_calc_copies_give_the_hand_checked_rows(
    seed_rows: list[dict[str, Any]],
) -> None:
    copies = [SAMPLES / "plan-2024-sheet.xlsx"]
    if shutil.which("soffice") is not None:
        copies += [SAMPLES / "plan-2024-sheet.ods", SAMPLES / "plan-2024-sheet.xls"]
    for path in copies:
        assert sniff(path) == path.suffix[1:]
        assert _rows(path) == [{name: row[name] for name in COMPARED} for row in seed_rows], path.name


def test_a_folder_with_a_workbook_reads_it_and_plan_json_keeps_its_type(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "plan-2024-sheet.xlsx", folder)
    assert folder_documents(folder) == [folder / "plan-2024-sheet.xlsx"]
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "-q"]) == 0
    plan = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))
    assert plan["documents"][0]["file_type"] == "xlsx"
    assert len(plan["documents"][0]["rows"]) == 36


def test_every_type_sniff_tells_is_one_plan_json_allows() -> None:
    enum = plan_schema()["$defs"]["document"]["properties"]["file_type"]["enum"]
    assert sorted(enum) == sorted(FILE_TYPES)


def test_the_workbook_is_not_changed_by_reading(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    shutil.copy(SAMPLES / "plan-2024-sheet.xlsx", path)
    before = path.read_bytes()
    extract(path)
    assert path.read_bytes() == before
    assert load_workbook(path).sheetnames == ["Phụ lục", "Ghi chú"]


def test_text_past_the_columns_read_is_counted_in_a_warning(tmp_path: Path) -> None:
    from extract.xlsx import MAX_COLUMNS

    path = tmp_path / "wide.xlsx"
    book = _book([("1. Tham gia", "1. Tri thức", "1. Hiểu biết", "Tuyên truyền", "Sở Tư pháp", "UBND")], path)
    book.active.cell(3, MAX_COLUMNS + 5, "ghi chú lạc")
    book.save(path)
    doc = extract(path)
    assert len(merge(doc).rows) == 1
    assert any("was not read" in w and "1 cell(s)" in w for w in doc.warnings)


def test_a_formula_without_a_saved_result_is_named_not_read_empty_silently(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    book = _book([("1. Tham gia", "1.1. Tri thức", "1. Hiểu biết", "Tuyên truyền", "Sở Tư pháp", None)], path)
    book.active["F3"] = '=CONCATENATE("Sở ", "Nội vụ")'  # openpyxl saves the formula, never its result
    book.save(path)
    doc = extract(path)
    assert [(row.lead, row.coordinating) for row in merge(doc).rows] == [("Sở Tư pháp", "")]
    (warning,) = [w for w in doc.warnings if "formula" in w]
    assert "1 formula cell(s) have no saved result" in warning
    assert "'Sheet'!F3" in warning and "CONCATENATE" in warning


def test_a_workbook_without_formulas_says_nothing_of_them(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    _book([("1. Tham gia", "1.1. Tri thức", "1. Hiểu biết", "Tuyên truyền", "Sở Tư pháp", "Sở Nội vụ")], path)
    assert not [w for w in extract(path).warnings if "formula" in w]


@pytest.mark.parametrize("name", ["plan.pdf", "plan", "plan.XLSX.bak"])
def test_a_workbook_is_read_whatever_its_name_ends_in(tmp_path: Path, name: str) -> None:
    # the type is told from the content (README): openpyxl refused a path not ending in .xlsx (audit20 F3)
    path = tmp_path / name
    book = _book([("1. Tham gia", "1.1. Tri thức", "1. Hiểu biết", "Tuyên truyền", "Sở Tư pháp", None)], path)
    book.active["F3"] = '=CONCATENATE("Sở ", "Nội vụ")'  # the formulas' second opening too
    book.save(path)
    doc = extract(path)
    assert doc.provenance.file_type == "xlsx" and [row.lead for row in merge(doc).rows] == ["Sở Tư pháp"]
    assert any("formula" in w for w in doc.warnings)
