"""What a PDF page shows and its text layer does not say, read alike by both PDF engines (audit10 and audit13).

A filled form field's value is the cell's text where the page shows it; a reviewer's comments are
not the plan's text but are said, quoted, on their page; text under a white box drawn over it and
text its clipping area cuts off are left out (and said), a correction typed over the box read.
pdfminer keeps no widgets, no comments and no clipping paths, so the pdfplumber engine reads the
first two from ``page.annots`` and keeps each character's clipping area (``extract/pdf_clips.py``).
Rows and texts written by hand in the audits' expected files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

AUDIT13 = ROOT / "samples" / "audit13"
AUDIT10 = ROOT / "samples" / "audit10"
ENGINES = ("pdfium", "pdfplumber")


def _row(doc, key):  # type: ignore[no-untyped-def]
    return next(row for row in doc.rows if row.key == key)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_filled_form_field_is_the_cells_text(engine: str) -> None:
    doc = merge(extract(AUDIT13 / "d03-filled-form-field.pdf", ExtractSettings(engine=engine)))
    assert _row(doc, "5.3.1").deadline == "Quý III/2026"
    assert [row.key for row in doc.rows] == ["1.1.1", "1.2.3", "3.2.1", "5.3.1", "8.2.1"]


@pytest.mark.parametrize("engine", ENGINES)
def test_comments_are_said_on_their_page_and_kept_out_of_the_rows(engine: str) -> None:
    doc = merge(extract(AUDIT13 / "d02-annotations.pdf", ExtractSettings(engine=engine)))
    said = [w for w in doc.warnings if "comments over the page" in w]
    assert len(said) == 1 and said[0].startswith("page(s) 1: 29 characters"), doc.warnings
    assert "'Đề nghị bổ sung Kiểm tra lại thời hạn'" in said[0]
    cells = " ".join(str(value) for row in doc.rows for value in vars(row).values())
    assert "Đề nghị bổ sung" not in cells and "Kiểm tra lại" not in cells


@pytest.mark.parametrize("engine", ENGINES)
def test_text_under_a_white_box_is_left_out_and_the_correction_read(engine: str) -> None:
    doc = merge(extract(AUDIT13 / "d11-cover-up-correction.pdf", ExtractSettings(engine=engine)))
    assert _row(doc, "1.2.3").deadline == "Quý IV/2026"
    assert any("7 characters under a white box" in w and "'II/2026'" in w for w in doc.warnings), doc.warnings


def test_a_plan_without_annotations_says_nothing_of_them() -> None:
    doc = extract(AUDIT13 / "d01-seal-and-signature.pdf", ExtractSettings(engine="pdfplumber"))
    assert not [w for w in doc.warnings if "comments" in w or "white box" in w]


@pytest.mark.parametrize("engine", ENGINES)
def test_text_an_exact_row_height_cuts_off_is_left_out_and_said(engine: str) -> None:
    # row 3.2.1 at an exact height: its component's last words are cut at the row's bottom
    doc = merge(extract(AUDIT10 / "e17-exact-row-height.pdf", ExtractSettings(engine=engine)))
    assert _row(doc, "3.2.1").component == "2. Giải đáp khiếu nại, tố cáo, khúc mắc"  # "của người dân" cut
    said = [w for w in doc.warnings if "clips it to" in w]
    assert said == [
        "page(s) 1: 11 characters outside the area its producer clips it to (cut off, not shown) are left out"
        " of the rows: 'của người dân'"
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_word_clipped_at_a_cells_edge_is_left_out_and_said(engine: str) -> None:
    doc = merge(extract(AUDIT10 / "e25-report-generator-clipped.pdf", ExtractSettings(engine=engine)))
    assert any("18 characters outside the area" in w and "'ụ hành chính công tỉnh'" in w for w in doc.warnings)


def test_a_see_through_white_box_hides_nothing_with_either_engine(tmp_path: Path) -> None:
    # a white box filled at 30% opacity over a word: the page shows the word, so both engines read it
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    from extract.pdf_objects import page_objects

    path = tmp_path / "see-through.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(300, 100))
    pdf.setFont("Helvetica", 12)
    pdf.drawString(20, 50, "Hidden or not")
    pdf.setFillColorRGB(1, 1, 1, alpha=0.3)
    pdf.rect(15, 45, 60, 20, stroke=0, fill=1)
    pdf.setFillColorRGB(1, 1, 1, alpha=1.0)
    pdf.rect(150, 45, 60, 20, stroke=0, fill=1)  # an opaque one over nothing
    pdf.save()
    import pdfplumber

    with pdfplumber.open(path) as doc:
        assert "".join(c["text"] for c in page_objects(doc.pages[0]).chars).replace(" ", "") == "Hiddenornot"
    from extract.pdf_pdfium import pdfium_page_objects

    page = pdfium.PdfDocument(str(path))[0]
    assert (
        "".join(c["text"] for c in pdfium_page_objects(page, page.get_textpage()).chars).replace(" ", "")
        == "Hiddenornot"
    )


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("typed", [True, False])
def test_a_fields_value_kept_on_its_parent_field_is_read(engine: str, typed: bool, tmp_path: Path) -> None:
    # Acrobat's way: the field (/T, /V, /FT, /DA) is the widget's parent; the widget may lack /Type
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(AUDIT13 / "d03-filled-form-field.pdf"))
    fields = ArrayObject()
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            field = DictionaryObject()
            for key in ("/FT", "/T", "/V", "/DA"):
                if key in widget:
                    field[NameObject(key)] = widget[key]
                    del widget[key]
            field_ref = writer._add_object(field)
            field[NameObject("/Kids")] = ArrayObject([ref])
            widget[NameObject("/Parent")] = field_ref
            if not typed:
                del widget["/Type"]
            fields.append(field_ref)
    writer._root_object["/AcroForm"][NameObject("/Fields")] = fields
    path = tmp_path / "kid.pdf"
    writer.write(path)
    doc = merge(extract(path, ExtractSettings(engine=engine)))
    assert _row(doc, "5.3.1").deadline == "Quý III/2026"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_a_filled_field_on_a_turned_page_is_read_where_the_page_shows_it(
    engine: str, rotate: int, tmp_path: Path
) -> None:
    # the plan's pages saved with /Rotate (content unchanged): the field turns with the page
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(AUDIT13 / "d03-filled-form-field.pdf"))
    for page in writer.pages:
        page.rotate(rotate)
    path = tmp_path / f"r{rotate}.pdf"
    writer.write(path)
    doc = merge(extract(path, ExtractSettings(engine=engine)))
    assert _row(doc, "5.3.1").deadline == "Quý III/2026"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("in_matrix", [False, True])
def test_clipped_text_of_a_page_moved_into_a_form_is_left_out_and_said(
    engine: str, in_matrix: bool, tmp_path: Path
) -> None:
    # an imposition tool's way: the page's content in a form XObject drawn scaled and moved, by an
    # outer "cm" or by the form's own /Matrix; the clips inside the form still cut the same words
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(AUDIT10 / "e17-exact-row-height.pdf"))
    matrix = (0.9, 0, 0, 0.9, 30, 40)
    for page in writer.pages:
        form = DecodedStreamObject()
        form.set_data(page.get_contents().get_data())
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject([FloatObject(v) for v in page.mediabox]),
                NameObject("/Resources"): page["/Resources"].get_object(),
            }
        )
        if in_matrix:
            form[NameObject("/Matrix")] = ArrayObject([FloatObject(v) for v in matrix])
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): writer._add_object(form)})}
        )
        outer = DecodedStreamObject()
        outer.set_data(b"q " + (b"" if in_matrix else b"0.9 0 0 0.9 30 40 cm ") + b"/Fm0 Do Q")
        page[NameObject("/Contents")] = writer._add_object(outer)
    path = tmp_path / "moved.pdf"
    writer.write(path)
    doc = merge(extract(path, ExtractSettings(engine=engine)))
    assert _row(doc, "3.2.1").component == "2. Giải đáp khiếu nại, tố cáo, khúc mắc"
    assert any("11 characters outside the area" in w and "'của người dân'" in w for w in doc.warnings), doc.warnings
