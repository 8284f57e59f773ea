"""One quick look at a PDF before it is read: its fonts' names, and the pages that are scans.

pdfium lists each page's objects without laying any text out (and without pdfminer, which the
default engine never loads): a font named as TCVN3 or VNI sends the file to the legacy reader; a
page that draws images and no text is a scan, unless pdfium finds text on it after all
(:func:`extract.ocr_pdf.pages_to_ocr`); a page whose text is mostly not painted (text render
mode 3 or 7) over an image that fills the page is a scan with an OCR layer (a "searchable PDF",
as OCRmyPDF, Tesseract and scanner software write it). The probe runs for every engine, so all
of them read such pages by OCR alike.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extract.legacy import encoding_of_font
from extract.pdf_pdfium_chars import address_of, bare

#: How deep into form XObjects the probe looks for text and images.
PROBE_DEPTH = 3
#: An image covering this share of the page is the page itself, scanned (a scanner's page image fills
#: the page; a logo, photo or stamp on a digital page covers a small part of it).
SCAN_IMAGE_SHARE = 0.8
#: An image covering this share of a page of text may be the table drawn as a picture (a title typed
#: over a pasted screenshot of the table): said when no table is found.
PICTURE_SHARE = 0.3
#: Text render modes that paint nothing (ISO 32000 9.3.6): 3 invisible, 7 only adds to the clip.
#: An OCR layer over a page image is drawn in mode 3, so it can be searched and copied but not seen.
UNPAINTED_MODES = frozenset((3, 7))

#: A PDF matrix (a, b, c, d, e, f).
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class PdfProbe:
    """The legacy font names of a PDF and its scanned pages (1-based).

    ``image_pages`` draw images and no text; ``layered_pages`` are page images under a text layer
    that is mostly not painted (an OCR layer): both are read by OCR. ``hidden_pages`` are the
    other pages with some text not painted: mostly visible text, read as it is, with a warning.
    ``pictured_pages`` have text and an image over :data:`PICTURE_SHARE` of the page or more: where
    no table is found, the table may be that picture (its refusal suggests ``--ocr``).
    """

    legacy_fonts: frozenset[str]
    image_pages: tuple[int, ...]
    layered_pages: tuple[int, ...] = ()
    hidden_pages: tuple[int, ...] = ()
    pictured_pages: tuple[int, ...] = ()  # pages of painted text with an image over much of them (see PICTURE_SHARE)


def _font_name(calls: _ProbeCalls, font: int | None) -> str:
    """Return a pdfium font's base name ("ABCDEF+.VnTime"), "" when it has none."""
    size = calls.font_name(font, None, 0)
    if size <= 0:
        return ""
    buffer = ctypes.create_string_buffer(size)
    calls.font_name(font, ctypes.addressof(buffer), size)
    return buffer.value.decode("latin-1")


class _ProbeCalls:
    """pdfium's calls for a page's objects through bare addresses (:func:`~extract.pdf_pdfium_chars.bare`).

    A plan page draws thousands of objects: typed pointers made and checked for each cost more
    than the look itself.
    """

    def __init__(self, raw: Any) -> None:
        address, number, size = ctypes.c_void_p, ctypes.c_int, ctypes.c_ulong
        self.count_objects = bare(raw.FPDFPage_CountObjects, number, address)
        self.object = bare(raw.FPDFPage_GetObject, address, address, number)
        self.count_form_objects = bare(raw.FPDFFormObj_CountObjects, number, address)
        self.form_object = bare(raw.FPDFFormObj_GetObject, address, address, size)
        self.kind = bare(raw.FPDFPageObj_GetType, number, address)
        self.matrix = bare(raw.FPDFPageObj_GetMatrix, number, address, address)
        self.render_mode = bare(raw.FPDFTextObj_GetTextRenderMode, number, address)
        self.font = bare(raw.FPDFTextObj_GetFont, address, address)
        self.font_name = bare(raw.FPDFFont_GetBaseFontName, size, address, address, size)


@cache
def _probe_calls(raw: Any) -> _ProbeCalls:
    """Return the bare calls into the pdfium that ``raw`` (pypdfium2.raw) binds, made once."""
    return _ProbeCalls(raw)


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """Compose two PDF matrices: apply ``inner``, then ``outer``."""
    a, b, c, d, e, f = inner
    p, q, r, s, t, u = outer
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _matrix(raw: Any, calls: _ProbeCalls, obj: int) -> Matrix:
    """Return a page object's matrix (for an image: the unit square to its parent's space)."""
    m = raw.FS_MATRIX()
    if not calls.matrix(obj, ctypes.addressof(m)):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def image_area(m: Matrix) -> float:
    """Return the area an image drawn through matrix ``m`` (the unit square to page space) covers: its box's."""
    xs = (m[4], m[4] + m[0], m[4] + m[2], m[4] + m[0] + m[2])
    ys = (m[5], m[5] + m[1], m[5] + m[3], m[5] + m[1] + m[3])
    return (max(xs) - min(xs)) * (max(ys) - min(ys))


def _objects(
    raw: Any, calls: _ProbeCalls, parent: int, count: Any, get: Any, level: int, outer: Matrix = _IDENTITY
) -> Iterator[tuple[int, int, Matrix]]:
    """Yield the objects of a page or form (addresses, types, matrices to page space), :data:`PROBE_DEPTH` deep.

    pypdfium2's ``get_objects`` without a helper object per page object: a plan page draws thousands.
    """
    n_objects = count(parent)
    if n_objects < 0:
        msg = "pdfium cannot count the page's objects"
        raise ValueError(msg)
    form, image = raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_IMAGE
    for i in range(n_objects):
        obj = get(parent, i)
        if not obj:
            msg = "pdfium cannot give a page object"
            raise ValueError(msg)
        kind = calls.kind(obj)
        placed = kind in (form, image)  # only these two have a matrix that counts
        through = _compose(_matrix(raw, calls, obj), outer) if placed else outer
        yield obj, kind, through
        if kind == form and level < PROBE_DEPTH - 1:
            yield from _objects(raw, calls, obj, calls.count_form_objects, calls.form_object, level + 1, through)


@dataclass
class _PageLook:
    """What the probe saw on one page: its text objects, painted or not, and its largest image's share."""

    painted: int = 0
    unpainted: int = 0
    image_share: float = 0.0

    @property
    def image_only(self) -> bool:
        """Tell whether the page draws images and no text at all."""
        return self.image_share > 0 and not self.painted and not self.unpainted

    @property
    def layered(self) -> bool:
        """Tell whether the page is a page image under a text layer that is mostly not painted (an OCR layer)."""
        return self.image_share >= SCAN_IMAGE_SHARE and self.unpainted > self.painted


def _look_at(raw: Any, page: Any, legacy: set[str]) -> _PageLook:
    """Count a page's text objects, painted or not, and its largest image; add legacy font names to ``legacy``."""
    look = _PageLook()
    page_area = max(1.0, raw.FPDF_GetPageWidthF(page) * raw.FPDF_GetPageHeightF(page))
    names: dict[int | None, str] = {}  # font address -> base name: a page sets its text in a few fonts
    calls = _probe_calls(raw)
    for obj, kind, matrix in _objects(raw, calls, address_of(page), calls.count_objects, calls.object, 0):
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            if calls.render_mode(obj) in UNPAINTED_MODES:
                look.unpainted += 1
            else:
                look.painted += 1
            key = calls.font(obj)
            if key not in names:
                names[key] = _font_name(calls, key)
                if encoding_of_font(names[key]):
                    legacy.add(names[key])
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            look.image_share = max(look.image_share, image_area(matrix) / page_area, 1e-9)  # an image, however small
    return look


def probe_page(page: Any, number: int) -> PdfProbe:
    """Return the probe of one loaded page (a raw pdfium page) numbered ``number``: as :func:`probe_pdf` for it alone.

    Raises ValueError when pdfium cannot list the page's objects (:func:`_objects`).
    """
    import pypdfium2.raw as raw

    legacy: set[str] = set()
    look = _look_at(raw, page, legacy)
    image = (number,) if look.image_only else ()
    layered = (number,) if look.layered and not image else ()
    hidden = (number,) if look.unpainted and not image and not layered else ()
    pictured = (number,) if look.painted and look.image_share >= PICTURE_SHARE and not layered else ()
    return PdfProbe(frozenset(legacy), image, layered, hidden, pictured)


def joined_probes(parts: Sequence[PdfProbe | None]) -> PdfProbe:
    """Join the probes of a PDF's pages or page ranges, in page order; one that stopped (None) leaves it empty."""
    if any(part is None for part in parts):
        return PdfProbe(frozenset(), ())
    found = [part for part in parts if part is not None]
    return PdfProbe(
        frozenset().union(*(p.legacy_fonts for p in found)),
        tuple(n for p in found for n in p.image_pages),
        tuple(n for p in found for n in p.layered_pages),
        tuple(n for p in found for n in p.hidden_pages),
        tuple(n for p in found for n in p.pictured_pages),
    )


def probe_pdf(path: Path, password: str | None) -> PdfProbe:
    """Look at every page's objects with pdfium; a file pdfium cannot open gives an empty probe.

    The reader that opens the file next gives the error to show. A page counts as an image page
    when it draws images and no text at all, as a layered page when its text objects are mostly
    not painted and an image covers :data:`SCAN_IMAGE_SHARE` of it, as a hidden-text page when
    it has some text not painted otherwise.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except Exception:  # a probe only: the reader that opens the file next gives the error to show
        return PdfProbe(frozenset(), ())
    parts: list[PdfProbe | None] = []
    try:
        for number in range(1, len(pdf) + 1):
            page = pdf[number - 1]
            parts.append(probe_page(page.raw, number))
            page.close()
    except Exception:  # a probe only, as above
        return PdfProbe(frozenset(), ())
    finally:
        pdf.close()
    return joined_probes(parts)
