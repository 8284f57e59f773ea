"""Where a plan is from: the jurisdiction read from a title, or given on the command line."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from core.model import Document, Jurisdiction, Provenance, Row
from normalize import locate
from normalize.issued import is_post_reform
from normalize.jurisdiction import (
    JurisdictionError,
    load_places,
    parse_jurisdiction,
    plan_year,
    read_jurisdiction,
)
from normalize.place_doubts import jurisdiction_doubt

TITLES = [
    (
        "PHỤ LỤC\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/2/2026 của UBND tỉnh Quảng Trị)",
        Jurisdiction("province", "tỉnh", "Quảng Trị", "Quảng Trị", 2026),
    ),
    (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÀ\nKẾ HOẠCH NĂM 2026",
        Jurisdiction("ward", "phường", "Đông Hà", "Quảng Trị", 2026),
    ),
    (
        "ỦY BAN NHÂN DÂN HUYỆN CAM LỘ TỈNH QUẢNG TRỊ\nKẾ HOẠCH NĂM 2024",
        Jurisdiction("district", "huyện", "Cam Lộ", "Quảng Trị", 2024),
    ),
    (
        "KÈM THEO KẾ HOẠCH CỦA UBND THÀNH PHỐ HÀ NỘI NĂM 2026",
        Jurisdiction("central-city", "thành phố", "Hà Nội", "Hà Nội", 2026),
    ),
    (
        "(Kèm theo Kế hoạch của UBND thành phố Hà Tĩnh) Chỉ số PAPI năm 2024",
        Jurisdiction("provincial-city", "thành phố", "Hà Tĩnh", "Hà Tĩnh", 2024),
    ),
    (
        "của UBND xã Tân Lập, tỉnh Phú Thọ giai đoạn 2026 - 2030",
        Jurisdiction("commune", "xã", "Tân Lập", "Phú Thọ", 2026),
    ),
    ("của UBND huyện Cam Lộ năm 2023", Jurisdiction("district", "huyện", "Cam Lộ", "", 2023)),
    ("của UBND đặc khu Phú Quốc", Jurisdiction("special-zone", "đặc khu", "Phú Quốc", "", None)),
    (
        # the seed's title: the level only
        "Chỉ số PAPI năm 2024 và những năm tiếp theo\n(Kèm theo Kế hoạch số:/KH-UBND ngày.....tháng 6 năm 2024 của "
        "UBND thành phố)",
        Jurisdiction("provincial-city", "thành phố", "", "", 2024),
    ),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_the_jurisdiction_is_read_from_the_title(title: str, expected: Jurisdiction) -> None:
    assert read_jurisdiction(title) == expected


def test_a_title_naming_no_issuer_has_no_jurisdiction() -> None:
    assert read_jurisdiction("PHỤ LỤC\nNhiệm vụ và giải pháp cụ thể") is None


UNISSUED_TITLES = [
    (
        "PHỤ LỤC KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI NĂM 2024 CỦA THÀNH PHỐ HẢI PHÒNG",
        Jurisdiction("central-city", "thành phố", "Hải Phòng", "Hải Phòng", 2024),
    ),
    (
        "PHỤ LỤC\nKẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI NĂM 2024 TỈNH NGHỆ AN",
        Jurisdiction("province", "tỉnh", "Nghệ An", "Nghệ An", 2024),
    ),
    (
        "Kế hoạch nâng cao chỉ số PAPI năm 2026 của xã Tân Lập, tỉnh Phú Thọ",
        Jurisdiction("commune", "xã", "Tân Lập", "Phú Thọ", 2026),
    ),
    (
        "KẾ HOẠCH CẢI THIỆN PAPI NĂM 2026 CỦA PHƯỜNG SÔNG CÔNG, TỈNH THÁI NGUYÊN",
        Jurisdiction("ward", "phường", "Sông Công", "Thái Nguyên", 2026),
    ),
    (
        "xã Tân Lập, huyện Yên Sơn, tỉnh Tuyên Quang năm 2024",
        Jurisdiction("commune", "xã", "Tân Lập", "Tuyên Quang", 2024),
    ),
    (
        "KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI NĂM 2024 CỦA HUYỆN CAM LỘ TỈNH QUẢNG TRỊ",
        Jurisdiction("district", "huyện", "Cam Lộ", "Quảng Trị", 2024),
    ),
    (
        "GẮN VỚI PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH NGHỆ AN NĂM 2025",
        Jurisdiction("province", "tỉnh", "Nghệ An", "Nghệ An", 2025),
    ),
    (
        "GẮN VỚI PHÁT TRIỂN KINH TẾ - XÃ HỘI, TỈNH NGHỆ AN NĂM 2025",
        Jurisdiction("province", "tỉnh", "Nghệ An", "Nghệ An", 2025),
    ),
]


@pytest.mark.parametrize(("title", "expected"), UNISSUED_TITLES)
def test_a_title_naming_no_issuer_is_read_from_the_places_the_province_list_vouches_for(
    title: str, expected: Jurisdiction
) -> None:
    assert read_jurisdiction(title) == expected


#: Title blocks of the sixth audit's failures (samples/audit6/README.md), as its probes wrote them.
AUDIT6_TITLES = [
    ("của UBND TP. Cần Thơ năm 2026", Jurisdiction("central-city", "thành phố", "Cần Thơ", "Cần Thơ", 2026)),
    ("của UBND TP Cần Thơ năm 2026", Jurisdiction("central-city", "thành phố", "Cần Thơ", "Cần Thơ", 2026)),
    ("của UBND TP.HCM năm 2026", Jurisdiction("central-city", "thành phố", "Hồ Chí Minh", "Hồ Chí Minh", 2026)),
    ("của UBND TX. Quảng Trị năm 2024", Jurisdiction("town", "thị xã", "Quảng Trị", "", 2024)),
    (
        "(Kèm theo Kế hoạch số 05-KH/ĐU ngày 12/3/2026 của Ban Thường vụ Đảng ủy phường Hải Châu)",
        Jurisdiction("ward", "phường", "Hải Châu", "", 2026),
    ),
    (
        "của Ban Thường vụ Tỉnh ủy Quảng Ngãi năm 2026",
        Jurisdiction("province", "tỉnh", "Quảng Ngãi", "Quảng Ngãi", 2026),
    ),
    ("của UBND tỉnh Đăk Lăk năm 2026", Jurisdiction("province", "tỉnh", "Đắk Lắk", "Đắk Lắk", 2026)),
    ("của UBND tỉnh Quảng Ngải năm 2026", Jurisdiction("province", "tỉnh", "Quảng Ngãi", "Quảng Ngãi", 2026)),
    (
        "của UBND thành phố Vĩnh Yên, tỉnh Vĩnh Phúc năm 2024",
        Jurisdiction("provincial-city", "thành phố", "Vĩnh Yên", "Vĩnh Phúc", 2024),
    ),
    (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nPHỤ LỤC\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh)",
        Jurisdiction("province", "tỉnh", "Quảng Ngãi", "Quảng Ngãi", 2026),
    ),
]


@pytest.mark.parametrize(("title", "expected"), AUDIT6_TITLES)
def test_abbreviations_party_committees_misspelt_marks_and_a_name_on_another_line_are_read(
    title: str, expected: Jurisdiction
) -> None:
    assert read_jurisdiction(title) == expected


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("KẾT QUẢ CHỈ SỐ PAPI NĂM 2025 VÀ NHIỆM VỤ, GIẢI PHÁP NĂM 2026", 2026),
        ("Kết quả thực hiện năm 2025 và kế hoạch năm 2026", 2026),
        ("BÁO CÁO KẾT QUẢ CHỈ SỐ PAPI NĂM 2025", 2025),
        ("Chỉ số PAPI năm 2024 và những năm tiếp theo", 2024),
    ],
)
def test_the_year_of_last_years_results_in_a_title_is_not_the_plans(title: str, year: int) -> None:
    assert plan_year(title) == year


def test_a_place_read_by_its_level_alone_or_an_unknown_province_is_doubted_in_a_warning() -> None:
    nameless = read_jurisdiction("(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh)")
    assert nameless == Jurisdiction("province", "tỉnh", "", "", 2026)
    (warning,) = locate(_plan("(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh)", "Sở Tư pháp")).warnings
    assert "by the level alone ('tỉnh')" in warning and "--jurisdiction" in warning and "của UBND tỉnh)" in warning
    (unknown,) = locate(_plan("của UBND tỉnh Sông Bé năm 2024", "Sở Tư pháp")).warnings
    assert "'Sông Bé' is none of the provinces" in unknown
    # a district-tier plan is read against the package's list whatever its name: nothing to doubt
    assert locate(_plan("(Kèm theo Kế hoạch của UBND thành phố) năm 2024", "Sở Tư pháp")).warnings == ()


@pytest.mark.parametrize(
    "title",
    [
        "KẾ HOẠCH NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI) NĂM 2024",
        "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025",
        "Kế hoạch của xã Tân Lập năm 2026",  # a commune no province vouches for: --jurisdiction says it
        "Các xã, phường tổ chức thực hiện",
    ],
)
def test_a_level_word_with_no_issuer_and_no_known_place_is_no_jurisdiction(title: str) -> None:
    assert read_jurisdiction(title) is None


def test_the_34_provinces_after_the_reform_are_data() -> None:
    places = load_places()
    current = [name for name, (_, merged) in places.provinces.items() if not merged]
    assert len(current) == 34
    assert sum(places.provinces[name][0] == "central-city" for name in current) == 6
    assert all(merged in current for _, merged in places.provinces.values() if merged)


def test_a_given_jurisdiction_is_checked() -> None:
    assert parse_jurisdiction("tỉnh Quảng Trị").label == "tỉnh Quảng Trị"
    assert parse_jurisdiction("phường Đông Hà, tỉnh Quảng Trị").province == "Quảng Trị"
    with pytest.raises(JurisdictionError, match="level word"):
        parse_jurisdiction("Quảng Trị")
    with pytest.raises(JurisdictionError, match="no province"):
        parse_jurisdiction("tỉnh Atlantis")


def test_the_year_tells_the_names_of_which_time() -> None:
    assert plan_year("năm 2024") == 2024 and plan_year("no year") is None
    assert is_post_reform(Jurisdiction("province", "tỉnh", "Quảng Trị", "Quảng Trị", 2026))
    assert not is_post_reform(Jurisdiction("province", "tỉnh", "Quảng Bình", "Quảng Bình", 2024))
    assert not is_post_reform(Jurisdiction("district", "huyện", "Cam Lộ", "", 2026)), "no district level after it"


def test_docstring_examples() -> None:
    import doctest

    import normalize.jurisdiction

    result = doctest.testmod(normalize.jurisdiction)
    assert result.attempted >= 3 and result.failed == 0


def _plan(title: str, lead: str, warnings: tuple[str, ...] = ()) -> Document:
    row = Row("1.1.1", 1, 1, "", "", "1. Tỷ lệ", "- Tuyên truyền", "", lead, "", "", (1,))
    provenance = Provenance("p.pdf", "p.pdf", "0" * 64, "pdf", "pdfium", 1)
    return Document(provenance, title=title, rows=(row,), warnings=warnings)


def test_a_plan_whose_place_cannot_be_read_is_told_once_to_give_it() -> None:
    warned = locate(_plan("Bảng nhiệm vụ, giải pháp", "Sở Tư pháp")).warnings
    assert len(warned) == 1 and "--jurisdiction" in warned[0] and "Bảng nhiệm vụ" in warned[0]
    untitled = ("no appendix title was read above its table (page 1): ...; give them with --jurisdiction",)
    assert locate(_plan("", "Sở Tư pháp", untitled)).warnings == untitled  # asked once already
    assert locate(_plan("Bảng", "")).warnings == ()  # no agency to resolve
    located = locate(_plan("PHỤ LỤC\n(Kèm theo Kế hoạch số 1/KH-UBND ngày 5/2/2026 của UBND tỉnh Phú Thọ)", "Sở"))
    assert located.warnings == () and located.jurisdiction is not None
    assert locate(_plan("Bảng", "Sở"), Jurisdiction("province", "tỉnh", "Phú Thọ", "Phú Thọ", None)).warnings == ()


def test_a_title_naming_its_issuer_by_level_alone_takes_the_name_from_the_documents_heading() -> None:
    title = (
        "PHỤ LỤC\nNHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026\n"
        "(Kèm theo Kế hoạch số 310/KH-UBND ngày 25/12/2025 của UBND thành phố)"
    )
    heading = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 310/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHuế, ngày 25 tháng 12 năm 2025"
    plan = dataclasses.replace(_plan(title, "Sở Tư pháp"), heading=heading)
    located = locate(plan)
    assert located.jurisdiction == Jurisdiction("central-city", "thành phố", "Huế", "Huế", 2026, date(2025, 12, 25))
    assert located.warnings == ()
    # without the heading: the level alone, and said
    without = locate(_plan(title, "Sở Tư pháp")).jurisdiction
    assert without == Jurisdiction("central-city", "thành phố", "", "", 2026, date(2025, 12, 25))


def test_a_pdf_heading_with_the_motto_beside_the_issuer_names_the_place() -> None:
    """A PDF's line reader puts the heading's two columns on one line: the national motto is no place."""
    heading = (
        "UBND XÃ ĐẠI LỘC CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nTHÀNH PHỐ ĐÀ NẴNG VIỆT NAM\n"
        "Số: 20/KH-UBND Độc lập - Tự do - Hạnh phúc\nĐại Lộc, ngày 10 tháng 02 năm 2026"
    )
    title = "PHỤ LỤC\nNHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2026\n(Kèm theo Kế hoạch số 20/KH-UBND của UỶ BAN NHÂN DÂN XÃ)"
    located = locate(dataclasses.replace(_plan(title, "Công an xã"), heading=heading))
    assert located.jurisdiction == Jurisdiction("commune", "xã", "Đại Lộc", "Đà Nẵng", 2026, date(2026, 2, 10))


KEM_THEO = "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND "


@pytest.mark.parametrize(
    "lines",
    [
        ["xã Mèo Vạc, tỉnh", "Tuyên Quang)"],  # a wrap after the level word (audit14 F1)
        ["xã Mèo Vạc, tỉnh Tuyên", "Quang)"],  # a wrap inside the province's name
        ["xã", "Mèo Vạc, tỉnh Tuyên Quang)"],  # a wrap after the commune's level word (F1b)
        ["xã Mèo Vạc,", "tỉnh Tuyên Quang)"],  # a wrap before a level word: each line whole
        ["xã Mèo", "Vạc, tỉnh Tuyên Quang)"],  # a wrap inside the commune's name (audit42 F3)
    ],
)
def test_a_place_wrapped_over_a_title_line_is_read_whole(lines: list[str]) -> None:
    found = read_jurisdiction("\n".join([KEM_THEO + lines[0], *lines[1:]]))
    assert found == Jurisdiction("commune", "xã", "Mèo Vạc", "Tuyên Quang", 2026)


def test_a_sentence_after_a_level_word_at_a_lines_end_names_no_place() -> None:
    found = read_jurisdiction("Kế hoạch năm 2026 của UBND tỉnh Lạng Sơn\nGiao UBND xã\nThực hiện rà soát")
    assert found is not None and (found.name, found.province) == ("", "Lạng Sơn")


def test_a_commune_read_by_its_level_alone_is_doubted_even_with_its_province() -> None:
    doubt = jurisdiction_doubt(Jurisdiction("commune", "xã", "", "Tuyên Quang", 2026))
    assert doubt is not None and "by the level alone ('xã')" in doubt


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a level in general at a line's end ("cấp xã") and a body opening the next line do not run on
        ("KẾ HOẠCH\nNâng cao Chỉ số PAPI cấp xã\nSỞ NỘI VỤ\nTỈNH QUẢNG TRỊ", ("province", "Quảng Trị", "Quảng Trị")),
        # a name that opens with a head noun's word ("Hội An") still runs on
        (KEM_THEO + "phường\nHội An, thành phố Đà Nẵng)", ("ward", "Hội An", "Đà Nẵng")),
        # a name closed by a word that ends names ("năm")
        ("Kế hoạch nâng cao chỉ số PAPI của tỉnh\nQuảng Trị năm 2026", ("province", "Quảng Trị", "Quảng Trị")),
    ],
)
def test_a_place_runs_on_over_a_line_only_when_the_next_line_names_it(text: str, place: tuple[str, str, str]) -> None:
    found = read_jurisdiction(text)
    assert found is not None and (found.level, found.name, found.province) == place


def test_the_title_does_not_run_on_into_the_heading_read_with_it() -> None:
    # a title ending "của xã" and a heading opening "ỦY BAN NHÂN DÂN": not a commune named "Ủy Ban Nhân Dân"
    plan = dataclasses.replace(
        _plan("PHỤ LỤC\nKế hoạch nâng cao Chỉ số PAPI năm 2024 của xã", "Sở Tư pháp"),
        heading="ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nTỈNH PHÚ THỌ",
    )
    found = locate(plan).jurisdiction
    assert found is not None and (found.name, found.province, found.year) == ("Tân Lập", "Phú Thọ", 2024)


def test_a_commune_named_in_the_title_takes_its_province_from_the_heading() -> None:
    # samples/audit23 J1: "TỈNH TUYÊN QUANG" over the commune's line, the title naming the commune alone
    title = "KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI TRÊN ĐỊA BÀN XÃ MÈO VẠC NĂM 2026"
    heading = "UBND TỈNH TUYÊN QUANG\nỦY BAN NHÂN DÂN XÃ MÈO VẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    found = locate(dataclasses.replace(_plan(title, "Công an xã"), heading=heading)).jurisdiction
    assert found == Jurisdiction("commune", "xã", "Mèo Vạc", "Tuyên Quang", 2026)
    bare = locate(_plan(title, "Công an xã")).jurisdiction  # no heading: the commune alone, as before
    assert bare == Jurisdiction("commune", "xã", "Mèo Vạc", "", 2026)


@pytest.mark.parametrize(
    ("heading", "place"),
    [
        # the motto wrapped after "CỘNG HÒA": its rest is no commune "Hội Chủ Nghĩa" (review40 M5)
        ("ỦY BAN NHÂN DÂN\nXÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI", ("province", "Quảng Ngãi")),
        ("ỦY BAN NHÂN DÂN CỘNG HÒA\nXÃ BÌNH SƠN XÃ HỘI CHỦ NGHĨA VIỆT NAM", ("commune", "Bình Sơn")),
        ("ỦY BAN NHÂN DÂN CỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ BÌNH SƠN", ("commune", "Bình Sơn")),
        # "Cộng Hòa" is also a commune's name: kept when the motto beside it is whole
        ("ỦY BAN NHÂN DÂN\nXÃ CỘNG HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ("commune", "Cộng Hòa")),
        (
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ CỘNG HÒA Độc lập - Tự do - Hạnh phúc",
            ("commune", "Cộng Hòa"),
        ),
    ],
)
def test_a_wrapped_motto_names_no_place(heading: str, place: tuple[str, str]) -> None:
    found = read_jurisdiction(heading)
    assert found is not None and (found.level, found.name) == place


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["xã Phước", "Sơn)"], "Phước Sơn"),  # the title's bracket closes the name's rest (audit42 F3)
        (["xã Phước Sơn", "Thực hiện)"], "Phước Sơn"),  # a word that ends names is no rest of one
        (["xã Phước", "Sơn Tây Hòa Bình)"], "Phước"),  # more than a name's rest: a line of its own
        (["xã Phước Sơn)", "Hà Nội, ngày 5 tháng 3"], "Phước Sơn"),  # the name closed on its own line
    ],
)
def test_a_communes_name_wrapped_at_a_titles_end_runs_on_only_when_closed(lines: list[str], name: str) -> None:
    found = read_jurisdiction("\n".join([KEM_THEO + lines[0], *lines[1:]]))
    assert found is not None and (found.level, found.name) == ("commune", name)
