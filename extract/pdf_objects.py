"""A page's characters and ruling lines, straight from the layout pdfplumber parsed.

pdfplumber's ``page.chars`` and ``page.edges`` turn every pdfminer object into a dict of some
twenty attributes (colours, matrices, font names); that conversion costs more than parsing the
page. The appendix reader needs five numbers per character and four per rule, so this module
reads them off ``page.layout`` itself, with pdfplumber's coordinate conventions: points, origin
at the page's top-left, ``top`` growing downwards, MediaBox offsets applied as pdfplumber does.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from core.errors import ExtractError
from extract.grid import rule_segments
from extract.pdf_fields import plumber_annotations
from extract.pdf_hiding import Box4, moved
from extract.symbol_font import SYMBOL_CODES, is_symbol_font, symbol_character
from extract.unseen import (
    CLIPPED,
    COVERED,
    WATERMARK,
    UnseenText,
    commented,
    is_slanted,
    set_aside,
)

Char = dict[str, Any]
Edge = dict[str, Any]

#: Rule segments a page may draw before it is refused: LibreOffice draws an appendix page with
#: about 15, Word with each cell's four borders about 1,000; a hatched or hostile page with 50,000
#: would keep the grid finder busy for minutes.
MAX_EDGES_PER_PAGE = 10_000
#: Page objects (text runs, paths, images) a page may hold before it is refused: a plan page drawn
#: one glyph per text object holds a few thousand; pdfium's text page over 200,000 overlapping
#: one-letter runs takes minutes (samples/audit26 F3).
MAX_OBJECTS_PER_PAGE = 50_000
#: A segment whose ends differ by no more than this (pt) in x or y is vertical or horizontal:
#: rotated pages and some producers leave floating-point noise (1e-14 pt) in the coordinates.
AXIS_TOLERANCE = 0.01


#: A colour whose every RGB component (0-1) reaches this is the paper's white: a path painted only
#: with it shows nothing, so it draws no rule (wkhtmltopdf paints a white box behind the page body).
WHITE_LEVEL = 0.98
#: A colour as a reader gives it: RGB components 0-1, None when it cannot be told (a pattern).
Rgb = tuple[float, float, float] | None


def shows_on_paper(filled: bool, fill: Rgb, stroked: bool, stroke: Rgb) -> bool:
    """Tell whether a path shows on a white page: stroked or filled with a colour that is not white.

    A path neither stroked nor filled (a clip) or painted white only makes no rule. A colour that
    cannot be told (``None``) counts as ink.
    """
    return (stroked and not _white(stroke)) or (filled and not _white(fill))


def _white(colour: Rgb) -> bool:
    return colour is not None and min(colour) >= WHITE_LEVEL


def pdfminer_rgb(colour: Any) -> Rgb:
    """Return a pdfminer colour (gray, RGB or CMYK components, 0-1) as RGB; None for a pattern or anything else."""
    if isinstance(colour, int | float):
        colour = (colour,)
    if not isinstance(colour, Sequence) or not all(isinstance(c, int | float) for c in colour):
        return None
    values = [float(c) for c in colour]
    if len(values) == 1:
        return values[0], values[0], values[0]
    if len(values) == 3:
        return values[0], values[1], values[2]
    if len(values) == 4:
        black = 1.0 - values[3]
        return (1.0 - values[0]) * black, (1.0 - values[1]) * black, (1.0 - values[2]) * black
    return None


def _shows(obj: Any) -> bool:
    """Tell whether a pdfminer path object shows on the page (see :func:`shows_on_paper`)."""
    fill, stroke = pdfminer_rgb(obj.non_stroking_color), pdfminer_rgb(obj.stroking_color)
    return shows_on_paper(bool(obj.fill), fill, bool(obj.stroke), stroke)


@dataclass(frozen=True)
class PageObjects:
    """What one page holds for the appendix reader: its characters, its rule edges and its width as read (pt).

    ``width`` is None when the reader does not know it (an OCR'd page). ``unseen`` is the text the
    reader left out of ``chars`` because the page does not show it as table text (:mod:`extract.unseen`).
    A character that runs sideways on the page as read holds its direction, ``"turn"`` (90, 180, 270).
    ``fills`` are the boxes of its shaded areas (a cell's fill, a zebra band), which draw no rule:
    the text reader takes their sides as row bounds where they run across a table (:mod:`extract.text_rules`).
    """

    chars: list[Char]
    edges: list[Edge]
    width: float | None = None
    unseen: tuple[UnseenText, ...] = ()
    sideways: bool = False  # some characters run sideways (their "turn"): a cell may hold a turned label
    page_box: Box4 | None = None  # the page as shown, in the characters' space: x0, top, x1, bottom (None: unknown)
    fills: tuple[Edge, ...] = ()  # shaded areas, as :func:`is_area` tells them from rules drawn as filled boxes


def _leaves(items: Any) -> Iterator[Any]:
    from pdfminer.layout import LTContainer

    for item in items:
        if isinstance(item, LTContainer):
            yield from _leaves(item)
        else:
            yield item


def _shown_text(char: Any) -> str:
    """Return a pdfminer character's text, a symbol font's private-use code as the font draws it (U+F0B3 as "≥")."""
    text: str = char.get_text()
    if len(text) == 1 and ord(text) in SYMBOL_CODES and is_symbol_font(char.fontname):
        return symbol_character(ord(text), keep_bullets=True)
    return text


def page_objects(page: Any, *, fonts: bool = False) -> PageObjects:
    """Characters (text, x0, x1, top, bottom, size) and edges (orientation, x0, x1, top, bottom).

    With ``fonts``, each character also holds its font's name (``"font"``: a legacy encoding is
    told by it); a form field's value has none.

    pdfminer is imported here, not with the module: the pdfium engine shares this module's types
    and its turning rule without loading pdfminer.
    """
    from pdfminer.layout import LTChar, LTCurve

    from extract.pdf_clips import clipped_away, clipped_layout

    height = float(page.height)
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    chars: list[Char] = []
    edges: list[Edge] = []

    def box(x0: float, y0: float, x1: float, y1: float) -> Edge:
        return {"x0": x0 + mb_x0, "x1": x1 + mb_x0, "top": height - y1 + mb_top, "bottom": height - y0 + mb_top}

    turns: Counter[int] = Counter()
    sizes: Counter[float] = Counter()
    shaded: list[Edge] = []
    fills: list[Edge] = []  # shaded areas: no rule, a row bound for the text reader
    covers: list[tuple[int, Edge]] = []  # white boxes: how many characters were drawn before each, its box
    marked = False
    for obj in _leaves(clipped_layout(page)):
        if isinstance(obj, LTCurve) and _shades(obj):
            shaded.append(box(*obj.bbox))  # white text on it shows
        if isinstance(obj, LTChar):
            char = box(obj.x0, obj.y0, obj.x1, obj.y1)
            char["text"] = _shown_text(obj)
            char["size"] = obj.size
            char["drawn"] = len(chars)  # its place among the page's text, for boxes drawn over it (extract.drawn_boxes)
            if fonts:
                char["font"] = obj.fontname
            marked = _mark_unseen(char, obj, clipped_away) or marked
            chars.append(char)
            turn = quarter_turn(obj.matrix[0], obj.matrix[1])
            if turn:
                char["turn"] = turn
            turns[turn] += 1
            sizes[obj.size] += 1
        elif isinstance(obj, LTCurve) and not _shows(obj):
            if _covers(obj):  # an opaque white box: text drawn before it, under it, is hidden
                covers.append((len(chars), box(*obj.bbox)))
            continue  # painted white, or not painted: no rule a reader sees
        elif isinstance(obj, LTCurve) and _is_shaded_area(obj):
            fills.append(box(*obj.bbox))
        elif isinstance(obj, LTCurve):
            drawn = _path_edges(obj, box)  # a shaded cell or a highlight behind a line of text draws no rule
            for edge in drawn:
                edge["drawn"] = len(chars) - 0.5  # after the characters before it, before the next
            edges.extend(drawn)
    marked = _cover(chars, covers) or marked
    fields, comments = plumber_annotations(page)
    chars += _shown_fields(page, fields, box)  # filled form fields draw their values themselves
    chars, unseen = set_aside(chars, shaded, sizes, marked, edges)
    unseen += commented(comments)
    shown = (mb_x0, mb_top, mb_x0 + float(page.width), mb_top + height)  # the page through box()
    objects = PageObjects(chars, edges, unseen=unseen, page_box=shown, fills=tuple(fills))
    return read_upright(objects, turns, float(page.width), height)


def _shown_fields(page: Any, fields: list[Char], box: Callable[[float, float, float, float], Edge]) -> list[Char]:
    """Return a page's form field characters (page space) as pdfminer shows its others: its page matrix, then ``box``.

    A field's value is upright in page space; on a page turned by /Rotate it runs as the page's
    text runs, and carries the same ``turn`` for :func:`read_upright`.
    """
    if not fields:
        return []
    x0, y0, x1, y1 = (float(v) for v in page.page_obj.mediabox)
    rotate = page.page_obj.rotate % 360
    matrix = {  # pdfminer's PDFPageInterpreter.process_page
        90: (0, -1, 1, 0, -y0, x1),
        180: (-1, 0, 0, -1, x1, y1),
        270: (0, 1, -1, 0, y1, -x0),
    }.get(rotate, (1, 0, 0, 1, -x0, -y0))
    turn = quarter_turn(matrix[0], matrix[1])
    shown = []
    for char in fields:  # page space: x, and -y for top and bottom
        placed = box(*moved((char["x0"], -char["bottom"], char["x1"], -char["top"]), matrix))
        placed.update(text=char["text"], size=char["size"])
        if turn:
            placed["turn"] = turn
        shown.append(placed)
    return shown


def _path_edges(obj: Any, box: Any) -> list[Edge]:
    """Return the edges a pdfminer path that shows draws, as the page shows them (``box`` turns page space into that).

    A rectangle gives its four sides, a line itself, any other path its straight segments.
    """
    from pdfminer.layout import LTLine, LTRect

    if isinstance(obj, LTLine):
        edge = box(*obj.bbox)
        edge["orientation"] = "h" if abs(obj.y1 - obj.y0) <= abs(obj.x1 - obj.x0) else "v"
        return [edge]
    if not isinstance(obj, LTRect):
        return list(_curve_edges(obj, box))
    x0, y0, x1, y1 = obj.bbox
    edges = []
    for edge_box, orientation in (
        ((x0, y1, x1, y1), "h"),
        ((x0, y0, x1, y0), "h"),
        ((x0, y0, x0, y1), "v"),
        ((x1, y0, x1, y1), "v"),
    ):
        edge = box(*edge_box)
        edge["orientation"] = orientation
        edges.append(edge)
    return edges


def _covers(obj: Any) -> bool:
    """Tell whether a pdfminer path is filled opaque white (its opacity kept by :mod:`extract.pdf_clips`)."""
    return bool(obj.fill) and getattr(obj, "opaque", True) and _white(pdfminer_rgb(obj.non_stroking_color))


#: The height (pt) of the bands characters are filed in to find those a white box covers.
_COVER_BAND = 20.0


def _cover(chars: list[Char], covers: list[tuple[int, Edge]]) -> bool:
    """Mark the characters each white box covers that were drawn before it; say whether one was.

    Characters are filed by band of height, so a page that paints every cell's white background
    before its text (a spreadsheet's export: thousands of boxes) looks at each box's band only.
    """
    if not covers:
        return False
    bands: dict[int, list[int]] = {}
    for index, char in enumerate(chars):
        bands.setdefault(int((char["top"] + char["bottom"]) / 2 // _COVER_BAND), []).append(index)
    hidden = False
    for drawn, cover in covers:
        x0, x1, top, bottom = cover["x0"], cover["x1"], cover["top"], cover["bottom"]
        for band in range(int(top // _COVER_BAND), int(bottom // _COVER_BAND) + 1):
            for index in bands.get(band, ()):
                if index >= drawn:
                    break  # indexes rise in each band: the rest were drawn after the box
                char = chars[index]
                x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
                if x0 <= x <= x1 and top <= y <= bottom and "unseen" not in char:
                    char["unseen"] = COVERED
                    hidden = True
    return hidden


def _mark_unseen(char: Char, obj: Any, clipped_away: Callable[[Any], bool]) -> bool:
    """Mark a pdfminer character a reader may not see as table text (slanted, clipped away, white); say if so."""
    if is_slanted(obj.matrix[0], obj.matrix[1]):
        char["unseen"] = WATERMARK
        return True
    if clipped_away(obj):
        char["unseen"] = CLIPPED
        return True
    if _white(pdfminer_rgb(getattr(obj.graphicstate, "ncolor", None))):
        char["white"] = True
        return True
    return False


#: A filled box at least this thick (pt) both ways is an area (a shaded cell, a highlight behind a
#: line of text), not a rule: rules drawn as filled boxes (Chromium, Word) are under 3 pt thick. Its
#: sides made columns of a header whose lines were highlighted (samples/audit19 A19-4).
MIN_AREA_THICKNESS = 3.0


def is_area(x0: float, y0: float, x1: float, y1: float) -> bool:
    """Tell whether a filled box is an area rather than a rule (:data:`MIN_AREA_THICKNESS` both ways)."""
    return abs(x1 - x0) >= MIN_AREA_THICKNESS and abs(y1 - y0) >= MIN_AREA_THICKNESS


def _is_shaded_area(obj: Any) -> bool:
    """Tell whether a pdfminer path is a filled rectangle, not outlined, thick both ways: an area, no rule."""
    from pdfminer.layout import LTRect

    outlined = bool(obj.stroke) and shows_on_paper(False, None, True, pdfminer_rgb(obj.stroking_color))
    return isinstance(obj, LTRect) and _shades(obj) and not outlined and is_area(*obj.bbox)


def _shades(obj: Any) -> bool:
    """Tell whether a pdfminer path is filled in a colour that is not white (white text on it shows)."""
    return bool(obj.fill) and shows_on_paper(True, pdfminer_rgb(obj.non_stroking_color), False, None)


#: A page whose characters mostly run in one rotated direction is read turned so they stand upright.
ROTATED_TEXT_SHARE = 0.5


def quarter_turn(a: float, b: float) -> int:
    """Return the direction (0, 90, 180 or 270 degrees counter-clockwise) of text drawn with matrix ``(a, b, ...)``."""
    return round(math.degrees(math.atan2(b, a)) / 90) % 4 * 90


def read_upright(objects: PageObjects, turns: Counter[int], width: float, height: float) -> PageObjects:
    """Turn a page whose characters mostly run in one rotated direction so they stand upright.

    ``turns`` counts the page's characters by :func:`quarter_turn`; ``width`` and ``height`` are
    the page's as shown. A page of upright text (or of mixed directions) is returned as it is.
    """
    turn = turns.most_common(1)[0][0] if turns else 0
    if turn and turns[turn] > ROTATED_TEXT_SHARE * len(objects.chars):
        return turned_upright(objects, turn, width, height, sideways=len(turns) > 1)
    return replace(objects, width=width, sideways=len(turns) > 1)


def turned_upright(
    objects: PageObjects, turn: int, width: float, height: float, *, sideways: bool = False
) -> PageObjects:
    """Turn a page's boxes so that text drawn at ``turn`` degrees (counter-clockwise) reads left to right.

    This is what a reader does with a page whose table was drawn sideways: turns the page. Boxes
    are (x0, x1, top, bottom) from the top-left of the page as shown; the turned page is
    ``height`` wide when the turn is 90 or 270 degrees.
    """

    def turned(item: dict[str, Any]) -> dict[str, Any]:
        x0, x1, top, bottom = item["x0"], item["x1"], item["top"], item["bottom"]
        if turn == 90:
            new = {"x0": height - bottom, "x1": height - top, "top": x0, "bottom": x1}
        elif turn == 270:
            new = {"x0": top, "x1": bottom, "top": width - x1, "bottom": width - x0}
        else:
            new = {"x0": width - x1, "x1": width - x0, "top": height - bottom, "bottom": height - top}
        return {**item, **new}

    chars = []
    for char in objects.chars:
        upright = turned(char)
        upright["size"] = upright["bottom"] - upright["top"]  # pdfminer's box is the font size high
        if own := (char.get("turn", 0) - turn) % 360:  # its direction on the turned page
            upright["turn"] = own
        else:
            upright.pop("turn", None)
        chars.append(upright)
    edges = []
    for edge in objects.edges:
        upright = turned(edge)
        if turn in (90, 270):
            upright["orientation"] = "v" if edge["orientation"] == "h" else "h"
        edges.append(upright)
    box = None
    if objects.page_box is not None:
        x0, top, x1, bottom = objects.page_box
        page = turned({"x0": x0, "x1": x1, "top": top, "bottom": bottom})
        box = (page["x0"], page["top"], page["x1"], page["bottom"])
    fills = tuple(turned(fill) for fill in objects.fills)
    return PageObjects(chars, edges, height if turn in (90, 270) else width, objects.unseen, sideways, box, fills)


def _curve_edges(curve: Any, box: Any) -> Iterator[Edge]:
    """Yield the axis-aligned segments of a drawn path, as pdfplumber's ``curve_to_edges`` finds them."""
    # Consecutive point pairs: the second sequence is one shorter by design.
    for (ax, ay), (bx, by) in zip(curve.pts, curve.pts[1:], strict=False):
        if abs(ax - bx) <= AXIS_TOLERANCE or abs(ay - by) <= AXIS_TOLERANCE:
            edge = box(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
            edge["orientation"] = "v" if abs(ax - bx) <= AXIS_TOLERANCE else "h"
            yield edge


#: A page with fewer characters than this and too many segments holds its text as outlines.
OUTLINED_TEXT_CHARS = 20


def checked_edges(page_no: int, objects: PageObjects) -> list[Edge]:
    """Return a page's edges, or refuse the document when the page draws more than :data:`MAX_EDGES_PER_PAGE` rules.

    Rules are counted as the grid finder reads them (:func:`extract.grid.rule_segments`): the dots
    or dashes along one line are one rule (Chromium draws a dotted border dot by dot), and pieces too
    short for a cell's side do not count. A page of shapes and (almost) no text is most likely text
    drawn as outlines (a PDF made with Ghostscript's -dNoOutputFonts, a "print as image" driver):
    OCR reads it.
    """
    edges = objects.edges
    if len(edges) > MAX_EDGES_PER_PAGE and len(objects.chars) < OUTLINED_TEXT_CHARS:
        msg = (
            f"page {page_no} holds no text, only {len(edges)} drawn segments: its text is most likely drawn "
            "as outlines (shapes, not letters); read it with --ocr"
        )
        raise ExtractError(msg)
    if len(edges) > MAX_EDGES_PER_PAGE:
        hs, vs = rule_segments(edges)
        if len(hs) + len(vs) > MAX_EDGES_PER_PAGE:
            msg = (
                f"page {page_no} draws {len(hs) + len(vs)} rule segments (limit {MAX_EDGES_PER_PAGE}): "
                "no plan table is drawn so; refused rather than read for minutes"
            )
            raise ExtractError(msg)
    return edges
