"""The rule registry: every decision names its rule, and every rule-made match a person must see is reviewed."""

from __future__ import annotations

import pytest

from core.model import REVIEW_BELOW, SURE_METHODS, Agency
from normalize.agencies import AgencyList, load_agency_list
from normalize.index import build_index
from normalize.lists import SUCCESSOR
from normalize.match import CELL_RULES, SPAN_RULES, match_name, resolve_cell
from normalize.rules import RULES
from normalize.typos import mark_typo

AGENCIES = load_agency_list()
INDEX = build_index(AGENCIES)
#: The sure lookups of :func:`normalize.match.match_name`: the text is a listed spelling.
SURE_LOOKUPS = frozenset({"exact", "alias", "abbreviation"})


def test_sure_methods_are_the_sure_lookups_and_the_span_rules_over_them() -> None:
    """And the successor given after the reform to a body named surely (normalize/lists.py)."""
    assert SURE_METHODS == SURE_LOOKUPS | set(SPAN_RULES) | {SUCCESSOR}


def test_every_rescue_and_cell_rule_is_reviewed() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)), "each rule has its own name"
    assert not SURE_METHODS & {*names, *CELL_RULES, "fuzzy", "unmatched"}
    assert not set(names) & set(CELL_RULES)


#: One mention for every rescue rule, read by that rule and no earlier one (against the city list,
#: or a province's catalogue where the city list has no name short enough).
RULE_CASES = [
    ("Phong Noi vu", "unmarked-words"),
    ("Sở Y tê", "tone-typo"),
    ("Sỏ Y tế", "mark-typo"),
    ("TAND", "city-level"),
    ("Phòng Y tế thành phố Vinh", "place-name"),
    ("Côn an thành phố Vinh", "place-name-typo"),
    ("Sở TT&TT tỉnh Bắc Giang", "province-place-name"),
    ("Sở Khoa học và Công ngệ tỉnh Bắc Giang", "province-place-typo"),
    ("UBND các xã, phường", "level-words"),
    ("UBND các xã, thị trấn Nam Đàn", "named-unit"),
    ("Các tổ dân phố, khu phố", "residential-units"),
    ("Trang thông tin điện tử", "channel-level"),
    ("Thuế cơ sở 2 tỉnh Nghệ An", "regional-unit"),
    ("Đài truyền thanh cấp xã", "commune-stations"),
    ("Các phòng ban chuyên môn thuộc UBND thành phố", "group-qualifier"),
    ("Phòng Giáo dục", "first-part"),
    ("Phòng Kế hoạch - Tài chính", "reordered"),
    ("Chủ tịch UBND các xã, phường", "head-of-body"),
    ("các Tổ dân phố trưởng", "head-after-unit"),
    ("UBND các xã có đồng bào dân tộc thiểu số", "group-with-qualifier"),
    ("Mặt trận thành phố", "short-name"),
    ("các sở, ngành liên quan", "group-subset"),
    ("Kho bạc Nhà nước", "level-left-off"),
    ("UBND cac xa, phuong", "restored-marks"),
    ("Văn phòng HĐND và UBDN thành phố", "abbreviation-typo"),
    ("Phòng TC-HK", "initials-slip"),
]


def test_every_rule_has_a_case() -> None:
    assert [method for _, method in RULE_CASES] == [rule.name for rule in RULES]


#: The province whose catalogue reads the cases of :data:`IN_PROVINCE`.
PROVINCE = "tỉnh Nghệ An"
IN_PROVINCE = frozenset({"Sở Y tê", "Sỏ Y tế", "Thuế cơ sở 2 tỉnh Nghệ An", "các sở, ngành liên quan"})
#: The ward whose catalogue reads the cases of :data:`IN_WARD`.
WARD = "phường Trường Vinh, tỉnh Nghệ An"
IN_WARD = frozenset({"Các tổ dân phố, khu phố", "Kho bạc Nhà nước", "các Tổ dân phố trưởng"})


@pytest.mark.parametrize(("raw", "method"), RULE_CASES)
def test_each_rescue_rule_reports_its_name_and_is_reviewed(raw: str, method: str) -> None:
    from normalize.catalogue import catalogue_for
    from normalize.jurisdiction import parse_jurisdiction

    index = INDEX
    if raw in IN_PROVINCE | IN_WARD:
        index = build_index(catalogue_for(parse_jurisdiction(PROVINCE if raw in IN_PROVINCE else WARD)))
    found = match_name(raw, index)
    assert found.id is not None and found.method == method
    assert found.score < REVIEW_BELOW


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Các phòng: Nội vụ, Tư pháp", [("phong-noi-vu", "shared-head"), ("phong-tu-phap", "shared-head")]),
        ("Phòng Nội vụ, Tư pháp", [("phong-noi-vu", "exact"), ("phong-tu-phap", "shared-head")]),
        ("UBND và Công an các xã, phường", [("ubnd-cap-xa", "level-tail"), (None, "unmatched")]),
        ("UBND cấp huyện, cấp xã", [("ubnd-cap-huyen", "exact"), ("ubnd-cap-xa", "level-stem")]),
        # a span rule over a rule-made match keeps the rule that decided the id, and is reviewed
        ("UBND thành phố và các phường, xã", [("ubnd-thanh-pho", "exact"), ("ubnd-cap-xa", "level-words")]),
    ],
)
def test_span_rules_name_themselves_over_sure_lookups(cell: str, expected: list[tuple[str | None, str]]) -> None:
    mentions = resolve_cell(cell, AGENCIES)
    assert [(m.id, m.method) for m in mentions] == expected
    assert [m.needs_review for m in mentions] == [m.id is None or m.method not in SURE_METHODS for m in mentions]


def test_units_stem_over_a_listed_alias() -> None:
    agencies = AgencyList(
        (
            Agency("ubnd-thanh-pho", "UBND thành phố", "agency", "city"),
            Agency("ubnd-cap-xa", "UBND cấp xã", "agency", "commune", aliases=("UBND các xã",)),
        )
    )
    mentions = resolve_cell("UBND thành phố và các xã", agencies)
    assert [(m.raw, m.id, m.method, m.needs_review) for m in mentions] == [
        ("UBND thành phố", "ubnd-thanh-pho", "exact", False),
        ("các xã", "ubnd-cap-xa", "units-stem", False),
    ]


def test_a_tone_typo_is_read_only_when_one_entry_fits() -> None:
    from normalize.catalogue import catalogue_for
    from normalize.jurisdiction import parse_jurisdiction

    index = build_index(catalogue_for(parse_jurisdiction(PROVINCE)))
    assert match_name("Sở Y tê", index).method == "tone-typo"
    assert match_name("Sở Ỳ tê", index).id is None  # two words' tones off: another name, or worse than a typo
    two = AgencyList((Agency("a", "Ban Dân vận", "agency", ""), Agency("b", "Ban Dân vấn", "agency", "")))
    assert match_name("Ban Dân vân", build_index(two)).id is None  # fits both


def test_a_mark_typo_is_read_only_when_it_cannot_be_another_body() -> None:
    from normalize.catalogue import catalogue_for
    from normalize.jurisdiction import parse_jurisdiction

    index = build_index(catalogue_for(parse_jurisdiction(PROVINCE)))
    assert match_name("Sỏ Y tế", index).method == "mark-typo"
    two = AgencyList((Agency("a", "Hội Cơ khí", "agency", ""), Agency("b", "Hội Cô khí", "agency", "")))
    assert match_name("Hội Cỏ khí", build_index(two)).id is None  # fits both
    heads = AgencyList((Agency("a", "Ban Dân vận", "agency", ""), Agency("b", "Bàn Dân tộc", "agency", "")))
    assert mark_typo("bàn dân vận", build_index(heads)) is None  # the word typed is another entry's head


def test_a_group_subset_names_whole_kinds_of_the_list() -> None:
    """A generic "related bodies" is no part of "Các cơ quan chuyên môn" (the departments); a head's title waives the qualifier."""
    agencies = AgencyList(
        (
            Agency(
                "so",
                "Các sở, ban, ngành tỉnh",
                "group",
                "province",
                aliases=("Các cơ quan chuyên môn thuộc UBND tỉnh",),
            ),
            Agency("ca", "Công an tỉnh", "agency", "province"),
        )
    )
    index = build_index(agencies)
    assert match_name("các cơ quan có liên quan", index).id is None
    assert (match_name("các sở, ngành liên quan", index).id, match_name("Giám đốc các Sở", index).id) == ("so", "so")
    assert match_name("các sở", index).id is None  # no qualifier, no title: maybe the start of a longer name


def test_owner_tail_reads_the_boards_of_the_body_that_closes_the_list() -> None:
    from normalize.catalogue import catalogue_for
    from normalize.jurisdiction import parse_jurisdiction

    agencies = catalogue_for(parse_jurisdiction(PROVINCE))
    mentions = resolve_cell("Ban Pháp chế, Ban Kinh tế - Ngân sách HĐND tỉnh", agencies)
    assert [(m.raw, m.id, m.method) for m in mentions] == [
        ("Ban Pháp chế", "nghe-an/ban-phap-che-hdnd", "owner-tail"),
        ("Ban Kinh tế - Ngân sách HĐND tỉnh", "nghe-an/ban-kinh-te-ngan-sach-hdnd", "alias"),
    ]
    assert [m.id for m in resolve_cell("Ban Pháp chế, Sở Y tế", agencies)] == [None, "nghe-an/so-y-te"]


def test_one_unit_named_is_one_commune_not_the_level() -> None:
    from normalize.catalogue import catalogue_for
    from normalize.jurisdiction import parse_jurisdiction

    province = build_index(catalogue_for(parse_jurisdiction(PROVINCE)))
    assert match_name("UBND xã Hưng Nguyên", province).id is None
    assert match_name("UBND các xã, phường, đặc khu Hòn Ngư", province).method in {"fuzzy", "named-unit"}
    ward = build_index(catalogue_for(parse_jurisdiction(WARD)))
    # in a ward's plan, the communes' committees are not the ward's own ("UBND phường" names one unit)
    assert match_name("UBND các xã", ward).id is None
    # nor is the whole commune level one unit's body: "UBND các phường" is not the ward's own UBND
    assert match_name("UBND các phường", ward).id is None
    assert match_name("Văn phòng UBND các xã, phường", ward).id is None
    # one unit is not another: "UBND xã" is no ward's committee, however alike the words
    assert match_name("UBND xã", ward).id is None and match_name("UBND phường", ward).id is not None
