"""One quick look at a PDF before it is read: its fonts' names, and the pages that are only images.

The page resources (pdfminer, without laying any text out) name each page's fonts and images:
a font named as TCVN3 or VNI sends the file to the legacy reader; a page with images and no
font is a scan, unless pdfium finds text on it after all (:func:`extract.ocr_pdf.pages_to_ocr`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.legacy import encoding_of_font


@dataclass(frozen=True)
class PdfProbe:
    """The legacy font names of a PDF, and its pages (1-based) with images but no font."""

    legacy_fonts: frozenset[str]
    image_pages: tuple[int, ...]


def _names(resources: Any, kind: str) -> list[Any]:
    from pdfminer.pdftypes import resolve1

    found = resolve1((resources or {}).get(kind)) or {}
    return [resolve1(spec) for spec in found.values()] if isinstance(found, dict) else []


def probe_pdf(path: Path, password: str | None) -> PdfProbe:
    """Read every page's resources; a file pdfminer cannot open gives an empty probe.

    The reader that opens the file next gives the error to show.
    """
    import pdfplumber
    from pdfminer.psparser import literal_name

    legacy: set[str] = set()
    image_pages: list[int] = []
    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                resources = page.page_obj.resources
                fonts = _names(resources, "Font")
                for font in fonts:
                    base = font.get("BaseFont") if isinstance(font, dict) else None
                    name = literal_name(base) if base is not None else ""
                    if encoding_of_font(name):
                        legacy.add(name)
                if not fonts and _names(resources, "XObject"):
                    image_pages.append(number)
    except Exception:  # a probe only: the reader that opens the file next gives the error to show
        return PdfProbe(frozenset(), ())
    return PdfProbe(frozenset(legacy), tuple(image_pages))
