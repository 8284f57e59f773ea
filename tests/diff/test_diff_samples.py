"""The 2024 samples against the 2025 sample: exactly the changes listed in samples/build_next_year.py.

tests/golden/diff/expected.json was written by hand from that list, not from the diff's output.
Every 2024 sample (each layout, PDF and DOCX) against the 2025 plan as DOCX and as PDF (its
LibreOffice export) must give exactly those changes: PDF→DOCX, DOCX→PDF, PDF→PDF, DOCX→DOCX.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import seed_plan_documents
from plans import GOLDEN, extracted

from diff import diff_plans, load_agencies, render
from diff.model import Plan, PlanDiff
from phuluc.cli import main
from phuluc.pipeline import diff_files

ROOT = GOLDEN.parent.parent
OLD = ROOT / "samples" / "plan-2024-landscape.docx"
NEW = ROOT / "samples" / "next-year" / "plan-2025.docx"
NEW_PDF = NEW.with_suffix(".pdf")
#: Every pairing of an old sample with the new plan in either format.
PAIRINGS = [(old, new) for old in seed_plan_documents() for new in (NEW, NEW_PDF)]


def plan_of(path: Path) -> Plan:
    return Plan(path.name, extracted(path).rows)


@pytest.fixture(scope="module", params=PAIRINGS, ids=lambda p: f"{p[0].name}->{p[1].name}")
def result(request: pytest.FixtureRequest) -> PlanDiff:
    old, new = request.param
    return diff_plans(plan_of(old), plan_of(new), load_agencies())


@pytest.fixture(scope="module")
def readme_result() -> PlanDiff:
    return diff_files(OLD, NEW, agencies=load_agencies())


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN / "diff" / "expected.json").read_text(encoding="utf-8"))
    return data


def test_rows_added_removed_renumbered_and_modified(result: PlanDiff, expected: dict[str, Any]) -> None:
    assert [r.key for r in result.added] == expected["added"]
    assert [r.key for r in result.removed] == expected["removed"]
    assert {p.old.key: p.new.key for p in result.renumbered} == expected["renumbered"]
    assert {r.pair.new.key: list(r.changed_fields) for r in result.modified} == expected["modified"]


def test_agency_changes_per_role(result: PlanDiff, expected: dict[str, Any]) -> None:
    found = {
        row.pair.new.key: {
            c.field: {
                "added": [a.id for a in c.added],
                "removed": [a.id for a in c.removed],
                "renamed": [[r.old.id, r.new.id] for r in c.renamed],
            }
            for c in row.agency_changes
        }
        for row in result.modified
        if row.agency_changes
    }
    assert found == expected["agencies"]


def test_word_changes(result: PlanDiff, expected: dict[str, Any]) -> None:
    found = {
        row.pair.new.key: {
            c.field: [[op.op, op.old, op.new] for op in c.words if op.op != "equal"] for c in row.text_changes
        }
        for row in result.modified
        if row.text_changes
    }
    assert found == expected["words"]


def test_renumbered_pair_is_found_by_text(result: PlanDiff) -> None:
    (pair,) = result.renumbered
    assert (pair.method, pair.score) == ("text", 100.0)


def test_cli_json_output_matches_and_is_byte_identical_across_runs(tmp_path: Path, expected: dict[str, Any]) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for out in (first, second):
        assert main(["diff", str(OLD), str(NEW), "--format", "json", "--output", str(out)]) == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert (data["added"], data["removed"], data["modified"]) == (
        expected["added"],
        expected["removed"],
        expected["modified"],
    )


def test_the_readme_shows_the_real_text_output(readme_result: PlanDiff) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert render(readme_result, "text") in readme


def test_the_rename_of_many_rows_is_one_summary_line(readme_result: PlanDiff) -> None:
    text = render(readme_result, "text")
    renamed = [line for line in text.splitlines() if "Phòng Văn hóa, Khoa học và Thông tin" in line]
    assert renamed == [
        "  renamed Phòng Văn hóa và Thông tin → Phòng Văn hóa, Khoa học và Thông tin: 7 rows "
        "(implementing, lead, sector_guidance, coordinating; since 2025-03-01)"
    ]


def test_the_2025_pdf_and_docx_are_the_same_plan() -> None:
    for old, new in ((NEW, NEW_PDF), (NEW_PDF, NEW)):
        assert diff_plans(plan_of(old), plan_of(new), load_agencies()).is_empty
