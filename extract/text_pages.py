"""A page's tables read from its text, when it draws no ruled table: the borderless reader's entry for the chain.

:func:`extract.text_grid.text_table` finds the table; a later table under its own header cuts it
short (:func:`_under_own_headers`). A box framed over the table's cells (a stamp "ĐÃ KÝ") is set
aside here: on a page with no column rules the ruled reader sees it as a table of one cell, and
the drawn-box test of :mod:`extract.drawn_boxes` (rules beside it on all four sides) cannot hold.
Where one of the text table's column or row bounds passes under such a box, it lies over several
cells and was put across the finished table: its label, the text drawn inside it after all the
table's text around it, is no cell's text, and is left out and said
(:func:`extract.drawn_boxes.stamp_text`); the cells' text under it, drawn with the table's, is read.
Coordinates: points, origin at the page's top-left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from extract.coverage import RUNNING_LINE_PAGES, RUNNING_PLACE_TOLERANCE, FreeLine, free_lines
from extract.drawn_boxes import DrawnBox, stamp_text
from extract.grid import Grid
from extract.pdf_columns import ColumnMap, group_columns
from extract.pdf_hiding import inside
from extract.pdf_objects import Char, PageObjects
from extract.pdf_page import PageReading, PageTable, grid_to_table
from extract.text_grid import text_table, text_tables_below


@dataclass(frozen=True)
class PageTables:
    """A page's tables and free lines, and the label of a stamp over its text table left out of them."""

    tables: tuple[PageTable, ...]
    free: tuple[FreeLine, ...]
    stamped: str = ""


def page_tables(page: PageReading, columns: ColumnMap | None, footer: float | None = None) -> PageTables:
    """Return the page's tables and free lines; on a page with no ruled table, a table found from its text.

    ``footer`` is the top of the page's last line when it is a bare page number printed where other
    pages print theirs (:func:`page_footers`): it is the page's, not the table's, however close under it.
    """
    as_read = PageTables(page.tables, page.free)
    if page.loose is None:
        return as_read
    gutters = columns.gutters if columns is not None else ()
    if columns is not None and not gutters:
        return as_read  # the appendix is ruled: a page without rules holds none of it
    groups = group_columns(columns) if columns else []
    loose = page.loose
    if footer is not None:
        loose = replace(loose, chars=[c for c in loose.chars if c["top"] < footer - RUNNING_PLACE_TOLERANCE])
    found = _text_table(loose, gutters, groups)
    if found is None:
        return as_read
    without, label = _stamps_set_aside(loose, page.tables, found)
    again = _text_table(without, gutters, groups) if label else None
    if again is not None:  # read again without the stamp's letters, which crossed a gutter or a row
        loose, found = without, again
    else:
        label = ""
    grids = _under_own_headers(loose, found, gutters, groups)
    tables = tuple(grid_to_table(grid, loose.chars, grids, sideways=loose.sideways) for grid in grids)
    return PageTables(tables, free_lines(loose.chars, grids), label)


def page_footers(pages: Sequence[PageReading]) -> dict[int, float]:
    """Return, by page number, the top (pt) of each page's last line that is a page number: a bare number at one height.

    Word sets its page number ("2", "3") close under a table that fills the page: less than a line
    under it, it reads as the table's last row, and the row the page break cut splits around it
    (samples/audit51 p13). A number alone at one height on :data:`RUNNING_LINE_PAGES` pages (without
    column rules) is the page's.
    """
    tops = {
        page.page_no: line[1]
        for page in pages
        if page.loose is not None and (line := _last_line(page.loose.chars)) and line[0]
    }
    return {
        page: top
        for page, top in tops.items()
        if sum(abs(top - other) <= RUNNING_PLACE_TOLERANCE for other in tops.values()) >= RUNNING_LINE_PAGES
    }


def _last_line(chars: Sequence[Char]) -> tuple[bool, float] | None:
    """Return whether the page's lowest line is a number alone, and its top; None for a page with no text."""
    inked = [c for c in chars if c["text"].strip()]
    if not inked:
        return None
    top = max(c["top"] for c in inked)
    last = [c for c in inked if c["top"] >= top - RUNNING_PLACE_TOLERANCE]
    text = "".join(c["text"] for c in sorted(last, key=lambda c: c["x0"]))
    return text.isdigit() and len(text) <= MAX_PAGE_DIGITS, top


#: A page number has this many digits at most.
MAX_PAGE_DIGITS = 4


def _text_table(loose: PageObjects, gutters: Sequence[tuple[float, float]], groups: list[int]) -> Grid | None:
    found = text_table(loose.chars, loose.edges, gutters, groups, loose.fills)
    return found[0] if found is not None else None


def _stamps_set_aside(loose: PageObjects, ruled: Sequence[PageTable], grid: Grid) -> tuple[PageObjects, str]:
    """Return the page's objects without the labels of the boxes framed over ``grid``'s cells, and those labels.

    A label is the text inside a box drawn after all the table's text around it (LibreOffice draws a
    text box's text, then its frame, after the table; reportlab the frame, then its text). Boxes as
    many as the table's columns or more frame its cells (Chromium's ``border-collapse: separate``):
    none of them is a stamp, and their text is the cells'.
    """
    boxes = [table.grid.bbox for table in ruled if len(table.grid.xs) == len(table.grid.ys) == 2]
    boxes = [box for box in boxes if _over_cells(box, grid)]
    framed = [table for table in ruled if inside(table.grid.bbox, grid.bbox, 0.0)]
    if not boxes or len(framed) >= len(grid.xs) - 1:
        return loose, ""
    table = [c.get("drawn") for c in loose.chars if _inside(c, grid.bbox) and not any(_inside(c, b) for b in boxes)]
    last = max((float(d) for d in table if d is not None), default=None)
    if last is None:
        return loose, ""
    chars, label = stamp_text(loose.chars, [DrawnBox(*box, last) for box in boxes])
    return replace(loose, chars=chars), label


def _inside(char: Char, box: tuple[float, float, float, float]) -> bool:
    """Tell whether a character's centre lies inside a box (x0, top, x1, bottom)."""
    x, y = (float(char["x0"]) + float(char["x1"])) / 2, (float(char["top"]) + float(char["bottom"])) / 2
    return inside((x, y, x, y), box, 0.0)


def _over_cells(box: tuple[float, float, float, float], grid: Grid) -> bool:
    """Tell whether a box lies inside the table and one of its column or row bounds passes under it."""
    x0, top, x1, bottom = box
    if not inside(box, grid.bbox, 0.0):
        return False
    return any(x0 < x < x1 for x in grid.xs[1:-1]) or any(top < y < bottom for y in grid.ys[1:-1])


def _under_own_headers(
    loose: PageObjects, grid: Grid, gutters: Sequence[tuple[float, float]], groups: list[int]
) -> list[Grid]:
    """Return the page's text tables: ``grid``, cut short where a table under its own header starts, and those tables.

    An appendix typed as one borderless table per group prints, under a heading, the next
    table with its header again and columns of its own: the table above ends there, though no
    line of the heading crossed its gutters.
    """
    chars, edges = loose.chars, loose.edges
    below = text_tables_below(chars, edges, grid.ys[1] if len(grid.ys) > 2 else grid.bbox[3], loose.fills)
    if below and below[0].bbox[1] < grid.bbox[3]:
        start = below[0].bbox[1]
        above = [c for c in chars if (c["top"] + c["bottom"]) / 2 < start]
        cut = text_table(above, edges, gutters, groups, loose.fills)
        return [*([cut[0]] if cut is not None else []), *below]
    return [grid, *below]
