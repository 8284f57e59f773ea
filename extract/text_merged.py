"""Cells merged over two columns of a borderless table, and the gutters they cross.

A cell merged over two columns (indicators and tasks in one), a totals row's label run across
the columns, lets its text cross the white gutter between them; on a short page that gutter,
crossed by one line, was not found, and the two columns ran together on every row. Such a gutter
is the part of a strip that every other line leaves white, crossed only by runs that start where a
cell's text starts; :func:`extract.text_grid.text_table` takes it where the header names a column
on each side. Coordinates: points, origin at the page's top-left, ``top`` growing downwards.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from extract.text_lines import BIN, TextLine, crosses, gutters, overlaps_any, word_starts
from extract.text_sections import SPAN_LEFT_SLACK

#: A gutter the header's labels stand on either side of may be crossed by this share of the table's
#: lines: a cell merged over two columns, a totals row, a stamp's letters. One line in
#: :data:`extract.text_grid.GUTTER_CROSSING_LINES` may cross any gutter; the header vouches for more.
HEADED_CROSSING_SHARE = 0.2


def crossed_gutters(lines: Sequence[TextLine], strips: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the white strips that a few lines cross (:data:`HEADED_CROSSING_SHARE`), apart from ``strips``.

    Each is the part of a strip that every line not crossing it whole leaves white: a column that
    few lines have text in is inked there by runs that end inside it, and is no gutter. They are
    column boundaries only where a header names a column on each side
    (:func:`extract.text_grid.text_table` asks); the lines crossing them are merged cells.
    """
    allowance = int(len(lines) * HEADED_CROSSING_SHARE)
    out: list[tuple[float, float]] = []
    for g0, g1 in gutters(lines, allowance):
        if overlaps_any((g0, g1), strips):
            continue
        crossing = {id(line) for line in lines if crosses(line, [(g0, g1)])}
        if not crossing:
            continue  # inked only by runs that end inside it: a column few lines have text in, no gutter
        clear = gutters([line for line in lines if id(line) not in crossing], 0, (g0, g1))
        if clear:  # the widest part white but where lines cross it
            out.append(max(clear, key=lambda g: g[1] - g[0]))
    return out


def crossed_from_cell_starts(
    lines: Sequence[TextLine], strips: Sequence[tuple[float, float]], crossed: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Keep the crossed gutters whose every crossing run starts where its column's text starts.

    A merged cell's text starts at its first column's left edge, as every cell's does, and the row
    has other cells beside it; a heading centred over the columns (samples/review38 s4, w2), a
    stamp's label or a signature line under the table (samples/review39 g6) is one run anywhere.
    """
    every = sorted([*strips, *crossed])
    cuts = [(g0 + g1) / 2 for g0, g1 in every]
    lefts: dict[int, float] = {}
    for line in lines:
        if not crosses(line, every):
            for x0, x1 in line.spans:
                k = bisect_right(cuts, (x0 + x1) / 2)
                lefts[k] = min(lefts.get(k, x0), x0)

    def from_cell_start(x0: float) -> bool:
        left = lefts.get(bisect_right(cuts, x0))
        return left is not None and abs(x0 - left) <= SPAN_LEFT_SLACK

    def merged_over(line: TextLine, g0: float, g1: float) -> bool:
        """Tell whether the line crosses the gutter only from a cell's start, no word where the next column's starts."""
        runs = [x0 for x0, x1 in line.spans if x0 < g0 + BIN and x1 > g1 - BIN]
        if not runs:
            return True
        if len(line.spans) == 1:
            return False  # one run across: a heading, a note or a signature line, no row's cells
        beyond = lefts.get(bisect_right(cuts, g1))
        words = [line.chars[k]["x0"] for k in word_starts(line.chars)]
        return all(from_cell_start(x0) for x0 in runs) and not (
            beyond is not None and any(abs(x - beyond) <= CELL_START_SLACK for x in words)
        )

    return [(g0, g1) for g0, g1 in crossed if all(merged_over(line, g0, g1) for line in lines)]


#: A word starting this close (pt) to where a column's text starts is that column's: two cells'
#: texts that nearly touch over a narrow gutter (samples/review38 s8), not one cell merged over both.
CELL_START_SLACK = 1.5


def label_runs_share_a_column(header: TextLine, xs: Sequence[float]) -> bool:
    """Tell whether two runs of the header's first line fall in one column: two labels, a gutter not found."""
    columns = [bisect_right(xs, (x0 + x1) / 2) - 1 for x0, x1 in header.spans]
    placed = [k for k in columns if 0 <= k < len(xs) - 1]
    return len(placed) != len(set(placed))


def names_both_sides(mapping: dict[int, str], k: int) -> bool:
    """Tell whether the header names two different columns either side of gutter ``k``."""
    return bool(mapping.get(k)) and bool(mapping.get(k + 1)) and mapping[k] != mapping[k + 1]


def merged_atoms(
    lines: Sequence[TextLine],
    ys: Sequence[float],
    strips: Sequence[tuple[float, float]],
    crossed: Sequence[tuple[float, float]],
) -> set[tuple[int, int]]:
    """Return (band, column) of the atoms one with the atom to their right: a line of the band crosses their gutter."""
    out: set[tuple[int, int]] = set()
    for line in lines:
        band = bisect_right(ys, (line.top + line.bottom) / 2) - 1
        out.update((band, strips.index(strip)) for strip in crossed if crosses(line, [strip]))
    return out


def merged_gutters(lines: Sequence[TextLine], strips: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the gutters of a page going on under an earlier page's columns that its merged cells cross.

    The earlier page's header vouched for them; a row of this page whose cell is merged over two
    of its columns crosses one, and without this it ended the table there, the rows under it lost
    (samples/review39 d7x, g7). Each is crossed by a few lines, every one as a merged cell is.
    """
    most = int(len(lines) * HEADED_CROSSING_SHARE)
    out = []
    for strip in strips:
        crossing = sum(1 for line in lines if crosses(line, [strip]))
        others = [other for other in strips if other != strip]
        if 0 < crossing <= most and crossed_from_cell_starts(lines, others, [strip]):
            out.append(strip)
    return out
