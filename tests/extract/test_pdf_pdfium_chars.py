"""pdfium's characters as the reader takes them: code points read at once, inferred spaces left out."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from conftest import SAMPLES

from extract.pdf_pdfium_chars import HYPHEN_MARK, NONCHARACTERS, CharReader, unicodes


def test_code_points_read_at_once_are_pdfiums_own() -> None:
    """The page's code points read in one call equal pdfium's per character, hyphen marks (0x02) included."""
    document = pdfium.PdfDocument(str(SAMPLES / "plan-2024-portrait.pdf"))
    try:
        page = document[1]
        text_page = page.get_textpage()
        count = raw.FPDFText_CountChars(text_page.raw)
        one_by_one = [raw.FPDFText_GetUnicode(text_page.raw, i) for i in range(count)]
        assert HYPHEN_MARK in one_by_one  # the page has what the bulk read must not lose
        assert unicodes(raw, text_page.raw) == one_by_one
        text_page.close()
        page.close()
    finally:
        document.close()


def test_characters_leave_out_only_what_pdfium_inferred() -> None:
    """Every character pdfium read is kept, in order, its hyphen mark as "-"; the spaces it inferred are left out."""
    document = pdfium.PdfDocument(str(SAMPLES / "plan-2024-portrait.pdf"))
    try:
        page = document[1]
        text_page = page.get_textpage()
        codes = unicodes(raw, text_page.raw)
        chars, turned = CharReader(raw, text_page.raw).chars(codes, 0.0, 0.0)
        generated = [raw.FPDFText_IsGenerated(text_page.raw, i) == 1 for i in range(len(codes))]
        inferred = [chr(code).isspace() and made for code, made in zip(codes, generated, strict=True)]
        expected = [
            "-" if code == HYPHEN_MARK else chr(code)
            for code, left_out in zip(codes, inferred, strict=True)
            if code not in NONCHARACTERS and not left_out
        ]
        assert "-" in expected and " " in expected and any(inferred)  # the page has every case the loop tells apart
        assert [char["text"] for char in chars] == expected
        assert sum(turned.values()) == len(chars) and all(char["bottom"] > char["top"] for char in chars)
        text_page.close()
        page.close()
    finally:
        document.close()
