"""The twenty-seventh audit (samples/audit27): year-over-year diffs when the two years come from different tools.

reportlab's ``Table`` with ``repeatRows`` and ``splitInRow`` draws the repeated header and the rest
of the row the page break cut in one band, no rule between them: the page's table read as another
table and the page was left out (F1), so its rows showed in the diff as added and a real change was
missed. The held-out pairs 4 (no real change, another layout) and 6 (new deadline and budget
columns, one coordinating body removed) must diff to exactly their real changes.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

AUDIT27 = ROOT / "samples" / "audit27"


def _diff(old: str, new: str, tmp_path: Path) -> dict[str, Any]:
    from phuluc.cli import main

    out = tmp_path / "diff.json"
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        assert main(["diff", str(AUDIT27 / old), str(AUDIT27 / new), "--format", "json", "-o", str(out)]) == 0
    found: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return found


@pytest.mark.parametrize("name", ["q4-2025-reportlab-merged.pdf", "q6-2025-reportlab-plain8.pdf"])
def test_a_page_opening_with_the_rest_of_a_cut_row_under_the_repeated_header_is_read(name: str) -> None:
    from extract import extract
    from extract.merge import merge

    doc = merge(extract(AUDIT27 / name))
    assert len(doc.rows) == {"q4": 20, "q6": 19}[name[:2]]
    assert doc.coverage is not None and doc.coverage.complete
    assert not [w for w in doc.warnings if "not read" in w or "in no row" in w]


def test_the_same_plan_laid_out_again_diffs_to_nothing(tmp_path: Path) -> None:
    found = _diff("q4-2025-reportlab-merged.pdf", "q4-2026-html-merged.pdf", tmp_path)
    assert found["summary"] == {"added": 0, "removed": 0, "modified": 0, "renumbered": 0, "unchanged": 20}


def test_new_columns_and_one_removed_body_are_the_only_changes(tmp_path: Path) -> None:
    found = _diff("q6-2025-reportlab-plain8.pdf", "q6-2026-html-plain8.pdf", tmp_path)
    assert found["summary"] == {"added": 0, "removed": 0, "modified": 1, "renumbered": 0, "unchanged": 18}
    assert found["modified"] == {"3.2.2": ["coordinating"]}


def test_a_row_split_in_two_and_an_insert_are_the_only_changes(tmp_path: Path) -> None:
    # F4: 2025's 1.2.1 (indicators 1-3) is 2026's 1.2.1 (1) and 1.2.2 (2, 3); 6.1 gains a first row.
    found = _diff("q5-2025-docx-sections.docx", "q5-2026-reportlab-twohead.pdf", tmp_path)
    assert found["summary"] == {"added": 2, "removed": 0, "modified": 1, "renumbered": 2, "unchanged": 14}
    assert found["modified"] == {"1.2.1": ["indicators"]}
