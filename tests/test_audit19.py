"""Audit 19: PDF text drawn with fonts the way producers embed them (samples/audit19/, FINDINGS.md there).

Each document is extracted with the CLI (pdfium and pdfplumber) and compared cell by cell with its
hand-written expected rows (samples/audit19/run_audit19.py). Failures are strict xfails naming the finding.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1] / "samples" / "audit19"
_spec = importlib.util.spec_from_file_location("run_audit19", HERE / "run_audit19.py")
run_audit19 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run_audit19)

FINDINGS = {
    ("f14-identity-v-label", "pdfium"): "A19-2: Identity-V text is read letter-spaced ('T h ư ờ n g')",
    ("f14-identity-v-label", "pdfplumber"): "A19-2: Identity-V text is read letter-spaced",
    ("f19-one-identity-v-cell", "pdfium"): "A19-2: Identity-V text is read letter-spaced",
    ("f19-one-identity-v-cell", "pdfplumber"): "A19-2: Identity-V text is read letter-spaced",
}

CASES = []
for pdf in sorted(HERE.glob("f*.pdf")):
    for engine in ("pdfium", "pdfplumber"):
        finding = FINDINGS.get((pdf.stem, engine))
        marks = [pytest.mark.xfail(strict=True, reason=finding)] if finding else []
        CASES.append(pytest.param(pdf, engine, marks=marks, id=f"{pdf.stem}-{engine}"))


@pytest.mark.parametrize("pdf,engine", CASES)
def test_audit19(pdf: Path, engine: str, tmp_path: Path) -> None:
    result = run_audit19.run(pdf, tmp_path / "out", engine)
    assert result["verdict"] == "right", result["diffs"][:5] or result["stderr"]
