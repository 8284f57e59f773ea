"""Matching keys: abbreviations written out, initials glued, levels written one way, marks per word."""

from __future__ import annotations

import pytest

from normalize.keys import (
    comma_initials,
    compact_key,
    expand,
    fits_initials,
    key_levels,
    level_key,
    name_key,
    words_fit_unmarked,
)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Phòng TN & MT", "phòng tnmt"),
        ("Phòng GD và ĐT", "phòng gdđt"),
        ("Phòng NN và MT", "phòng nnmt"),
        ("Phòng Giáo dục và Đào tạo", "phòng giáo dục và đào tạo"),  # words, not initials: "và" stays
        ("Phòng Lao Động – Thương Binh & Xã Hội", "phòng lao động thương binhxã hội"),  # harmless: matches nothing
        ("Phòng GD/ĐT", "phòng gdđt"),  # a slash between initials is their joint
        ("Phòng TN / MT", "phòng tnmt"),
        ("UBND xã/phường", "ủy ban nhân dân xã phường"),  # not between initials: words stay apart
        ("Phòng Tư pháp/TP", "phòng tư pháp thành phố"),
    ],
)
def test_compact_key_glues_initials(raw: str, key: str) -> None:
    assert compact_key(raw) == key


def test_the_front_and_its_committee_have_one_key() -> None:
    assert expand(name_key("MTTQ các cấp")) == expand(name_key("Ủy ban MTTQ Việt Nam các cấp"))
    assert expand(name_key("UB MTTQ")) == expand(name_key("UBMTTQVN"))
    assert expand(name_key("Mặt trận Tổ quốc Việt Nam")) == "ủy ban mặt trận tổ quốc việt nam"


def test_mass_organisations_said_once() -> None:
    assert expand(name_key("Các tổ chức đoàn thể chính trị - xã hội")) == "đoàn thể chính trị xã hội"
    assert expand(name_key("Đoàn Thanh niên")) == "đoàn thanh niên"


@pytest.mark.parametrize(
    ("key", "level"),
    [
        ("ủy ban nhân dân các huyện thị xã", "ủy ban nhân dân cấp huyện"),
        ("ủy ban nhân dân các quận huyện", "ủy ban nhân dân cấp huyện"),
        ("ủy ban nhân dân huyện thị xã thành phố", "ủy ban nhân dân cấp huyện"),
        ("ủy ban nhân dân các xã phường", "ủy ban nhân dân cấp xã"),
        ("ủy ban nhân dân thị xã", "ủy ban nhân dân thị xã"),  # one town
        ("ủy ban nhân dân huyện", "ủy ban nhân dân huyện"),  # one district
        ("ủy ban nhân dân huyện và thành phố", "ủy ban nhân dân huyện và thành phố"),
        ("trung tâm y tế huyện", "trung tâm y tế huyện"),
    ],
)
def test_level_key(key: str, level: str) -> None:
    assert level_key(key) == level


@pytest.mark.parametrize(
    ("query", "key", "fits"),
    [
        ("phòng tài chinh ke hoach", "phòng tài chính kế hoạch", True),
        ("phong tai nguyen va moi truong", "phòng tài nguyên và môi trường", True),
        ("phòng tư phàp", "phòng tư pháp", False),  # a wrong mark is not a missing one
        ("sở tài chinh ke hoach", "phòng tài chính kế hoạch", False),
        ("phòng tài chinh", "phòng tài chính kế hoạch", False),
    ],
)
def test_words_fit_unmarked(query: str, key: str, fits: bool) -> None:
    assert words_fit_unmarked(query, key) is fits


@pytest.mark.parametrize(
    ("key", "levels"),
    [
        ("văn phòng ủy ban nhân dân tỉnh", {"province"}),
        ("công an thành phố", {"city"}),
        ("ủy ban nhân dân các huyện thị xã thành phố", {"district", "city"}),
        ("ủy ban nhân dân các xã phường thị trấn", {"commune"}),
        ("ủy ban mặt trận tổ quốc việt nam các cấp", {"all"}),
        ("bảo hiểm xã hội", set()),  # "xã hội" is no commune
        ("các tổ chức chính trị xã hội", set()),
        ("ủy ban nhân dân thị xã", {"district"}),  # "thị xã" is a town
    ],
)
def test_key_levels(key: str, levels: set[str]) -> None:
    assert key_levels(key) == levels


def test_dashes_and_concerned() -> None:
    assert compact_key("Phòng TC - KH") == compact_key("Phòng TC&KH") == "phòng tckh"
    assert expand(name_key("Các phòng, ban có liên quan")) == expand(name_key("Các phòng, ban liên quan"))


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Phòng Kinh tế, Hạ tầng và Đô thị", "phòng kt htđt"),
        ("Phòng Văn hóa, Khoa học và Thông tin", "phòng vh khtt"),
        ("Phòng Kinh tế", None),  # no comma
        ("Các phòng, ban có liên quan", None),  # nothing after the head word before the comma
        ("Trang thông tin điện tử thành phố và phường, xã", None),  # one syllable after the comma
    ],
)
def test_comma_initials(name: str, key: str | None) -> None:
    assert comma_initials(name) == key


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("các đoàn thể", "đoàn thể chính trị xã hội"),
        ("Các đoàn thể thành phố", "đoàn thể chính trị xã hội thành phố"),
        ("Các tổ chức đoàn thể chính trị - xã hội", "đoàn thể chính trị xã hội"),  # said once, not twice
    ],
)
def test_mass_organisations_alone_are_the_socio_political_ones(raw: str, key: str) -> None:
    assert expand(name_key(raw)) == key


@pytest.mark.parametrize("raw", ["các đoàn thể nhân dân", "đoàn thể quần chúng", "Đoàn Thanh niên"])
def test_mass_organisations_with_other_words_are_left_alone(raw: str) -> None:
    assert "chính trị" not in expand(name_key(raw))


@pytest.mark.parametrize(
    ("query", "key", "fits"),
    [
        ("cn vpđkđđ", "chi nhánh văn phòng đăng ký đất đai", True),  # two runs
        ("chi nhánh vpđkđđ", "chi nhánh văn phòng đăng ký đất đai", True),  # one run beside written words
        ("phòng tc kh", "phòng tài chính kế hoạch", True),  # runs split by a space
        ("phòng gdđt", "phòng giáo dục và đào tạo", True),  # "và" left out
        ("phòng tư pháp", "phòng tư pháp", False),  # no initials at all: not this rule's
        ("cn vpđk", "chi nhánh văn phòng đăng ký đất đai", False),  # words left over
        ("phòng tckhx", "phòng tài chính kế hoạch", False),
        ("công an tp", "công an thành phố", True),
    ],
)
def test_fits_initials(query: str, key: str, fits: bool) -> None:
    assert fits_initials(query, key) is fits


def test_a_word_the_names_use_is_never_read_as_initials() -> None:
    assert fits_initials("phòng an", "phòng an ninh") is True
    assert fits_initials("phòng an", "phòng an ninh", frozenset({"an"})) is False
