"""Conservation, always on: every character of the table region is in a row, a header, or a warning."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SAMPLES

import extract.pdf_chain as pdf_chain
from core.errors import ExtractError
from core.model import CellPiece, PhysicalRow
from core.settings import ExtractSettings
from extract import extract
from extract.coverage import FreeLine, PageAccount, account_pages
from extract.merge import merge
from phuluc.cli import main

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
XS = (40, 110, 190, 300, 480, 560, 640, 720, 800)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _draw_page(canvas: object, rows: list[tuple[str, ...]], ruled: int, stray: str | None) -> None:
    """A header and rows, each 40 pt tall; only the first ``ruled`` bands get rules; ``stray`` under them."""
    c = canvas
    top = 560.0
    bands = [HEADER, *rows]
    for band, cells in enumerate(bands):
        y = top - 40 * band
        for x, text in zip(XS, cells, strict=False):
            c.setFont("DejaVu", 7)  # type: ignore[attr-defined]
            c.drawString(x + 3, y - 10, text)  # type: ignore[attr-defined]
    for band in range(ruled + 1):
        c.line(XS[0], top - 40 * band, XS[-1], top - 40 * band)  # type: ignore[attr-defined]
    for x in XS:
        c.line(x, top, x, top - 40 * ruled)  # type: ignore[attr-defined]
    if stray:
        c.drawString(XS[3] + 3, top - 40 * (ruled + 1) - 10, stray)  # type: ignore[attr-defined]
    c.showPage()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def lossy_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two appendix pages; on page 1 a line of text lies under the last rule, in no cell."""
    pytest.importorskip("reportlab")
    if not Path(FONT).exists():
        pytest.skip("DejaVu Sans is not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    path = tmp_path_factory.mktemp("coverage") / "lossy.pdf"
    canvas = Canvas(str(path), pagesize=(842, 595))
    row1 = (
        "1. Tham gia",
        "1. Tri thức",
        "1. Hiểu biết",
        "- Phổ biến pháp luật",
        "UBND cấp xã",
        "Phòng Tư pháp",
        "",
        "",
    )
    row2 = ("", "", "2. Hiểu biết", "- Công khai thông tin", "UBND cấp xã", "Phòng Nội vụ", "", "")
    _draw_page(canvas, [row1, row2], ruled=3, stray="- Dòng chữ nằm ngoài mọi ô của bảng")
    row3 = ("", "2. Cơ hội", "1. Tham gia", "- Vận động người dân", "UBND cấp xã", "Phòng Nội vụ", "", "")
    _draw_page(canvas, [row3], ruled=2, stray=None)
    canvas.save()
    return path


def test_samples_are_fully_covered() -> None:
    doc = extract(SAMPLES / "plan-2024-landscape.pdf")
    assert doc.coverage is not None and doc.coverage.complete
    assert doc.coverage.region_chars == doc.coverage.placed_chars > 40000
    assert not any("no row" in w for w in doc.warnings)


def test_text_under_the_last_rule_is_reported(lossy_pdf: Path) -> None:
    doc = extract(lossy_pdf)
    assert doc.coverage is not None and not doc.coverage.complete
    assert doc.coverage.loss_pages == (1,)
    (warning,) = [w for w in doc.warnings if "no row" in w]
    assert warning.startswith("page 1:") and "Dòng chữ nằm ngoài" in warning


def test_strict_turns_the_loss_into_a_failure(lossy_pdf: Path) -> None:
    with pytest.raises(ExtractError, match="--strict"):
        extract(lossy_pdf, ExtractSettings(strict=True))


def test_cli_warns_on_stderr_and_strict_fails(
    lossy_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(lossy_pdf), "--out", str(tmp_path / "a")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "warning" in err[0] and "lossy.pdf" in err[0] and "page(s) 1" in err[0]
    assert main(["extract", str(lossy_pdf), "--out", str(tmp_path / "b"), "--strict"]) == 1
    assert "--strict" in capsys.readouterr().err


def test_a_cell_dropped_by_the_reader_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader bug that loses a cell's text must show in the ledger, not pass silently."""
    real = pdf_chain.grid_to_rows

    def lossy(*args: object, **kwargs: object) -> tuple[list[PhysicalRow], int]:
        rows, header_chars = real(*args, **kwargs)  # type: ignore[arg-type]
        if rows and rows[0].page == 7:
            rows[0] = replace(rows[0], cells={**rows[0].cells, "tasks": CellPiece()})
        return rows, header_chars

    monkeypatch.setattr(pdf_chain, "grid_to_rows", lossy)
    doc = extract(SAMPLES / "plan-2024-landscape.pdf")
    assert doc.coverage is not None and doc.coverage.loss_pages == (7,)
    assert any(w.startswith("page 7:") and "in no row" in w for w in doc.warnings)


def _draw_table(canvas: object, top: float, rows: list[tuple[str, ...]]) -> float:
    """Draw a ruled table, the header then ``rows``, 40 pt a band down from ``top`` (pt from the bottom)."""
    c = canvas
    bands = [HEADER, *rows]
    for band, cells in enumerate(bands):
        for x, text in zip(XS, cells, strict=False):
            c.drawString(x + 3, top - 40 * band - 10, text)  # type: ignore[attr-defined]
    bottom = top - 40 * len(bands)
    for band in range(len(bands) + 1):
        c.line(XS[0], top - 40 * band, XS[-1], top - 40 * band)  # type: ignore[attr-defined]
    for x in XS:
        c.line(x, top, x, bottom)  # type: ignore[attr-defined]
    return bottom


def _per_group_pdf(path: Path, between: str, page_bottom: str) -> Path:
    """An appendix as one table per group: a title above the first, ``between`` the first two, ``page_bottom`` under
    the second at the foot of page 1; the third table on page 2."""
    pytest.importorskip("reportlab")
    if not Path(FONT).exists():
        pytest.skip("DejaVu Sans is not installed")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    c = Canvas(str(path), pagesize=(842, 595))
    c.setFont("DejaVu", 7)
    c.drawString(XS[0] + 3, 570, "PHỤ LỤC")
    c.drawString(XS[0] + 3, 545, "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ")
    bottom = _draw_table(c, 530, [("", "1. Tri thức công dân", "Hiểu biết", "- Phổ biến pháp luật", "", "Sở Tư pháp")])
    c.drawString(XS[0] + 3, bottom - 20, between)
    row = ("", "1. Giải đáp khiếu nại, tố cáo, khúc mắc", "Khiếu nại", "- Giải quyết", "", "Thanh tra tỉnh")
    _draw_table(c, bottom - 35, [row])
    c.drawString(XS[0] + 3, 40, page_bottom)
    c.showPage()
    c.setFont("DejaVu", 7)
    _draw_table(c, 560, [("", "1. Phúc đáp qua cổng thông tin", "Hồ sơ", "- Hỗ trợ", "", "Văn phòng UBND tỉnh")])
    c.showPage()
    c.save()
    return path


def test_titles_between_the_tables_and_at_a_page_foot_head_the_rows_under_them(tmp_path: Path) -> None:
    pdf = _per_group_pdf(tmp_path / "titles.pdf", "II. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN", "III. QUẢN TRỊ ĐIỆN TỬ")
    doc = merge(extract(pdf))
    assert [(r.key, r.dimension) for r in doc.rows] == [
        ("1.1.1", "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"),
        ("2.1.1", "II. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN"),
        ("3.1.1", "III. QUẢN TRỊ ĐIỆN TỬ"),
    ]
    assert doc.title == "PHỤ LỤC"
    assert doc.coverage is not None and doc.coverage.complete
    assert not any("no row" in w for w in doc.warnings)


def test_every_line_outside_the_tables_is_named_a_page_foot_too(tmp_path: Path) -> None:
    pdf = _per_group_pdf(tmp_path / "notes.pdf", "Ghi chú: một dòng giữa hai bảng", "Ghi chú: dòng cuối trang")
    doc = extract(pdf)
    assert doc.coverage is not None and doc.coverage.loss_pages == (1,)
    (warning,) = [w for w in doc.warnings if "no row" in w]
    assert "'Ghi chú: một dòng giữa hai bảng' | 'Ghi chú: dòng cuối trang'" in warning


def test_a_line_under_the_table_whose_glyph_boxes_reach_over_its_rule_is_in_the_region() -> None:
    """pdfplumber's glyph boxes are the font's full height: a title under a table may start above its bottom rule."""
    from extract.coverage import FreeLine, PageAccount, account_pages

    table = (56.8, 498.0, 567.0, 744.0)
    title = FreeLine(743.6, 755.6, 57.0, 190.0, "III. QUẢN TRỊ ĐIỆN TỬ")
    first = PageAccount(1, drawn=900, placed=900, boxes=[table], free=(title,))
    second = PageAccount(2, drawn=300, placed=300, boxes=[(56.8, 28.8, 567.0, 168.1)])
    coverage, warnings = account_pages([first, second])
    assert coverage.loss_pages == (1,)
    assert warnings == (
        "page 1: 17 of 917 characters in the table region are in no row; outside the table's cells: "
        "'III. QUẢN TRỊ ĐIỆN TỬ'",
    )
    first.titled = [title]  # read as the title of the rows on page 2: placed
    assert account_pages([first, second])[0].complete


def _footed_pages(lines: list[FreeLine]) -> list[PageAccount]:
    """Pages whose table is fully read, each with one line of ``lines`` under the table."""
    table = (24.0, 40.0, 570.0, 800.0)
    return [PageAccount(n, drawn=900, placed=900, boxes=[table], free=(line,)) for n, line in enumerate(lines, 1)]


def test_a_running_footer_whose_page_number_changes_is_no_loss_but_a_row_piece_with_numbers_is() -> None:
    """Chromium prints "file:///.../plan.html 1/4" at the foot of every page: furniture, like "Trang 3"."""
    footers = [FreeLine(818.9, 827.0, 24.0, 300.0, f"fi le:///tmp/x/ke-hoach.html {n}/5") for n in range(1, 6)]
    assert account_pages(_footed_pages(footers))[0].complete
    stamped = [FreeLine(810.0, 818.0, 300.0, 500.0, f"In ngày {n}/12/2026 - bản {n}") for n in range(1, 6)]
    assert account_pages(_footed_pages(stamped))[0].complete
    # numbered lines under the table at other heights are text of the rows, cut off: still a loss
    pieces = [FreeLine(802 + 4 * n, 810 + 4 * n, 60.0, 300.0, f"{n}. Tỷ lệ người dân được hỏi") for n in range(1, 6)]
    coverage, warnings = account_pages(_footed_pages(pieces))
    assert coverage.loss_pages == (1, 2, 3, 4) and len(warnings) == 4  # the last page's foot is after the table
