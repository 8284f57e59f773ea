"""The thirty-second audit (samples/audit32): agency names in plans after the 2025 reforms.

F1: a neighbouring unit whose place name is the plan's own less a word ("phường Đông Hà" in the plan
of phường Nam Đông Hà, "xã Gio Linh" in Bắc Gio Linh's) scored 95.7-96.8 against the plan's own
bodies and was given their ids with no review; "Công an phường Thuận Thành" (88) in Thuận Hóa's
was flagged with the wrong body first. A body named with another place is not on the plan's list:
unmatched, with the close name suggested, and never split into parts that match ("Phòng Kinh tế,
Hạ tầng và Đô thị phường Đông Hà" is not the plan's "Phòng Kinh tế").
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from core.settings import Settings
from phuluc.pipeline import run_documents

DOCS = ROOT / "samples" / "audit32" / "docs"


def _coordinating(name: str) -> list[tuple[str, str | None]]:
    (doc,) = run_documents([DOCS / name], Settings()).documents
    return [(m.raw, m.id) for row in doc.rows for role, found in row.agencies if role == "coordinating" for m in found]


@pytest.mark.parametrize("name", ["nam-dong-ha-2.docx", "bac-gio-linh-3.docx", "nam-dong-ha-2.pdf"])
def test_a_neighbouring_units_body_is_never_the_plans_own(name: str) -> None:
    found = _coordinating(name)
    assert found and all(agency_id is None for _, agency_id in found), found
    assert ("Phòng Kinh tế, Hạ tầng và Đô thị phường Đông Hà", None) in found or "bac" in name


def test_a_place_name_mistyped_by_one_letter_is_still_the_plans_own() -> None:
    from normalize.fuzzy import _same_place

    assert _same_place("hon gai", "hong gai") and _same_place("ha giang", "ha giang 1")
    assert not _same_place("dong ha", "nam dong ha") and not _same_place("thuan thanh", "thuan hoa")


def test_a_ward_has_no_phong_kinh_te_and_a_commune_no_phong_kinh_te_ha_tang_do_thi() -> None:
    """F3 (Decree 150/2025): a xã has a Phòng Kinh tế, a phường a Phòng Kinh tế, Hạ tầng và Đô thị."""
    from normalize.catalogue import catalogue_for
    from normalize.jurisdiction import parse_jurisdiction

    def offices(jurisdiction: str) -> dict[str, str | None]:
        found = catalogue_for(parse_jurisdiction(jurisdiction))
        return {a.id.rsplit("/", 1)[1]: a.replaced_by for a in found if "phong-kinh-te" in a.id or "chinh-" in a.id}

    ward, commune = offices("phường Thuận Hóa, thành phố Huế"), offices("xã Bắc Gio Linh, tỉnh Quảng Trị")
    assert "phong-kinh-te" not in ward and "phong-kinh-te-ha-tang-do-thi" in ward
    assert "phong-kinh-te" in commune and "phong-kinh-te-ha-tang-do-thi" not in commune
    # a special zone has a Phòng Kinh tế, Phú Quốc a Phòng Kinh tế, Hạ tầng và Đô thị (review35 k1): both are known
    zone = offices("đặc khu Côn Đảo, thành phố Hồ Chí Minh")
    assert {"phong-kinh-te", "phong-kinh-te-ha-tang-do-thi"} <= set(zone)
    assert zone["cong-chuc-tai-chinh-ke-toan"] == "ho-chi-minh/dac-khu-con-dao/phong-kinh-te"
    assert commune["cong-chuc-dia-chinh-do-thi"] == "quang-tri/xa-bac-gio-linh/phong-kinh-te"
    # the ward's plan writes "Phòng Kinh tế" for its one economic office: that office, to review
    (doc,) = run_documents([DOCS / "thuan-hoa.docx"], Settings()).documents
    (mention,) = [m for row in doc.rows for _, found in row.agencies for m in found if m.raw == "Phòng Kinh tế"]
    assert mention.id == "hue/phuong-thuan-hoa/phong-kinh-te-ha-tang-do-thi" and mention.score < 95
