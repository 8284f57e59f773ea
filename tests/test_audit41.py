"""audit41's two silent findings (samples/audit41/FINDINGS.md F1, F2), DOCX and PDF alike.

F1: a table under "PHỤ LỤC II" whose columns are not the appendix's and that is no plan appendix
(a schedule, a task list: no indicators or PAPI group column, no row naming a PAPI dimension) ends
the appendix and is named, not read on as rows. A second plan appendix is still read on.
F2: a total row that counts ("Tổng cộng: 24 nhiệm vụ", "Tổng cộng | 4 chỉ tiêu | 8 nhiệm vụ") is left
out and quoted whole; a task that begins with "Tổng ..." stays a row.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.model import CellPiece, Document, Line, PhysicalRow
from core.settings import ExtractSettings
from extract import extract
from extract.convert import find_soffice
from extract.merge import merge
from extract.table_ends import other_table_after, plan_appendix
from extract.totals import is_count, is_total_label, is_total_row

AUDIT41 = SAMPLES / "audit41"
_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[A-Z])[.)/]\s*")


def _fold(text: object) -> str:
    return " ".join(str(text or "").split())


def _group(text: object) -> str:
    """A group label compared as audit41's check.py does: leading number and case aside."""
    return _NUMBER.sub("", _fold(text)).casefold()


def _read(path: Path) -> Document:
    return merge(extract(path, ExtractSettings()))


def _expected(stem: str) -> list[dict[str, object]]:
    return json.loads((AUDIT41 / "expected" / f"{stem}.json").read_text(encoding="utf-8"))


def _wrong_cells(stem: str, doc: Document) -> list[tuple[str, str]]:
    """Return (key, field) of every expected cell the rows miss, rows paired in order (counts checked apart)."""
    wrong = []
    for want, got in zip(_expected(stem), doc.rows, strict=True):
        for name in want["_fields"]:  # type: ignore[union-attr]
            same = _group if name in ("dimension", "component") else _fold
            if same(want[name]) != same(getattr(got, name)):  # type: ignore[index]
                wrong.append((str(want["key"]), str(name)))
    return wrong


F1_CASES = [
    ("h3-two-appendices-schedule-sections", "LỊCH TRÌNH KIỂM TRA", "Nội dung công việc"),
    ("p16-appendix-two-task-like", "DANH MỤC NHIỆM VỤ TRỌNG TÂM", "Nhiệm vụ"),
    ("p02-two-appendices-contacts", "DANH SÁCH CÁN BỘ ĐẦU MỐI", "Họ và tên"),
]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
@pytest.mark.parametrize(("stem", "title", "first_row"), F1_CASES)
def test_a_titled_table_of_other_columns_ends_the_appendix_and_is_named(
    stem: str, title: str, first_row: str, suffix: str
) -> None:
    doc = _read(AUDIT41 / "docs" / f"{stem}.{suffix}")
    assert len(doc.rows) == len(_expected(stem))
    assert not _wrong_cells(stem, doc)
    named = [w for w in doc.warnings if "not read" in w]
    assert len(named) == 1 and "PHỤ LỤC II" in named[0] and title in named[0] and first_row in named[0], doc.warnings
    assert re.search(r"page \d+:", named[0])
    # the other table's agencies enter no row
    other = {"Thanh tra tỉnh"} if stem.startswith("p16") else set()
    assert not other & {row.lead for row in doc.rows}


TOTALS = {
    "p10-totals-notes": ("docx", "pdf"),
    "p17-totals-other-shapes": ("docx", "pdf"),
    "h2-html-code-totals": ("pdf",),
}
QUOTED = {
    "p10-totals-notes": "'Tổng cộng: 24 nhiệm vụ'",
    "p17-totals-other-shapes": "'Tổng cộng | 4 chỉ tiêu | 8 nhiệm vụ'",
    "h2-html-code-totals": "'Tổng cộng: 6 chỉ tiêu, 12 nhiệm vụ'",
}


@pytest.mark.parametrize(
    ("stem", "suffix"), [(stem, suffix) for stem, suffixes in TOTALS.items() for suffix in suffixes]
)
def test_a_total_row_with_counts_is_left_out_and_quoted(stem: str, suffix: str) -> None:
    doc = _read(AUDIT41 / "docs" / f"{stem}.{suffix}")
    expected = _expected(stem)
    assert len(doc.rows) == len(expected)
    assert [_fold(row.tasks) for row in doc.rows] == [_fold(row["tasks"]) for row in expected]
    assert [_fold(row.lead) for row in doc.rows] == [_fold(row["lead"]) for row in expected]
    said = [w for w in doc.warnings if "total row" in w]
    assert len(said) == 1 and QUOTED[stem] in said[0], doc.warnings


def _piece(text: str) -> CellPiece:
    return CellPiece(lines=(Line(text=text),))


def _row(**cells: str) -> PhysicalRow:
    return PhysicalRow(page=3, cells={name: _piece(text) for name, text in cells.items()})


@pytest.mark.parametrize(
    ("cells", "total"),
    [
        ({"tasks": "Tổng cộng: 24 nhiệm vụ"}, True),
        ({"tasks": "TỔNG CỘNG: 6 CHỈ TIÊU, 12 NHIỆM VỤ"}, True),
        ({"tasks": "Tổng số có 7 nhiệm vụ, giải pháp"}, True),
        ({"dimension": "Tổng cộng", "indicators": "4 chỉ tiêu", "tasks": "8 nhiệm vụ"}, True),
        ({"tasks": "Tổng số nhiệm vụ: 15"}, True),
        # tasks that begin with a total word stay rows
        (
            {"tasks": "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "lead": "Sở Nội vụ", "deadline": "Quý IV/2025"},
            False,
        ),
        ({"tasks": "Tổng kết năm, đề xuất nhiệm vụ năm 2026", "deadline": "Tháng 12/2025"}, False),
        ({"tasks": "Tổng hợp 12 chỉ tiêu"}, False),
        ({"tasks": "Tổng cộng 3 nhiệm vụ trọng tâm của tỉnh được giao cho các sở"}, False),
        ({"tasks": "Cộng đồng dân cư tham gia giám sát 5 nhiệm vụ"}, False),
        # a total word beside text that is no count
        ({"tasks": "Tổng cộng", "lead": "Sở Nội vụ"}, False),
        ({"indicators": "Tổng cộng", "tasks": "450 cán bộ"}, False),
        ({"tasks": "Tổng cộng: các nhiệm vụ của Mục II"}, False),
    ],
)
def test_a_total_row_is_a_total_word_and_counts_only(cells: dict[str, str], total: bool) -> None:
    assert is_total_row(_row(**cells)) is total


def test_counts_count_the_plans_things_only() -> None:
    assert is_count("4 chỉ tiêu") and is_count("6 chỉ tiêu và 12 nhiệm vụ") and is_count("12 nhiệm vụ.")
    assert not is_count("4 cán bộ") and not is_count("Nhiệm vụ 4") and not is_count("4")
    assert is_total_label("Tổng cộng: 3 chỉ tiêu (xem Mục II)") and not is_total_label("Tổng hợp: 3 chỉ tiêu")


APPENDIX = {"dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"}
SCHEDULE = {"tasks", "lead", "deadline"}
TASKS_ONLY = {"tasks", "lead", "coordinating", "deadline"}


def test_a_later_titled_table_is_read_on_only_as_a_plan_appendix() -> None:
    title = ["PHỤ LỤC II", "LỊCH TRÌNH KIỂM TRA"]
    assert other_table_after(title, APPENDIX, SCHEDULE, ["1", "Kiểm tra tại các huyện", "Sở Nội vụ"])
    assert not other_table_after(title, APPENDIX, {"indicators", *SCHEDULE}, [])  # names the indicators
    assert not other_table_after(title, APPENDIX, TASKS_ONLY, ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"])
    assert other_table_after(["DỰ TOÁN KINH PHÍ"], APPENDIX, {"indicators", *SCHEDULE}, [])  # no appendix title
    assert plan_appendix(set(), ["VIII. Quản trị điện tử"]) and not plan_appendix(SCHEDULE, ["Quản trị", "x" * 300])


def _docx(path: Path, second: tuple[tuple[str, ...], list[tuple[str, ...]]], last_task: str) -> Path:
    """Write a plan: its appendix (two tasks, the last ``last_task``), then "PHỤ LỤC II" and ``second``."""
    import docx

    document = docx.Document()
    for text in ("PHỤ LỤC I", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2026", "(Kèm theo Kế hoạch số 7/KH-UBND)"):
        document.add_paragraph(text)
    labels = ("STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")
    rows = [
        ("1", "1. Tri thức công dân", "- Tuyên truyền pháp luật", "Sở Tư pháp", "UBND các xã", "Năm 2026"),
        ("2", "2. Cơ hội tham gia", last_task, "Sở Nội vụ", "Các sở, ngành", "Quý IV/2026"),
    ]
    _table(document, labels, [("I. Tham gia của người dân ở cấp cơ sở",), *rows])
    document.add_paragraph("PHỤ LỤC II")
    document.add_paragraph("BẢNG KÈM THEO")
    _table(document, *second)
    document.save(str(path))
    return path


def _table(document: object, labels: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=1 + len(rows), cols=len(labels))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, labels, strict=True):
        cell.text = text
    for row, texts in zip(table.rows[1:], rows, strict=True):
        if len(texts) == 1:  # a section row across the table
            row.cells[0].merge(row.cells[-1]).text = texts[0]
            continue
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text


SCHEDULE_TABLE = (
    ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"),
    [("1", "Kiểm tra việc thực hiện tại các xã miền núi", "Văn phòng Đoàn ĐBQH", "Tháng 8/2026")],
)
SECOND_PLAN = (
    ("TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"),
    [
        ("II. Công khai, minh bạch trong việc ra quyết định",),
        ("1", "Niêm yết công khai ngân sách", "Phòng Tài chính", "UBND xã", "Năm 2026"),
    ],
)
CASES = {
    "schedule": (SCHEDULE_TABLE, "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch"),
    "second": (SECOND_PLAN, "Tổng kết năm, đề xuất nhiệm vụ năm 2027"),
}


def _check(doc: Document, case: str) -> None:
    tasks = [_fold(row.tasks) for row in doc.rows]
    assert tasks[:2] == ["- Tuyên truyền pháp luật", CASES[case][1]]  # a task beginning "Tổng ..." is a row
    named = [w for w in doc.warnings if "not read" in w]
    if case == "schedule":
        assert len(tasks) == 2 and "Văn phòng Đoàn ĐBQH" not in {row.lead for row in doc.rows}
        assert len(named) == 1 and "PHỤ LỤC II" in named[0] and "Nội dung công việc" in named[0], doc.warnings
    else:  # another plan's appendix under "PHỤ LỤC II": read on
        assert tasks[2:] == ["Niêm yết công khai ngân sách"] and not named, doc.warnings
    assert not [w for w in doc.warnings if "total row" in w]


@pytest.mark.parametrize("case", sorted(CASES))
def test_built_docx_reads_a_second_plan_on_and_names_a_schedule(case: str, tmp_path: Path) -> None:
    _check(_read(_docx(tmp_path / f"{case}.docx", *CASES[case])), case)


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_built_pdfs_read_a_second_plan_on_and_name_a_schedule(tmp_path: Path) -> None:
    sources = [str(_docx(tmp_path / f"{case}.docx", *CASES[case])) for case in sorted(CASES)]
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    command = [str(find_soffice()), profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *sources]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    for case in sorted(CASES):
        _check(_read(tmp_path / f"{case}.pdf"), case)
