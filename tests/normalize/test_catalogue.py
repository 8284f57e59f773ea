"""The national catalogue written out for one jurisdiction, and the list each plan is read against."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import AgencyListError
from core.model import Jurisdiction
from normalize.agencies import package_list
from normalize.catalogue import catalogue_for, load_catalogue
from normalize.lists import list_for, place_mention, to_successor, with_catalogue_spellings
from normalize.match import resolve_cell

QUANG_TRI = Jurisdiction("province", "tỉnh", "Quảng Trị", "Quảng Trị", 2026)
QUANG_BINH_2024 = Jurisdiction("province", "tỉnh", "Quảng Bình", "Quảng Bình", 2024)
DONG_HA = Jurisdiction("ward", "phường", "Đông Hà", "Quảng Trị", 2026)
HA_NOI = Jurisdiction("central-city", "thành phố", "Hà Nội", "Hà Nội", 2026)
CO_TO = Jurisdiction("special-zone", "đặc khu", "Cô Tô", "Quảng Ninh", 2026)


def ids(text: str, jurisdiction: Jurisdiction) -> list[str | None]:
    agencies = catalogue_for(jurisdiction)
    return [to_successor(m, agencies).id for m in resolve_cell(text, agencies)]


def test_every_type_of_the_catalogue_has_a_known_tier_and_successor() -> None:
    types = load_catalogue()
    assert {t.tier for t in types} <= {"province", "commune", "communes", "districts", "zone"}
    assert any(t.type == "so-noi-vu" for t in types)


def test_a_special_zones_plan_reads_the_former_districts_bodies_as_the_zones() -> None:
    assert ids("UBND huyện Cô Tô; Huyện ủy", CO_TO) == [
        "quang-ninh/dac-khu-co-to/ubnd",
        "quang-ninh/dac-khu-co-to/dang-uy",
    ]
    assert ids("Phòng Giáo dục và Đào tạo huyện", CO_TO) == ["quang-ninh/dac-khu-co-to/phong-van-hoa-xa-hoi"]
    mention = resolve_cell("Công an huyện", catalogue_for(CO_TO))[0]
    assert "Công an huyện Cô Tô -> Công an đặc khu Cô Tô" in (to_successor(mention, catalogue_for(CO_TO)).note or "")
    assert ids("UBND huyện", DONG_HA) == [None], "a ward was not made from one district: no successor"
    assert ids("UBMTTQ xã; Ủy ban MTTQ xã", CO_TO) == [None, None], "a commune's Front is not the district's"


def test_a_body_is_the_jurisdictions_own() -> None:
    assert ids("Sở Nội vụ", QUANG_TRI) == ["quang-tri/so-noi-vu"]
    assert ids("Công an tỉnh; UBND cấp xã", QUANG_TRI) == ["quang-tri/cong-an", "quang-tri/ubnd-cap-xa"]
    assert ids("Công an", DONG_HA) == ["quang-tri/phuong-dong-ha/cong-an"], "bare: the ward's own"
    assert ids("Công an tỉnh", DONG_HA) == ["quang-tri/cong-an"], "the province's, in a ward's plan"
    assert ids("Sở Y tế thành phố", HA_NOI) == ["ha-noi/so-y-te"]


def test_a_pre_reform_name_after_the_reform_is_its_successor_with_a_note() -> None:
    agencies = catalogue_for(QUANG_TRI)
    (mention,) = resolve_cell("Sở Kế hoạch và Đầu tư", agencies)
    moved = to_successor(mention, agencies)
    assert (moved.id, moved.method, moved.raw) == ("quang-tri/so-tai-chinh", "successor", "Sở Kế hoạch và Đầu tư")
    assert moved.note is not None and "Sở Tài chính" in moved.note and "45/2025" in moved.note


def test_a_post_named_by_its_first_fields_and_a_partys_standing_committee() -> None:
    assert ids("Công chức Địa chính - Xây dựng", DONG_HA) == ["quang-tri/phuong-dong-ha/phong-kinh-te-ha-tang-do-thi"]
    assert ids("Công chức Địa chính", DONG_HA) == [None], "the first field alone starts two posts"
    assert ids("Thường trực Đảng ủy", DONG_HA) == ["quang-tri/phuong-dong-ha/dang-uy"]


def test_a_commune_post_goes_to_the_office_of_its_unit() -> None:
    """Decree 150/2025 successors of the commune posts; where a ward's office differs, the ward's."""
    gio_linh = Jurisdiction("commune", "xã", "Gio Linh", "Quảng Trị", 2026)
    assert ids("Công chức Tài chính - Kế toán", gio_linh) == ["quang-tri/xa-gio-linh/phong-kinh-te"]
    assert ids("Tài chính - Kế toán phường", DONG_HA) == ["quang-tri/phuong-dong-ha/phong-kinh-te-ha-tang-do-thi"]
    assert ids("Công chức Tư pháp - Hộ tịch phường", DONG_HA) == ["quang-tri/phuong-dong-ha/van-phong-hdnd-ubnd"]
    assert ids("bộ phận Tư pháp - Hộ tịch", DONG_HA) == [None], "a desk of the office, not the office itself"
    assert ids("Tư pháp - Hộ tịch xã", gio_linh) == ["quang-tri/xa-gio-linh/van-phong-hdnd-ubnd"]
    assert ids("Tư pháp - Hộ tịch xã", DONG_HA) == [None], "a commune's post is not the ward's"


def test_the_same_body_named_again_in_parentheses_is_one_mention_with_its_note() -> None:
    agencies = catalogue_for(QUANG_TRI)
    got = [(m.raw, m.id, m.note) for m in resolve_cell("Sở Nội vụ (Sở LĐ-TB&XH)", agencies)]
    assert got == [("Sở Nội vụ", "quang-tri/so-noi-vu", "Sở LĐ-TB&XH")], "a former name without 'cũ'"
    assert [m.id for m in resolve_cell("UBND tỉnh (qua VP UBND tỉnh)", agencies)] == [
        "quang-tri/ubnd",
        "quang-tri/van-phong-ubnd",
    ], "another body: a mention of its own"


def test_a_pre_reform_plan_keeps_the_names_of_its_time() -> None:
    agencies = list_for(QUANG_BINH_2024)
    assert [m.id for m in resolve_cell("Sở Kế hoạch và Đầu tư; UBND cấp huyện", agencies)] == [
        "quang-binh/so-ke-hoach-dau-tu",
        "quang-binh/ubnd-cap-huyen",
    ]


OTHER_LEVELS = (
    "Phòng Văn hóa và Thông tin",
    "Phòng Nội vụ",
    "UBND huyện",
    "Ngân hàng Chính sách xã hội",
    "Văn phòng Thành ủy",
    "Thanh tra thành phố",
    "Công an thành phố",
)


@pytest.mark.parametrize("jurisdiction", [QUANG_TRI, DONG_HA])
def test_another_jurisdictions_body_is_never_given(jurisdiction: Jurisdiction) -> None:
    """Names of a city or the district level, and bodies the catalogue lacks, stay unmatched (or under review)."""
    for text in OTHER_LEVELS:
        for mention in resolve_cell(text, catalogue_for(jurisdiction)):
            assert mention.id is None or mention.score < 90, (text, mention)


def test_a_mention_naming_another_province_is_unmatched_with_its_candidate() -> None:
    agencies = catalogue_for(QUANG_TRI)
    mentions = [place_mention(m, agencies, QUANG_TRI) for m in resolve_cell("Công an tỉnh Hà Tĩnh", agencies)]
    assert [(m.id, m.method) for m in mentions] == [(None, "unmatched")]
    assert mentions[0].suggestions[0][0] == "quang-tri/cong-an" and "Hà Tĩnh" in (mentions[0].note or "")
    (own,) = resolve_cell("Công an tỉnh Quảng Trị", agencies)
    assert place_mention(own, agencies, QUANG_TRI).id == "quang-tri/cong-an"


def test_the_city_list_stays_the_default_of_an_unknown_or_district_jurisdiction() -> None:
    assert list_for(None) is package_list()
    assert list_for(Jurisdiction("provincial-city", "thành phố", "", "", 2024)) is package_list()
    with pytest.raises(AgencyListError, match="district level"):
        catalogue_for(Jurisdiction("district", "huyện", "Cam Lộ", "", 2023))


HEADER = "id,name,kind,level,aliases,replaced_by,replaced_since\n"


def test_agencies_replaces_and_agencies_add_extends(tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text(HEADER + "x/ban-qlda,Ban Quản lý dự án tỉnh,agency,province,,,\n", encoding="utf-8")
    replaced = list_for(None, replace=mine)
    assert [a.id for a in replaced] == ["x/ban-qlda"]
    added = list_for(QUANG_TRI, add=mine)
    assert added.get("x/ban-qlda") is not None and added.get("quang-tri/so-y-te") is not None
    mine.write_text(HEADER + "x/so-noi-vu,Sở Nội vụ tỉnh Quảng Trị,agency,province,,,\n", encoding="utf-8")
    with pytest.raises(AgencyListError, match=r"mine\.csv line 2: .* same name as one of quang-tri/so-noi-vu"):
        list_for(QUANG_TRI, add=mine)


def test_a_list_of_official_names_keeps_the_shared_vocabulary(tmp_path: Path) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text(
        HEADER + "qt-ubnd,Ủy ban nhân dân tỉnh Quảng Trị,agency,province,,,\nqt-tc,Sở Tài chính,agency,province,,,\n",
        encoding="utf-8",
    )
    agencies = list_for(QUANG_TRI, replace=mine)
    found = [to_successor(m, agencies) for m in resolve_cell("UBND tỉnh; Sở KH&ĐT", agencies)]
    assert [m.id for m in found] == ["qt-ubnd", "qt-tc"]
    assert with_catalogue_spellings(catalogue_for(QUANG_TRI), catalogue_for(QUANG_TRI)) is not None


def test_errors_in_a_users_list_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "a,Sở A,agency,province,,,\nb,Sở B,agency,province,Sở A,,\n", encoding="utf-8")
    with pytest.raises(AgencyListError, match=r"bad\.csv line 3"):
        list_for(None, replace=bad)
    bad.write_text(HEADER + "a,Sở A,agency,nowhere,,,\n", encoding="utf-8")
    with pytest.raises(AgencyListError, match=r"bad\.csv line 2"):
        list_for(QUANG_TRI, add=bad)


def test_a_regional_body_of_a_users_list_is_recognised_by_its_type(tmp_path: Path) -> None:
    """Since 2025 the treasury is regional: a list names its region's number ("khu vực X")."""
    mine = tmp_path / "mine.csv"
    mine.write_text(HEADER + "kb,Kho bạc Nhà nước khu vực X,agency,province,,,\n", encoding="utf-8")
    agencies = list_for(QUANG_TRI, replace=mine)
    assert [m.id for m in resolve_cell("KBNN tỉnh; Kho bạc Nhà nước khu vực", agencies)] == ["kb", "kb"]


@pytest.mark.parametrize(
    ("text", "jurisdiction", "expected"),
    [
        ("Đoàn Thanh niên tỉnh", QUANG_TRI, "quang-tri/doan-thanh-nien"),
        ("ĐTN tỉnh", QUANG_TRI, "quang-tri/doan-thanh-nien"),
        ("Hội Phụ nữ phường", DONG_HA, "quang-tri/phuong-dong-ha/hoi-lien-hiep-phu-nu"),
        ("Ban Pháp chế HĐND tỉnh", QUANG_TRI, "quang-tri/ban-phap-che-hdnd"),
        ("Đoàn ĐBQH tỉnh", QUANG_TRI, "quang-tri/doan-dbqh"),
        ("Văn phòng Đảng ủy phường", DONG_HA, "quang-tri/phuong-dong-ha/van-phong-dang-uy"),
        ("Bộ phận một cửa phường", DONG_HA, "quang-tri/phuong-dong-ha/trung-tam-phuc-vu-hcc"),
        ("Các thôn, bản", DONG_HA, "quang-tri/phuong-dong-ha/thon-to-dan-pho"),
        ("Đoàn phường", DONG_HA, "quang-tri/phuong-dong-ha/doan-thanh-nien"),
        ("Văn phòng - Thống kê phường", DONG_HA, "quang-tri/phuong-dong-ha/van-phong-hdnd-ubnd"),
        ("Các phòng, đơn vị thuộc UBND phường", DONG_HA, "quang-tri/phuong-dong-ha/cac-phong-chuyen-mon"),
        ("Ban điều hành các tổ dân phố", DONG_HA, "quang-tri/phuong-dong-ha/thon-to-dan-pho"),
        ("Trưởng khu phố các khu phố", DONG_HA, "quang-tri/phuong-dong-ha/thon-to-dan-pho"),
        ("Trưởng khu phố", DONG_HA, "quang-tri/phuong-dong-ha/thon-to-dan-pho"),  # the heads: the units
        ("Văn phòng UBND phường", DONG_HA, "quang-tri/phuong-dong-ha/van-phong-hdnd-ubnd"),  # its pre-2025 name
        ("Công chức Văn hóa - Xã hội", DONG_HA, "quang-tri/phuong-dong-ha/phong-van-hoa-xa-hoi"),
        (
            "Công chức Địa chính - Xây dựng - Đô thị và Môi trường",
            DONG_HA,
            "quang-tri/phuong-dong-ha/phong-kinh-te-ha-tang-do-thi",
        ),
        ("KBNN Quảng Trị", QUANG_TRI, "quang-tri/kho-bac"),  # the place's name alone, no "tỉnh"
        ("Công an Quảng Trị", DONG_HA, "quang-tri/cong-an"),
        ("các hội đoàn thể phường", DONG_HA, "quang-tri/phuong-dong-ha/to-chuc-ctxh"),
        ("Mặt trận TQ phường", DONG_HA, "quang-tri/phuong-dong-ha/ubmttq"),
        ("UBND các xã, phường trong tỉnh", QUANG_TRI, "quang-tri/ubnd-cap-xa"),
        ("Giám đốc các Sở", QUANG_TRI, "quang-tri/cac-so-ban-nganh"),
        ("Thuế cơ sở 3 tỉnh Quảng Trị", QUANG_TRI, "quang-tri/thue"),
        ("Bảo hiểm xã hội cơ sở Đông Hà", DONG_HA, "quang-tri/bhxh"),
        ("SNV", QUANG_TRI, "quang-tri/so-noi-vu"),  # "Ngoại vụ" is abbreviated "NgV"
        ("Sở NgV", QUANG_TRI, "quang-tri/so-ngoai-vu"),
        ("Các tổ dân phố trên địa bàn phường", DONG_HA, "quang-tri/phuong-dong-ha/thon-to-dan-pho"),
        ("Các xóm, khối", DONG_HA, "quang-tri/phuong-dong-ha/thon-to-dan-pho"),
        # a pre-reform body of a province merged into the plan's, by its former name: the successor
        ("Ban Quản lý các khu công nghiệp tỉnh", QUANG_TRI, "quang-tri/ban-quan-ly-khu-kinh-te"),
        ("Ban Quản lý Khu kinh tế, công nghiệp tỉnh Quảng Trị", QUANG_TRI, "quang-tri/ban-quan-ly-khu-kinh-te"),
        ("Báo Quảng Bình", QUANG_TRI, "quang-tri/bao-phat-thanh-truyen-hinh"),
        ("Cục Thuế tỉnh Quảng Bình", QUANG_TRI, "quang-tri/thue"),
        ("Đài Phát thanh - Truyền hình Quảng Trị", QUANG_TRI, "quang-tri/bao-phat-thanh-truyen-hinh"),
    ],
)
def test_short_names_and_the_bodies_of_2025(text: str, jurisdiction: Jurisdiction, expected: str) -> None:
    assert ids(text, jurisdiction) == [expected]


#: Official names only, as a new office first writes its list (no aliases): province and ward bodies.
OFFICIAL = {
    "ubnd": "Ủy ban nhân dân tỉnh Nghệ An",
    "hdnd": "Hội đồng nhân dân tỉnh Nghệ An",
    "vp-ubnd": "Văn phòng Ủy ban nhân dân tỉnh Nghệ An",
    "mttq": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An",
    "nnmt": "Sở Nông nghiệp và Môi trường tỉnh Nghệ An",
    "bchqs": "Bộ Chỉ huy Quân sự tỉnh Nghệ An",
    "ca": "Công an tỉnh Nghệ An",
    "ldld": "Liên đoàn Lao động tỉnh Nghệ An",
    "doan": "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An",
    "hlhpn": "Hội Liên hiệp Phụ nữ tỉnh Nghệ An",
    "hnd": "Hội Nông dân tỉnh Nghệ An",
    "hccb": "Hội Cựu chiến binh tỉnh Nghệ An",
    "bhxh": "Bảo hiểm xã hội tỉnh Nghệ An",
    "ttpvhcc": "Trung tâm Phục vụ hành chính công tỉnh Nghệ An",
    "w-vhxh": "Phòng Văn hóa - Xã hội",
    "w-bchqs": "Ban Chỉ huy quân sự phường Trường Vinh",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND tỉnh", "ubnd"),
        ("HĐND tỉnh", "hdnd"),
        ("VP UBND tỉnh", "vp-ubnd"),
        ("MTTQ tỉnh", "mttq"),
        ("UBMTTQVN tỉnh", "mttq"),
        ("Sở NN&MT", "nnmt"),
        ("Sở TN&MT", "nnmt"),  # a predecessor, given its successor
        ("BCH Quân sự tỉnh", "bchqs"),
        ("CA tỉnh", "ca"),
        ("LĐLĐ tỉnh", "ldld"),
        ("ĐTN tỉnh", "doan"),
        ("HLHPN tỉnh", "hlhpn"),
        ("HND tỉnh", "hnd"),
        ("HCCB tỉnh", "hccb"),
        ("BHXH tỉnh", "bhxh"),
        ("TT PVHCC tỉnh", "ttpvhcc"),
        ("Phòng VH-XH", "w-vhxh"),
        ("BCH Quân sự phường", "w-bchqs"),
    ],
)
def test_an_official_names_list_reads_the_standard_abbreviations(tmp_path: Path, text: str, expected: str) -> None:
    mine = tmp_path / "official.csv"
    rows = [f'{i},"{name}",agency,{"commune" if i.startswith("w-") else "province"},,,' for i, name in OFFICIAL.items()]
    mine.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    ward = Jurisdiction("ward", "phường", "Trường Vinh", "Nghệ An", 2026)
    agencies = list_for(
        ward if expected.startswith("w-") else Jurisdiction("province", "tỉnh", "Nghệ An", "Nghệ An", 2026),
        replace=mine,
    )
    assert [to_successor(m, agencies).id for m in resolve_cell(text, agencies)] == [expected]


def test_regional_units_of_another_province_or_of_a_region_are_not_the_province_body() -> None:
    assert ids("Thuế cơ sở 2 tỉnh Nghệ An", QUANG_TRI) == [None]
    assert ids("Bảo hiểm xã hội khu vực", DONG_HA) == [None]


def test_a_pre_reform_body_named_with_the_province_merged_into_the_plan(tmp_path: Path) -> None:
    """A province merged into (or renamed as) the plan's: its replaced body's successor is the plan's own."""
    mine = tmp_path / "mine.csv"
    mine.write_text(
        HEADER + "thue,Thuế tỉnh Quảng Trị,agency,province,,,\n"
        "cuc-thue,Cục Thuế tỉnh Quảng Bình,agency,province,,thue,2025-03-01\n"
        "so-noi-vu,Sở Nội vụ tỉnh Quảng Trị,agency,province,Sở Nội vụ tỉnh Quảng Bình,,\n",
        encoding="utf-8",
    )
    agencies = list_for(QUANG_TRI, replace=mine)
    found = [place_mention(m, agencies, QUANG_TRI) for m in resolve_cell("Cục Thuế tỉnh Quảng Bình", agencies)]
    assert [m.id for m in found] == ["thue"]
    current = [place_mention(m, agencies, QUANG_TRI) for m in resolve_cell("Sở Nội vụ tỉnh Quảng Bình", agencies)]
    assert [m.id for m in current] == ["so-noi-vu"], "the merged province's department became the plan's"
    assert "merged into Quảng Trị" in (current[0].note or "")


QUANG_TRI_2024 = Jurisdiction("province", "tỉnh", "Quảng Trị", "Quảng Trị", 2024)


def test_a_body_named_with_a_province_merged_into_the_plans_is_the_plans_after_the_reform() -> None:
    """A 2026 plan may name a body by the province merged into its own ("UBND tỉnh Quảng Bình"): the plan's body."""
    agencies = catalogue_for(QUANG_TRI)
    found = [
        place_mention(m, agencies, QUANG_TRI)
        for m in resolve_cell("UBND tỉnh Quảng Bình; Sở Y tế tỉnh Quảng Bình", agencies)
    ]
    assert [m.id for m in found] == ["quang-tri/ubnd", "quang-tri/so-y-te"]
    assert all("merged into Quảng Trị on 2025-07-01" in (m.note or "") for m in found)
    assert [m.score for m in found] == [100.0, 100.0], "the catalogue writes the merged province's names out"
    before = catalogue_for(QUANG_TRI_2024)
    (old,) = [place_mention(m, before, QUANG_TRI_2024) for m in resolve_cell("UBND tỉnh Quảng Bình", before)]
    assert old.id is None, "before the reform, another province's body"
    (other,) = [place_mention(m, agencies, QUANG_TRI) for m in resolve_cell("UBND tỉnh Nghệ An", agencies)]
    assert other.id is None, "a province not merged into the plan's stays another's"


def test_the_district_groups_after_the_reform_are_the_communes_groups() -> None:
    agencies = catalogue_for(QUANG_TRI)
    (mention,) = resolve_cell("UBND các huyện, thị xã, thành phố", agencies)
    moved = to_successor(mention, agencies)
    assert (moved.id, moved.raw) == ("quang-tri/ubnd-cap-xa", "UBND các huyện, thị xã, thành phố")
    assert moved.note is not None and "202/2025/QH15" in moved.note
    before = catalogue_for(QUANG_TRI_2024)
    assert [m.id for m in resolve_cell("UBND cấp huyện", before)] == ["quang-tri/ubnd-cap-huyen"]


def test_a_users_entry_named_with_the_plans_place_is_also_read_without_it(tmp_path: Path) -> None:
    mine = tmp_path / "zone.csv"
    rows = [
        "ttyt,Trung tâm Y tế Quân dân y Cô Tô,external,commune,,,",
        "ioc,Trung tâm Giám sát điều hành đô thị thông minh,agency,province,,,",
    ]
    mine.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    agencies = list_for(CO_TO, replace=mine)
    assert [m.id for m in resolve_cell("Trung tâm Y tế Quân dân y; Trung tâm IOC", agencies)] == ["ttyt", "ioc"]


def test_a_later_name_in_parentheses_is_the_note_and_names_the_successor_after_the_reform() -> None:
    agencies = catalogue_for(QUANG_TRI)
    (split,) = [to_successor(m, agencies) for m in resolve_cell("Sở LĐ-TB&XH (nay là Sở Y tế)", agencies)]
    (main,) = [to_successor(m, agencies) for m in resolve_cell("Sở LĐ-TB&XH (nay là Sở Nội vụ)", agencies)]
    assert (split.raw, split.id) == ("Sở LĐ-TB&XH", "quang-tri/so-y-te"), "the part the plan names"
    assert (main.raw, main.id) == ("Sở LĐ-TB&XH", "quang-tri/so-noi-vu")
    assert split.note is not None and split.note.startswith("nay là Sở Y tế")
    (kept,) = [to_successor(m, agencies) for m in resolve_cell("Sở Y tế (nay là Sở Nội vụ)", agencies)]
    assert kept.id == "quang-tri/so-y-te", "a body no reform replaced keeps its id"


def test_a_district_plan_before_the_reform_knows_its_own_bodies() -> None:
    """samples/audit27 F2: the city list wrote one city's police, Front, women's union; a district's were unmatched."""
    agencies = list_for(Jurisdiction("district", "huyện", "Quảng Xương", "Thanh Hóa", 2025))
    found = {
        text: resolve_cell(text, agencies)[0].id
        for text in ("Ủy ban MTTQ Việt Nam huyện", "Hội LHPN huyện", "Công an huyện", "Huyện đoàn", "Phòng Nội vụ")
    }
    assert found == {
        "Ủy ban MTTQ Việt Nam huyện": "thanh-hoa/huyen-quang-xuong/ubmttq-huyen",
        "Hội LHPN huyện": "thanh-hoa/huyen-quang-xuong/hoi-lien-hiep-phu-nu",
        "Công an huyện": "thanh-hoa/huyen-quang-xuong/cong-an-huyen",
        "Huyện đoàn": "thanh-hoa/huyen-quang-xuong/doan-thanh-nien",
        "Phòng Nội vụ": "phong-noi-vu",  # the city list's own entry stands
    }
    assert list_for(Jurisdiction("district", "huyện", "", "", 2025)) == package_list()  # no name: the city list
