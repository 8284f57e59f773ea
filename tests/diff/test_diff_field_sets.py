"""Plans of other structures: group labels in another number style, columns only one plan has."""

from __future__ import annotations

import re

from plans import golden_dicts, plan

from diff import diff_plans, load_agencies
from diff.model import Plan

AGENCIES = load_agencies()


def test_group_labels_in_another_number_style_are_no_change() -> None:
    new = golden_dicts()
    for row in new:
        row["dimension"] = re.sub(r"^(\d+)\. ", r"CHỈ SỐ \1: ", row["dimension"]).upper()
        row["component"] = re.sub(r"^(\d+)\. ", rf"{row['dimension_no']}.\1. ", row["component"])
    assert new[0]["dimension"].startswith("CHỈ SỐ 1: THAM GIA") and new[0]["component"].startswith("1.1. ")
    assert diff_plans(plan(golden_dicts()), plan(new), AGENCIES).is_empty


def test_a_column_one_plan_lacks_is_named_not_compared() -> None:
    old, new = golden_dicts(), golden_dicts()
    for row in new:
        row["sector_guidance"] = ""
    header = ("dimension", "component", "indicators", "tasks", "implementing", "lead", "coordinating")
    base = plan(old, "2024")
    result = diff_plans(base, Plan("2025", plan(new).rows, header), AGENCIES)
    assert result.is_empty and result.only_old == ("sector_guidance",) and "sector_guidance" not in result.fields
    # Without a header saying so, an emptied column is a change in every row that had text there.
    changed = diff_plans(base, plan(new, "2025"), AGENCIES)
    assert {r.pair.new.key for r in changed.modified} == {r["key"] for r in old if r["sector_guidance"]}
