"""Scanned plans: page images straightened, rules found, words read by Tesseract into the same rows.

The OCR tests read 3-page excerpts (samples/scanned/) and compare them with the text layer of
the same pages of the digital sample: rows, keys and group labels, and the character error
rate over all row text. Whole-plan scans are measured by hand with bench/ocr.py.
"""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import SAMPLES, load_bench

from core.errors import ExtractError
from extract import extract
from extract.grid import edges_to_grids
from extract.ocr import TESSERACT_PACKAGES, Word, tesseract_command, tsv_to_words, words_to_chars
from extract.ocr_image import deskew, find_rules
from extract.ocr_pdf import pages_to_ocr
from extract.pdf_lines import chars_to_lines
from extract.pdf_probe import probe_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
DIGITAL = SAMPLES / "plan-2024-landscape.pdf"
CLEAN = SAMPLES / "scanned" / "plan-2024-scan300-p1-3.pdf"
SKEWED = SAMPLES / "scanned" / "plan-2024-scan200-skewed-p1-3.pdf"


def _ruled_page(angle: float) -> Any:
    """A white 300 dpi page with a 3 x 4 ruled table and some text-like blobs, turned by ``angle``."""
    import cv2

    page = np.full((1200, 1600), 255, np.uint8)
    for y in (200, 400, 600, 800):
        cv2.line(page, (200, y), (1400, y), 0, 3)
    for x in (200, 600, 1000, 1400):
        cv2.line(page, (x, 200), (x, 800), 0, 3)
    for x in range(230, 560, 40):
        cv2.rectangle(page, (x, 250), (x + 25, 285), 0, -1)
    matrix = cv2.getRotationMatrix2D((800, 600), angle, 1.0)
    return cv2.warpAffine(page, matrix, (1600, 1200), flags=cv2.INTER_CUBIC, borderValue=255)


@pytest.mark.parametrize("angle", [-1.5, -0.8, 0.0, 1.0, 2.2])
def test_deskew_undoes_the_turn(angle: float) -> None:
    _, undone = deskew(_ruled_page(angle))
    assert math.isclose(undone, -angle, abs_tol=0.11)


def test_rules_become_one_grid_of_twelve_cells() -> None:
    straight, _ = deskew(_ruled_page(1.0))
    edges, _ = find_rules(straight, 300)
    grids = edges_to_grids(edges)
    assert len(grids) == 1
    assert len(grids[0].cells) == 9  # 3 columns x 3 bands
    assert [round(x) for x in grids[0].xs] == [48, 144, 240, 336]  # px 200, 600... at 300 dpi, in pt


def test_tsv_words_are_moved_by_their_image_offset_and_put_in_points() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "5\t1\t1\t1\t1\t1\t10\t20\t100\t30\t96.5\tPhòng\n"
        "5\t2\t1\t1\t1\t1\t0\t0\t50\t30\t-1\t\n"
        "5\t2\t1\t1\t1\t2\t10\t20\t100\t30\t40\tTư\n"
    )
    words = tsv_to_words(tsv, 300, [(0.0, 0.0), (300.0, 600.0)])
    assert [w.text for w in words] == ["Phòng", "Tư"]
    assert words[0].x0 == pytest.approx(10 * 72 / 300)
    assert words[1].top == pytest.approx(620 * 72 / 300)
    assert words[1].confidence == 40


def test_words_become_letters_with_a_space_between_words() -> None:
    line = (0, 1, 1)
    words = [Word("UBND", 10, 100, 40, 110, 95, line), Word("xã", 45, 102, 55, 110, 90, line)]
    chars = words_to_chars(words)
    assert "".join(c["text"] for c in chars) == "UBND xã"
    assert chars[0]["x1"] - chars[0]["x0"] == pytest.approx(30 / 4)
    assert {c["top"] for c in chars} == {100} and {c["bottom"] for c in chars} == {110}


def _line_text(words: list[Word]) -> str:
    """The text the PDF line code reads from the words' characters (in a cell, and outside any table)."""
    chars = words_to_chars(words)
    in_cell = chars_to_lines(chars, None)
    outside = chars_to_lines([c for c in chars if c["text"].strip()], None)  # free lines drop the spaces
    assert [line.text for line in in_cell] == [line.text for line in outside]
    return "\n".join(line.text for line in in_cell)


def test_a_word_boxed_over_its_neighbours_keeps_its_letters_together() -> None:
    line = (14, 1, 1001)  # Tesseract's boxes on a scan turned 1.2 degrees: "Sở" boxed to the line's end
    words = [Word("Sở", 596.9, 477.6, 636.2, 487.7, 93, line), Word("Y", 612.2, 476.6, 617.5, 491.8, 93, line)]
    words.append(Word("tế", 623.5, 477.6, 636.2, 487.7, 97, line))
    assert _line_text(words) == "Sở Y tế"
    line = (10, 1, 1001)
    words = [Word("1.", 122.4, 477.8, 158.1, 487.8, 93, line), Word("Y", 137.2, 477.0, 141.8, 490.5, 93, line)]
    words.append(Word("tế", 146.2, 477.8, 158.1, 487.8, 97, line))
    assert _line_text(words) == "1. Y tế"


def test_words_that_touch_or_overlap_a_little_stay_apart_in_reading_order() -> None:
    line = (0, 1, 1)
    touching = [Word("quyết", 10, 100, 30, 110, 95, line), Word("định", 30, 100, 47, 110, 95, line)]
    assert _line_text([*touching, Word("ở", 46, 100, 52, 110, 95, line)]) == "quyết định ở"
    crossed = [Word("điện", 10, 100, 30, 110, 95, line), Word("tử", 12, 100, 22, 110, 95, line)]  # inside the first
    assert _line_text(crossed) == "điện tử"


def test_words_set_apart_take_the_narrowest_word_space_of_their_cell() -> None:
    spaced = [Word("bảo", 10, 100, 30, 110, 95, (1, 1, 1)), Word("hiểm", 34, 100, 60, 110, 95, (1, 1, 1))]
    touching = [Word("hiểm", 10, 112, 36, 122, 95, (1, 1, 2)), Word("y", 36.2, 112, 40, 122, 95, (1, 1, 2))]
    chars = words_to_chars(spaced + touching)
    second = [c for c in chars if c["top"] == 112 and c["text"].strip()]
    assert second[4]["x0"] - second[3]["x1"] == pytest.approx(4)  # the gap of "bảo hiểm", not a narrower one
    assert _line_text(spaced + touching) == "bảo hiểm\nhiểm y"


def test_a_page_with_a_text_layer_is_never_ocrd() -> None:
    assert probe_pdf(DIGITAL, None).image_pages == ()
    assert pages_to_ocr(DIGITAL, None, [1, 2]) == []  # asked anyway: they have text
    assert probe_pdf(CLEAN, None).image_pages == (1, 2, 3)
    assert pages_to_ocr(CLEAN, None, [1, 2, 3]) == [1, 2, 3]


def test_without_tesseract_one_line_names_the_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no tesseract on it
    tesseract_command.cache_clear()
    try:
        with pytest.raises(ExtractError, match=f"apt-get install {TESSERACT_PACKAGES}") as caught:
            extract(CLEAN)
    finally:
        tesseract_command.cache_clear()
    assert "\n" not in str(caught.value) and "no text layer" in str(caught.value)


@pytest.fixture(scope="module")
def expected_excerpt(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The rows the text layer of pages 1-3 of the digital sample gives: what the scans show."""
    bench = load_bench("ocr")
    reference = bench.excerpt(DIGITAL, 1, 3, tmp_path_factory.mktemp("excerpt") / "pages-1-3.pdf")
    rows: list[dict[str, Any]] = bench.document_rows(reference)[0]
    return rows


@needs_tesseract
@pytest.mark.ocr
@pytest.mark.parametrize(("scan", "max_cer"), [(CLEAN, 0.01), (SKEWED, 0.03)], ids=["300dpi-clean", "200dpi-skewed"])
def test_a_scan_gives_the_rows_of_its_pages(scan: Path, max_cer: float, expected_excerpt: list[dict[str, Any]]) -> None:
    bench = load_bench("ocr")
    result = bench.score(scan, expected_excerpt)
    assert result.rows == result.expected_rows == 4
    assert result.keys_right == result.labels_right == 4, "\n".join(result.wrong)
    assert result.cer <= max_cer, f"CER {result.cer:.2%}"


#: The keys and group labels of the rows on pages 1-3, as the printed pages show them (checked by
#: hand against samples/seed/papi-plan-2024-appendix.txt, not taken from a reading).
PAGES_1_3 = [
    ("1.1.1", "1. Tham gia của người dân ở cấp cơ sở", "1. Tri thức công dân"),
    ("1.1.2", "1. Tham gia của người dân ở cấp cơ sở", "1. Tri thức công dân"),
    ("1.2.1", "1. Tham gia của người dân ở cấp cơ sở", "2. Cơ hội tham gia"),
    ("1.2.3", "1. Tham gia của người dân ở cấp cơ sở", "2. Cơ hội tham gia"),
]


@needs_tesseract
@pytest.mark.ocr
def test_the_skewed_scan_gives_the_printed_keys_and_labels_and_a_confidence_per_row() -> None:
    from extract.merge import merge

    rows = merge(extract(SKEWED)).rows
    assert [(r.key, r.dimension, r.component) for r in rows] == PAGES_1_3
    assert all(r.ocr_confidence is not None and 0 <= r.ocr_confidence <= 100 for r in rows)


@needs_tesseract
@pytest.mark.ocr
def test_only_the_scanned_pages_of_a_mixed_pdf_are_ocrd(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(str(DIGITAL)), [0])
    mixed.import_pages(pdfium.PdfDocument(str(CLEAN)), [1, 2])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))
    doc = extract(path)
    assert doc.provenance.engine == "tesseract"
    assert doc.warnings[0].startswith("OCR (Tesseract, 300 dpi) read pages 2-3: mean word confidence")
    assert doc.physical_rows
    assert {r.page for r in doc.physical_rows if r.ocr_confidence is None} <= {1}  # the text-layer page only


def test_rows_get_the_mean_confidence_of_their_words() -> None:
    from core.model import FIELDS, CellPiece, Line, PhysicalRow
    from extract.ocr_pdf import ScannedPage, ocr_warnings
    from extract.ocr_rows import rows_with_confidence
    from extract.pdf_objects import PageObjects

    line = (0, 1, 1)
    words = (
        Word("Phòng", 10, 100, 40, 110, 96, line),
        Word("Nội", 45, 100, 60, 110, 94, line),
        Word("vụ", 10, 210, 20, 220, 40, line),
        Word("Tư", 25, 210, 35, 220, 60, line),
    )
    page = ScannedPage(2, -1.0, words, PageObjects([], []))

    def row(page_no: int, top: float, bottom: float, text: str) -> PhysicalRow:
        cells = {f: CellPiece() for f in FIELDS}
        cells["lead"] = CellPiece(lines=(Line(text),))
        return PhysicalRow(page=page_no, cells=cells, top=top, bottom=bottom)

    rows = [row(2, 90, 150, "Phòng Nội"), row(2, 200, 260, "vụ Tư"), row(3, 90, 150, "text layer")]
    assert [r.ocr_confidence for r in rows_with_confidence(rows, {2: page})] == [95.0, 50.0, None]
    # with a column rule across each row (x 42 through the first, 22 through the second), a row is as
    # sure as its weakest cell: "Phòng" 96 | "Nội" 94; "vụ" 40 | "Tư" 60
    rules = [
        {"orientation": "v", "x0": 42.0, "x1": 42.0, "top": 80.0, "bottom": 160.0},
        {"orientation": "v", "x0": 22.0, "x1": 22.0, "top": 190.0, "bottom": 270.0},
    ]
    ruled = dataclasses.replace(page, objects=PageObjects([], rules))
    assert [r.ocr_confidence for r in rows_with_confidence(rows, {2: ruled})] == [94.0, 40.0, None]
    assert ocr_warnings({2: page}) == (
        "OCR (Tesseract, 300 dpi) read page 2: mean word confidence 72.5; pages straightened: 2 (-1.0°)",
    )


def test_labels_that_may_be_misread_papi_names_are_warned_about_and_kept() -> None:
    from extract.ocr_pdf import ScannedPage, ocr_warnings
    from extract.ocr_vocab import LabelDoubt
    from extract.pdf_objects import PageObjects

    doubt = LabelDoubt("An ninh trật tự khu dân cư", "An ninh, trật tự khu dân cư")
    page = ScannedPage(35, 0.0, (Word("An", 0, 0, 9, 9, 96, (0, 1, 1)),), PageObjects([], []), (doubt,))
    assert ocr_warnings({35: page})[1] == (
        "OCR group labels that may be misread PAPI names (check them against the scan): "
        "page 35: 'An ninh trật tự khu dân cư' (index: 'An ninh, trật tự khu dân cư')"
    )


@needs_tesseract
@pytest.mark.ocr
def test_a_cell_read_as_nothing_is_read_as_one_character(tmp_path: Path) -> None:
    import cv2

    from extract.ocr import reread_empty

    cell = np.full((100, 100), 255, np.uint8)
    cv2.rectangle(cell, (48, 30), (52, 70), 0, -1)  # the bare stroke of a sans-serif "I" (Roman one)
    path = tmp_path / "cell-0.png"
    cv2.imwrite(str(path), cell)
    read = Word("Tri", 0, 0, 9, 9, 96, (1, 1, 1))  # the next cell's word
    words = reread_empty([read], [(path, 0.0, 0.0), (tmp_path / "cell-1.png", 0.0, 0.0)], 300)
    assert [(w.text, w.line[0]) for w in words] == [("I", 0), ("Tri", 1)]


def _text_image(text: str, font: str, points: float, size: tuple[int, int], at: tuple[int, int]) -> Any:
    """A white 300 dpi grey image with ``text`` drawn in a Liberation font at ``points`` pt."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", size, 255)
    face = ImageFont.truetype(f"/usr/share/fonts/truetype/liberation2/{font}.ttf", round(points * 300 / 72))
    ImageDraw.Draw(image).text(at, text, font=face, fill=0)
    return np.array(image)


@pytest.mark.ocr
def test_a_bold_word_under_a_rule_is_not_taken_for_one() -> None:
    """A section row's bold word just under a rule keeps its top when the rules are erased."""
    from extract.ocr_image import erase, to_binary

    page = _text_image("1.4 Đóng góp tự nguyện", "LiberationSerif-Bold", 13, (1600, 200), (60, 58))
    page[50:54, 20:1580] = 0  # the rule above the section row, 4 px over the word's accents
    edges, rules = find_rules(page, 300)
    assert [round(e["top"]) for e in edges if e["orientation"] == "h"] == [12]  # the rule alone (px 52 = 12.5 pt)
    text = to_binary(page[60:200])
    kept = to_binary(erase(page, rules, 300)[60:200])
    assert np.count_nonzero(kept) >= 0.97 * np.count_nonzero(text)


def _cell(tmp_path: Path, name: str, text: str, font: str = "LiberationSans-Regular") -> tuple[Path, float, float]:
    import cv2

    path = tmp_path / f"{name}.png"
    cv2.imwrite(str(path), _text_image(text, font, 9.5, (120, 90), (40, 25)))
    return path, 0.0, 0.0


@needs_tesseract
@pytest.mark.ocr
def test_a_tt_cell_is_read_again_as_its_numbering(tmp_path: Path) -> None:
    """A Roman "II" read as nothing and a "3" read as "E)" come out as printed; a short word stays."""
    from extract.ocr import reread_numerals

    cells = [_cell(tmp_path, "cell-0", "II"), _cell(tmp_path, "cell-1", "3"), _cell(tmp_path, "cell-2", "và")]
    first = [Word("E)", 10, 6, 14, 12, 60, (1, 1, 1)), Word("và", 10, 6, 16, 12, 95, (2, 1, 1))]
    words = reread_numerals(first, cells, 300)
    assert [(w.text, w.line[0]) for w in words] == [("II", 0), ("3", 1), ("và", 2)]


def test_a_numbering_replaces_strokes_or_a_misread_but_no_small_word() -> None:
    from extract.ocr import _numeral_fits

    assert _numeral_fits("", "II") and _numeral_fits("lÍ", "II") and _numeral_fits("E)", "3")
    assert not _numeral_fits("E)", "II")  # a letter that is no stroke is no Roman numeral
    assert not _numeral_fits("và", "3")  # a word in small letters is a word


@pytest.mark.ocr
def test_bare_upright_bars_are_counted_and_a_one_is_not() -> None:
    """A sans-serif "III" (which Tesseract reads "II" or not at all) is three bars; "1" has its flag."""
    from extract.ocr_image import upright_bars

    assert upright_bars(_text_image("III", "LiberationSans-Regular", 10.5, (120, 90), (40, 25))) == 3
    assert upright_bars(_text_image("1", "LiberationSans-Regular", 10.5, (120, 90), (40, 25))) == 0


def test_a_letter_stem_on_a_column_rule_is_cut_off_it() -> None:
    """A column rule that pokes 7.7 pt into a closed section row (a letter's stem on it) ends at the row rule."""
    from extract.ocr_image import trim_stubs

    rows = [(0.0, 500.0, 600.5), (0.0, 500.0, 613.7), (0.0, 500.0, 700.0)]  # px = pt here
    assert trim_stubs(156.0, 606.0, 792.0, rows, 1.0) == (613.7, 792.0)
    assert trim_stubs(156.0, 43.0, 620.0, rows, 1.0) == (43.0, 613.7)  # the same at the lower end
    assert trim_stubs(156.0, 613.2, 792.0, rows, 1.0) == (613.2, 792.0)  # a rule that ends at a row rule
    assert trim_stubs(156.0, 710.0, 792.0, rows, 1.0) == (710.0, 792.0)  # no row rule crosses it: no stub
