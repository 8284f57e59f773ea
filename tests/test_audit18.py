"""The eighteenth audit (samples/audit18): header wordings offices use.

Each document is the same five-row province table under another header; its rows were written by hand
(samples/audit18/README.md) and ``compare_audit18.py`` judges each extraction, run as ``phuluc extract``
runs. A document not yet read right is a strict xfail naming its finding (samples/audit18/FINDINGS.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

AUDIT18 = ROOT / "samples" / "audit18"
sys.path.insert(0, str(AUDIT18))
from compare_audit18 import compare  # noqa: E402

DOCUMENTS = sorted(p.name for p in AUDIT18.glob("h*") if p.suffix in {".pdf", ".docx"})
FAILS: dict[str, str] = {
    "h03-abbreviations.docx": "F3: 'NV, GP' (tasks) and 'KP (tr.đ)' (budget) map to no field (warned)",
    "h04-no-diacritics.docx": "F5: a header typed without diacritics is refused: no appendix table found",
    "h06-broken-labels.docx": "F2: 'Cơ quan chủ-' / 'trì' (a hyphenated break) maps to no field (warned)",
    "h06-broken-labels.pdf": "F2: 'Cơ quan chủ-' / 'trì' (a hyphenated break) maps to no field (warned)",
    "h12-english-header.docx": "F6: a translated (English) header is refused: no appendix table found",
    "h14-truc-noi-dung.docx": "F4: 'Trục nội dung' is no dimension column; dimension_no 1 and keys 1.x.y invented",
    "h15-abbreviations-thuc-hien.docx": "F1: 'TG thực hiện' is read as the implementing agency, silently",
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=FAILS[n])] if n in FAILS else []) for n in DOCUMENTS],
)
def test_an_offices_header_wording_maps_each_column_to_its_field(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run(
        [sys.executable, "-m", "phuluc.cli", "extract", str(AUDIT18 / name), "--out", str(out), "-q"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    exp = json.loads((AUDIT18 / f"{Path(name).stem}.expected.json").read_text(encoding="utf-8"))
    verdict, diffs, warnings = compare(exp, out, r.returncode, r.stderr)
    assert verdict == "right", (verdict, diffs, warnings)
