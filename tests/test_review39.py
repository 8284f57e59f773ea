"""review39: second review of the borderless merged-cell gutters, total labels, the heading's wrapped tail.

Documents under samples/review39/docs (Chromium and LibreOffice prints, built by its scripts);
what each should give was written by hand from the text the builders put in.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.model import Document
from extract.coverage import FreeLine
from extract.pdf_heading import _with_wrapped_end
from extract.role_cells import shared_columns_warning
from phuluc.pipeline import run_documents

ROOT = Path(__file__).resolve().parent.parent / "samples"
DOCS = ROOT / "review39" / "docs"
REVIEW38 = ROOT / "review38" / "docs"


def _one(path: Path) -> Document:
    (doc,) = run_documents([path]).documents
    return doc


def test_a_merged_cell_on_a_page_without_header_does_not_end_the_table() -> None:
    """d7x: lead and coordinating merged in a row of page 3 (no header there); 14 of 17 rows before."""
    doc = _one(DOCS / "d7x-unaligned-rows.pdf")
    keys = [row.key for row in doc.rows]
    assert sorted(keys, key=lambda k: int(k.rsplit(".", 1)[1])) == [f"1.1.{n}" for n in range(1, 18)]
    first = doc.rows[0]
    assert (first.lead, first.coordinating) == ("UBND cấp xã", "Công an xã")


def test_a_cell_merged_over_indicators_and_tasks_leaves_the_other_rows_columns_apart() -> None:
    """review38 m5: the merged row's crossing closed the gutter on a short page; every row lost its indicators."""
    doc = _one(REVIEW38 / "m5-merged-indicator-task-row.pdf")
    assert len(doc.rows) == 6
    assert doc.rows[0].indicators == "1. Hiểu biết về chính sách hiện hành"
    assert doc.rows[0].tasks.startswith("- Tăng cường công tác phổ biến")


def test_a_total_row_with_what_it_sums_in_brackets_is_left_out_and_said() -> None:
    doc = _one(REVIEW38 / "m4-total-row.pdf")
    assert len(doc.rows) == 3
    assert any("Tổng cộng (ba chỉ tiêu" in warning for warning in doc.warnings)


def test_cells_whose_texts_nearly_touch_are_read_apart_not_as_merged_cells() -> None:
    """s8: a cell's text 4.5 pt from the next one's (Chromium, 3 px padding) was one run, read as a merged cell,
    and the table refused; a line of narrow word spaces fills narrower gaps (samples/audit43 F2), so the two are
    apart and the table is read as review38's hand expectation has it. (w2's headings centred over the columns
    are read as section rows: tests/test_review38.py.)"""
    expected = json.loads((REVIEW38.parent / "expected" / "s8-stt-numeral-cell.pdf.json").read_text(encoding="utf-8"))
    rows = _one(REVIEW38 / "s8-stt-numeral-cell.pdf").rows
    fields = ("key", "dimension", "component", "indicators", "tasks", "lead")
    assert [tuple(getattr(row, f) for f in fields) for row in rows] == [
        tuple(want[f] for f in fields) for want in (expected["rows"] if isinstance(expected, dict) else expected)
    ]


def test_a_body_paragraph_after_the_title_does_not_place_a_communes_plan() -> None:
    """h7: "Căn cứ ... của UBND tỉnh Quảng Ngãi ..." a line's gap under a title on the heading's 8th line."""
    doc = _one(DOCS / "h7.pdf")
    assert doc.jurisdiction is not None  # "ỦY BAN NHÂN DÂN" over "XÃ BÌNH SƠN": the issuer's name on two lines
    assert (doc.jurisdiction.level, doc.jurisdiction.name) == ("commune", "Bình Sơn")


def _line(top: float, x0: float, x1: float, text: str = "x") -> FreeLine:
    return FreeLine(top=top, bottom=top + 12, x0=x0, x1=x1, text=text)


def test_only_a_centred_tail_carries_the_heading_on() -> None:
    lines = [_line(14 * k, 70, 520) for k in range(8)]
    tail = _line(112, 270, 320, "Nẵng")
    body = _line(112, 70, 520, "Căn cứ Kế hoạch số 45/KH-UBND của UBND tỉnh Quảng Ngãi về ...")
    assert len(_with_wrapped_end([*lines, tail], 8)) == 9
    assert len(_with_wrapped_end([*lines, body], 8)) == 8
    short = [*lines[:7], _line(98, 200, 390)]  # the title's last line ends short of the right edge: not wrapped
    assert len(_with_wrapped_end([*short, tail], 8)) == 8


def test_a_label_naming_a_second_field_no_column_has_is_said() -> None:
    said = shared_columns_warning([("tasks", "Nhiệm vụ và giải pháp"), ("lead", "Cơ quan chủ trì Cơ quan phối hợp")])
    assert len(said) == 1 and "coordinating" in said[0]
    assert not shared_columns_warning([("tasks", "Nhiệm vụ và giải pháp thực hiện"), ("lead", "Cơ quan chủ trì")])
    both = [("lead", "Cơ quan chủ trì"), ("coordinating", "Cơ quan phối hợp"), ("tasks", "Nhiệm vụ, giải pháp")]
    assert not shared_columns_warning(both)
    # the tasks column that holds the indicators too is read so on purpose (README), not said again
    assert not shared_columns_warning([("tasks", "Chỉ tiêu, nhiệm vụ, giải pháp"), ("lead", "Cơ quan chủ trì")])


def test_a_stamp_typed_over_a_borderless_table_is_left_out_and_said() -> None:
    """audit36 t05: "ĐÃ KÝ" in 15 pt bold over the 10 pt cells (Chromium, booktabs): its letters went into a cell."""
    doc = _one(ROOT / "audit36" / "docs" / "t05-html-booktabs-zebra.pdf")
    assert len(doc.rows) == 12
    assert doc.rows[0].sector_guidance.startswith("Phòng Tư pháp (là cơ quan thường trực Hội")  # its space mixed in
    assert any("drawn over other text" in warning and "ĐÃ KÝ" in warning for warning in doc.warnings)
    assert not any("Ý" in row.lead or "Ý" in row.sector_guidance for row in doc.rows)
