"""OCR'd group labels set to the PAPI index's names only where Tesseract was unsure of the words."""

from __future__ import annotations

from extract.ocr import Word
from extract.ocr_vocab import Correction, correct_labels


def _cell(part: int, *read: tuple[str, float]) -> list[Word]:
    """Words of one cell (``part``), one line, boxes side by side."""
    return [Word(text, 10.0 * i, 0, 10.0 * i + 8, 10, conf, (part, 1, 1)) for i, (text, conf) in enumerate(read)]


def _texts(words: list[Word]) -> list[str]:
    return [w.text for w in words]


def test_unsure_misread_words_of_a_name_become_the_names() -> None:
    # truth (the landscape sample's page 13): "3. Trách nhiệm giải trình với người dân"
    cell = _cell(0, ("3.", 97), ("Trách", 97), ("nhiệm", 63), ("giải", 63), ("trình", 97), ("với", 97),
                 ("người", 97), ("dần", 69))
    words, corrections = correct_labels(cell)
    assert _texts(words) == ["3.", "Trách", "nhiệm", "giải", "trình", "với", "người", "dân"]
    assert corrections == [Correction("Trách nhiệm giải trình với người dần", "Trách nhiệm giải trình với người dân")]


def test_a_lost_comma_and_a_stray_dash_are_mended_and_other_cells_stay() -> None:
    dimension = _cell(0, ("2.", 97), ("Công", 96), ("khai", 88), ("minh", 95), ("bạch", 96), ("trong", 97),
                      ("việc", 97), ("ra", 97), ("quyết", 96), ("định", 97), ("ở", 96), ("địa", 97), ("phương", 96))
    component = _cell(1, ("1.", 97), ("Mức", 96), ("độ", 96), ("và", 97), ("hiệu", 96), ("quả", 97), ("trong", 96),
                      ("-", 6), ("tiếp", 96), ("xúc", 56), ("với", 97), ("chính", 97), ("quyền", 96))
    tasks = _cell(2, ("-", 96), ("Tổ", 96), ("chức", 91), ("dần", 70))
    words, corrections = correct_labels(dimension + component + tasks)
    assert " ".join(_texts(words)) == (
        "2. Công khai, minh bạch trong việc ra quyết định ở địa phương "
        "1. Mức độ và hiệu quả trong tiếp xúc với chính quyền - Tổ chức dần"
    )
    assert len(corrections) == 2


def test_words_read_with_confidence_keep_the_plans_own_spelling() -> None:
    # the sample plan writes "Phục đáp" where the index says "Phúc đáp"; Tesseract read it at 96
    cell = _cell(0, ("3.", 95), ("Phục", 96), ("đáp", 97), ("của", 93), ("chính", 96), ("quyền", 95), ("qua", 88),
                 ("cổng", 95), ("thông", 91), ("tin", 89), ("điện", 96), ("tử", 97))
    assert correct_labels(cell) == (cell, [])


def test_a_wording_that_differs_by_words_is_left_as_read() -> None:
    # "đất; giá" where the index says "đất và giá": a word would have to be added, so nothing changes
    cell = _cell(0, ("4.", 97), ("Quy", 90), ("hoạch,", 90), ("kế", 90), ("hoạch", 90), ("sử", 90), ("dụng", 90),
                 ("đất;", 80), ("giá", 90), ("bồi", 90), ("thường", 90), ("thu", 90), ("hồi", 90), ("đất", 90))
    assert correct_labels(cell) == (cell, [])
