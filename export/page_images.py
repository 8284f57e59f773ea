"""Page crops for the review page: the region of a PDF page each row came from, as small PNG images.

Boxes are in PDF points from the page's top-left (:class:`core.model.Box`); pdfium renders each
page with rows once, in grey, and the rows' crops are cut from it (a render of each crop alone
costs as much: the time goes to the pixels), in 16 greys, which is all a reader needs to compare
text and keeps the review page small.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from isal import isal_zlib

from core.errors import ExportError
from core.model import Box

if TYPE_CHECKING:
    from PIL import Image

#: Pixels per PDF point: 1.6 (115 dpi) keeps Vietnamese marks legible at 12 pt and below.
RENDER_SCALE = 1.6
#: Pixels a rendered page may hold: a page too large for it (a plan scaled to 14,400 pt, a poster)
#: is rendered at the scale that fits, its text as large on the crop as on a usual page
#: (samples/audit26 F2: 530 megapixels at :data:`RENDER_SCALE`, 1.1 GB, refused by Pillow).
MAX_PAGE_PIXELS = 16_000_000
#: White space (pt) kept around a box, so the rules around the row show.
CROP_MARGIN = 4.0
#: Pixels of rendered pages a helper keeps while it waits for the boxes to cut from them: about 9
#: landscape A4 pages in grey (12 MB), what it renders in the time the rows are chained and
#: joined, which it would otherwise spend waiting.
HELD_PIXELS = 12_000_000
#: Grey levels kept in a crop: text needs few, and a PNG of 16 greys compresses to about 20 KB a row.
GREY_LEVELS = 16
#: Maps each of 256 greys to the index of the nearest lower of :data:`GREY_LEVELS` evenly spaced greys.
_GREY_INDEX = [v * GREY_LEVELS // 256 for v in range(256)]
#: The palette of those greys (white stays 255): a crop is a 4-bit palette PNG, half the bytes of
#: an 8-bit grey one to compress.
_GREY_PALETTE = [level * (255 // (GREY_LEVELS - 1)) for level in range(GREY_LEVELS) for _ in range(3)]
#: ISA-L's deflate level of the crops: its level 1 is a fifth of zlib level 1's time, and ~7% fewer bytes
#: (60 crops of a 26-page plan: 13 ms and 1,393 KB against 62 ms and 1,503 KB).
PNG_COMPRESS_LEVEL = 1
#: The PNG file signature, and a crop's header after its size: 4 bits a pixel, colour type 3
#: (palette), deflate, PNG's one filter method, no interlacing.
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_4BIT_PALETTE = bytes((4, 3, 0, 0, 0))
#: The filter byte opening each row of a crop: 0, none (see :func:`image_to_png`).
_NO_FILTER = b"\x00"


class PageImageError(ExportError):
    """The PDF could not be opened or rendered (encrypted, damaged, gone): the review page goes without images."""


def render_page(page: pdfium.PdfPage) -> Image.Image:
    """Render a whole page in grey (mode "L") at :data:`RENDER_SCALE`, or the scale that fits :data:`MAX_PAGE_PIXELS`.

    Its crops are cut from it; the scale is kept in the image's ``info["scale"]``.
    """
    width, height = page.get_size()
    scale = min(RENDER_SCALE, math.sqrt(MAX_PAGE_PIXELS / max(1.0, width * height)))
    image: Image.Image = page.render(scale=scale, grayscale=True).to_pil()
    image.info["scale"] = scale
    return image


def cut_crop(rendered: Image.Image, page_size: tuple[float, float], box: Box) -> Image.Image:
    """Cut one box (with :data:`CROP_MARGIN` around it) out of its rendered page, as a palette image of greys.

    The edges are whole pixels, rounded as pypdfium2 rounds a cropped render's, so the crop holds
    the pixels pdfium would draw for that region alone (a rule's antialiasing may differ by a grey).
    """
    width, height = page_size
    scale = rendered.info.get("scale", RENDER_SCALE)
    left, top = _pixels(box.x0 - CROP_MARGIN, scale), _pixels(box.top - CROP_MARGIN, scale)
    right = rendered.width - _pixels(width - box.x1 - CROP_MARGIN, scale)
    bottom = rendered.height - _pixels(height - box.bottom - CROP_MARGIN, scale)
    if right <= left or bottom <= top:
        msg = f"a row's box {box} lies outside its page ({width:g} x {height:g} pt)"
        raise PageImageError(msg)
    indexed = rendered.crop((left, top, right, bottom)).point(_GREY_INDEX)
    indexed.putpalette(_GREY_PALETTE, rawmode="RGB")  # the grey indices become a palette image, in place
    return indexed


def _pixels(points: float, scale: float) -> int:
    """Return a crop edge's distance in whole pixels from the page's edge (none below zero)."""
    return math.ceil(max(0.0, points) * scale)


def image_to_png(image: Image.Image) -> bytes:
    """Encode a crop (a palette image of :data:`GREY_LEVELS` greys) as a 4-bit palette PNG.

    Every row is stored unfiltered: PIL's encoder picks a filter for each row, which took longer
    than the deflating and saves under 1% of the bytes on 16 greys. The data is deflated by ISA-L
    (a zlib stream, as PNG wants): the bytes depend on the pixels and ISA-L only.
    """
    width, height = image.size
    packed = image.tobytes("raw", "P;4")
    stride = (width + 1) // 2  # two pixels a byte, a row padded to whole bytes
    rows = b"".join(_NO_FILTER + packed[at : at + stride] for at in range(0, stride * height, stride))
    return b"".join(
        (
            _PNG_SIGNATURE,
            _png_chunk(b"IHDR", struct.pack(">II", width, height) + _PNG_4BIT_PALETTE),
            _png_chunk(b"PLTE", bytes(_GREY_PALETTE)),
            _png_chunk(b"IDAT", isal_zlib.compress(rows, PNG_COMPRESS_LEVEL)),
            _png_chunk(b"IEND", b""),
        )
    )


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    """Return one PNG chunk: its length, type, data and the CRC-32 of type and data."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def crop_order(boxes: Iterable[Box]) -> list[Box]:
    """Return the boxes to crop, each once, page by page from the top: the order crops are rendered and kept in."""
    return sorted(set(boxes), key=lambda b: (b.page, b.top))


def render_crops(pdf_path: Path, boxes: Iterable[Box], turns: Iterable[int] | None = None) -> dict[Box, bytes]:
    """Return a PNG for every box, in :func:`crop_order`; raise :class:`PageImageError` when the PDF will not render.

    Each page with boxes is rendered once and its boxes are cut from it. With ``turns``
    (:class:`core.process.Turns` over the PDF's pages, 0-based), only the pages this process
    takes: two processes share a document's crops.
    """
    order = crop_order(boxes)
    encoded = render_crops_ahead(pdf_path, lambda: order, lambda: True, turns)
    return {box: encoded[box] for box in order if box in encoded}


def render_crops_ahead(
    pdf_path: Path,
    boxes: Callable[[], Iterable[Box]],
    known: Callable[[], bool],
    turns: Iterable[int] | None = None,
    held: int = HELD_PIXELS,
) -> dict[Box, bytes]:
    """Render pages before the boxes to cut are known, then cut each page's boxes; return a PNG for every box.

    ``known()`` tells whether the boxes have come, ``boxes()`` waits for them: until they come,
    each page this process takes (every page, or its ``turns``) is rendered and kept, up to
    ``held`` pixels; then their boxes are cut and the pages without boxes are no longer rendered.
    A helper started as soon as a document's pages are read so renders while its rows are still
    being found. Raise :class:`PageImageError` when the PDF will not render or a box is off its pages.
    """
    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except (pdfium.PdfiumError, OSError) as exc:
        msg = f"{pdf_path}: cannot render its pages ({exc})"
        raise PageImageError(msg) from exc
    encoded: dict[Box, bytes] = {}
    kept: list[tuple[int, pdfium.PdfPage, Image.Image]] = []
    kept_pixels = 0
    by_page: dict[int, list[Box]] | None = None

    def cut_kept() -> dict[int, list[Box]]:
        """Wait for the boxes, cut those of the pages kept so far, and return the boxes by page."""
        found = _by_page(boxes(), len(pdf), pdf_path)
        for kept_index, kept_page, image in kept:
            encoded.update(_cut(kept_index, kept_page, image, found))
        kept.clear()
        return found

    try:
        for index in range(len(pdf)) if turns is None else turns:
            if index >= len(pdf):
                break
            if by_page is None and (known() or kept_pixels >= held):
                by_page = cut_kept()
            if by_page is not None and index + 1 not in by_page:
                continue
            page = pdf[index]
            if by_page is None:
                image = render_page(page)
                kept.append((index, page, image))
                kept_pixels += image.width * image.height
            else:
                encoded |= _cut(index, page, render_page(page), by_page)
        if by_page is None:
            cut_kept()
    except pdfium.PdfiumError as exc:
        msg = f"{pdf_path}: cannot render its pages ({exc})"
        raise PageImageError(msg) from exc
    finally:
        pdf.close()
    return encoded


def _by_page(boxes: Iterable[Box], pages: int, pdf_path: Path) -> dict[int, list[Box]]:
    """Group the boxes by page (1-based), each page's from the top; raise :class:`PageImageError` for one off them."""
    by_page: dict[int, list[Box]] = {}
    for box in crop_order(boxes):
        if not 1 <= box.page <= pages:
            msg = f"{pdf_path}: a row lies on page {box.page}, but the file has {pages} pages"
            raise PageImageError(msg)
        by_page.setdefault(box.page, []).append(box)
    return by_page


def _cut(index: int, page: pdfium.PdfPage, rendered: Image.Image, by_page: dict[int, list[Box]]) -> dict[Box, bytes]:
    """Cut and encode the boxes of one rendered page (``index`` 0-based)."""
    size = page.get_size()
    return {box: image_to_png(cut_crop(rendered, size, box)) for box in by_page.get(index + 1, ())}
