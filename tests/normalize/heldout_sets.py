"""What the three post-2025 held-out agency sets (tests/golden/agencies/heldout2026*/) share.

Each set folder holds labelled cells ``<set>.csv``, each plan's lists ``lists/<set>.csv`` (with
aliases and pre-reform names) and ``lists/<set>-official.csv`` (official names only), and for runs
with the catalogue alone ``catalogue/<set>.csv``: the labels read through ``catalogue-ids.csv``
(each listed body mapped to the catalogue's body of the same office; a body on no list by its raw
text). The goals (issue 12) are the same for every set; a goal a set does not meet is a strict
xfail in its own test file, naming the numbers.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT, load_bench

BENCH = load_bench("agencies")
GOLDEN = ROOT / "tests" / "golden" / "agencies"
NO_ID = "-"
#: The issue's floors per list: (F1, share of cells segmented right); None where the issue sets none.
FLOORS = {"full": (0.97, 0.95), "official": (0.95, 0.90), "catalogue": None}


@dataclass(frozen=True)
class Result:
    """One set read against one list."""

    f1: float
    segmented: float
    wrong: int


def translate_expected(expected: str, label_ids: dict[str, str], raw_ids: dict[str, str]) -> str:
    """Rewrite one cell's labels with catalogue ids: by the label's id, or by raw text for a body on no list.

    A label id the mapping does not name is the catalogue's own already.
    """
    parts = []
    for part in expected.split(" | "):
        raw, _, rest = part.partition(" => ")
        agency_id, *flags = rest.split()
        new = raw_ids.get(raw, agency_id) if agency_id == NO_ID else label_ids.get(agency_id, agency_id)
        parts.append(" ".join([f"{raw} =>", new, *flags]))
    return " | ".join(parts)


def catalogue_rows(folder: Path, name: str) -> list[list[str]]:
    """Return the rows of ``<name>.csv`` (header first) with their ids translated to the catalogue's."""
    with (folder / "catalogue-ids.csv").open(encoding="utf-8", newline="") as handle:
        mapping = [row for row in csv.DictReader(handle) if row["set"] == name]
    label_ids = {row["label"]: row["catalogue_id"] for row in mapping if row["label"] != NO_ID}
    raw_ids = {row["raw"]: row["catalogue_id"] for row in mapping if row["label"] == NO_ID}
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return [rows[0]] + [[*row[:4], translate_expected(row[4], label_ids, raw_ids)] for row in rows[1:]]


def check_catalogue_labels(folder: Path, name: str) -> None:
    """The catalogue labels are exactly the labels read through the mapping."""
    with (folder / "catalogue" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == catalogue_rows(folder, name)


def check_labels(folder: Path, name: str) -> None:
    """Every labelled id is a current (not replaced) body of the set's own list, every raw text is in its cell."""
    with (folder / "lists" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        current = {row["id"] for row in csv.DictReader(handle) if not row["replaced_by"]}
    for cell in BENCH.load_labels(folder / f"{name}.csv"):
        for expected in cell.expected:
            assert expected.raw in cell.cell, (cell.case, expected.raw)
            assert expected.id is None or expected.id in current, (cell.case, expected.id)


@cache
def measure(folder: Path, jurisdiction: str, name: str, lists: str) -> Result:
    """Measure set ``name`` with its full list, its official list, or the catalogue, as bench/agencies.py does."""
    from normalize.issued import is_post_reform
    from normalize.jurisdiction import parse_jurisdiction
    from normalize.lists import list_for

    place = parse_jurisdiction(jurisdiction)
    replace = {"full": f"{name}.csv", "official": f"{name}-official.csv"}.get(lists)
    agencies = list_for(place, replace=folder / "lists" / replace if replace else None)
    labels = folder / "catalogue" / f"{name}.csv" if lists == "catalogue" else folder / f"{name}.csv"
    cells = BENCH.load_labels(labels)
    BENCH.SUCCESSORS["on"], BENCH.PLACE["of"] = is_post_reform(place), place
    try:
        scores = BENCH.measure(cells, agencies)
        wrong = BENCH.confident_wrong(cells, agencies)
    finally:
        BENCH.SUCCESSORS["on"], BENCH.PLACE["of"] = False, None
    return Result(scores.f1, scores.segmented, wrong)


def check_floors(folder: Path, jurisdiction: str, name: str, lists: str) -> None:
    """The issue's F1 and segmentation floors for one set and list."""
    floors = FLOORS[lists]
    assert floors is not None
    result = measure(folder, jurisdiction, name, lists)
    assert result.f1 >= floors[0], result
    assert result.segmented >= floors[1], result


def check_no_confident_wrong(folder: Path, jurisdiction: str, name: str, lists: str) -> None:
    """No mention given a body not its own at score >= 90."""
    assert measure(folder, jurisdiction, name, lists).wrong == 0


def _xfail(reason: str | None) -> list[pytest.MarkDecorator]:
    """A goal not met: strict, so meeting it shows."""
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def floor_cases(names: list[str], fails: dict[tuple[str, str], str]) -> list[object]:
    """(set, list) cases of the floors, those in ``fails`` marked as strict xfails with their reason."""
    return [
        pytest.param(name, lists, id=f"{name}-{lists}", marks=_xfail(fails.get((name, lists))))
        for name in sorted(names)
        for lists, floors in FLOORS.items()
        if floors is not None
    ]


def wrong_cases(names: list[str], fails: dict[tuple[str, str], str]) -> list[object]:
    """(set, list) cases of the no-confident-wrong goal (every list: own, official names only, catalogue), with strict xfails."""
    return [
        pytest.param(name, lists, id=f"{name}-{lists}", marks=_xfail(fails.get((name, lists))))
        for name in sorted(names)
        for lists in FLOORS
    ]
