"""The twenty-sixth audit (samples/audit26): hostile, broken and odd inputs, in batches with good documents.

A one-byte edit of a plan PDF can lose a page's rows without pdfium saying a word: a cross-reference
entry that points at nothing leaves page 20 empty, a flipped byte in its content stream ends the page
early (F1). Both must be said; the clean file must say neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from extract import extract
from extract.damage import damaged_streams

BROKEN = ROOT / "samples" / "audit26" / "in"


@pytest.mark.parametrize("name", ["p-flip-xref-entry.pdf", "p-xref-entry-past-end.pdf"])
def test_a_page_inside_the_table_that_shows_nothing_is_said(name: str) -> None:
    doc = extract(BROKEN / name)
    assert [w for w in doc.warnings if w.startswith("page 20, inside the appendix table") and "shows nothing" in w]


def test_a_content_stream_that_does_not_inflate_is_said() -> None:
    doc = extract(BROKEN / "p-flip-content.pdf")
    assert [w for w in doc.warnings if w.startswith("1 compressed stream(s) of the file are damaged (object 59)")]
    assert damaged_streams((BROKEN / "p-flip-font.pdf").read_bytes()) == [138]


def test_the_clean_plan_says_neither(tmp_path: Path) -> None:
    doc = extract(SAMPLES / "plan-2024-landscape.pdf")
    assert not [w for w in doc.warnings if "shows nothing" in w or "compressed stream" in w]
    assert damaged_streams((SAMPLES / "plan-2024-landscape.pdf").read_bytes()) == []


def test_a_page_of_more_objects_than_any_plan_page_is_refused_at_once() -> None:
    """F3: 200,000 one-letter text runs kept pdfium's text page busy for the whole 300 s limit."""
    from core.errors import ExtractError

    with pytest.raises(ExtractError, match=r"^page 1 draws 200000 objects \(limit 50000\)"):
        extract(BROKEN / "p-200k-char-ops.pdf")


def test_a_page_far_larger_than_a_plan_page_is_read_and_its_crops_rendered_smaller(tmp_path: Path) -> None:
    """F2: the plan scaled to 14,400 pt pages was refused as damaged (Pillow's bomb limit, 1.1 GB)."""
    import json

    from phuluc.pipeline import run

    result, written = run([BROKEN / "p-page-14400pt.pdf", SAMPLES / "plan-2024-landscape.pdf"], tmp_path / "out")
    assert written and not result.failures
    big, usual = json.loads((tmp_path / "out" / "plan.json").read_text(encoding="utf-8"))["documents"]
    fields = [f for f in usual["rows"][0] if f not in ("boxes", "pages")]
    assert [[r[f] for f in fields] for r in big["rows"]] == [[r[f] for f in fields] for r in usual["rows"]]
    assert (tmp_path / "out" / "review.html").read_text(encoding="utf-8").count("data:image/png") >= 2 * 36


def test_a_page_tree_that_counts_fewer_pages_than_it_holds_is_read_whole_and_said() -> None:
    """F4: /Count 1 over 44 pages: pdfium read one page and blamed the table."""
    from extract.damage import uncounted_pages_warning

    doc = extract(BROKEN / "p-count-low.pdf")
    assert doc.provenance.engine == "pdfplumber" and len(doc.physical_rows) >= 36
    assert doc.warnings[0].startswith("the page tree's count says the PDF has 1 page(s), but its branches hold 44")
    low = BROKEN / "p-count-low.pdf"
    said = uncounted_pages_warning(low.read_bytes(), low, 10)  # a table found on the counted pages
    assert said and said[0].startswith("the page tree's branches hold 44 pages, but its count says 10")
    signed = ROOT / "samples" / "audit13" / "d05-signed.pdf"
    assert uncounted_pages_warning(signed.read_bytes(), signed, 2) == ()  # a revision's old pages


@pytest.mark.parametrize("name", ["x-formula-errors.xlsx", "x-formula-errors.ods"])
def test_a_spreadsheet_error_value_in_a_cell_is_named(name: str) -> None:
    """F7: "#REF!" and "#N/A" went into the rows as text with no word."""
    doc = extract(BROKEN / name)
    (said,) = [w for w in doc.warnings if "spreadsheet error value" in w]
    assert said.startswith("3 cell(s) hold a spreadsheet error value") and "'#REF!'" in said


def test_a_blank_scan_read_by_ocr_says_ocr_found_nothing(tmp_path: Path) -> None:
    """F5: a blank image-only PDF, with --ocr or without, was told to "run OCR on it first"."""
    from PIL import Image

    from core.errors import ExtractError
    from core.settings import ExtractSettings

    blank = tmp_path / "blank.pdf"
    Image.new("L", (1700, 2200), 255).save(blank, resolution=200)
    for settings in (ExtractSettings(), ExtractSettings(ocr=True)):
        with pytest.raises(ExtractError, match=r"^OCR found no text on page 1: the pages are blank"):
            extract(blank, settings)


def test_a_merge_continued_from_no_started_merge_is_read_as_its_own_cells() -> None:
    """F6: every cell a vMerge "continue" and none a "restart": LibreOffice shows each cell with its
    text; the group labels in those cells were dropped (35 rows, keys 1.1.1-2 ... , no dimension)."""
    from extract.merge import merge

    continued = merge(extract(BROKEN / "d-vmerge-all-continue.docx")).rows
    restarted = merge(extract(BROKEN / "d-vmerge-all-restart.docx")).rows
    assert len(continued) == 36
    assert [(r.key, r.dimension, r.component, r.tasks) for r in continued] == [
        (r.key, r.dimension, r.component, r.tasks) for r in restarted
    ]
    assert continued[0].dimension == "1. Tham gia của người dân ở cấp cơ sở"
