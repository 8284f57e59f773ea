"""Scanned pages cut into cells for Tesseract: every cell shows its own text only."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from extract.grid import atoms_to_grid
from extract.ocr_pdf import _parts


def test_an_l_shaped_cell_is_cut_out_without_the_other_cells_text(tmp_path: Path) -> None:
    """A header cell spanning two columns and running down the first holds the other cell's atom in its box.

    Cut out by its box, both cells showed that atom's words ("Phối hợp"), which were read twice and
    put letter by letter between each other ("PPhhốốii hhợợpp").
    """
    import cv2

    grid = atoms_to_grid(  # at 72 dpi a point is a pixel
        (0.0, 100.0, 200.0), (0.0, 50.0, 100.0), lambda r, c: r == 0 and c == 0, lambda r, c: r == 0 and c == 0
    )
    page = np.full((100, 200), 255, np.uint8)
    page[15:35, 20:80] = 0  # the L-shaped cell's text
    page[65:85, 120:180] = 0  # the other cell's
    parts = _parts(page, [grid], 72.0, tmp_path)
    inks = sorted(int(np.count_nonzero(cv2.imread(str(path), cv2.IMREAD_GRAYSCALE) < 128)) for path, _, _ in parts)
    assert inks == [20 * 60, 20 * 60]  # each cell its own text once, nothing outside


def test_a_group_row_ocr_read_with_low_confidence_is_named_and_a_data_row_is_left_to_review() -> None:
    from core.model import CellPiece, Line, PhysicalRow
    from extract.ocr_rows import weak_group_rows

    def row(confidence: float, **cells: str) -> PhysicalRow:
        pieces = {name: CellPiece(lines=(Line(text),)) for name, text in cells.items()}
        return PhysicalRow(page=1, cells=pieces, ocr_confidence=confidence)

    noise = row(48.2, tasks='xa. ss NG BS" BƯỚNHg')  # a dimension label on a dithered grey fill
    assert weak_group_rows([row(96.0, tasks="1.1. Tri thức công dân"), noise]) == (
        "OCR group rows read with low confidence: their labels may be wrong and the rows under them filed under "
        "the wrong group (check them against the scan): page 1: 'xa. ss NG BS\" BƯỚNHg' (48)",
    )
    assert weak_group_rows([row(60.0, tasks="- Phổ biến", lead="Sở Tư pháp")]) == ()  # its own ocr_confidence says it
