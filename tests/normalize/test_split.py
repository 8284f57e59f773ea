"""One piece into spans, one per named body: separators, names run together, fragments, orphaned tails."""

from __future__ import annotations

import pytest

from normalize.split import group_commas, head_of_units, is_fragment, split_piece


def known(*names: str):  # type: ignore[no-untyped-def]
    return lambda span: 1.0 if span in names else 0.0


def test_names_run_together_are_split_by_the_list() -> None:
    scorer = known("Phòng Giáo dục và Đào tạo", "UBND cấp xã")
    assert split_piece("Phòng Giáo dục và Đào tạo UBND cấp xã", scorer) == ("Phòng Giáo dục và Đào tạo", "UBND cấp xã")


def test_names_holding_commas_and_va_stay_whole() -> None:
    scorer = known("Phòng, ban đơn vị", "UBND cấp xã", "Phòng")
    assert split_piece("Phòng, ban đơn vị, UBND cấp xã", scorer) == ("Phòng, ban đơn vị", "UBND cấp xã")
    name = "Phòng Văn hóa và Thông tin"
    assert split_piece(name, known(name)) == (name,)


def test_unknown_text_is_cut_at_commas_but_not_at_va() -> None:
    nothing = known()
    assert split_piece("Hội Nông dân, Hội Phụ nữ", nothing) == ("Hội Nông dân", "Hội Phụ nữ")
    assert split_piece("Phòng Khoa học và Công nghệ", nothing) == ("Phòng Khoa học và Công nghệ",)


def test_va_typed_without_its_mark_joins_names_as_va_does() -> None:
    scorer = known("Uy ban nhan dan thanh pho", "UBND cac xa", "Phong Nong nghiep va Moi truong")
    assert split_piece("Uy ban nhan dan thanh pho va UBND cac xa", scorer) == (
        "Uy ban nhan dan thanh pho",
        "UBND cac xa",
    )
    assert split_piece("Phong Nong nghiep va Moi truong", scorer) == ("Phong Nong nghiep va Moi truong",)
    assert split_piece("Hoi Nong dan va Hoi Phu nu", known()) == ("Hoi Nong dan va Hoi Phu nu",)  # unknown: whole


def test_hyphenated_phrase_is_not_a_separator() -> None:
    scorer = known("UBMTTQVN", "các tổ chức chính trị - xã hội thành phố")
    assert split_piece("UBMTTQVN và các tổ chức chính trị - xã hội thành phố", scorer) == (
        "UBMTTQVN",
        "các tổ chức chính trị - xã hội thành phố",
    )


def test_a_sure_name_beats_a_fuzzy_span_that_swallows_words() -> None:
    def scorer(span: str) -> float:
        scores = {"UBMTTQVN thành phố": 1.0, "UBMTTQVN thành phố và các": 0.92, "các tổ chức": 1.0, "tổ chức": 1.0}
        return scores.get(span, 0.0)

    assert split_piece("UBMTTQVN thành phố và các tổ chức", scorer) == ("UBMTTQVN thành phố", "các tổ chức")


def test_unknown_text_longer_than_max_words_is_one_span() -> None:
    # max_words bounds the names the list can hold, not the unknown text between separators
    text = "Các cơ sở khám chữa bệnh công lập"
    assert split_piece(text, known(), max_words=3) == (text,)
    assert split_piece("Phòng Y tế, " + text, known("Phòng Y tế"), max_words=3) == ("Phòng Y tế", text)


def test_a_split_leaving_a_fragment_loses_to_the_whole() -> None:
    # "Phòng NN" alone is a name, "MT" alone is none: the piece stays whole for review
    assert split_piece("Phòng NN và MT", known("Phòng NN")) == ("Phòng NN và MT",)
    assert split_piece("Đài truyền thanh xã, phường", known("Đài truyền thanh xã")) == ("Đài truyền thanh xã, phường",)
    # a known name next to a real one is still cut off
    assert split_piece("Phòng NN và Phòng Y tế", known("Phòng NN", "Phòng Y tế")) == ("Phòng NN", "Phòng Y tế")


@pytest.mark.parametrize(
    ("span", "fragment"),
    [
        ("MT", True),
        ("TX", True),
        ("phường", True),
        ("thị trấn", True),
        ("các xã", True),
        ("UBND thành phố", False),
        ("Phòng NN", False),
        ("Hội Phụ nữ", False),
        ("UBND", True),
        ("HT&ĐT", True),
        ("TC-KH", True),
        ("KH&TT", True),
        ("HT&", False),
        ("Hạ tầng", False),
    ],
)
def test_is_fragment(span: str, fragment: bool) -> None:
    assert is_fragment(span) is fragment


def test_a_comma_between_initials_under_one_head_does_not_cut() -> None:
    # "Phòng KT" alone is a name; the glued initials after the comma are none: the whole stays
    assert split_piece("Phòng KT, HT&ĐT", known("Phòng KT")) == ("Phòng KT, HT&ĐT",)
    assert split_piece("Phòng VH, KH&TT", known()) == ("Phòng VH, KH&TT",)
    # initials that open the text are no head word; a word after the comma is a new name
    assert split_piece("UBND TP, TX", known("UBND TP")) == ("UBND TP", "TX")
    assert split_piece("Phòng KT, Hội Nông dân", known("Phòng KT")) == ("Phòng KT", "Hội Nông dân")
    assert split_piece("Phòng KT, Phòng Y tế", known("Phòng KT", "Phòng Y tế")) == ("Phòng KT", "Phòng Y tế")


def test_a_comma_before_a_lower_case_continuation_does_not_cut_unknown_text() -> None:
    nothing = known()
    text = "Ban Bảo vệ, chăm sóc sức khỏe cán bộ thành phố"
    assert split_piece(text, nothing) == (text,)
    assert split_piece("Đài truyền thanh các xã, phường", nothing) == ("Đài truyền thanh các xã, phường",)
    # a capital, a plural or a head noun after the comma opens another name; all-lower text gives no signal
    assert split_piece("Hội Nông dân, Hội Phụ nữ", nothing) == ("Hội Nông dân", "Hội Phụ nữ")
    assert split_piece("Sở Tư pháp, các phòng ban", nothing) == ("Sở Tư pháp", "các phòng ban")
    assert split_piece("liên đoàn lao động, đoàn thanh niên", nothing) == ("liên đoàn lao động", "đoàn thanh niên")


def test_level_words_without_marks_are_fragments() -> None:
    assert is_fragment("phuong") and is_fragment("cac xa") and not is_fragment("Phong Y te")


def test_a_cut_at_va_leaving_a_headless_unknown_tail_loses_to_the_whole() -> None:
    # "Dân số" has no head noun, names nothing and is no field: "Phòng Y tế" alone would be a false merge
    assert split_piece("Phòng Y tế và Dân số", known("Phòng Y tế")) == ("Phòng Y tế và Dân số",)
    assert split_piece("Phòng Y tế, Phòng Nội vụ và Dân số", known("Phòng Y tế", "Phòng Nội vụ")) == (
        "Phòng Y tế",
        "Phòng Nội vụ và Dân số",
    )
    # a tail with a head noun of its own, a tail the list names, or a field the caller can resolve still cuts
    assert split_piece("Phòng Y tế và Hội Dân số", known("Phòng Y tế")) == ("Phòng Y tế", "Hội Dân số")
    assert split_piece("Phòng Y tế và các đơn vị", known("Phòng Y tế")) == ("Phòng Y tế", "các đơn vị")
    assert split_piece("Phòng Y tế và Dân số", known("Phòng Y tế", "Dân số")) == ("Phòng Y tế", "Dân số")
    assert split_piece("Phòng Y tế và Dân số", known("Phòng Y tế"), is_field=lambda s: s == "Dân số") == (
        "Phòng Y tế",
        "Dân số",
    )
    # the rule is about "và" only: a comma lists names, and "&" never cuts
    assert split_piece("Phòng Y tế, Dân số", known("Phòng Y tế")) == ("Phòng Y tế", "Dân số")
    assert split_piece("Phòng Y tế & Dân số", known("Phòng Y tế")) == ("Phòng Y tế & Dân số",)


def test_cung_joins_names_as_va_does() -> None:
    scorer = known("Phòng Nội vụ", "Phòng Tư pháp")
    assert split_piece("Phòng Nội vụ cùng Phòng Tư pháp", scorer) == ("Phòng Nội vụ", "Phòng Tư pháp")


def test_two_bodies_glued_by_va_are_two_even_unknown() -> None:
    nothing = known()
    assert split_piece("Hội LHPN thành phố và Thành đoàn", nothing) == ("Hội LHPN thành phố", "Thành đoàn")
    assert split_piece("Hội Nông dân và Hội Phụ nữ", nothing) == ("Hội Nông dân", "Hội Phụ nữ")
    assert split_piece("Ban Tuyên giáo và Dân vận Thành ủy", nothing) == ("Ban Tuyên giáo và Dân vận Thành ủy",)
    assert split_piece("Văn phòng HĐND và UBND tỉnh", nothing) == ("Văn phòng HĐND và UBND tỉnh",)


def test_a_plural_groups_list_of_nouns_is_never_cut() -> None:
    """A cut would give the group's first nouns ("Các sở, ban, ngành", listed) the whole's body."""
    scorer = known("Các sở, ban, ngành", "UBND các xã")
    assert split_piece("Các sở, ban, ngành, địa phương", scorer) == ("Các sở, ban, ngành, địa phương",)
    assert split_piece("Các sở, ban, ngành, UBND các xã", scorer) == ("Các sở, ban, ngành", "UBND các xã")
    assert split_piece("các cơ quan, đơn vị, địa phương", known("các cơ quan, đơn vị")) == (
        "các cơ quan, đơn vị, địa phương",
    )
    # an item of more than a few words is a group of its own
    assert split_piece("Các phòng ban chuyên môn, đoàn thể", known("Các phòng ban chuyên môn", "đoàn thể")) == (
        "Các phòng ban chuyên môn",
        "đoàn thể",
    )


def test_a_place_named_alone_is_a_fragment() -> None:
    whole = "UBND các xã, phường, đặc khu Cồn Cỏ"
    scorer = lambda span: {"UBND các xã, phường": 1.0, whole: 0.9}.get(span, 0.0)  # noqa: E731
    assert split_piece(whole, scorer) == (whole,)
    assert is_fragment("đặc khu Cồn Cỏ") and is_fragment("thị trấn Phan Rang - Tháp Chàm")
    assert not is_fragment("Xã đội") and not is_fragment("Đảng ủy xã Gio Linh")


def test_an_office_keeps_the_bodies_it_serves_until_its_level() -> None:
    """A cut would give the office's words a body's sure id ("UBND") for a mention naming the office."""
    scorer = known("UBND", "HĐND", "UBND thành phố", "Văn phòng UBND tỉnh")
    assert split_piece("Văn phòng HĐND và UBND", scorer) == ("Văn phòng HĐND và UBND",)
    assert split_piece("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", scorer) == ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",)
    # named with its level, the office is closed: the next body is another
    assert split_piece("Văn phòng UBND tỉnh, UBND thành phố", scorer) == ("Văn phòng UBND tỉnh", "UBND thành phố")


def test_a_departments_unknown_fields_joined_by_va_stay_whole() -> None:
    """Read alone, the field after "và" would give the whole's words another body ("Sở Du lịch")."""
    scorer = known("Du lịch", "Sở Nội vụ", "Tư pháp")
    assert split_piece("Sở Văn hóa và Du lịch", scorer) == ("Sở Văn hóa và Du lịch",)
    assert split_piece("Sở Nội vụ và Tư pháp", scorer) == ("Sở Nội vụ", "Tư pháp")


@pytest.mark.parametrize(
    "group",
    [
        "các bệnh viện, trung tâm y tế trực thuộc",
        "các trường THPT, trung tâm GDNN-GDTX",
        "các cơ sở khám bệnh, chữa bệnh công lập",
        "Các trường Mầm non, Tiểu học, THCS trên địa bàn xã",
    ],
)
def test_a_group_listing_institutions_or_school_levels_is_one_span(group: str) -> None:
    assert split_piece(group, lambda span: 0.0) == (group,)


def test_a_capitalised_body_after_a_group_is_cut() -> None:
    assert split_piece("Các trường, Trung tâm Y tế", lambda span: 0.0) == ("Các trường", "Trung tâm Y tế")


def test_a_name_read_whole_with_a_typo_is_not_cut_beside_a_sure_part() -> None:
    known = {"Phòng Kinh tế": 1.0, "UBND phường": 1.0}
    whole = {"Phòng Kinh tế, Hạ tầng và Đô thi phường": 0.97, "Chánh Văn phòng HĐND và UBND phường": 0.946}

    def scorer(span: str) -> float:
        return known.get(span, whole.get(span, 0.0))

    assert split_piece("Phòng Kinh tế, Hạ tầng và Đô thi phường", scorer) == (
        "Phòng Kinh tế, Hạ tầng và Đô thi phường",
    )
    assert split_piece("Chánh Văn phòng HĐND và UBND phường", scorer) == ("Chánh Văn phòng HĐND và UBND phường",)
    assert split_piece("Phòng Kinh tế, UBND phường", scorer) == ("Phòng Kinh tế", "UBND phường")
    assert split_piece("Phòng Kinh tế, Hạ tầng", lambda s: known.get(s, 0.0)) == ("Phòng Kinh tế", "Hạ tầng")


def test_a_head_shared_over_a_comma_by_two_places_parts_two_bodies() -> None:
    assert split_piece("UBND phường Buôn Ma Thuột, phường Tuy Hòa", lambda s: 0.0) == (
        "UBND phường Buôn Ma Thuột",
        "phường Tuy Hòa",
    )
    assert split_piece("UBND các xã, phường, đặc khu Cồn Cỏ", lambda s: 0.0) == ("UBND các xã, phường, đặc khu Cồn Cỏ",)


def test_a_capitalised_group_after_a_groups_list_opens_a_name_of_its_own() -> None:
    assert 3 not in group_commas("Các phòng chuyên môn , Cơ quan , đơn vị huyện".split())
    assert 2 in group_commas("Các phòng , cơ quan , đơn vị".split())


@pytest.mark.parametrize(
    "words",
    ["Tổ trưởng các tổ dân phố", "Trưởng các ấp", "Thủ trưởng các cơ quan , đơn vị", "Bí thư , Trưởng các khóm"],
)
def test_a_heads_title_before_a_group_is_not_cut_from_it(words: str) -> None:
    tokens = words.split()
    title_end = next(at for at, word in enumerate(tokens) if word.casefold() == "các")
    assert title_end in head_of_units(tokens)


def test_a_title_before_a_group_stays_one_name() -> None:
    def scorer(span: str) -> float:
        return {"Tổ trưởng": 0.6, "các tổ dân phố": 1.0, "Tổ trưởng các tổ dân phố": 0.9}.get(span, 0.0)

    assert split_piece("Tổ trưởng các tổ dân phố", scorer) == ("Tổ trưởng các tổ dân phố",)
    assert split_piece("Tổ trưởng, các tổ dân phố", scorer) == ("Tổ trưởng", "các tổ dân phố")


def test_a_title_before_a_residential_unit_stays_one_name_after_a_comma() -> None:
    def scorer(span: str) -> float:
        return {"Trưởng thôn": 0.5, "Tổ trưởng": 0.5, "tổ dân phố": 1.0, "Tổ trưởng tổ dân phố": 0.7}.get(span, 0.0)

    assert split_piece("Trưởng thôn, Tổ trưởng tổ dân phố", scorer) == ("Trưởng thôn", "Tổ trưởng tổ dân phố")


def test_a_posts_title_before_a_group_of_units_keeps_the_group_whole() -> None:
    words = "Bí thư chi bộ các ấp , khóm".split()
    assert 4 in head_of_units(words) and 6 in group_commas(words)
    assert split_piece("Bí thư chi bộ các ấp, khóm", lambda span: 1.0 if span == "khóm" else 0.0) == (
        "Bí thư chi bộ các ấp, khóm",
    )
