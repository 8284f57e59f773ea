"""`phuluc agencies suggest`: clusters of variant spellings, a proposed name each, in the --agencies format."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from core.model import Agency
from normalize.agencies import user_list
from normalize.suggest import Seen, clusters_to_csv, suggest
from phuluc.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "plan-2024-landscape.docx"


def test_variant_spellings_of_one_body_are_one_cluster() -> None:
    seen = [Seen("Sở Nội vụ", "qt/so-noi-vu")] * 3 + [
        Seen("Ban Quản lý dự án tỉnh", None),
        Seen("Ban Quản lý dự án tỉnh", None),
        Seen("Ban Quan ly du an tinh", None),
        Seen("BQL dự án tỉnh", None),
        Seen("Ngân hàng Chính sách xã hội", None),
    ]
    entries = {"qt/so-noi-vu": Agency("qt/so-noi-vu", "Sở Nội vụ", "agency", "province")}
    clusters = suggest(seen, entries)
    assert {(c.name, c.count, c.recognised) for c in clusters[:2]} == {
        ("Sở Nội vụ", 3, "qt/so-noi-vu"),
        ("Ban Quản lý dự án tỉnh", 3, ""),  # "BQL" is "Ban Quản lý" written as initials
    }
    names = {c.name for c in clusters}
    assert "Ban Quan ly du an tinh" not in names or "Ban Quản lý dự án tỉnh" in names
    assert "Ngân hàng Chính sách xã hội" in names and len(clusters) >= 3


def test_the_proposal_loads_as_a_list(tmp_path: Path) -> None:
    seen = [Seen("Sở Nội vụ", None), Seen("Sở  Nội vụ", None), Seen("Công an", "a"), Seen("Công an", "b")]
    path = tmp_path / "list.csv"
    path.write_text(clusters_to_csv(suggest(seen, {})), encoding="utf-8")
    assert len(user_list(path)) == 2, "one name is one body; the list loads"


@pytest.mark.slow
def test_suggest_from_an_extracted_plan_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--jurisdiction", "tỉnh Quảng Trị", "-q"]) == 0
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert plan["documents"][0]["jurisdiction"]["label"] == "tỉnh Quảng Trị"
    conn = sqlite3.connect(out / "plan.sqlite")
    assert conn.execute("SELECT jurisdiction, plan_year FROM documents").fetchone() == ("tỉnh Quảng Trị", 2024)
    listed = tmp_path / "list.csv"
    assert main(["agencies", "suggest", str(out), "--out", str(listed)]) == 0
    rows = list(csv.DictReader(listed.open(encoding="utf-8")))
    assert rows and int(rows[0]["count"]) >= int(rows[-1]["count"])
    again = tmp_path / "again"
    assert main(["extract", str(SAMPLE), "--out", str(again), "--agencies", str(listed), "-q"]) == 0
    review = list(csv.reader((again / "review.csv").open(encoding="utf-8-sig")))
    assert len(review) == 1, "every mention is on the proposed list"


def test_a_bad_jurisdiction_or_plan_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SAMPLE), "--out", str(tmp_path / "o"), "--jurisdiction", "Atlantis"]) == 2
    assert main(["agencies", "suggest", str(tmp_path / "none"), "--out", str(tmp_path / "l.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err and "phuluc: error: " in err
