"""Pairing: by key where the text agrees, by indicator text where numbering shifted; order never matters."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from plans import by_key, golden_dicts, plan

from diff import diff_plans
from diff.pairing import TEXT_MATCH_CUTOFF, key_order, pair_rows, text_score


def test_a_plan_against_itself_pairs_every_row_by_key_at_100() -> None:
    rows = plan(golden_dicts()).rows
    pairs, removed, added = pair_rows(rows, rows)
    assert not removed and not added
    assert [(p.old.key, p.new.key, p.method, p.score) for p in pairs] == [
        (r.key, r.key, "key", 100.0) for r in sorted(rows, key=lambda r: key_order(r.key))
    ]


def test_the_cutoff_sits_above_every_score_between_two_different_rows_of_the_real_plan() -> None:
    rows = plan(golden_dicts()).rows
    closest = max(text_score(a, b) for a in rows for b in rows if a.key != b.key)
    assert 70 < closest < TEXT_MATCH_CUTOFF  # 73.8 (4.2.1 vs 4.2.2) when the constant was chosen


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_row_order_does_not_matter(rnd: random.Random) -> None:
    old = golden_dicts()
    new = golden_dicts()
    rnd.shuffle(new)
    result = diff_plans(plan(old), plan(new))
    assert result.is_empty
    assert [r.pair.new.key for r in result.rows] == sorted((r["key"] for r in old), key=key_order)


def test_a_dropped_indicator_shifts_the_next_row_which_pairs_by_text() -> None:
    old = golden_dicts()
    new = [row for row in golden_dicts() if row["key"] != "6.1.4"]
    moved = by_key(new, "6.1.5")
    moved["key"] = "6.1.4"
    moved["indicators"] = moved["indicators"].replace("5. ", "4. ").replace("6. ", "5. ")
    result = diff_plans(plan(old), plan(new))
    assert [r.key for r in result.removed] == ["6.1.4"]
    assert not result.added and not result.modified
    (pair,) = result.renumbered
    assert (pair.old.key, pair.new.key, pair.method, pair.score) == ("6.1.5", "6.1.4", "text", 100.0)


def test_an_indicator_reworded_past_recognition_still_pairs_by_its_key() -> None:
    old = golden_dicts()
    new = golden_dicts()
    by_key(new, "1.1.2")["indicators"] = "2. Mức độ người dân biết tên chủ tịch xã"
    result = diff_plans(plan(old), plan(new))
    (row,) = result.modified
    assert (row.pair.method, row.changed_fields) == ("key", ("indicators",))
    assert row.pair.score < TEXT_MATCH_CUTOFF


def test_an_indicator_replaced_at_its_key_with_tasks_of_its_own_is_removed_and_added() -> None:
    """samples/audit43 F1: a component's first indicator dropped, a new one numbered 1 in its place."""
    old = golden_dicts()
    new = golden_dicts()
    replaced = by_key(new, "1.1.2")
    replaced["indicators"] = "2. Tỷ lệ người dân cho biết không phải chờ đợi quá lâu mới lấy được thông tin"
    replaced["tasks"] = "- Rút ngắn thời gian trả lời đề nghị cung cấp thông tin của công dân."
    result = diff_plans(plan(old), plan(new))
    assert [r.key for r in result.removed] == ["1.1.2"] and [r.key for r in result.added] == ["1.1.2"]
    assert not result.modified


def test_a_new_row_taking_a_freed_key_is_reported_as_added_when_its_text_matches_elsewhere() -> None:
    old = golden_dicts()
    new = golden_dicts()
    # 1.1.1 and 1.1.2 swap keys (the indicators were renumbered the other way round).
    first, second = by_key(new, "1.1.1"), by_key(new, "1.1.2")
    first["key"], second["key"] = "1.1.2", "1.1.1"
    result = diff_plans(plan(old), plan(new))
    assert sorted((p.old.key, p.new.key, p.method) for p in result.renumbered) == [
        ("1.1.1", "1.1.2", "text"),
        ("1.1.2", "1.1.1", "text"),
    ]
    assert not result.added and not result.removed


def test_keys_sort_by_number_not_by_text() -> None:
    assert sorted(["6.1.10", "6.1.9", "10.1.1", "2.1.1-2", "2.1.1"], key=key_order) == [
        "2.1.1",
        "2.1.1-2",
        "6.1.9",
        "6.1.10",
        "10.1.1",
    ]


def test_a_row_split_in_two_keeps_its_key_where_its_first_indicator_stays() -> None:
    # audit27 F4: the part moved out (two of three indicators) scores higher against the old row
    # than the part left (one); the key and the first indicator say which is the same row.
    old = golden_dicts()
    new = golden_dicts()
    kept = by_key(new, "2.3.1")
    first, *rest = kept["indicators"].split("\n")
    assert len(rest) == 2
    kept["indicators"] = first
    new.append({**kept, "key": "2.3.2", "indicators": "\n".join(rest)})
    result = diff_plans(plan(old), plan(new))
    assert [r.key for r in result.added] == ["2.3.2"]
    assert not result.removed and not result.renumbered
    (row,) = result.modified
    assert (row.pair.old.key, row.pair.new.key, row.pair.method, row.changed_fields) == (
        "2.3.1",
        "2.3.1",
        "key",
        ("indicators",),
    )


def test_a_row_rewritten_between_years_still_pairs_by_its_key() -> None:
    """samples/review43: the indicator reworded past the cutoff, the tasks edited (a bullet added) or filled in."""
    old = golden_dicts()
    new = golden_dicts()
    edited = by_key(new, "1.1.2")
    edited["indicators"] = "2. Mức độ người dân biết tên chủ tịch xã"
    edited["tasks"] = edited["tasks"] + "\n- Niêm yết công khai danh sách lãnh đạo tại trụ sở."
    result = diff_plans(plan(old), plan(new))
    assert not result.added and not result.removed
    (row,) = result.modified
    assert row.pair.method == "key" and "tasks" in row.changed_fields
