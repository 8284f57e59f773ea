"""Chain the pages' tables into the appendix: from its header row to the next other table.

Each page's tables come from :mod:`extract.pdf_page`; here the header's labels become a
:class:`ColumnMap`, the bands under it become :class:`~core.model.PhysicalRow` pieces, and a
table on a later page continues the appendix when it repeats the header or has its columns.
Coordinates: points, origin at the page's top-left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.errors import NoTextLayerError
from core.model import FIELDS, GROUP_FIELDS, CellPiece, PhysicalRow
from core.text import ink
from extract.coverage import (
    MIN_NAMED_COLUMNS,
    QUOTE_CHARS,
    FreeLine,
    PageAccount,
    account_pages,
    free_lines,
    in_columns,
    piece_ink,
    row_ink,
    table_title,
    unread_tables_warning,
)
from extract.grid import Grid, GridCell
from extract.group_titles import PageTitles, title_without, titles_warning
from extract.header import (
    UNPLACED_LABEL,
    column_numbers_warnings,
    heading_from_lines,
    is_column_numbers,
    labels_to_fields,
    title_from_lines,
    title_lines,
)
from extract.pdf_objects import PageObjects
from extract.pdf_page import (
    Bands,
    KnownColumns,
    PageReading,
    PageTable,
    band_labels,
    clipped_rest,
    grid_to_table,
    header_at,
    header_top,
    repeated_header,
    repeats_header_at,
)
from extract.reading import Reading
from extract.text_grid import text_table, text_tables_below

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


def _field_of(cell: GridCell, columns: ColumnMap) -> tuple[str, str] | None:
    """Return the (field, label) column a data cell falls under: the one its box overlaps most."""
    best, best_overlap = None, 0.0
    for field, label, x0, x1 in columns.fields:
        overlap = min(cell.x1, x1) - max(cell.x0, x0)
        if overlap > best_overlap:
            best, best_overlap = (field, label), overlap
    return best


def _same_columns(a: Sequence[float], b: Sequence[float]) -> bool:
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
) -> tuple[list[PhysicalRow], int]:
    """Return one :class:`PhysicalRow` per band from ``first_band`` down, and the characters of skipped headers.

    Cells are placed by the column map. A header row met again inside the table (tables joined one
    under the other, a converter's page parts printed again) is skipped like a repeated header at
    a page top, and the row under it is treated as a page top: it may carry on the row above.
    ``bands`` are the table's, already asked about its top: their labels are not read again.
    """
    grid, pieces = bands.grid, bands.pieces
    rows: list[PhysicalRow] = []
    last_band = len(grid.ys) - 2
    skip_to, after_header, header_chars = first_band, False, 0
    for band in range(first_band, last_band + 1):
        if band < skip_to:
            continue
        header_end = header_at(bands, band) if band > first_band else None
        if header_end is not None:
            if odd_headers is not None and not repeats_header_at(bands, band, header_end, _known(columns)):
                # a row that reads as a header but is not the appendix's own: left out, and said
                labelled = bands.labels(band)
                odd_headers.append((page_no, " | ".join(t for _, t in labelled if t), beside_header(labelled, columns)))
            if rows:
                rows[-1] = replace(rows[-1], page_end=True)
            header_chars += sum(piece_ink(pieces[i]) for i, c in enumerate(grid.cells) if band <= c.row <= header_end)
            skip_to, after_header = header_end + 1, True
            continue
        cells = {f: CellPiece() for f in FIELDS}
        extra: dict[str, CellPiece] = {}
        for i, cell in enumerate(grid.cells):
            if not (cell.row <= band < cell.row_end):
                continue
            field, label = _field_of(cell, columns) or ("", UNPLACED_LABEL)
            piece = pieces[i] if cell.row == band else CellPiece(merged_above=True)
            target = cells if field else extra
            key = field or label
            before = target.get(key, CellPiece())
            if before.lines and piece.lines:
                piece = replace(piece, lines=before.lines + piece.lines)
            if piece.lines or not before.lines:
                target[key] = piece
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


def _group_columns(columns: ColumnMap) -> list[int]:
    return [i for i, (field, *_) in enumerate(columns.fields) if field in GROUP_FIELDS]


def _page_tables(page: PageReading, columns: ColumnMap | None) -> tuple[tuple[PageTable, ...], tuple[FreeLine, ...]]:
    """Return the page's tables and free lines; on a page with no ruled table, a table found from its text."""
    if page.loose is None:
        return page.tables, page.free
    gutters = columns.gutters if columns is not None else ()
    if columns is not None and not gutters:
        return page.tables, page.free  # the appendix is ruled: a page without rules holds none of it
    found = text_table(page.loose.chars, page.loose.edges, gutters, _group_columns(columns) if columns else ())
    if found is None:
        return page.tables, page.free
    grids = _under_own_headers(page.loose, found[0], gutters, _group_columns(columns) if columns else [])
    tables = tuple(grid_to_table(grid, page.loose.chars, grids) for grid in grids)
    return tables, free_lines(page.loose.chars, grids)


def _under_own_headers(
    loose: PageObjects, grid: Grid, gutters: Sequence[tuple[float, float]], groups: list[int]
) -> list[Grid]:
    """Return the page's text tables: ``grid``, cut short where a table under its own header starts, and those tables.

    An appendix typed as one borderless table per group prints, under a heading, the next
    table with its header again and columns of its own: the table above ends there, though no
    line of the heading crossed its gutters.
    """
    chars, edges = loose.chars, loose.edges
    below = text_tables_below(chars, edges, grid.ys[1] if len(grid.ys) > 2 else grid.bbox[3])
    if below and below[0].bbox[1] < grid.bbox[3]:
        start = below[0].bbox[1]
        cut = text_table([c for c in chars if (c["top"] + c["bottom"]) / 2 < start], edges, gutters, groups)
        return [*([cut[0]] if cut is not None else []), *below]
    return [grid, *below]


def _unread(
    page: PageReading, tables: Sequence[PageTable], index: int, free: Sequence[FreeLine], after: bool
) -> list[tuple[bool, int, str, str]]:
    """Return a ruled table not read as (after the appendix's header, page, the title above it, its first row).

    Before the appendix, only a table of :data:`MIN_NAMED_COLUMNS` or more (no layout frame); none of a
    table found from a page's text alone.
    """
    table = tables[index]
    if tables is not page.tables or not (after or len(table.grid.xs) > MIN_NAMED_COLUMNS):
        return []
    above = [line.text for line in free if line.bottom <= table.grid.bbox[1]]
    first = " ".join(text for _, text in band_labels(table.grid, table.pieces, 0))
    return [(after, page.page_no, table_title(above), first)]


def _cell_chars(table: PageTable, before_band: int) -> int:
    return sum(piece_ink(table.pieces[i]) for i, cell in enumerate(table.grid.cells) if cell.row < before_band)


def pages_to_reading(pages: Sequence[PageReading]) -> Reading:
    """Chain the pages' tables into the appendix: from its header row to the next other table.

    Every appendix page is accounted for in the coverage ledger (:mod:`extract.coverage`).
    """
    rows: list[PhysicalRow] = []
    title = heading = ""
    header: tuple[tuple[str, str], ...] = ()
    columns: ColumnMap | None = None
    numbers_dropped: list[tuple[int, list[str]]] = []
    clipped: list[tuple[int, tuple[str, ...]]] = []
    odd_headers: list[tuple[int, str, bool]] = []
    accounts: list[PageAccount] = []
    last_columns: ColumnMap | None = None
    header_chars: int | None = None  # characters above the first data row where the appendix starts
    body_headers: list[tuple[int, str]] = []  # (page, labels) of rows that name the columns but hold body text
    titles = PageTitles()
    before: list[str] = []  # the text lines of the page before the appendix's header (a title page)
    edge_pages: list[int] = []  # pages where the appendix's table runs to the page's edge
    unread: list[tuple[bool, int, str, str]] = []  # ruled tables not read: (after the appendix's header, ...)
    for page in pages:
        page_rows: list[PhysicalRow] = []
        tables, free = _page_tables(page, columns)
        account = PageAccount(page.page_no, free=free, text_chars=page.text_chars)
        accounts.append(account)
        for index, table in enumerate(tables):
            grid, pieces = table.grid, table.pieces
            body_headers += [(page.page_no, table.body_header)] if table.body_header else []
            first, hidden = -1, 0
            bands = Bands(grid, pieces)
            repeated = repeated_header(bands, _known(columns)) if index == 0 and columns is not None else None
            if repeated is not None:
                # the appendix's header printed again, maybe clipped: its columns stand, its hidden rest is header text
                pieces, taken = clipped_rest(bands, repeated, _known(columns))
                bands = Bands(grid, pieces)  # the hidden rest taken out: the bands' labels change
                hidden = sum(ink(text) for text in taken)
                clipped += [(page.page_no, taken)] if taken else []
                first = _after_numbers(grid, pieces, repeated[0] + 1, page.page_no, numbers_dropped)
            elif table.header is not None and columns is not None and index == 0 and header_top(table.header) > 0:
                first = 0  # rows of the appendix over a header row printed again inside the table
            elif table.header is not None:
                band, labelled = table.header
                new_columns = header_to_column_map(labelled, grid)
                if columns is None:
                    above_table = title_lines(before, table.lines_above)
                    title, heading = title_from_lines(above_table), heading_from_lines(above_table)
                    header = tuple((f, label) for f, label, _, _ in new_columns.fields)
                columns = new_columns
                first = _after_numbers(grid, pieces, band + 1, page.page_no, numbers_dropped)
            elif columns is not None and index == 0 and (grid.gutters or _same_columns(grid.xs, columns.xs)):
                first = 0
            elif columns is not None:
                columns = None  # another table after the appendix ends it
            if first < 0 or columns is None:
                unread += _unread(page, tables, index, free, bool(header))
                continue
            last_columns = columns
            page_rows.extend(titles.before_part(page.page_no, free, grid.bbox))
            placed, skipped = grid_to_rows(bands, page.page_no, columns, first, odd_headers)
            page_rows.extend(placed)
            account.boxes.append(grid.bbox)
            edge_pages += [page.page_no] if at_page_edge(grid.bbox, page.width) else []
            account.drawn += table.drawn
            above = _cell_chars(table, first) + hidden
            if header_chars is None:
                header_chars = above
            # a header printed again holds the header's characters, no more: text under it in the
            # same band (the rest of a cut row, read into the header) is in no row
            account.placed += min(above, header_chars) + skipped + sum(row_ink(r) for r in placed)
        rows.extend(page_rows)
        titles.after_page(page.page_no, free)
        before = [line.text for line in free] if columns is None else before
    if not any(page.has_text for page in pages):
        msg = "the PDF has no text layer (a scan?); run OCR on it first"
        raise NoTextLayerError(msg)
    _mark_unread_tables(pages, accounts, last_columns)
    lead, kept = titles.lead_rows()
    rows[:0] = lead
    title = title_without(title, kept)
    titles.mark(accounts)
    coverage, losses = account_pages(accounts)
    warnings = (
        column_numbers_warnings(numbers_dropped)
        + clipped_header_warnings(clipped)
        + odd_header_warnings(odd_headers)
        + body_header_warnings(body_headers)
        + losses
        + titles_warning(kept + titles.found)
        + page_edge_warnings(edge_pages)
        + unread_tables_warning([(p, title, first) for after, p, title, first in unread if after])
        + unread_tables_warning(
            [(p, title, first) for after, p, title, first in unread if not after and header], "before"
        )
    )
    seen = "" if rows else "; ".join((_seen(pages), *body_header_warnings(body_headers)))
    return Reading(tuple(rows), title, header, len(pages), warnings, coverage, seen, heading)


#: A table whose box comes this close to the page's left or right edge (pt), or passes it, was cut
#: there: printers and PDF writers keep a margin of a centimetre or more, and a table wider than the
#: page is printed only up to its edge (LibreOffice's portrait page under a landscape table).
PAGE_EDGE_SLACK = 3.0


def at_page_edge(bbox: tuple[float, float, float, float], width: float | None) -> bool:
    """Tell whether a table's box reaches the page's left or right edge (never, when the width is unknown)."""
    return width is not None and (bbox[0] <= PAGE_EDGE_SLACK or bbox[2] >= width - PAGE_EDGE_SLACK)


def page_edge_warnings(pages: Sequence[int]) -> tuple[str, ...]:
    """Say on which pages the appendix's table runs to the page's edge: columns may be cut off there."""
    if not pages:
        return ()
    listed = ", ".join(str(p) for p in dict.fromkeys(pages))
    return (
        f"the table runs to the page's edge on page(s) {listed}: it is wider than the page, so the columns at "
        "that edge may be cut off (their text partial, a last column missing from the rows altogether)",
    )


def _known(columns: ColumnMap | None) -> KnownColumns:
    """Return the appendix's columns as a header printed again must show them: (label, x0, x1)."""
    return [(label, x0, x1) for _, label, x0, x1 in columns.fields] if columns is not None else []


def _after_numbers(
    grid: Grid, pieces: dict[int, CellPiece], first: int, page_no: int, dropped: list[tuple[int, list[str]]]
) -> int:
    """Return the first data band under a header: past a row of column numbers "(1) (2) ...", noted in ``dropped``."""
    numbers = [t for _, t in band_labels(grid, pieces, first)] if first < len(grid.ys) - 1 else []
    if numbers and is_column_numbers(numbers):
        dropped.append((page_no, numbers))
        return first + 1
    return first


def clipped_header_warnings(clipped: Sequence[tuple[int, Sequence[str]]]) -> tuple[str, ...]:
    """Say, once, on which pages the rest of a clipped repeated header was read under it and left out."""
    if not clipped:
        return ()
    pages = ", ".join(str(page) for page, _ in clipped)
    words = " | ".join(text for text in clipped[0][1])[:QUOTE_CHARS]
    return (
        f"the header printed again on page(s) {pages} is cut short by the page; the hidden rest of its labels "
        f"({words}), read under it, was left out as header text",
    )


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


def odd_header_warnings(odd: Sequence[tuple[int, str, bool]]) -> tuple[str, ...]:
    """Say on which pages a row inside the table read as a header other than the appendix's and was left out.

    One whose columns lie beside the appendix's heads a second table on the same sheet (two pages
    printed side by side): the two were read as one, and the warning says the rows are wrong.
    """
    out = []
    beside = [(page, labels) for page, labels, side in odd if side]
    if beside:
        pages = ", ".join(str(page) for page, _ in beside)
        out.append(
            f"page(s) {pages} hold two tables side by side, each under its own header (pages printed two to a "
            f"sheet?): {beside[0][1][:QUOTE_CHARS]!r} beside the appendix's header; they were read as one table, so "
            "the rows from those pages are wrong (columns and rows of the two mixed): give phuluc the plan printed "
            "one page to a sheet",
        )
    inside = [(page, labels) for page, labels, side in odd if not side]
    if inside:
        pages = ", ".join(str(page) for page, _ in inside)
        out.append(
            f"a row inside the table on page(s) {pages} reads as a header row but not the appendix's own and was left "
            f"out of the rows; check it is no data row: {inside[0][1][:QUOTE_CHARS]!r}"
        )
    return tuple(out)


def body_header_warnings(found: Sequence[tuple[int, str]]) -> tuple[str, ...]:
    """Say on which pages a table's top row named the appendix's columns but held body text, and was no header."""
    if not found:
        return ()
    pages = ", ".join(str(page) for page, _ in found)
    return (
        f"ROWS LOST on page(s) {pages}: a table's top row names the appendix's columns but holds "
        f"body text (list items, {len(found[0][1])} characters), so the rules between its rows were not "
        f"found and its rows were read as one; it was taken for no header and its rows are missing: "
        f"{found[0][1][:QUOTE_CHARS]!r}",
    )


def _mark_unread_tables(pages: Sequence[PageReading], accounts: list[PageAccount], columns: ColumnMap | None) -> None:
    """Mark the pages right after the appendix that hold no table the engine saw but keep to its columns."""
    if columns is None:
        return
    last = max((a.page_no for a in accounts if a.boxes), default=0)
    for page, account in zip(pages, accounts, strict=True):
        if page.page_no <= last:
            continue
        if any(table.header is not None for table in page.tables) or not in_columns(page.spans, columns.xs):
            break
        account.unread_table = True


def _seen(pages: Sequence[PageReading]) -> str:
    """Say what a PDF without an appendix table holds: pages of text, tables and the largest one's top row."""
    text_pages = sum(1 for page in pages if page.has_text)
    tables = [table for page in pages for table in page.tables]
    said = f"it has {text_pages} page(s) of text and {len(tables)} ruled table(s)"
    if tables:
        largest = max(tables, key=lambda t: len(t.grid.cells))
        top = " | ".join(text for _, text in band_labels(largest.grid, largest.pieces, 0) if text)[: QUOTE_CHARS * 2]
        columns = len(largest.grid.xs) - 1
        said += f"; the largest has {columns} column(s), its first row reads {top!r}"
    return said
