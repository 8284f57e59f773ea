"""PDF pages -> appendix table pieces, with pdfplumber: characters and ruling lines, nothing more.

We do not call pdfplumber's ``extract_tables``: it rebuilds text per cell without the geometry
the merge stage needs (where a line ends against the cell edge, how much room a cell leaves
under its text). Instead each page's rules become a :class:`~extract.grid.Grid`, each character
goes to the grid cell holding its centre, and each cell's characters become :class:`Line` objects.
Coordinates: points, origin at the page's top-left (pdfplumber's convention).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from core.errors import ExtractError, NoTextLayerError
from core.model import FIELDS, CellPiece, PhysicalRow
from core.process import die_with_parent
from extract.grid import Grid, GridCell, edges_to_grids
from extract.header import (
    UNPLACED_LABEL,
    column_numbers_warnings,
    is_column_numbers,
    is_header,
    labels_to_fields,
    stacked_label,
    title_from_lines,
)
from extract.pdf_lines import cell_padding, cell_piece, chars_to_lines
from extract.pdf_objects import Char, PageObjects, checked_edges, page_objects
from extract.reading import Reading
from extract.reflow import lines_to_text

#: Tables whose column boundaries match the previous page's appendix within this (pt) continue it
#: when the page repeats no header row.
SAME_COLUMNS_TOLERANCE = 3.0


@dataclass(frozen=True)
class ColumnMap:
    """The appendix columns: each field's (or extra column's) label and x-range on the page."""

    fields: tuple[tuple[str, str, float, float], ...]  # (field or "", label, x0, x1)
    xs: tuple[float, ...]


def _band_labels(grid: Grid, pieces: dict[int, CellPiece], band: int) -> list[tuple[GridCell, str]]:
    out = []
    for i, cell in enumerate(grid.cells):
        if cell.row == band:
            text = lines_to_text(pieces[i].lines, pieces[i].line_height).replace("\n", " ")
            out.append((cell, text))
    return sorted(out, key=lambda item: item[0].x0)


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
        header_end = _header_at(grid, pieces, band) if band > first_band else None
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
        rows[-1] = replace(rows[-1], page_end=True)
    return rows


def _title_bands(grid: Grid, pieces: dict[int, CellPiece], header: tuple[int, list[tuple[GridCell, str]]]) -> list[str]:
    """Text of the table's own bands above its header row (a title typed into the table)."""
    top = min(cell.row for cell, _ in header[1])
    above = sorted((cell.row, cell.x0, i) for i, cell in enumerate(grid.cells) if cell.row_end <= top)
    texts = (lines_to_text(pieces[i].lines, pieces[i].line_height) for _, _, i in above)
    return [line for text in texts for line in text.split("\n") if line]


def _outside_lines(chars: Sequence[Char], grids: Sequence[Grid], above: float) -> list[str]:
    """Text lines above ``above`` (pt from the top) that lie in no table: the title block."""
    free = [
        c
        for c in chars
        if c["bottom"] <= above
        and all(g.cell_at((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2) is None for g in grids)
    ]
    return [line.text for line in chars_to_lines(free, None)]


GridFinder = Callable[[int, Any, PageObjects], list[Grid]]


def rules_of_page(page_no: int, page: Any, objects: PageObjects) -> list[Grid]:
    """Find grids by default: the page's own ruling lines, as pdfplumber reads them."""
    return edges_to_grids(checked_edges(page_no, objects.edges))


def read_pdf(path: Path, password: str | None = None, find_grids: GridFinder = rules_of_page) -> Reading:
    """Read every page's ruled tables and return the appendix table's pieces in page order.

    ``find_grids(page_no, page, objects)`` finds the tables on a page; the camelot engine passes
    its own. With the default finder a long plan is read by two processes, a half each: pages are
    independent until their tables are chained into one appendix, which :func:`pages_to_reading`
    does in page order.
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            n_pages = len(pdf.pages)
            split = n_pages // 2 if find_grids is rules_of_page and can_fork(n_pages) else n_pages
            with pages_in_background(_read_file_pages, path, password, split, n_pages) as rest:
                readings = _read_page_range(pdf.pages, 0, split, find_grids)
                readings += rest()
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            msg = "the PDF is encrypted and needs an open password (give it with --password)"
        else:
            msg = f"a damaged or truncated PDF ({type(cause).__name__}: {cause})"
        raise ExtractError(msg) from exc
    except (PDFSyntaxError, PSException) as exc:
        msg = f"a damaged or truncated PDF ({type(exc).__name__}: {exc})"
        raise ExtractError(msg) from exc
    return pages_to_reading(readings)


#: Plans shorter than this are read in one process: starting a second costs more than it saves.
PARALLEL_MIN_PAGES = 8


#: Reads pages ``start`` to ``stop`` (0-based, end excluded) of the PDF at ``path``.
RangeReader = Callable[[Path, "str | None", int, int], "list[PageReading]"]


def can_fork(n_pages: int) -> bool:
    """Tell whether a plan this long is worth reading with a second process, and one can be had."""
    return n_pages >= PARALLEL_MIN_PAGES and (os.cpu_count() or 1) > 1 and "fork" in mp.get_all_start_methods()


@contextmanager
def pages_in_background(
    read_range: RangeReader, path: Path, password: str | None, start: int, stop: int
) -> Iterator[Callable[[], list[PageReading]]]:
    """Read pages ``start``-``stop`` in a forked process while the caller reads the others.

    Yields a function that waits for those pages; with nothing to read it returns at once.
    """
    if start >= stop:
        yield list
        return
    # the page reader dies with the process that forked it: a killed or timed-out run leaves none behind
    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"), initializer=die_with_parent) as pool:
        future = pool.submit(read_range, path, password, start, stop)

        def wait() -> list[PageReading]:
            try:
                return future.result()
            except ExtractError:
                raise
            except Exception as exc:  # a damaged page: say which error, as for the first half
                msg = f"a damaged or truncated PDF ({type(exc).__name__}: {exc})"
                raise ExtractError(msg) from exc

        yield wait


def _read_file_pages(path: Path, password: str | None, start: int, stop: int) -> list[PageReading]:
    import pdfplumber

    with pdfplumber.open(path, password=password or "") as pdf:
        return _read_page_range(pdf.pages, start, stop, rules_of_page)


def _read_page_range(pages: Sequence[Any], start: int, stop: int, find_grids: GridFinder) -> list[PageReading]:
    readings = []
    for index in range(start, stop):
        page = pages[index]
        readings.append(read_page(index + 1, page, find_grids))
        page.close()  # drop pdfplumber's per-page caches: memory stays flat over long plans
    return readings


@dataclass(frozen=True)
class PageTable:
    """One ruled table of a page, its cells' text pieces, and the appendix header if it has one.

    ``header`` is the header band and its labelled cells; ``lines_above`` the text lines above
    the table that lie in no table (the appendix title, where this is the first header).
    """

    grid: Grid
    pieces: dict[int, CellPiece]
    header: tuple[int, list[tuple[GridCell, str]]] | None
    lines_above: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageReading:
    """Everything the appendix needs from one page; pages are read independently."""

    page_no: int
    tables: tuple[PageTable, ...]
    has_text: bool


def read_page(page_no: int, page: Any, find_grids: GridFinder) -> PageReading:
    """Find a pdfplumber page's ruled tables and turn each cell's characters into lines."""
    objects = page_objects(page)
    return objects_to_page(page_no, objects, find_grids(page_no, page, objects))


def objects_to_page(page_no: int, objects: PageObjects, grids: Sequence[Grid]) -> PageReading:
    """Put a page's characters into its tables' cells, as lines; find the appendix header."""
    chars = objects.chars
    tables = []
    for grid in grids:
        assigned: dict[int, list[Char]] = {i: [] for i in range(len(grid.cells))}
        for char in chars:
            idx = grid.cell_at((char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2)
            if idx is not None:
                assigned[idx].append(char)
        padding = cell_padding((grid.cells[i], cs) for i, cs in assigned.items())
        pieces = {i: cell_piece(grid.cells[i], cs, padding) for i, cs in assigned.items()}
        header = _find_header(grid, pieces)
        above = tuple(_outside_lines(chars, grids, grid.ys[0]) + _title_bands(grid, pieces, header)) if header else ()
        tables.append(PageTable(grid, pieces, header, above))
    return PageReading(page_no, tuple(tables), bool(chars))


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
            if table.header is not None and columns is not None and index == 0 and _header_top(table.header) > 0:
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
                numbers = [t for _, t in _band_labels(grid, pieces, first)] if first < len(grid.ys) - 1 else []
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
        raise NoTextLayerError(msg)
    return Reading(tuple(rows), title, header, len(pages), column_numbers_warnings(numbers_dropped))


def _header_top(header: tuple[int, list[tuple[GridCell, str]]]) -> int:
    """Return the first band of a found header row (it ends at ``header[0]``)."""
    return min(cell.row for cell, _ in header[1])


#: How many bands from a table's top may hold its header row (a title band, a grouped header).
MAX_HEADER_BANDS = 4


def _find_header(grid: Grid, pieces: dict[int, CellPiece]) -> tuple[int, list[tuple[GridCell, str]]] | None:
    """Find the band that ends the appendix header, with each column's cell and label; None if none.

    A grouped header takes two bands: cells spanning several columns ("Cơ quan" over "Chủ trì",
    "Phối hợp") over the columns' own labels; each column is labelled with both.
    """
    for band in range(min(len(grid.ys) - 1, MAX_HEADER_BANDS)):
        found = _header_labels_at(grid, pieces, band)
        if found is not None:
            return found
    return None


def _header_labels_at(
    grid: Grid, pieces: dict[int, CellPiece], band: int
) -> tuple[int, list[tuple[GridCell, str]]] | None:
    """Return the header that starts at ``band`` (its last band and labelled cells), if one does."""
    labelled = _band_labels(grid, pieces, band)
    if is_header([t for _, t in labelled]):
        return band, labelled
    if band + 1 < len(grid.ys) - 1 and not is_header([t for _, t in _band_labels(grid, pieces, band + 1)]):
        # a group band over the columns' own labels; a band over a whole header row is a data row
        stacked = _stacked_labels(grid, pieces, band)
        if is_header([t for _, t in stacked]):
            return band + 1, stacked
    return None


def _header_at(grid: Grid, pieces: dict[int, CellPiece], band: int) -> int | None:
    """Return the last band of a header row that starts at ``band``, or None."""
    found = _header_labels_at(grid, pieces, band)
    return None if found is None else found[0]


def _stacked_labels(grid: Grid, pieces: dict[int, CellPiece], band: int) -> list[tuple[GridCell, str]]:
    """Return the cells that reach band ``band + 1``, each labelled with the spanning cell above it."""
    own = dict(_band_labels(grid, pieces, band + 1))
    above = _band_labels(grid, pieces, band)
    out = []
    for cell in grid.cells:
        if not (cell.row <= band + 1 < cell.row_end):
            continue
        if cell.row <= band:  # one cell over both bands: its own label is the whole label
            out.append((cell, next((t for c, t in above if c == cell), "")))
            continue
        middle = (cell.x0 + cell.x1) / 2
        parent = next(
            (t for c, t in above if c.x0 <= middle <= c.x1 and c.col_end - c.col > cell.col_end - cell.col), ""
        )
        out.append((cell, stacked_label(parent, own.get(cell, ""))))
    return sorted(out, key=lambda item: item[0].x0)
