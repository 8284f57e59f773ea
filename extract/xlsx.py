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
import re
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


def cell_text(value: Any, number_format: str = "General") -> str:
    """Return a cell's value as the sheet shows it in the simplest number format: text, whole numbers, dates.

    A number in a format grouping its thousands ("#,##0", "#,##0.00") is shown so: "1,500".
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float) and (grouped := _GROUPED_RE.search(number_format)) is not None:
        return f"{value:,.{len(grouped.group(1) or '')}f}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime(DATE_FORMAT) if value.time() == dt.time() else value.strftime(f"{DATE_FORMAT} %H:%M")
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


#: A number format that groups thousands, and its decimals ("#,##0.00"): the shown number has both.
_GROUPED_RE = re.compile(r"#,##0(?:\.(0+))?")


class _Legacy:
    """Cells typed in a TCVN3 or VNI font, converted by the font's name; the fonts met, for the warning."""

    def __init__(self) -> None:
        self.found: dict[str, set[str]] = defaultdict(set)

    def text(self, cell: Any) -> str:
        text = cell_text(cell.value, cell.number_format or "General")
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
        with path.open("rb") as handle:  # a handle: openpyxl refuses a path whose name does not end in .xlsx
            return load_workbook(handle, data_only=True)
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

    found: list[str] = []
    with path.open("rb") as handle:  # as in _open_workbook; read only, the workbook reads the file as it goes
        formulas = load_workbook(handle, data_only=False, read_only=True)
        try:
            for sheet in book.worksheets:
                for row in formulas[sheet.title].iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS):
                    for cell in row:
                        if getattr(cell, "data_type", None) == "f" and sheet[cell.coordinate].value is None:
                            found.append(f"{sheet.title!r}!{cell.coordinate} {str(cell.value)[:QUOTE_CHARS]!r}")
        finally:
            formulas.close()
    return found


@dataclass(frozen=True)
class _Hidden:
    """A sheet's hidden rows and columns (1-based): hidden, filtered out or folded in an outline, not printed."""

    rows: frozenset[int]
    columns: frozenset[int]

    @classmethod
    def of(cls, sheet: Any) -> _Hidden:
        from openpyxl.utils import column_index_from_string

        rows = frozenset(r for r, dim in sheet.row_dimensions.items() if dim.hidden)
        columns: set[int] = set()
        for key, dim in sheet.column_dimensions.items():
            if dim.hidden:
                first = dim.min or column_index_from_string(key)
                columns.update(range(first, (dim.max or first) + 1))
        return cls(rows, frozenset(columns))

    def text_in(self, sheet: Any, last_row: int, last_col: int) -> tuple[list[int], list[str]]:
        """Return the hidden rows and the hidden columns (letters) that hold text: what the print leaves out."""
        from openpyxl.utils import get_column_letter

        if not self.rows and not self.columns:
            return [], []
        rows, columns = set(), set()
        for r, row in enumerate(sheet.iter_rows(min_row=1, max_row=last_row, max_col=last_col, values_only=True), 1):
            for c, value in enumerate(row, start=1):
                if (r in self.rows or c in self.columns) and cell_text(value).strip():
                    if r in self.rows:
                        rows.add(r)
                    else:
                        columns.add(c)
        return sorted(rows), [get_column_letter(c) for c in sorted(columns)]


#: Where a cell's text comes from: the top-left cell of the merged range it opens (row, column).
_Source = tuple[int, int]


def _merges(
    sheet: Any, hidden: _Hidden
) -> tuple[dict[tuple[int, int], tuple[int, str | None, _Source]], set[tuple[int, int]]]:
    """Return the shown cells opening or continuing a merged range (span, vertical merge, text's cell), those covered.

    A range's hidden rows and columns are left out of it: its first shown row opens it, with the
    text of its top-left cell, as the print shows the range.
    """
    starts: dict[tuple[int, int], tuple[int, str | None, _Source]] = {}
    covered: set[tuple[int, int]] = set()
    for merged in sheet.merged_cells.ranges:
        columns = [c for c in range(merged.min_col, merged.max_col + 1) if c not in hidden.columns]
        rows = [r for r in range(merged.min_row, merged.max_row + 1) if r not in hidden.rows]
        if not columns or not rows:
            continue
        tall = len(rows) > 1
        for at, row in enumerate(rows):
            vmerge = ("restart" if at == 0 else "continue") if tall else None
            starts[(row, columns[0])] = (len(columns), vmerge, (merged.min_row, merged.min_col))
            covered.update((row, col) for col in columns[1:])
    return starts, covered


def _sheet_rows(sheet: Any, legacy: _Legacy, hidden: _Hidden) -> Iterator[list[RowCell]]:
    """Yield each shown row of a sheet that holds text, as its shown cells with their spans and vertical merges."""
    starts, covered = _merges(sheet, hidden)
    last_row, last_col = min(sheet.max_row, MAX_ROWS), min(sheet.max_column, MAX_COLUMNS)
    shown = [c for c in range(1, last_col + 1) if c not in hidden.columns]
    position = {c: at for at, c in enumerate(shown)}  # hidden columns take no place
    for r, row in enumerate(sheet.iter_rows(min_row=1, max_row=last_row, max_col=last_col), start=1):
        if r in hidden.rows:
            continue
        cells: list[RowCell] = []
        for c, cell in enumerate(row, start=1):
            if (r, c) in covered or c in hidden.columns:
                continue
            span, vmerge, source = starts.get((r, c), (1, None, (r, c)))
            text = "" if vmerge == "continue" else legacy.text(cell if source == (r, c) else sheet.cell(*source))
            lines = tuple(clean_line(line) for line in text.replace("\r", "\n").split("\n") if line.strip())
            cells.append(RowCell(position[c], span, vmerge, lines))
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


def _shown_sheets(book: Any) -> tuple[list[tuple[Any, _Hidden]], list[str]]:
    """Return the sheets a print shows, each with its hidden rows and columns, and what is hidden that holds text.

    A clerk hides last year's sheet, a draft row, an old column: not printed, not the plan's.
    """
    shown, not_shown = [], []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            if any(cell_text(v).strip() for row in sheet.iter_rows(values_only=True) for v in row):
                not_shown.append(f"sheet {sheet.title!r} (hidden)")
            continue
        hidden = _Hidden.of(sheet)
        rows, columns = hidden.text_in(sheet, min(sheet.max_row, MAX_ROWS), min(sheet.max_column, MAX_COLUMNS))
        parts = ([f"row(s) {', '.join(map(str, rows))}"] if rows else []) + (
            [f"column(s) {', '.join(columns)}"] if columns else []
        )
        if parts:
            not_shown.append(f"sheet {sheet.title!r} {' and '.join(parts)}")
        shown.append((sheet, hidden))
    return shown, not_shown


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
    sheets, not_shown = _shown_sheets(book)
    for sheet, hidden in sheets:
        if beyond := _text_beyond(sheet):
            cut.append(f"{sheet.title!r}: {beyond} cell(s)")
        part = _read_sheet(sheet, legacy, page, numbers_dropped, hidden)
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
    if not_shown:
        warnings += (f"hidden rows, columns and sheets are not printed and were not read: {'; '.join(not_shown)}",)
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
    warnings += error_value_warning(rows)
    seen = f"it has {len(book.worksheets)} sheet(s), none with a header row naming the appendix columns"
    return Reading(tuple(rows), title, header, max(page, 1), warnings, seen=seen)


#: What a spreadsheet shows in a cell whose formula failed: a value no plan wrote.
ERROR_VALUES = frozenset(("#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"))


def error_value_warning(rows: list[PhysicalRow]) -> tuple[str, ...]:
    """Name the cells that hold a spreadsheet's error value ("#REF!"): a broken formula's, kept as the text it shows."""
    found = [
        f"page {row.page} {field}: {line.text.strip()!r}"
        for row in rows
        for field, piece in row.cells.items()
        for line in piece.lines
        if line.text.strip() in ERROR_VALUES
    ]
    if not found:
        return ()
    return (
        f"{len(found)} cell(s) hold a spreadsheet error value, a formula that failed, kept as the text it shows "
        f"(fix the formula and extract again): {'; '.join(found[:QUOTED_FORMULAS])}",
    )


@dataclass
class _Part:
    """One sheet read: its rows, the text above its header, its columns (None: no header) and its last page."""

    rows: list[PhysicalRow] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    columns: Columns | None = None
    page: int = 0


def _read_sheet(
    sheet: Any, legacy: _Legacy, page: int, numbers_dropped: list[tuple[int, list[str]]], hidden: _Hidden
) -> _Part:
    """Read one sheet after ``page``: the text above its header (title lines), then its rows.

    The header opens a page of its own; a header met again in the sheet (a table per group) opens
    another. The first row of a grouped (two-row) header was read as text or as a row before the
    second told what it is: it is taken back.
    """
    part = _Part(page=page)
    previous: list[RowCell] = []
    last = ""  # what the previous row became: "lead", "row" or "header"
    page_top = False
    for cells in _sheet_rows(sheet, legacy, hidden):
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
