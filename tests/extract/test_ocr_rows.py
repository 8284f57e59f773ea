"""OCR'd deadlines whose quarter may be misread: Tesseract reads "Quý II" as "Quý 1" with confidence (audit15 F2)."""

from __future__ import annotations

from core.model import CellPiece, Line, PhysicalRow
from extract.ocr_rows import quarter_doubts


def _row(deadline: str, confidence: float | None = 95.0, page: int = 1) -> PhysicalRow:
    return PhysicalRow(page=page, cells={"deadline": CellPiece(lines=(Line(deadline),))}, ocr_confidence=confidence)


def test_a_digit_among_roman_quarters_is_quoted() -> None:
    rows = [_row("Quý 1/2026"), _row("Quý IV/2026", page=2), _row("Thường xuyên")]
    assert quarter_doubts(rows) == (
        "OCR deadlines whose quarter may be misread (I, II, III, IV read as one another or as a digit; "
        "check them against the scan): page 1: 'Quý 1/2026'",
    )


def test_a_numeral_that_is_no_quarter_is_quoted_and_a_noisy_right_one_is_not() -> None:
    (said,) = quarter_doubts([_row("Quý H/2026-."), _row("Quý - TV/2026:"), _row("Quý .. IV/2026")])
    assert said.endswith("page 1: 'Quý H/2026-.'; page 1: 'Quý - TV/2026:'")


def test_quarters_written_one_way_are_not_doubted() -> None:
    assert quarter_doubts([_row("Quý II/2026"), _row("Quý IV/2026")]) == ()
    assert quarter_doubts([_row("Quý 2/2026"), _row("Quý 4/2026")]) == ()


def test_text_that_was_not_ocrd_is_not_looked_at() -> None:
    assert quarter_doubts([_row("Quý H/2026", confidence=None)]) == ()


def test_letters_no_vietnamese_text_has_are_blamed_on_ocr_on_a_scan_and_on_the_font_map_in_a_text_layer() -> None:
    from extract.letters import foreign_letter_warning

    def row(text: str, confidence: float | None, page: int) -> PhysicalRow:
        return PhysicalRow(page=page, cells={"tasks": CellPiece(lines=(Line(text),))}, ocr_confidence=confidence)

    scanned, layered = row("Tuyên truyền cāa xã", 91.0, 2), row("Tuyên truyền cāa xã", None, 1)
    (said,) = foreign_letter_warning([scanned])
    assert said.startswith("page 2: 1 word hold") and "OCR misread letters there" in said and "font map" not in said
    (said,) = foreign_letter_warning([layered])
    assert "a damaged font map" in said


def test_a_range_or_list_of_quarters_is_read_part_by_part() -> None:
    rows = [_row("Quý III-IV/2026"), _row("Quý I, II/2026"), _row("Quý I và II năm 2026"), _row("Quý IV năm 2026")]
    assert quarter_doubts(rows) == ()
    (said,) = quarter_doubts([_row("Quý II/2026"), _row("Quý IV năm 2026"), _row("Quý 1 năm 2026")])
    assert said.endswith("page 1: 'Quý 1 năm 2026'")


def test_digits_among_roman_quarters_are_quoted_even_when_they_are_the_more() -> None:
    """samples/audit24 N2: five "Quý I" read "Quý 1" beside one "Quý II": every digit and the Roman one quoted."""
    rows = [_row("Quý 1/2026", page=p) for p in (2, 2, 5, 5, 8)] + [_row("Quý II/2026", page=7)]
    (said,) = quarter_doubts(rows)
    assert said.endswith("page 2: 'Quý 1/2026'; page 5: 'Quý 1/2026'; page 8: 'Quý 1/2026'; page 7: 'Quý II/2026'")
