"""audit48 (samples/audit48/FINDINGS.md): plans scanned as offices scan them.

F2 (s01): on a clean 300 dpi scan the rule between "Chủ trì" and "Phối hợp", 12 pt tall in the
header's second band and parted from its column's rule by a section row, was not found: "Chủ trì |
Phối hợp" became a data row and both agency columns one column of extra (tests/extract/test_ocr_image.py).
F3/F4 (s07): a seal and a signature over cells added garbled words ("⁄N NHẦƠN", "Ty+mể@trời") to
rows read at 82-90, none of them said. The scans themselves are rebuilt by samples/audit48/build.py.
"""

from __future__ import annotations

import dataclasses

import pytest

from core.model import Row
from extract.ocr import Word
from extract.ocr_doubts import is_misread, misread_words_warning
from extract.ocr_pdf import ScannedPage, _ocr_seen
from extract.pdf_objects import PageObjects


def _row(key: str, coordinating: str, confidence: float | None) -> Row:
    row = Row(key, 1, 1, "", "", "1. Tỷ lệ người dân biết", "- Tuyên truyền", "", "", "", coordinating, (1,))
    return dataclasses.replace(row, ocr_confidence=confidence)


@pytest.mark.parametrize("token", ["Ty+mể@trời", "NHẦƠN", "⁄N", "t>ruy", "`»ÖÌ", "ềnÀ", "0đ%ú.ng"])
def test_a_seal_or_signature_read_as_text_is_no_word(token: str) -> None:
    assert is_misread(token)


@pytest.mark.parametrize(
    "token", ["(VH-XH)", "HĐND&UBND", "TN&MT", "2022-2025", "90%", "Zalo", "người,", "- ", "UBMTTQVN"]
)
def test_words_plans_write_are_no_misreads(token: str) -> None:
    assert not is_misread(token)


def test_ocr_rows_with_misread_words_are_named_and_digital_rows_never() -> None:
    rows = [
        _row("3.1.1", "Bộ phận Một cửa phường\n⁄N NHẦƠN xw", 82.1),
        _row("3.3.1", "Phòng VH-XH", 89.9),
        _row("4.1.1", "NHẦƠN", None),  # typed so: not the reader's
    ]
    (warning,) = misread_words_warning(rows)
    assert "row(s) 3.1.1 (" in warning and "'NHẦƠN'" in warning and "4.1.1" not in warning
    assert misread_words_warning(rows[1:]) == ()


def test_a_scan_with_no_ruled_table_is_refused_saying_only_ruled_tables_are_read() -> None:
    # F5 (s08, s10): a clean 300 dpi scan of a borderless table was told to be a flat 300 dpi scan
    page = ScannedPage(1, 0.0, (Word("Chỉ", 10.0, 10.0, 20.0, 22.0, 96.0, (1, 1, 1)),), PageObjects([], []))
    said = _ocr_seen("it has 1 page(s) of text and 0 ruled table(s)", {1: page})
    assert "no ruled table was found on them: from a scan only tables with rules around their cells are read" in said
