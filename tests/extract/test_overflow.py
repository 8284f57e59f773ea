"""A word a browser runs over a column rule, over the next cell's own text on the same line (audit22 F2).

Chromium prints an unbreakable word too long for a narrow column past the column rule; where the
next cell has text on that line the page shows the letters of both cells overlapping. Each cell's
text must come out whole: the run-over letters with the word they belong to, the neighbour's own
letters in the neighbour. g08 and g10 (samples/audit22, Chromium prints) are read right by every engine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from core.model import CellPiece
from extract.grid import edges_to_grids
from extract.pdf_objects import PageObjects, checked_edges
from extract.pdf_page import grid_to_table
from extract.reflow import lines_to_text

HERE = ROOT / "samples" / "audit22"
sys.path.insert(0, str(HERE))
from compare_audit22 import compare  # noqa: E402

#: Column rules (pt from the left) and the row's top and bottom (pt from the bottom, reportlab's y).
XS = (20.0, 60.0, 160.0, 260.0)
TOP, BOTTOM = 200.0, 140.0
#: Each cell's lines, drawn cell by cell at its left padding: the first cell's second line is too long for it.
CELLS = (("Trước", "30/6/2026"), ("Danh sách", "được niêm yết"), ("Báo cáo", "định kỳ"))


def _table_pdf(path: Path) -> None:
    """A ruled table of one row, its first cell's "30/6/2026" running over the rule onto "được"."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdf = canvas.Canvas(str(path), pagesize=(300, 300))
    for x in XS:
        pdf.line(x, TOP, x, BOTTOM)
    for y in (TOP, BOTTOM):
        pdf.line(XS[0], y, XS[-1], y)
    pdf.setFont("DejaVu", 11)
    for x0, lines in zip(XS, CELLS, strict=False):
        for k, line in enumerate(lines):
            pdf.drawString(x0 + 3, TOP - 14 - 13 * k, line)
    pdf.save()


def _cell_texts(objects: PageObjects) -> list[str]:
    (grid,) = edges_to_grids(checked_edges(1, objects))
    table = grid_to_table(grid, objects.chars, [grid])
    pieces: dict[int, CellPiece] = table.pieces
    return [lines_to_text(pieces[i].lines, pieces[i].line_height).replace("\n", " ") for i in sorted(pieces)]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_word_run_over_the_next_cells_text_stays_whole_in_its_cell(engine: str, tmp_path: Path) -> None:
    path = tmp_path / "overflow.pdf"
    _table_pdf(path)
    if engine == "pdfium":
        import pypdfium2 as pdfium

        from extract.pdf_pdfium import pdfium_page_objects

        page = pdfium.PdfDocument(str(path))[0]
        texts = _cell_texts(pdfium_page_objects(page, page.get_textpage()))
    else:
        import pdfplumber

        from extract.pdf_objects import page_objects

        with pdfplumber.open(path) as doc:
            texts = _cell_texts(page_objects(doc.pages[0]))
    assert texts == [" ".join(lines) for lines in CELLS]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber", "camelot"])
@pytest.mark.parametrize("name", ["g08-html-merged", "g10-html-plain8"])
def test_chromium_prints_with_words_run_over_are_read_right(name: str, engine: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    src = HERE / f"{name}.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "phuluc.cli", "extract", str(src), "--out", str(out), "-q", "--engine", engine],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result = compare(str(out), str(HERE / f"{name}.expected.json"))
    assert result["verdict"] == "right", json.dumps(result["faults"], ensure_ascii=False)[:2000]
