"""audit34: diffs across the 2025 reform from extraction outputs (F1), the headline's counts (F5),
a body merged into the row's new lead (F4).

Expected renames are the plan's own (samples/audit34/EXPECTED.md, written from plans.py): P1 is
tỉnh Quảng Bình 2024 → tỉnh Quảng Trị 2026, both DOCX, extracted once into a temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES
from plans import by_key, golden_dicts, plan

from core.model import Jurisdiction
from diff import diff_files, diff_plans, load_plan, render
from diff.errors import DiffInputError
from diff.model import PlanDiff
from phuluc.cli import main

DOCS = SAMPLES / "audit34" / "docs"

#: P1's successions, per (row, role): the old body and the one that replaced it (EXPECTED.md).
P1_RENAMES = {
    ("1.1.1", "coordinating"): {
        ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        ("Đài Phát thanh và Truyền hình tỉnh Quảng Bình", "Báo và Phát thanh, Truyền hình tỉnh Quảng Trị"),
    },
    ("1.1.2", "lead"): {("Ban Dân tộc tỉnh Quảng Bình", "Sở Dân tộc và Tôn giáo")},
    ("2.1.1", "lead"): {("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ")},
    ("2.3.1", "lead"): {("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường")},
    ("5.2.1", "lead"): {("Sở Kế hoạch và Đầu tư", "Sở Tài chính")},
    ("5.2.2", "lead"): {("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ")},
    ("6.4.1", "lead"): {("Sở Giao thông vận tải", "Sở Xây dựng")},
    ("6.4.1", "coordinating"): {("Sở Kế hoạch và Đầu tư", "Sở Tài chính")},
}
#: The rows whose implementing bodies went from the districts' UBND to the communes'.
P1_IMPLEMENTING = ("1.1.1", "1.1.2", "1.2.1", "2.3.1", "4.1.1", "5.2.2", "6.1.1", "6.4.1")


@pytest.fixture(scope="module")
def p1_outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """P1's two years extracted to output folders, as ``phuluc extract DOC --out DIR`` writes them."""
    root = tmp_path_factory.mktemp("audit34")
    outs = []
    for name, doc in (("old", "p1-quangbinh-2024.docx"), ("new", "p1-quangtri-2026.docx")):
        assert main(["extract", str(DOCS / doc), "--out", str(root / name), "--quiet"]) == 0
        outs.append(root / name)
    return outs[0], outs[1]


@pytest.fixture(scope="module")
def p1_folder_diff(p1_outputs: tuple[Path, Path]) -> PlanDiff:
    return diff_files(*p1_outputs)


def renames(result: PlanDiff) -> dict[tuple[str, str], set[tuple[str, str]]]:
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for row in result.rows:
        for change in row.agency_changes:
            for rename in change.renamed:
                found.setdefault((row.pair.new.key, change.field), set()).add((rename.old.name, rename.new.name))
    return found


def test_a_plan_json_jurisdiction_is_read_with_its_label(p1_outputs: tuple[Path, Path]) -> None:
    old, new = (load_plan(out) for out in p1_outputs)
    assert old.jurisdiction is not None and new.jurisdiction is not None
    assert (old.jurisdiction.level, old.jurisdiction.name, old.jurisdiction.year) == ("province", "Quảng Bình", 2024)
    assert (new.jurisdiction.label, new.jurisdiction.year) == ("tỉnh Quảng Trị", 2026)
    assert load_plan(p1_outputs[0] / "plan.json").jurisdiction == old.jurisdiction


def test_folder_diff_reports_the_reform_successions(p1_folder_diff: PlanDiff) -> None:
    found = renames(p1_folder_diff)
    implementing = {key for (key, role) in found if role == "implementing"}
    assert implementing == set(P1_IMPLEMENTING)
    assert all(found[(key, "implementing")] == {("UBND cấp huyện", "UBND cấp xã")} for key in implementing)
    assert {key: value for key, value in found.items() if key[1] != "implementing"} == P1_RENAMES


def test_folder_diff_keeps_the_real_reassignments_apart(p1_folder_diff: PlanDiff) -> None:
    changes = {(r.pair.new.key, c.field): c for r in p1_folder_diff.rows for c in r.agency_changes}
    lead_411, coord_411, lead_611 = changes["4.1.1", "lead"], changes["4.1.1", "coordinating"], changes["6.1.1", "lead"]
    assert not lead_411.renamed and [a.name for a in lead_411.added] == ["Sở Nội vụ"]
    assert not coord_411.renamed and [a.name for a in coord_411.removed] == ["Sở Nội vụ"]
    assert not lead_611.renamed and [a.name for a in lead_611.added] == ["Sở Y tế"]
    # KH&ĐT merged into Sở Tài chính, already coordinating in 6.4.1: a merge, not a removal
    assert not changes["6.4.1", "coordinating"].removed


def test_cli_folder_diff_says_renamed_and_merged(
    p1_outputs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", *map(str, p1_outputs)]) == 0
    out = capsys.readouterr().out
    assert "renamed Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ: 2 rows" in out
    assert "merged Sở Kế hoạch và Đầu tư → Sở Tài chính: 2 rows" in out
    assert "reassigned Sở Kế hoạch" not in out and "reassigned Sở Thông tin" not in out


def test_a_jurisdiction_that_does_not_read_is_an_input_error(p1_outputs: tuple[Path, Path], tmp_path: Path) -> None:
    payload = json.loads((p1_outputs[0] / "plan.json").read_text(encoding="utf-8"))
    payload["documents"][0]["jurisdiction"]["year"] = "năm 2024"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DiffInputError, match="jurisdiction does not read"):
        load_plan(path)
    payload["documents"][0]["jurisdiction"] = None  # a plan read against no place is still a plan
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    assert load_plan(path).jurisdiction is None


def test_a_coordinating_body_merged_into_the_new_lead_says_so(p1_folder_diff: PlanDiff) -> None:
    (row,) = (r for r in p1_folder_diff.rows if r.pair.new.key == "2.3.1")
    (coordinating,) = (c for c in row.agency_changes if c.field == "coordinating")
    assert [a.name for a in coordinating.removed] == [
        "Sở Nông nghiệp và Phát triển nông thôn (merged into Sở Nông nghiệp và Môi trường, lead)"
    ]


def test_a_row_renumbered_and_modified_is_counted_once_in_the_headline() -> None:
    old = golden_dicts()
    new = [row for row in golden_dicts() if row["key"] != "6.1.4"]
    moved = by_key(new, "6.1.5")
    moved["key"] = "6.1.4"
    moved["indicators"] = moved["indicators"].replace("5. ", "4. ").replace("6. ", "5. ")
    moved["lead"] = "Sở Y tế"
    result = diff_plans(plan(old), plan(new))
    assert (len(result.modified), len(result.renumbered), result.renumbered_only) == (1, 1, 0)
    headline = render(result, "text").splitlines()[1]
    assert headline == "0 added, 1 removed, 1 modified (1 also renumbered), 0 renumbered, 34 unchanged"
    summary = json.loads(render(result, "json"))["summary"]
    assert summary["modified"] + summary["renumbered"] + summary["unchanged"] + summary["added"] == len(new)
    found = json.loads(render(result, "json"))
    assert found["renumbered"] == {"6.1.5": "6.1.4"}  # every renumbered row is still listed
    assert sum(d["renumbered"] for d in found["dimensions"]) == summary["renumbered"] == 0


def test_jurisdiction_fields_are_the_ones_plan_json_writes() -> None:
    from export.plan_json import jurisdiction_to_dict

    written = jurisdiction_to_dict(Jurisdiction("province", "tỉnh", "Quảng Trị", "Quảng Trị", 2026))
    assert written is not None and set(written) - {"label"} <= set(Jurisdiction.__dataclass_fields__)
