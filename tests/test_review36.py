"""A second review of the grid's new rules (samples/review36): the misfires mended here.

A box inside one cell (a bordered block Chromium draws before its text, a nested 1x1 table) was
taken for a stamp and its text left out; the corner-to-corner joining of separately framed cells
pulled a note box 3 pt under the appendix, or a table 4 pt above it, into the appendix's table.
Expected rows are the reviewer's, written by hand (``samples/review36/expected``).
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

PROBES = ROOT / "samples" / "review36"
FIELDS = ("key", "dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance")


def _rows(name: str, engine: str) -> tuple[list[dict[str, str]], list[dict[str, str]], tuple[str, ...]]:
    expected = json.loads((PROBES / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    doc = merge(extract(PROBES / "docs" / name, ExtractSettings(engine=engine)))
    got = [{f: getattr(row, f) for f in FIELDS} for row in doc.rows]
    return got, [{f: row[f] for f in FIELDS} for row in expected], doc.warnings


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", ["h01-badge-in-cell.pdf", "h02-nested-table-in-cell.pdf"])
def test_a_box_inside_one_cell_is_that_cells_and_its_text_is_read(name: str, engine: str) -> None:
    got, expected, warnings = _rows(name, engine)
    assert got == expected
    assert not [w for w in warnings if "a stamp" in w]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize(
    ("name", "where"), [("r01-note-box-3pt-below.pdf", "after"), ("r02-table-4pt-above.pdf", "before")]
)
def test_a_box_or_table_a_few_points_from_the_appendix_is_not_joined_to_it(name: str, where: str, engine: str) -> None:
    got, expected, warnings = _rows(name, engine)
    assert got == expected
    assert [w for w in warnings if f"table(s) {where} the appendix's table are not read" in w]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_stamp_over_the_table_is_still_left_out_and_said(engine: str) -> None:
    got, expected, warnings = _rows("r05-stamp.pdf", engine)
    assert got == expected
    assert [w for w in warnings if "'ĐÃ KÝ'" in w and "a stamp" in w]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", ["r08-stamp-form-xobject.pdf", "r12-page-in-form-stamp.pdf"])
def test_a_stamp_drawn_as_a_form_is_left_out_and_said(name: str, engine: str) -> None:
    """Its box and then its label inside one form XObject: pdfium gave both the form's place in the order."""
    got, expected, warnings = _rows(name, engine)
    assert got == expected
    assert [w for w in warnings if "'ĐÃ KÝ'" in w and "a stamp" in w]
