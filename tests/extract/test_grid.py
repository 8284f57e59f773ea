"""Ruled grids: merged cells and the atoms inside a merged cell's box that are not its own."""

from __future__ import annotations

from extract.grid import atoms_to_grid


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
