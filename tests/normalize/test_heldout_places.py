"""Floors on the label sets of a post-2025 province plan and a ward plan (tests/golden/agencies/*2026.csv).

Both sets and their lists (tests/golden/agencies/lists/) were written by the session that wrote the
catalogue, before their first run, and their misses were then read to tune the rules and the
catalogue (README, *Agencies for any jurisdiction*): they are development sets, not held-out ones.
The floors keep today's numbers from getting worse: every mention right with every list (the
set's own, official names only, the catalogue alone), and no wrong body at score >= 90.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import ROOT, load_bench

BENCH = load_bench("agencies")
GOLDEN = ROOT / "tests" / "golden" / "agencies"


@dataclass(frozen=True)
class Run:
    """One set read against one list: floors on pairwise F1, cells segmented, and confident wrong ids."""

    labels: str
    jurisdiction: str
    agencies: str | None
    f1: float
    segmented: float
    wrong: int


RUNS = [
    Run("province2026", "tỉnh Quảng Trị", "quang-tri-2026.csv", 1.0, 1.0, 0),
    Run("province2026", "tỉnh Quảng Trị", "quang-tri-2026-official.csv", 1.0, 1.0, 0),
    Run("province2026", "tỉnh Quảng Trị", None, 1.0, 1.0, 0),
    Run("ward2026", "phường Đông Hà, tỉnh Quảng Trị", "phuong-dong-ha-2026.csv", 1.0, 1.0, 0),
    Run("ward2026", "phường Đông Hà, tỉnh Quảng Trị", "phuong-dong-ha-2026-official.csv", 1.0, 1.0, 0),
    Run("ward2026", "phường Đông Hà, tỉnh Quảng Trị", None, 1.0, 1.0, 0),
]


@pytest.mark.parametrize("run", RUNS, ids=lambda r: f"{r.labels}-{r.agencies or 'catalogue'}")
def test_floors(run: Run) -> None:
    from normalize.issued import is_post_reform
    from normalize.jurisdiction import parse_jurisdiction
    from normalize.lists import list_for

    place = parse_jurisdiction(run.jurisdiction)
    agencies = list_for(place, replace=GOLDEN / "lists" / run.agencies if run.agencies else None)
    cells = BENCH.load_labels(GOLDEN / f"{run.labels}.csv")
    BENCH.SUCCESSORS["on"] = is_post_reform(place)
    try:
        scores = BENCH.measure(cells, agencies)
        wrong = BENCH.confident_wrong(cells, agencies)
    finally:
        BENCH.SUCCESSORS["on"] = False
    assert scores.f1 >= run.f1 and scores.segmented >= run.segmented
    assert wrong <= run.wrong
