"""audit47 (samples/audit47/FINDINGS.md): randomized plans, drawn across everything offices vary.

F4: a borderless table LibreOffice lays out single-spaced (0 pt after paragraphs, no cell padding, no
rules) shows no white between its rows: every such plan was refused, "no appendix table found". Rows are
now told apart where columns start again together; on a page the table goes on to, the rest of a row
the page break cut stays in that row. Expected rows are the generator's (samples/audit47/expected).
"""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

AUDIT47 = SAMPLES / "audit47"
FIELDS = ("key", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")


@pytest.mark.parametrize("name", ["q04", "q13", "q15"])
def test_a_single_spaced_borderless_table_reads_row_by_row(name: str) -> None:
    expected = json.loads((AUDIT47 / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    rows = merge(extract(AUDIT47 / "probes" / f"{name}.pdf", ExtractSettings())).rows
    got = [{f: " ".join(str(getattr(row, f)).split()) for f in FIELDS} for row in rows]
    assert got == [{f: " ".join(str(row[f]).split()) for f in FIELDS} for row in expected["rows"]]
