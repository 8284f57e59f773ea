"""Which column of a borderless table a run of text on a later page belongs to, and when that is not sure.

A page that goes on under the appendix's header with no header of its own is read under the
gutters measured on the page(s) before (:func:`extract.text_grid.text_table`): the white strips
between the columns there. Each column's x-range is what lies between two of them; a run of
text (word spaces filled, :class:`~extract.text_lines.TextLine`) is that column's when it lies in
that range. A run that lies wholly inside a gutter (in no column's range), or whose glyphs were
placed in a column other than the one whose range it lies in, is named: the reader cannot tell
its column, and it says so rather than guess. Coordinates: points, origin at the page's top-left.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from extract.text_lines import BIN, TextLine, spaced

#: Runs quoted in a warning, at most; the count says how many there were.
QUOTED_RUNS = 3
#: Characters of a run quoted in a warning, at most.
QUOTE_RUN_CHARS = 40


def zone_columns(x0: float, x1: float, zones: Sequence[tuple[float, float]]) -> set[int]:
    """Return the columns whose x-range (between the ``zones`` gutters) a run from ``x0`` to ``x1`` lies in.

    Column ``k`` runs from the right side of gutter ``k - 1`` to the left side of gutter ``k`` (the
    first and the last column are open to the page's edges); a run must overlap it by more than a
    histogram step (:data:`~extract.text_lines.BIN`), so the ink a gutter's edge rounds in counts for none.
    """
    edges = [float("-inf"), *(x for zone in zones for x in zone), float("inf")]
    return {k for k in range(len(zones) + 1) if min(x1, edges[2 * k + 1]) - max(x0, edges[2 * k]) > BIN}


def unplaced_runs(
    lines: Sequence[TextLine], xs: Sequence[float], zones: Sequence[tuple[float, float]]
) -> tuple[str, ...]:
    """Return the texts of the runs whose column is not sure, under ``zones`` (none without them).

    ``xs`` are the page's column boundaries, one column for each column the zones make; ``lines``
    the table's lines but its section rows (one run across the columns, read as a row of its own).
    """
    if not zones or len(xs) != len(zones) + 2:
        return ()
    out = []
    for line in lines:
        for x0, x1 in line.spans:
            chars = [c for c in line.chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1]
            placed = {bisect_right(xs, (c["x0"] + c["x1"]) / 2) - 1 for c in chars}
            placed = {k for k in placed if 0 <= k < len(xs) - 1}
            if placed and (len(zone_columns(x0, x1, zones)) != 1 or placed != zone_columns(x0, x1, zones)):
                out.append(spaced(chars))
    return tuple(out)


def unplaced_runs_warning(found: Sequence[tuple[int, str]]) -> tuple[str, ...]:
    """Say on which pages runs of text lay where the column measured on the page(s) before could not be told."""
    if not found:
        return ()
    pages = ", ".join(str(page) for page in dict.fromkeys(page for page, _ in found))
    quoted = "; ".join(f'"{text[:QUOTE_RUN_CHARS]}"' for _, text in found[:QUOTED_RUNS])
    return (
        f"{len(found)} run(s) of text on page(s) {pages}, which repeat no header, lie in a gutter between the "
        f"appendix's columns as its header page spaced them, or over two of them ({quoted}): the column each "
        "was put in is a guess; check these cells",
    )


def guessed_rows_warning(pages: Sequence[int]) -> tuple[str, ...]:
    """Say where a table's rows were told apart with nothing between them: no white, no rule (single-spaced).

    A row starts there where several columns start again together; a short cell centred or set
    lower in its row, or an empty paragraph in a cell, looks the same (samples/review46).
    """
    if not pages:
        return ()
    shown = ", ".join(str(page) for page in sorted(set(pages)))
    return (
        f"page(s) {shown}: the table shows no white and no rule between its rows (no borders, single-spaced): "
        "rows were told apart where several columns start again together; a cell centred or set lower in "
        "its row, or an empty line in a cell, may have split or joined rows there: check them",
    )
