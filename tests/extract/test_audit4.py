"""The fourth audit's silent failures (samples/audit4): letter items, total rows, appendices not read."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES

from core.model import Document
from core.settings import ExtractSettings
from extract import extract
from extract.header import labels_to_fields
from extract.merge import merge
from extract.row_keys import KeyMaker

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
