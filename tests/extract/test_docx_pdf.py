"""DOCX page geometry: LibreOffice lays the DOCX out as a PDF, whose row boxes go to the DOCX's rows."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import SAMPLES

from core.errors import SettingsError
from core.settings import ExtractSettings, Settings
from extract import extract
from extract.docx_pdf import find_soffice, lay_out_docx, with_page_boxes
from extract.merge import merge
from phuluc.cli import main
from phuluc.pipeline import run

DOCX = SAMPLES / "plan-2024-grouped.docx"
needs_libreoffice = pytest.mark.skipif(find_soffice() is None, reason="needs LibreOffice (soffice)")


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if find_soffice() is None:
        pytest.skip("needs LibreOffice (soffice)")
    out = tmp_path_factory.mktemp("docx-pdf")
    assert main(["extract", str(DOCX), "--out", str(out), "--docx-pdf", "--quiet"]) == 0
    return out


@needs_libreoffice
def test_every_row_of_the_docx_gets_boxes_on_the_pages_of_its_pdf(tmp_path: Path) -> None:
    doc = lay_out_docx(merge(extract(DOCX)), tmp_path, ExtractSettings())
    assert doc.page_pdf is not None and Path(doc.page_pdf).is_file()
    pages = len(pdfium.PdfDocument(doc.page_pdf))
    assert all(row.boxes and all(1 <= b.page <= pages for b in row.boxes) for row in doc.rows)
    assert doc.warnings == merge(extract(DOCX)).warnings


def test_a_row_the_two_readings_disagree_on_gets_no_box() -> None:
    shown = merge(extract(SAMPLES / "plan-2024-grouped.pdf"))
    doc = merge(extract(DOCX))
    changed = replace(doc, rows=(replace(doc.rows[0], indicators="1. Something else"), *doc.rows[1:]))
    paired = with_page_boxes(changed, shown)
    assert paired.rows[0].boxes == () and all(row.boxes for row in paired.rows[1:])
    assert paired.page_pdf == shown.provenance.path


def test_docx_pdf_gives_the_docx_boxes_and_crops(laid_out: Path) -> None:
    rows = json.loads((laid_out / "plan.json").read_text(encoding="utf-8"))["documents"][0]["rows"]
    page = (laid_out / "review.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<img ", page)) == sum(len(r["boxes"]) for r in rows) >= len(rows) == 36


def test_without_libreoffice_the_rows_keep_no_box_and_a_warning_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no soffice on it
    doc = lay_out_docx(merge(extract(DOCX)), tmp_path, ExtractSettings())
    assert all(row.boxes == () for row in doc.rows) and doc.page_pdf is None
    assert any("LibreOffice (soffice) is not installed" in w for w in doc.warnings)
    with pytest.raises(SettingsError, match="needs LibreOffice"):
        run([DOCX], tmp_path / "out", Settings(extract=ExtractSettings(docx_pdf=True)))
