"""Bodies asked through their head's title, and groups with a qualifier of their members."""

from __future__ import annotations

from core.model import Jurisdiction
from normalize.catalogue import catalogue_for
from normalize.match import resolve_cell
from normalize.titles import title_words, without_qualifier, without_title

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
