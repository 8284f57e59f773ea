"""The tenth audit (samples/audit10): every character of a PDF cell (justified, letter-spaced, glyph by glyph,
fake bold, re-distilled, outlines, searchable scan, superscripts, vertical text, hidden text, ligatures, no
ToUnicode, encryption, a cut row, a watermark ...).

Each document's rows were written by hand (samples/audit10/README.md); the audit's own comparison
(``compare_audit10.py``, audit9's with a rule for pages with no readable text) judges each extraction, run
as ``phuluc extract`` runs. A document not yet read right is a strict xfail naming what goes wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, audit_report

AUDIT10 = ROOT / "samples" / "audit10"
DOCUMENTS = sorted(p.name for p in AUDIT10.iterdir() if p.suffix == ".pdf")
#: Documents not yet read right (samples/audit10/README.md, FINDINGS.md).
FAILS = {
    "e09-searchable-scan.pdf": "the invisible OCR layer is set aside and the page re-OCR'd: 'Đẩy mạnh' read 'Đầy mạnh'",
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=FAILS[n])] if n in FAILS else []) for n in DOCUMENTS],
)
def test_every_character_of_a_pdf_cell_comes_out_as_the_page_shows_it(name: str, tmp_path: Path) -> None:
    report = audit_report(AUDIT10, name, tmp_path / "out")
    verdict = [line for line in report.splitlines() if line.startswith("VERDICT:")]
    assert verdict and verdict[-1].startswith("VERDICT: right"), report


def test_a_pdf_whose_text_is_drawn_as_outlines_is_refused_with_the_way_to_read_it() -> None:
    from core.errors import ExtractError
    from extract import extract

    with pytest.raises(ExtractError, match=r"page 1 holds no text, only \d+ drawn segments: .* read it with --ocr"):
        extract(AUDIT10 / "e08-outlines.pdf")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_ligature_glyph_reads_as_its_letters_in_one_word(engine: str) -> None:
    # Chromium draws "fi" and "ffi" of DejaVu Serif as one glyph: pdfium gives each letter the glyph's
    # origin, pdfminer gives U+FB01; either way the word is "file", with no gap inside
    from core.settings import ExtractSettings
    from extract import extract

    doc = extract(AUDIT10 / "e13-ligatures-chromium.pdf", ExtractSettings(engine=engine))
    text = " ".join(line.text for row in doc.physical_rows for cell in row.cells.values() for line in cell.lines)
    assert "file mềm" in text and "official" in text and "Wifi" in text
    assert "\ufb01" not in text and "fi le" not in text


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_decomposed_letter_does_not_narrow_the_same_letter_elsewhere_on_the_page(engine: str) -> None:
    # audit12 F6 (samples/audit12/probe_audit12.py nfd): one cell typed in NFD; LibreOffice draws "ờ" as
    # o, horn and grave from one origin, and pdfium's loose box of that "o" is a third of the cluster
    from core.settings import ExtractSettings
    from extract import extract
    from extract.merge import merge

    path = ROOT / "samples" / "audit12" / "probe-nfd-one-row.pdf"
    (row,) = merge(extract(path, ExtractSettings(engine=engine))).rows
    assert "tờ gấp và loa truyền thanh" in row.tasks
    assert row.indicators.startswith("1. kiếm nhiều người được Việt")
