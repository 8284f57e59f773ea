"""A PDF page's annotations: filled form fields read as characters where the page shows them, comments quoted.

Some offices fill a template: a deadline typed into a text field over an empty cell. The value
is drawn by the field's widget annotation, not by the page's content, so the text layer does not
hold it; read without it the cell comes out empty with no word. Each text field's value (``/V``)
becomes characters laid out evenly over its box, one line per line of the value, sized as its
default appearance (``/DA``) sets the font: enough for the cell reader to place them.

A reviewer's comments (a sticky note, a text box typed over a cell, a highlight with a remark) are
not the plan's text, but the page shows them: their text is handed to :mod:`extract.unseen`, which
says on which page it was left out, quoting it. Both engines read both, in one pass over a page's
annotations: pdfium through its annotation and form calls, pdfplumber from pdfminer's objects.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

#: A character as the PDF readers give them (:mod:`extract.pdf_objects`' ``Char``).
Char = dict[str, Any]

#: A widget's font size in its default appearance string ("/Helv 10 Tf 0 g"); 0 means auto-size.
_DA_SIZE_RE = re.compile(r"(\d+(?:\.\d+)?)\s+Tf")
#: The share of the font size a character is taken to be wide, and the room (pt) kept inside the box.
CHAR_WIDTH_SHARE = 0.5
FIELD_PADDING = 2.0
#: The size of an auto-sized field's text: the box's height times this, at most MAX_FIELD_SIZE.
AUTO_SIZE_SHARE = 0.7
MAX_FIELD_SIZE = 12.0
#: The longest value or comment read (a field is a short entry; a hostile file's is not read whole).
MAX_VALUE_CHARS = 2000
_HIDDEN_FLAGS = 2 | 32  # FPDF_ANNOT_FLAG_HIDDEN, FPDF_ANNOT_FLAG_NOVIEW
#: Annotations whose /Contents is no comment on the page: a link, a comment's pop-up window (its
#: parent holds the text), a form field's widget (its value is read as characters).
_NOT_COMMENTS = frozenset({"Link", "Popup", "Widget"})
#: pdfium's numbers of those subtypes (FPDF_ANNOT_LINK, FPDF_ANNOT_POPUP, FPDF_ANNOT_WIDGET).
_NOT_COMMENT_CODES = frozenset({2, 16, 20})
_WIDGET_CODE = 20
#: Form fields whose value is text a page shows (FPDF_FORMFIELD_COMBOBOX, _LISTBOX, _TEXTFIELD).
_TEXT_FIELD_TYPES = frozenset({4, 5, 6})


def page_annotations(raw: Any, page: Any, left: float, top: float, form: Any = None) -> tuple[list[Char], list[str]]:
    """Return a pdfium page's filled text fields as characters shown from (``left``, ``top``), and its comments' text.

    A field's value is drawn along its box in page space, as its appearance draws it: a page turned
    by /Rotate takes them with its other characters (``left`` 0.0, ``top`` -0.0) to turn them.
    With the document's form handle (``form``: pypdfium2's ``formenv.raw``), a field's value and
    size are the field's, inherited from its parent field where the widget has none, and only a
    text field or a list's choice is read (a checkbox's "Yes" is no text); without one, the widget's own.
    """
    chars: list[Char] = []
    comments: list[str] = []
    for annot, subtype in _pdfium_annots(raw, page):
        if subtype not in _NOT_COMMENT_CODES and (text := " ".join(_string(raw, annot, "Contents").split())):
            comments.append(text[:MAX_VALUE_CHARS])
        if subtype != _WIDGET_CODE:
            continue
        if form is not None:
            if raw.FPDFAnnot_GetFormFieldType(form, annot) not in _TEXT_FIELD_TYPES:
                continue
            value, font_size = _form_value(raw, form, annot), ctypes.c_float()
            size = font_size.value if raw.FPDFAnnot_GetFontSize(form, annot, ctypes.byref(font_size)) else 0.0
        else:
            value, size = _string(raw, annot, "V"), _appearance_size(_string(raw, annot, "DA"))
        rect = raw.FS_RECTF()
        if value.strip() and raw.FPDFAnnot_GetRect(annot, rect):
            x0, x1 = min(rect.left, rect.right) - left, max(rect.left, rect.right) - left
            size = _shown_size(size, rect.top - rect.bottom)
            chars += _laid_out(value, x0, x1, top - max(rect.top, rect.bottom), size)
    return chars, comments


def _form_value(raw: Any, form: Any, annot: Any) -> str:
    """Return a widget's field value as pdfium's form layer gives it (inherited from the field's parents)."""
    needed = raw.FPDFAnnot_GetFormFieldValue(form, annot, None, 0)
    if needed <= 2:
        return ""
    buffer = ctypes.create_string_buffer(needed)
    raw.FPDFAnnot_GetFormFieldValue(form, annot, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), needed)
    return buffer.raw[: needed - 2].decode("utf-16-le", errors="replace")


def _pdfium_annots(raw: Any, page: Any) -> Any:
    """Yield each shown annotation of a pdfium page with its subtype's number; each is closed after its turn."""
    for index in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue
        try:
            if not raw.FPDFAnnot_GetFlags(annot) & _HIDDEN_FLAGS:
                yield annot, raw.FPDFAnnot_GetSubtype(annot)
        finally:
            raw.FPDFPage_CloseAnnot(annot)


def _string(raw: Any, annot: Any, key: str) -> str:
    """Return a string entry of a pdfium annotation's dictionary ("" when it has none)."""
    needed = raw.FPDFAnnot_GetStringValue(annot, key.encode("ascii"), None, 0)
    if needed <= 2:
        return ""
    buffer = ctypes.create_string_buffer(needed)
    raw.FPDFAnnot_GetStringValue(
        annot, key.encode("ascii"), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), needed
    )
    return buffer.raw[: needed - 2].decode("utf-16-le", errors="replace")


def plumber_annotations(page: Any) -> tuple[list[Char], list[str]]:
    """Return a pdfplumber page's filled text fields as characters in page space, and its comments' text.

    The characters are in page space (x, and -y for top and bottom), laid out as
    :func:`page_annotations` lays them; :func:`extract.pdf_objects.page_objects` shows them as
    pdfminer shows the page's characters (its /Rotate applied). A field's value, appearance and
    type may sit on its parent field (a widget is then a kid of it): they are inherited, as a PDF
    viewer inherits them.
    """
    from pdfminer.pdftypes import resolve1

    chars: list[Char] = []
    comments: list[str] = []
    for data in _plumber_annots(page):
        subtype = _name(data.get("Subtype"))
        if subtype not in _NOT_COMMENTS and (text := " ".join(_pdf_text(resolve1(data.get("Contents"))).split())):
            comments.append(text[:MAX_VALUE_CHARS])
        if subtype != "Widget" or _name(_inherited(data, "FT")) not in ("Tx", "Ch", ""):
            continue
        value, rect = _pdf_text(_inherited(data, "V")), _rect(data)
        if value.strip() and rect is not None:
            x0, y0, x1, y1 = rect
            size = _shown_size(_appearance_size(_pdf_text(_inherited(data, "DA"))), y1 - y0)
            chars += _laid_out(value, x0, x1, -y1, size)
    return chars, comments


#: The most parent fields a widget's value is looked for in (a form nests fields a few deep).
MAX_FIELD_DEPTH = 8


def _plumber_annots(page: Any) -> list[dict[str, Any]]:
    """Return a pdfplumber page's shown annotations, each dictionary resolved one level.

    pdfminer's objects are read directly, not pdfplumber's ``page.annots``: that resolves every
    reference inside (a widget's ``/Parent`` leads to its ``/Kids`` and back) and fails on it.
    """
    from pdfminer.pdftypes import resolve1

    annots = resolve1(getattr(page.page_obj, "annots", None))
    found = []
    for ref in annots if isinstance(annots, list) else []:
        try:
            data = resolve1(ref)
        except Exception:  # noqa: BLE001 - one damaged annotation is no reason to lose the others
            continue
        if isinstance(data, dict) and not _flags(data) & _HIDDEN_FLAGS:
            found.append(data)
    return found


def _inherited(data: dict[str, Any], key: str) -> Any:
    """Return a field entry from the widget or the nearest parent field that has it (None if none does)."""
    from pdfminer.pdftypes import resolve1

    node: Any = data
    for _ in range(MAX_FIELD_DEPTH):
        if not isinstance(node, dict):
            return None
        if key in node:
            return resolve1(node[key])
        node = resolve1(node.get("Parent"))
    return None


def _rect(data: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """Return an annotation's rectangle in PDF space, ordered (x0, y0, x1, y1); None when it has no usable one."""
    from pdfminer.pdftypes import resolve1

    rect = resolve1(data.get("Rect"))
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    values = [resolve1(v) for v in rect]
    if not all(isinstance(v, int | float) for v in values):
        return None
    a, b, c, d = (float(v) for v in values)
    return min(a, c), min(b, d), max(a, c), max(b, d)


def _flags(data: dict[str, Any]) -> int:
    flags = data.get("F", 0)
    return flags if isinstance(flags, int) else 0


def _name(value: Any) -> str:
    """Return a PDF name as text (pdfminer gives a ``PSLiteral``)."""
    return str(getattr(value, "name", value) or "")


def _pdf_text(value: Any) -> str:
    """Return a PDF text string as text: UTF-16 with its byte-order mark, UTF-8 with its own, else PDFDocEncoding."""
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        return ""
    if value.startswith((b"\xfe\xff", b"\xff\xfe")):
        return value.decode("utf-16", errors="replace")
    if value.startswith(b"\xef\xbb\xbf"):
        return value[3:].decode("utf-8", errors="replace")
    from pdfminer.utils import decode_text

    return decode_text(value)


def _appearance_size(appearance: str) -> float:
    """Return the font size a default appearance string sets ("/Helv 10 Tf 0 g": 10), 0.0 for auto-size or none."""
    match = _DA_SIZE_RE.search(appearance)
    return float(match.group(1)) if match else 0.0


def _shown_size(size: float, height: float) -> float:
    """Return a field's text size: its own, or for an auto-sized one (0) a share of its box's height."""
    return size if size > 0 else max(1.0, min(MAX_FIELD_SIZE, AUTO_SIZE_SHARE * abs(height)))


def _laid_out(value: str, x0: float, x1: float, top: float, size: float) -> list[Char]:
    """Lay a value's lines out over a field's box (as shown: ``x0``-``x1``, ``top``), each character an even share."""
    value = value[:MAX_VALUE_CHARS]
    lines = [line for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    chars: list[Char] = []
    room = max(1.0, x1 - x0 - 2 * FIELD_PADDING)
    for number, line in enumerate(lines):
        width = min(CHAR_WIDTH_SHARE * size, room / max(1, len(line)))
        line_top = top + FIELD_PADDING + number * 1.2 * size
        for position, character in enumerate(line):
            start = x0 + FIELD_PADDING + position * width
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
