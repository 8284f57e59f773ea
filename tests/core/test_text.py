"""The one place text is folded: fold, strip_marks, drop_combining and bare."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from core.text import bare, drop_combining, fold, strip_marks


def test_fold_unifies_tone_placement_case_and_dashes() -> None:
    assert fold("Văn hoá  –  Thông tin") == fold("văn hóa - thông tin") == "văn hóa - thông tin"
    assert fold("Quý") == "quý"  # "qu" is one consonant: never "qúy"


def test_strip_marks_and_drop_combining() -> None:
    assert strip_marks("phòng tư pháp, đồng hới") == "phong tu phap, dong hoi"  # keys are lower case
    assert drop_combining("Đồng Hới") == "Đong Hoi"  # "đ" is a letter, not a mark


@given(
    st.text(alphabet="aăâeêioôơuưyđAĂÂĐàáảãạằắẳẵặầấẩẫậềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ .,-:;()", max_size=40)
)
def test_bare_keeps_positions_and_agrees_with_strip_marks_on_nfc_text(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    assert len(bare(text)) == len(text)
    assert bare(text) == strip_marks(text).replace("Đ", "D")
