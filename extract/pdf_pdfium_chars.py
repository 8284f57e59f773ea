"""A page's characters read off pdfium's text page, as pdfminer boxes them (pdfium engine).

pdfminer's box (``LTChar``) is, in text space, the advance wide and the font size high from the
font's descent under the baseline; its two corners go through the character's matrix to page
space. pdfium gives the character's origin in page space, its text object's matrix, font size and
font, and the font's descent and advance widths: the same box, without the glyph's ink
(``FPDFText_GetCharBox``) or pdfium's own loose box (ascent-scaled, unrotated).

A page has tens of thousands of characters and a few hundred text objects: this is the engine's
inner loop, so pdfium is called through bare function pointers (addresses in and out, no
argument conversion) and what text objects share is asked for once per object or font.
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter
from functools import cache
from typing import Any, NamedTuple

from extract.pdf_hiding import IDENTITY, Box4, Hiding, clip_box, inside, moved, overlaps
from extract.pdf_objects import WHITE_LEVEL, Char, quarter_turn
from extract.symbol_font import SYMBOL_CODES, is_symbol_font, symbol_character
from extract.unseen import CLIPPED, COVERED, WATERMARK, is_slanted

#: What pdfium reports for a character it has no code point for.
NONCHARACTERS = frozenset((0xFFFE, 0xFFFF))
#: The non-character the second half of a joined surrogate pair becomes (:func:`joined_surrogates`).
NONCHARACTER = 0xFFFE
#: What pdfium reports for a "-" it takes to be a hyphenation at a line end: the document's "-".
HYPHEN_MARK = 0x02
#: The code point of "-", which pdfium's hyphen mark stands for.
_HYPHEN = ord("-")
#: The code points Python takes for white space (all in the BMP): a space pdfium inferred is left out.
_SPACES = frozenset(code for code in range(0x3001) if chr(code).isspace())
#: Combining marks (U+0300-U+036F): a producer that draws Vietnamese decomposed gives each mark a
#: glyph of its own, whose box may start left of its letter's; it belongs after its letter.
_COMBINING = frozenset(range(0x300, 0x370))
#: How far (pt) right of its letter's left edge a combining mark is put when its box starts left of it.
_MARK_STEP = 0.01
#: The codes the loop over characters looks at twice: left out, a space maybe inferred, the hyphen
#: mark, a symbol font's private-use code, or a combining mark.
_UNUSUAL = NONCHARACTERS | _SPACES | {HYPHEN_MARK} | frozenset(SYMBOL_CODES) | _COMBINING
#: The longest font name read: PDF names are short (a subset prefix and a PostScript name).
_FONT_NAME_BYTES = 256
#: How far (pt) a loose box may start from its character's origin and still measure that glyph alone.
_ORIGIN_SLACK = 0.05
#: A font width further than this share from the loose box's is another glyph's (pdfium's code lookup).
_WIDTH_AGREEMENT = 0.05
#: Font metrics are asked for at this size, so pdfium's widths and descents come in thousandths of the size.
_PER_MILLE = 1000.0
#: A text object key no character has (pdfium's keys are addresses or None).
_NO_OBJECT = object()
#: pdfium's text render modes (fpdf_edit.h) that paint with the fill colour, the stroke colour, or both;
#: the invisible ones (3, 7: an OCR layer) are the scan reader's to judge.
_FILLED_MODES, _STROKED_MODES, _BOTH_MODES = frozenset((0, 4)), frozenset((1, 5)), frozenset((2, 6))
#: How far (pt) a text object may reach past its clipping area before its characters are looked at one by one.
_CLIP_SLACK = 0.5

_ADDRESS, _INT, _FLOAT = ctypes.c_void_p, ctypes.c_int, ctypes.c_float


def bare(function: Any, result: Any, *arguments: Any) -> Any:
    """Return a pypdfium2 function as a prototype taking and returning bare addresses (ints) where it takes pointers.

    pypdfium2's own bindings take typed pointers: a call with an address would need a ctypes cast
    first, and each pointer it returns is a new ctypes object. Buffers are passed by their address.
    """
    return ctypes.CFUNCTYPE(result, *arguments)(address_of(function))


class _Calls:
    """pdfium's calls the reader makes, through :func:`bare`."""

    def __init__(self, raw: Any) -> None:
        self.text_object = bare(raw.FPDFText_GetTextObject, _ADDRESS, _ADDRESS, _INT)
        self.origin = bare(raw.FPDFText_GetCharOrigin, _INT, _ADDRESS, _INT, _ADDRESS, _ADDRESS)
        self.generated = bare(raw.FPDFText_IsGenerated, _INT, _ADDRESS, _INT)
        self.matrix = bare(raw.FPDFText_GetMatrix, _INT, _ADDRESS, _INT, _ADDRESS)
        self.loose_box = bare(raw.FPDFText_GetLooseCharBox, _INT, _ADDRESS, _INT, _ADDRESS)
        self.font_size = bare(raw.FPDFTextObj_GetFontSize, _INT, _ADDRESS, _ADDRESS)
        self.font = bare(raw.FPDFTextObj_GetFont, _ADDRESS, _ADDRESS)
        self.descent = bare(raw.FPDFFont_GetDescent, _INT, _ADDRESS, _FLOAT, _ADDRESS)
        self.glyph_width = bare(raw.FPDFFont_GetGlyphWidth, _INT, _ADDRESS, ctypes.c_uint32, _FLOAT, _ADDRESS)
        self.render_mode = bare(raw.FPDFTextObj_GetTextRenderMode, _INT, _ADDRESS)
        colour = (_INT, _ADDRESS, _ADDRESS, _ADDRESS, _ADDRESS, _ADDRESS)
        self.fill = bare(raw.FPDFPageObj_GetFillColor, *colour)
        self.stroke = bare(raw.FPDFPageObj_GetStrokeColor, *colour)
        self.clip_path = bare(raw.FPDFPageObj_GetClipPath, _ADDRESS, _ADDRESS)
        self.clip_paths = bare(raw.FPDFClipPath_CountPaths, _INT, _ADDRESS)
        self.clip_segments = bare(raw.FPDFClipPath_CountPathSegments, _INT, _ADDRESS, _INT)
        self.clip_segment = bare(raw.FPDFClipPath_GetPathSegment, _ADDRESS, _ADDRESS, _INT, _INT)
        self.point = bare(raw.FPDFPathSegment_GetPoint, _INT, _ADDRESS, _ADDRESS, _ADDRESS)
        self.bounds = bare(raw.FPDFPageObj_GetBounds, _INT, _ADDRESS, _ADDRESS, _ADDRESS, _ADDRESS, _ADDRESS)
        self.font_name = bare(raw.FPDFFont_GetBaseFontName, ctypes.c_size_t, _ADDRESS, _ADDRESS, ctypes.c_size_t)
        self.italic_angle = bare(raw.FPDFFont_GetItalicAngle, _INT, _ADDRESS, _ADDRESS)


@cache
def _calls(raw: Any) -> _Calls:
    """Return the bare calls into the pdfium that ``raw`` (pypdfium2.raw) binds, made once."""
    return _Calls(raw)


def address_of(pointer: Any) -> int:
    """Return the address a ctypes pointer or function holds (0 for NULL)."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


class _TextObject(NamedTuple):
    """What the characters of one text object share: font, size, the box's corners and the text-to-page matrix.

    A character's box (pdfminer's) runs, in text space, from the font's descent under the baseline
    (``low``) to the font size above it (``high``); ``corners`` holds the matrix's ``a`` and ``b``
    (an advance along the baseline) and those two heights through the matrix (x and y of each),
    to be added to the character's origin in page space. ``advances`` caches each code's advance,
    for every text object in the same font at the same size (a page sets hundreds of them so).
    A named tuple: a page has hundreds of text objects, and a frozen dataclass takes longer to make.
    """

    font: int  # the font's address (0 for none): text objects in one font share its widths
    size: float  # the font size the text is set in (Tf), in text space
    matrix: tuple[float, float, float, float]  # text space to page space, without translation
    turn: int  # the direction the text runs in page space (quarter_turn)
    corners: tuple[float, float, float, float, float, float]  # a, b, low x, low y, high x, high y
    advances: dict[int, float]  # code -> advance: shared by the objects of one font and size
    shown_size: float  # the size as drawn on the page (the font size through the matrix)
    #: None for text a reader sees (most); else why its characters may not be seen: a reason of
    #: :mod:`extract.unseen`, "white" (seen only on a shaded area), or what may hide them (:class:`Hiding`).
    flag: str | Hiding | None


class CharReader:
    """Reads pdfminer's character boxes off one pdfium text page (``FPDF_TEXTPAGE``), caching what objects share."""

    def __init__(self, raw: Any, textpage: Any) -> None:
        self.raw = raw
        self.calls = _calls(raw)
        self.page = address_of(textpage)
        self.objects: dict[int | None, _TextObject] = {}
        self.widths: dict[tuple[int, int], float] = {}  # (font address, code) -> width, a share of the size
        self.advance_tables: dict[tuple[int, float], dict[int, float]] = {}  # (font address, size) -> advances
        self.descents: dict[int, float] = {}  # font address -> descent, a share of the size
        self.symbol_fonts: dict[int, bool] = {}  # font address -> whether it is the Symbol font
        self.slanted_fonts: dict[int, bool] = {}  # font address -> whether its glyphs lean (an italic angle)
        self.marked = False  # whether chars() marked a character that may not be seen
        self.covers: list[tuple[float, Box4]] = []  # opaque white boxes drawn on the page: (drawing order, box)
        self.text_orders: dict[int, float] = {}  # text object address -> its place in the drawing order
        self.form_matrices: dict[int, tuple[float, ...]] = {}  # text object in a moved form -> the form's matrix
        self.sizes: Counter[float] = Counter()  # the characters by the size they are drawn at
        self.runs: list[tuple[int, Any]] = []  # (index of a run's first character, its text object)
        # Buffers a call fills only when it succeeds, and that are read only then: one each for the page.
        self.width, self.rect = ctypes.c_float(), raw.FS_RECTF()
        self.width_at, self.rect_at = ctypes.addressof(self.width), ctypes.addressof(self.rect)
        self.origin = (ctypes.c_double(), ctypes.c_double())
        self.origin_at = (ctypes.addressof(self.origin[0]), ctypes.addressof(self.origin[1]))
        self.colour = tuple(ctypes.c_uint() for _ in range(4))
        self.colour_at = tuple(ctypes.addressof(part) for part in self.colour)
        self.bounds = tuple(ctypes.c_float() for _ in range(4))
        self.bounds_at = tuple(ctypes.addressof(part) for part in self.bounds)
        self.point = (ctypes.c_float(), ctypes.c_float())
        self.point_at = (ctypes.addressof(self.point[0]), ctypes.addressof(self.point[1]))

    def text_object(self, key: int | None, index: int) -> _TextObject:
        """Return what character ``index``'s text object (at address ``key``) gives its characters, read once."""
        known = self.objects.get(key)
        if known is None:
            calls = self.calls
            size = ctypes.c_float()
            calls.font_size(key, ctypes.addressof(size))
            font = calls.font(key) or 0
            matrix = self.raw.FS_MATRIX()
            calls.matrix(self.page, index, ctypes.addressof(matrix))
            low = self.descent(font) * size.value  # pdfminer: from the descent, the size high
            high = low + size.value
            a, b = matrix.a, matrix.b
            scale = math.hypot(a, b)
            # a synthetic italic shears upright text (c): its boxes stand on the baseline's extent, or
            # each would reach over the next glyph and close the word gaps ("Kếhoạchsố": review47)
            lean = 0.0 if b == 0 and a > 0 and matrix.d > 0 else matrix.c
            known = _TextObject(
                font,
                size.value,
                (a, b, matrix.c, matrix.d),
                quarter_turn(a, b),
                (a, b, lean * low, matrix.d * low, lean * high, matrix.d * high),
                self.advance_tables.setdefault((font, size.value), {}),
                size.value * scale,
                WATERMARK if is_slanted(a, b) else self.paint_flag(key),
            )
            self.objects[key] = known
        return known

    def paint_flag(self, key: int | None) -> str | Hiding | None:
        """Return "white" for a text object painted white; what may hide it (its clip, a cover over it); else None."""
        if not key:
            return None
        calls = self.calls
        mode = calls.render_mode(key)
        whitish = self.whitish
        if (
            (mode in _FILLED_MODES and whitish(calls.fill, key))
            or (mode in _STROKED_MODES and whitish(calls.stroke, key))
            or (mode in _BOTH_MODES and whitish(calls.fill, key) and whitish(calls.stroke, key))
        ):
            return "white"
        clip = calls.clip_path(key)
        box = clip_box(calls, clip, self.point, self.point_at) if clip else None
        drawn_at = self.text_orders.get(key)
        later = [cover for order, cover in self.covers if order > drawn_at] if drawn_at is not None else []
        if box is None and not later:
            return None
        if not calls.bounds(key, *self.bounds_at):
            return None
        left, bottom, right, top = (edge.value for edge in self.bounds)
        bounds = (left, bottom, right, top)
        if (matrix := self.form_matrices.get(key)) is not None:
            box, bounds = moved(box, matrix) if box is not None else None, moved(bounds, matrix)
        if box is not None and inside(bounds, box, _CLIP_SLACK):
            box = None
        over = tuple(cover for cover in later if overlaps(bounds, cover))
        return Hiding(box, over) if box is not None or over else None

    def place(self, covers: list[tuple[float, Box4]], texts: dict[int, tuple[float, tuple[float, ...]]]) -> None:
        """Know the page's opaque white boxes (drawing order, box) and its text objects' (order, forms' matrix).

        Text drawn before a box, under it, is hidden: a correction typed over a white box shows alone.
        The text of a form drawn with a matrix has its clip and bounds in the form's space: they are
        taken to page space, where the characters are.
        """
        self.covers = covers
        self.text_orders = {key: order for key, (order, _) in texts.items()} if covers else {}
        self.form_matrices = {key: matrix for key, (_, matrix) in texts.items() if matrix != IDENTITY}

    def whitish(self, getter: Any, key: int) -> bool:
        """Tell whether a text object's fill or stroke colour is white, or fully transparent."""
        if not getter(key, *self.colour_at):
            return False
        r, g, b, a = (part.value for part in self.colour)
        return a == 0 or min(r, g, b) >= WHITE_LEVEL * 255

    def mark(self, char: Char, flag: str | Hiding | None, turn: int, left: float, top: float) -> None:
        """Mark a character of an unusual text object: its direction when sideways, why it may not be seen.

        A sideways character may be a cell's label typed sideways (:func:`extract.pdf_lines.cell_turn`);
        one that may not be seen is set aside by :mod:`extract.unseen`.
        """
        if turn:
            char["turn"] = turn
        if flag is None:
            return
        self.marked = True
        if flag == "white":
            char["white"] = True
            return
        if isinstance(flag, str):
            char["unseen"] = flag
            return
        # boxes in page space; the character's box is shown from (left, top)
        x, y = (char["x0"] + char["x1"]) / 2 + left, top - (char["top"] + char["bottom"]) / 2
        if flag.clip is not None and not inside((x, y, x, y), flag.clip, 0.0):
            char["unseen"] = CLIPPED
        elif any(inside((x, y, x, y), cover, 0.0) for cover in flag.covers):
            char["unseen"] = COVERED

    def descent(self, font: int) -> float:
        """Return the font's descent as a share of the size (negative below the baseline), asked for once per font."""
        known = self.descents.get(font)
        if known is None:
            descent = ctypes.c_float()
            self.calls.descent(font, _PER_MILLE, ctypes.addressof(descent))
            known = self.descents[font] = descent.value / _PER_MILLE
        return known

    def unusual_text(self, code: int, index: int) -> str | None:
        """Return the text of a character the loop looks at twice (:data:`_UNUSUAL`), None to leave it out."""
        if code in NONCHARACTERS:
            return None
        if code == HYPHEN_MARK:
            return "-"
        if code in SYMBOL_CODES:
            return self.symbol_text(code, index)
        if self.calls.generated(self.page, index) == 1:  # a space pdfium inferred
            return None
        return chr(code)

    def share_glyph(self, out: list[Char], indexes: tuple[int, int], left: float) -> None:
        """Give the last two characters, drawn as one glyph from one origin, their shares of it.

        A browser draws "fi" of "file" as one ligature glyph; pdfium gives each letter the glyph's
        origin, and each letter's own advance would end the pair short of the glyph's, opening a
        word gap before "le". pdfium's loose boxes split the glyph between its letters.
        """
        rect = self.rect
        for char, at in zip((out[-2], out[-1]), indexes, strict=True):
            if self.calls.loose_box(self.page, at, self.rect_at) and rect.right > rect.left:
                char["x0"], char["x1"] = rect.left - left, rect.right - left

    def symbol_text(self, code: int, index: int) -> str:
        """Return a private-use character as the Symbol font draws it when its font is one, else as it is.

        LibreOffice prints Word's Symbol characters in OpenSymbol and its text layer keeps Word's
        private-use code: U+F0B3 where the page shows "≥".
        """
        key = self.calls.text_object(self.page, index)
        font = (self.objects.get(key) or self.text_object(key, index)).font
        known = self.symbol_fonts.get(font)
        if known is None:
            name = ctypes.create_string_buffer(_FONT_NAME_BYTES)
            if font:
                self.calls.font_name(font, ctypes.addressof(name), _FONT_NAME_BYTES)
            known = self.symbol_fonts[font] = is_symbol_font(name.value.decode("latin-1"))
        return symbol_character(code, keep_bullets=True) if known else chr(code)

    def advance(self, index: int, obj: _TextObject, code: int) -> float:
        """Return the character's advance width in text space: the font's width for it at the object's size.

        The font's widths are asked for once per page (the text objects in one font share them).
        pdfium finds a width by the character's code point, which it maps back to a code of the
        font through the ToUnicode map; for a subset CID font (MuPDF's, with Vietnamese letters)
        that finds another glyph ("ụ" 3.6 pt wide for 5.7, a gap inside "mục"). The loose box holds
        the width of the code really drawn: on upright text, where it measures the advance, it wins
        when the two disagree, but not in an italic font, where a glyph's ink (the slanted accent
        of "ế") reaches past its advance and the loose box holds it (samples/audit44 F4: "Kếhoạch").
        """
        width = self.widths.get((obj.font, code))
        if width is None:
            ok = self.calls.glyph_width(obj.font, code, _PER_MILLE, self.width_at)
            width = self.width.value / _PER_MILLE if ok else 0.0
            if obj.size > 0 and (obj.matrix[1] == 0 or obj.matrix[0] == 0) and not self.slanted(obj.font):
                drawn = self.loose_advance(index, obj, alone=True) / obj.size
                if drawn > 0 and abs(drawn - width) > _WIDTH_AGREEMENT * drawn:
                    width = drawn
            self.widths[obj.font, code] = width
        if width > 0:
            advance = width * obj.size
            obj.advances[code] = advance
            return advance
        return self.loose_advance(index, obj)

    def slanted(self, font: int) -> bool:
        """Tell whether the font is an italic one (a non-zero italic angle), asked for once per font."""
        known = self.slanted_fonts.get(font)
        if known is None:
            angle = ctypes.c_int()
            known = bool(font) and bool(self.calls.italic_angle(font, ctypes.addressof(angle))) and angle.value != 0
            self.slanted_fonts[font] = known
        return known

    def loose_advance(self, index: int, obj: _TextObject, *, alone: bool = False) -> float:
        """Return the advance as pdfium's loose box measures it, for a character its font cannot map back to a code.

        With ``alone``, 0.0 (unknown) unless the box measures the character's glyph alone: upright,
        it starts at the character's origin. A letter drawn with combining marks from one origin
        (decomposed "ờ": o, horn, grave), or a ligature's letter, gets a share of the cluster's box:
        taken for the letter's width, it would make every "o" of the page 2 pt wide ("lo a").
        """
        rect = self.rect
        if not self.calls.loose_box(self.page, index, self.rect_at):
            return 0.0
        a, b = obj.matrix[0], obj.matrix[1]
        if alone and b == 0 and a > 0:
            self.calls.origin(self.page, index, self.origin_at[0], self.origin_at[1])
            if abs(rect.left - self.origin[0].value) > _ORIGIN_SLACK:
                return 0.0
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
        calls, address, objects = self.calls, self.page, self.objects
        object_of, origin_of = calls.text_object, calls.origin
        x, y = ctypes.c_double(), ctypes.c_double()
        x_at, y_at = ctypes.addressof(x), ctypes.addressof(y)
        out: list[Char] = []
        self.runs = []  # this call's runs, their indexes into ``out``
        append = out.append
        turned: dict[int, int] = {}
        last_key: object = _NO_OBJECT
        obj: _TextObject | None = None
        a = b = low_x = low_y = high_x = high_y = 0.0
        turn, run_start, advances = 0, 0, {}
        flag: str | Hiding | None = None
        sizes, mark, unusual_text = self.sizes, self.mark, self.unusual_text
        last_x = last_y = math.nan  # the last character's origin: a character at the same one is part of its glyph
        last_i = 0
        marks: list[int] = []  # where combining marks were put in ``out``
        for i, code in enumerate(codes):
            if code not in _UNUSUAL:
                text = chr(code)
            else:
                unusual = unusual_text(code, i)
                if unusual is None:
                    continue
                if code in _COMBINING:
                    marks.append(len(out))  # the index it is appended at
                text, code = unusual, _HYPHEN if code == HYPHEN_MARK else code
            key = object_of(address, i)
            if key != last_key:
                if obj is not None:  # count the run of characters in the last object
                    turned[turn] = turned.get(turn, 0) + len(out) - run_start
                    sizes[obj.shown_size] += len(out) - run_start
                obj = objects.get(key) or self.text_object(key, i)
                a, b, low_x, low_y, high_x, high_y = obj.corners
                turn, advances, last_key, run_start, flag = obj.turn, obj.advances, key, len(out), obj.flag
                self.runs.append((run_start, key))
                last_x = math.nan
            advance = advances.get(code)
            if advance is None:
                assert obj is not None  # set with last_key, which the first character changes
                advance = self.advance(i, obj, code)
            origin_of(address, i, x_at, y_at)
            ox, oy = x.value, y.value
            shared = ox == last_x and oy == last_y and run_start < len(out) and not b  # a ligature ("fi")
            previous, last_x, last_y, last_i = last_i, ox, oy, i
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
            if flag is not None or turn:
                mark(out[-1], flag, turn, left, top)
            if shared:  # one glyph drawn for several characters
                self.share_glyph(out, (previous, i), left)
        if obj is not None:
            turned[turn] = turned.get(turn, 0) + len(out) - run_start
            sizes[obj.shown_size] += len(out) - run_start
        _marks_after_letters(out, marks)
        return out, turned


def _marks_after_letters(out: list[Char], marks: list[int]) -> None:
    """Put each combining mark (at its index in ``out``) right of the left edge of the letter before it.

    A decomposed "í" drawn as "i" and a zero-width acute whose box starts left of the "i" would
    otherwise sort before its letter in the line ("ch́inh"), which no normalization mends.
    """
    for at in marks:
        if at and out[at]["x0"] <= out[at - 1]["x0"]:
            out[at]["x0"] = out[at - 1]["x0"] + _MARK_STEP
            out[at]["x1"] = max(out[at]["x1"], out[at]["x0"])


def unicodes(raw: Any, textpage: Any) -> list[int]:
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
    distinct = set(units)  # a page uses a few hundred code units at most: the tests look at each once
    if written == count + 1 and not any(0xD800 <= unit <= 0xDFFF for unit in distinct):
        if NONCHARACTERS.isdisjoint(distinct):
            return units
        # The text drops pdfium's hyphen mark (0x02) for a non-character: ask those one by one.
        return [raw.FPDFText_GetUnicode(textpage, i) if u in NONCHARACTERS else u for i, u in enumerate(units)]
    return joined_surrogates([raw.FPDFText_GetUnicode(textpage, i) for i in range(count)])


def joined_surrogates(codes: list[int]) -> list[int]:
    """Join each UTF-16 surrogate pair pdfium gives as two characters (an emoji "📌") into its code point.

    The pair's second character becomes a non-character, left out with the others, so the
    characters keep pdfium's indexes (their boxes are asked for by index); a lone surrogate stays
    as it is, and the text check downstream says it.
    """
    for i in range(len(codes) - 1):
        high, low = codes[i], codes[i + 1]
        if 0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
            codes[i], codes[i + 1] = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), NONCHARACTER
    return codes
