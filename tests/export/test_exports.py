"""Exports: the contract's keys, byte-identical reruns, SQLite schema, CSV round trip."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from conftest import SAMPLES

from core.model import FIELDS
from phuluc.cli import main

DOCX = SAMPLES / "plan-2024-landscape.docx"
ROW_KEYS = {"key", "dimension_no", "component_no", "papi", *FIELDS, "pages", "boxes"}


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
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir())
    for name in names:
        assert (tmp_path / name).read_bytes() == (out_dir / name).read_bytes(), name


def test_csv_has_a_bom_and_reads_back_to_the_json_rows(out_dir: Path) -> None:
    raw = (out_dir / "rows.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out_dir / "rows.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    rows = json.loads((out_dir / "plan.json").read_text(encoding="utf-8"))["documents"][0]["rows"]
    expected = pd.DataFrame(
        [
            {
                "source": DOCX.name,
                "key": r["key"],
                "dimension_no": str(r["dimension_no"]),
                "component_no": str(r["component_no"]),
                "papi": r["papi"],
                **{f: r[f] for f in FIELDS},
                "pages": ";".join(map(str, r["pages"])),
                "extra": json.dumps(r["extra"], ensure_ascii=False) if "extra" in r else "",
                "ocr_confidence": "",
            }  # not a scan: no OCR confidence
            for r in rows
        ]
    )
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
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "agency_mentions.csv",
        "datapackage.json",
        "metadata.json",
        "plan.json",
        "plan.sqlite",
        "review.csv",
        "review.html",
        "rows.csv",
    ]


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


MENTION_KEYS = ["id", "name", "raw", "score", "method", "requested", "indicators", "note"]


def test_plan_json_rows_carry_their_agency_mentions(out_dir: Path) -> None:
    rows = json.loads((out_dir / "plan.json").read_text(encoding="utf-8"))["documents"][0]["rows"]
    for row in rows:
        assert list(row["agencies"]) == ["implementing", "lead", "sector_guidance", "coordinating"]
        for role, mentions in row["agencies"].items():
            assert all(list(m) == MENTION_KEYS for m in mentions)
            assert bool(mentions) == bool(row[role].strip())
    by_key = {row["key"]: row for row in rows}
    guidance = by_key["4.4.1"]["agencies"]["sector_guidance"]
    assert [(m["id"], m["indicators"]) for m in guidance] == [
        ("thanh-tra-thanh-pho", [1, 2, 3, 4]),
        ("phong-tai-nguyen-moi-truong", [5]),
        ("phong-y-te", [6]),
    ]
    front = by_key["1.2.1"]["agencies"]["coordinating"]
    assert [(m["id"], m["requested"]) for m in front] == [
        ("ubmttqvn-thanh-pho", True),
        ("to-chuc-ctxh-thanh-pho", True),
    ]


def test_sqlite_has_the_agency_list_and_row_mentions(out_dir: Path) -> None:
    conn = sqlite3.connect(out_dir / "plan.sqlite")
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute(
        "SELECT replaced_by, replaced_since FROM agencies WHERE id = 'phong-lao-dong-tbxh'"
    ).fetchone() == ("phong-noi-vu", "2025-03-01")
    fk = {row[2] for row in conn.execute("PRAGMA foreign_key_list(row_agencies)")}
    assert fk == {"rows", "agencies"}
    count = conn.execute("SELECT count(*) FROM row_agencies").fetchone()[0]
    plan = json.loads((out_dir / "plan.json").read_text(encoding="utf-8"))
    assert count == sum(len(ms) for r in plan["documents"][0]["rows"] for ms in r["agencies"].values())
    first = conn.execute(
        "SELECT r.key, a.role, a.position, a.agency_id, a.method FROM row_agencies a JOIN rows r ON r.id = a.row_id"
        " ORDER BY r.position, a.id LIMIT 1"
    ).fetchone()
    assert first == ("1.1.1", "implementing", 1, "ubnd-cap-xa", "exact")


def test_agency_mentions_csv_is_the_long_table(out_dir: Path) -> None:
    raw = (out_dir / "agency_mentions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (out_dir / "agency_mentions.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    conn = sqlite3.connect(out_dir / "plan.sqlite")
    assert len(lines) == conn.execute("SELECT count(*) FROM row_agencies").fetchone()[0]
    assert lines[0]["source"] == DOCX.name and lines[0]["key"] == "1.1.1" and lines[0]["position"] == "1"
    review = (out_dir / "review.csv").read_text(encoding="utf-8-sig").splitlines()
    assert review[0].startswith("source,key,role,position,raw,method,score,suggestion_1")


def test_review_lists_unmatched_mentions_with_suggestions(tmp_path: Path) -> None:
    from dataclasses import replace

    from core.model import Document, Provenance, Result, Row
    from export.agency_csv import review_to_csv
    from normalize import load_agency_list, resolve_cell

    row = Row(
        key="1.1.1",
        dimension_no=1,
        component_no=1,
        dimension="",
        component="",
        indicators="",
        tasks="",
        implementing="",
        lead="Phòng Tư phap; Phòng Y tế",
        sector_guidance="",
        coordinating="",
        pages=(1,),
    )
    agencies = load_agency_list()
    row = replace(row, agencies=(("lead", resolve_cell(row.lead, agencies, cutoff=None)),))
    doc = Document(Provenance("x.docx", "x.docx", "0" * 64, "docx", "python-docx", 1), rows=(row,))
    lines = list(csv.reader(review_to_csv(Result((doc,), (), agencies.entries)).splitlines()))
    assert len(lines) == 2
    assert lines[1][:7] == ["x.docx", "1.1.1", "lead", "1", "Phòng Tư phap", "unmatched", "0.0"]
    assert lines[1][7] == "phong-tu-phap"


@pytest.mark.parametrize(
    "content",
    [
        "id,name\nx,y\n",
        "id,name,kind,level,aliases,replaced_by,replaced_since\nphong-x,Phòng X,agency,city,,phong-nowhere,\n",
    ],
)
def test_a_bad_agency_file_is_a_usage_error(tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    assert main(["extract", str(DOCX), "--out", str(tmp_path / "out"), "--agencies", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("phuluc: error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_user_agency_file_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text(
        "id,name,kind,level,aliases,replaced_by,replaced_since\n"
        "phong-y-te,Phòng Y tế thành phố,agency,city,Phòng Y tế,,\n",
        encoding="utf-8",
    )
    assert main(["extract", str(DOCX), "--out", str(tmp_path), "--agencies", str(mine)]) == 0
    assert "agency mentions need review" in capsys.readouterr().out
    conn = sqlite3.connect(tmp_path / "plan.sqlite")
    assert conn.execute("SELECT name FROM agencies WHERE id = 'phong-y-te'").fetchone() == ("Phòng Y tế thành phố",)
    assert conn.execute("SELECT DISTINCT method FROM row_agencies WHERE agency_id = 'phong-y-te'").fetchall() == [
        ("alias",)
    ]


def test_extra_columns_reach_every_output(tmp_path: Path) -> None:
    import docx

    header = [
        "STT",
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ và giải pháp",
        "Cơ quan thực hiện",
        "Cơ quan chủ trì",
        "Cơ quan hướng dẫn",
        "Cơ quan phối hợp",
        "Ghi chú",
    ]
    row = [
        "1",
        "1. Tham gia",
        "1. Tri thức",
        "1. Hiểu biết",
        "- Tăng cường.",
        "UBND cấp xã",
        "Phòng Nội vụ",
        "",
        "",
        "Quý IV",
    ]
    document = docx.Document()
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=2, cols=len(header))
    for cells, texts in ((table.rows[0].cells, header), (table.rows[1].cells, row)):
        for cell, text in zip(cells, texts, strict=True):
            cell.text = text
    path = tmp_path / "extra.docx"
    document.save(str(path))
    out = tmp_path / "out"
    assert main(["extract", str(path), "--out", str(out), "--quiet"]) == 0
    plan_row = json.loads((out / "plan.json").read_text(encoding="utf-8"))["documents"][0]["rows"][0]
    assert plan_row["extra"] == {"STT": "1", "Ghi chú": "Quý IV"}
    with (out / "rows.csv").open(encoding="utf-8-sig", newline="") as handle:
        (csv_row,) = csv.DictReader(handle)
    assert json.loads(csv_row["extra"]) == {"STT": "1", "Ghi chú": "Quý IV"}
    conn = sqlite3.connect(out / "plan.sqlite")
    assert json.loads(conn.execute("SELECT extra FROM rows").fetchone()[0]) == {"STT": "1", "Ghi chú": "Quý IV"}


def test_deadline_result_budget_and_papi_reach_every_output(tmp_path: Path) -> None:
    """The mixed provincial plan's deadline and result columns land in JSON, CSV and SQLite; its budget stays empty."""
    mixed = SAMPLES / "plan-2024-province-mixed.docx"
    assert main(["extract", str(mixed), "--out", str(tmp_path), "--quiet"]) == 0
    (doc,) = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))["documents"]
    first = doc["rows"][0]
    assert (first["deadline"], first["budget"], first["papi"]) == ("Thường xuyên", "", "1.1")
    assert first["extra"] == {"TT": "1"}
    assert first["expected_result"] == "Tin, bài tuyên truyền trên cổng thông tin điện tử"
    frame = pd.read_csv(tmp_path / "rows.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame["deadline"]) == [row["deadline"] for row in doc["rows"]]
    assert list(frame["papi"]) == [row["papi"] for row in doc["rows"]]
    conn = sqlite3.connect(tmp_path / "plan.sqlite")
    got = conn.execute("SELECT key, papi, deadline, expected_result, budget FROM rows ORDER BY position").fetchall()
    assert got == [(r["key"], r["papi"], r["deadline"], r["expected_result"], r["budget"]) for r in doc["rows"]]
    assert len(got) == 36 and all(budget == "" for *_, budget in got)


def test_rows_read_by_ocr_carry_their_confidence_and_weak_ones_go_to_review(tmp_path: Path) -> None:
    import sqlite3
    from dataclasses import replace

    from core.model import Document, Provenance, Result, Row
    from core.schema import first_problem, plan_schema
    from export import export
    from normalize import load_agency_list, resolve_cell

    agencies = load_agency_list()
    base = Row(
        key="1.1.1",
        dimension_no=1,
        component_no=1,
        dimension="1. D",
        component="1. C",
        indicators="",
        tasks="",
        implementing="",
        lead="Phòng Y tế",
        sector_guidance="",
        coordinating="",
        pages=(1,),
    )
    base = replace(base, agencies=(("lead", resolve_cell(base.lead, agencies, cutoff=None)),))
    sure = replace(base, ocr_confidence=91.4)
    weak = replace(base, key="1.1.2", ocr_confidence=62.0)
    doc = Document(Provenance("scan.pdf", "scan.pdf", "0" * 64, "pdf", "tesseract", 1), rows=(sure, weak))
    out = tmp_path / "out"
    out.mkdir()
    export(Result((doc,), (), agencies.entries), out)
    with (out / "rows.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [(r["key"], r["ocr_confidence"]) for r in csv.DictReader(handle)] == [
            ("1.1.1", "91.4"),
            ("1.1.2", "62.0"),
        ]
    with (out / "review.csv").open(encoding="utf-8-sig", newline="") as handle:
        review = list(csv.DictReader(handle))
    # "Phòng Y tế" is an exact match: only the weak row's mention is listed, for its OCR confidence
    assert [(r["key"], r["raw"], r["method"], r["ocr_confidence"]) for r in review] == [
        ("1.1.2", "Phòng Y tế", "exact", "62.0")
    ]
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert first_problem(plan, plan_schema()) is None
    assert [r["ocr_confidence"] for r in plan["documents"][0]["rows"]] == [91.4, 62.0]
    with sqlite3.connect(out / "plan.sqlite") as conn:
        assert conn.execute("SELECT key, ocr_confidence FROM rows ORDER BY id").fetchall() == [
            ("1.1.1", 91.4),
            ("1.1.2", 62.0),
        ]
    html = (out / "review.html").read_text(encoding="utf-8")
    assert "Rows to check against the scan (OCR confidence under 80)" in html
    assert "1.1.2</a> <small>(confidence 62.0)</small>" in html and "1.1.1</a> <small>" not in html
