"""A second review of the newest rules (samples/review37): what must keep holding.

b1/b3: a row of set height, or one whose neighbour cell is merged over two rows, leaves its frame
far under its text; the real new row at the next page top (its labels and agencies merged down,
its indicator the next number) stays a row (a kept-together join rule that took it was reverted).
d2/d3: a ward named without its province is said; one whose heading names the province has it.
Expected rows and places are the reviewer's, written by hand (``samples/review37/expected``).
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import ROOT

from core.model import Document
from core.settings import Settings
from phuluc.pipeline import run_documents

REVIEW = ROOT / "samples" / "review37"
FIELDS = ("key", "indicators", "tasks")


def _expected(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((REVIEW / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _read(name: str, engine: str) -> Document:
    settings = Settings()
    settings = replace(settings, extract=replace(settings.extract, engine=engine))
    (doc,) = run_documents([REVIEW / "docs" / name], settings).documents
    return doc


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", ["b1-atleast-row-merged-agencies.pdf", "b3-merged-tall-neighbour.pdf"])
def test_a_real_new_row_under_a_stretched_frame_stays_a_row(name: str, engine: str) -> None:
    doc = _read(name, engine)
    rows = _expected(name)["rows"]
    assert isinstance(rows, list)
    got = [{f: " ".join(getattr(row, f).split()) for f in FIELDS} for row in doc.rows]
    assert got == [{f: " ".join(r[f].split()) for f in FIELDS} for r in rows]
    assert [w for w in doc.warnings if "read on from the row above" in w]  # kept a row, and said


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_new_row_with_agencies_of_its_own_under_a_stretched_frame_is_not_doubted(engine: str) -> None:
    doc = _read("b2-atleast-row-own-agencies.pdf", engine)
    assert len(doc.rows) == 3
    assert not [w for w in doc.warnings if "read on from the row above" in w]


@pytest.mark.parametrize("name", ["d2-standalone-ward.pdf", "d3-ward-heading-province.pdf"])
def test_a_wards_province_is_read_or_its_absence_said(name: str) -> None:
    doc = _read(name, "pdfium")
    want = _expected(name)["jurisdiction"]
    assert isinstance(want, dict)
    place = doc.jurisdiction
    assert place is not None
    assert (place.level, place.name, place.province) == (want["level"], want["name"], want["province"])
    said = any("not its province" in w for w in doc.warnings)
    assert said is want["warn_e"]
