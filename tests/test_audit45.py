"""audit45 (samples/audit45/FINDINGS.md): DOCX appendices as Word users make them, read directly.

F1: an equation in a cell (Insert > Equation, ``m:oMath``) was lost, a paragraph holding only one with
it. F2: a style's list item moved a level down writes only its level: Word shows "2.1.", phuluc gave the
bare line. F3: All Caps (``w:caps``) was not applied. Expected texts are the repro files' own (written by
samples/audit45/repro.py from what Word shows).
"""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

REPRO = SAMPLES / "audit45" / "repro"


#: Each repro file and the cell its finding is about (their other cells are the repro builder's filler:
#: r1-r3 write the group labels one character a paragraph, which Word shows so).
CASES = [
    ("r1-math-in-cell", "indicators"),
    ("r2-math-paragraph", "indicators"),
    ("r3-style-list-level", "indicators"),
    ("r4-all-caps-label", "dimension"),
]


@pytest.mark.parametrize(("name", "field"), CASES)
def test_a_word_feature_reads_as_word_shows_it(name: str, field: str) -> None:
    expected = json.loads((REPRO / f"{name}.expected.json").read_text(encoding="utf-8"))["rows"]
    rows = merge(extract(REPRO / f"{name}.docx", ExtractSettings())).rows
    assert [" ".join(getattr(row, field).split()) for row in rows] == [" ".join(r[field].split()) for r in expected]
