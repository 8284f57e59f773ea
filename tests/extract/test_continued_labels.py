"""A group label written again with "(tiếp theo)" where its group goes on (audit41 F5).

The mark is taken off the label (a group-by or a diff would split the dimension) and named in a
warning with the rows; a label that merely contains "tiếp" keeps all of it.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
from extract.continued_labels import continued_warnings, without_mark
from extract.merge import merge

P09 = SAMPLES / "audit41" / "docs" / "p09-continued-tiep-theo"
DIMENSION_2 = "2. Công khai, minh bạch trong việc ra quyết định ở địa phương"


@pytest.mark.parametrize(
    ("label", "kept", "mark"),
    [
        ("2. Công khai, minh bạch (tiếp theo)", "2. Công khai, minh bạch", "(tiếp theo)"),
        ("2. Công khai, minh bạch (Tiếp theo).", "2. Công khai, minh bạch", "(Tiếp theo)."),
        ("CHỈ SỐ 2: CÔNG KHAI (TIẾP THEO)", "CHỈ SỐ 2: CÔNG KHAI", "(TIẾP THEO)"),
        ("2. Công khai\n(tiếp theo trang trước)", "2. Công khai", "(tiếp theo trang trước)"),
        ("2. Công khai - tiếp theo", "2. Công khai", "- tiếp theo"),
        ("1. Công khai [tiếp]", "1. Công khai", "[tiếp]"),
    ],
)
def test_a_closing_continuation_mark_is_taken_off(label: str, kept: str, mark: str) -> None:
    assert without_mark(label) == (kept, mark)


@pytest.mark.parametrize(
    "label",
    [
        "1. Tiếp cận thông tin",  # "Tiếp" opens a word of the name
        "3. Tiếp tục cải cách hành chính",
        "4. Kiểm soát tham nhũng (tiếp theo kế hoạch năm 2023)",  # more than the mark in the brackets
        "(tiếp theo)",  # nothing but the mark: nothing else to keep
        "2. Cơ hội tham gia-tiếp",  # no space before the dash: a hyphenated word
        "",
    ],
)
def test_a_label_without_a_closing_mark_is_kept_whole(label: str) -> None:
    assert without_mark(label) == (label, "")


def test_the_warning_names_each_mark_once_and_the_rows() -> None:
    (warning,) = continued_warnings([("(tiếp theo)", "2.2.1"), ("(tiếp theo)", "2.2.1"), ("(Tiếp)", "3.1.1")])
    assert "'(tiếp theo)', '(Tiếp)'" in warning and "3 group label(s)" in warning and "rows 2.2.1, 3.1.1" in warning
    assert continued_warnings([]) == ()


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_continued_table_keeps_one_label_per_dimension(suffix: str) -> None:
    doc = merge(extract(P09.with_suffix(f".{suffix}"), ExtractSettings()))
    by_key = {row.key: row for row in doc.rows}
    assert [by_key[key].dimension for key in ("2.1.1", "2.2.1", "2.3.1")] == [DIMENSION_2] * 3
    assert not any("tiếp theo" in row.dimension.casefold() for row in doc.rows)
    (warning,) = [w for w in doc.warnings if w.startswith("continuation mark")]
    assert "'(tiếp theo)'" in warning and "2.2.1" in warning
