"""The issue's goals on a fourth, sealed set of two post-2025 plans (tests/golden/agencies/heldout2026d/).

The earlier held-out sets (heldout2026/, heldout2026b/, heldout2026c/) have been used to improve the
rules; this one measures honestly again. The sets (tỉnh Phú Thọ, phường Lê Chân of thành phố Hải
Phòng) and their lists were written by a helper who had not read the matching code nor the other
label sets, and committed before their first run (heldout2026d/README.md). Goals (issue 12): with each
plan's own list, pairwise F1 >= 0.97, >= 95% of cells segmented right and no mention given a wrong
body at score >= 90; with the official names only, F1 >= 0.95 and >= 90% segmented; with the
catalogue alone, no mention given a wrong body at score >= 90. A goal not met by the code the set was
first run on is a strict xfail naming the numbers of that run, so the suite stays green and shows
when a change meets it.

For the catalogue runs the labels are read through ``catalogue-ids.csv`` (written after the labels
were committed): ``heldout2026d/catalogue/<set>.csv``, checked here against that translation.
Keep these cells out of rule-writing: read a miss here only to report it, never to tune on it.
"""

from __future__ import annotations

import pytest
from heldout_sets import (
    GOLDEN,
    check_catalogue_labels,
    check_floors,
    check_labels,
    check_no_confident_wrong,
    floor_cases,
    wrong_cases,
)

HELDOUT = GOLDEN / "heldout2026d"

#: Each set's jurisdiction, as ``--jurisdiction`` takes it.
JURISDICTIONS = {
    "phu-tho-2026": "tỉnh Phú Thọ",
    "phuong-le-chan-2026": "phường Lê Chân, thành phố Hải Phòng",
}
#: (set, list) pairs whose F1/segmented floor is not met on the first run (code of main adf1389), with its numbers.
FLOOR_FAILS: dict[tuple[str, str], str] = {
    ("phu-tho-2026", "full"): "first run: F1 0.9060, segmented 93.2% (floors 0.97, 95%)",
    ("phu-tho-2026", "official"): "first run: F1 0.9153, segmented 93.2% (floor F1 0.95)",
}
#: (set, list) pairs with a confident wrong id on the first run: none.
WRONG_FAILS: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("name", sorted(JURISDICTIONS))
def test_catalogue_labels_follow_the_mapping(name: str) -> None:
    check_catalogue_labels(HELDOUT, name)


@pytest.mark.parametrize("name", sorted(JURISDICTIONS))
def test_labels_name_bodies_of_the_list_and_text_of_the_cell(name: str) -> None:
    check_labels(HELDOUT, name)


@pytest.mark.parametrize(("name", "lists"), floor_cases(list(JURISDICTIONS), FLOOR_FAILS))
def test_f1_and_segmentation_goals(name: str, lists: str) -> None:
    check_floors(HELDOUT, JURISDICTIONS[name], name, lists)


@pytest.mark.parametrize(("name", "lists"), wrong_cases(list(JURISDICTIONS), WRONG_FAILS))
def test_no_confident_wrong_body(name: str, lists: str) -> None:
    check_no_confident_wrong(HELDOUT, JURISDICTIONS[name], name, lists)
