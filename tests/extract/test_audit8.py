"""The eighth audit (samples/audit8): what surrounds and interrupts the appendix's table in a whole plan.

Each document's rows, jurisdiction, texts that must be in no row and footnotes were written by
hand (samples/audit8/README.md); the audit's own comparison (``compare_audit8.py``: a dash is an
empty cell, a footnote's mark may stay after its word, a note's text must be in its row or in a
warning) judges each extraction, run as ``phuluc extract`` runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, audit_report

AUDIT8 = ROOT / "samples" / "audit8"
DOCUMENTS = sorted(p.name for p in AUDIT8.iterdir() if p.suffix in {".pdf", ".docx"})


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_whole_plan_around_and_inside_its_appendix_is_read_right(name: str, tmp_path: Path) -> None:
    report = audit_report(AUDIT8, name, tmp_path / "out")
    verdict = [line for line in report.splitlines() if line.startswith("VERDICT:")]
    assert verdict and verdict[-1].startswith("VERDICT: right"), report
