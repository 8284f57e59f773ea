"""The thirty-seventh audit (samples/audit37): PDF producers not seen before, both engines.

d5: LibreOffice sets the Vietnamese letters Liberation Sans Narrow lacks in DejaVu Sans, a font
declaring neither ascent nor descent; pdfium boxed those letters 0.18 em lower and the cells'
line pitch came out 1.5 pt, so no cut row joined. d6: matplotlib's Type 3 fonts, boxed up to
1.9 pt apart on one line by pdfium, opened paragraph gaps inside a cell (agency names split).
d3: Typst moves a paragraph whole to the next page; the piece left there is kept a row and said.
Expected rows are the auditor's, written from the source data (``samples/audit37/docs``).
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

DOCS = ROOT / "samples" / "audit37" / "docs"
FIELDS = ("key", "indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating")


def _expected(stem: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = json.loads((DOCS / f"{stem}.expected.json").read_text(encoding="utf-8"))["rows"]
    return rows


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("stem", ["d5-odfpy-lowriter", "d6-matplotlib-type3"])
def test_fallback_and_type3_fonts_read_the_same_rows_on_both_engines(stem: str, engine: str) -> None:
    doc = merge(extract(DOCS / f"{stem}.pdf", ExtractSettings(engine=engine)))
    got = [{f: " ".join(getattr(row, f).split()) for f in FIELDS} for row in doc.rows]
    assert got == [{f: " ".join(row[f].split()) for f in FIELDS} for row in _expected(stem)]


def test_type3_lines_of_one_item_stay_one_line() -> None:
    """d6, pdfium: the coordinating cell's two list items, each wrapped, are two lines as pdfplumber reads them."""
    doc = merge(extract(DOCS / "d6-matplotlib-type3.pdf", ExtractSettings(engine="pdfium")))
    first = next(row for row in doc.rows if row.key == "1.1.1")
    assert first.coordinating.count("\n") == 1


def test_a_paragraph_moved_whole_to_the_next_page_is_kept_a_row_and_said() -> None:
    doc = merge(extract(DOCS / "d3-typst-liberation.pdf", ExtractSettings()))
    assert [w for w in doc.warnings if "read on from the row above" in w and "moved whole" in w]
