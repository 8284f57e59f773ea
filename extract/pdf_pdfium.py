"""A page's characters and ruling lines read with pdfium (pypdfium2, which pdfplumber installs).

pdfium is a C++ PDF engine: it parses a page an order of magnitude faster than pdfminer, which
pdfplumber builds on. This module gives the same :class:`~extract.pdf_objects.PageObjects` as
:func:`~extract.pdf_objects.page_objects`, in pdfplumber's conventions (points, origin at the
top-left of the page as shown, ``top`` growing downwards), so the ``pdfium`` engine shares all
the table, text and merging code with the ``pdfplumber`` one. A character's box is pdfminer's:
its advance width, and the font size high from the font's descent under the baseline
(:mod:`extract.pdf_pdfium_chars` reads them).
"""

from __future__ import annotations

import ctypes
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from core.errors import ExtractError
from core.process import Turns
from extract.damage import page_tree_warning, repeated_pages
from extract.grid import edges_to_grids
from extract.pdf import can_fork, in_background
from extract.pdf_chain import pages_to_reading
from extract.pdf_fields import page_annotations
from extract.pdf_hiding import IDENTITY
from extract.pdf_objects import (
    AXIS_TOLERANCE,
    MAX_OBJECTS_PER_PAGE,
    Char,
    Edge,
    PageObjects,
    Rgb,
    checked_edges,
    is_area,
    read_upright,
    shows_on_paper,
)
from extract.pdf_page import PageReading, objects_to_page
from extract.pdf_pdfium_chars import CharReader, address_of, bare, unicodes
from extract.pdf_probe import PdfProbe, joined_probes, probe_page
from extract.reading import Reading
from extract.unseen import commented, set_aside

#: pdfium's page object and path segment type numbers (fpdf_edit.h).
_TEXT_OBJECT, _PATH_OBJECT, _FORM_OBJECT = 1, 2, 5
_MOVETO = 2


class _PathCalls:
    """pdfium's calls for a page's objects and paths, through bare addresses (a page has thousands of objects)."""

    def __init__(self, raw: Any) -> None:
        address, number, uint = ctypes.c_void_p, ctypes.c_int, ctypes.c_ulong
        self.count_objects = bare(raw.FPDFPage_CountObjects, number, address)
        self.object = bare(raw.FPDFPage_GetObject, address, address, number)
        self.kind = bare(raw.FPDFPageObj_GetType, number, address)
        self.count_form_objects = bare(raw.FPDFFormObj_CountObjects, number, address)
        self.form_object = bare(raw.FPDFFormObj_GetObject, address, address, uint)
        self.matrix = bare(raw.FPDFPageObj_GetMatrix, number, address, address)
        self.draw_mode = bare(raw.FPDFPath_GetDrawMode, number, address, address, address)
        self.fill = bare(raw.FPDFPageObj_GetFillColor, number, address, address, address, address, address)
        self.stroke = bare(raw.FPDFPageObj_GetStrokeColor, number, address, address, address, address, address)
        self.count_segments = bare(raw.FPDFPath_CountSegments, number, address)
        self.segment = bare(raw.FPDFPath_GetPathSegment, address, address, number)
        self.point = bare(raw.FPDFPathSegment_GetPoint, number, address, address, address)
        self.segment_kind = bare(raw.FPDFPathSegment_GetType, number, address)
        self.closes = bare(raw.FPDFPathSegment_GetClose, number, address)


@cache
def _path_calls(raw: Any) -> _PathCalls:
    """Return the bare calls into the pdfium that ``raw`` (pypdfium2.raw) binds, made once."""
    return _PathCalls(raw)


def _matrix(calls: _PathCalls, raw: Any, obj: int) -> tuple[float, float, float, float, float, float]:
    matrix = raw.FS_MATRIX()
    calls.matrix(obj, ctypes.addressof(matrix))
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, float, float, float, float, float]:
    """Compose two matrices: apply ``inner``, then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer  # noqa: N806 - the PDF spec's names
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_objects(
    calls: _PathCalls, raw: Any, page: int, texts: dict[int, tuple[float, tuple[float, ...]]]
) -> Iterator[tuple[int, tuple[float, ...], float]]:
    """Every path object of a page (its address) with its matrix to page space, inside form XObjects too.

    The third value is the object's place in the page's drawing order: a form's objects share out
    the form's place in their own order (the 2nd of 4 in the form drawn 7th is 7.25), so a stamp
    drawn as a form, its box and then its label, keeps the label after the box (review36 r08).
    Each text object met goes into ``texts``: its place, and the matrix of the forms around it to
    page space (pdfium gives a form's objects in the form's space but for the matrix it was drawn
    with: a page's content moved into a form under "0.9 0 0 0.9 30 40 cm").
    """
    stack = [(calls.object(page, i), IDENTITY, float(i), 1.0) for i in range(calls.count_objects(page))]
    while stack:
        obj, outer, order, share = stack.pop()
        kind = calls.kind(obj)
        if kind == _PATH_OBJECT:
            yield obj, _compose(_matrix(calls, raw, obj), outer), order
        elif kind == _TEXT_OBJECT:
            texts[obj] = (order, outer)
        elif kind == _FORM_OBJECT:
            form = _compose(_matrix(calls, raw, obj), outer)
            count = calls.count_form_objects(obj)
            step = share / max(1, count)
            stack.extend((calls.form_object(obj, i), form, order + i * step, step) for i in range(count))


def _path_paint(calls: _PathCalls, path: int) -> tuple[bool, bool, bool, bool]:
    """Tell whether a path shows on the page (stroked or filled in a colour not white), shades, covers, or is outlined.

    A path that shades is filled in a colour that is not white: white text on it shows. One that
    covers is filled in opaque white: text drawn before it under it does not show (a correction
    typed over a white box). One outlined is stroked in a colour that is not white.
    """
    fill_mode, stroked = ctypes.c_int(), ctypes.c_int()
    if not calls.draw_mode(path, ctypes.addressof(fill_mode), ctypes.addressof(stroked)):
        return True, False, False, True  # cannot tell: its edges count, as they always did
    filled, paint = fill_mode.value != 0, _rgba(calls.fill, path)
    fill = _rgb(paint)
    shades = filled and shows_on_paper(True, fill, False, None)
    covers = filled and not shades and paint is not None and paint[3] == 255  # opaque white
    outlined = shows_on_paper(False, None, bool(stroked.value), _rgb(_rgba(calls.stroke, path)))
    return shades or outlined, shades, covers, outlined


def _rgba(getter: Any, path: int) -> tuple[int, int, int, int] | None:
    """Return a path's fill or stroke paint as pdfium gives it (red, green, blue, alpha: 0-255), None when unknown."""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not getter(path, *(ctypes.addressof(part) for part in (r, g, b, a))):
        return None
    return r.value, g.value, b.value, a.value


def _rgb(paint: tuple[int, int, int, int] | None) -> Rgb:
    """Return paint as RGB (0-1); fully transparent paint as white, None when unknown."""
    if paint is None:
        return None
    if paint[3] == 0:
        return 1.0, 1.0, 1.0
    return paint[0] / 255, paint[1] / 255, paint[2] / 255


def _path_points(calls: _PathCalls, path: int, m: tuple[float, ...]) -> Iterator[list[tuple[float, float]]]:
    """Each subpath of a path as its corner points in page space (curves contribute their ends)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
    points: list[tuple[float, float]] = []
    for i in range(calls.count_segments(path)):
        segment = calls.segment(path, i)
        calls.point(segment, x_at, y_at)
        point = (m[0] * x.value + m[2] * y.value + m[4], m[1] * x.value + m[3] * y.value + m[5])
        if calls.segment_kind(segment) == _MOVETO and points:
            yield points
            points = []
        points.append(point)
        if calls.closes(segment):
            points.append(points[0])
    if points:
        yield points


def _check_object_count(pdfium_page: Any, page_no: int) -> None:
    """Refuse a page of more objects than a plan page draws (:data:`MAX_OBJECTS_PER_PAGE`) before reading its text."""
    import pypdfium2.raw as raw

    count = raw.FPDFPage_CountObjects(pdfium_page.raw)
    if count > MAX_OBJECTS_PER_PAGE:
        msg = (
            f"page {page_no} draws {count} objects (limit {MAX_OBJECTS_PER_PAGE}): no plan page is drawn so; "
            "refused rather than read for minutes"
        )
        raise ExtractError(msg)


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

    page = address_of(pdfium_page.raw)
    edges, shaded, covers, texts, fills = _page_edges(raw, page, box, rotation)
    textpage = text_page.raw
    reader, codes = CharReader(raw, textpage), unicodes(raw, textpage)
    reader.place(covers, texts)  # white boxes: text drawn before one, under it, is hidden
    form = pdfium_page.pdf.formenv.raw if pdfium_page.pdf.formenv else None  # filled form fields draw their values
    if rotation == 0:
        chars, turned = reader.chars(codes, left, top)
        mark_drawn(chars, reader.runs, texts)
        fields, comments = page_annotations(raw, pdfium_page.raw, left, top, form)
        chars += fields
    else:
        page_space, turned = reader.chars(codes, 0.0, -0.0)
        mark_drawn(page_space, reader.runs, texts)
        fields, comments = page_annotations(raw, pdfium_page.raw, 0.0, -0.0, form)
        chars = _shown_chars(page_space + fields, box, rotation)
    # the direction as shown: /Rotate turns the page clockwise
    turns: Counter[int] = Counter()
    for turn, count in turned.items():
        turns[(turn - rotation) % 360] += count
    width, height = (top - bottom, right - left) if rotation in (90, 270) else (right - left, top - bottom)
    chars, unseen = set_aside(chars, shaded, reader.sizes, reader.marked, edges)
    unseen += commented(comments)
    shown = (0.0, 0.0, width, height)  # the boxes are the page's as shown, from its corner
    objects = PageObjects(chars, edges, unseen=unseen, page_box=shown, fills=tuple(fills))
    return read_upright(objects, turns, width, height)


def mark_drawn(chars: list[Char], runs: list[tuple[int, Any]], orders: dict[int, tuple[float, Any]]) -> None:
    """Give each character its text object's place in the drawing order (``"drawn"``: a stamp's label is later)."""
    ends = [start for start, _ in runs[1:]] + [len(chars)] if runs else []
    for (start, key), end in zip(runs, ends, strict=True):
        if (known := orders.get(key)) is not None:
            for char in chars[start:end]:
                char["drawn"] = known[0]


def _page_edges(
    raw: Any, page: int, box: Callable[[float, float, float, float], Edge], rotation: int
) -> tuple[
    list[Edge],
    list[Edge],
    list[tuple[float, tuple[float, float, float, float]]],
    dict[int, tuple[float, tuple[float, ...]]],
    list[Edge],
]:
    """Return a page's rule edges as shown, the boxes of its shaded areas, its covers, its text objects, its fills.

    A shaded area is a path filled in a colour that is not white: white text on it shows. A cover
    is a path filled in opaque white, with its place in the drawing order and its box in page
    space: text drawn before it under it is hidden (:mod:`extract.unseen`). The text objects are
    :func:`_path_objects`' (place, matrix of the forms around it). The fills are the shaded areas
    that are upright rectangles (a cell's fill, a zebra band): no rule, a row bound for the text reader.
    """
    edges: list[Edge] = []
    shaded: list[Edge] = []
    covers: list[tuple[float, tuple[float, float, float, float]]] = []
    texts: dict[int, tuple[float, tuple[float, ...]]] = {}
    fills: list[Edge] = []
    calls = _path_calls(raw)
    for path, matrix, order in _path_objects(calls, raw, page, texts):
        shows, shades, covering, outlined = _path_paint(calls, path)
        if not shows:
            if covering:
                covers.append(
                    (order, _corners_box([p for points in _path_points(calls, path, matrix) for p in points]))
                )
            continue  # painted white, or not painted: no rule a reader sees
        subpaths = list(_path_points(calls, path, matrix))
        if shades:
            area = _corners_box([point for points in subpaths for point in points])
            shaded.append(box(*area))
            if not outlined and is_area(*area) and _is_rectangle(subpaths):
                fills.append(shaded[-1])
                continue  # a shaded cell or a highlight behind a line of text: no rule
        for points in subpaths:
            for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):  # consecutive corners
                if abs(ax - bx) <= AXIS_TOLERANCE or abs(ay - by) <= AXIS_TOLERANCE:
                    edge = box(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
                    vertical = abs(ax - bx) <= AXIS_TOLERANCE
                    edge["orientation"] = "v" if vertical != (rotation in (90, 270)) else "h"  # as shown
                    edge["drawn"] = order  # a box drawn over a table after its text is a stamp (extract.drawn_boxes)
                    edges.append(edge)
    return edges, shaded, covers, texts, fills


def _is_rectangle(subpaths: list[list[tuple[float, float]]]) -> bool:
    """Tell whether a path is one upright rectangle (a glyph drawn as an outline is not)."""
    if len(subpaths) != 1 or not 4 <= len(subpaths[0]) <= 6:
        return False
    points = subpaths[0]
    return all(
        abs(ax - bx) <= AXIS_TOLERANCE or abs(ay - by) <= AXIS_TOLERANCE
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False)
    )


def _corners_box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """Return the box (x0, y0, x1, y1) around a path's corners."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _shown_chars(
    page_space: list[Char], box: Callable[[float, float, float, float], Edge], rotation: int
) -> list[Char]:
    """Return the characters of a turned page, each turned by ``box`` from page space.

    ``page_space`` holds them as :meth:`~extract.pdf_pdfium_chars.CharReader.chars` gives them with ``left`` 0.0 and
    ``top`` -0.0: x as it is, ``top`` and ``bottom`` the negated y1 and y0 (negation is exact).
    """
    chars: list[Char] = []
    for char in page_space:
        shown = box(char["x0"], -char["bottom"], char["x1"], -char["top"])
        shown["text"] = char["text"]
        for mark in ("unseen", "white", "drawn"):  # extract.unseen's marks, the place in the drawing order
            if mark in char:
                shown[mark] = char[mark]
        if turn := (char.get("turn", 0) - rotation) % 360:  # its direction as the page is shown
            shown["turn"] = turn
        shown["size"] = shown["bottom"] - shown["top"]  # pdfminer's size: the box's height as shown
        chars.append(shown)
    return chars


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
        readings, repeated = repeated_pages(self.readings)
        reading = pages_to_reading(readings)
        # pdfium takes the page count from the page tree's /Count; pages it cannot load are missing.
        warnings = reading.warnings + repeated + page_tree_warning(self.n_pages, len(self.readings))
        return replace(reading, warnings=warnings)


def read_pages_pdfium(path: Path, password: str | None = None) -> ProbedPages:
    """Read every page with pdfium and probe it while it is loaded (the probe, done first, loaded each page again).

    A long plan is read by two processes taking turns at its pages (:class:`~core.process.Turns`).
    """
    pdf = _open(path, password)
    try:
        n_pages = len(pdf)
        if not can_fork(n_pages):
            readings, probe = _read_pages(pdf, 0, n_pages)
            return ProbedPages(readings, joined_probes([probe]), n_pages)
        turns = Turns(n_pages)
        with in_background(_read_file_turns, path, password, turns) as theirs:
            pages = _read_turns(pdf, turns) + theirs()
    finally:
        pdf.close()
    pages.sort(key=lambda page: page[0])
    readings = [reading for _, read, _ in pages for reading in read]
    return ProbedPages(readings, joined_probes([probe for _, _, probe in pages]), n_pages)


def opening_password(path: Path, given: str | None) -> str | None:
    """Return the password a PDF opens with: the one given, or None when it opens without one.

    A batch given ``--password`` for its locked plans also holds many that carry only an owner
    password (printing or copying restricted): they open without one, and the password given is
    not theirs, so asking with it fails. A password that opens neither way is said to be wrong.
    """
    import pypdfium2 as pdfium

    if not given:
        return given
    for password in (given, None):
        try:
            pdfium.PdfDocument(str(path), password=password).close()
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) != _PASSWORD_ERROR:
                return given  # damaged: the reader says how
            continue
        return password
    msg = "the PDF is encrypted and the password given does not open it (check --password)"
    raise ExtractError(msg)


def _open(path: Path, password: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
        pdf.init_forms()  # a document with form fields: their values as the fields hold them (extract.pdf_fields)
        return pdf
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            msg = "the PDF is encrypted and needs an open password (give it with --password)"
        else:
            msg = f"a damaged or truncated PDF (pdfium: {exc})"
        raise ExtractError(msg) from exc


#: What :func:`_read_pages` gives: the pages read, and their probe (None where the probe stopped on a page).
_ProbedRange = tuple[list[PageReading], PdfProbe | None]


#: What :func:`_read_turns` gives for each page it took: its index, and what :func:`_read_pages` read of it.
_ProbedTurn = tuple[int, list[PageReading], PdfProbe | None]


def _read_turns(pdf: Any, turns: Turns) -> list[_ProbedTurn]:
    """Read and probe the pages this process takes its turn at."""
    return [(index, *_read_pages(pdf, index, index + 1)) for index in turns]


def _read_file_turns(path: Path, password: str | None, turns: Turns) -> list[_ProbedTurn]:
    pdf = _open(path, password)
    try:
        return _read_turns(pdf, turns)
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
        _check_object_count(page, index + 1)
        text_page = page.get_textpage()
        objects = pdfium_page_objects(page, text_page)
        readings.append(objects_to_page(index + 1, objects, edges_to_grids(checked_edges(index + 1, objects))))
        text_page.close()
        page.close()
    return readings, joined_probes(probes) if probed else None
