"""The thirty-sixth audit (samples/audit36): how tables are ruled and decorated.

Each test reads an audit document and compares the rows with the audit's own expected rows
(``samples/audit36/expected``, written from the seed's text, never from phuluc's output).
F1: a Chromium print of an HTML table whose cells are framed separately (``border-collapse:
separate``, ``border-spacing: 3px``) has two parallel rules 3 pt apart between two cells; the gaps
made a net of thin rows and columns that merged the whole table into one row. F6: Chromium draws a
0.25 pt dotted or dashed border dot by dot (12,131 segments on a page: refused). F2: a TT column
filled the gap of a missing dimension column. F3: a stamp box drawn over the table split a row.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from core.settings import ExtractSettings
from extract import extract
from extract.grid import edges_to_grids
from extract.header import labels_to_fields
from extract.merge import merge

AUDIT36 = ROOT / "samples" / "audit36"
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


def _read(path: Path, out: Path, engine: str | None = None) -> dict[str, Any]:
    from phuluc.cli import main

    args = ["extract", str(path), "--out", str(out)] + (["--engine", engine] if engine else [])
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        main(args)
    document: dict[str, Any] = json.loads((out / "plan.json").read_text(encoding="utf-8"))["documents"][0]
    return document


def _expected(path: Path) -> list[dict[str, str]]:
    folder = path.parent.parent / "expected"
    rows: list[dict[str, str]] = json.loads((folder / f"{path.name}.json").read_text(encoding="utf-8"))
    return rows


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict[str, float | str]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "orientation": "h" if top == bottom else "v"}


def test_a_box_off_the_grid_is_no_rule() -> None:
    """A box inside a 3x2 table, crossed by a column rule, on no rule's line: the grid stays 3 columns, 2 rows."""
    xs, ys = (0.0, 100.0, 200.0, 300.0), (0.0, 50.0, 150.0)
    edges = [_edge(xs[0], y, xs[-1], y) for y in ys] + [_edge(x, ys[0], x, ys[-1]) for x in xs]
    edges += [_edge(150, 70, 250, 70), _edge(150, 110, 250, 110), _edge(150, 70, 150, 110), _edge(250, 70, 250, 110)]
    (grid,) = edges_to_grids(edges)
    assert (grid.xs, grid.ys) == (xs, ys)
    assert [(b.x0, b.top, b.x1, b.bottom) for b in grid.boxes] == [(150, 70, 250, 110)]


def test_a_box_on_the_grid_stays_a_cell() -> None:
    """A cell split by a rule that ends on the table's column rules is no drawn box."""
    xs, ys = (0.0, 100.0, 200.0, 300.0), (0.0, 50.0, 150.0)
    edges = [_edge(xs[0], y, xs[-1], y) for y in ys] + [_edge(x, ys[0], x, ys[-1]) for x in xs]
    edges += [_edge(100, 100, 200, 100)]
    (grid,) = edges_to_grids(edges)
    assert grid.ys == (0.0, 50.0, 100.0, 150.0)
    assert grid.boxes == ()


@pytest.mark.parametrize("engine", [None, "pdfplumber"])
def test_stamp_box_splits_no_row_and_its_label_is_said(tmp_path: Path, engine: str | None) -> None:
    """t08: a red "ĐÃ KÝ" box over row 1.1.1: one row, its words whole, the stamp's label left out and said."""
    path = AUDIT36 / "docs" / "t08-rl-rects-stamp.pdf"
    document = _read(path, tmp_path, engine)
    rows = document["rows"]
    expected = _expected(path)
    assert [r["key"] for r in rows] == [e["key"] for e in expected]
    assert {f: rows[0][f] for f in FIELDS} == {f: expected[0][f] for f in FIELDS}
    said = [w for w in document["warnings"] if "ĐÃ KÝ" in w]
    assert len(said) == 1 and "page(s) 1:" in said[0] and "stamp" in said[0]


def test_a_row_number_column_fills_no_gap() -> None:
    """With no dimension column, the TT/STT column left of the component is the row numbers, not the dimension."""
    rest = ["Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan thực hiện", "Cơ quan chủ trì"]
    rest += ["Cơ quan quản lý ngành, lĩnh vực", "Cơ quan phối hợp"]
    for number in ("TT", "STT"):
        mapping = labels_to_fields([number, *rest])
        assert 0 not in mapping and mapping[1] == "component"


@pytest.mark.parametrize(
    ("name", "engine"),
    [
        ("docs/t02-frame-dotted-sections.docx", None),
        ("docs/t02-frame-dotted-sections.pdf", None),
        ("docs/t02-frame-dotted-sections.pdf", "pdfplumber"),
        ("probe/docs/p1-sections-STT.docx", None),
        ("probe/docs/p1-sections-STT.pdf", None),
    ],
)
def test_sections_with_a_row_number_column_read_as_the_plan(tmp_path: Path, name: str, engine: str | None) -> None:
    """t02 / p1: section rows give the dimensions, the TT (STT) column is the row number: every row as the plan."""
    path = AUDIT36 / name
    rows = _read(path, tmp_path, engine)["rows"]
    assert [{f: r[f] for f in FIELDS} for r in rows] == [{f: e[f] for f in FIELDS} for e in _expected(path)]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", ["t04-html-separate.pdf", "t06-html-hairline-blue.pdf"])
def test_cells_framed_separately_and_dotted_hairlines_read_every_row(name: str, engine: str) -> None:
    expected = json.loads((AUDIT36 / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    rows = merge(extract(AUDIT36 / "docs" / name, ExtractSettings(engine=engine))).rows
    assert [r.key for r in rows] == [e["key"] for e in expected]
    for row, want in zip(rows, expected, strict=True):
        assert {f: getattr(row, f) for f in FIELDS} == {f: want[f] for f in FIELDS}


@pytest.mark.parametrize("engine", [None, "pdfplumber"])
@pytest.mark.parametrize("name", ["probe/docs/p4a-booktabs-nostamp.pdf", "probe/docs/p4b-booktabs-nozebra-nostamp.pdf"])
def test_a_borderless_table_with_section_rows_reads_every_row(tmp_path: Path, name: str, engine: str | None) -> None:
    """F4: each "1. Tham gia ..." heading runs across the gutters of a booktabs table (horizontal rules only).

    It closed the gutters it crossed (TT, component and indicators ran together) and ended the
    table on its page; it is a row of its own, whose title gives the rows under it their dimension.
    """
    path = AUDIT36 / name
    document = _read(path, tmp_path, engine)
    assert [{f: r[f] for f in FIELDS} for r in document["rows"]] == [{f: e[f] for f in FIELDS} for e in _expected(path)]
    assert document["coverage"]["complete"]
