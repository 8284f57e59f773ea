"""The seventh audit (samples/audit7): whole plans as issued, heading, body, body tables, then the appendix.

Each document's rows, its jurisdiction and the texts that must be in no row (its heading, body,
body tables, signature) were written by hand in ``<doc>.expected.json`` (samples/audit7/README.md).
Every document is read through the reading stages, as ``phuluc extract`` reads it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES

from core.model import Document
from phuluc.pipeline import run_documents

AUDIT7 = SAMPLES / "audit7"
DOCUMENTS = sorted(p.name for p in AUDIT7.iterdir() if p.suffix in {".pdf", ".docx"})
#: The row fields compared with the expected rows (white space folded).
COMPARED = (
    "key",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "lead",
    "coordinating",
    "deadline",
    "implementing",
)


def _fold(text: object) -> str:
    return " ".join(str(text).split())


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((AUDIT7 / f"{Path(name).stem}.expected.json").read_text(encoding="utf-8"))
    return data


def _read(name: str) -> Document:
    result = run_documents([AUDIT7 / name])
    assert not result.failures, result.failures
    return result.documents[0]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_whole_plan_gives_its_appendix_rows_and_place_and_nothing_of_its_body(name: str) -> None:
    doc, expected = _read(name), _expected(name)
    got = [{f: _fold(getattr(row, f)) for f in COMPARED} for row in doc.rows]
    assert got == [{f: _fold(row[f]) for f in COMPARED} for row in expected["rows"]]
    texts = " ".join(_fold(v) for row in got for v in row.values())
    assert [leak for leak in expected["leaks"] if _fold(leak) in texts] == []
    place, want = doc.jurisdiction, expected["jurisdiction"]
    assert place is not None and (place.level, place.name, place.year) == (want["level"], want["name"], want["year"])
    assert place.province in {want["province"], *expected.get("province_also", [])}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("k08-appendix-table-first-body-after.docx", "ỦY BAN NHÂN DÂN"),  # the plan's heading table after it
        ("k14-second-appendix-title-in-table.docx", "PHỤ LỤC II"),  # a scores table titled in its first row
        ("p06-appendix-then-deadlines-table.pdf", "TT Nội dung Thời gian"),  # drawn on, under the appendix's rules
    ],
)
def test_a_table_of_other_columns_right_after_the_appendix_is_not_read_and_is_said(name: str, said: str) -> None:
    warnings = [w for w in _read(name).warnings if "after the appendix's table are not read" in w]
    assert len(warnings) == 1 and said in warnings[0]


@pytest.mark.parametrize("name", ["k13-deadlines-table-with-agency.docx", "k13-deadlines-table-with-agency.pdf"])
def test_a_body_table_headed_like_an_appendix_is_left_out_and_said(name: str) -> None:
    said = [w for w in _read(name).warnings if "left out as the plan's body" in w]
    assert len(said) == 1 and "page 1" in said[0] and "Nội dung công việc | Cơ quan chủ trì" in said[0]
