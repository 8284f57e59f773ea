"""The thirty-fifth audit (samples/audit35): plan appendices typeset as offices set them.

F1: LibreOffice PDFs of DOCX tables whose cells have tiny margins (0.05 cm, 0.03 cm): the
underline of "UBND" set against a column rule touched that rule and was read as a row rule. Row
1.1.1 came out as 1.1.1 and 1.1.1-2, its agency cell split ("UBND cấp" / "xã") and every other
cell duplicated into both, exit 0 and no warning, with either engine.
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

AUDIT = ROOT / "samples" / "audit35"
DOCS = AUDIT / "docs"
FIELDS = ("key", "indicators", "implementing", "lead", "sector_guidance")


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", ["a-dejavu-serif-condensed.pdf", "b-narrow-expanded.pdf"])
def test_an_underline_against_a_column_rule_does_not_cut_the_row(name: str, engine: str) -> None:
    expected = json.loads((AUDIT / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    rows = merge(extract(DOCS / name, ExtractSettings(engine=engine))).rows
    assert [r.key for r in rows] == [e["key"] for e in expected]
    got = {f: getattr(rows[0], f) for f in FIELDS}
    assert got == {f: expected[0][f] for f in FIELDS}
    assert rows[0].implementing == "UBND cấp xã"
    # the whole tasks cell once, in its row (spaces aside: F4, a space where a style run ends, is another finding)
    assert "".join(rows[0].tasks.split()) == "".join(expected[0]["tasks"].split())


def test_a_word_broken_at_a_soft_hyphen_in_a_chromium_print_is_one_word() -> None:
    """F5: Chromium shows "UBMT‐" | "TQVN" (U+2010 drawn, U+00AD in the text layer): read "UBMT‐ TQVN"."""
    expected = json.loads((AUDIT / "expected" / "c-html-justified-tight.pdf.json").read_text(encoding="utf-8"))
    rows = merge(extract(DOCS / "c-html-justified-tight.pdf")).rows
    (row,) = [r for r in rows if r.key == "1.2.1"]
    (want,) = [e for e in expected if e["key"] == "1.2.1"]
    assert row.coordinating == want["coordinating"]
    assert row.coordinating.startswith("Đề nghị: UBMTTQVN thành phố")
