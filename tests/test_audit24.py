"""The twenty-fourth audit (samples/audit24): plans passed through the print chains offices use.

A PostScript round trip (``pdftocairo -ps`` then ``ps2pdf``) can break the fonts of the first pages
only: the table's header there is glyph codes, so the table seems to start on the first page that
repeats its header (F1). Ghostscript's re-distil of a Chromium print gives a header whose labels hold
letters no Vietnamese text has (F3). Neither may pass as a clean reading.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

PDF = ROOT / "samples" / "audit24" / "pdf"
#: F1: the four round-tripped plans that repeat their header on every page (the other eight are refused).
FIRST_PAGES_BROKEN = [
    PDF / "c2b-cairops-ps2pdf" / f"{name}.pdf"
    for name in ("g03-reportlab-twohead", "g06-html-sections", "g07-docx-sections", "g12-reportlab-plain8")
]
#: F3: Ghostscript's re-distils of the Chromium print g08, its header's labels garbled.
HEADER_BROKEN = [PDF / "c1a-gs" / "g08-html-merged.pdf", PDF / "c1b-gs-screen" / "g08-html-merged.pdf"]


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from phuluc.cli import main

    folder = tmp_path_factory.mktemp("audit24") / "out"
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        main(["extract", *map(str, FIRST_PAGES_BROKEN + HEADER_BROKEN), "--out", str(folder)])
    found: dict[str, Any] = json.loads((folder / "plan.json").read_text(encoding="utf-8"))
    return found


@pytest.mark.parametrize("pdf", FIRST_PAGES_BROKEN, ids=lambda p: p.name)
def test_pages_before_the_table_whose_text_is_glyph_codes_are_named(plan: dict[str, Any], pdf: Path) -> None:
    (doc,) = [d for d in plan["documents"] if d["path"] == str(pdf)]
    assert doc["rows"][0]["pages"][0] > 1  # the header of page 1 is unreadable: the table seems to start later
    said = [w for w in doc["warnings"] if "before the appendix table's first recognised header" in w]
    assert said and (
        "does not read as Vietnamese text on page 1:" in said[0] or "Vietnamese text on pages 1-" in said[0]
    )
    assert f"its rows before page {doc['rows'][0]['pages'][0]} are missing" in said[0] and "--ocr" in said[0]


@pytest.mark.parametrize("pdf", HEADER_BROKEN, ids=lambda p: p.parent.name)
def test_a_header_whose_labels_hold_letters_no_vietnamese_has_is_refused(plan: dict[str, Any], pdf: Path) -> None:
    (failure,) = [f for f in plan["failures"] if f["source"] == str(pdf)]
    assert "does not read as Vietnamese text" in failure["error"] and "Nhißm vā" in failure["error"]


def test_a_clean_plan_with_body_pages_before_its_appendix_is_not_warned() -> None:
    from extract import extract

    doc = extract(ROOT / "samples" / "plan-2024-tcvn3.pdf")  # body text before the appendix, in a legacy font
    assert doc.physical_rows[0].page > 1
    assert not [w for w in doc.warnings if "before the appendix table" in w]
