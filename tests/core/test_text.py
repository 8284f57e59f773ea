"""The one place text is folded: fold, strip_marks, drop_combining and bare."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from core.text import bare, clean_line, drop_combining, fold, strip_marks, strip_tones


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


def test_clean_line_cleans_inside_and_at_the_ends() -> None:
    """A line with nothing to clean inside is only stripped; any bullet, zero-width or odd space is cleaned."""
    assert clean_line("  Phòng Tư pháp \n") == "Phòng Tư pháp"
    assert clean_line("\uf0b7 Sở\u00a0 Y\u200b tế\t\tthành  phố") == "• Sở Y tế thành phố"
    assert clean_line("a \u200b b") == "a b"  # the zero-width character goes before the spaces close up
    assert clean_line("hoa\u0300") == "hoà"  # NFC


_CLEANED = "aoOuUyqQ hoaáàđ\t\u00a0\u2000\u2001\u200a\u200b\u00ad\u3000\uf0b7\u25cf\u2013\u2212-\u0301\n"


def _clean_line_in_passes(text: str) -> str:
    """clean_line as three passes, with no shortcut: bullets, zero-width characters, runs of spaces."""
    bullets = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢", "\uf0fc": "✓", "\u25cf": "•"})
    text = unicodedata.normalize("NFC", text).translate(bullets)
    text = "".join(c for c in text if c not in "\u200b\u200c\u200d\u2060\ufeff\u00ad")
    spaces = " \t\u00a0\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
    out: list[str] = []
    for char in text:
        if char in spaces:
            if not out or out[-1] != " ":
                out.append(" ")
        else:
            out.append(char)
    return "".join(out).strip()


@given(st.text(alphabet=_CLEANED, max_size=30))
def test_clean_line_equals_its_passes(text: str) -> None:
    assert clean_line(text) == _clean_line_in_passes(text)


@given(st.text(alphabet="aăâeêioôơuưyđàáảãạầấẩẫậờớởỡợ \u0300\u0301\u0309\u0303\u0323\u0302", max_size=20))
def test_strip_tones_keeps_letters_and_vowel_marks(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if c not in "\u0300\u0301\u0309\u0303\u0323")
    assert strip_tones(text) == unicodedata.normalize("NFC", kept)


def test_latin_ligatures_are_their_letters() -> None:
    from core.text import clean_line

    assert clean_line("Cung cấp \ufb01le, O\ufb03cial, \ufb02yer") == "Cung cấp file, Official, flyer"
