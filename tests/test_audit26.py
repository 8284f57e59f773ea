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
    assert damaged_streams(BROKEN / "p-flip-font.pdf") == [138]


def test_the_clean_plan_says_neither(tmp_path: Path) -> None:
    doc = extract(SAMPLES / "plan-2024-landscape.pdf")
    assert not [w for w in doc.warnings if "shows nothing" in w or "compressed stream" in w]
    assert damaged_streams(SAMPLES / "plan-2024-landscape.pdf") == []


def test_a_page_of_more_objects_than_any_plan_page_is_refused_at_once() -> None:
    """F3: 200,000 one-letter text runs kept pdfium's text page busy for the whole 300 s limit."""
    from core.errors import ExtractError

    with pytest.raises(ExtractError, match=r"^page 1 draws 200000 objects \(limit 50000\)"):
        extract(BROKEN / "p-200k-char-ops.pdf")
