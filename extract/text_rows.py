"""The rows of a table drawn without rules, from where its cells' lines start and end.

:func:`extract.text_grid.text_table` cuts a table's lines into bands: a row starts after a gap
wider than a cell's line gap (the cell padding), where several columns start together, or at a
horizontal rule (:mod:`extract.text_rules`); in a table with neither (single-spaced, no padding),
where several columns start again together. Coordinates: points, origin at the page's top-left,
``top`` growing downwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.text_lines import TextLine, column_of
from extract.text_rules import RULE_SLACK

#: A row gap is wider than the usual gap between two lines of a cell by at least this much (pt):
#: the cell padding above and below (reportlab 3+3 pt, Chromium 2+2 pt, LibreOffice 2.8+2.8 pt).
ROW_GAP_EXTRA = 1.5
#: Two columns start a row together when their first lines' tops differ by less than this share
#: of the font size.
START_TOLERANCE_SHARE = 0.5


@dataclass(frozen=True)
class CellLine:
    """One line of one column of a table: the column and the line's extent in it."""

    column: int
    top: float
    bottom: float

    @property
    def middle(self) -> float:
        """The line's vertical centre: the band it is in, as its characters are placed by theirs."""
        return (self.top + self.bottom) / 2


def cell_lines(lines: Sequence[TextLine], xs: Sequence[float]) -> list[CellLine]:
    """Split page lines into per-column lines by character centre."""
    out: list[CellLine] = []
    for line in lines:
        extents: dict[int, tuple[float, float]] = {}
        for char in line.chars:
            k = column_of((char["x0"] + char["x1"]) / 2, xs)
            if k is not None:
                top, bottom = extents.get(k, (char["top"], char["bottom"]))
                extents[k] = (min(top, char["top"]), max(bottom, char["bottom"]))
        out.extend(CellLine(k, top, bottom) for k, (top, bottom) in extents.items())
    return sorted(out, key=lambda c: (c.top, c.column))


def line_gap(cells: Sequence[CellLine]) -> float:
    """Return the usual gap (pt) between two lines of one cell: the lower quartile of the gaps of the fullest column.

    Pooled over all columns, the lower quartile was the row gap itself in a table whose cells are
    mostly one line (lead, coordinating, deadline: samples/review39 g4 read as five columns), and no
    row gap was found; the column of most lines (the tasks, cells of several lines) shows the line
    gap, where a column of a few lines may show an odd one (two lines overlapping).
    """
    by_column: dict[int, list[CellLine]] = {}
    for cell in cells:
        by_column.setdefault(cell.column, []).append(cell)
    if not by_column:
        return 0.0
    fullest = max(by_column.values(), key=len)
    gaps = sorted(b.top - a.bottom for a, b in zip(fullest, fullest[1:], strict=False) if b.top - a.bottom > -1)
    return gaps[len(gaps) // 4] if gaps else 0.0


def row_bounds(
    cells: Sequence[CellLine],
    columns: set[int],
    size: float,
    gap: float,
    rules: Sequence[float],
    starting_columns: int = 2,
    restart: bool = True,
    tail: bool = False,
) -> list[float]:
    """Ys where a new row starts: a gap across ``columns`` after which columns start together, or a rule.

    A rule (or a fill's side, :mod:`extract.text_rules`) between two lines parts them with no gap
    too: a table printed with no cell padding leaves no more white between its rows than between
    the lines of a cell.

    A paragraph gap inside one cell looks like a row gap where the other cells are empty, so a
    row needs ``starting_columns`` columns to start together; a header, whose labels hold no
    paragraph gaps, ends at its first gap even when only the rest of a cut row follows it. A line
    of a column not counted (a group label) starts nothing when it carries on the line above it.
    """
    tolerance = START_TOLERANCE_SHARE * size
    counted = [c for c in cells if c.column in columns]
    carried = _carried_on(cells, gap)
    found: list[float] = []
    reach = None
    start = float("-inf")  # the top of the line the last row found starts at
    for cell in counted:
        ruled = [r for r in rules if reach is not None and reach - RULE_SLACK <= r <= cell.top + RULE_SLACK]
        before = len(found)
        if reach is not None and cell.top - reach > gap + ROW_GAP_EXTRA:
            starting = {
                c.column
                for c in cells
                if abs(c.top - cell.top) <= tolerance and (c.column in columns or id(c) not in carried)
            }
            if len(starting) >= starting_columns or ruled:
                found.append((_reach_above(cells, cell.top, reach, tolerance) + cell.top) / 2)
        elif ruled:  # no more white than between a cell's lines (no cell padding): the rule alone parts the rows
            found.append(ruled[0])
        elif (
            restart
            and reach is not None
            and cell.top - start > tolerance
            and _restart(cell, counted, carried, tolerance, tail=tail and not found)
        ):
            found.append(cell.top - gap / 2)  # single spacing, no padding, no rule: columns start again together
        start = cell.top if len(found) > before else start
        reach = cell.bottom if reach is None else max(reach, cell.bottom)
    return found


#: Columns that start again together, each after a line of its own left blank, start a row with no gap before
#: it: a borderless table laid out single-spaced with no cell padding (LibreOffice, samples/audit47 F4).
RESTART_COLUMNS = 3
#: Of them, this many had text above (the others may first start there, as a header's labels do line by line).
RESTARTED_COLUMNS = 2


def _restart(
    cell: CellLine, cells: Sequence[CellLine], carried: set[int], tolerance: float, *, tail: bool = False
) -> bool:
    """Tell whether a row starts at ``cell``'s line with no gap: columns start again there after a blank line.

    With ``tail`` (a page going on under an earlier page's columns, no row found on it yet) the
    lines above may be the rest of a row the page break cut, in a column or two: columns that
    start under it for the first time start the next row (samples/audit47 q04: the rest of a cut
    cell's tasks was read into the next row's).
    """
    restarting = {c.column for c in cells if abs(c.top - cell.top) <= tolerance and id(c) not in carried}
    above = {c.column for c in cells if c.top < cell.top - tolerance}
    if not above:
        return False  # the table's first line
    if tail and len(above) < RESTART_COLUMNS:
        return len(restarting - above) >= RESTART_COLUMNS
    return len(restarting) >= RESTART_COLUMNS and len(restarting & above) >= RESTARTED_COLUMNS


def _carried_on(cells: Sequence[CellLine], gap: float) -> set[int]:
    """Return the ids of the lines that follow the line above them in their column with no row gap between."""
    last: dict[int, CellLine] = {}
    out = set()
    for cell in cells:
        before = last.get(cell.column)
        if before is not None and cell.top - before.bottom <= gap + ROW_GAP_EXTRA:
            out.add(id(cell))
        last[cell.column] = cell
    return out


def _reach_above(cells: Sequence[CellLine], top: float, reach: float, tolerance: float) -> float:
    """Return the lowest bottom (pt) of the lines of any column above a row starting at ``top``, at least ``reach``.

    A row starts where the counted columns start together, but a group label in a column not
    counted may run lower than their text: the cut goes under its last line, not through it.
    Lines starting within ``tolerance`` of ``top`` are the new row's own.
    """
    lower = max((c.bottom for c in cells if c.top < top - tolerance), default=reach)
    return max(reach, lower) if lower < top else reach


def parted_within(cells: Sequence[CellLine], columns: set[int], gap: float) -> bool:
    """Tell whether a column of ``columns`` holds text in two blocks, a blank line between: rows not told apart.

    A page whose rows nothing parts reads as one row; a row that is truly one (a tall row under the
    header) has each cell's text in one block, where rows run together show a short column's cells
    one under another with blank lines between (samples/review46 a03: cells set at their rows' foot).
    """
    carried = _carried_on(cells, gap)
    firsts: dict[int, int] = {}
    for cell in cells:
        if cell.column in columns and id(cell) not in carried:
            firsts[cell.column] = firsts.get(cell.column, 0) + 1
    return any(count >= 2 for count in firsts.values())
