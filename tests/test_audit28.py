"""The twenty-eighth audit (samples/audit28): numbering schemes and row identity.

F2: a plan that numbers none of its groups got dimension 1 and component 1 on every row (keys by
place in the whole plan). F3: "2/", "2.1/", "1-3", "1,4", "2,4." group numbers and "1/" indicator
numbers were not read. F7: indicators lettered "a)", "b)" keyed 1, -2, -3. The expected keys are the
audit's, written by hand from what each document shows (``*.expected.json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.model import Document
from core.settings import ExtractSettings
from extract import extract
from extract.group_numbers import GroupLabels, group_numbers
from extract.merge import merge
from extract.row_keys import KeyMaker, label_number, parent_number

AUDIT28 = SAMPLES / "audit28"
P5 = AUDIT28 / "extra" / "p5-no-numbers-insert"


def _read(path: Path) -> Document:
    return merge(extract(path, ExtractSettings()))


def _expected_keys(path: Path) -> list[str]:
    expected = path.with_name(path.name.split(".")[0] + ".expected.json")
    return [row["key"] for row in json.loads(expected.read_text(encoding="utf-8"))["rows"]]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_plan_numbering_no_group_keys_its_rows_by_the_papi_code_its_labels_name(suffix: str) -> None:
    """F2: d04 names components 3.1, 3.3, 4.1, 4.3, 4.4, 1.1, 1.2 (PAPI's names) and numbers nothing."""
    path = AUDIT28 / "docs" / f"d04-no-numbers.{suffix}"
    doc = _read(path)
    assert [row.key for row in doc.rows] == _expected_keys(path)
    assert all(f"{row.dimension_no}.{row.component_no}" == row.papi for row in doc.rows if "." in row.papi)
    (said,) = [w for w in doc.warnings if "not number" in w]
    assert said.startswith("13 row(s)") and "PAPI code" in said


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_key_of_an_unnumbered_plan_names_the_same_row_the_year_after_an_insertion(suffix: str) -> None:
    """F2 (p5): 2025 inserts one indicator into the first component; joined by key, every row is its 2024 row."""
    old, new = (_read(P5 / f"p5-{year}.{suffix}") for year in (2024, 2025))
    by_key = {row.key: row for row in new.rows}
    assert all(by_key[row.key].indicators == row.indicators for row in old.rows)
    assert len(new.rows) == len(old.rows) + 1


def test_the_numbers_a_plan_writes_stand_and_unnamed_labels_take_their_place() -> None:
    """Labels naming no PAPI entry are numbered by order, skipping a number another label of the level has."""
    papi_dimension = "Công khai, minh bạch trong việc ra quyết định ở địa phương"
    rows = [
        GroupLabels("Nhóm việc thứ nhất", None, "Việc A", None, ""),
        GroupLabels("Nhóm việc thứ nhất", None, "Việc B", None, ""),
        GroupLabels(papi_dimension, None, "Việc C", None, "2"),
        GroupLabels(papi_dimension, None, "Tiếp cận thông tin", None, "2.1"),
        GroupLabels("Nhóm việc thứ ba", None, "Việc D", 4, ""),
        GroupLabels("Nhóm việc thứ ba", None, "Việc E", None, ""),
    ]
    numbers = [(n.dimension_no, n.component_no, n.implied) for n in group_numbers(rows)]
    assert numbers == [(1, 1, True), (1, 2, True), (2, 2, True), (2, 1, True), (3, 4, True), (3, 2, True)]
    numbered = group_numbers([GroupLabels("3. X", 3, "2. Y", 2, "1.1")])
    assert [(n.dimension_no, n.component_no, n.implied) for n in numbered] == [(3, 2, False)]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_slash_dash_and_comma_numbering_is_read(suffix: str) -> None:
    """F3: d08's "2/", "2.1/", "1-3", "1,4", "2,4." groups and "1/" indicators."""
    path = AUDIT28 / "docs" / f"d08-separators.{suffix}"
    doc = _read(path)
    assert [row.key for row in doc.rows] == _expected_keys(path)
    assert not [w for w in doc.warnings if "not number" in w]


def test_slash_dash_and_comma_numbers_are_a_labels_numbering_only_before_a_name() -> None:
    labels = ("2/ Nhóm việc", "2.1/ Việc A", "1-3 Việc B", "1,4 Việc C", "2,4. Việc D", "2-2. Việc E", "1/ Tỷ lệ")
    assert [label_number(t) for t in labels] == [2, 1, 3, 4, 4, 2, 1]
    assert [parent_number(t) for t in labels] == [None, 2, 1, 1, 2, 2, None]
    text = ("1-3 tháng một lần", "1,5 triệu đồng", "2/3 số hộ", "V/v triển khai", "15/6/2026 tổng kết")
    assert [parent_number(t) for t in text] == [None] * 5
    assert [label_number(t) for t in text[1:]] == [None] * 4


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_lettered_indicators_are_keyed_by_their_letters_place(suffix: str) -> None:
    """F7: h2's indicators "a)", "b)", "c)" give I = 1, 2, 3 as "A.", "B." give D."""
    path = AUDIT28 / "heldout" / f"h2-letters.{suffix}"
    assert [row.key for row in _read(path).rows] == _expected_keys(path)


def test_a_letter_yields_to_a_number_and_to_the_stt() -> None:
    keys = KeyMaker(["a) A", "b) B", "3. C", "đ) D"])
    assert [keys.key(1, 1, text, None) for text in ("a) A", "b) B", "3. C", "đ) D")] == [
        "1.1.1",
        "1.1.2",
        "1.1.3",
        "1.1.5",
    ]
    assert KeyMaker(["c) C"]).key(1, 1, "c) C", 7) == "1.1.1"
