"""A page scanned sideways or upside down: found by Tesseract's orientation detection, read turned upright.

A clerk feeds a landscape page in sideways, or a sheet upside down; read as it lies, the page
gives a few words of low confidence and its rows vanish (samples/audit15 s05: four rows lost with
no word). A page read with low confidence is asked of Tesseract's orientation and script detection
(``--psm 0``, the ``osd`` model Debian's tesseract-ocr installs); the turn it names is taken only
when reading the page turned gives clearly surer words, so a table Tesseract misjudges (two pages
side by side, called upside down) stays as it was read. The rows of a turned page keep their
boxes on the page as scanned, so the review page's crops show the region they came from.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from statistics import fmean
from typing import Any

from core.model import PhysicalRow
from extract.ocr import PAGE_TIMEOUT, Word, tesseract_command

#: A page whose words are read with a mean confidence (0-100) under this is checked for a turn:
#: an upright scan reads at 85-96, one lying sideways at 40-50.
TURN_CHECK_CONFIDENCE = 80.0
#: The resolution (dpi) the orientation is detected at: at 100 dpi a table page's small text left
#: Tesseract unsure (confidence 1.4 for an upside-down page), at 150 it is sure (10).
TURN_DPI = 150
#: The least orientation confidence Tesseract gives a turn that is tried.
MIN_TURN_CONFIDENCE = 1.5
#: A turned reading is kept when its mean word confidence is at least this much higher.
TURN_GAIN = 10.0
_ROTATE_RE = re.compile(r"Rotate:\s*(\d+)")
_CONFIDENCE_RE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def mean_confidence(words: Sequence[Word]) -> float:
    """Return the mean confidence of a page's words, 0.0 when it has none."""
    return fmean(w.confidence for w in words) if words else 0.0


def detected_turn(gray: Any, dpi: float) -> int:
    """Return the turn (0, 90, 180, 270 degrees clockwise, Tesseract's "Rotate") that sets a page upright, 0 if unsure.

    ``gray`` is the page rendered at ``dpi``. A Tesseract without the ``osd`` model, or one that
    finds no script, gives 0: the page is read as it lies.
    """
    import cv2

    scale = TURN_DPI / dpi
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    with tempfile.TemporaryDirectory(prefix="phuluc-osd-") as tmp:
        image = Path(tmp) / "page.png"
        cv2.imwrite(str(image), small)
        command = [tesseract_command(), str(image), "stdout", "--psm", "0", "--dpi", str(min(TURN_DPI, round(dpi)))]
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=PAGE_TIMEOUT, check=False, env=env)
        except subprocess.TimeoutExpired:
            return 0
    turn, sure = _ROTATE_RE.search(done.stdout), _CONFIDENCE_RE.search(done.stdout)
    if done.returncode != 0 or turn is None or sure is None or float(sure.group(1)) < MIN_TURN_CONFIDENCE:
        return 0
    degrees = int(turn.group(1)) % 360
    return degrees if degrees in (90, 180, 270) else 0


def turned_image(gray: Any, turn: int) -> Any:
    """Return a page image turned ``turn`` degrees clockwise (Tesseract's "Rotate")."""
    import numpy as np

    return np.ascontiguousarray(np.rot90(gray, -(turn // 90)))  # rot90 turns counter-clockwise


def as_scanned(row: PhysicalRow, turn: int, upright_size: tuple[float, float]) -> PhysicalRow:
    """Return a row of a page read turned with its edges on the page as scanned (pt), for its crop.

    ``upright_size`` is the turned page's width and height (pt). A row's edges are the table's
    left and right and the row's top and bottom; on a page lying sideways they become a band
    across it.
    """
    if row.box is None or not turn:
        return row
    width, height = upright_size
    x0, top, x1, bottom = row.x0, row.top, row.x1, row.bottom
    assert x0 is not None and top is not None and x1 is not None and bottom is not None  # row.box says so
    if turn == 180:
        return replace(row, x0=width - x1, x1=width - x0, top=height - bottom, bottom=height - top)
    if turn == 90:  # the scan is the upright page turned a quarter counter-clockwise: its height is our width
        return replace(row, x0=top, x1=bottom, top=width - x1, bottom=width - x0)
    return replace(row, x0=height - bottom, x1=height - top, top=x0, bottom=x1)  # 270
