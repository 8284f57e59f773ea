"""The issue's goals on four held-out post-2025 plans (tests/golden/agencies/heldout2026/).

The sets (tỉnh Lâm Đồng, thành phố Cần Thơ, phường Cầu Giấy of Hà Nội, xã Đô Lương of Nghệ An)
and their lists were written by a helper who had not read the matching code nor the other label
sets, and committed before their first run (heldout2026/README.md). Goals (issue 12): with each
plan's own list, pairwise F1 >= 0.97, >= 95% of cells segmented right and no mention given a wrong
body at score >= 90; with the official names only, F1 >= 0.95 and >= 90% segmented; with the
catalogue alone, no mention given a wrong body at score >= 90. A goal not met today is a strict
xfail naming the numbers of its first run, so the suite stays green and shows what fails.

The catalogue names its bodies with its own ids, so for the catalogue runs the labels are read
through ``catalogue-ids.csv`` (written after the labels were committed, by matching each listed
body's official name to the catalogue's body of the same office; a body the catalogue does not
have keeps no id): ``heldout2026/catalogue/<set>.csv``, checked here against that translation.
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

HELDOUT = GOLDEN / "heldout2026"

#: Each set's jurisdiction, as ``--jurisdiction`` takes it.
JURISDICTIONS = {
    "lam-dong-2026": "tỉnh Lâm Đồng",
    "can-tho-2026": "thành phố Cần Thơ",
    "phuong-cau-giay-2026": "phường Cầu Giấy, thành phố Hà Nội",
    "xa-do-luong-2026": "xã Đô Lương, tỉnh Nghệ An",
}
#: (set, list) pairs whose F1/segmented floor is not met today, with their numbers.
FLOOR_FAILS: dict[tuple[str, str], str] = {}
# The first, untuned run (main e743ae1) missed four floors (README.md of this folder); the agency rules
# of the next change, written without these sets, meet them all.
#: (set, list) pairs with a confident wrong id today.
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
