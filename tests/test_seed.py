"""The seed and the truth made from it: the facts the seed's README states, and the stored golden
rows in step with the hand-made join decisions (samples/seed/joins.csv)."""

from __future__ import annotations

import json
import sys
from typing import Any

from conftest import GOLDEN, SAMPLES

sys.path.insert(0, str(SAMPLES))

import seedtext  # noqa: E402


def test_the_seed_has_the_facts_its_readme_states() -> None:
    seed = seedtext.read_seed()
    assert len(seed.rows) == 53
    assert max(row.page for row in seed.rows) == 26
    assert seed.header[0] == "Chỉ số nội dung" and len(seed.header) == 8
    rows = seedtext.golden_rows()
    assert len(rows) == 36
    assert sorted({row["dimension_no"] for row in rows}) == list(range(1, 9))


def test_every_physical_row_lands_in_exactly_one_logical_row() -> None:
    lines = [line for row in seedtext.golden_rows() for line in row["seed_lines"]]  # type: ignore[attr-defined]
    assert lines == [row.line_no for row in seedtext.read_seed().rows]


def test_stored_golden_rows_match_the_seed_and_its_joins() -> None:
    stored: list[dict[str, Any]] = json.loads((GOLDEN / "seed" / "rows.json").read_text(encoding="utf-8"))
    assert stored == seedtext.golden_rows(), "run `make golden` and review the diff of tests/golden/seed/rows.json"
