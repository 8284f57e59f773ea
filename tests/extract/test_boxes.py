"""Row boxes: where each logical row lies on its PDF pages (points from the page's top-left)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import SAMPLES, sample_documents

from core.model import Box, CellPiece, PhysicalRow
from extract import extract
from extract.merge import merge, pieces_to_boxes

#: Rules are drawn with a width; neighbouring rows share a rule up to this much (pt).
RULE_WIDTH = 1.5


@pytest.mark.parametrize("path", [p for p in sample_documents() if p.suffix == ".pdf"], ids=lambda p: p.name)
def test_every_pdf_row_has_boxes_on_its_pages_inside_the_page(path: Path) -> None:
    doc = merge(extract(path))
    pdf = pdfium.PdfDocument(str(path))
    sizes = [pdf[i].get_size() for i in range(len(pdf))]
    seen: dict[int, list[Box]] = {}
    for row in doc.rows:
        assert row.boxes, f"{row.key} has no box"
        assert tuple(dict.fromkeys(b.page for b in row.boxes)) == row.pages
        for box in row.boxes:
            width, height = sizes[box.page - 1]
            assert 0 <= box.x0 < box.x1 <= width and 0 <= box.top < box.bottom <= height
            for other in seen.get(box.page, []):  # rows follow each other down the page
                assert other.bottom <= box.top + RULE_WIDTH
            seen.setdefault(box.page, []).append(box)


def test_docx_rows_have_no_boxes() -> None:
    doc = merge(extract(SAMPLES / "plan-2024-landscape.docx"))
    assert doc.rows and all(row.boxes == () for row in doc.rows)


def test_pieces_without_geometry_give_no_box() -> None:
    cells = {"tasks": CellPiece()}
    with_geometry = PhysicalRow(page=3, cells=cells, top=10.0, bottom=40.0, x0=20.0, x1=800.0)
    without = PhysicalRow(page=4, cells=cells)
    assert pieces_to_boxes([with_geometry, without]) == (Box(3, 20.0, 10.0, 800.0, 40.0),)
