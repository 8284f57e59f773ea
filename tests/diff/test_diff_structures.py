"""A plan of one structure against a plan of another: the same key rule pairs every row.

The section-row provincial plan (samples/structures/province-sections.csv) holds the city plan's
36 indicator rows under section rows, with provincial bodies, a deadline column and no
"thực hiện" or "quản lý ngành" column; the mixed plan numbers its rows (TT) instead of its indicators.
"""

from __future__ import annotations

import pytest
from plans import GOLDEN

from diff import load_agencies
from diff.model import PlanDiff
from phuluc.cli import main
from phuluc.pipeline import diff_files

SAMPLES = GOLDEN.parent.parent / "samples"
CITY = SAMPLES / "plan-2024-landscape.docx"
SECTIONS = SAMPLES / "plan-2024-province-sections.pdf"
MIXED = SAMPLES / "plan-2024-province-mixed.docx"


@pytest.fixture(scope="module")
def city_to_sections() -> PlanDiff:
    return diff_files(CITY, SECTIONS, agencies=load_agencies())


def test_every_row_pairs_by_its_key(city_to_sections: PlanDiff) -> None:
    result = city_to_sections
    assert not result.added and not result.removed and not result.renumbered
    assert len(result.rows) == 36
    assert all(row.pair.method == "key" for row in result.rows)


def test_fields_one_plan_lacks_and_section_numbering_are_no_change(city_to_sections: PlanDiff) -> None:
    changed = {name for row in city_to_sections.rows for name in row.changed_fields}
    # the city plan has no deadline, the provincial plan no implementing or sector guidance column;
    # "I. Tham gia ..." and "1. Tham gia ..." are the same dimension; the indicators were kept
    assert not changed & {"deadline", "implementing", "sector_guidance", "component", "indicators"}
    assert {"lead", "coordinating", "tasks"} <= changed  # city bodies became provincial ones, in tasks too
    # the seed's one misspelt dimension label ("trong việc định") is the only group label changed
    assert [r.pair.new.key for r in city_to_sections.rows if "dimension" in r.changed_fields] == ["2.4.1"]


def test_rows_numbered_by_stt_pair_with_rows_numbered_by_indicator() -> None:
    result = diff_files(SECTIONS, MIXED, agencies=load_agencies())
    assert not result.added and not result.removed
    moved = {p.old.key: p.new.key for p in result.renumbered}
    assert moved == {
        "1.2.3": "1.2.2",
        "6.1.4": "6.1.2",
        "6.1.5": "6.1.3",
        "6.3.3": "6.3.2",
        "6.3.4": "6.3.3",
        "6.3.5": "6.3.4",
    }


def test_the_cli_diffs_two_structures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(CITY), str(SECTIONS)]) == 0
    out = capsys.readouterr().out
    assert "(36 rows)" in out and "0 added, 0 removed" in out
    # the deadline only one plan has is named once as not compared, never as a change of a row
    assert "deadline (not compared)" in out
    assert not any(line.strip().startswith("deadline:") for line in out.splitlines())
