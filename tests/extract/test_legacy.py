"""TCVN3 and VNI: the code tables letter by letter both ways, detection, and legacy DOCX and PDF files."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import docx
import pytest
from conftest import COMPARED, SAMPLES

from extract import extract
from extract.legacy import (
    TCVN3,
    VNI,
    base_font_name,
    decode_tcvn3,
    decode_vni,
    encode_tcvn3,
    encode_vni,
    encoding_of_font,
    encoding_of_text,
    is_capitals_font,
)
from extract.merge import merge

#: The twelve vowels and the six tones (none, grave, acute, hook, tilde, dot below), as in the chart.
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")

#: TCVN 5712:1993 VN3, typed from the code chart: per vowel, its codes for the six tones (the
#: plain a, e, i, o, u, y being ASCII), as Latin-1 characters.
TCVN3_CHART = {
    "a": "aµ¸¶·¹",
    "ă": "¨»¾¼½Æ",
    "â": "©ÇÊÈÉË",
    "e": "eÌÐÎÏÑ",
    "ê": "ªÒÕÓÔÖ",
    "i": "i×ÝØÜÞ",
    "o": "oßãáâä",
    "ô": "«åèæçé",
    "ơ": "¬êíëìî",
    "u": "uïóñòô",
    "ư": "\xadõøö÷ù",
    "y": "yúýûüþ",
}
#: VNI for Windows, typed from its chart: the vowel as VNI writes it, then per tone its code.
VNI_CHART = {
    "a": ("a", "aø aù aû aõ aï"),
    "ă": ("aê", "aè aé aú aü aë"),
    "â": ("aâ", "aà aá aå aã aä"),
    "e": ("e", "eø eù eû eõ eï"),
    "ê": ("eâ", "eà eá eå eã eä"),
    "i": ("i", "ì í æ ó ò"),
    "o": ("o", "oø où oû oõ oï"),
    "ô": ("oâ", "oà oá oå oã oä"),
    "ơ": ("ô", "ôø ôù ôû ôõ ôï"),
    "u": ("u", "uø uù uû uõ uï"),
    "ư": ("ö", "öø öù öû öõ öï"),
    "y": ("y", "yø yù yû yõ î"),
}


def _letter(vowel: str, tone: str) -> str:
    return unicodedata.normalize("NFC", vowel + tone)


def all_letters() -> list[str]:
    """The 134 Vietnamese letters with marks: 66 toned or hatted vowels and đ, small and capital."""
    small = [_letter(v, t) for v in VOWELS for t in TONES if not (v in "aeiouy" and not t)] + ["đ"]
    return small + [ch.upper() for ch in small]


def test_there_are_134_letters_with_marks() -> None:
    letters = all_letters()
    assert len(letters) == len(set(letters)) == 134


@pytest.mark.parametrize("vowel", VOWELS)
def test_tcvn3_codes_match_the_chart_both_ways(vowel: str) -> None:
    for tone, code in zip(TONES, TCVN3_CHART[vowel], strict=True):
        letter = _letter(vowel, tone)
        assert encode_tcvn3(letter) == code, letter
        assert decode_tcvn3(code) == letter, code
        # capitals are typed with the small letter's code in a capitals font (.VnTimeH)
        assert encode_tcvn3(letter.upper(), capitals=True) == code
        assert decode_tcvn3(code, capitals=True) == letter.upper()
    assert encode_tcvn3("đ") == "®" and decode_tcvn3("®") == "đ"
    assert decode_tcvn3("®", capitals=True) == "Đ"


def test_tcvn3_has_seven_capitals_of_its_own() -> None:
    assert encode_tcvn3("ĂÂÊÔƠƯĐ") == "¡¢£¤¥¦§"
    assert decode_tcvn3("¡¢£¤¥¦§") == "ĂÂÊÔƠƯĐ"
    with pytest.raises(ValueError, match="no code"):
        encode_tcvn3("Ấ")  # a toned capital needs the capitals font


@pytest.mark.parametrize("vowel", VOWELS)
def test_vni_codes_match_the_chart_both_ways(vowel: str) -> None:
    plain, toned = VNI_CHART[vowel]
    for tone, code in zip(TONES, [plain, *toned.split()], strict=True):
        letter = _letter(vowel, tone)
        assert encode_vni(letter) == code, letter
        assert decode_vni(code) == letter, code
        assert encode_vni(letter.upper()) == code.upper()
        assert decode_vni(code.upper()) == letter.upper()
    assert encode_vni("đĐ") == "ñÑ" and decode_vni("ñÑ") == "đĐ"


@pytest.mark.parametrize("letter", all_letters())
def test_every_letter_goes_there_and_back(letter: str) -> None:
    capitals = letter.isupper() and letter not in "ĂÂÊÔƠƯĐ"
    assert decode_tcvn3(encode_tcvn3(letter, capitals), capitals) == letter
    assert decode_vni(encode_vni(letter)) == letter


def test_text_goes_there_and_back() -> None:
    text = "Đề nghị Ủy ban MTTQ Việt Nam phối hợp – Phòng Tư pháp (chỉ tiêu 1, 2)."
    assert decode_vni(encode_vni(text)) == text
    lower = text.lower()
    assert decode_tcvn3(encode_tcvn3(lower)) == lower


@pytest.mark.parametrize(
    ("font", "encoding", "capitals"),
    [
        (".VnTime", TCVN3, False),
        ("ABCDEF+.VnTimeH,Bold", TCVN3, True),
        (".VnArialH", TCVN3, True),
        (".VnTime-BoldItalic", TCVN3, False),
        ("VNI-Times", VNI, False),
        ("VNI-Helve", VNI, False),
        ("Times New Roman", None, False),
        ("VnExpress Sans", None, False),
        (None, None, False),
    ],
)
def test_font_names(font: str | None, encoding: str | None, capitals: bool) -> None:
    assert encoding_of_font(font) == encoding
    assert is_capitals_font(font) == capitals


def test_base_font_name() -> None:
    assert base_font_name("BAAAAA+.VnTime") == ".VnTime"
    assert base_font_name(".VnTimeH,Bold") == ".VnTimeH"


SAMPLE_TEXT = "Các phòng, ban chuyên môn thực hiện tuyên truyền và phổ biến pháp luật cho người dân"


def test_legacy_text_is_told_from_its_letters() -> None:
    assert encoding_of_text(encode_tcvn3(SAMPLE_TEXT.lower())) == TCVN3
    assert encoding_of_text(encode_vni(SAMPLE_TEXT)) == VNI
    assert encoding_of_text(SAMPLE_TEXT) is None
    assert encoding_of_text("Tài chính và các phòng, ban") is None  # Unicode with Latin-1 letters only
    assert encoding_of_text("UBND TP, HĐND") is None
    assert encoding_of_text("Café crème à la française, élève") is None  # French: no syllables either way


def _rows(path: Path) -> list[dict[str, Any]]:
    doc = merge(extract(path))
    return [{name: getattr(row, name) for name in COMPARED} for row in doc.rows]


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("plan-2024-tcvn3.docx", "TCVN3 (ABC) (.VnTime, .VnTimeH)"),
        ("plan-2024-vni.docx", "VNI (VNI-Times)"),
        ("plan-2024-tcvn3.pdf", "TCVN3 (ABC) (.VnTime, .VnTimeH)"),
    ],
)
def test_legacy_samples_record_what_was_converted(name: str, says: str) -> None:
    doc = extract(SAMPLES / name)
    assert doc.warnings == (f"legacy encoding converted to Unicode: {says}",)


def test_a_tcvn3_docx_without_legacy_font_names_is_told_by_its_letters(
    tmp_path: Path, seed_rows: list[dict[str, Any]]
) -> None:
    document = docx.Document(str(SAMPLES / "plan-2024-tcvn3.docx"))
    for part in (document.element, document.styles.element):  # the Normal style carries .VnTime
        for fonts in part.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts"):
            for key in list(fonts.attrib):
                if fonts.attrib[key] == ".VnTime":
                    fonts.attrib[key] = "Times New Roman"
    path = tmp_path / "renamed.docx"
    document.save(str(path))
    doc = extract(path)
    assert doc.warnings == (
        "legacy encoding converted to Unicode: TCVN3 (ABC) (.VnTimeH, Times New Roman: told from its letters)",
    )
    assert _rows(path) == [{name: row[name] for name in COMPARED} for row in seed_rows]


def test_a_tcvn3_pdf_without_legacy_font_names_is_told_by_its_letters(
    tmp_path: Path, seed_rows: list[dict[str, Any]]
) -> None:
    import pypdf
    from pypdf.generic import NameObject

    def rename(font: Any) -> None:
        for key in ("/BaseFont", "/FontName"):
            if key in font:
                # the capitals font keeps its name: without it no reader can tell "ủy" from "Ủy"
                font[NameObject(key)] = NameObject(re.sub(r"\.VnTime(?!H)", "OldFont", str(font[key])))
        for inner in ("/FontDescriptor",):
            if inner in font:
                rename(font[inner].get_object())
        for descendant in font.get("/DescendantFonts", []):
            rename(descendant.get_object())

    writer = pypdf.PdfWriter(clone_from=str(SAMPLES / "plan-2024-tcvn3.pdf"))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            rename(font.get_object())
    path = tmp_path / "renamed.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    doc = extract(path)
    assert doc.warnings and "told from its letters" in doc.warnings[0] and "TCVN3" in doc.warnings[0]
    assert _rows(path) == [{name: row[name] for name in COMPARED} for row in seed_rows]
