"""audit49 (samples/audit49/FINDINGS.md): plans in older and other office formats.

F1: a TCVN3 document printed by LibreOffice has no "ư" anywhere (TCVN3 codes it as 0xAD, which
Unicode software takes for a soft hyphen and draws as nothing, or "-" at a line's end): 33 of 120
cells read "ngời", "đợc", "c-ờng" with no warning. F2: "Sở VH,TT&" | "DL" at a line end read "TT& DL".
"""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES

from core.model import Row
from core.settings import ExtractSettings
from extract import extract
from extract.lost_letters import mended, restore_lost_letter
from extract.merge import merge
from extract.reflow import is_vietnamese_syllable

AUDIT49 = SAMPLES / "audit49"
COMPARED = ("dimension", "component", "indicators", "tasks", "implementing", "lead", "coordinating")


def test_a_tcvn3_pdf_without_its_u_letters_has_them_put_back_and_says_so() -> None:
    expected = json.loads((AUDIT49 / "expected" / "d13.json").read_text(encoding="utf-8"))
    doc = merge(extract(AUDIT49 / "docs" / "d13.pdf", ExtractSettings()))
    got = [{field: " ".join(getattr(row, field).split()) for field in COMPARED} for row in doc.rows]
    assert got == [{field: " ".join(row[field].split()) for field in COMPARED} for row in expected["rows"]]
    assert any("has no letter 'ư'" in warning for warning in doc.warnings)


@pytest.mark.parametrize(
    ("word", "whole"),
    [("đợc", "được"), ("thờng", "thường"), ("c-ờng", "cường"), ("TRỜNG", "TRƯỜNG"), ("nhng", "nhưng"), ("t", "tư")],
)
def test_a_word_that_spells_a_syllable_only_with_the_lost_letter_is_mended(word: str, whole: str) -> None:
    assert mended(word) == whole


@pytest.mark.parametrize("word", ["người", "UBND", "NN", "VH-TT", "hóa-Thông", "Zalo", "online", "mời", "a"])
def test_words_whole_without_the_letter_abbreviations_and_foreign_words_are_left(word: str) -> None:
    assert mended(word) is None


def _row(tasks: str) -> Row:
    return Row("1.1.1", 1, 1, "", "", "", tasks, "", "", "", "", (1,))


def test_a_document_that_writes_the_letter_somewhere_is_left_as_it_is() -> None:
    broken = [_row("ngời dân đợc hớng dẫn c-ờng")]
    assert restore_lost_letter(broken, "Kế hoạch thờng niên")[:2] == (
        [_row("người dân được hướng dẫn cường")],
        "Kế hoạch thường niên",
    )
    written = [_row("ngời dân đợc hớng dẫn, nhưng")]
    assert restore_lost_letter(written, "") == (written, "", ())
    assert restore_lost_letter([_row("ngời dân đợc")], "") == ([_row("ngời dân đợc")], "", ())  # too few to tell
    # a list's "c)" stays a letter
    listed = [_row("a) ngời; b) đợc; c) hớng dẫn")]
    assert restore_lost_letter(listed, "")[0][0].tasks == "a) người; b) được; c) hướng dẫn"


def test_syllables_spell_their_vowels_and_finals_as_vietnamese_does() -> None:
    # "ơng", "ơc" are only "ương", "ước"; "nh"/"ch" close a, ê, i, y; no syllable spells "ơư"
    assert not any(map(is_vietnamese_syllable, ["thờng", "đợc", "hơu", "ưnh", "thờưng", "aă"]))
    assert all(map(is_vietnamese_syllable, ["thường", "được", "hươu", "anh", "ếch", "huynh", "oanh", "thơm", "lớp"]))
