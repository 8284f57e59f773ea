"""Scanned PDF pages -> appendix pieces: render, straighten, find the rules, OCR, then the PDF table code.

Only pages with no text layer and an image on them are OCR'd; the other pages of the same file
are read from their text layer with pdfium. Each scanned page is rendered at :data:`OCR_DPI`
with pypdfium2, straightened and searched for its rules (:mod:`extract.ocr_image`), read by
Tesseract with the rules erased (:mod:`extract.ocr`), and its words become characters for
:func:`extract.pdf.objects_to_page`, so cells, lines, page-split rows, group labels and
everything after work as for a digital PDF. Pages are OCR'd in parallel, one per core.
Coordinates: points, origin at the top-left of the page as shown.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import fmean
from typing import Any

from core.errors import ExtractError, NoTextLayerError
from extract.damage import page_list
from extract.grid import Grid, edges_to_grids
from extract.ocr import (
    LINE_OPTIONS,
    REREAD_SCALES,
    LineBox,
    Word,
    choose_lines,
    fix_case,
    images_to_words,
    read_images,
    reread_empty,
    reread_numerals,
    tesseract_command,
    weak_lines,
    words_to_chars,
)
from extract.ocr_digits import (
    NUMBER_OPTIONS,
    NUMBER_SCALES,
    NumberDoubt,
    number_boxes,
    number_candidates,
    reread_numbers,
)
from extract.ocr_numbering import numbering_candidates, reread_numberings
from extract.ocr_rows import quarter_doubts, rows_with_confidence, weak_group_rows
from extract.ocr_turn import TURN_CHECK_CONFIDENCE, TURN_GAIN, detected_turn, mean_confidence, turned_image
from extract.ocr_vocab import LabelDoubt, fix_label_case, label_doubts
from extract.ocr_words import WORD_OPTIONS, WORD_SCALES, choose_words, weak_words, word_boxes
from extract.pdf_chain import pages_to_reading
from extract.pdf_objects import PageObjects
from extract.pdf_page import PageReading, objects_to_page
from extract.pdf_pdfium import pdfium_page_objects
from extract.reading import Reading

#: Resolution (dpi) scanned pages are rendered at for OCR: Tesseract reads 10-12 pt text best
#: with capitals 30-40 px high.
OCR_DPI = 300
#: A scan coarser than this (dpi) is refused: below it Tesseract loses Vietnamese tone marks.
MIN_SCAN_DPI = 150
#: At most this many worker processes OCR pages at once (the machines have two cores).
MAX_WORKERS = 2
#: pdfium's page object type of an image (fpdf_edit.h).
_IMAGE_OBJECT = 3


@dataclass(frozen=True)
class ScannedPage:
    """A page OCR'd: its number (1-based), the skew undone (degrees), the words read and label doubts."""

    page_no: int
    skew: float
    words: tuple[Word, ...]
    objects: PageObjects
    doubts: tuple[LabelDoubt, ...] = ()
    cased: tuple[LabelDoubt, ...] = ()
    numbers: tuple[NumberDoubt, ...] = ()
    turn: int = 0  # degrees clockwise the scan was turned to be read upright (extract.ocr_turn)
    size: tuple[float, float] = (0.0, 0.0)  # the turned page's width and height (pt), when turned
    unread: int = 0  # the page's parts (cells, the text outside them) Tesseract crashed on: their text is lost


def _open(path: Path, password: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        msg = f"a damaged, truncated or encrypted PDF (pdfium: {exc})"
        raise ExtractError(msg) from exc


def _image_dpi(page: Any) -> float | None:
    """Return the resolution (dpi) of the largest image on a page, or None when it has none."""
    best: tuple[float, float] | None = None
    for obj in page.get_objects(filter=[_IMAGE_OBJECT], max_depth=2):
        meta = obj.get_metadata()
        area = float(meta.width * meta.height)
        if best is None or area > best[0]:
            best = (area, float(meta.horizontal_dpi))
    return None if best is None else best[1]


def pages_to_ocr(path: Path, password: str | None, candidates: Sequence[int]) -> list[int]:
    """Return which of the pages ``candidates`` (1-based) have no text layer but an image: the scans."""
    import pypdfium2 as pdfium

    if not candidates:
        return []
    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError:
        return []
    scanned = []
    try:
        for number in candidates:
            page = pdf[number - 1]
            text = page.get_textpage()
            if text.count_chars() == 0 and _image_dpi(page) is not None:
                scanned.append(number)
            text.close()
            page.close()
    finally:
        pdf.close()
    return scanned


def _check_resolution(path: Path, password: str | None, pages: Sequence[int], layered: Sequence[int] = ()) -> None:
    pdf = _open(path, password)
    try:
        coarse = [(p, dpi) for p in pages if (dpi := _image_dpi(pdf[p - 1])) is not None and dpi < MIN_SCAN_DPI]
    finally:
        pdf.close()
    if coarse:
        page, dpi = coarse[0]
        what = (
            "the PDF's page images under an invisible OCR text layer (a searchable PDF, whose layer is no table)"
            if page in layered
            else "the PDF has no text layer (a scan?) and its page images"
        )
        msg = f"{what} are {dpi:.0f} dpi (page {page}): too coarse to OCR; scan at {MIN_SCAN_DPI} dpi or more"
        raise ExtractError(msg)


#: Pixels kept clear inside a cell's rules when it is cut out (the rules' own width and blur).
CELL_INSET = 4
#: White margin (px) around a cut-out cell: Tesseract finds text lines better with a border.
CELL_MARGIN = 12
#: A cut-out cell with fewer ink pixels than this holds no text (specks of noise).
MIN_INK = 30


#: White margin (px) around a word cut out to be read again.
WORD_MARGIN = 8


def _word_crop(page: Any, word: Word, dpi: float, folder: Path) -> tuple[Path, float, float]:
    """Cut one word out of the page (its box in points) for a second reading."""
    px = dpi / 72.0
    left, top = max(0, round(word.x0 * px) - 2), max(0, round(word.top * px) - 2)
    right, bottom = round(word.x1 * px) + 2, round(word.bottom * px) + 2
    path = folder / f"word-{left}-{top}.png"
    _write_padded(page[top:bottom, left:right], WORD_MARGIN, path)
    return path, left - WORD_MARGIN, top - WORD_MARGIN


#: White margin (px, at the crop's own size) around a line cut out to be read again.
LINE_MARGIN = 10
#: Pixels added around a line's word boxes when it is cut out: the marks above and below.
LINE_PAD = 4


def _line_crops(
    page: Any, lines: Sequence[LineBox], dpi: float, scale: float, folder: Path, name: str = "line"
) -> list[tuple[Path, float, float]]:
    """Cut weak lines (or words) out of the page, resized by ``scale``; offsets are in the resized page's pixels."""
    import cv2

    px = dpi / 72.0
    crops = []
    for index, line in enumerate(lines):
        left, top = max(0, round(line.x0 * px) - LINE_PAD), max(0, round(line.top * px) - LINE_PAD)
        right, bottom = round(line.x1 * px) + LINE_PAD, round(line.bottom * px) + LINE_PAD
        shrink = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        image = cv2.resize(page[top:bottom, left:right], None, fx=scale, fy=scale, interpolation=shrink)
        path = folder / f"{name}-{scale}-{index}.png"
        _write_padded(image, LINE_MARGIN, path)
        crops.append((path, left * scale - LINE_MARGIN, top * scale - LINE_MARGIN))
    return crops


def reread_weak_lines(page: Any, words: list[Word], dpi: float, folder: Path) -> list[Word]:
    """Read the lines with a weak word again at :data:`REREAD_SCALES` and keep the surest reading of each."""
    lines = weak_lines(words)
    if not lines:
        return words
    readings = [
        images_to_words(_line_crops(page, lines, dpi, scale, folder), dpi * scale, LINE_OPTIONS)
        for scale in REREAD_SCALES
    ]
    return choose_lines(words, lines, readings)


def reread_weak_words(page: Any, words: list[Word], dpi: float, folder: Path) -> list[Word]:
    """Read the words still weak alone at :data:`WORD_SCALES` and keep the surest fitting reading of each."""
    indexes = weak_words(words)
    if not indexes:
        return words
    boxes = word_boxes(words, indexes)
    readings = [
        images_to_words(_line_crops(page, boxes, dpi, scale, folder, "weak"), dpi * scale, WORD_OPTIONS)
        for scale in WORD_SCALES
    ]
    return choose_words(words, indexes, readings)


def reread_list_numbers(page: Any, words: list[Word], dpi: float, folder: Path) -> tuple[list[Word], list[NumberDoubt]]:
    """Read the words that may be misread list numbers again from the page's ink alone, at :data:`NUMBER_SCALES`."""
    from extract.ocr_image import ink_only  # numpy and OpenCV: loaded only when a page is scanned

    indexes = number_candidates(words)
    if not indexes:
        return words, []
    boxes, ink = number_boxes(words, indexes), ink_only(page, dpi)
    readings = [
        images_to_words(_line_crops(ink, boxes, dpi, scale, folder, "number"), dpi * scale, NUMBER_OPTIONS)
        for scale in NUMBER_SCALES
    ]
    return reread_numbers(words, indexes, readings)


def _write_padded(image: Any, margin: int, path: Path) -> None:
    """Write an image with a white border of ``margin`` pixels: Tesseract reads text that touches no edge."""
    import cv2

    cv2.imwrite(str(path), cv2.copyMakeBorder(image, margin, margin, margin, margin, cv2.BORDER_CONSTANT, value=255))


def _box_slices(box: tuple[float, float, float, float], px: float, left: int, upper: int) -> tuple[slice, slice]:
    """Return the rows and columns (px) of a box (x0, top, x1, bottom; pt) in an image cut out at (left, upper)."""
    x0, top, x1, bottom = (round(v * px) for v in box)
    return slice(max(0, top - upper), max(0, bottom - upper)), slice(max(0, x0 - left), max(0, x1 - left))


def _parts(page: Any, grids: Sequence[Grid], dpi: float, folder: Path) -> list[tuple[Path, float, float]]:
    """Cut the page (rules erased) into images for Tesseract: every cell with ink, and the rest."""
    import cv2
    import numpy as np

    from extract.ocr_image import to_binary  # numpy and OpenCV: loaded only when a page is scanned

    ink = to_binary(page)
    px = dpi / 72.0
    parts: list[tuple[Path, float, float]] = []
    rest, rest_ink = page.copy(), ink.copy()
    for grid in grids:
        x0, top, x1, bottom = (round(v * px) for v in grid.bbox)
        rest[max(0, top) : bottom, max(0, x0) : x1] = 255
        rest_ink[max(0, top) : bottom, max(0, x0) : x1] = 0
        for index, cell in enumerate(grid.cells):
            left, upper = round(cell.x0 * px) + CELL_INSET, round(cell.top * px) + CELL_INSET
            right, lower = round(cell.x1 * px) - CELL_INSET, round(cell.bottom * px) - CELL_INSET
            if right - left < 2 or lower - upper < 2:
                continue
            image, cell_ink = page[upper:lower, left:right].copy(), ink[upper:lower, left:right].copy()
            for box in grid.foreign_boxes(index):  # an L-shaped cell: the other cells' text is theirs
                inside = _box_slices(box, px, left, upper)
                image[inside], cell_ink[inside] = 255, 0
            if int(np.count_nonzero(cell_ink)) < MIN_INK:
                continue
            path = folder / f"cell-{len(parts)}.png"
            _write_padded(image, CELL_MARGIN, path)
            parts.append((path, left - CELL_MARGIN, upper - CELL_MARGIN))
    if int(np.count_nonzero(rest_ink)) >= MIN_INK:
        path = folder / "outside.png"
        cv2.imwrite(str(path), rest)
        parts.append((path, 0.0, 0.0))
    return parts


def ocr_page(path: Path, password: str | None, page_no: int) -> ScannedPage:
    """Render one page, straighten it, find its rules and read its cells' words; a page lying turned, turned upright."""
    import numpy as np

    pdf = _open(path, password)
    try:
        bitmap = pdf[page_no - 1].render(scale=OCR_DPI / 72.0, grayscale=True)
        gray = np.array(bitmap.to_pil().convert("L"))
    finally:
        pdf.close()
    page = _read_scan(gray, page_no)
    sure = mean_confidence(page.words)
    if sure < TURN_CHECK_CONFIDENCE and (turn := detected_turn(gray, OCR_DPI)):
        upright = turned_image(gray, turn)
        turned = _read_scan(upright, page_no)
        if mean_confidence(turned.words) >= sure + TURN_GAIN:
            size = (upright.shape[1] * 72.0 / OCR_DPI, upright.shape[0] * 72.0 / OCR_DPI)
            return replace(turned, turn=turn, size=size)
    return page


def _read_scan(gray: Any, page_no: int) -> ScannedPage:
    """Straighten a page image, find its rules and read its cells' words."""
    from extract.ocr_image import (  # for scans only
        clear_scanner_edges,
        deskew,
        erase,
        find_rules,
        frame_at_bands,
        to_rule_binary,
    )

    straight, skew = deskew(gray)
    mask = to_rule_binary(straight, OCR_DPI)
    straight, bands = clear_scanner_edges(straight, OCR_DPI, mask)
    edges, rules = find_rules(straight, OCR_DPI, None if bands else mask)  # a page with bands cleared: its own mask
    edges += frame_at_bands(edges, bands, OCR_DPI)
    grids = edges_to_grids(edges)
    with tempfile.TemporaryDirectory(prefix="phuluc-ocr-") as tmp:
        page = erase(straight, rules, OCR_DPI)
        parts = _parts(page, grids, OCR_DPI, Path(tmp))
        cells = [part for part in parts if part[0].stem.startswith("cell-")]  # all but the last, "outside"
        first, unread = read_images(parts, OCR_DPI)
        words = reread_empty(first, cells, OCR_DPI)
        words = reread_weak_words(page, reread_weak_lines(page, words, OCR_DPI, Path(tmp)), OCR_DPI, Path(tmp))
        words = reread_numerals(words, cells, OCR_DPI)
        words, numbers = reread_list_numbers(page, words, OCR_DPI, Path(tmp))
        crops = [_word_crop(page, words[i], OCR_DPI, Path(tmp)) for i in numbering_candidates(words)]
        words, cased = fix_label_case(fix_case(reread_numberings(words, crops, OCR_DPI)))
    objects = PageObjects(words_to_chars(words), edges)
    doubts = tuple(label_doubts(words))
    return ScannedPage(page_no, skew, tuple(words), objects, doubts, tuple(cased), tuple(numbers), unread=len(unread))


def _ocr_pages(path: Path, password: str | None, pages: Sequence[int]) -> list[ScannedPage]:
    """OCR pages in parallel (forked workers, one page each at a time), in page order."""
    workers = min(MAX_WORKERS, os.cpu_count() or 1, len(pages))
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        return [ocr_page(path, password, p) for p in pages]
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(ocr_page, [path] * len(pages), [password] * len(pages), pages))


def all_pages(path: Path, password: str | None) -> tuple[int, ...]:
    """Return every page number (1-based) of a PDF, for ``--ocr``."""
    pdf = _open(path, password)
    try:
        return tuple(range(1, len(pdf) + 1))
    finally:
        pdf.close()


def read_pdf_ocr(
    path: Path, password: str | None, scanned: Sequence[int], layered: Sequence[int] = (), *, asked: bool = False
) -> Reading:
    """Read a PDF whose pages ``scanned`` (1-based) are images: those by OCR, the rest from their text.

    ``layered`` are those of them that carry an OCR text layer nobody sees (a searchable PDF): the
    layer is set aside, as its words are not placed in the page's grid, and a warning says so.
    ``asked``: the user asked for OCR of these pages (``--ocr``), whatever text layer they have.
    """
    try:
        tesseract_command()  # before any work: a missing Tesseract is one line naming the packages
    except ExtractError as exc:
        cause = "--ocr reads the pages by OCR" if asked else _scan_cause(scanned, layered)
        msg = f"{cause}; {exc}"
        raise ExtractError(msg) from exc
    _check_resolution(path, password, scanned, layered)
    results = {page.page_no: page for page in _ocr_pages(path, password, scanned)}
    pdf = _open(path, password)
    readings: list[PageReading] = []
    try:
        for index in range(len(pdf)):
            number = index + 1
            if number in results:
                objects = results[number].objects
            else:
                page = pdf[index]
                text = page.get_textpage()
                objects = pdfium_page_objects(page, text)
                text.close()
                page.close()
            readings.append(objects_to_page(number, objects, edges_to_grids(objects.edges)))
    finally:
        pdf.close()
    try:
        reading = pages_to_reading(readings)
    except NoTextLayerError as exc:  # OCR itself found nothing: "run OCR on it first" would send the user round
        msg = f"OCR found no text on {page_list(scanned)}: the pages are blank, or the scan too faint to read"
        raise ExtractError(msg) from exc
    rows = rows_with_confidence(reading.rows, results)
    asked_for = (f"{page_list(scanned)} read by OCR as asked (--ocr), their text layer set aside",) if asked else ()
    warnings = (
        reading.warnings
        + asked_for
        + layer_warning(layered)
        + ocr_warnings(results)
        + weak_group_rows(rows)
        + quarter_doubts(rows)
    )
    return Reading(rows, reading.title, reading.header, reading.pages, warnings, seen=_ocr_seen(reading.seen, results))


def _ocr_seen(seen: str, pages: dict[int, ScannedPage]) -> str:
    """Say, for a refusal, that what was seen came from OCR of page images, with its mean word confidence.

    A photo of a page (skewed, blurred, dark, JPEG) or a coarse scan hides the table's rules and
    header from OCR: the user should know the refusal is about the image, not a missing table.
    """
    if not seen or not pages:
        return seen
    words = [w.confidence for page in pages.values() for w in page.words]
    mean = f", mean word confidence {sum(words) / len(words):.0f}" if words else ", no word read"
    if not any(edges_to_grids(page.objects.edges) for page in pages.values()):
        return (  # samples/audit48 F5: a clean scan of a borderless table
            f"{seen}; {page_list(pages)} are page images read by OCR{mean}, and no ruled table was found on them: "
            "from a scan only tables with rules around their cells are read (a table without them, or ruled "
            "between rows only, is not; a photo or a dark or coarse scan can hide them); read the plan's PDF or "
            "DOCX, or a flat 300 dpi scan"
        )
    return (
        f"{seen}; {page_list(pages)} are page images read by OCR{mean}: a photo or a skewed, blurred, "
        "dark or coarse scan can hide the table's rules and header (a flat scan at 300 dpi reads best)"
    )


def _scan_cause(scanned: Sequence[int], layered: Sequence[int]) -> str:
    """Say which pages are scans and why, for the message that OCR cannot run."""
    bare = [p for p in scanned if p not in layered]
    causes = [f"the PDF has no text layer on {page_list(bare)} (a scan?)"] if bare else []
    if layered:
        causes.append(
            f"{page_list(layered)} of the PDF are scanned images under an invisible OCR text layer "
            "(a searchable PDF), which phuluc does not read as a table: it OCRs the images itself"
        )
    return "; ".join(causes)


def layer_warning(layered: Sequence[int]) -> tuple[str, ...]:
    """Say that pages were scans under an invisible OCR layer, read by OCR with the layer set aside."""
    if not layered:
        return ()
    return (
        f"{page_list(layered)}: a scanned page image under an invisible text layer (text render mode 3, "
        "as OCR software writes it); the layer was set aside and the page read by phuluc's own OCR",
    )


def ocr_warnings(pages: dict[int, ScannedPage]) -> tuple[str, ...]:
    """Say which pages were OCR'd, with what mean word confidence, and which were straightened.

    The rows a person should check carry their own confidence (``ocr_confidence``) and are listed
    for review by the export.
    """
    if not pages:
        return ()
    words = [w.confidence for page in pages.values() for w in page.words]
    numbers = sorted(pages)
    turned = [f"{p} ({pages[p].skew:+.1f}°)" for p in numbers if pages[p].skew]
    lying = [f"{p} ({pages[p].turn}°)" for p in numbers if pages[p].turn]
    doubts = [f"page {p}: {d.read!r} (index: {d.name!r})" for p in numbers for d in pages[p].doubts]
    cased = [f"page {p}: {d.read!r}" for p in numbers for d in pages[p].cased]
    unsure = [
        f"page {p}: {d.read!r} (read again {' / '.join(map(repr, d.again))})" for p in numbers for d in pages[p].numbers
    ]
    return (
        (
            f"OCR (Tesseract, {OCR_DPI} dpi) read {page_list(numbers)}: "
            f"mean word confidence {fmean(words) if words else 0:.1f}"
            + (f"; pages straightened: {', '.join(turned)}" if turned else "")
            + (f"; pages scanned sideways or upside down, read turned upright: {', '.join(lying)}" if lying else ""),
        )
        + (
            (f"OCR group labels that may be misread PAPI names (check them against the scan): {'; '.join(doubts)}",)
            if doubts
            else ()
        )
        + ((f"OCR group labels given the case of the PAPI name they spell: {'; '.join(cased)}",) if cased else ())
        + ((f"OCR list numbers read two ways, kept as first read (check them): {'; '.join(unsure)}",) if unsure else ())
        + unread_warning(pages)
    )


def unread_warning(pages: dict[int, ScannedPage]) -> tuple[str, ...]:
    """Say which pages lost the text of a part Tesseract crashed on (the rest of the page was read)."""
    lost = {p: page.unread for p, page in sorted(pages.items()) if page.unread}
    if not lost:
        return ()
    counts = ", ".join(f"page {p}: {n}" for p, n in lost.items())
    return (
        f"text lost on {page_list(list(lost))}: Tesseract crashed on part(s) of the page image ({counts}) and could "
        "not read them; the rest was read: check the rows there against the scan",
    )
