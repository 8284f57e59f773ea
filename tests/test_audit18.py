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
#: Findings fixed on main (samples/audit18/FINDINGS.md): F1-F6, by the header vocabulary
#: (extract/header_labels.toml: abbreviations, "Trục nội dung", English labels) and the label reading
#: (a hyphenated break joined; a label typed without marks matched without them). None left.
FAILS: dict[str, str] = {}


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
