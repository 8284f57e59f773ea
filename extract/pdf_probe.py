"""One quick look at a PDF before it is read: its fonts' names, and the pages that are only images.

pdfium lists each page's objects without laying any text out (and without pdfminer, which the
default engine never loads): a font named as TCVN3 or VNI sends the file to the legacy reader; a
page that draws images and no text is a scan, unless pdfium finds text on it after all
(:func:`extract.ocr_pdf.pages_to_ocr`).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.legacy import encoding_of_font

#: How deep into form XObjects the probe looks for text and images.
PROBE_DEPTH = 3


@dataclass(frozen=True)
class PdfProbe:
    """The legacy font names of a PDF, and its pages (1-based) with images but no font."""

    legacy_fonts: frozenset[str]
    image_pages: tuple[int, ...]


def _font_name(font: Any) -> str:
    """Return a pdfium font's base name ("ABCDEF+.VnTime"), "" when it has none."""
    import pypdfium2.raw as raw

    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    if size <= 0:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("latin-1")


def _objects(raw: Any, parent: Any, count: Any, get: Any, level: int) -> Iterator[tuple[Any, int]]:
    """Yield the objects of a page or form (raw handles, with their types), into forms :data:`PROBE_DEPTH` deep.

    pypdfium2's ``get_objects`` without a helper object per page object: a plan page draws thousands.
    """
    n_objects = count(parent)
    if n_objects < 0:
        msg = "pdfium cannot count the page's objects"
        raise ValueError(msg)
    for i in range(n_objects):
        obj = get(parent, i)
        if not obj:
            msg = "pdfium cannot give a page object"
            raise ValueError(msg)
        kind = raw.FPDFPageObj_GetType(obj)
        yield obj, kind
        if kind == raw.FPDF_PAGEOBJ_FORM and level < PROBE_DEPTH - 1:
            yield from _objects(raw, obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, level + 1)


def probe_page(page: Any) -> tuple[frozenset[str], bool]:
    """Return the legacy font names a loaded page (a raw pdfium page) sets text in, and whether it is an image page.

    Raises ValueError when pdfium cannot list the page's objects (:func:`_objects`).
    """
    import pypdfium2.raw as raw

    legacy: set[str] = set()
    text = image = False
    names: dict[int | None, str] = {}  # font address -> base name: a page sets its text in a few fonts
    for obj, kind in _objects(raw, page, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, 0):
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            text = True
            font = raw.FPDFTextObj_GetFont(obj)
            key = ctypes.cast(font, ctypes.c_void_p).value
            if key not in names:
                names[key] = _font_name(font)
                if encoding_of_font(names[key]):
                    legacy.add(names[key])
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            image = True
    return frozenset(legacy), image and not text


def joined_probes(parts: Sequence[PdfProbe | None]) -> PdfProbe:
    """Join the probes of a PDF's page ranges, in page order; one that stopped (None) leaves it empty, as probe_pdf."""
    if any(part is None for part in parts):
        return PdfProbe(frozenset(), ())
    found = [part for part in parts if part is not None]
    return PdfProbe(frozenset().union(*(p.legacy_fonts for p in found)), tuple(n for p in found for n in p.image_pages))


def probe_pdf(path: Path, password: str | None) -> PdfProbe:
    """Look at every page's objects with pdfium; a file pdfium cannot open gives an empty probe.

    The reader that opens the file next gives the error to show. A page counts as an image page
    when it draws images and no text at all (a scan with an invisible text layer has text).
    """
    import pypdfium2 as pdfium

    legacy: set[str] = set()
    image_pages: list[int] = []
    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except Exception:  # a probe only: the reader that opens the file next gives the error to show
        return PdfProbe(frozenset(), ())
    try:
        for number in range(1, len(pdf) + 1):
            page = pdf[number - 1]
            fonts, image_only = probe_page(page.raw)
            legacy |= fonts
            image_pages += [number] if image_only else []
            page.close()
    except Exception:  # a probe only, as above
        return PdfProbe(frozenset(), ())
    finally:
        pdf.close()
    return PdfProbe(frozenset(legacy), tuple(image_pages))
