"""Damaged text is said, naming the document and pages: unmapped glyphs, garbled pages, pages missing from the tree."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from hostile import GOOD_DOCX, GOOD_PDF
from pypdf.generic import DecodedStreamObject, NameObject

from core.errors import ExtractError
from core.model import FIELDS, CellPiece, Line, PhysicalRow
from core.text import quote_name
from extract.damage import page_list, text_damage
from phuluc.cli import main

TEXT = "Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư"


def row(page: int, text: str) -> PhysicalRow:
    cells = {name: CellPiece() for name in FIELDS}
    cells["tasks"] = CellPiece(lines=(Line(text),))
    return PhysicalRow(page=page, cells=cells)


def test_clean_pages_give_no_warning() -> None:
    assert text_damage([row(page, TEXT) for page in range(2, 9)]) == ()


def test_a_garbled_page_among_good_ones_is_a_warning_naming_it() -> None:
    garbled = "(cid:10)&k#(cid:3)&%'((cid:3)(cid:31)1(cid:31)\"(cid:3)#x(cid:3)&%'(cid:29)" * 2
    rows = [row(page, garbled if page == 5 else TEXT) for page in range(2, 9)]
    (warning,) = text_damage(rows)
    assert warning.startswith("page 5: the table text is mostly unmapped glyphs")


def test_single_unmapped_glyphs_are_counted_per_page() -> None:
    rows = [row(2, TEXT), row(3, TEXT + "\ufffd"), row(4, TEXT + "(cid:7)"), row(6, TEXT)]
    assert text_damage(rows) == (
        "pages 3-4: 2 glyphs could not be mapped to text ((cid:N), U+FFFD or control characters); "
        "those characters are missing from the rows",
    )


def test_a_document_mostly_garbled_is_refused() -> None:
    rows = [row(page, "#&N#(cid:3))*(cid:3)(cid:6)" * 6) for page in range(2, 6)] + [row(6, TEXT)]
    with pytest.raises(ExtractError, match="the text layer cannot be read: on pages 2-5"):
        text_damage(rows)


def test_page_lists_are_runs() -> None:
    assert page_list([9, 2, 3, 4, 7]) == "pages 2-4, 7, 9"
    assert page_list([3]) == "page 3"


@pytest.fixture(scope="module")
def no_unicode_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The good PDF with the Unicode map taken off its text font: pdfminer reads (cid:N), pdfium symbols."""
    path = tmp_path_factory.mktemp("damaged") / "no-tounicode.pdf"
    writer = pypdf.PdfWriter(clone_from=str(GOOD_PDF))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if not str(font["/BaseFont"]).endswith("-Bold") and "/ToUnicode" in font:
                del font["/ToUnicode"]
    writer.write(path)
    return path


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_pdf_whose_font_lost_its_unicode_map_is_refused_not_exported_as_garbage(
    engine: str, no_unicode_map: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    status = main(["extract", str(no_unicode_map), str(GOOD_DOCX), "--out", str(out), "-q", "--engine", engine])
    (line,) = capsys.readouterr().err.splitlines()
    assert status == 1
    cause = "the text layer cannot be read: on pages 2-44"
    assert line.startswith(f"phuluc: error: {quote_name(str(no_unicode_map))}: {cause}")


def test_pages_missing_from_the_page_tree_are_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = tmp_path / "missing-pages.pdf"
    writer = pypdf.PdfWriter(clone_from=str(GOOD_PDF))
    kids = writer._root_object["/Pages"]["/Kids"]
    del kids[9:11]  # two pages gone from the tree; /Count still says 44
    writer.write(damaged)
    assert main(["extract", str(damaged), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out.splitlines()
    warning = (
        "the page tree says the PDF has 44 pages, but only 42 could be read: "
        "2 pages are missing from the file, with any rows on them"
    )
    assert f"{quote_name(str(damaged))}: warning: {warning}" in out


def test_a_text_pdf_whose_page_contents_are_gone_is_not_called_a_scan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "empty-contents.pdf"
    writer = pypdf.PdfWriter(clone_from=str(GOOD_PDF))
    for page in writer.pages:
        empty = DecodedStreamObject()
        empty.set_data(b"q Q")
        page[NameObject("/Contents")] = writer._add_object(empty)
    writer.write(damaged)
    assert main(["extract", str(damaged), "--out", str(tmp_path / "out"), "-q"]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert "scan?" not in first
    assert first.endswith(
        "no text could be read from any of its 44 pages, and they hold no images, so it is no scan: "
        "its page contents are damaged or empty"
    )


def test_a_table_with_almost_no_text_is_a_warning() -> None:
    rows = [row(page, "1." if page % 2 else "") for page in range(2, 12)]
    (warning,) = text_damage(rows)
    assert warning.startswith("the table's 10 rows hold only 10 characters in all: the text layer is too thin")
