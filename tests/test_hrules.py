"""Tables drawn with horizontal rules only (booktabs-like), read from the page's text.

LibreOffice prints a DOCX table with no cell padding above and below: between two rows there is
no more white than between two lines of a cell, and only the rule (or the change of fill of a
zebra band) parts them. samples/audit36 t03, p6a, p6b were refused ("no appendix table found");
samples/hrules (built here, not tuned on) lost rows. Expected rows are the samples' own, written
from their content, never from phuluc's output.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from extract.pdf_objects import Char, Edge
from extract.text_grid import text_table
from extract.text_lines import gutters, page_text_lines
from extract.text_rules import Drawn, row_rules

FIELDS = ("key", "dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance")
FIELDS += ("coordinating",)
SIZE, GLYPH, SPACE, PITCH = 10.0, 5.0, 2.5, 13.0  # 3 pt between two lines, as between two rows


def _glyphs(text: str, x: float, top: float) -> list[Char]:
    out: list[Char] = []
    for glyph in text:
        if glyph != " ":
            out.append({"text": glyph, "x0": x, "x1": x + GLYPH, "top": top, "bottom": top + SIZE, "size": SIZE})
        x += GLYPH if glyph != " " else SPACE
    return out


def _rows(top: float, rows: list[list[list[str]]], xs: tuple[float, ...]) -> tuple[list[Char], list[float]]:
    """Lay rows out one pitch apart with no gap between them; return the characters and each row's top."""
    chars: list[Char] = []
    tops = []
    for row in rows:
        tops.append(top)
        for x, lines in zip(xs, row, strict=True):
            for k, line in enumerate(lines):
                chars += _glyphs(line, x, top + k * PITCH)
        top += PITCH * max(len(lines) for lines in row)
    return chars, tops


XS = (50.0, 160.0, 280.0, 420.0, 520.0)
HEADER = [["Nội dung"], ["Chỉ tiêu"], ["Nhiệm vụ, giải pháp"], ["Cơ quan chủ trì"], ["Thời gian"]]
BODY = [
    [
        ["1. Tri thức", "công dân"],
        ["1. Hiểu biết", "chính sách"],
        ["- Tuyên truyền", "pháp luật", "ở thôn."],
        ["Phòng", "Tư pháp"],
        ["Năm", "2025"],
    ],
    [[""], ["2. Hiểu biết", "vị trí"], ["- Công khai", "danh sách"], ["UBND", "cấp xã"], ["Quý", "III"]],
    [
        ["2. Cơ hội", "tham gia"],
        ["1. Tham gia", "tổ chức"],
        ["- Vận động", "Nhân dân"],
        ["Mặt trận", "xã"],
        ["Năm", "2026"],
    ],
]


def _rule(y: float, x0: float, x1: float) -> Edge:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "orientation": "h"}


def _table() -> tuple[list[Char], list[float]]:
    chars, tops = _rows(40.0, [HEADER, *BODY], XS)
    return chars, tops


def test_rules_part_rows_that_no_gap_parts() -> None:
    """A rule between two lines one pitch apart is a row bound; without the rules the rows run together."""
    chars, tops = _table()
    rules = [_rule(top - 1.5, 45.0, 600.0) for top in tops[1:]]
    ruled = text_table(chars, rules)
    assert ruled is not None
    assert len(ruled[0].ys) - 1 == 4  # the header and three rows
    assert all(abs(y - (top - 1.5)) < 0.01 for y, top in zip(ruled[0].ys[1:-1], tops[1:], strict=True))
    bare = text_table(chars, [])
    assert bare is None or len(bare[0].ys) - 1 < 4


def test_a_rule_drawn_cell_by_cell_and_under_the_rows_of_a_merged_group_counts() -> None:
    """A rule in pieces counts whole; one that leaves a merged group column out still spans most of the table."""
    chars, tops = _table()
    pieces = [_rule(tops[1] - 1.5, x, x + 100.0) for x in (45.0, 150.0, 270.0, 410.0, 510.0)]
    under_group = [_rule(tops[2] - 1.5, 150.0, 600.0), _rule(tops[3] - 1.5, 45.0, 600.0)]
    found = text_table(chars, pieces + under_group)
    assert found is not None
    assert len(found[0].ys) - 1 == 4


def test_fills_part_rows_where_cells_fills_touch_and_highlights_do_not() -> None:
    """Zebra bands: every other row's cells shaded side by side; a highlight behind each word is no row bound."""
    chars, tops = _table()
    band = [
        {"x0": x0, "x1": x1, "top": tops[2] - 1.5, "bottom": tops[3] - 1.5}
        for x0, x1 in zip(XS, XS[1:] + (600.0,), strict=True)
    ]
    header = _rule(tops[1] - 1.5, 45.0, 600.0)
    zebra = text_table(chars, [header], fills=band)
    assert zebra is not None
    assert len(zebra[0].ys) - 1 == 4
    words = [{"x0": x, "x1": x + 40.0, "top": tops[2] - 0.5, "bottom": tops[2] + SIZE + 0.5} for x in XS]
    assert row_rules(Drawn((), words), 45.0, 600.0, tops[0], tops[3] + 40.0) == []


def test_a_strip_inside_the_last_column_is_no_gutter() -> None:
    """A short last column ("Năm") with one long line ("Quý II và IV") leaves a strip white but for that line."""
    chars = _glyphs("Chỉ tiêu", 50.0, 40.0) + _glyphs("Thời gian", 200.0, 40.0)
    for k, text in enumerate(["Năm", "Năm", "Quý II và IV", "Năm", "Năm"], start=1):
        chars += _glyphs("Tỷ lệ", 50.0, 40.0 + k * PITCH) + _glyphs(text, 200.0, 40.0 + k * PITCH)
    strips = gutters(page_text_lines(chars), 1)
    assert len(strips) == 1
    assert strips[0][1] <= 200.0


def _read(path: Path, out: Path, engine: str | None) -> dict[str, Any]:
    from phuluc.cli import main

    args = ["extract", str(path), "--out", str(out)] + (["--engine", engine] if engine else [])
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        assert main(args) == 0
    document: dict[str, Any] = json.loads((out / "plan.json").read_text(encoding="utf-8"))["documents"][0]
    return document


def _cells(rows: list[dict[str, Any]], fields: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [tuple(row.get(field) or "" for field in fields) for row in rows]


AUDIT36 = ROOT / "samples" / "audit36"
LIBREOFFICE_HRULES = [
    AUDIT36 / "probe" / "docs" / "p6a-zebra-nostamp.pdf",
    AUDIT36 / "probe" / "docs" / "p6b-zebra-all-hrules.pdf",
    AUDIT36 / "docs" / "t03-zebra-stamp.pdf",
]


@pytest.mark.parametrize("engine", [None, "pdfplumber"])
@pytest.mark.parametrize("path", LIBREOFFICE_HRULES, ids=lambda p: p.stem)
def test_libreoffice_tables_with_horizontal_rules_only_read_every_cell(
    tmp_path: Path, path: Path, engine: str | None
) -> None:
    """audit36 finding 5: refused, "no appendix table found ... 0 ruled table(s)"; now 108 of 108 cells."""
    document = _read(path, tmp_path, engine)
    expected = json.loads((path.parent.parent / "expected" / f"{path.name}.json").read_text(encoding="utf-8"))
    assert _cells(document["rows"], FIELDS) == _cells(expected, FIELDS)


@pytest.mark.parametrize("engine", [None, "pdfplumber"])
def test_a_stamp_framed_over_a_table_with_no_column_rules_is_said_not_read(tmp_path: Path, engine: str | None) -> None:
    """t03: LibreOffice draws the text box's "ĐÃ KÝ", then its frame, over two cells: left out, quoted."""
    document = _read(AUDIT36 / "docs" / "t03-zebra-stamp.pdf", tmp_path, engine)
    assert not any("ĐÃ KÝ" in (row.get(field) or "") for row in document["rows"] for field in FIELDS)
    assert any("stamp" in warning and "ĐÃ KÝ" in warning for warning in document["warnings"])


HRULES = ROOT / "samples" / "hrules"


BUILT = [(name, engine) for name in ("h1-rules-every-row.pdf", "h2-zebra-only.pdf") for engine in (None, "pdfplumber")]


@pytest.mark.parametrize(("name", "engine"), [*BUILT, ("h1-rules-every-row.docx", None)])
def test_word_tables_with_horizontal_borders_only_read_as_written(
    tmp_path: Path, name: str, engine: str | None
) -> None:
    """samples/hrules (python-docx, printed by LibreOffice): every cell as the build wrote it, the deadline too."""
    document = _read(HRULES / name, tmp_path, engine)
    expected = json.loads((HRULES / "expected.json").read_text(encoding="utf-8"))
    fields = (*FIELDS, "deadline")
    assert _cells(document["rows"], fields) == _cells(expected, fields)
