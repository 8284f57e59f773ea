"""The thirty-sixth audit (samples/audit36): how tables are ruled and decorated.

F1: a Chromium print of an HTML table whose cells are framed separately (``border-collapse:
separate``, ``border-spacing: 3px``) has two parallel rules 3 pt apart between two cells. The
gaps made a net of thin rows and columns that merged the whole table into one row (1 of 12 rows,
8/108 cells, coverage "complete", exit 0).
F6: Chromium draws a 0.25 pt dotted or dashed border dot by dot: 12,131 segments on a page, and
the plan was refused (limit 10,000); each dot or dash shorter than a cell's side, the rules were
lost when the limit was lifted.
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

AUDIT = ROOT / "samples" / "audit36"
FIELDS = (
    "key",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", ["t04-html-separate.pdf", "t06-html-hairline-blue.pdf"])
def test_cells_framed_separately_and_dotted_hairlines_read_every_row(name: str, engine: str) -> None:
    expected = json.loads((AUDIT / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    rows = merge(extract(AUDIT / "docs" / name, ExtractSettings(engine=engine))).rows
    assert [r.key for r in rows] == [e["key"] for e in expected]
    for row, want in zip(rows, expected, strict=True):
        assert {f: getattr(row, f) for f in FIELDS} == {f: want[f] for f in FIELDS}
