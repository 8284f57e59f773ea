"""--format csv and --sqlite: one record per changed field, the same in both."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from plans import by_key, golden_dicts, plan, plan_json

from diff import diff_plans, load_agencies, render
from diff.model import PlanDiff
from diff.render_table import CHANGE_COLUMNS, change_records
from phuluc.cli import main

AGENCIES = load_agencies()


def _changed() -> PlanDiff:
    old, new = golden_dicts(), golden_dicts()
    by_key(new, "3.2.1")["lead"] = "Phòng Nội vụ"
    by_key(new, "8.1.1")["lead"] = "Phòng Văn hóa, Khoa học và Thông tin"
    by_key(new, "4.2.1")["tasks"] += '\n- Kiểm tra, "đôn đốc"; báo cáo'
    new = [row for row in new if row["key"] != "7.3.1"]
    return diff_plans(plan(old, "2024"), plan(new, "2025"), AGENCIES)


def test_csv_has_one_line_per_changed_field_with_its_kind() -> None:
    records = list(csv.reader(io.StringIO(render(_changed(), "csv"))))
    assert tuple(records[0]) == CHANGE_COLUMNS
    by_place = {(r[0], r[2]): r for r in records[1:]}
    assert by_place[("3.2.1", "lead")][3:6] == ["Thanh tra thành phố", "Phòng Nội vụ", "reassigned"]
    assert by_place[("8.1.1", "lead")][5] == "renamed"
    tasks = by_place[("4.2.1", "tasks")]
    assert tasks[5] == "text" and tasks[4].endswith('- Kiểm tra, "đôn đốc"; báo cáo') and "{+" in tasks[6]
    removed = [r for r in records[1:] if r[5] == "row_removed"]
    assert {r[0] for r in removed} == {"7.3.1"} and "indicators" in {r[2] for r in removed}
    assert len(records) - 1 == len(change_records(_changed()))


def test_a_field_a_spreadsheet_would_run_is_escaped_as_in_the_extracts_csvs() -> None:
    # the CSV is for Excel and its text is the plans' (audit20 F2: "=HYPERLINK(...)" came out raw)
    old, new = golden_dicts(), golden_dicts()
    by_key(new, "3.2.1")["tasks"] = '=HYPERLINK("http://x.invalid","Bấm")'
    by_key(new, "4.2.1")["tasks"] = "- Kiểm tra định kỳ"
    records = list(csv.reader(io.StringIO(render(diff_plans(plan(old), plan(new), AGENCIES), "csv"))))
    by_place = {(r[0], r[2]): r for r in records[1:]}
    assert by_place[("3.2.1", "tasks")][4] == '\'=HYPERLINK("http://x.invalid","Bấm")'
    assert by_place[("4.2.1", "tasks")][4] == "- Kiểm tra định kỳ"  # a bullet stays as written


def test_an_empty_diff_is_a_header_only() -> None:
    same = diff_plans(plan(golden_dicts()), plan(golden_dicts()), AGENCIES)
    assert render(same, "csv") == ",".join(CHANGE_COLUMNS) + "\n"


def test_sqlite_holds_the_csv_lines(tmp_path: Path) -> None:
    old, new = tmp_path / "2024.json", tmp_path / "2025.json"
    rows = golden_dicts()
    by_key(rows, "3.2.1")["lead"] = "Phòng Nội vụ"
    old.write_text(plan_json(("plan-2024.docx", golden_dicts())), encoding="utf-8")
    new.write_text(plan_json(("plan-2025.docx", rows)), encoding="utf-8")
    out, db = tmp_path / "changes.csv", tmp_path / "changes.sqlite"
    assert main(["diff", str(old), str(new), "--format", "csv", "--output", str(out), "--sqlite", str(db)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(text)))[1:]
    with sqlite3.connect(db) as connection:
        stored = connection.execute(f"SELECT {', '.join(CHANGE_COLUMNS)} FROM changes ORDER BY seq").fetchall()
        sides = connection.execute("SELECT side, name, rows FROM plans ORDER BY side DESC").fetchall()
    connection.close()
    assert (
        [list(r) for r in stored]
        == lines
        == [
            [
                "3.2.1",
                "3.2.1",
                "lead",
                "Thanh tra thành phố",
                "Phòng Nội vụ",
                "reassigned",
                "removed Thanh tra thành phố | added Phòng Nội vụ",
            ]
        ]
    )
    assert sides == [("old", "plan-2024.docx", 36), ("new", "plan-2025.docx", 36)]


def test_an_unwritable_sqlite_path_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "2024.json"
    old.write_text(plan_json(("plan-2024.docx", golden_dicts())), encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert main(["diff", str(old), str(old), "--sqlite", str(blocker / "changes.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("phuluc: error: ") and err.count("\n") == 1 and "cannot write" in err
