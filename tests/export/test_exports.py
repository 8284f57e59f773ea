"""Exports: the contract's keys, byte-identical reruns, SQLite schema, CSV round trip."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from conftest import SAMPLES
from phuluc.cli import main
from phuluc.model import FIELDS

DOCX = SAMPLES / "plan-2024-landscape.docx"
ROW_KEYS = {"key", "dimension_no", "component_no", *FIELDS, "pages"}


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["extract", str(DOCX), "--out", str(out), "--quiet"]) == 0
    return out


def test_plan_json_follows_the_contract(out_dir: Path) -> None:
    plan = json.loads((out_dir / "plan.json").read_text(encoding="utf-8"))
    assert plan["failures"] == []
    (doc,) = plan["documents"]
    assert doc["source"] == DOCX.name and len(doc["sha256"]) == 64 and doc["pages"] >= 1
    assert doc["title"].startswith("PHỤ LỤC")
    assert len(doc["rows"]) == 36
    assert all(ROW_KEYS <= set(row) for row in doc["rows"])


def test_reruns_are_byte_identical(out_dir: Path, tmp_path: Path) -> None:
    assert main(["extract", str(DOCX), "--out", str(tmp_path), "--quiet"]) == 0
    for name in ("plan.json", "rows.csv"):
        assert (tmp_path / name).read_bytes() == (out_dir / name).read_bytes()


def test_csv_has_a_bom_and_reads_back_to_the_json_rows(out_dir: Path) -> None:
    raw = (out_dir / "rows.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out_dir / "rows.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    rows = json.loads((out_dir / "plan.json").read_text(encoding="utf-8"))["documents"][0]["rows"]
    expected = pd.DataFrame([{"source": DOCX.name, "key": r["key"], "dimension_no": str(r["dimension_no"]),
                              "component_no": str(r["component_no"]), **{f: r[f] for f in FIELDS},
                              "pages": ";".join(map(str, r["pages"]))} for r in rows])
    pd.testing.assert_frame_equal(frame, expected)


def test_sqlite_has_documents_rows_and_a_foreign_key(out_dir: Path) -> None:
    conn = sqlite3.connect(out_dir / "plan.sqlite")
    assert conn.execute("SELECT count(*) FROM rows").fetchone() == (36,)
    assert conn.execute("SELECT source FROM documents").fetchall() == [(DOCX.name,)]
    fk = conn.execute("PRAGMA foreign_key_list(rows)").fetchall()
    assert fk and fk[0][2] == "documents"
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(rows)")}
    assert "rows_key" in indexes
    keys = [k for (k,) in conn.execute("SELECT key FROM rows ORDER BY position")]
    assert keys[:3] == ["1.1.1", "1.1.2", "1.2.1"]


def test_no_temporary_files_are_left_behind(out_dir: Path) -> None:
    assert sorted(p.name for p in out_dir.iterdir()) == ["plan.json", "plan.sqlite", "rows.csv"]


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    from export.atomic import write_atomic

    dest = tmp_path / "plan.json"
    dest.write_text("old", encoding="utf-8")

    def crash(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk died")

    with pytest.raises(RuntimeError):
        write_atomic(dest, crash)
    assert dest.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]
