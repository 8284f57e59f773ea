"""Ruled grids: merged cells and the atoms inside a merged cell's box that are not its own."""

from __future__ import annotations

import pytest

from extract.grid import atoms_to_grid, edges_to_grids


def _h(y: float, x0: float, x1: float) -> dict[str, float | str]:
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "orientation": "h"}


def _v(x: float, top: float, bottom: float) -> dict[str, float | str]:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "orientation": "v"}


#: Three columns (rules at x 0, 100, 160, 260), two rows (rules at y 0, 50, 120).
TABLE = [_v(x, 0.0, 120.0) for x in (0.0, 100.0, 160.0, 260.0)] + [_h(y, 0.0, 260.0) for y in (0.0, 50.0, 120.0)]


def test_an_l_shaped_cell_names_the_other_cells_atoms_in_its_box() -> None:
    """A header cell spanning two columns that also runs down the first: its box holds the second's atom.

    Cut out by its box, the L-shaped cell showed the other cell's text too, which was read twice.
    """
    xs, ys = (0.0, 50.0, 100.0), (0.0, 20.0, 40.0)
    merged = {((0, 0), "right"), ((0, 0), "down")}
    grid = atoms_to_grid(xs, ys, lambda r, c: ((r, c), "right") in merged, lambda r, c: ((r, c), "down") in merged)
    assert len(grid.cells) == 2
    l_shape = grid.atom_cell[0][0]
    assert grid.foreign_boxes(l_shape) == [(50.0, 20.0, 100.0, 40.0)]
    assert grid.foreign_boxes(grid.atom_cell[1][1]) == []


def test_an_underline_set_against_a_column_rule_is_no_row_rule() -> None:
    """audit35 F1: a cell margin of 0.05 cm puts an underlined word 1.5 pt from the column rule.

    Its underline touches the rule at one end and stops under the word, inside the cell: taken
    for a row rule it cut the row in two and split the cell.
    """
    for underline in (_h(60.0, 101.5, 124.5), _h(60.0, 138.0, 158.6)):  # at the left rule, at the right one
        (grid,) = edges_to_grids([*TABLE, underline])
        assert grid.ys == (0.0, 50.0, 120.0)
        assert len(grid.cells) == 6


def test_a_merged_cells_rule_over_some_columns_and_a_rule_in_pieces_are_row_rules() -> None:
    """A rule over only some columns still runs rule to rule; a rule broken in a cell reaches both its rules."""
    partial = _h(80.0, 100.0, 260.0)  # the first column's cell runs down both bands
    pieces = [_h(100.0, 100.0, 125.0), _h(100.0, 128.0, 160.0)]  # a scan's dropout
    (grid,) = edges_to_grids([*TABLE, partial, *pieces])
    assert grid.ys == (0.0, 50.0, 80.0, 100.0, 120.0)
    assert len(grid.cells) == 3 + 1 + 2 + 2 + 1  # header row, merged first column, bands below


def _framed_separately(gap: float) -> list[dict[str, float | str]]:
    """TABLE's six cells, each framed by its own four rules ``gap`` pt inside the grid lines (no outer frame)."""
    edges: list[dict[str, float | str]] = []
    xs, ys = (0.0, 100.0, 160.0, 260.0), (0.0, 50.0, 120.0)
    for x0, x1 in zip(xs, xs[1:], strict=False):
        for y0, y1 in zip(ys, ys[1:], strict=False):
            a, b, t, u = x0 + gap / 2, x1 - gap / 2, y0 + gap / 2, y1 - gap / 2
            edges += [_h(t, a, b), _h(u, a, b), _v(a, t, u), _v(b, t, u)]
    return edges


def _framed(gap: float) -> list[dict[str, float | str]]:
    """The cells framed separately inside an outer frame ``gap`` pt outside them (HTML's table border)."""
    out = gap / 2  # the cells lie gap / 2 inside the grid lines
    return [*_framed_separately(gap), _h(-out, -out, 260.0 + out), _h(120.0 + out, -out, 260.0 + out)] + [
        _v(-out, -out, 120.0 + out),
        _v(260.0 + out, -out, 120.0 + out),
    ]


def test_cells_framed_separately_are_one_table_of_their_cells() -> None:
    """audit36 F1: HTML cells framed separately (cellspacing) have two rules 2-4.5 pt apart between them.

    The gaps made thin rows and columns that joined into one cell running through the table, and
    its rows read as one. The table's own frame holds its cells together.
    """
    for gap in (2.25, 3.0, 4.5):
        (grid,) = edges_to_grids(_framed(gap))
        assert len(grid.xs) == 4 and len(grid.ys) == 3, gap
        assert len(grid.cells) == 6, gap
        assert grid.cell_at(130.0, 80.0) != grid.cell_at(130.0, 30.0) != grid.cell_at(30.0, 30.0)


@pytest.mark.xfail(
    strict=True,
    reason="without an outer frame, cells framed separately meet only corner to corner across their gaps; "
    "joined so, a note box or a table a few pt under the appendix joined it too (review36 r01, r02)",
)
def test_cells_framed_separately_with_no_outer_frame_are_one_table() -> None:
    for gap in (2.25, 3.0, 4.5):
        (grid,) = edges_to_grids(_framed_separately(gap))
        assert len(grid.xs) == 4 and len(grid.ys) == 3, gap
        assert len(grid.cells) == 6, gap
        assert grid.cell_at(130.0, 80.0) != grid.cell_at(130.0, 30.0) != grid.cell_at(30.0, 30.0)


def test_a_rule_drawn_dot_by_dot_is_one_rule() -> None:
    """audit36 F6: Chromium draws a dotted hairline as one square per dot, a dashed one dash by dash.

    Each piece is shorter than a cell's side: left out one by one, the rules were lost.
    """

    def dotted_h(y: float, x0: float, x1: float, dot: float = 0.75, step: float = 1.5) -> list[dict[str, float | str]]:
        out: list[dict[str, float | str]] = []
        x = x0
        while x < x1:  # a filled square: its four sides
            out += [_h(y, x, x + dot), _h(y + dot, x, x + dot), _v(x, y, y + dot), _v(x + dot, y, y + dot)]
            x += step
        return out

    def dashed_v(x: float, top: float, bottom: float) -> list[dict[str, float | str]]:
        return [
            _v(x, y, min(y + 2.25, bottom)) for y in [top + 3.75 * k for k in range(int((bottom - top) / 3.75) + 1)]
        ]

    edges = [_h(0.0, 0.0, 260.0), _h(120.0, 0.0, 260.0), _v(0.0, 0.0, 120.0), _v(260.0, 0.0, 120.0)]
    edges += dotted_h(50.0, 0.0, 260.0) + dashed_v(100.0, 0.0, 120.0) + dashed_v(160.0, 0.0, 120.0)
    (grid,) = edges_to_grids(edges)
    assert len(grid.cells) == 6
    assert len(grid.xs) == 4 and len(grid.ys) == 3
