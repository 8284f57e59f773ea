"""A PDF in which pdfium reads no table because its glyphs read as other letters is read again by pdfminer.

samples/audit19's f04 draws its text in a Type 3 font with glyph names and no Unicode map: pdfium
reads glyph codes, pdfminer the letters. A PDF whose text reads as Vietnamese and holds no plan (a
report among a folder's plans) is refused as before, without a second read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from core.errors import ExtractError
from core.settings import ExtractSettings
from extract import PDF_ENGINES, extract


def test_a_type3_font_pdfium_reads_as_glyph_codes_is_read_by_pdfminer_and_said() -> None:
    doc = extract(ROOT / "samples" / "audit19" / "f04-type3-names-only.pdf", ExtractSettings(engine="pdfium"))
    assert doc.provenance.engine == "pdfplumber" and len(doc.physical_rows) == 3
    assert doc.warnings[0].startswith("pdfium read no appendix table (its fonts' glyphs read as other letters)")


def test_a_pdf_that_is_no_plan_is_refused_without_a_second_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("DejaVu", 12)
    for line, text in enumerate(["BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI", "Tháng 11 năm 2026, tình hình ổn định."]):
        pdf.drawString(72, 750 - 20 * line, text)
    pdf.save()

    def never(*_: object) -> None:
        raise AssertionError("the pdfplumber engine was asked to read a PDF whose text reads as Vietnamese")

    monkeypatch.setitem(PDF_ENGINES, "pdfplumber", never)
    with pytest.raises(ExtractError, match="no appendix table"):
        extract(path, ExtractSettings(engine="pdfium"))


def test_a_text_layer_neither_engine_reads_is_judged_once_and_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import extract as extract_module

    judged: list[Path] = []
    judge = extract_module.foreign_text_cause

    def counted(path: Path, password: str | None) -> str | None:
        judged.append(path)
        return judge(path, password)

    monkeypatch.setattr(extract_module, "foreign_text_cause", counted)
    with pytest.raises(ExtractError, match="does not read as Vietnamese text on pages 1-4"):
        extract(ROOT / "samples" / "audit3" / "c6-lo-pdftops-ps2pdf.pdf", ExtractSettings(engine="pdfium"))
    assert len(judged) == 1  # every page's text read once for the cause, not again for the error
