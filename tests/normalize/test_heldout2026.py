"""The issue's goals on the post-2025 held-out agency sets (tests/golden/agencies/heldout2026*/).

Each folder's sets and lists were written by a helper who had not read the matching code nor the
other label sets, and committed before their first run; its README.md gives the first run and every
later one. heldout2026 (Lâm Đồng, Cần Thơ, phường Cầu Giấy, xã Đô Lương), heldout2026b (Thanh Hóa,
Huế, phường Bến Thành, xã Bắc Hà), heldout2026c (Khánh Hòa, phường Hải Châu, đặc khu Côn Đảo) and
heldout2026d (Phú Thọ, phường Lê Chân) have since been used to write rules: they are development
sets. heldout2026e (Gia Lai, xã Đồng Văn) was measured once on main 102f2f2, then branch
agency-rules2 wrote rules from its misses: a development set too. heldout2026f (An Giang, phường Hồng
Gai) was measured once on main 4452dd8, after agency-rules2, then branch agency-rules3 wrote rules
from its misses: a development set too; so were heldout2026g, h and i after their one run each
(agency-rules4, agency-rules5, rules6). heldout2026j (Vĩnh Long, phường Sông Công) was measured once
on main 5d937cd, after rules6: every goal met on both on that first run (its README).
Goals (issue 12): with each plan's own list, pairwise
F1 >= 0.97, >= 95% of cells segmented right and no mention given a wrong body at score >= 90; with
the official names only, F1 >= 0.95 and >= 90% segmented; with the catalogue alone, no mention
given a wrong body at score >= 90 (tested with every list). A goal not met is a strict xfail naming its numbers, so the
suite stays green and shows when a change meets it.
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

#: Each folder's sets with their jurisdiction, as ``--jurisdiction`` takes it.
SETS = {
    "heldout2026": {
        "lam-dong-2026": "tỉnh Lâm Đồng",
        "can-tho-2026": "thành phố Cần Thơ",
        "phuong-cau-giay-2026": "phường Cầu Giấy, thành phố Hà Nội",
        "xa-do-luong-2026": "xã Đô Lương, tỉnh Nghệ An",
    },
    "heldout2026b": {
        "thanh-hoa-2026": "tỉnh Thanh Hóa",
        "hue-2026": "thành phố Huế",
        "phuong-ben-thanh-2026": "phường Bến Thành, Thành phố Hồ Chí Minh",
        "xa-bac-ha-2026": "xã Bắc Hà, tỉnh Lào Cai",
    },
    "heldout2026c": {
        "khanh-hoa-2026": "tỉnh Khánh Hòa",
        "phuong-hai-chau-2026": "phường Hải Châu, thành phố Đà Nẵng",
        "dac-khu-con-dao-2026": "đặc khu Côn Đảo, Thành phố Hồ Chí Minh",
    },
    "heldout2026d": {
        "phu-tho-2026": "tỉnh Phú Thọ",
        "phuong-le-chan-2026": "phường Lê Chân, thành phố Hải Phòng",
    },
    "heldout2026e": {
        "gia-lai-2026": "tỉnh Gia Lai",
        "xa-dong-van-2026": "xã Đồng Văn, tỉnh Tuyên Quang",
    },
    "heldout2026f": {
        "an-giang-2026": "tỉnh An Giang",
        "phuong-hong-gai-2026": "phường Hồng Gai, tỉnh Quảng Ninh",
    },
    "heldout2026g": {
        "dak-lak-2026": "tỉnh Đắk Lắk",
        "phuong-thu-dau-mot-2026": "phường Thủ Dầu Một, Thành phố Hồ Chí Minh",
    },
    "heldout2026h": {
        "ninh-binh-2026": "tỉnh Ninh Bình",
        "phuong-vinh-phu-2026": "phường Vinh Phú, tỉnh Nghệ An",
    },
    "heldout2026i": {
        "dong-thap-2026": "tỉnh Đồng Tháp",
        "phuong-ha-giang-1-2026": "phường Hà Giang 1, tỉnh Tuyên Quang",
    },
    "heldout2026j": {
        "vinh-long-2026": "tỉnh Vĩnh Long",
        "phuong-song-cong-2026": "phường Sông Công, tỉnh Thái Nguyên",
    },
}
#: (set, list) pairs whose F1/segmented floor is not met, with their numbers: none since branch rules6 (the sealed
#: heldout2026i's ward missed two on its first run, heldout2026h three; heldout2026f's ward set and both heldout2026g
#: sets on theirs; first runs: each folder's README).
#: phu-tho-2026 and gia-lai-2026 label a former or later name in parentheses ("Sở LĐ-TB&XH
#: (nay là Sở Nội vụ)", "(Sở TN&MT cũ)") as one mention of the body, as heldout2.csv and heldout4.csv do (relabelled in
#: agency-rules2, their READMEs say which cells).
FLOOR_FAILS: dict[tuple[str, str], str] = {}
#: (set, list) pairs with a confident wrong id (own list, official names only, catalogue): none since branch
#: agency-rules4 (the sealed heldout2026g's ward had them on its first run: "Chánh Văn phòng HĐND và UBND phường" cut
#: at "và", its tail "UBND phường" given the ward's UBND; "Phòng Kinh tế" cut from "Phòng Kinh tế, Hạ tầng và Đô thi").
WRONG_FAILS: dict[tuple[str, str], str] = {}

#: Each set's folder and jurisdiction.
PLACES = {name: (GOLDEN / folder, place) for folder, sets in SETS.items() for name, place in sets.items()}


@pytest.mark.parametrize("name", sorted(PLACES))
def test_catalogue_labels_follow_the_mapping(name: str) -> None:
    check_catalogue_labels(PLACES[name][0], name)


@pytest.mark.parametrize("name", sorted(PLACES))
def test_labels_name_bodies_of_the_list_and_text_of_the_cell(name: str) -> None:
    check_labels(PLACES[name][0], name)


@pytest.mark.parametrize(("name", "lists"), floor_cases(list(PLACES), FLOOR_FAILS))
def test_f1_and_segmentation_goals(name: str, lists: str) -> None:
    check_floors(*PLACES[name], name, lists)


@pytest.mark.parametrize(("name", "lists"), wrong_cases(list(PLACES), WRONG_FAILS))
def test_no_confident_wrong_body(name: str, lists: str) -> None:
    check_no_confident_wrong(*PLACES[name], name, lists)
