"""Page crops for the review page: the region of a PDF page each row came from, as small PNG images.

Boxes are in PDF points from the page's top-left (:class:`core.model.Box`); pdfium renders only
the cropped region of each page, in grey, which is all a reader needs to compare text and keeps
the review page small.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
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
#: White space (pt) kept around a box, so the rules around the row show.
CROP_MARGIN = 4.0
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


def crop_to_png(page: pdfium.PdfPage, box: Box) -> bytes:
    """Render one box of a page (with :data:`CROP_MARGIN` around it) as a 4-bit PNG of :data:`GREY_LEVELS` greys."""
    return image_to_png(render_crop(page, box))


def render_crop(page: pdfium.PdfPage, box: Box) -> Image.Image:
    """Render one box of a page (with :data:`CROP_MARGIN` around it) as a palette image of :data:`GREY_LEVELS` greys."""
    width, height = page.get_size()
    crop = (
        max(0.0, box.x0 - CROP_MARGIN),
        max(0.0, height - box.bottom - CROP_MARGIN),
        max(0.0, width - box.x1 - CROP_MARGIN),
        max(0.0, box.top - CROP_MARGIN),
    )
    image: Image.Image = page.render(scale=RENDER_SCALE, crop=crop, grayscale=True).to_pil()  # mode "L"
    indexed = image.point(_GREY_INDEX)
    indexed.putpalette(_GREY_PALETTE, rawmode="RGB")  # the grey indices become a palette image, in place
    return indexed


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
    """Return a PNG for every box, each page opened once; raise :class:`PageImageError` when the PDF will not render.

    With ``turns`` (:class:`core.process.Turns` over :func:`crop_order`), only the boxes this
    process takes its turn at: two processes share a document's crops.
    """
    order = crop_order(boxes)
    wanted = order if turns is None else (order[index] for index in turns)
    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except (pdfium.PdfiumError, OSError) as exc:
        msg = f"{pdf_path}: cannot render its pages ({exc})"
        raise PageImageError(msg) from exc
    encoded: dict[Box, bytes] = {}
    try:
        current: tuple[int, pdfium.PdfPage] | None = None
        for box in wanted:
            if not 1 <= box.page <= len(pdf):
                msg = f"{pdf_path}: a row lies on page {box.page}, but the file has {len(pdf)} pages"
                raise PageImageError(msg)
            if current is None or current[0] != box.page:
                current = (box.page, pdf[box.page - 1])
            encoded[box] = crop_to_png(current[1], box)
    finally:
        pdf.close()
    return encoded
