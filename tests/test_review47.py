"""review47 (samples/review47/FINDINGS.md): second review of the day's rules, misfires and misses.

M1/M2: the lost "ư" went into list letters, units and abbreviations ("điểm bư", "kưm"), and fired on a
plan that never lost it. M3: bullets typed without their space on full lines of a narrow Chromium column
were glued as an acronym's rest ("-UBMTTQVN-HĐND"). Miss: a synthetic italic (Chromium shearing a font
with no italic face) closed word gaps ("Kếhoạchsố15/KH-UBNDngày").
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

REVIEW47 = SAMPLES / "review47"


def _fold(text: str) -> str:
    return re.sub(r"(^|\s)- ", r"\1-", " ".join(text.split()))


@pytest.mark.parametrize(
    "name", ["i-chromium-synthetic.pdf", "i-chromium-normal.pdf", "b1-dash-chromium.pdf", "l2-plain-km.docx"]
)
def test_the_review_documents_read_as_written(name: str) -> None:
    expected = json.loads((REVIEW47 / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    doc = merge(extract(REVIEW47 / "docs" / name, ExtractSettings()))
    got = [{field: _fold(getattr(row, field)) for field in want} for row, want in zip(doc.rows, expected, strict=True)]
    assert got == [{field: _fold(text) for field, text in want.items()} for want in expected]
    assert not any("has no letter 'ư'" in warning for warning in doc.warnings)
