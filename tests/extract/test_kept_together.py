"""Rows cut where the producer keeps a paragraph's lines together (Typst, Word's "keep lines together").

The cut row's cells stop lines above the page bottom while its frame runs down to it; the next page
opens with a piece that has no group label, no agency and no row number, whose lists go on
("2." after "1.", "- " after "- "). A short row followed by a real new row stays two rows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.model import FIELDS, CellPiece, Line, PhysicalRow, Row
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge, rows_to_groups
from extract.page_joins import finished_padding, kept_together

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEADER = (
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ và giải pháp",
    "Cơ quan thực hiện",
    "Cơ quan chủ trì",
    "Cơ quan quản lý ngành, lĩnh vực hướng dẫn",
    "Cơ quan phối hợp",
)
XS = (40, 120, 210, 340, 520, 600, 680, 760, 830)
PITCH, PAD, TOP = 10.0, 3.0, 560.0
D3 = SAMPLES / "audit37" / "docs" / "d3-typst-liberation.pdf"
#: A row: its cells in column order, each a list of lines or None (merged with the cell above).
Cells = tuple[list[str] | None, ...]

#: Cells as lists of lines; None: merged with the cell above (no rule between them).
ROW_A: Cells = (
    ["5. Thủ tục hành chính", "công"],
    ["1. Dịch vụ chứng thực"],
    ["1. Tỷ lệ người dân hài", "lòng khi chứng thực."],
    ["- Niêm yết công khai thủ tục chứng", "thực tại trụ sở.", "- Tập huấn cho công chức tư pháp."],
    ["UBND cấp xã"],
    ["Phòng Tư pháp"],
    ["Phòng Tư pháp"],
    ["Văn phòng UBND"],
)
ROW_B: Cells = (
    None,
    ["2. Dịch vụ hành chính", "cấp xã"],
    ["1. Tỷ lệ người dân đã làm", "thủ tục ở UBND xã."],
    [
        "- Niêm yết quy trình giải quyết thủ tục",
        "hành chính tại Bộ phận Một cửa.",
        "- Nâng cao trình độ công chức Bộ phận",
        "Một cửa.",
    ],
    ["UBND cấp xã"],
    ["Phòng Nội vụ"],
    ["Phòng Nội vụ"],
    [],
)
PIECE: Cells = (
    [],
    [],
    ["2. Tỷ lệ người dân hài lòng", "với thái độ công chức."],
    ["- Bố trí đầy đủ trang thiết bị tại Bộ", "phận Một cửa của xã."],
    [],
    [],
    [],
    [],
)
OWN_AGENCIES: Cells = ["UBND cấp xã"], ["Phòng Văn hóa"], ["Phòng Văn hóa"], ["Công an xã"]
ROW_D: Cells = (
    ["6. Cung ứng dịch vụ công"],
    ["1. Y tế công lập"],
    ["1. Tỷ lệ người dân có", "bảo hiểm y tế."],
    ["- Tuyên truyền về bảo hiểm y tế", "cho hộ gia đình."],
    ["UBND cấp xã"],
    ["Phòng Y tế"],
    ["Phòng Y tế"],
    [],
)


def _draw(canvas: object, rows: list[Cells], heights: list[float]) -> None:
    """A header band and ``rows`` (cells of lines, None merged above), each as tall as ``heights`` says."""
    c = canvas
    y = TOP
    bands = [tuple([h] for h in HEADER), *rows]
    for cells, height in zip(bands, [30.0, *heights], strict=True):
        for col, (x, lines) in enumerate(zip(XS, cells, strict=False)):
            if lines is None:
                continue
            c.line(x, y, XS[col + 1], y)  # type: ignore[attr-defined]
            for k, text in enumerate(lines):
                c.drawString(x + PAD, y - PAD - 7 - PITCH * k, text)  # type: ignore[attr-defined]
        y -= height
    c.line(XS[0], y, XS[-1], y)  # type: ignore[attr-defined]
    for x in XS:
        c.line(x, TOP, x, y)  # type: ignore[attr-defined]
    c.showPage()  # type: ignore[attr-defined]


def _height(cells: Cells) -> float:
    return max(len(lines or []) for lines in cells) * PITCH + 2 * PAD


def _plan(path: Path, cut: bool, piece: Cells) -> Path:
    """Page 1: rows A and B; B runs to the page bottom 3 lines under its text when ``cut``. Page 2: ``piece``, row D."""
    pytest.importorskip("reportlab")
    if not Path(FONT).exists():
        pytest.skip("DejaVu Sans is not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    canvas = Canvas(str(path), pagesize=(842, 595))
    canvas.setFont("DejaVu", 7)
    canvas.setLineWidth(0.5)
    _draw(canvas, [ROW_A, ROW_B], [_height(ROW_A), _height(ROW_B) + (3 * PITCH if cut else 0)])
    canvas.setFont("DejaVu", 7)
    canvas.setLineWidth(0.5)
    _draw(canvas, [piece, ROW_D], [_height(piece), _height(ROW_D)])
    canvas.save()
    return path


def _merged(path: Path, engine: str = "pdfium") -> list[Row]:
    return list(merge(extract(path, ExtractSettings(engine=engine))).rows)


def _text(cells: Cells, column: int) -> str:
    return " ".join(cells[column] or [])


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_row_cut_with_its_paragraphs_kept_together_is_joined(tmp_path: Path, engine: str) -> None:
    rows = _merged(_plan(tmp_path / "kept.pdf", cut=True, piece=PIECE), engine)
    assert [_ws(r.tasks)[:30] for r in rows] == [
        _text(ROW_A, 3)[:30],
        _text(ROW_B, 3)[:30],
        _text(ROW_D, 3)[:30],
    ]
    joined = rows[1]
    assert _ws(joined.indicators) == _ws(_text(ROW_B, 2) + " " + _text(PIECE, 2))
    assert _ws(joined.tasks) == _ws(_text(ROW_B, 3) + " " + _text(PIECE, 3))
    assert joined.pages == (1, 2)


@pytest.mark.parametrize("piece", [PIECE, PIECE[:4] + OWN_AGENCIES], ids=["no-agencies", "own-agencies"])
def test_a_new_row_after_a_short_row_stays_a_row(tmp_path: Path, piece: Cells) -> None:
    rows = _merged(_plan(tmp_path / "short.pdf", cut=False, piece=piece))
    assert len(rows) == 4
    assert _ws(rows[2].tasks) == _ws(_text(PIECE, 3))
    assert _ws(rows[1].tasks) == _ws(_text(ROW_B, 3))


def test_a_stretched_row_does_not_take_a_piece_with_own_agencies(tmp_path: Path) -> None:
    rows = _merged(_plan(tmp_path / "own.pdf", cut=True, piece=PIECE[:4] + OWN_AGENCIES))
    assert len(rows) == 4 and _ws(rows[2].tasks) == _ws(_text(PIECE, 3))


def _cell(*texts: str, slack: float) -> CellPiece:
    return CellPiece(lines=tuple(Line(t) for t in texts), line_height=PITCH, width=100.0, bottom_slack=slack)


def _row(page: int, top: bool, end: bool, **cells: CellPiece) -> PhysicalRow:
    empty = CellPiece(bottom_slack=200.0)
    return PhysicalRow(page=page, cells={f: cells.get(f, empty) for f in FIELDS}, page_top=top, page_end=end)


def test_what_the_page_top_piece_brings_decides() -> None:
    finished = _row(1, True, False, indicators=_cell("1. Tỷ lệ", slack=1.0), tasks=_cell("- Việc.", slack=9.0))
    stretched = _row(
        1,
        False,
        True,
        indicators=_cell("1. Tỷ lệ a.", slack=30.0),
        tasks=_cell("- Việc một.", slack=18.0),
        lead=_cell("Phòng Nội vụ", slack=40.0),
    )
    padding = finished_padding([finished, stretched])
    assert padding == 1.0
    piece = _row(2, True, False, indicators=_cell("2. Tỷ lệ b.", slack=1.0), tasks=_cell("- Việc hai.", slack=1.0))
    assert kept_together(stretched, piece, padding)
    assert [len(g) for g in rows_to_groups([finished, stretched, piece])] == [1, 2]
    cells = piece.cells
    for other in (
        {**cells, "component": _cell("2. Dịch vụ", slack=1.0)},  # a new group
        {**cells, "lead": _cell("Phòng Y tế", slack=1.0)},  # its own agency
        {**cells, "indicators": _cell("3. Tỷ lệ c.", slack=1.0)},  # a number that does not go on
        {**cells, "tasks": _cell("Tăng cường.", slack=1.0)},  # a task that opens no list item
    ):
        assert not kept_together(stretched, PhysicalRow(2, other, page_top=True), padding)
    numbered = PhysicalRow(2, cells, extra={"STT": _cell("5", slack=1.0)}, page_top=True)
    assert not kept_together(stretched, numbered, padding)
    short = _row(1, False, True, indicators=_cell("1. Tỷ lệ a.", slack=30.0), tasks=_cell("- Việc một.", slack=1.5))
    assert not kept_together(short, piece, padding)
    assert not kept_together(stretched, piece, None)


@pytest.mark.skipif(not D3.exists(), reason="audit37 sample missing")
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_typst_plan_matches_its_hand_written_rows(engine: str) -> None:
    """audit37 d3 (Typst): row 5.3.1 over pages 1-2 opens page 2 with "2. Tỷ lệ" and "- Bố trí", no agencies."""
    expected = json.loads(D3.with_name(D3.stem + ".expected.json").read_text(encoding="utf-8"))["rows"]
    rows = _merged(D3, engine)
    assert [r.key for r in rows] == [e["key"] for e in expected]
    for got, want in zip(rows, expected, strict=True):
        for field in ("indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"):
            assert _ws(getattr(got, field)) == _ws(want[field]), (want["key"], field)
