"""The list number opening an OCR'd cell, read again from its ink alone ("3;" -> "3.", "7." -> "2." when both agree)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from extract.ocr import Word
from extract.ocr_digits import NumberDoubt, choose_number, number_candidates, reread_numbers

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


def _word(text: str, confidence: float = 90.0, cell: int = 0, x: float = 0.0) -> Word:
    return Word(text, x, 0.0, x + 8.0, 10.0, confidence, (cell, 1, 1))


def test_short_openers_and_unsure_list_numbers_are_candidates() -> None:
    words = [
        _word("lên", 60, cell=0),  # a short word opening a cell
        _word("Công", 96, cell=0, x=10),
        _word("7.", 75, cell=1),  # a list number read with little confidence
        _word("1.", 97, cell=2),  # one read surely: left alone
        _word("Tỷ", 97, cell=3),  # short and opening a cell: read again, as any such word
        _word("hoạch", 96, cell=4),  # longer than a number
        _word("5.", 97, cell=4, x=10),  # a list number in the cell, not opening it
    ]
    assert number_candidates(words) == [0, 2, 4]


def _at(text: str, confidence: float, crop: int = 0) -> Word:
    return Word(text, 0.0, 0.0, 8.0, 10.0, confidence, (crop, 1, 1))


def test_a_misread_word_takes_the_number_its_ink_reads() -> None:
    assert choose_number("3;", [[_at("3.", 94)], [_at("3.", 96)]]) == ("3.", None)
    assert choose_number("lên", [[_at("2.", 84)], []]) == ("2.", None)  # one size, no other number
    assert choose_number("lên", [[_at("2.", 40)], [_at("2", 90)]]) == ("lên", None)  # unsure, or no stop
    assert choose_number("2,", [[], []]) == ("2.", None)  # a number and a comma opening a cell


def test_a_list_number_changes_only_when_both_sizes_read_the_other_number() -> None:
    assert choose_number("7.", [[_at("2.", 92)], [_at("2.", 96)]]) == ("2.", None)
    assert choose_number("7.", [[_at("7.", 92)], [_at("7.", 96)]]) == ("7.", None)
    # one size reads another number: kept as first read, and a doubt for a person
    assert choose_number("7.", [[_at("2.", 92)], [_at("7.", 80)]]) == ("7.", NumberDoubt("7.", ("2.", "7.")))
    assert choose_number("7.", [[_at("2.", 92)], []]) == ("7.", NumberDoubt("7.", ("2.", "")))


def test_readings_of_two_numbers_leave_a_misread_word_and_name_it() -> None:
    assert choose_number("lên", [[_at("2.", 92)], [_at("3.", 90)]]) == ("lên", NumberDoubt("lên", ("2.", "3.")))
    # a crop read as two words is no reading of one number
    assert choose_number("3;", [[_at("3.", 92), _at("1.", 92)], []]) == ("3;", None)


def test_readings_are_matched_to_their_words_by_crop() -> None:
    words = [_word("3;", 56, cell=0), _word("Công", 96, cell=0, x=10), _word("7.", 75, cell=1)]
    readings = [[_at("3.", 94, 0), _at("2.", 92, 1)], [_at("3.", 96, 0), _at("7.", 90, 1)]]
    out, doubts = reread_numbers(words, [0, 2], readings)
    assert [w.text for w in out] == ["3.", "Công", "7."]
    assert out[0].confidence == 56 and out[0].line == words[0].line  # box, line and confidence kept
    assert doubts == [NumberDoubt("7.", ("2.", "7."))]


def _speckled(text: str) -> np.ndarray:
    """A 300 dpi grey image of ``text`` with faint grey specks beside its stop, as a 200 dpi scan has."""
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 46)
    image = Image.new("L", (160, 110), 255)
    draw = ImageDraw.Draw(image)
    draw.text((30, 25), text, font=face, fill=0)
    for x, y in ((66, 45), (72, 52), (58, 30), (90, 40)):
        draw.ellipse((x, y, x + 3, y + 3), fill=170)  # lighter than the ink's threshold
    return np.array(image)


@needs_tesseract
@pytest.mark.ocr
def test_faint_specks_are_left_out_of_the_ink_a_number_is_read_from(tmp_path: Path) -> None:
    import cv2

    from extract.ocr import images_to_words
    from extract.ocr_digits import NUMBER_OPTIONS
    from extract.ocr_image import ink_only

    image = _speckled("3.")
    clean = ink_only(image, 300)
    assert clean[46, 67] == 255 and clean.min() < 60  # the specks are white, the ink is kept
    path = tmp_path / "number.png"
    cv2.imwrite(str(path), clean)
    read = images_to_words([(path, 0.0, 0.0)], 300, NUMBER_OPTIONS)
    assert [w.text for w in read] == ["3."]


def test_a_number_with_stops_too_many_takes_the_digits_every_size_reads() -> None:
    # a TT cell's "3" read "3..." at the foot of a page (specks read as stops)
    assert number_candidates([_word("Tham", cell=0), _word("3...", 70, cell=1)]) == [1]
    assert choose_number("3...", [[_at("3", 97)], [_at("3", 97)]]) == ("3", None)
    assert choose_number("3...", [[_at("3.", 97)], [_at("3.", 95)]]) == ("3.", None)
    # the sizes disagree, or read other digits: kept, and a doubt
    assert choose_number("3...", [[_at("3", 97)], [_at("5", 97)]]) == ("3...", NumberDoubt("3...", ("3", "5")))
    assert choose_number("3...", [[_at("8", 97)], [_at("8", 97)]]) == ("3...", NumberDoubt("3...", ("8", "8")))
    assert choose_number("3...", [[_at("3", 97)], []]) == ("3...", None)  # one size only
