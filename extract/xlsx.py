"""Excel workbooks (.xlsx) -> appendix table pieces, with openpyxl, straight from the cells.

Many offices keep the appendix in a spreadsheet. Printing it first would lose what the print
clips (text that does not wrap is cut at the next filled cell) and split wide sheets over pages,
so the cells are read as they are stored: merged ranges give spans and the cells merged from
above, as Word tables do, and :mod:`extract.cell_rows` makes the header and the row pieces. Each
worksheet that holds the appendix header is a part of the appendix (its rows on a page of their
own); any other sheet with text is named in a warning. Text typed in TCVN3 or VNI fonts
(".VnTime", "VNI-Times", common in older workbooks) is converted by the cell's font.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from core.errors import ExtractError
from core.model import PhysicalRow
from core.text import clean_line
from extract.cell_rows import Columns, RowCell, header_columns, row_piece
from extract.coverage import QUOTE_CHARS
from extract.header import column_numbers_warnings, is_column_numbers, title_from_lines
from extract.legacy import conversion_warning, decode, encoding_of_font, is_capitals_font
from extract.reading import Reading
from extract.zip_limits import check_package

#: How a date cell is written: day first, as Vietnamese plans write dates.
DATE_FORMAT = "%d/%m/%Y"
#: The most rows and columns of a sheet read: a plan's appendix has a few hundred rows and a
#: dozen columns; a sheet whose used range claims more (a stray format at row 1,048,576) is read
#: up to these, and any text beyond them is counted in a warning.
MAX_ROWS = 100_000
MAX_COLUMNS = 200
#: Rows of a sheet not read that a warning quotes (the rest are counted).
QUOTED_LINES = 3
#: Formula cells without a saved result that a warning names (the rest are counted).
QUOTED_FORMULAS = 3


def cell_text(value: Any) -> str:
    """Return a cell's value as the sheet shows it in the simplest number format: text, whole numbers, dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime(DATE_FORMAT) if value.time() == dt.time() else value.strftime(f"{DATE_FORMAT} %H:%M")
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


class _Legacy:
    """Cells typed in a TCVN3 or VNI font, converted by the font's name; the fonts met, for the warning."""

    def __init__(self) -> None:
        self.found: dict[str, set[str]] = defaultdict(set)

    def text(self, cell: Any) -> str:
        text = cell_text(cell.value)
        font = cell.font.name if cell.font is not None else None
        encoding = encoding_of_font(font)
        if encoding is None or not isinstance(cell.value, str):
            return text
        self.found[encoding].add(font or "")
        return decode(text, encoding, is_capitals_font(font))


def _open_workbook(path: Path) -> Any:
    """Open a workbook with openpyxl (values, not formulas), its package checked first."""
    from openpyxl import load_workbook

    check_package(path, "XLSX")
    try:
        return load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        msg = f"not a readable Excel workbook ({exc.__class__.__name__}: {exc})"
        raise ExtractError(msg) from exc


def _unsaved_formulas(path: Path, book: Any) -> list[str]:
    """Name the formula cells whose result was never saved (openpyxl reads them as empty).

    A workbook written by a program and never opened in Excel or Calc keeps its formulas without
    results: the text the sheet would show is not in the file. The sheet parts are searched for
    formulas first, so the second opening (with formulas) is paid only when there are some.
    """
    with zipfile.ZipFile(path) as package:
        parts = [name for name in package.namelist() if name.startswith("xl/worksheets/") and name.endswith(".xml")]
        if not any(b"<f" in package.read(name) for name in parts):
            return []
    from openpyxl import load_workbook

    formulas = load_workbook(path, data_only=False, read_only=True)
    found: list[str] = []
    try:
        for sheet in book.worksheets:
            for row in formulas[sheet.title].iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS):
                for cell in row:
                    if getattr(cell, "data_type", None) == "f" and sheet[cell.coordinate].value is None:
                        found.append(f"{sheet.title!r}!{cell.coordinate} {str(cell.value)[:QUOTE_CHARS]!r}")
    finally:
        formulas.close()
    return found


def _merges(sheet: Any) -> tuple[dict[tuple[int, int], tuple[int, str | None]], set[tuple[int, int]]]:
    """Return the cells that open or continue a merged range (their span and vertical merge) and those covered."""
    starts: dict[tuple[int, int], tuple[int, str | None]] = {}
    covered: set[tuple[int, int]] = set()
    for merged in sheet.merged_cells.ranges:
        span = merged.max_col - merged.min_col + 1
        tall = merged.max_row > merged.min_row
        for row in range(merged.min_row, merged.max_row + 1):
            first = row == merged.min_row
            starts[(row, merged.min_col)] = (span, ("restart" if first else "continue") if tall else None)
            covered.update((row, col) for col in range(merged.min_col + 1, merged.max_col + 1))
    return starts, covered


def _sheet_rows(sheet: Any, legacy: _Legacy) -> Iterator[list[RowCell]]:
    """Yield each row of a sheet that holds text, as cells with their spans and vertical merges."""
    starts, covered = _merges(sheet)
    last_row, last_col = min(sheet.max_row, MAX_ROWS), min(sheet.max_column, MAX_COLUMNS)
    for r, row in enumerate(sheet.iter_rows(min_row=1, max_row=last_row, max_col=last_col), start=1):
        cells: list[RowCell] = []
        for c, cell in enumerate(row, start=1):
            if (r, c) in covered:
                continue
            span, vmerge = starts.get((r, c), (1, None))
            text = "" if vmerge == "continue" else legacy.text(cell)
            lines = tuple(clean_line(line) for line in text.replace("\r", "\n").split("\n") if line.strip())
            cells.append(RowCell(c - 1, span, vmerge, lines))
        if any(cell.lines for cell in cells):
            yield cells


def _text_beyond(sheet: Any) -> int:
    """Count the cells with text past :data:`MAX_ROWS` or :data:`MAX_COLUMNS` (only a used range that big has any)."""
    if sheet.max_row <= MAX_ROWS and sheet.max_column <= MAX_COLUMNS:
        return 0
    below = sheet.iter_rows(min_row=MAX_ROWS + 1, values_only=True) if sheet.max_row > MAX_ROWS else ()
    beside = (
        sheet.iter_rows(max_row=min(sheet.max_row, MAX_ROWS), min_col=MAX_COLUMNS + 1, values_only=True)
        if sheet.max_column > MAX_COLUMNS
        else ()
    )
    return sum(1 for rows in (below, beside) for row in rows for value in row if cell_text(value).strip())


def read_xlsx(path: Path) -> Reading:
    """Read the appendix table of an Excel workbook (one or several sheets) into physical row pieces."""
    book = _open_workbook(path)
    legacy = _Legacy()
    rows: list[PhysicalRow] = []
    header: tuple[tuple[str, str], ...] = ()
    title = ""
    page = 0
    numbers_dropped: list[tuple[int, list[str]]] = []
    skipped: list[str] = []
    cut: list[str] = []
    for sheet in book.worksheets:
        if beyond := _text_beyond(sheet):
            cut.append(f"{sheet.title!r}: {beyond} cell(s)")
        part = _read_sheet(sheet, legacy, page, numbers_dropped)
        if part.columns is None:
            if part.lead:
                shown = "; ".join(repr(line[:QUOTE_CHARS]) for line in part.lead[:QUOTED_LINES])
                skipped.append(f"{sheet.title!r} ({len(part.lead)} row(s) of text, no appendix header: {shown})")
            continue
        page = part.page
        if not header:
            header = tuple((f, label) for f, label, _, _ in part.columns)
            title = title_from_lines(part.lead)
        rows.extend(part.rows)
    warnings = column_numbers_warnings(numbers_dropped)
    if skipped and rows:
        warnings += (f"{len(skipped)} sheet(s) not read: {'; '.join(skipped)}",)
    if cut:
        warnings += (
            f"text past row {MAX_ROWS:,} or column {MAX_COLUMNS} was not read (no plan's appendix is that big): "
            f"{'; '.join(cut)}",
        )
    if unsaved := _unsaved_formulas(path, book):
        shown = "; ".join(unsaved[:QUOTED_FORMULAS]) + (
            f" and {len(unsaved) - QUOTED_FORMULAS} more" if len(unsaved) > QUOTED_FORMULAS else ""
        )
        warnings += (
            f"{len(unsaved)} formula cell(s) have no saved result and were read as empty (the workbook was never "
            f"recalculated; open and save it in Excel or LibreOffice Calc, then extract again): {shown}",
        )
    if legacy.found:
        warnings += (conversion_warning(dict(legacy.found)),)
    seen = f"it has {len(book.worksheets)} sheet(s), none with a header row naming the appendix columns"
    return Reading(tuple(rows), title, header, max(page, 1), warnings, seen=seen)


@dataclass
class _Part:
    """One sheet read: its rows, the text above its header, its columns (None: no header) and its last page."""

    rows: list[PhysicalRow] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    columns: Columns | None = None
    page: int = 0


def _read_sheet(sheet: Any, legacy: _Legacy, page: int, numbers_dropped: list[tuple[int, list[str]]]) -> _Part:
    """Read one sheet after ``page``: the text above its header (title lines), then its rows.

    The header opens a page of its own; a header met again in the sheet (a table per group) opens
    another. The first row of a grouped (two-row) header was read as text or as a row before the
    second told what it is: it is taken back.
    """
    part = _Part(page=page)
    previous: list[RowCell] = []
    last = ""  # what the previous row became: "lead", "row" or "header"
    page_top = False
    for cells in _sheet_rows(sheet, legacy):
        found = header_columns(cells, previous)
        previous = cells
        if found is not None:
            columns, grouped = found
            if grouped and last == "lead":
                part.lead.pop()
            elif grouped and last == "row":
                part.rows.pop()
            if not (grouped and last == "header"):  # a grouped header's second row opens no page of its own
                part.page += 1
            if part.rows:
                part.rows[-1] = replace(part.rows[-1], page_end=True)
            part.columns, page_top, last = columns, True, "header"
            continue
        if part.columns is None:
            part.lead.append(" ".join(" ".join(cell.lines) for cell in cells if cell.lines))
            last = "lead"
            continue
        labels = [" ".join(cell.lines) for cell in cells]
        if is_column_numbers(labels):
            numbers_dropped.append((part.page, labels))
            last = "numbers"
            continue
        part.rows.append(row_piece(cells, part.columns, part.page, page_top=page_top))
        page_top, last = False, "row"
    if part.rows:
        part.rows[-1] = replace(part.rows[-1], page_end=True)
    return part
