"""A scan lying turned: the image is turned upright as Tesseract's "Rotate" says, and rows go back to the scan.

The geometry is checked against numpy itself: a mark drawn where a row lies on the upright page
is found on the scan (the upright image turned back), where :func:`as_scanned` puts the row.
"""

from __future__ import annotations

import numpy as np
import pytest

from core.model import PhysicalRow
from extract.ocr_turn import as_scanned, turned_image

DPI = 72.0  # one pixel a point: boxes and pixels are the same numbers


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_rows_box_on_the_upright_page_is_its_region_of_the_scan(turn: int) -> None:
    scan = np.zeros((60, 100), np.uint8)  # a page as scanned, 100 pt wide, 60 high
    upright = turned_image(scan, turn)
    height, width = upright.shape
    row = PhysicalRow(page=1, cells={}, x0=5.0, x1=20.0, top=30.0, bottom=38.0)
    upright[30:38, 5:20] = 255  # the row's region, marked on the upright page
    back = np.rot90(upright, turn // 90)  # turned back as it was scanned (rot90 counter-clockwise)
    assert back.shape == scan.shape
    rows, cols = np.nonzero(back)
    found = (cols.min(), rows.min(), cols.max() + 1, rows.max() + 1)  # x0, top, x1, bottom
    moved = as_scanned(row, turn, (float(width), float(height)))
    assert (moved.x0, moved.top, moved.x1, moved.bottom) == found


def test_tesseracts_rotate_90_turns_the_image_clockwise() -> None:
    # Tesseract's "Rotate: 90" for a page lying with its top to the left: turned clockwise, the top is up
    lying = np.zeros((100, 60), np.uint8)
    lying[40:60, 0:5] = 255  # the page's top edge, at the left of the scan
    upright = turned_image(lying, 90)
    rows, _ = np.nonzero(upright)
    assert upright.shape == (60, 100) and rows.max() < 5
