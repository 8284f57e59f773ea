"""The values of a PDF page's filled form fields, as characters where the page shows them (pdfium engine).

Some offices fill a template: a deadline typed into a text field over an empty cell. The value
is drawn by the field's widget annotation, not by the page's content, so pdfium's text page does
not hold it; read without it the cell comes out empty with no word. Each text field's value
(``/V``) becomes characters laid out evenly over its box, one line per line of the value, sized as
its default appearance (``/DA``) sets the font: enough for the cell reader to place them.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

from extract.pdf_objects import Char

#: A widget's font size in its default appearance string ("/Helv 10 Tf 0 g"); 0 means auto-size.
_DA_SIZE_RE = re.compile(r"(\d+(?:\.\d+)?)\s+Tf")
#: The share of the font size a character is taken to be wide, and the room (pt) kept inside the box.
CHAR_WIDTH_SHARE = 0.5
FIELD_PADDING = 2.0
#: The size of an auto-sized field's text: the box's height times this, at most MAX_FIELD_SIZE.
AUTO_SIZE_SHARE = 0.7
MAX_FIELD_SIZE = 12.0
#: The longest value read (a field is a short entry; a hostile file's value is not laid out whole).
MAX_VALUE_CHARS = 2000
_HIDDEN_FLAGS = 2 | 32  # FPDF_ANNOT_FLAG_HIDDEN, FPDF_ANNOT_FLAG_NOVIEW


def field_chars(raw: Any, page: Any, left: float, top: float) -> list[Char]:
    """Return the characters of the page's filled text fields, shown from (``left``, ``top``) as the page's are."""
    chars: list[Char] = []
    for index in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue
        try:
            if (
                raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET
                or raw.FPDFAnnot_GetFlags(annot) & _HIDDEN_FLAGS
            ):
                continue
            value = _string(raw, annot, "V")
            rect = raw.FS_RECTF()
            if value.strip() and raw.FPDFAnnot_GetRect(annot, rect):
                chars += _laid_out(value[:MAX_VALUE_CHARS], rect, _size(_string(raw, annot, "DA"), rect), left, top)
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return chars


def _string(raw: Any, annot: Any, key: str) -> str:
    """Return a string entry of an annotation's dictionary ("" when it has none)."""
    needed = raw.FPDFAnnot_GetStringValue(annot, key.encode("ascii"), None, 0)
    if needed <= 2:
        return ""
    buffer = ctypes.create_string_buffer(needed)
    raw.FPDFAnnot_GetStringValue(
        annot, key.encode("ascii"), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), needed
    )
    return buffer.raw[: needed - 2].decode("utf-16-le", errors="replace")


def _size(appearance: str, rect: Any) -> float:
    """Return the field's font size: its default appearance's, or (auto-sized, 0) from the box's height."""
    match = _DA_SIZE_RE.search(appearance)
    size = float(match.group(1)) if match else 0.0
    height = abs(rect.top - rect.bottom)
    return size if size > 0 else max(1.0, min(MAX_FIELD_SIZE, AUTO_SIZE_SHARE * height))


def _laid_out(value: str, rect: Any, size: float, left: float, top: float) -> list[Char]:
    """Lay a value's lines out over the field's box from its top-left, each character an even share of the width."""
    x0, x1 = min(rect.left, rect.right), max(rect.left, rect.right)
    y1 = max(rect.top, rect.bottom)
    lines = [line for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    chars: list[Char] = []
    room = max(1.0, x1 - x0 - 2 * FIELD_PADDING)
    for number, line in enumerate(lines):
        width = min(CHAR_WIDTH_SHARE * size, room / max(1, len(line)))
        line_top = top - y1 + FIELD_PADDING + number * 1.2 * size
        for position, character in enumerate(line):
            start = x0 + FIELD_PADDING + position * width - left
            chars.append(
                {
                    "x0": start,
                    "x1": start + width,
                    "top": line_top,
                    "bottom": line_top + size,
                    "text": character,
                    "size": size,
                }
            )
    return chars
