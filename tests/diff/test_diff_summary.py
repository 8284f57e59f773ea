"""The head of the report: agency changes grouped across rows, counts per dimension and field."""

from __future__ import annotations

import json

from plans import by_key, golden_dicts, plan

from diff import diff_plans, load_agencies, render
from diff.model import PlanDiff
from diff.summary import summarize

AGENCIES = load_agencies()
#: Rows whose lead the test hands from Thanh tra to Phòng Nội vụ.
REASSIGNED = ("3.2.1", "4.1.1", "4.2.1")


def _changed() -> PlanDiff:
    old, new = golden_dicts(), golden_dicts()
    for row in new:
        for role in ("implementing", "lead", "sector_guidance", "coordinating"):
            row[role] = row[role].replace("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ")
    for key in REASSIGNED:
        by_key(old, key)["lead"] = "Thanh tra thành phố"
        by_key(new, key)["lead"] = "Phòng Nội vụ"
    by_key(new, "7.1.1")["coordinating"] += "; Công an thành phố"
    return diff_plans(plan(old, "2024"), plan(new, "2025"), AGENCIES)


def test_a_rename_over_many_rows_and_a_repeated_reassignment_are_one_group_each() -> None:
    found = summarize(_changed()).agency_groups
    groups = [(g.kind, [r.id for r in g.old], [r.id for r in g.new], g.keys) for g in found]
    renamed = [g for g in groups if g[0] in ("renamed", "merged")]
    assert len(renamed) == 1 and renamed[0][1:3] == (["so-thong-tin-truyen-thong"], ["so-khoa-hoc-cong-nghe"])
    assert ("reassigned", ["thanh-tra-thanh-pho"], ["phong-noi-vu"], REASSIGNED) in groups
    assert ("added", [], ["cong-an-thanh-pho"], ("7.1.1",)) in groups
    order = ("renamed", "merged", "reassigned", "added")
    assert [g[0] for g in groups] == sorted((g[0] for g in groups), key=order.index)


def test_the_text_report_says_each_group_once_and_leaves_renames_out_of_the_rows() -> None:
    result = _changed()
    text = render(result, "text")
    assert text.count("→ Sở Khoa học và Công nghệ") == 1
    assert text.count("reassigned Thanh tra thành phố → Phòng Nội vụ: 3 rows (lead)") == 1
    modified = text.split("\nmodified:\n", 1)[1]
    assert "Sở Khoa học" not in modified.split("only renamed agencies")[0]
    (group,) = [g for g in summarize(result).agency_groups if g.kind in ("renamed", "merged")]
    assert f"only renamed agencies (see above): {', '.join(group.keys)}" in modified


def test_counts_per_dimension_add_up_to_the_rows() -> None:
    result = _changed()
    dimensions = summarize(result).dimensions
    assert [d.number for d in dimensions] == sorted(d.number for d in dimensions)
    assert sum(d.modified for d in dimensions) == len(result.modified)
    assert sum(d.added + d.modified + d.renumbered + d.unchanged for d in dimensions) == len(result.new.rows)
    assert all(d.label.startswith(f"{d.number}.") for d in dimensions)


def test_every_format_carries_the_summary() -> None:
    result = _changed()
    data = json.loads(render(result, "json"))
    assert {"agency_groups", "dimensions", "fields_changed", "fields"} <= set(data)
    assert data["fields_changed"]["lead"] == len(REASSIGNED)
    assert "## Agencies" in render(result, "markdown") and "## By dimension" in render(result, "markdown")
    assert "<h2>Agencies</h2>" in render(result, "html") and "<h2>By dimension</h2>" in render(result, "html")


def test_an_empty_diff_has_no_summary() -> None:
    same = diff_plans(plan(golden_dicts()), plan(golden_dicts()), AGENCIES)
    assert summarize(same).agency_groups == () and render(same, "text").endswith("\nno changes\n")
