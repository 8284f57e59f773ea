"""The numbering opening an OCR'd label cell, read again ("L." -> "I.", "II." -> "III."), and its sequence checked."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from extract.ocr import Word
from extract.ocr_numbering import (
    Numbered,
    may_be_letter,
    may_be_roman,
    numbering_candidates,
    numbering_doubts,
    out_of_sequence,
    roman_choice,
)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


def _word(text: str, confidence: float = 90.0, cell: int = 0, x: float = 0.0) -> Word:
    return Word(text, x, 0.0, x + 8.0, 10.0, confidence, (cell, 1, 1))


def _image(text: str, font: str = "LiberationSerif-Bold", points: float = 13.0) -> Any:
    """A white 300 dpi grey image of ``text`` in a Liberation font, cut as a word crop is (a small margin)."""
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype(f"/usr/share/fonts/truetype/liberation2/{font}.ttf", round(points * 300 / 72))
    image = Image.new("L", (60 + round(face.getlength(text)), 90), 255)
    ImageDraw.Draw(image).text((20, 15), text, font=face, fill=0)
    return np.array(image)


def test_strokes_and_a_stop_may_be_a_roman_numeral_and_words_may_not() -> None:
    assert all(may_be_roman(t) for t in ("L.", "VỊ.", "II.", "VHI.", "1L."))
    assert not any(may_be_roman(t) for t in ("1.", "Tham", "TTHC,", "VI", "Sở.", "I"))
    assert may_be_letter("Á.") and may_be_letter("Ê)")
    assert not any(may_be_letter(t) for t in ("A.", "Đ.", "á.", "a)", "Ái."))  # read right, its own letter, small


def test_only_the_first_word_of_a_cell_with_more_words_is_a_candidate() -> None:
    section = [_word("L.", cell=0), _word("Tham", cell=0, x=10), _word("gia", cell=0, x=20)]
    tt = [_word("II.", cell=1)]  # alone in its cell: a TT cell, read again as one already
    text = [_word("Tỷ", cell=2), _word("V.", cell=2, x=10)]  # not the first word
    assert numbering_candidates(section + tt + text) == [0]


@pytest.mark.ocr
def test_upright_stems_count_the_is_of_a_bold_serif_numeral() -> None:
    """Bold serif "III." is one blob (its serifs join, so no bars to count) with three stems."""
    from extract.ocr_image import upright_bars, upright_stems

    assert upright_bars(_image("III.")) == 0
    assert [upright_stems(_image(t)) for t in ("I.", "III.", "V.", "VI.", "VIII.", "IX.")] == [1, 3, 0, 1, 3, 1]
    assert upright_stems(_image("II.", "LiberationSans-Regular", 10.5)) == 2


def test_the_reading_with_the_images_stems_is_taken() -> None:
    # the 250 dpi section scan, page 9: "III." first read "II." at 87, read again "III." at 52; 3 stems
    assert roman_choice(_word("II.", 87), [_word("III.", 52)], 3) == _word("III.", 52)
    assert roman_choice(_word("II.", 87), [_word("III.", 52)], 2) == _word("II.", 87)  # the first is borne out
    # page 2: "I." first read "L."; page 17: "VI." first read "VỊ."
    assert roman_choice(_word("L.", 89), [_word("I.", 93)], 1) == _word("I.", 93)
    assert roman_choice(_word("VỊ.", 94), [_word("VI.", 89)], 1) == _word("VI.", 89)


def test_a_reading_the_image_does_not_bear_out_changes_nothing() -> None:
    assert roman_choice(_word("L.", 89), [_word("I.", 93)], 0) is None  # no stem: no "I"
    assert roman_choice(_word("L.", 89), [_word("I.", 20)], 1) is None  # unsure even of strokes
    assert roman_choice(_word("L.", 89), [], 1) is None  # nothing read again: "L." is kept, never made up
    assert roman_choice(_word("Sở.", 89), [_word("V.", 93)], 0) is None  # a word, not strokes


def test_strokes_alone_give_the_count_of_is_when_no_reading_has_it() -> None:
    assert roman_choice(_word("II.", 87), [_word("II.", 80)], 3) == _word("III.", 30)
    assert roman_choice(_word("VI.", 87), [_word("VI.", 80)], 2) is None  # not "I"s alone: left as read


@needs_tesseract
@pytest.mark.ocr
def test_misread_numberings_are_read_again_from_their_images(tmp_path: Path) -> None:
    """A bold "III." first read "II." and "I." first read "L." come out as printed; "IV." read right stays."""
    import cv2

    from extract.ocr_numbering import reread_numberings

    crops = []
    for k, text in enumerate(("III.", "I.", "IV.")):
        path = tmp_path / f"word-{k}.png"
        cv2.imwrite(str(path), _image(text))
        crops.append((path, 0.0, 0.0))
    first = [
        *(_word(t, c, cell=k) for k, (t, c) in enumerate((("II.", 87), ("L.", 89), ("IV.", 97)))),
        *(_word("Tham", 96, cell=k, x=30) for k in range(3)),
    ]
    first.sort(key=lambda w: w.line[0])
    words = reread_numberings(first, crops, 300)
    assert [w.text for w in words] == ["III.", "Tham", "I.", "Tham", "IV.", "Tham"]


@needs_tesseract
@pytest.mark.ocr
def test_a_letter_numbering_loses_a_misread_mark_but_never_becomes_another_letter(tmp_path: Path) -> None:
    import cv2

    from extract.ocr_numbering import reread_numberings

    crops = []
    for k, text in enumerate(("A.", "B.")):
        path = tmp_path / f"word-{k}.png"
        cv2.imwrite(str(path), _image(text))
        crops.append((path, 0.0, 0.0))
    first = [_word("Á.", 80, cell=0), _word("Tham", 96, cell=0, x=30)]
    first += [_word("Ê.", 80, cell=1), _word("Công", 96, cell=1, x=30)]  # "B." read "Ê.": not an E
    first += [_word("Đ.", 80, cell=2), _word("Cung", 96, cell=2, x=30)]  # "Đ." is no candidate
    words = reread_numberings(first, crops, 300)
    assert [w.text for w in words] == ["A.", "Tham", "Ê.", "Công", "Đ.", "Cung"]


def _numbered(*items: tuple[int, int | None]) -> list[Numbered]:
    return [Numbered(f"h{k}", level, number) for k, (level, number) in enumerate(items)]


def test_a_number_that_fits_neither_neighbour_is_out_of_sequence() -> None:
    # I, II, "II." (III misread), IV: the second II fits neither side
    headings = _numbered((0, 1), (0, 2), (0, 2), (0, 4))
    assert [h.text for h in out_of_sequence(headings)] == ["h2"]
    # "L." read as the letter numbering 13 before II
    assert [h.text for h in out_of_sequence(_numbered((0, 13), (0, 2), (0, 3)))] == ["h0"]


def test_a_plan_starting_later_and_components_starting_again_are_in_sequence() -> None:
    assert out_of_sequence(_numbered((0, 3), (0, 4))) == []
    components = _numbered((0, 1), (1, 1), (1, 2), (0, 2), (1, 1), (1, 2), (1, 3))
    assert out_of_sequence(components) == []
    # components under dimensions given by a merged column: 1 starts again without a heading between
    assert out_of_sequence(_numbered((1, 1), (1, 2), (1, 1), (1, 1), (1, 2))) == []
    assert [h.text for h in out_of_sequence(_numbered((0, 1), (1, 1), (1, 3), (1, 3)))] == ["h2"]


def test_only_ocr_read_headings_are_named_as_doubts() -> None:
    headings = [Numbered("I. A", 0, 1), Numbered("II. B", 0, 2), Numbered("II. C", 0, 2), Numbered("IV. D", 0, 4)]
    assert numbering_doubts(headings) == (
        "OCR section numbering out of sequence, may be misread (check it against the scan): 'II. C' (2)",
    )
    digital = [Numbered(h.text, h.level, h.number, ocr=False) for h in headings]
    assert numbering_doubts(digital) == ()


def test_section_rows_read_by_ocr_are_checked_in_row_order() -> None:
    from core.model import PhysicalRow
    from extract.ocr_numbering import section_numbering_doubts
    from extract.sections import Heading

    rows = [PhysicalRow(page=1, cells={}, ocr_confidence=95.0) for _ in range(6)]
    headings = {
        4: Heading("IV. Kiểm soát tham nhũng", "roman", 4, 0, 0),
        0: Heading("I. Tham gia", "roman", 1, 0, 0),
        1: Heading("1. Tri thức công dân", "arabic", 1, 1, 1),
        2: Heading("II. Công khai", "roman", 2, 0, 0),
        3: Heading("II. Trách nhiệm giải trình", "roman", 2, 0, 0),  # "III." misread
        5: Heading("Phần A", "part", 1, None, None),  # heads no group level: not in the sequence
    }
    assert section_numbering_doubts(rows, headings) == (
        "OCR section numbering out of sequence, may be misread (check it against the scan): "
        "'II. Trách nhiệm giải trình' (2)",
    )
    digital = [PhysicalRow(page=1, cells={}) for _ in range(6)]
    assert section_numbering_doubts(digital, headings) == ()


def test_a_lone_label_without_a_number_among_numbered_ones_is_a_doubt() -> None:
    # "2." read as the word "lên": the label has no number where its neighbours have theirs
    headings = [Numbered("1. A", 1, 1), Numbered("lên B", 1, None), Numbered("3. C", 1, 3)]
    assert numbering_doubts(headings, "group label") == (
        "OCR group label numbering out of sequence, may be misread (check it against the scan): 'lên B' (no number)",
    )
    # a plan that numbers none of its labels
    assert numbering_doubts([Numbered("A", 1, None), Numbered("B", 1, None), Numbered("C", 1, None)]) == ()


def test_merged_column_labels_read_by_ocr_are_checked_where_they_start() -> None:
    from extract.ocr_numbering import column_label_doubts

    dims = ["1. Tham gia"] * 3 + ["2. Công khai"] * 4
    comps = ["1. Tri thức", "2. Cơ hội", "2. Cơ hội", "1. Tiếp cận", "7. Hộ nghèo", "3. Thu, chi", "4: Quy hoạch"]
    numbers = [1, 2, 2, 1, 7, 3, None]
    labels = [(d, c, int(d[0]), n, True) for d, c, n in zip(dims, comps, numbers, strict=True)]
    assert column_label_doubts(labels) == (
        "OCR group label numbering out of sequence, may be misread (check it against the scan): "
        "'7. Hộ nghèo' (7); '4: Quy hoạch' (no number)",
    )
    assert column_label_doubts([(d, c, dn, cn, False) for d, c, dn, cn, _ in labels]) == ()
    # a dimension label worded again after a page break ("việc định" for "việc ra quyết định") is
    # the same dimension: its components run on
    components = ["1. A", "2. B", "3. C", "4. D"]
    reworded = [
        ("1. Công khai" if k < 3 else "1. Công, việc định", c, 1, k + 1, True) for k, c in enumerate(components)
    ]
    assert column_label_doubts(reworded) == ()
    # sections give the labels (the columns are empty): nothing to check here
    assert column_label_doubts([("", "", None, None, True)] * 3) == ()


def test_a_plan_that_keeps_some_dimensions_only_is_no_doubt() -> None:
    # audit10 finding 8: dimensions 1, 3, 5, 8 with their components, read by OCR
    from extract.ocr_numbering import Numbered, out_of_sequence

    labels = [(0, 1), (1, 2), (0, 3), (1, 2), (0, 5), (1, 3), (0, 8), (1, 2)]
    headings = [Numbered(f"{n}. x", level, n) for level, n in labels]
    assert out_of_sequence(headings) == []
    repeated = [Numbered(f"{n}. x", 0, n) for n in (1, 2, 2, 4)]
    assert out_of_sequence(repeated) == [repeated[2]]
