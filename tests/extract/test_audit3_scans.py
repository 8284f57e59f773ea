"""The third audit's documents (samples/audit3/): producers and forms phuluc had not been tested on.

Each document's rows were written by hand in ``<doc>.expected.json`` (samples/audit3/README.md);
these tests read the committed files with the default engine and check the failures the audit
found: searchable PDFs read as digital tables, a sound PDF refused, refusals that did not name
their cause, a space inside a word, a running page footer taken for lost table text.
"""

from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import COMPARED, SAMPLES, load_bench

from core.errors import ExtractError
from core.model import Document
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge
from extract.ocr import tesseract_command
from extract.pdf_probe import probe_pdf

AUDIT3 = SAMPLES / "audit3"
compare = load_bench("layouts")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
SEARCHABLE = AUDIT3 / "c8-tesseract-searchable.pdf"
SEARCHABLE_TYPST = AUDIT3 / "c21-tesseract-searchable-typst.pdf"


def _expected(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return rows


@functools.cache
def _read(path: Path, engine: str = "pdfium") -> Document:
    """Read an audit document once for all the tests here, extracted and merged into logical rows."""
    return merge(extract(path, ExtractSettings(engine=engine)))


def _fields(doc: Document, *names: str) -> list[tuple[Any, ...]]:
    return [tuple(getattr(row, name) for name in names) for row in doc.rows]


def _expected_fields(path: Path, *names: str) -> list[tuple[Any, ...]]:
    return [tuple(row[name] for name in names) for row in _expected(path)]


def _problems(path: Path, doc: Document) -> list[str]:
    """Return how the document's rows differ from its expected ones (empty when every compared field is right)."""
    expected = _expected(path)
    problems = [
        f"row {exp['key']} {name}: expected {exp[name]!r}, got {getattr(row, name)!r}"
        for exp, row in zip(expected, doc.rows, strict=False)
        for name in COMPARED
        if not compare.same_field(exp[name], getattr(row, name))
    ]
    if len(doc.rows) != len(expected):
        problems.append(f"{len(doc.rows)} rows found, {len(expected)} expected")
    return problems


def test_a_searchable_pdf_is_probed_as_scanned_pages_under_an_invisible_layer() -> None:
    assert probe_pdf(SEARCHABLE, None).layered_pages == (1, 2, 3)
    assert probe_pdf(SEARCHABLE_TYPST, None).layered_pages == (1, 2, 3)
    digital = probe_pdf(AUDIT3 / "c2-fpdf2-table.pdf", None)  # the same pages as c8, as fpdf2 wrote them
    assert digital.layered_pages == () and digital.image_pages == ()


@needs_tesseract
def test_a_searchable_pdf_is_read_by_ocr_with_its_groups_and_one_warning() -> None:
    doc = _read(SEARCHABLE)
    assert doc.provenance.engine == "tesseract"  # the page images, not the invisible layer
    names = ("key", "dimension_no", "component_no", "dimension", "lead")  # OCR reads one "chi" as "chỉ"
    assert _fields(doc, *names) == _expected_fields(SEARCHABLE, *names)
    said = [w for w in doc.warnings if "invisible text layer" in w]
    assert len(said) == 1 and said[0].startswith("pages 1-3:")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber", "camelot"])
def test_a_searchable_pdf_without_tesseract_is_refused_in_one_line(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no tesseract on it: every engine refuses alike
    tesseract_command.cache_clear()
    try:
        with pytest.raises(ExtractError, match="invisible OCR text layer") as caught:
            extract(SEARCHABLE, ExtractSettings(engine=engine))
    finally:
        tesseract_command.cache_clear()
    message = str(caught.value)
    assert "\n" not in message and "pages 1-3" in message and "apt-get install" in message


def test_page_boxes_inherited_from_the_page_tree_place_the_rows_on_the_page() -> None:
    # fpdf2 writes the landscape MediaBox on the /Pages node, not on each page
    path = AUDIT3 / "c12-fpdf2-rowspan.pdf"
    doc = _read(path)
    assert not _problems(path, doc)
    assert all(0 <= box.top < box.bottom <= 595.3 and box.x1 <= 841.9 for row in doc.rows for box in row.boxes)


@pytest.mark.parametrize(
    ("name", "kind", "sample"),
    [
        ("c4-chromium-gs-redistilled.pdf", "letters and signs outside Vietnamese", "ß"),  # Ghostscript's ToUnicode
        ("c6-lo-pdftops-ps2pdf.pdf", "glyph codes (control characters)", "\\x"),  # WinAnsi glyph codes, no map
    ],
)
def test_a_text_layer_that_is_no_vietnamese_is_refused_naming_it_and_its_pages(
    name: str, kind: str, sample: str
) -> None:
    with pytest.raises(ExtractError) as caught:
        extract(AUDIT3 / name)
    message = str(caught.value)
    assert "does not read as Vietnamese text on pages 1-4" in message and kind in message
    assert sample in message and "--ocr" in message
    assert "no table has a header row" not in message  # not blamed on a missing header


def test_a_pdf_with_text_is_still_refused_for_its_missing_header_when_its_letters_are_vietnamese() -> None:
    from extract.damage import foreign_text_cause

    assert foreign_text_cause(AUDIT3 / "c2-fpdf2-table.pdf", None) is None
    assert foreign_text_cause(SAMPLES / "plan-2024-landscape.pdf", None) is None


@needs_tesseract
def test_ocr_asked_for_reads_a_pdf_whose_text_layer_is_wrong() -> None:
    path = AUDIT3 / "c4-chromium-gs-redistilled.pdf"
    doc = merge(extract(path, ExtractSettings(ocr=True)))
    assert doc.provenance.engine == "tesseract"
    names = ("key", "dimension_no", "component_no", "dimension", "lead", "coordinating")
    assert _fields(doc, *names) == _expected_fields(path, *names)
    assert any("as asked (--ocr)" in w for w in doc.warnings)


def test_pdfium_measures_a_vietnamese_letter_of_a_subset_cid_font_by_the_glyph_drawn() -> None:
    import pypdfium2 as pdfium

    from extract.pdf_pdfium import pdfium_page_objects

    path = AUDIT3 / "c3-pymupdf-story-rowspan.pdf"
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[1]
        chars = pdfium_page_objects(page, page.get_textpage()).chars
    finally:
        pdf.close()
    text = "".join(c["text"] for c in chars)
    at = text.index("danh mục")
    u, c = chars[at + 6], chars[at + 7]
    assert u["text"] == "ụ" and c["x0"] - u["x1"] == pytest.approx(0, abs=0.05)  # no gap: no space in the word
    doc = _read(path)
    assert not _problems(path, doc)


def test_a_browsers_page_header_and_footer_are_no_table_text() -> None:
    path = AUDIT3 / "c18-chromium-print-header-footer.pdf"  # "file:///.../ke-hoach-papi-2026.html 1/4" under the table
    doc = _read(path)
    assert not _problems(path, doc)
    assert doc.coverage is not None and doc.coverage.complete
    assert not [w for w in doc.warnings if "in no row" in w]


def _page_with_layer(path: Path, image_share: float, visible_lines: int) -> Path:
    """A page with a grey image covering ``image_share`` of it, visible lines, and an invisible line over them."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    width, height = 595.0, 842.0
    canvas = Canvas(str(path), pagesize=(width, height))
    side = image_share**0.5
    image = ImageReader(Image.new("L", (200, 280), 235))
    canvas.drawImage(image, 0, 0, width=width * side, height=height * side)
    for n in range(visible_lines):
        canvas.drawString(60, 780 - 14 * n, f"Dòng chữ thấy được số {n}")
    for n in range(5):
        hidden = canvas.beginText(60, 500 - 14 * n)
        hidden.setTextRenderMode(3)  # invisible: an OCR layer
        hidden.textLine(f"Lớp chữ OCR không thấy được {n}")
        canvas.drawText(hidden)
    canvas.save()
    return path


def test_a_page_is_a_scan_only_when_its_image_fills_it_and_its_text_is_mostly_unseen(tmp_path: Path) -> None:
    scan = probe_pdf(_page_with_layer(tmp_path / "scan.pdf", 1.0, visible_lines=1), None)  # a visible stamp
    assert scan.layered_pages == (1,) and scan.hidden_pages == ()
    mixed = probe_pdf(_page_with_layer(tmp_path / "mixed.pdf", 1.0, visible_lines=12), None)
    assert mixed.layered_pages == () and mixed.hidden_pages == (1,)  # mostly visible text: read as it is, warned
    picture = probe_pdf(_page_with_layer(tmp_path / "picture.pdf", 0.3, visible_lines=1), None)
    assert picture.layered_pages == () and picture.hidden_pages == (1,)  # a picture on the page, not the page


def test_hidden_text_on_a_page_of_visible_text_is_named_in_a_warning() -> None:
    from extract import hidden_text_warning

    assert hidden_text_warning(()) == ()
    (said,) = hidden_text_warning((2, 3))
    assert said.startswith("pages 2-3: ") and "not painted" in said
