"""The eighth audit (samples/audit8): what surrounds and interrupts the appendix's table in a whole plan.

Each document's rows, jurisdiction, texts that must be in no row and footnotes were written by
hand (samples/audit8/README.md); the audit's own comparison (``compare_audit8.py``: a dash is an
empty cell, a footnote's mark may stay after its word, a note's text must be in its row or in a
warning) judges each extraction, run as ``phuluc extract`` runs.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from phuluc.cli import main

AUDIT8 = ROOT / "samples" / "audit8"
DOCUMENTS = sorted(p.name for p in AUDIT8.iterdir() if p.suffix in {".pdf", ".docx"})


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_whole_plan_around_and_inside_its_appendix_is_read_right(name: str, tmp_path: Path) -> None:
    out, log = tmp_path / "out", tmp_path / "run.log"
    with contextlib.redirect_stderr(io.StringIO()) as err, contextlib.redirect_stdout(io.StringIO()) as said:
        code = main(["extract", str(AUDIT8 / name), "--out", str(out)])
    log.write_text(said.getvalue() + err.getvalue(), encoding="utf-8")
    expected = AUDIT8 / f"{Path(name).stem}.expected.json"
    compare = [sys.executable, str(AUDIT8 / "compare_audit8.py"), str(expected), str(out), str(log), str(code)]
    report = subprocess.run(compare, capture_output=True, text=True, check=False).stdout
    verdict = [line for line in report.splitlines() if line.startswith("VERDICT:")]
    assert verdict and verdict[-1].startswith("VERDICT: right"), report
