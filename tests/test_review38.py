"""A second review of the borderless section rows (samples/review38): the misfires mended here.

On a page read from its text (no ruled table), a group heading written across the columns is a
row of its own; review38 found a title wrapped onto two lines read as two rows (s5, w4), a note
and the signature block under the table read as rows (w3, m2e, m2f), and a heading that fits in
the first column run on the row above (s1, s2, m1). Expected rows are the reviewer's, written by
hand (``samples/review38/expected``; indicators and tasks written as their opening words).
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

REVIEW = ROOT / "samples" / "review38"
WHOLE = ("key", "dimension", "component", "implementing", "lead", "sector_guidance", "coordinating")
OPENING = ("indicators", "tasks")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize(
    "name",
    [
        "s1-borderless.pdf",
        "s2-booktabs.pdf",
        "s5-wrapped-title.pdf",
        "w3-word-note-signature.pdf",
        "w4-word-wrapped-title.pdf",
        "m1-first-col-alone.pdf",
        "m2e-note-then-signature-in-columns.pdf",
        "m2f-signature-in-columns-no-note.pdf",
        "s4-centred.pdf",  # section rows centred on the table (as a merged cell centres them)
        "w2-word-centred.pdf",
    ],
)
def test_section_rows_of_a_borderless_table_read_as_the_plan(name: str, engine: str) -> None:
    expected = json.loads((REVIEW / "expected" / f"{name}.json").read_text(encoding="utf-8"))["rows"]
    rows = merge(extract(REVIEW / "docs" / name, ExtractSettings(engine=engine))).rows
    assert [row.key for row in rows] == [want["key"] for want in expected]
    for row, want in zip(rows, expected, strict=True):
        assert {f: _flat(getattr(row, f)) for f in WHOLE} == {f: _flat(want.get(f, "")) for f in WHOLE}
        for field in OPENING:
            assert _flat(getattr(row, field)).startswith(_flat(want[field]))


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", ["w1-word-borderless.pdf", "w5-word-section-at-continuation-top.pdf"])
def test_a_continuation_page_with_an_empty_column_keeps_each_cell_in_its_column(name: str, engine: str) -> None:
    """Page 3 holds the last row's rest: its implementing cell empty, its lead only "hội"; the lead,
    sector and coordinating rests were read one column to the left (fix39). Each goes where its x lies."""
    expected = json.loads((REVIEW / "expected" / f"{name}.json").read_text(encoding="utf-8"))["rows"]
    doc = merge(extract(REVIEW / "docs" / name, ExtractSettings(engine=engine)))
    assert [row.key for row in doc.rows] == [want["key"] for want in expected]
    last, want = doc.rows[-1], expected[-1]
    assert (last.implementing, last.lead, last.sector_guidance, _flat(last.coordinating)) == (
        "UBND cấp xã",
        "Phòng Lao động - Thương binh và Xã hội",
        "Phòng Lao động - Thương binh và Xã hội",
        "Trang thông tin điện tử thành phố",
    )
    for row, want in zip(doc.rows, expected, strict=True):
        assert {f: _flat(getattr(row, f)) for f in WHOLE} == {f: _flat(want.get(f, "")) for f in WHOLE}
    assert not [w for w in doc.warnings if "is a guess" in w]
