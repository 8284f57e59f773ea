"""Chain the pages' tables into the appendix: from its header row to the next other table.

Each page's tables come from :mod:`extract.pdf_page`; here the header's labels become a
:class:`ColumnMap`, the bands under it become :class:`~core.model.PhysicalRow` pieces, and a
table on a later page continues the appendix when it repeats the header or has its columns.
Coordinates: points, origin at the page's top-left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.errors import ExtractError
from core.model import FIELDS, CellPiece, PhysicalRow
from extract.grid import Grid, GridCell
from extract.header import (
    UNPLACED_LABEL,
    column_numbers_warnings,
    is_column_numbers,
    labels_to_fields,
    title_from_lines,
)
from extract.pdf_page import PageReading, band_labels, header_at, header_top
from extract.reading import Reading

#: Tables whose column boundaries match the previous page's appendix within this (pt) continue it
#: when the page repeats no header row.
SAME_COLUMNS_TOLERANCE = 3.0


@dataclass(frozen=True)
class ColumnMap:
    """The appendix columns: each field's (or extra column's) label and x-range on the page."""

    fields: tuple[tuple[str, str, float, float], ...]  # (field or "", label, x0, x1)
    xs: tuple[float, ...]



def header_to_column_map(labelled: Sequence[tuple[GridCell, str]], xs: Sequence[float]) -> ColumnMap:
    """Turn the header band's cells into the page's column map."""
    mapping = labels_to_fields([label for _, label in labelled])
    return ColumnMap(
        tuple((mapping.get(i, ""), label, cell.x0, cell.x1) for i, (cell, label) in enumerate(labelled)),
        tuple(xs),
    )


def _field_of(cell: GridCell, columns: ColumnMap) -> tuple[str, str] | None:
    """Return the (field, label) column a data cell falls under: the one its box overlaps most."""
    best, best_overlap = None, 0.0
    for field, label, x0, x1 in columns.fields:
        overlap = min(cell.x1, x1) - max(cell.x0, x0)
        if overlap > best_overlap:
            best, best_overlap = (field, label), overlap
    return best


def _same_columns(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= SAME_COLUMNS_TOLERANCE for x, y in zip(a, b, strict=True))


def grid_to_rows(
    grid: Grid, pieces: dict[int, CellPiece], page_no: int, columns: ColumnMap, first_band: int
) -> list[PhysicalRow]:
    """Return one :class:`PhysicalRow` per band from ``first_band`` down, cells placed by the column map.

    A header row met again inside the table (tables joined one under the other, a converter's
    page parts printed again) is skipped like a repeated header at a page top, and the row under
    it is treated as a page top: it may carry on the row above.
    """
    rows: list[PhysicalRow] = []
    last_band = len(grid.ys) - 2
    skip_to, after_header = first_band, False
    for band in range(first_band, last_band + 1):
        if band < skip_to:
            continue
        header_end = header_at(grid, pieces, band) if band > first_band else None
        if header_end is not None:
            if rows:
                rows[-1] = replace(rows[-1], page_end=True)
            skip_to, after_header = header_end + 1, True
            continue
        cells = {f: CellPiece() for f in FIELDS}
        extra: dict[str, CellPiece] = {}
        for i, cell in enumerate(grid.cells):
            if not (cell.row <= band < cell.row_end):
                continue
            target = _field_of(cell, columns) or ("", UNPLACED_LABEL)
            field, label = target
            piece = pieces[i] if cell.row == band else CellPiece(merged_above=True)
            if field:
                if cells[field].lines and piece.lines:
                    piece = replace(piece, lines=cells[field].lines + piece.lines)
                if piece.lines or not cells[field].lines:
                    cells[field] = piece
            else:
                extra[label] = piece
        if not any(p.lines for p in cells.values()) and not any(p.lines for p in extra.values()):
            continue
        after_header = False
        rows.append(
            PhysicalRow(
                page=page_no,
                cells=cells,
                extra=extra,
                page_top=not rows or after_header,
                top=grid.ys[band],
                bottom=grid.ys[band + 1],
            )
        )
    if rows:
        rows[-1] = replace(rows[-1], page_end=True, open_bottom=not grid.ruled_bottom and rows[-1].bottom == grid.ys[-1])
    return rows



def pages_to_reading(pages: Sequence[PageReading]) -> Reading:
    """Chain the pages' tables into the appendix: from its header row to the next other table."""
    rows: list[PhysicalRow] = []
    title = ""
    header: tuple[tuple[str, str], ...] = ()
    columns: ColumnMap | None = None
    numbers_dropped: list[tuple[int, list[str]]] = []
    for page in pages:
        page_rows: list[PhysicalRow] = []
        for index, table in enumerate(page.tables):
            grid, pieces = table.grid, table.pieces
            if table.header is not None and columns is not None and index == 0 and header_top(table.header) > 0:
                # rows of the appendix over a header row printed again inside the table
                page_rows.extend(grid_to_rows(grid, pieces, page.page_no, columns, 0))
            elif table.header is not None:
                band, labelled = table.header
                new_columns = header_to_column_map(labelled, grid.xs)
                if columns is None:
                    title = title_from_lines(table.lines_above)
                    header = tuple((f, label) for f, label, _, _ in new_columns.fields)
                columns = new_columns
                first = band + 1
                numbers = [t for _, t in band_labels(grid, pieces, first)] if first < len(grid.ys) - 1 else []
                if numbers and is_column_numbers(numbers):
                    first += 1
                    numbers_dropped.append((page.page_no, numbers))
                page_rows.extend(grid_to_rows(grid, pieces, page.page_no, columns, first))
            elif columns is not None and index == 0 and _same_columns(grid.xs, columns.xs):
                page_rows.extend(grid_to_rows(grid, pieces, page.page_no, columns, 0))
            elif columns is not None:
                columns = None  # another table after the appendix ends it
        rows.extend(page_rows)
    if not any(page.has_text for page in pages):
        msg = "the PDF has no text layer (a scan?); run OCR on it first"
        raise ExtractError(msg)
    return Reading(tuple(rows), title, header, len(pages), column_numbers_warnings(numbers_dropped))

