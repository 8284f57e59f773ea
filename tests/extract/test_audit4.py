"""The fourth audit's silent failures (samples/audit4): letter items, total rows, appendices not read."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.model import CellPiece, Document, Line, PhysicalRow
from core.settings import ExtractSettings
from extract import extract
from extract.convert import find_soffice
from extract.header import labels_to_fields
from extract.merge import merge
from extract.row_keys import KeyMaker
from extract.totals import is_total_row

AUDIT4 = SAMPLES / "audit4"
#: The fields compared with the expected rows (white space folded).
COMPARED = ("key", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline", "budget")


def _fold(text: object) -> str:
    return " ".join(str(text).split())


def _expected(stem: str) -> list[dict[str, str]]:
    rows = json.loads((AUDIT4 / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return [{f: _fold(row[f]) for f in COMPARED} for row in rows]


def _read(name: str) -> Document:
    return merge(extract(AUDIT4 / name, ExtractSettings()))


def _rows(doc: Document) -> list[dict[str, str]]:
    return [{f: _fold(getattr(row, f)) for f in COMPARED} for row in doc.rows]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_lettered_indicators_are_no_roman_numerals(suffix: str) -> None:
    stem = "e4-roman-vmerge-letter-indicators"
    assert _rows(_read(f"{stem}.{suffix}")) == _expected(stem)


def test_letter_items_key_by_stt_and_roman_items_by_their_number() -> None:
    letters = KeyMaker(["a) A\nb) B", "c) C", "i) D", "v) E", "x) F"])
    keys = [
        letters.key(1, 1, text, stt) for text, stt in (("a) A", 1), ("c) C", 2), ("i) D", 3), ("v) E", 4), ("x) F", 5))
    ]
    assert keys == ["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5"]
    roman = KeyMaker(["i) A\nii) B", "iii) C", "iv) D\nv) E"])
    assert [roman.key(1, 1, text, None) for text in ("i) A", "iii) C", "iv) D")] == ["1.1.1", "1.1.3", "1.1.4"]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_total_row_is_no_data_row_and_is_named(suffix: str) -> None:
    stem = "e5-bullets-fonts-total-row"
    doc = _read(f"{stem}.{suffix}")
    assert _rows(doc) == _expected(stem)
    assert [w for w in doc.warnings if "total row" in w and "'Tổng cộng | 450'" in w]


@pytest.mark.parametrize(
    ("sums", "total"),
    [
        (("450 triệu đồng",), True),
        (("1.250,5", "300 tr.đ."), True),
        (("450 cán bộ",), False),
        (("Quý IV/2026",), False),
    ],
)
def test_a_total_row_may_write_its_sums_with_a_money_unit(sums: tuple[str, ...], total: bool) -> None:
    """A sum is often written with its unit ("450 triệu đồng"); figures of anything else make no total row."""
    fields = ("budget", "deadline")[: len(sums)]
    cells = {"tasks": _piece("Tổng cộng:"), **{field: _piece(text) for field, text in zip(fields, sums, strict=True)}}
    assert is_total_row(PhysicalRow(page=3, cells=cells)) is total


def test_a_task_only_row_counts_its_stt_from_the_components_first_row() -> None:
    keys = KeyMaker()
    assert [keys.key(3, 1, text, stt) for text, stt in (("1. A", 5), ("", 6))] == ["3.1.1", "3.1.2"]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_second_appendix_of_other_columns_is_named(suffix: str) -> None:
    stem = "e8-second-appendix-scores"
    doc = _read(f"{stem}.{suffix}")
    assert _rows(doc) == _expected(stem)
    named = [w for w in doc.warnings if "not read" in w]
    assert len(named) == 1 and "PHỤ LỤC II" in named[0] and "Điểm năm 2023" in named[0]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_two_appendices_of_the_same_columns_are_both_read(suffix: str) -> None:
    stem = "e7-two-appendices-same-columns"
    doc = _read(f"{stem}.{suffix}")
    assert _rows(doc) == _expected(stem)
    assert [w for w in doc.warnings if "PHỤ LỤC II" in w] and not [w for w in doc.warnings if "not read" in w]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_content_column_beside_the_tasks_is_the_indicators(suffix: str) -> None:
    stem = "e10-noi-dung-cong-viec-and-giai-phap"
    assert _rows(_read(f"{stem}.{suffix}")) == _expected(stem)


@pytest.mark.parametrize(
    ("labels", "fields"),
    [
        (("TT", "Nội dung công việc", "Giải pháp thực hiện", "Chủ trì"), {1: "indicators", 2: "tasks", 3: "lead"}),
        # alone, or with the indicators named elsewhere, a "Nội dung" column is the tasks
        (("TT", "Nội dung công việc", "Chủ trì", "Phối hợp"), {1: "tasks", 2: "lead", 3: "coordinating"}),
        (("Chỉ tiêu", "Nội dung", "Giải pháp", "Chủ trì"), {0: "indicators", 2: "tasks", 3: "lead"}),
    ],
)
def test_content_beside_tasks_only_without_an_indicator_column(labels: tuple[str, ...], fields: dict[int, str]) -> None:
    assert labels_to_fields(labels) == fields


def _plan_docx(path: Path, before: bool) -> Path:
    """Write a DOCX: a score table of other columns (before or after) and the plan's table."""
    import docx

    document = docx.Document()

    def scores() -> None:
        document.add_paragraph("PHỤ LỤC II – KẾT QUẢ CHỈ SỐ PAPI NĂM 2024")
        table = document.add_table(rows=2, cols=4)
        table.style = "Table Grid"  # ruled, as plans print their tables
        for cell, text in zip(
            table.rows[0].cells, ("TT", "Chỉ số nội dung", "Điểm năm 2023", "Điểm năm 2024"), strict=True
        ):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, ("1", "Tham gia của người dân", "4,9", "5,1"), strict=True):
            cell.text = text

    if before:
        scores()
    document.add_paragraph("PHỤ LỤC I – NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI")
    labels = ("STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")
    plan = document.add_table(rows=3, cols=len(labels))
    plan.style = "Table Grid"
    for cell, text in zip(plan.rows[0].cells, labels, strict=True):
        cell.text = text
    plan.rows[1].cells[0].merge(plan.rows[1].cells[-1]).text = "I. Tham gia của người dân ở cấp cơ sở"
    row = ("1", "1. Hiểu biết về chính sách", "- Tuyên truyền", "Sở Tư pháp", "UBND các xã", "Năm 2026")
    for cell, text in zip(plan.rows[2].cells, row, strict=True):
        cell.text = text
    if not before:
        scores()
    document.save(str(path))
    return path


@pytest.mark.parametrize("before", [True, False])
def test_a_table_of_other_columns_before_or_after_the_plan_is_named(tmp_path: Path, before: bool) -> None:
    doc = merge(extract(_plan_docx(tmp_path / "plan.docx", before), ExtractSettings()))
    assert [row.tasks for row in doc.rows] == ["- Tuyên truyền"]
    named = [w for w in doc.warnings if "not read" in w]
    assert len(named) == 1 and ("before" if before else "after") in named[0]
    assert "PHỤ LỤC II" in named[0] and "Điểm năm 2023" in named[0]


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_a_table_of_other_columns_before_the_plan_is_named_in_its_pdf(tmp_path: Path) -> None:
    source = _plan_docx(tmp_path / "plan.docx", before=True)
    soffice = str(find_soffice())
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    command = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    doc = merge(extract(tmp_path / "plan.pdf", ExtractSettings()))
    assert [row.tasks for row in doc.rows] == ["- Tuyên truyền"]
    named = [w for w in doc.warnings if "not read" in w]
    assert len(named) == 1 and "before" in named[0] and "PHỤ LỤC II" in named[0] and "Điểm năm 2023" in named[0]


def _piece(text: str) -> CellPiece:
    return CellPiece(lines=(Line(text=text),))
