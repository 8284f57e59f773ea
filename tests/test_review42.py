"""review42's misfires and misses of the session's rules (samples/review42/FINDINGS.md), mended.

R2 a bracket naming a role in other words ("(cùng phối hợp)") before the role's own; R3 a plan that
leaves a dimension out and names the next in its own words; R4 "PHẦN II" with no stop, centred on a
borderless table; R5 a whole name over the heading's place-and-date line; R1 marks with a number,
without tone marks.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
from extract.continued_labels import without_mark
from extract.merge import merge
from extract.role_cells import split_roles
from normalize.jurisdiction import read_jurisdiction

DOCS = SAMPLES / "review42" / "docs"
BOTH = {"lead", "coordinating"}


def _rows(name: str) -> list:  # type: ignore[type-arg]
    return list(merge(extract(DOCS / name, ExtractSettings())).rows)


def test_roles_in_other_words_before_the_roles_own_are_split_or_kept_whole() -> None:
    rows = {row.key: row for row in _rows("r2a-roles-after.docx")}
    assert (rows["1.1.4"].lead, rows["1.1.4"].coordinating) == ("UBND huyện", "Phòng Tư pháp, Phòng Nội vụ")
    assert (rows["1.1.1"].lead, rows["1.1.1"].coordinating) == ("Phòng Nội vụ", "Phòng Tư pháp")
    assert rows["1.1.2"].lead.startswith("Phòng Văn hóa và Thông tin (chủ trì xây")  # more than the role: whole


@pytest.mark.parametrize(
    "cell",
    [
        "Hội LHPN (phối hợp với Phòng Văn hóa); UBND xã (chủ trì)",  # a role word inside a body
        "Phòng Văn hóa (phối hợp tuyên truyền), Công an xã (chủ trì)",
    ],
)
def test_a_body_naming_a_role_in_more_words_keeps_the_cell_whole(cell: str) -> None:
    assert split_roles(cell, BOTH) is None


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        ("Phòng Nội vụ [chủ trì]; Phòng Tư pháp [phối hợp]", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
        ("Phòng Nội vụ - chủ trì; Phòng Tư pháp - phối hợp", {"lead": "Phòng Nội vụ", "coordinating": "Phòng Tư pháp"}),
        ("Phòng Nội vụ (chủ trì); Sở A, Sở B (cùng phối hợp)", {"lead": "Phòng Nội vụ", "coordinating": "Sở A, Sở B"}),
    ],
)
def test_roles_after_their_bodies_in_square_brackets_after_a_dash_or_with_cung(
    cell: str, parts: dict[str, str]
) -> None:
    assert split_roles(cell, BOTH) == parts


def test_a_dimension_named_in_the_plans_own_words_after_a_left_out_one_is_a_dimension() -> None:
    rows = _rows("r3b-skipped-dimension-own-words.docx")
    assert [r.key for r in rows] == ["1.1.1", "1.2.1", "1.3.1", "1.4.1", "3.1.1", "3.1.2"]
    assert rows[-1].dimension.startswith("3. Nâng cao hiệu quả tiếp công dân") and not rows[-1].component


def test_a_centred_part_heading_with_no_stop_after_its_roman_number_is_a_section_row() -> None:
    rows = _rows("r4c-centred-named-headings.pdf")
    assert [r.key for r in rows][-2:] == ["2.1.1", "2.1.1-2"]
    assert {r.dimension for r in rows[-2:]} == {"PHẦN II CÔNG KHAI, MINH BẠCH"}
    assert not any("PHẦN II" in r.indicators for r in rows)
    assert rows[2].component == "Chỉ số 2. Cơ hội tham gia"


KEM_THEO = "(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/3/2026 của UBND "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nTân Lập, ngày 5 tháng 3 năm 2026", "Tân Lập"),  # r5a: a whole name
        (KEM_THEO + "xã Phước Sơn\nQuý I, II năm 2026)", "Phước Sơn"),  # r5b
        (KEM_THEO + "xã Phước\nSơn năm 2026)", "Phước Sơn"),  # r5c: the rest closed by a word that ends names
        (KEM_THEO + "XÃ PHƯỚC\nSơn Hà, ngày 5)", "Phước"),  # another case: another line's name
    ],
)
def test_a_name_runs_on_over_a_line_only_when_one_word_of_it_is_left(text: str, name: str) -> None:
    found = read_jurisdiction(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "label",
    [
        "2. Công khai (Tiếp theo Phụ lục I)",
        "2. Công khai (tiếp theo trang 3)",
        "2. Công khai (tiep theo)",
        "2. Công khai (tiêp theo)",
        "2. Công khai (tiếp)…",
        "2. Công khai (tiếp theo)*",
    ],
)
def test_marks_with_a_number_or_without_tone_marks_are_taken_off(label: str) -> None:
    assert without_mark(label)[0] == "2. Công khai"


@pytest.mark.parametrize(
    "name", ["r1b-continued-of-appendix.docx", "r1c-continued-no-marks.docx", "r1d-continued-page.docx"]
)
def test_a_dimension_keeps_one_label_over_its_continued_table(name: str) -> None:
    rows = _rows(name)
    assert len({r.dimension for r in rows if r.key.startswith("2.")}) == 1


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("PHẦN II CÔNG KHAI, MINH BẠCH", True),
        ("Mục II Công khai", True),
        ("Nội dung thành phần 2: Công khai", True),
        ("Chỉ số 2. Cơ hội tham gia", True),
        ("Phần lớn người dân", False),  # "lớn" is no Roman number
        ("Chỉ số 100% hộ nghèo được công khai", False),  # a figure, not a heading's number
        ("Chỉ số 1 (PAPI)", False),
        ("Thành phần 2 bộ hồ sơ", False),
    ],
)
def test_the_heading_words_and_numbers_a_centred_section_row_opens_with(text: str, heading: bool) -> None:
    from core.text import fold, strip_marks
    from extract.text_sections import _NAMED_RE

    assert bool(_NAMED_RE.match(strip_marks(fold(text)))) is heading


def test_text_in_a_column_with_no_header_label_is_said() -> None:
    """review42 S1: "Chỉ tiêu" set left over its column's centred text heads an empty column of its own."""
    doc = merge(extract(DOCS / "r4s-left-header-centred-column.pdf", ExtractSettings()))
    assert any(dict(row.extra).get("") for row in doc.rows)  # the indicators' text is kept, under no label
    assert any("a column with no header label holds text" in w for w in doc.warnings)
