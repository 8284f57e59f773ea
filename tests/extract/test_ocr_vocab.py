"""OCR'd group labels that may be misread PAPI names: named for a person, never rewritten."""

from __future__ import annotations

from extract.ocr import Word
from extract.ocr_vocab import LabelDoubt, label_doubts


def _cell(part: int, *read: tuple[str, float]) -> list[Word]:
    """Words of one cell (``part``), one line, boxes side by side."""
    return [Word(text, 10.0 * i, 0, 10.0 * i + 8, 10, conf, (part, 1, 1)) for i, (text, conf) in enumerate(read)]


def test_a_name_with_unsure_misread_words_is_a_doubt() -> None:
    # the landscape scan's page 16 (300 dpi): the plan prints "1. Kiểm soát tham nhũng trong chính quyền địa phương"
    cell = _cell(
        0,
        ("1.", 97),
        ("Kiểm", 96),
        ("soát", 96),
        ("tham", 96),
        ("những", 90),
        ("trong", 91),
        ("chính", 91),
        ("quyền", 94),
        ("địa", 79),
        ("phương", 97),
    )
    assert label_doubts(cell) == [
        LabelDoubt(
            "Kiểm soát tham những trong chính quyền địa phương", "Kiểm soát tham nhũng trong chính quyền địa phương"
        )
    ]


def test_a_lost_comma_and_a_stray_dash_are_doubts_and_other_cells_are_not() -> None:
    dimension = _cell(
        0,
        ("2.", 97),
        ("Công", 96),
        ("khai", 88),
        ("minh", 95),
        ("bạch", 96),
        ("trong", 97),
        ("việc", 97),
        ("ra", 97),
        ("quyết", 96),
        ("định", 97),
        ("ở", 96),
        ("địa", 97),
        ("phương", 96),
    )
    component = _cell(
        1,
        ("1.", 97),
        ("Mức", 96),
        ("độ", 96),
        ("và", 97),
        ("hiệu", 96),
        ("quả", 97),
        ("trong", 96),
        ("-", 6),
        ("tiếp", 96),
        ("xúc", 56),
        ("với", 97),
        ("chính", 97),
        ("quyền", 96),
    )
    tasks = _cell(2, ("-", 96), ("Tổ", 96), ("chức", 91), ("dần", 70))
    exact = _cell(3, ("3.", 97), ("Chất", 97), ("lượng", 96), ("nước", 97))
    assert [d.name for d in label_doubts(dimension + component + tasks + exact)] == [
        "Công khai, minh bạch trong việc ra quyết định ở địa phương",
        "Mức độ và hiệu quả trong tiếp xúc với chính quyền",
    ]


def test_words_read_with_confidence_are_the_plans_own_spelling() -> None:
    # the sample plan prints "Phục đáp" where the index says "Phúc đáp"; Tesseract read it at 96
    cell = _cell(
        0,
        ("3.", 95),
        ("Phục", 96),
        ("đáp", 97),
        ("của", 93),
        ("chính", 96),
        ("quyền", 95),
        ("qua", 88),
        ("cổng", 95),
        ("thông", 91),
        ("tin", 89),
        ("điện", 96),
        ("tử", 97),
    )
    assert label_doubts(cell) == []


def test_a_wording_that_differs_by_words_is_no_doubt() -> None:
    # "đất; giá" where the index says "đất và giá": a word would have to be added
    cell = _cell(
        0,
        ("4.", 97),
        ("Quy", 90),
        ("hoạch,", 90),
        ("kế", 90),
        ("hoạch", 90),
        ("sử", 90),
        ("dụng", 90),
        ("đất;", 80),
        ("giá", 90),
        ("bồi", 90),
        ("thường", 90),
        ("thu", 90),
        ("hồi", 90),
        ("đất", 90),
    )
    assert label_doubts(cell) == []


def test_same_shape_capitals_take_the_names_case_and_other_capitals_stay() -> None:
    from extract.ocr_vocab import fix_label_case

    # the 200 dpi landscape scan read "khu Vực công"; the plan prints "Quản trị Môi trường" itself
    vuc = _cell(
        0,
        ("4.", 97),
        ("Kiểm", 96),
        ("soát", 96),
        ("tham", 96),
        ("nhũng", 96),
        ("trong", 96),
        ("khu", 96),
        ("Vực", 96),
        ("công", 96),
    )
    moi = _cell(1, ("7.", 97), ("Quản", 96), ("trị", 96), ("Môi", 96), ("trường", 96))
    words, cased = fix_label_case(vuc + moi)
    assert " ".join(w.text for w in words) == "4. Kiểm soát tham nhũng trong khu vực công 7. Quản trị Môi trường"
    assert cased == [LabelDoubt("Kiểm soát tham nhũng trong khu Vực công", "Kiểm soát tham nhũng trong khu vực công")]
