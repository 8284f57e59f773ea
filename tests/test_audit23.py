"""The twenty-third audit (samples/audit23): commune and ward plans after the 2025 reform.

Eight commune and ward plans of seven provinces (DOCX, the heading's province line over the
commune's own, agency cells as commune offices write them) and seven probes (the province in the
title or only in the heading, a neighbouring unit's bodies, commune names in a ward's plan); every
mention's body was written by hand from README's rules (samples/audit23/README.md). One run per
document, as ``phuluc extract`` runs; ``compare_audit23.py`` judges the place read and each mention:
right, flagged for review, or SILENT (a wrong body nobody is sent to). A finding not fixed is a strict
xfail naming it (samples/audit23/FINDINGS.md).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

AUDIT23 = ROOT / "samples" / "audit23"
DOCUMENTS = sorted(p.name.removesuffix(".expected.json") for p in AUDIT23.glob("*.expected.json"))
#: Findings not fixed (FINDINGS.md). Fixed: S1 (a neighbouring unit's body given the plan's own unit's
#: at 95 and more: normalize/fuzzy.py names_another_place), J1 (the province in the heading over the
#: commune's line: normalize.locate, and a heading typed with Shift+Enter read line by line).
FAILS = {
    "p01-gio-linh-title-province": "S2: a ward's office name ('Phòng Kinh tế, Hạ tầng và Đô thị') taken in a commune",
    "p02-gio-linh-heading-province": "S2: a ward's office name ('Phòng Kinh tế, Hạ tầng và Đô thị') taken in a commune",
}


def _compare() -> Any:
    spec = importlib.util.spec_from_file_location("compare_audit23", AUDIT23 / "compare_audit23.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _marks(name: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=FAILS[name])] if name in FAILS else []


@pytest.mark.parametrize("name", [pytest.param(n, marks=_marks(n)) for n in DOCUMENTS])
def test_a_commune_plans_place_and_agencies_are_read_or_flagged(name: str, tmp_path: Path) -> None:
    from phuluc.cli import main

    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        assert main(["extract", str(AUDIT23 / f"{name}.docx"), "--out", str(tmp_path / "results" / name)]) == 0
    compare = _compare()
    compare.HERE = tmp_path  # it reads results/<name>/ beside itself
    _, jurisdiction, counts, lines, _ = compare.compare(AUDIT23 / f"{name}.expected.json", False)
    assert all(right for _, _, right in jurisdiction.values()), jurisdiction
    assert counts["SILENT"] == 0, lines
