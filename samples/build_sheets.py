"""Build the spreadsheet samples: the seed's appendix kept in Excel, as many offices keep it.

    .venv/bin/python samples/build_sheets.py      (openpyxl; LibreOffice for the .ods and .xls copies)

An office that keeps the appendix in a workbook types the title in merged cells across the top,
the header in one row, each row's cells with wrapped text (new lines typed with Alt+Enter), and
merges each dimension's and component's label down over its rows. A blank row and a row of
column numbers (1) (2) ... often sit under the header; a second sheet holds notes. The .ods and
.xls copies are the same workbook saved by LibreOffice Calc.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from build_samples import libreoffice, seed_logical_rows
from manifest import SEED_SOURCE, replace_lines
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from seedtext import FIELDS, read_seed

SAMPLES = Path(__file__).resolve().parent
#: Column widths in Excel's character units, as an office sets them for a landscape print.
WIDTHS = (16, 16, 24, 60, 14, 16, 16, 18)
#: Groups whose labels are merged down over their rows.
GROUPS = ("dimension", "component")
THIN = Side(style="thin")


def _runs(rows: Sequence[dict[str, str]], name: str) -> list[tuple[int, int]]:
    """Return (first, last) row indexes of each run of equal ``name`` labels."""
    runs: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        if runs and rows[runs[-1][0]][name] == row[name]:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def write_sheet(path: Path, font: str = "Times New Roman") -> Path:
    """Write the seed's 36 rows as an office's workbook."""
    seed = read_seed()
    rows = seed_logical_rows()
    book = Workbook()
    sheet = book.active
    sheet.title = "Phụ lục"
    style = Font(name=font, size=12)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = 1
    for line in seed.title_lines:
        sheet.cell(top, 1, line).font = Font(name=font, size=12, bold=True)
        sheet.cell(top, 1).alignment = Alignment(horizontal="center")
        sheet.merge_cells(start_row=top, start_column=1, end_row=top, end_column=len(FIELDS))
        top += 1
    top += 1  # a blank row under the title
    for c, label in enumerate(seed.header, start=1):
        cell = sheet.cell(top, c, label)
        cell.font, cell.alignment = Font(name=font, size=12, bold=True), Alignment(wrap_text=True, horizontal="center")
        cell.border = Border(THIN, THIN, THIN, THIN)
    for c in range(1, len(FIELDS) + 1):
        sheet.cell(top + 1, c, f"({c})").alignment = Alignment(horizontal="center")
    first = top + 2
    for i, row in enumerate(rows):
        for c, name in enumerate(FIELDS, start=1):
            cell = sheet.cell(first + i, c, row[name] or None)
            cell.font, cell.alignment, cell.border = style, wrap, Border(THIN, THIN, THIN, THIN)
    for name in GROUPS:
        c = FIELDS.index(name) + 1
        for start, end in _runs(rows, name):
            for i in range(start + 1, end + 1):
                sheet.cell(first + i, c).value = None
            if end > start:
                sheet.merge_cells(start_row=first + start, start_column=c, end_row=first + end, end_column=c)
    for c, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(ord("A") + c - 1)].width = width
    sheet.print_title_rows = f"{top}:{top}"
    sheet.page_setup.orientation = "landscape"
    notes = book.create_sheet("Ghi chú")
    notes["A1"] = "Ghi chú: bảng tổng hợp gửi Sở Nội vụ trước ngày 15 hằng tháng."
    notes["A1"].font = style
    book.save(path)
    return path


#: (file, how it was made, what it exercises), written to MANIFEST.csv.
MANIFEST = (
    (
        "plan-2024-sheet.xlsx",
        "write_sheet (openpyxl)",
        "the appendix in Excel: merged title and group cells, Alt+Enter lines, a row of column numbers, a notes sheet",
    ),
    ("plan-2024-sheet.ods", "LibreOffice Calc's save of plan-2024-sheet.xlsx", "an OpenDocument spreadsheet"),
    ("plan-2024-sheet.xls", "LibreOffice Calc's save of plan-2024-sheet.xlsx as Excel 97", "a Word-97-era .xls"),
)


def main() -> int:
    """Build the spreadsheet samples into samples/ and write their MANIFEST.csv lines."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sheet = write_sheet(SAMPLES / "plan-2024-sheet.xlsx")
        for target in ("ods", "xls"):
            made = libreoffice(sheet, work, target, "the spreadsheet samples")
            (SAMPLES / f"plan-2024-sheet.{target}").write_bytes(made.read_bytes())
    replace_lines([(name, how, what, SEED_SOURCE) for name, how, what in MANIFEST])
    print("\n".join(name for name, _, _ in MANIFEST))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
