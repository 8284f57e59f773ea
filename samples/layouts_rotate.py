"""Deliver landscape pages as portrait pages with ``/Rotate``, as scanners' and printers' PDF tools do.

Each landscape page of a PDF becomes a portrait page whose content is turned the other way, with
``/Rotate`` 90 or 270 in its page dictionary, so a viewer shows exactly the page the reader saw
before; portrait pages are copied unchanged. Uses pypdf.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PageObject, PdfWriter, Transformation
from pypdf.generic import RectangleObject


def _portrait_with_rotate(page: PageObject, rotate: int, exact: bool) -> None:
    """Turn a landscape page's content against ``rotate`` (clockwise degrees) and set ``/Rotate``.

    ``exact`` writes the turn as the integers it is; otherwise as pypdf's ``rotate()`` computes
    it, with cos 90 degrees = 6.1e-17, the floating-point noise many PDF tools leave in a matrix.
    """
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    left, bottom = float(page.mediabox.left), float(page.mediabox.bottom)
    if exact:  # (x, y) -> (height - y, x) for 90, (y, width - x) for 270, from the box's corner
        ctm = (0, 1, -1, 0, height + bottom, -left) if rotate == 90 else (0, -1, 1, 0, -bottom, width + left)
        turn = Transformation(ctm)
    elif rotate == 90:  # the viewer turns the page clockwise: draw the content turned counter-clockwise
        turn = Transformation().translate(-left, -bottom).rotate(90).translate(height, 0)
    else:
        turn = Transformation().translate(-left, -bottom).rotate(-90).translate(0, width)
    page.add_transformation(turn)
    box = RectangleObject([0, 0, height, width])
    page.mediabox = box
    page.cropbox = box
    page.trimbox = box
    page.bleedbox = box
    page.artbox = box
    page.rotation = rotate


def rotate_landscape_pages(source: Path, dest: Path, rotate: int, exact: bool = True) -> Path:
    """Write ``source`` to ``dest`` with every landscape page stored portrait under ``/Rotate`` ``rotate``."""
    if rotate not in (90, 270):
        msg = f"rotate must be 90 or 270, not {rotate}"
        raise ValueError(msg)
    writer = PdfWriter(clone_from=str(source))
    for page in writer.pages:
        if page.rotation == 0 and float(page.mediabox.width) > float(page.mediabox.height):
            _portrait_with_rotate(page, rotate, exact)
            page.compress_content_streams()
    writer.add_metadata({"/Producer": f"pypdf: landscape pages as portrait with /Rotate {rotate}"})
    with dest.open("wb") as handle:
        writer.write(handle)
    return dest
