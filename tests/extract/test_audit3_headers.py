"""The third audit's header and group-label failures (samples/audit3): read against their expected rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.model import FIELDS, CellPiece, Document, Line, PhysicalRow, Provenance, Row
from core.settings import ExtractSettings
from extract import extract
from extract.header import labels_to_fields
from extract.merge import DISPLACED_LABELS, merge

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


def test_a_section_label_a_group_column_overrides_is_kept_and_warned() -> None:
    """A column read as the dimension that is none: the dimension section rows' text stays in the output."""
    rows = (
        _row(tasks=_cell("I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ")),
        _row(dimension=_cell("1. Tỷ lệ người dân hiểu chính sách."), tasks=_cell("- Tuyên truyền."), lead=_cell("Sở")),
        _row(dimension=_cell("2. Tỷ lệ người dân biết trưởng thôn."), tasks=_cell("- Họp thôn."), lead=_cell("Sở")),
        _row(tasks=_cell("II. CÔNG KHAI, MINH BẠCH")),
        _row(dimension=_cell("1. Tỷ lệ hộ biết danh sách."), tasks=_cell("- Niêm yết."), lead=_cell("Sở")),
    )
    doc = Document(Provenance("t.docx", "t.docx", "0" * 64, "docx", "python-docx", 1), physical_rows=rows)
    out = merge(doc)
    kept = [dict(r.extra).get(DISPLACED_LABELS[0]) for r in out.rows]
    assert kept == ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"] * 2 + ["II. CÔNG KHAI, MINH BẠCH"]
    warned = [w for w in out.warnings if "section row(s) give a dimension label" in w]
    assert len(warned) == 1 and "II. CÔNG KHAI, MINH BẠCH" in warned[0]


def test_a_group_column_that_agrees_with_the_section_rows_keeps_nothing_apart() -> None:
    rows = (
        _row(tasks=_cell("I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ")),
        _row(dimension=_cell("I. THAM GIA CỦA NGƯỜI DÂN  Ở CẤP CƠ SỞ"), indicators=_cell("1. Tỷ lệ"), tasks=_cell("- a")),
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
