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


M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
#: Equations as Word writes them (OMML), and the one line a reader would type for each (review45 X2).
EQUATIONS = [
    (
        "<m:f><m:num><m:d><m:e><m:r><m:t>a+b</m:t></m:r></m:e></m:d></m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f>",
        "(a+b)/2",
    ),
    ("<m:rad><m:deg><m:r><m:t>3</m:t></m:r></m:deg><m:e><m:r><m:t>8</m:t></m:r></m:e></m:rad>", "3√8"),
    (
        "<m:nary><m:naryPr><m:chr m:val='∑'/></m:naryPr><m:sub><m:r><m:t>i</m:t></m:r></m:sub><m:sup/>"
        "<m:e><m:r><m:t>x</m:t></m:r></m:e></m:nary>",
        "∑_i x",
    ),
    (
        "<m:m><m:mr><m:e><m:r><m:t>1</m:t></m:r></m:e><m:e><m:r><m:t>2</m:t></m:r></m:e></m:mr>"
        "<m:mr><m:e><m:r><m:t>3</m:t></m:r></m:e><m:e><m:r><m:t>4</m:t></m:r></m:e></m:mr></m:m>",
        "[1, 2; 3, 4]",
    ),
    ("<m:sSup><m:e><m:r><m:t>m</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup>", "m^2"),
]


@pytest.mark.parametrize(("omml", "typed"), EQUATIONS)
def test_an_equation_is_written_on_one_line(omml: str, typed: str) -> None:
    from lxml import etree

    from extract.docx_text import math_text

    assert math_text(etree.fromstring(f'<m:oMath xmlns:m="{M_NS}">{omml}</m:oMath>')) == typed
