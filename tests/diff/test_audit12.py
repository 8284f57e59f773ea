"""The twelfth audit (samples/audit12/): pairs of years of one province and one commune, through the CLI.

Each case's `<case>.expected.json` was written by hand from the changes made (audit12_data.py), never
from the diff's output; every (OLD, NEW) run of the case (DOCX→DOCX, PDF→PDF, DOCX→PDF, folders,
plan.json files) must give exactly the expected rows added, removed and renumbered, the fields changed
with their words or bodies, the rename groups and the fields one side lacks, in JSON and in CSV
(compare_audit12.py). A failing case is a strict xfail naming its finding (samples/audit12/FINDINGS.md).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "samples" / "audit12"

spec = importlib.util.spec_from_file_location("compare_audit12", AUDIT / "compare_audit12.py")
assert spec and spec.loader
compare = importlib.util.module_from_spec(spec)
sys.modules["compare_audit12"] = compare
spec.loader.exec_module(compare)

CASES = sorted(p.name[: -len(".expected.json")] for p in AUDIT.glob("*.expected.json"))

#: Cases the diff gets wrong today, with the finding that explains each.
FAILING: dict[str, str] = {}


def test_every_failing_case_exists() -> None:
    assert set(FAILING) <= set(CASES)


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=FAILING[c])) if c in FAILING else c for c in CASES],
)
def test_case(case: str, tmp_path: Path) -> None:
    # the CSV's agreement with the JSON is checked on one case here (every case in run_audit12's full run):
    # each check is another CLI run that extracts both plans again, and make test stays within minutes
    results = compare.run_case(case, tmp_path, csv_too=case == "c06-reform-2025-2026")
    problems = [f"{r['old']} -> {r['new']}: {r['verdict']}: {d}" for r in results for d in r["diffs"]]
    problems += [
        f"{r['old']} -> {r['new']}: {r['verdict']} (exit {r['rc']}) {r['stderr']}"
        for r in results
        if r["verdict"] != "right" and not r["diffs"]
    ]
    assert not problems, "\n".join(problems)
