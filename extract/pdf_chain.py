"""Chain the pages' tables into the appendix: from its header row to the next other table.

Each page's tables come from :mod:`extract.pdf_page`; here the header's labels become a
:class:`ColumnMap`, the bands under it become :class:`~core.model.PhysicalRow` pieces, and a
table on a later page continues the appendix when it repeats the header or has its columns.
Coordinates: points, origin at the page's top-left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from core.errors import NoTextLayerError
from core.model import CellPiece, PhysicalRow
from core.text import fold, ink
from extract.appendices import later_title, second_appendix_warnings
from extract.coverage import (
    MIN_NAMED_COLUMNS,
    QUOTE_CHARS,
    FreeLine,
    PageAccount,
    account_pages,
    in_columns,
    is_furniture_text,
    piece_ink,
    row_ink,
    running_lines,
    squeezed,
    table_title,
    unread_tables_warning,
)
from extract.drawn_boxes import STAMPED
from extract.grid import Grid
from extract.group_titles import PageTitles, title_without, titles_warning
from extract.headed_pages import mark_headed_pages
from extract.header import (
    TITLE_START,
    column_numbers_warnings,
    heading_from_lines,
    is_column_numbers,
    title_from_lines,
    title_lines,
)
from extract.pdf_columns import (
    ColumnMap,
    field_of,
    grid_to_rows,
    header_rules,
    header_to_column_map,
    known_columns,
    same_columns,
)
from extract.pdf_header_rest import header_over_rest
from extract.pdf_heading import opening_lines
from extract.pdf_page import (
    Bands,
    PageReading,
    PageTable,
    band_labels,
    clipped_rest,
    header_top,
    repeated_header,
)
from extract.reading import Reading
from extract.table_ends import (
    body_table_before,
    body_table_warning,
    fields_of,
    foreign_band,
    other_labels,
    other_table_after,
    spilled_columns,
    spilled_columns_warning,
)
from extract.text_columns import guessed_rows_warning, unplaced_runs_warning
from extract.text_pages import page_footers, page_tables
from extract.unseen import UnseenText, past_edge_warnings, unseen_warnings


def _unread(
    page: PageReading,
    tables: Sequence[PageTable],
    index: int,
    free: Sequence[FreeLine],
    after: bool,
    between: Sequence[str] = (),
) -> list[tuple[bool, int, str, str]]:
    """Return a ruled table not read as (after the appendix's header, page, the title above it, its first row).

    Before the appendix, only a table of :data:`MIN_NAMED_COLUMNS` or more (no layout frame); none of a
    table found from a page's text alone. A table at its page's top after the appendix takes its title
    from the lines since the appendix's last part (``between``): "PHỤ LỤC II" at the foot of the page before.
    """
    table = tables[index]
    if tables is not page.tables or not (after or len(table.grid.xs) > MIN_NAMED_COLUMNS):
        return []
    above = [line.text for line in free if line.bottom <= table.grid.bbox[1]] or (list(between) if after else [])
    first = " ".join(text for _, text in band_labels(table.grid, table.pieces, 0))
    return [(after, page.page_no, table_title(above), first)]


def pages_to_reading(pages: Sequence[PageReading]) -> Reading:
    """Chain the pages' tables into the appendix: from its header row to the next other table.

    Every appendix page is accounted for in the coverage ledger (:mod:`extract.coverage`).
    """
    chain = _Chain(pages, footers=page_footers(pages))
    for page in pages:
        chain.read_page(page)
    if not any(page.has_text for page in pages):
        msg = "the PDF has no text layer (a scan?); run OCR on it first"
        raise NoTextLayerError(msg)
    return chain.reading()


@dataclass
class _Chain:
    """The appendix as chained so far, page by page, and what was seen around it for the warnings."""

    pages: Sequence[PageReading]
    footers: dict[int, float] = field(default_factory=dict)  # bare page numbers' tops, by page (page_footers)
    rows: list[PhysicalRow] = field(default_factory=list)
    title: str = ""
    heading: str = ""
    header: tuple[tuple[str, str], ...] = ()
    columns: ColumnMap | None = None
    last_columns: ColumnMap | None = None
    numbers_dropped: list[tuple[int, list[str]]] = field(default_factory=list)
    clipped: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    odd_headers: list[tuple[int, str, bool]] = field(default_factory=list)
    accounts: list[PageAccount] = field(default_factory=list)
    header_chars: int | None = None  # characters above the first data row where the appendix starts
    body_headers: list[tuple[int, str]] = field(default_factory=list)  # rows naming the columns, holding body text
    titles: PageTitles = field(default_factory=PageTitles)
    before: list[str] = field(default_factory=list)  # the lines of the page before the appendix's header (a title page)
    edge_pages: list[int] = field(default_factory=list)  # pages where the appendix's table runs to the page's edge
    unread: list[tuple[bool, int, str, str]] = field(default_factory=list)  # tables not read: (after its header, ...)
    first_above: list[str] = field(default_factory=list)  # the lines above the appendix's first header
    since_part: list[str] = field(default_factory=list)  # the lines of the pages since the last one with a part
    left_out: list[str] = field(default_factory=list)  # warnings: tables of the body read as the appendix at first
    second: list[tuple[int, str]] = field(default_factory=list)  # later appendices (extract.appendices): page, title
    spilled: list[tuple[int, str]] = field(default_factory=list)  # appendix columns printed apart: page, labels
    opening: list[str] = field(default_factory=list)  # the title block of a later appendix whose first row is to come
    second_titled: dict[int, list[FreeLine]] = field(default_factory=dict)  # their title lines: placed, by page
    unsure: list[tuple[int, str]] = field(default_factory=list)  # runs whose column is not sure: page, text
    guessed: list[int] = field(default_factory=list)  # pages whose rows nothing parts but where columns start again
    stamped: dict[int, tuple[UnseenText, ...]] = field(default_factory=dict)  # stamps over text tables, by page

    def read_page(self, page: PageReading) -> None:
        """Chain one page's tables."""
        page_rows: list[PhysicalRow] = []
        read = page_tables(page, self.columns, self.footers.get(page.page_no))
        tables, free = read.tables, read.free
        if read.stamped:  # a stamp framed over a table read from the page's text: its label left out, said
            self.stamped[page.page_no] = (UnseenText(STAMPED, read.stamped),)
        account = PageAccount(page.page_no, free=free, text_chars=page.text_chars)
        self.accounts.append(account)
        for index, table in enumerate(tables):
            if table.body_header and not self._header_over_rest(table, index):
                self.body_headers.append((page.page_no, table.body_header))
            if self._spilled(page, table, account):
                continue
            between = self._lines_since_part(page, free, table)
            first, bands, hidden = self._start_of(page, table, index, page_rows, between)
            if first < 0 or self.columns is None:
                self.unread += _unread(page, tables, index, free, bool(self.header), between)
                continue
            self.last_columns = self.columns
            start = len(page_rows)
            page_rows.extend(self.titles.before_part(page.page_no, free, table.grid.bbox))
            self._place(page, table, account, (first, bands, hidden), page_rows)
            if self.opening and len(page_rows) > start:
                self._open_appendix(page, free, table, page_rows, start)
        self.rows.extend(page_rows)
        self.since_part = [] if page_rows else [*self.since_part, *(line.text for line in free)]
        self.titles.after_page(page.page_no, free)
        self.before = [line.text for line in free] if self.columns is None else self.before

    def _spilled(self, page: PageReading, table: PageTable, account: PageAccount) -> bool:
        """Account a table of appendix columns printed apart from their rows as text in no row (see table_ends)."""
        appendix = self.columns or self.last_columns
        if not self.header or len(table.grid.ys) < 2 or (appendix and same_columns(table.grid.xs, appendix.xs)):
            return False
        labels = [text for _, text in band_labels(table.grid, table.pieces, 0) if text.strip()]
        if not spilled_columns(labels, fields_of(self.header)):
            return False
        self.spilled.append((page.page_no, " | ".join(labels)))
        account.drawn += table.drawn
        account.boxes.append(table.grid.bbox)
        return True

    def _header_over_rest(self, table: PageTable, index: int) -> tuple[dict[int, CellPiece], int] | None:
        """Return the table's top band read as the header printed again over a cut row's rest (see its module)."""
        if index or self.columns is None:
            return None
        return header_over_rest(Bands(table.grid, table.pieces), known_columns(self.columns))

    def _second_appendix(self, between: Sequence[str]) -> bool:
        """Tell whether a header under ``between`` opens a later appendix: its own title block above it."""
        block = later_title(between, self.title) if self.columns is not None else []
        if block:
            self.opening, self.header_chars = block, None  # its header's characters are its own
        return bool(block)

    def _open_appendix(
        self, page: PageReading, free: Sequence[FreeLine], table: PageTable, page_rows: list[PhysicalRow], start: int
    ) -> None:
        """Mark the first row of a later appendix, and take its title lines on this page as placed."""
        page_rows[start] = replace(page_rows[start], opens_appendix=True)
        self.second.append((page.page_no, title_from_lines(self.opening)))
        titled = [line for line in free if line.middle <= table.grid.bbox[1] and line.text in self.opening]
        self.second_titled.setdefault(page.page_no, []).extend(titled)
        self.opening = []

    def _lines_since_part(self, page: PageReading, free: Sequence[FreeLine], table: PageTable) -> list[str]:
        """Return the lines between the appendix's last part and ``table`` (a "PHỤ LỤC II" at a page's foot too)."""
        top, last = table.grid.bbox[1], self.titles.last
        if last is not None and last[0] == page.page_no:
            return [line.text for line in free if last[1] <= line.middle <= top]
        tail = [line.text for line in self.titles.tail] if last is not None else []
        return [*tail, *self.since_part, *(line.text for line in free if line.middle <= top)]

    def _start_of(
        self, page: PageReading, table: PageTable, index: int, page_rows: list[PhysicalRow], between: list[str]
    ) -> tuple[int, Bands, int]:
        """Return the table's first band of appendix rows (-1: none), its bands, and hidden header characters."""
        grid, pieces, columns = table.grid, table.pieces, self.columns
        bands = Bands(grid, pieces)
        over = self._header_over_rest(table, index)
        if over is not None:  # the header printed again over the rest of the row the page break cut
            return 0, Bands(grid, over[0]), over[1]
        repeated = repeated_header(bands, known_columns(columns)) if index == 0 and columns is not None else None
        if repeated is not None:
            # the appendix's header printed again, maybe clipped: its columns stand, its hidden rest is header text
            self._second_appendix(between)  # or a later appendix's header, the same as the first's
            pieces, taken = clipped_rest(bands, repeated, known_columns(columns))
            self.clipped += [(page.page_no, taken)] if taken else []
            first = _after_numbers(grid, pieces, repeated[0] + 1, page.page_no, self.numbers_dropped)
            return first, Bands(grid, pieces), sum(ink(text) for text in taken)  # the bands' labels change
        if table.header is not None and columns is not None and index == 0 and header_top(table.header) > 0:
            return 0, bands, 0  # rows of the appendix over a header row printed again inside the table
        if table.header is not None:
            band, labelled = table.header
            new_columns = header_to_column_map(labelled, grid)
            if columns is not None and self._other_table(between, new_columns, table):
                self.columns = None  # a budget, scores or schedule table after the appendix: named in a warning
                return -1, bands, 0
            self._take_header(page, table, new_columns, page_rows, between)
            return _after_numbers(grid, pieces, band + 1, page.page_no, self.numbers_dropped), bands, 0
        if columns is not None and (index == 0 and grid.gutters or same_columns(grid.xs, columns.xs)):
            labels = [((field_of(cell, columns) or ("", ""))[0], text) for cell, text in band_labels(grid, pieces, 0)]
            if not other_labels(labels):  # else another table on the appendix's columns, under its own labels
                return 0, bands, 0  # a part under the appendix's columns: at a page top, or after "(tiếp theo)"
        self.columns = None  # another table after the appendix ends it (or none has begun)
        return -1, bands, 0

    def _other_table(self, between: list[str], columns: ColumnMap, table: PageTable) -> bool:
        """Tell whether a header of ``columns`` after the appendix's heads another table (see table_ends)."""
        fields, new = fields_of(self.header), fields_of(columns.fields)
        if body_table_before(self.first_above, between, fields, new):
            return False  # the appendix starts here (:meth:`_take_header`)
        return other_table_after(between, fields, new, (piece.text for piece in table.pieces.values()))

    def _take_header(
        self, page: PageReading, table: PageTable, columns: ColumnMap, page_rows: list[PhysicalRow], between: list[str]
    ) -> None:
        """Take a header row's columns: the first opens the appendix, as one after a table of the body does."""
        before = self.before
        if self.columns is not None and body_table_before(
            self.first_above, between, fields_of(self.header), fields_of(columns.fields)
        ):
            self._start_over(page_rows)
            before = between  # the lines since the body's table: a title page of the appendix among them
        elif self.columns is not None:
            self._second_appendix(between)  # a later appendix's header: the document keeps the first's title
        if self.columns is None:
            above_table = title_lines(before, table.lines_above)
            self.title, self.first_above = title_from_lines(above_table), above_table
            heading = heading_from_lines(above_table)
            kept = set(heading.split("\n"))
            opening = [line for line in opening_lines(self.pages, page.page_no) if line not in kept]
            self.heading = "\n".join(filter(None, [heading, *opening]))
            self.header = tuple((f, label) for f, label, _, _ in columns.fields)
        self.columns = columns

    def _start_over(self, page_rows: list[PhysicalRow]) -> None:
        """Forget what was read as the appendix: it was a table of the plan's body, and the appendix starts here."""
        read = [*self.rows, *page_rows]
        first_page = min((row.page for row in read), default=0)
        self.left_out.append(body_table_warning(first_page, self.header))
        self.columns, self.titles, self.header_chars = None, PageTitles(), None
        self.rows.clear()
        page_rows.clear()
        self.edge_pages.clear()
        for account in self.accounts:
            account.boxes.clear()
            account.placed = account.drawn = 0

    def _place(
        self,
        page: PageReading,
        table: PageTable,
        account: PageAccount,
        start: tuple[int, Bands, int],
        page_rows: list[PhysicalRow],
    ) -> None:
        """Read a part of the appendix into rows from its first band, down to another table drawn under it."""
        first, bands, hidden = start
        grid, pieces, columns = table.grid, bands.pieces, self.columns
        assert columns is not None  # a part is placed only under the appendix's columns
        stop = None if grid.gutters else foreign_band(grid, header_rules(columns), first)
        if stop is not None:  # another table drawn right under the appendix's: it ends the appendix
            first_row = " ".join(text for _, text in band_labels(grid, pieces, stop) if text)
            self.unread.append((True, page.page_no, "", first_row))
            account.drawn -= sum(piece_ink(pieces[i]) for i, cell in enumerate(grid.cells) if cell.row >= stop)
            self.columns = None
        placed, skipped = grid_to_rows(bands, page.page_no, columns, first, self.odd_headers, stop)
        page_rows.extend(placed)
        self.unsure += [(page.page_no, text) for text in grid.unsure]
        self.guessed += [page.page_no] if grid.rows_guessed else []
        account.boxes.append(grid.bbox)
        self.edge_pages += [page.page_no] if at_page_edge(grid.bbox, page.width) else []
        account.drawn += table.drawn
        above = sum(piece_ink(table.pieces[i]) for i, cell in enumerate(grid.cells) if cell.row < first) + hidden
        if self.header_chars is None:
            self.header_chars = above
        # a header printed again holds the header's characters, no more: text under it in the
        # same band (the rest of a cut row, read into the header) is in no row
        account.placed += min(above, self.header_chars) + skipped + sum(row_ink(r) for r in placed)

    def _appendix_pages(self) -> set[int]:
        """Return the pages that hold a part of the appendix's table."""
        return {account.page_no for account in self.accounts if account.boxes}

    def _title(self) -> str:
        """Return the appendix title without the page's furniture: page numbers, addresses, running lines.

        A title on a page of its own was read with the running head printed over the table's page, a
        browser's header and footer, or "Trang 3/9" (samples/audit44 d04, d06-d08); those lines are
        known only once every page is read.
        """
        furniture = frozenset(squeezed(text) for text in running_lines(self.accounts).texts)
        above = [
            line
            for line in self.first_above
            if fold(line).startswith(TITLE_START) or not is_furniture_text(line, furniture)  # "Phụ lục I" on each page
        ]
        return title_from_lines(above) if len(above) < len(self.first_above) else self.title

    def reading(self) -> Reading:
        """Close the chain: titles, coverage and warnings; the reading."""
        _mark_unread_tables(self.pages, self.accounts, self.last_columns)
        self.unread += mark_headed_pages(self.pages, self.accounts, self.header)
        lead, kept = self.titles.lead_rows()
        rows = [*lead, *self.rows]
        title = title_without(self._title(), kept)
        self.titles.mark(self.accounts)
        for account in self.accounts:
            account.titled = [*account.titled, *self.second_titled.get(account.page_no, [])]
        coverage, losses = account_pages(self.accounts)
        unread, header = self.unread, self.header
        warnings = (
            second_appendix_warnings(self.second)
            + column_numbers_warnings(self.numbers_dropped)
            + clipped_header_warnings(self.clipped)
            + odd_header_warnings(self.odd_headers)
            + body_header_warnings(self.body_headers)
            + spilled_columns_warning(self.spilled)
            + losses
            + titles_warning(kept + self.titles.found)
            + page_edge_warnings(self.edge_pages)
            + unplaced_runs_warning(self.unsure)
            + guessed_rows_warning(self.guessed)
            + unread_tables_warning([(p, title, first) for after, p, title, first in unread if after])
            + unread_tables_warning(
                [(p, title, first) for after, p, title, first in unread if not after and header], "before"
            )
            + tuple(self.left_out)
            + unseen_warnings(
                (p.page_no, p.unseen + self.stamped.get(p.page_no, ()))
                for p in self.pages
                if p.page_no in self._appendix_pages()
            )
            + past_edge_warnings((p.page_no, p.past_edge) for p in self.pages if p.page_no in self._appendix_pages())
        )
        seen = "" if rows else "; ".join((_seen(self.pages), *body_header_warnings(self.body_headers)))
        return Reading(tuple(rows), title, header, len(self.pages), warnings, coverage, seen, self.heading)


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
