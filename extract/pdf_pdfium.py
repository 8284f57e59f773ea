"""A page's characters and ruling lines read with pdfium (pypdfium2, which pdfplumber installs).

pdfium is a C++ PDF engine: it parses a page an order of magnitude faster than pdfminer, which
pdfplumber builds on. This module gives the same :class:`~extract.pdf_objects.PageObjects` as
:func:`~extract.pdf_objects.page_objects`, in pdfplumber's conventions (points, origin at the
top-left of the page as shown, ``top`` growing downwards), so the ``pdfium`` engine shares all
the table, text and merging code with the ``pdfplumber`` one. A character's box is pdfminer's:
its advance width, and the font size high from the font's descent under the baseline.
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from core.errors import ExtractError
from extract.damage import page_tree_warning
from extract.grid import edges_to_grids
from extract.pdf import can_fork, pages_in_background
from extract.pdf_chain import pages_to_reading
from extract.pdf_objects import (
    AXIS_TOLERANCE,
    Char,
    Edge,
    PageObjects,
    Rgb,
    checked_edges,
    quarter_turn,
    read_upright,
    shows_on_paper,
)
from extract.pdf_page import PageReading, objects_to_page
from extract.pdf_probe import PdfProbe, joined_probes, probe_page
from extract.reading import Reading

#: pdfium's page object and path segment type numbers (fpdf_edit.h).
_PATH_OBJECT, _FORM_OBJECT = 2, 5
_MOVETO = 2
#: What pdfium reports for a character it has no code point for.
_NONCHARACTERS = frozenset((0xFFFE, 0xFFFF))
#: What pdfium reports for a "-" it takes to be a hyphenation at a line end: the document's "-".
_HYPHEN_MARK = 0x02


def _matrix(obj: Any, raw: Any) -> tuple[float, float, float, float, float, float]:
    matrix = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, matrix)
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, float, float, float, float, float]:
    """Compose two matrices: apply ``inner``, then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer  # noqa: N806 - the PDF spec's names
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_objects(raw: Any, page: Any) -> Iterator[tuple[Any, tuple[float, ...]]]:
    """Every path object of a page with its matrix to page space, inside form XObjects too."""
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack = [(raw.FPDFPage_GetObject(page, i), identity) for i in range(raw.FPDFPage_CountObjects(page))]
    while stack:
        obj, outer = stack.pop()
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == _PATH_OBJECT:
            yield obj, _compose(_matrix(obj, raw), outer)
        elif kind == _FORM_OBJECT:
            form = _compose(_matrix(obj, raw), outer)
            stack.extend((raw.FPDFFormObj_GetObject(obj, i), form) for i in range(raw.FPDFFormObj_CountObjects(obj)))


def _path_shows(raw: Any, path: Any) -> bool:
    """Tell whether a path object shows on the page: stroked or filled in a colour that is not white."""
    fill_mode, stroked = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(path, fill_mode, stroked):
        return True  # cannot tell: its edges count, as they always did
    return shows_on_paper(
        fill_mode.value != 0,
        _colour(raw.FPDFPageObj_GetFillColor, path),
        bool(stroked.value),
        _colour(raw.FPDFPageObj_GetStrokeColor, path),
    )


def _colour(getter: Any, path: Any) -> Rgb:
    """Return a path's fill or stroke colour as RGB (0-1); fully transparent paint as white, None when unknown."""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not getter(path, r, g, b, a):
        return None
    if a.value == 0:
        return 1.0, 1.0, 1.0
    return r.value / 255, g.value / 255, b.value / 255


def _path_points(raw: Any, path: Any, m: tuple[float, ...]) -> Iterator[list[tuple[float, float]]]:
    """Each subpath of a path as its corner points in page space (curves contribute their ends)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []
    for i in range(raw.FPDFPath_CountSegments(path)):
        segment = raw.FPDFPath_GetPathSegment(path, i)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = (m[0] * x.value + m[2] * y.value + m[4], m[1] * x.value + m[3] * y.value + m[5])
        if raw.FPDFPathSegment_GetType(segment) == _MOVETO and points:
            yield points
            points = []
        points.append(point)
        if raw.FPDFPathSegment_GetClose(segment):
            points.append(points[0])
    if points:
        yield points


@dataclass(frozen=True)
class _TextObject:
    """What the characters of one text object share: font, size, the box's corners and the text-to-page matrix.

    A character's box (pdfminer's) runs, in text space, from the font's descent under the baseline
    (``low``) to the font size above it (``high``); ``corners`` holds the matrix's ``a`` and ``b``
    (an advance along the baseline) and those two heights through the matrix (x and y of each),
    to be added to the character's origin in page space. ``advances`` caches each code's advance,
    for every text object in the same font at the same size (a page sets hundreds of them so).
    """

    font: Any
    font_key: int  # the font's address: text objects in one font share its widths
    size: float  # the font size the text is set in (Tf), in text space
    matrix: tuple[float, float, float, float]  # text space to page space, without translation
    turn: int  # the direction the text runs in page space (quarter_turn)
    corners: tuple[float, float, float, float, float, float]  # a, b, low x, low y, high x, high y
    advances: dict[int, float] = field(compare=False)  # code -> advance: shared by the objects of one font and size


class _CharReader:
    """Reads pdfminer's character boxes off pdfium's per-character data, caching what text objects share.

    pdfminer's box (``LTChar``) is, in text space, the advance wide and the font size high from
    the font's descent under the baseline; its two corners go through the character's matrix to
    page space. pdfium gives the character's origin in page space, its text object's matrix, font
    size and font, and the font's descent and advance widths: the same box, without the glyph's
    ink (``FPDFText_GetCharBox``) or pdfium's own loose box (ascent-scaled, unrotated).

    A page has tens of thousands of characters and a few hundred text objects, so the loop over
    characters (:meth:`chars`) calls pdfium twice per character through bare function pointers
    (addresses in, no argument conversion) and looks everything else up per text object.
    """

    def __init__(self, raw: Any, textpage: Any) -> None:
        self.raw = raw
        self.textpage = textpage
        self.objects: dict[int | None, _TextObject] = {}
        self.widths: dict[tuple[int, int], float] = {}  # (font address, code) -> width, a share of the size
        self.advance_tables: dict[tuple[int, float], dict[int, float]] = {}  # (font address, size) -> advances
        self.descents: dict[int, float] = {}  # font address -> descent, a share of the size
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.address = ctypes.cast(textpage, ctypes.c_void_p).value
        # The same calls through prototypes taking and returning bare addresses: no ctypes cast per character.
        self.object_of = _ADDRESS_OF_TEXT_OBJECT(_address(raw.FPDFText_GetTextObject))
        self.origin_of = _CHAR_ORIGIN(_address(raw.FPDFText_GetCharOrigin))
        self.generated = _IS_GENERATED(_address(raw.FPDFText_IsGenerated))

    def text_object(self, key: int | None, index: int) -> _TextObject:
        """Return what character ``index``'s text object (at address ``key``) gives its characters, read once."""
        known = self.objects.get(key)
        if known is None:
            raw = self.raw
            handle = raw.FPDFText_GetTextObject(self.textpage, index)
            size = ctypes.c_float()
            raw.FPDFTextObj_GetFontSize(handle, size)
            font = raw.FPDFTextObj_GetFont(handle)
            font_key = _address(font)
            matrix = raw.FS_MATRIX()
            raw.FPDFText_GetMatrix(self.textpage, index, matrix)
            low = self.descent(font, font_key) * size.value  # pdfminer: from the descent, the size high
            high = low + size.value
            known = _TextObject(
                font,
                font_key,
                size.value,
                (matrix.a, matrix.b, matrix.c, matrix.d),
                quarter_turn(matrix.a, matrix.b),
                (matrix.a, matrix.b, matrix.c * low, matrix.d * low, matrix.c * high, matrix.d * high),
                self.advance_tables.setdefault((font_key, size.value), {}),
            )
            self.objects[key] = known
        return known

    def descent(self, font: Any, font_key: int) -> float:
        """Return the font's descent as a share of the size (negative below the baseline), asked for once per font."""
        known = self.descents.get(font_key)
        if known is None:
            descent = ctypes.c_float()
            self.raw.FPDFFont_GetDescent(font, ctypes.c_float(_PER_MILLE), descent)
            known = self.descents[font_key] = descent.value / _PER_MILLE
        return known

    def advance(self, index: int, obj: _TextObject, code: int) -> float:
        """Return the character's advance width in text space: the font's width for it at the object's size.

        The font's widths are asked for once per page (the text objects in one font share them).
        pdfium finds a width by the character's code point, which it maps back to a code of the
        font through the ToUnicode map; for a subset CID font (MuPDF's, with Vietnamese letters)
        that finds another glyph ("ụ" 3.6 pt wide for 5.7, a gap inside "mục"). The loose box holds
        the width of the code really drawn: on upright text, where it measures the advance, it wins
        when the two disagree.
        """
        width = self.widths.get((obj.font_key, code))
        if width is None:
            found = ctypes.c_float()
            ok = self.raw.FPDFFont_GetGlyphWidth(obj.font, code, ctypes.c_float(_PER_MILLE), found)
            width = found.value / _PER_MILLE if ok else 0.0
            if obj.size > 0 and (obj.matrix[1] == 0 or obj.matrix[0] == 0):  # upright or a quarter turn
                drawn = self.loose_advance(index, obj) / obj.size
                if drawn > 0 and abs(drawn - width) > _WIDTH_AGREEMENT * drawn:
                    width = drawn
            self.widths[obj.font_key, code] = width
        if width > 0:
            advance = width * obj.size
            obj.advances[code] = advance
            return advance
        return self.loose_advance(index, obj)

    def loose_advance(self, index: int, obj: _TextObject) -> float:
        """Return the advance as pdfium's loose box measures it, for a character its font cannot map back to a code."""
        rect = self.raw.FS_RECTF()
        if not self.raw.FPDFText_GetLooseCharBox(self.textpage, index, rect):
            return 0.0
        a, b = obj.matrix[0], obj.matrix[1]
        scale = math.hypot(a, b) or 1.0
        along = rect.right - rect.left if abs(a) >= abs(b) else rect.top - rect.bottom
        return float(along / scale)

    def chars(self, codes: list[int], left: float, top: float) -> tuple[list[Char], dict[int, int]]:
        """Return each shown character as a box (``x0 - left``, ``top - y``), and the counts by direction.

        Non-characters and the spaces and line ends pdfium inferred are left out (it infers
        nothing else; the reader infers its own). Consecutive characters mostly share a text
        object, so what it gives them is looked up only when the object changes. The characters
        are made here, in the one loop over them, as the page without /Rotate shows them (the
        usual page); a turned page takes them with ``left`` 0.0 and ``top`` -0.0, which keep
        page space exactly (``top`` and ``bottom`` the negated y), to turn them itself.
        """
        object_of, origin_of, generated, address = self.object_of, self.origin_of, self.generated, self.address
        objects = self.objects
        x, y = self.x, self.y
        x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
        out: list[Char] = []
        append = out.append
        turned: dict[int, int] = {}
        last_key: object = _NO_OBJECT
        obj: _TextObject | None = None
        a = b = low_x = low_y = high_x = high_y = 0.0
        turn, run_start, advances = 0, 0, {}
        for i, code in enumerate(codes):
            if code in _NONCHARACTERS:
                continue
            if code in _SPACES and generated(address, i) == 1:
                continue
            if code == _HYPHEN_MARK:
                text, code = "-", _HYPHEN
            else:
                text = chr(code)
            key = object_of(address, i)
            if key != last_key:
                if obj is not None:  # count the run of characters in the last object
                    turned[turn] = turned.get(turn, 0) + len(out) - run_start
                obj = objects.get(key) or self.text_object(key, i)
                a, b, low_x, low_y, high_x, high_y = obj.corners
                turn, advances, last_key, run_start = obj.turn, obj.advances, key, len(out)
            advance = advances.get(code)
            if advance is None:
                assert obj is not None  # set with last_key, which the first character changes
                advance = self.advance(i, obj, code)
            origin_of(address, i, x_at, y_at)
            ox, oy = x.value, y.value
            xa, ya = ox + low_x, oy + low_y  # corner (0, low)
            xb, yb = ox + a * advance + high_x, oy + b * advance + high_y  # corner (advance, high)
            # min() and max() written out: the first of two equal values, as they give it
            char_top, char_bottom = top - (yb if yb > ya else ya), top - (yb if yb < ya else ya)
            append(
                {
                    "x0": (xb if xb < xa else xa) - left,
                    "x1": (xb if xb > xa else xa) - left,
                    "top": char_top,
                    "bottom": char_bottom,
                    "text": text,
                    "size": char_bottom - char_top,  # pdfminer's size: the box's height as shown
                }
            )
        if obj is not None:
            turned[turn] = turned.get(turn, 0) + len(out) - run_start
        return out, turned


#: A text object key no character has (pdfium's keys are addresses or None).
_NO_OBJECT = object()
#: The code point of "-", which pdfium's hyphen mark stands for.
_HYPHEN = ord("-")


def _address(pointer: Any) -> int:
    """Return the address a ctypes pointer or function holds (0 for NULL)."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


#: FPDFText_GetTextObject's signature with the object's address as the result (an int, or None).
_ADDRESS_OF_TEXT_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
#: FPDFText_GetCharOrigin's signature with the text page and the two doubles passed as addresses.
_CHAR_ORIGIN = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
#: FPDFText_IsGenerated's signature with the text page passed as an address.
_IS_GENERATED = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
#: The code points Python takes for white space (all in the BMP): a space pdfium inferred is left out.
_SPACES = frozenset(code for code in range(0x3001) if chr(code).isspace())
#: A font width further than this share from the loose box's is another glyph's (pdfium's code lookup).
_WIDTH_AGREEMENT = 0.05
#: Font metrics are asked for at this size, so pdfium's widths and descents come in thousandths of the size.
_PER_MILLE = 1000.0


def pdfium_page_objects(pdfium_page: Any, text_page: Any) -> PageObjects:
    """Characters and rule edges of one page (pypdfium2 ``PdfPage`` and its ``PdfTextPage``).

    Boxes are pdfminer's, as the page is shown (``/Rotate`` applied); a page whose text mostly
    runs sideways is turned upright as :func:`~extract.pdf_objects.page_objects` turns it.
    """
    import pypdfium2.raw as raw

    # the CropBox clipped to the MediaBox, inherited from the page tree (get_cropbox reads only the page's
    # own dictionary and falls back to US Letter: a page whose boxes sit on its /Pages node came out shifted)
    left, bottom, right, top = pdfium_page.get_bbox()
    rotation = pdfium_page.get_rotation()

    def box(x0: float, y0: float, x1: float, y1: float) -> Edge:
        """Turn a page-space box into a box as the page is shown (top-left origin, y down)."""
        if rotation == 90:
            return {"x0": y0 - bottom, "x1": y1 - bottom, "top": x0 - left, "bottom": x1 - left}
        if rotation == 180:
            return {"x0": right - x1, "x1": right - x0, "top": y0 - bottom, "bottom": y1 - bottom}
        if rotation == 270:
            return {"x0": top - y1, "x1": top - y0, "top": right - x1, "bottom": right - x0}
        return {"x0": x0 - left, "x1": x1 - left, "top": top - y1, "bottom": top - y0}

    textpage = text_page.raw
    reader, codes = _CharReader(raw, textpage), _unicodes(raw, textpage)
    if rotation == 0:
        chars, turned = reader.chars(codes, left, top)
    else:
        page_space, turned = reader.chars(codes, 0.0, -0.0)
        chars = _shown_chars(page_space, box)
    # the direction as shown: /Rotate turns the page clockwise
    turns: Counter[int] = Counter()
    for turn, count in turned.items():
        turns[(turn - rotation) % 360] += count
    edges: list[Edge] = []
    for path, matrix in _path_objects(raw, pdfium_page.raw):
        if not _path_shows(raw, path):
            continue  # painted white, or not painted: no rule a reader sees
        for points in _path_points(raw, path, matrix):
            for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):  # consecutive corners
                if abs(ax - bx) <= AXIS_TOLERANCE or abs(ay - by) <= AXIS_TOLERANCE:
                    edge = box(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
                    vertical = abs(ax - bx) <= AXIS_TOLERANCE
                    edge["orientation"] = "v" if vertical != (rotation in (90, 270)) else "h"  # as shown
                    edges.append(edge)
    width, height = (top - bottom, right - left) if rotation in (90, 270) else (right - left, top - bottom)
    return read_upright(PageObjects(chars, edges), turns, width, height)


def _shown_chars(page_space: list[Char], box: Callable[[float, float, float, float], Edge]) -> list[Char]:
    """Return the characters of a turned page, each turned by ``box`` from page space.

    ``page_space`` holds them as :meth:`_CharReader.chars` gives them with ``left`` 0.0 and
    ``top`` -0.0: x as it is, ``top`` and ``bottom`` the negated y1 and y0 (negation is exact).
    """
    chars: list[Char] = []
    for char in page_space:
        shown = box(char["x0"], -char["bottom"], char["x1"], -char["top"])
        shown["text"] = char["text"]
        shown["size"] = shown["bottom"] - shown["top"]  # pdfminer's size: the box's height as shown
        chars.append(shown)
    return chars


def _unicodes(raw: Any, textpage: Any) -> list[int]:
    """Every character's code point, in one call when the page has no character beyond the BMP.

    ``FPDFText_GetText`` gives UTF-16, one unit per character unless a character needs two; then
    the units no longer line up with the characters and each is asked for on its own.
    """
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    written = raw.FPDFText_GetText(textpage, 0, count, buffer)
    units = list(buffer[:count])
    if written == count + 1 and not any(0xD800 <= unit <= 0xDFFF for unit in units):
        # The text drops pdfium's hyphen mark (0x02) for a non-character: ask those one by one.
        return [raw.FPDFText_GetUnicode(textpage, i) if u in _NONCHARACTERS else u for i, u in enumerate(units)]
    return [raw.FPDFText_GetUnicode(textpage, i) for i in range(count)]


#: pdfium's error code for a wrong or missing password (fpdfview.h FPDF_ERR_PASSWORD).
_PASSWORD_ERROR = 4


def read_pdf_pdfium(path: Path, password: str | None = None) -> Reading:
    """Read the appendix with pdfium for characters and rules; the rest as the pdfplumber engine."""
    return read_pages_pdfium(path, password).reading()


@dataclass(frozen=True)
class ProbedPages:
    """Every page read with pdfium, and the probe of those pages (:mod:`extract.pdf_probe`) taken as they were read."""

    readings: list[PageReading]
    probe: PdfProbe
    n_pages: int  # the pages the page tree counts

    def reading(self) -> Reading:
        """Chain the pages' tables into the appendix; pages pdfium could not load are said once."""
        reading = pages_to_reading(self.readings)
        # pdfium takes the page count from the page tree's /Count; pages it cannot load are missing.
        return replace(reading, warnings=reading.warnings + page_tree_warning(self.n_pages, len(self.readings)))


def read_pages_pdfium(path: Path, password: str | None = None) -> ProbedPages:
    """Read every page with pdfium and probe it while it is loaded (the probe, done first, loaded each page again).

    A long plan is read by two processes, a half each, as with pdfplumber.
    """
    pdf = _open(path, password)
    try:
        n_pages = len(pdf)
        split = n_pages // 2 if can_fork(n_pages) else n_pages
        with pages_in_background(_read_file_pages, path, password, split, n_pages) as rest:
            first, first_probe = _read_pages(pdf, 0, split)
            second, second_probe = rest() or ([], PdfProbe(frozenset(), ()))
    finally:
        pdf.close()
    return ProbedPages(first + second, joined_probes([first_probe, second_probe]), n_pages)


def _open(path: Path, password: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            msg = "the PDF is encrypted and needs an open password (give it with --password)"
        else:
            msg = f"a damaged or truncated PDF (pdfium: {exc})"
        raise ExtractError(msg) from exc


#: What :func:`_read_pages` gives: the pages read, and their probe (None where the probe stopped on a page).
_ProbedRange = tuple[list[PageReading], PdfProbe | None]


def _read_file_pages(path: Path, password: str | None, start: int, stop: int) -> _ProbedRange:
    pdf = _open(path, password)
    try:
        return _read_pages(pdf, start, stop)
    finally:
        pdf.close()


def _read_pages(pdf: Any, start: int, stop: int) -> _ProbedRange:
    """Read and probe pages ``start``-``stop``; a page the page tree counts but the file does not hold is skipped.

    The probe of the range is None where :func:`~extract.pdf_probe.probe_pdf` would have stopped
    (a page that does not load, objects pdfium cannot list): the whole probe is then empty.
    """
    import pypdfium2 as pdfium

    readings = []
    probes: list[PdfProbe] = []
    probed = True
    for index in range(start, stop):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            probed = False
            continue  # said once for the document: the page tree counts more pages than could be read
        try:
            probes += [probe_page(page.raw, index + 1)] if probed else []
        except Exception:  # noqa: BLE001 - as probe_pdf: a probe only, the reading goes on
            probed = False
        text_page = page.get_textpage()
        objects = pdfium_page_objects(page, text_page)
        readings.append(objects_to_page(index + 1, objects, edges_to_grids(checked_edges(index + 1, objects.edges))))
        text_page.close()
        page.close()
    return readings, joined_probes(probes) if probed else None
