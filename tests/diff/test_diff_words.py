"""Word diffs: real word changes show; white space, line wraps, NFC and tone-mark placement do not."""

from __future__ import annotations

import unicodedata

import pytest

from diff.words import text_change


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Phòng Văn hóa và Thông tin", "Phòng Văn hoá và Thông tin"),  # tone-mark placement
        ("hòa giải ở cơ sở", "hoà giải ở cơ sở"),
        ("Ban Tuyên giáo Thành ủy", "Ban Tuyên giáo Thành uỷ"),
        ("Tăng cường công tác", unicodedata.normalize("NFD", "Tăng cường công tác")),  # NFC vs NFD
        ("- Việc một;\n- Việc hai.", "- Việc một; - Việc hai."),  # line break only
        ("dân chủ ở cơ sở", "dân  chủ\u00a0ở\n cơ sở"),  # white space only
        ("vùng theo tôn giáo, ...", "vùng theo tôn giáo,..."),  # a wrap before "..."
        ("(chỉ tiêu 1, 2 )", "(chỉ tiêu 1, 2)"),
    ],
)
def test_no_change(old: str, new: str) -> None:
    assert text_change("tasks", old, new) is None


def test_list_numbers_of_indicators_are_not_text() -> None:
    assert (
        text_change("indicators", "5. Trẻ em dưới 6 tuổi\n6. Bệnh viện", "4. Trẻ em dưới 6 tuổi\n5. Bệnh viện") is None
    )
    # ...but in tasks a number is a word like any other.
    assert text_change("tasks", "5. Trẻ em", "4. Trẻ em") is not None


def test_a_changed_word_is_shown_in_the_documents_own_spelling() -> None:
    change = text_change("tasks", "Phòng Văn hoá thực hiện quý 2", "Phòng Văn hóa thực hiện quý 3")
    assert change is not None
    assert [(op.op, op.old, op.new) for op in change.words] == [
        ("equal", "Phòng Văn hoá thực hiện quý", "Phòng Văn hóa thực hiện quý"),
        ("replace", "2", "3"),
    ]


def test_an_added_bullet_is_one_insert_at_the_end() -> None:
    change = text_change("tasks", "- Một việc.", "- Một việc.\n- Việc mới thêm.")
    assert change is not None
    assert [(op.op, op.new) for op in change.words][-1] == ("insert", "- Việc mới thêm.")
