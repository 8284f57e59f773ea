"""Agency fields: compared by canonical id; renames and merges from the canonical list; fallbacks."""

from __future__ import annotations

from datetime import date

from plans import by_key, golden_dicts, plan

from core.model import Agency, Mention
from diff import diff_plans, load_agencies
from diff.inputs import row_from_dict
from diff.roles import agency_change, fallback_mentions, role_mentions
from normalize.agencies import AgencyList

AGENCIES = load_agencies()


def _lead_change(old_lead: str, new_lead: str, agencies: AgencyList | None = AGENCIES) -> list[tuple[str, ...]]:
    old, new = golden_dicts(), golden_dicts()
    by_key(old, "5.3.1")["lead"] = old_lead
    by_key(new, "5.3.1")["lead"] = new_lead
    result = diff_plans(plan(old), plan(new), agencies)
    out: list[tuple[str, ...]] = []
    for row in result.modified:
        for change in row.agency_changes:
            out += [("added", str(a.id or a.name)) for a in change.added]
            out += [("removed", str(a.id or a.name)) for a in change.removed]
            out += [("renamed", str(r.old.id), str(r.new.id), str(r.since), str(r.merged)) for r in change.renamed]
    return out


def test_spelling_and_separators_are_no_change() -> None:
    assert (
        _lead_change(
            "Văn phòng HĐND và UBND thành phố, Phòng Văn hóa và Thông tin",
            "Văn phòng HĐND và UBND thành phố ,Phòng Văn hoá và Thông tin",
        )
        == []
    )
    assert _lead_change("Phòng Nội vụ, Phòng Tư pháp", "Phòng Tư pháp; Phòng Nội vụ.") == []


def test_a_different_lead_is_a_change() -> None:
    assert _lead_change("Phòng Nội vụ", "Phòng Tư pháp") == [("added", "phong-tu-phap"), ("removed", "phong-noi-vu")]


def test_a_renamed_body_is_a_rename_not_a_reassignment() -> None:
    assert _lead_change("Phòng Văn hóa và Thông tin", "Phòng Văn hóa, Khoa học và Thông tin") == [
        ("renamed", "phong-van-hoa-thong-tin", "phong-van-hoa-khoa-hoc-thong-tin", "2025-03-01", "False")
    ]


def test_bodies_merged_into_one_are_merges() -> None:
    # Two bodies end in Phòng Nông nghiệp và Môi trường; Phòng Nội vụ, which took over LĐ-TB&XH, existed before.
    assert _lead_change("Phòng Tài nguyên và Môi trường", "Phòng Nông nghiệp và Môi trường") == [
        ("renamed", "phong-tai-nguyen-moi-truong", "phong-nong-nghiep-moi-truong", "2025-03-01", "True")
    ]
    assert _lead_change("Phòng Lao động - Thương binh và Xã hội", "Phòng Nội vụ") == [
        ("renamed", "phong-lao-dong-tbxh", "phong-noi-vu", "2025-03-01", "True")
    ]


def test_a_rename_follows_a_chain_of_replacements() -> None:
    # Added to the package list (a list of only these three trips normalize/segment.py on longer cells).
    chain = AgencyList(
        (
            *AGENCIES.entries,
            Agency("phong-a", "Phòng An ninh số", "agency", "city", (), "phong-b", date(2024, 1, 1)),
            Agency("phong-b", "Phòng Bảo vệ số", "agency", "city", (), "phong-c", date(2025, 1, 1)),
            Agency("phong-c", "Phòng Chuyển đổi số", "agency", "city"),
        )
    )
    assert _lead_change("Phòng An ninh số", "Phòng Chuyển đổi số", chain) == [
        ("renamed", "phong-a", "phong-c", "2024-01-01", "False")
    ]


def test_a_body_moving_to_an_unrelated_body_is_no_rename() -> None:
    assert _lead_change("Phòng Văn hóa và Thông tin", "Phòng Y tế") == [
        ("added", "phong-y-te"),
        ("removed", "phong-van-hoa-thong-tin"),
    ]


def test_without_an_agency_list_cells_compare_as_folded_names() -> None:
    assert [m.raw for m in fallback_mentions("- Phòng Y tế;\nPhòng Văn hoá, Phòng Nội vụ.")] == [
        "Phòng Y tế",
        "Phòng Văn hoá",
        "Phòng Nội vụ",
    ]
    assert _lead_change("Phòng Văn hóa; Phòng Y tế", "Phòng Y tế, Phòng Văn hoá", None) == []
    assert _lead_change("Phòng Nội vụ", "Phòng Tư pháp", None) == [
        ("added", "Phòng Tư pháp"),
        ("removed", "Phòng Nội vụ"),
    ]


def test_plan_json_mentions_are_used_as_written_by_the_normalize_stage() -> None:
    old, new = golden_dicts(), golden_dicts()
    mention = {
        "raw": "Phòng VH&TT",
        "name": "Phòng Văn hóa và Thông tin",
        "score": 100.0,
        "method": "abbreviation",
        "requested": False,
        "indicators": [],
        "note": None,
    }
    by_key(old, "8.1.1")["agencies"] = {"lead": [{**mention, "id": "phong-van-hoa-thong-tin"}]}
    by_key(new, "8.1.1")["agencies"] = {"lead": [{**mention, "id": "phong-van-hoa-thong-tin"}]}
    # The cell texts differ, but the stage resolved both to the same body: no change.
    by_key(new, "8.1.1")["lead"] = "Phòng VH&TT"
    assert diff_plans(plan(old), plan(new), AGENCIES).is_empty
    by_key(new, "8.1.1")["agencies"] = {"lead": [{**mention, "id": "phong-y-te", "name": "Phòng Y tế"}]}
    (row,) = diff_plans(plan(old), plan(new), AGENCIES).modified
    assert row.changed_fields == ("lead",)


def test_unmatched_mentions_compare_by_folded_text() -> None:
    old = (Mention("Tổ công tác số", None, None, 0.0, "unmatched"),)
    assert agency_change("lead", old, (Mention("tổ công tác  số", None, None, 0.0, "unmatched"),), AGENCIES) is None
    change = agency_change("lead", old, (Mention("Tổ công tác 2", None, None, 0.0, "unmatched"),), AGENCIES)
    assert change is not None and [r.name for r in change.removed] == ["Tổ công tác số"]


def test_a_name_cut_in_two_by_an_older_plan_json_is_resolved_again() -> None:
    data = golden_dicts()[0]
    data["lead"] = "Sở Thông tin\nvà Truyền thông"
    unmatched = [{"raw": "Sở Thông tin", "id": None}, {"raw": "và Truyền thông", "id": None}]
    data["agencies"] = {"lead": unmatched}
    row = row_from_dict(data)
    assert [m.id for m in role_mentions(row, "lead", None)] == [None, None]  # no list: as stored
    assert [m.id for m in role_mentions(row, "lead", AGENCIES)] == ["so-thong-tin-truyen-thong"]
