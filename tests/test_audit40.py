"""audit40: header wordings and column structures other offices use (blind audit, samples/audit40).

What each column should be was written by hand (samples/audit40/data.py) before phuluc ran on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Document
from extract.header import labels_to_fields
from phuluc.pipeline import run_documents

DOCS = Path(__file__).resolve().parent.parent / "samples" / "audit40" / "docs"


def _one(path: Path) -> Document:
    (doc,) = run_documents([path]).documents
    return doc


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_the_end_date_is_the_deadline_and_the_start_date_is_kept_beside_it(ext: str) -> None:
    """d18 "Thời gian bắt đầu | Thời gian hoàn thành": the start date was read as the deadline, the end put in extra."""
    doc = _one(DOCS / f"d18_start_end_labels.{ext}")
    assert doc.rows[0].deadline == "Quý II/2026"
    assert any(label == "Thời gian bắt đầu" for label, _ in doc.rows[0].extra)


def test_a_start_column_under_a_grouped_time_label_is_no_deadline() -> None:
    labels = ["TT", "Chỉ tiêu", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện › Từ", "Thời gian thực hiện › Đến"]
    assert labels_to_fields(labels)[5] == "deadline" and 4 not in labels_to_fields(labels)


@pytest.mark.parametrize(
    ("name", "field"),
    [("d16_giao_thammuu.pdf", "lead"), ("d16_giao_thammuu.pdf", "coordinating"), ("d13_hoatdong_onecol.pdf", "tasks")],
)
def test_other_offices_words_for_the_columns_are_read(name: str, field: str) -> None:
    """"Cơ quan tham mưu", "Cơ quan liên quan", "Hoạt động cụ thể": refused as no appendix table before."""
    doc = _one(DOCS / name)
    assert all(getattr(row, field) for row in doc.rows)


def test_a_dimension_column_that_names_a_new_text_on_every_row_is_doubted() -> None:
    """d14 "TT | Chỉ số | ...": each row's indicator sentence under "Chỉ số", read as the dimension."""
    doc = _one(DOCS / "d14_chiso_nosections.pdf")
    assert any(warning.startswith("the dimension column holds a new text") for warning in doc.warnings)
    plain = _one(DOCS / "d02_chiso_thanhphan.pdf")  # "Chỉ số thành phần": a real component column
    assert not any(warning.startswith("the dimension column holds a new text") for warning in plain.warnings)


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_a_column_naming_papi_dimensions_under_no_field_label_is_the_dimension(ext: str) -> None:
    """d03 "Lĩnh vực": its cells are PAPI's dimension names; it went to extra and the dimension was empty."""
    doc = _one(DOCS / f"d03_linhvuc_ghichu.{ext}")
    assert [row.papi for row in doc.rows] == ["2", "2", "5", "8"]
    assert doc.rows[-1].dimension == "Quản trị điện tử"
    assert not any("map to no field" in warning for warning in doc.warnings)
