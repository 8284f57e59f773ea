"""Bodies asked through their head's title, and groups with a qualifier of their members."""

from __future__ import annotations

from core.model import Jurisdiction
from normalize.catalogue import catalogue_for
from normalize.match import resolve_cell
from normalize.titles import title_words, without_qualifier, without_title, without_title_after

KHANH_HOA = Jurisdiction("province", "tỉnh", "Khánh Hòa", "Khánh Hòa", 2026)
HAI_CHAU = Jurisdiction("ward", "phường", "Hải Châu", "Đà Nẵng", 2026)


def test_a_title_is_taken_off_the_front_only() -> None:
    assert title_words(["Chủ", "tịch", "UBND"]) == 2
    assert title_words(["Chủ", "tịch"]) == 0, "a title alone names no body"
    assert without_title("chủ tịch ủy ban nhân dân phường") == "ủy ban nhân dân phường"
    assert without_title("ủy ban nhân dân phường") is None


def test_a_qualifier_is_taken_off_a_group_only() -> None:
    assert without_qualifier("Các sở, ngành có thủ tục", "sở ngành có thủ tục") == "sở ngành"
    assert without_qualifier("UBND các xã có đồng bào", "ủy ban nhân dân các xã có đồng bào") is not None
    assert without_qualifier("Trung tâm có tên", "trung tâm có tên") is None, "no plural: not a group"
    assert without_qualifier("UBND các xã biên giới", "ủy ban nhân dân các xã biên giới") == "ủy ban nhân dân các xã"
    assert without_qualifier("Đồn Biên phòng", "đồn biên phòng") is None
    assert without_qualifier("UBND các xã vùng đồng bào", "ủy ban nhân dân các xã vùng đồng bào") == (
        "ủy ban nhân dân các xã"
    ), "where the members are"


def test_heads_and_qualified_groups_resolve_with_the_catalogue() -> None:
    agencies = catalogue_for(KHANH_HOA)
    got = [m.id for m in resolve_cell("Thủ trưởng các sở, ban, ngành; UBND các xã có đồng bào dân tộc", agencies)]
    assert got == ["khanh-hoa/cac-so-ban-nganh", "khanh-hoa/ubnd-cap-xa"]
    ward = catalogue_for(HAI_CHAU)
    assert [m.id for m in resolve_cell("Chủ tịch UBND phường", ward)] == ["da-nang/phuong-hai-chau/ubnd"]
    assert [m.id for m in resolve_cell("Chủ tịch Hội", ward)] == [None], "a head of no known body stays unplaced"


def test_a_chief_or_head_before_a_body_is_the_body() -> None:
    ward = catalogue_for(HAI_CHAU)
    assert [m.id for m in resolve_cell("Chánh Thanh tra tỉnh", catalogue_for(KHANH_HOA))] == ["khanh-hoa/thanh-tra"]
    assert [m.id for m in resolve_cell("Chánh án TAND tỉnh", catalogue_for(KHANH_HOA))] == ["khanh-hoa/toa-an"]
    assert [m.id for m in resolve_cell("Trưởng Công an phường", ward)] == ["da-nang/phuong-hai-chau/cong-an"]
    assert [m.id for m in resolve_cell("Trưởng các tổ dân phố", ward)] == ["da-nang/phuong-hai-chau/thon-to-dan-pho"]
    assert [m.id for m in resolve_cell("Trưởng", ward)] == [None], "a title alone names no body"


def test_a_head_title_after_the_units_is_the_units() -> None:
    assert without_title_after("các khối trưởng") == "khối", "the expanded key of the units"
    assert without_title_after("trưởng") is None, "a title alone names no body"
    assert without_title_after("ủy ban nhân dân phường") is None
    ward = catalogue_for(HAI_CHAU)
    assert [m.id for m in resolve_cell("các Tổ dân phố trưởng", ward)] == ["da-nang/phuong-hai-chau/thon-to-dan-pho"]


def test_a_short_name_before_a_level_is_the_body_of_that_level() -> None:
    ward = catalogue_for(HAI_CHAU)
    assert [m.id for m in resolve_cell("Mặt trận phường", ward)] == ["da-nang/phuong-hai-chau/ubmttq"]
    assert [m.id for m in resolve_cell("Mặt trận thành phố", ward)] == ["da-nang/ubmttq"]
    assert [m.id for m in resolve_cell("Mặt trận xã", ward)] == [None], "another unit's Front is not the ward's"
    assert [m.id for m in resolve_cell("Mặt trận", ward)] == [None], "no level: no body"


def test_a_title_before_an_office_of_two_bodies_keeps_the_office_whole() -> None:
    ward = catalogue_for(HAI_CHAU)
    mentions = resolve_cell("Chánh Văn phòng HĐND và UBND phường", ward)
    assert [m.raw for m in mentions] == ["Chánh Văn phòng HĐND và UBND phường"]
    assert mentions[0].id is not None and "van-phong-hdnd-ubnd" in mentions[0].id


def test_a_short_name_is_read_with_the_commune_unit_closing_its_list() -> None:
    ward = catalogue_for(HAI_CHAU)
    front, groups = resolve_cell("Mặt trận và các đoàn thể phường", ward)
    assert front.raw == "Mặt trận" and front.id is not None and front.id.endswith("/ubmttq")
    assert front.method == "short-name", "reviewed, as the rule it follows"
    assert groups.raw == "các đoàn thể phường"
    assert resolve_cell("Mặt trận", ward)[0].id is None, "with no level anywhere, a short name names none"


def test_the_standing_members_of_a_body_are_the_body() -> None:
    ward = catalogue_for(HAI_CHAU)
    assert [m.id for m in resolve_cell("Thường trực Ủy ban MTTQ phường", ward)] == ["da-nang/phuong-hai-chau/ubmttq"]
    assert [m.id for m in resolve_cell("Ban Thường trực UBMTTQ phường", ward)] == ["da-nang/phuong-hai-chau/ubmttq"]
    assert [m.id for m in resolve_cell("Thường trực Đảng ủy, HĐND phường", ward)] == [
        "da-nang/phuong-hai-chau/dang-uy",
        "da-nang/phuong-hai-chau/hdnd",
    ]
    assert [m.id for m in resolve_cell("Thường trực", ward)] == [None], "a title alone names no body"


def test_a_head_noun_alone_keeps_the_verb_and_the_people_after_it() -> None:
    ward = catalogue_for(HAI_CHAU)
    (mention,) = resolve_cell("Trung tâm hỗ trợ người dân", ward)
    assert (mention.raw, mention.note) == ("Trung tâm hỗ trợ người dân", None)
