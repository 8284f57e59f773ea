"""The appendix's columns on a PDF page, from its header row, and the rows of a table under them.

A header's labels become a :class:`ColumnMap` (each field's x-range); a table's bands under it
become :class:`~core.model.PhysicalRow` pieces, each cell placed in the column it overlaps most.
Coordinates: points, origin at the page's top-left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.model import FIELDS, GROUP_FIELDS, CellPiece, PhysicalRow
from extract.coverage import piece_ink
from extract.grid import Grid, GridCell
from extract.header import UNPLACED_LABEL, labels_to_fields
from extract.pdf_page import Bands, KnownColumns, header_at, repeats_header_at

#: Tables whose column boundaries match the previous page's appendix within this (pt) continue it
#: when the page repeats no header row.
SAME_COLUMNS_TOLERANCE = 3.0
#: A table continues the appendix when it has at least this share of the appendix's column rules.
MOST_COLUMNS_SHARE = 0.6


@dataclass(frozen=True)
class ColumnMap:
    """The appendix columns: each field's (or extra column's) label and x-range on the page."""

    fields: tuple[tuple[str, str, float, float], ...]  # (field or "", label, x0, x1)
    xs: tuple[float, ...]
    gutters: tuple[tuple[float, float], ...] = ()  # for a table without column rules: its white gutters


def header_to_column_map(labelled: Sequence[tuple[GridCell, str]], grid: Grid) -> ColumnMap:
    """Turn the header band's cells into the page's column map."""
    mapping = labels_to_fields([label for _, label in labelled])
    return ColumnMap(
        tuple((mapping.get(i, ""), label, cell.x0, cell.x1) for i, (cell, label) in enumerate(labelled)),
        tuple(grid.xs),
        grid.gutters,
    )


def field_of(cell: GridCell, columns: ColumnMap) -> tuple[str, str] | None:
    """Return the (field, label) column a data cell falls under: the one its box overlaps most."""
    best, best_overlap = None, 0.0
    for field, label, x0, x1 in columns.fields:
        overlap = min(cell.x1, x1) - max(cell.x0, x0)
        if overlap > best_overlap:
            best, best_overlap = (field, label), overlap
    return best


def same_columns(a: Sequence[float], b: Sequence[float]) -> bool:
    """Tell whether a table's column rules are the appendix's: each one of them, and most of them.

    An engine may miss a rule a page draws (a merged cell's side, a rule cut by the page edge);
    the columns it did find still place the cells, and text outside them shows in the coverage.
    """
    matched = [x for x in a if any(abs(x - y) <= SAME_COLUMNS_TOLERANCE for y in b)]
    return len(matched) == len(a) >= max(3, MOST_COLUMNS_SHARE * len(b))


def grid_to_rows(
    bands: Bands,
    page_no: int,
    columns: ColumnMap,
    first_band: int,
    odd_headers: list[tuple[int, str, bool]] | None = None,
    stop_band: int | None = None,
) -> tuple[list[PhysicalRow], int]:
    """Return one :class:`PhysicalRow` per band from ``first_band`` down, and the characters of skipped headers.

    With ``stop_band``, the bands from there down are left out (another table: :func:`foreign_band`).

    Cells are placed by the column map. A header row met again inside the table (tables joined one
    under the other, a converter's page parts printed again) is skipped like a repeated header at
    a page top, and the row under it is treated as a page top: it may carry on the row above.
    ``bands`` are the table's, already asked about its top: their labels are not read again.
    """
    grid, pieces = bands.grid, bands.pieces
    rows: list[PhysicalRow] = []
    last_band = len(grid.ys) - 2 if stop_band is None else stop_band - 1
    skip_to, after_header, header_chars = first_band, False, 0
    for band in range(first_band, last_band + 1):
        if band < skip_to:
            continue
        header_end = header_at(bands, band) if band > first_band else None
        if header_end is not None:
            if odd_headers is not None and not repeats_header_at(bands, band, header_end, known_columns(columns)):
                # a row that reads as a header but is not the appendix's own: left out, and said
                labelled = bands.labels(band)
                odd_headers.append((page_no, " | ".join(t for _, t in labelled if t), beside_header(labelled, columns)))
            if rows:
                rows[-1] = replace(rows[-1], page_end=True)
            header_chars += sum(piece_ink(pieces[i]) for i, c in enumerate(grid.cells) if band <= c.row <= header_end)
            skip_to, after_header = header_end + 1, True
            continue
        nested = nested_cells(grid, band) if rows and not after_header else None
        if nested is not None:  # a small table drawn inside a cell of the row above: its text is that cell's
            rows[-1] = _with_nested(rows[-1], nested, pieces, columns, grid.ys[band + 1])
            continue
        cells, extra = _band_cells(grid, pieces, columns, band)
        if not any(p.lines for p in cells.values()) and not any(p.lines for p in extra.values()):
            continue
        rows.append(
            PhysicalRow(
                page=page_no,
                cells=cells,
                extra=extra,
                page_top=not rows or after_header,
                top=grid.ys[band],
                bottom=grid.ys[band + 1],
                x0=grid.xs[0],
                x1=grid.xs[-1],
            )
        )
        after_header = False
    if rows:
        left_open = not grid.ruled_bottom and rows[-1].bottom is not None and rows[-1].bottom >= grid.ys[-1] - 0.5
        rows[-1] = replace(rows[-1], page_end=True, open_bottom=left_open)
    return rows, header_chars


def _band_cells(
    grid: Grid, pieces: dict[int, CellPiece], columns: ColumnMap, band: int
) -> tuple[dict[str, CellPiece], dict[str, CellPiece]]:
    """Return a band's pieces by field, and those under no field column by label (``extra``)."""
    cells = {f: CellPiece() for f in FIELDS}
    extra: dict[str, CellPiece] = {}
    for i, cell in enumerate(grid.cells):
        if not (cell.row <= band < cell.row_end):
            continue
        field, label = field_of(cell, columns) or ("", UNPLACED_LABEL)
        piece = pieces[i] if cell.row == band else CellPiece(merged_above=True)
        target = cells if field else extra
        key = field or label
        before = target.get(key, CellPiece())
        if before.lines and piece.lines:
            piece = replace(piece, lines=before.lines + piece.lines)
        if piece.lines or not before.lines:
            target[key] = piece
    return cells, extra


def nested_cells(grid: Grid, band: int) -> dict[int, GridCell] | None:
    """Return the cells a band opens, each with the cell it lies inside, when all lie inside cells going on from above.

    A table drawn inside a cell (a 2x2 table of dates in a task cell) splits that row into bands
    whose new cells all sit within a cell that spans them: they are that cell's text, not rows.
    None when the band opens a cell of its own (a row) or none at all.
    """
    going_on = [c for c in grid.cells if c.row < band < c.row_end]
    found: dict[int, GridCell] = {}
    for index, cell in enumerate(grid.cells):
        if cell.row != band:
            continue
        around = next(
            (c for c in going_on if c.x0 <= cell.x0 and cell.x1 <= c.x1 and (c.x0, c.x1) != (cell.x0, cell.x1)), None
        )
        if around is None:
            return None
        found[index] = around
    return found or None


def _with_nested(
    row: PhysicalRow, nested: dict[int, GridCell], pieces: dict[int, CellPiece], columns: ColumnMap, bottom: float
) -> PhysicalRow:
    """Return the row with a nested table's cells' lines added to the cells they lie inside, and its box grown."""
    cells, extra = dict(row.cells), dict(row.extra)
    for index, around in nested.items():
        field, label = field_of(around, columns) or ("", UNPLACED_LABEL)
        target, key = (cells, field) if field else (extra, label)
        before = target.get(key, CellPiece())
        target[key] = replace(before, lines=before.lines + pieces[index].lines)
    return replace(row, cells=cells, extra=extra, bottom=bottom)


def header_rules(columns: ColumnMap) -> list[float]:
    """Return the header's column rules: where its cells begin and end."""
    return [x for *_, x0, x1 in columns.fields for x in (x0, x1)]


def group_columns(columns: ColumnMap) -> list[int]:
    """Return the indexes of the columns that hold group labels (dimension, component)."""
    return [i for i, (field, *_) in enumerate(columns.fields) if field in GROUP_FIELDS]


def known_columns(columns: ColumnMap | None) -> KnownColumns:
    """Return the appendix's columns as a header printed again must show them: (label, x0, x1)."""
    return [(label, x0, x1) for _, label, x0, x1 in columns.fields] if columns is not None else []


#: A header row met inside the table heads a second table beside the appendix's (pages printed two
#: to a sheet) when at least this many fields it shares with the appendix's header lie in columns
#: that do not overlap those of the appendix: a header printed again, even shifted, overlaps its own.
SIDE_BY_SIDE_FIELDS = 4


def beside_header(labelled: Sequence[tuple[GridCell, str]], columns: ColumnMap) -> bool:
    """Tell whether a header row inside the table names the appendix's fields in columns beside the appendix's."""
    own = {field: (x0, x1) for field, _, x0, x1 in columns.fields if field}
    apart = 0
    for index, field in labels_to_fields([label for _, label in labelled]).items():
        if field in own:
            cell, (x0, x1) = labelled[index][0], own[field]
            apart += cell.x1 <= x0 + SAME_COLUMNS_TOLERANCE or cell.x0 >= x1 - SAME_COLUMNS_TOLERANCE
    return apart >= SIDE_BY_SIDE_FIELDS
