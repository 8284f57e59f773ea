"""Ruled tables from a page's edges: edges -> tables -> grid -> cells.

Coordinates are pdfplumber's: points, origin at the page's top-left, ``top`` growing downwards.
A table is a connected set of horizontal and vertical rules. Its grid has one column per
distinct vertical rule and one band per distinct horizontal rule; a rule missing between two
grid atoms merges them, which is how vertically merged group cells and spanned header cells show.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from extract.drawn_boxes import DrawnBox, crosses_rules, drawn_at, drawn_boxes

#: Rules closer than this (pt) are one rule: Word/LibreOffice borders are drawn as thin rectangles
#: whose two long sides lie about 0.5-1 pt apart.
SNAP_TOLERANCE = 2.0
#: A rule must cover the middle of a grid side, give or take this much (pt), to count as a border.
COVER_TOLERANCE = 1.0
#: A rule shorter than this (pt) is no cell's side, and vertical rules overlapping by less are not side by side.
MIN_CELL_SIZE = 3.0
#: Parallel rules closer than this (pt) are one boundary between two cells, not the sides of a cell between
#: them: no text fits there. HTML cells framed separately (``border-collapse: separate``, a table's
#: ``cellspacing``) draw each cell's own four rules, 2-4 pt from the neighbour's; Word's double borders lie
#: 1-2 pt apart.
DOUBLE_RULE_GAP = 5.0
#: A dash or a dot of a dashed or dotted rule is no longer than this (pt): Chromium draws every dash of a
#: dashed border (2.25 pt for 1 px, 4.5 pt for 2 px) and every dot of a dotted one as a shape of its own.
DASH_LENGTH = 6.0
#: Dashes of one rule lie no farther apart than this (pt): 0.75 pt between a hairline's dots, 1.5 pt
#: between a 1 px border's dashes, 3 pt between a 2 px border's.
DASH_GAP = 3.5
#: Pieces whose positions differ by no more than this (pt) lie on one line.
COLLINEAR_TOLERANCE = 0.1
#: Column rules needed for a table with fewer than two row rules (a page that one row fills, rules
#: open at top and bottom): fewer could be a page border or a margin bar, not a table.
MIN_OPEN_COLUMN_RULES = 4
#: A horizontal stroke that stops inside a cell reaches the cell's column rule when it ends this
#: share of the cell's width from it, or :data:`SNAP_TOLERANCE`, whichever is wider.
REACH_SHARE = 0.1


@dataclass(frozen=True)
class Segment:
    """An axis-aligned rule: ``pos`` is y for a horizontal rule and x for a vertical one."""

    pos: float
    start: float
    end: float


@dataclass(frozen=True)
class GridCell:
    """A cell of a ruled table: its box and the grid rows/columns it spans (end exclusive)."""

    x0: float
    top: float
    x1: float
    bottom: float
    row: int
    col: int
    row_end: int
    col_end: int


@dataclass(frozen=True)
class Grid:
    """One ruled table on one page: column and band boundaries and the merged cells."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    cells: tuple[GridCell, ...]
    atom_cell: tuple[tuple[int, ...], ...]
    #: The table's top and bottom edge are drawn rules (False where the column rules' ends close it:
    #: a row cut by the page break with no rule drawn there).
    ruled_top: bool = True
    ruled_bottom: bool = True
    #: For a table found from its text (no column rules): the white gutters between its columns.
    gutters: tuple[tuple[float, float], ...] = ()
    #: For a table read under gutters measured on a page before: runs of text no column of theirs holds.
    unsure: tuple[str, ...] = ()
    #: Boxes drawn over the table off its grid (a stamp): no rules of it (:mod:`extract.drawn_boxes`).
    boxes: tuple[DrawnBox, ...] = ()
    #: For a table found from its text: no white and no rule parts its rows, they were told apart where
    #: columns start again together (:func:`extract.text_grid.text_table`): said in a warning.
    rows_guessed: bool = False

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of the whole table."""
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def cell_at(self, x: float, y: float) -> int | None:
        """Index of the cell holding point (x, y), or None outside the table."""
        col = bisect_right(self.xs, x) - 1
        row = bisect_right(self.ys, y) - 1
        if not (0 <= col < len(self.xs) - 1 and 0 <= row < len(self.ys) - 1):
            return None
        return self.atom_cell[row][col]

    def foreign_boxes(self, index: int) -> list[tuple[float, float, float, float]]:
        """Return the atoms (x0, top, x1, bottom) inside cell ``index``'s box that belong to other cells.

        A merged cell is the box around its atoms; where a rule is missing on one side only (a
        header cell spanning two columns that also runs down one of them) the atoms make an L and
        the box holds another cell's atoms too.
        """
        cell = self.cells[index]
        return [
            (self.xs[c], self.ys[r], self.xs[c + 1], self.ys[r + 1])
            for r in range(cell.row, cell.row_end)
            for c in range(cell.col, cell.col_end)
            if self.atom_cell[r][c] != index
        ]


def _cluster(values: list[float], tolerance: float) -> list[float]:
    """Sorted representatives of values, one per run of values within ``tolerance`` of each other."""
    out: list[list[float]] = []
    for value in sorted(values):
        if out and value - out[-1][-1] <= tolerance:
            out[-1].append(value)
        else:
            out.append([value])
    return [sum(group) / len(group) for group in out]


def _joined_dashes(segments: list[Segment]) -> list[Segment]:
    """Join the dashes or dots drawn along one line into one rule; longer pieces stay as drawn.

    A dotted rule drawn dot by dot gives two collinear rows of dot sides along the line, joined
    here into two rules (snapped into one later), and each dot's two short sides across it, left
    as they are (too short for a rule, they are dropped).
    """
    short = sorted((s for s in segments if s.end - s.start <= DASH_LENGTH), key=lambda s: (s.pos, s.start))
    joined = [s for s in segments if s.end - s.start > DASH_LENGTH]
    lines: list[list[Segment]] = []
    for seg in short:
        if lines and seg.pos - lines[-1][0].pos <= COLLINEAR_TOLERANCE:
            lines[-1].append(seg)
        else:
            lines.append([seg])
    for line in lines:
        joined += _runs(line[0].pos, line, DASH_GAP)
    return joined


def _runs(pos: float, segments: list[Segment], gap: float) -> list[Segment]:
    """Join the segments of one line (at ``pos``) whose ends come within ``gap`` pt of each other."""
    segments = sorted(segments, key=lambda s: s.start)
    runs: list[Segment] = []
    start, end = segments[0].start, segments[0].end
    for seg in segments[1:]:
        if seg.start <= end + gap:
            end = max(end, seg.end)
        else:
            runs.append(Segment(pos, start, end))
            start, end = seg.start, seg.end
    runs.append(Segment(pos, start, end))
    return runs


def rule_segments(edges: Sequence[dict[str, float | str]]) -> tuple[list[Segment], list[Segment]]:
    """Return a page's horizontal and vertical rules: dashes joined, pieces too short for a cell's side left out."""
    hs: list[Segment] = []
    vs: list[Segment] = []
    for edge in edges:
        x0, x1, top, bottom = (float(edge[k]) for k in ("x0", "x1", "top", "bottom"))
        if edge["orientation"] == "h":
            hs.append(Segment(top, x0, x1))
        elif edge["orientation"] == "v":
            vs.append(Segment(x0, top, bottom))
    return (
        [h for h in _joined_dashes(hs) if h.end - h.start >= MIN_CELL_SIZE],
        [v for v in _joined_dashes(vs) if v.end - v.start >= MIN_CELL_SIZE],
    )


def _snap(segments: list[Segment], tolerance: float) -> list[Segment]:
    """Move each rule to its cluster's position and join collinear rules that touch."""
    if not segments:
        return []
    centers = _cluster([s.pos for s in segments], tolerance)
    by_pos: dict[float, list[Segment]] = {}
    for seg in segments:
        pos = min(centers, key=lambda c: abs(c - seg.pos))
        by_pos.setdefault(pos, []).append(seg)
    return [run for pos, group in by_pos.items() for run in _runs(pos, group, tolerance)]


def _touches(h: Segment, v: Segment, tolerance: float) -> bool:
    return h.start - tolerance <= v.pos <= h.end + tolerance and v.start - tolerance <= h.pos <= v.end + tolerance


def _components(hs: list[Segment], vs: list[Segment]) -> list[tuple[list[Segment], list[Segment]]]:
    """Group rules into tables: rules that cross or meet belong to the same table."""
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if _touches(h, v, SNAP_TOLERANCE):
                parent[find(i)] = find(len(hs) + j)
    closed = _closed_spans(hs, [find(i) for i in range(len(hs))])
    ruled_root = [find(len(hs) + j) for j in range(len(vs))]
    # Column rules side by side over the same height are one table even where no row rule joins
    # them: a page that a row fills from top to bottom, or a merged cell's rule with no rule ending on it.
    # Not two tables each closed by its own row rules that lie beside each other (two pages printed on one sheet).
    by_start = sorted(range(len(vs)), key=lambda j: vs[j].start)
    for a, j in enumerate(by_start):
        for k in by_start[a + 1 :]:
            if vs[k].start > vs[j].end - MIN_CELL_SIZE:
                break
            if not _apart(closed.get(ruled_root[j]), closed.get(ruled_root[k])):
                parent[find(len(hs) + j)] = find(len(hs) + k)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if len(g[1]) >= 2 and (len(g[0]) >= 2 or len(g[1]) >= MIN_OPEN_COLUMN_RULES)]


def _closed_spans(hs: list[Segment], roots: list[int]) -> dict[int, tuple[float, float]]:
    """Return the x-span of the row rules of each table that has at least two of them, by its root."""
    spans: dict[int, list[Segment]] = {}
    for h, root in zip(hs, roots, strict=True):
        spans.setdefault(root, []).append(h)
    return {
        root: (min(h.start for h in rules), max(h.end for h in rules))
        for root, rules in spans.items()
        if len(rules) >= 2
    }


def _apart(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Tell whether two tables closed by row rules lie beside each other, their x-spans apart."""
    return a is not None and b is not None and a != b and (a[1] < b[0] - SNAP_TOLERANCE or b[1] < a[0] - SNAP_TOLERANCE)


def _without_stubs(hs: list[Segment], vs: list[Segment]) -> list[Segment]:
    """Drop the horizontal strokes that stop inside a cell: underlines, not row rules.

    A row rule runs from column rule to column rule (a merged cell's bottom rule too, over only
    some columns). An underline drawn under a word set against a column rule (a cell with a tiny
    margin) touches that rule at one end and stops under the text, inside the cell; taken for a
    rule it cut the row in two. A rule broken into pieces (a scan's dropout) still reaches both
    column rules of the cell with its pieces, and is kept.
    """
    return [h for h in hs if not _stub(h, hs, vs)]


def _stub(h: Segment, hs: list[Segment], vs: list[Segment]) -> bool:
    """Tell whether ``h`` lies inside one cell and, with its collinear pieces there, misses a column rule."""
    crossing = [v.pos for v in vs if v.start - SNAP_TOLERANCE <= h.pos <= v.end + SNAP_TOLERANCE]
    if any(h.start + SNAP_TOLERANCE < x < h.end - SNAP_TOLERANCE for x in crossing):
        return False  # crosses a column rule: a rule over two columns or more
    left = [x for x in crossing if x <= h.start + SNAP_TOLERANCE]
    right = [x for x in crossing if x >= h.end - SNAP_TOLERANCE]
    if not left or not right:
        return False  # out at the table's open side
    x0, x1 = max(left), min(right)
    reach = max(SNAP_TOLERANCE, REACH_SHARE * (x1 - x0))
    pieces = [p for p in hs if abs(p.pos - h.pos) <= SNAP_TOLERANCE and p.start < x1 and p.end > x0]
    return min(p.start for p in pieces) > x0 + reach or max(p.end for p in pieces) < x1 - reach


def _reading_order(grids: list[Grid]) -> list[Grid]:
    """Order a page's tables as they are read: top to bottom, and a table beside another after it, left first.

    Tables side by side (two pages printed on one sheet) are read column by column: the left one
    whole, then the right one.
    """
    by_top = sorted(grids, key=lambda g: (g.ys[0], g.xs[0]))
    columns: list[list[Grid]] = []
    for grid in sorted(by_top, key=lambda g: g.xs[0]):
        if columns and grid.xs[0] < max(g.xs[-1] for g in columns[-1]) - SNAP_TOLERANCE:
            columns[-1].append(grid)
        else:
            columns.append([grid])
    if len(columns) < 2:
        return by_top
    return [grid for column in columns for grid in sorted(column, key=lambda g: g.ys[0])]


def _covers(rules: list[Segment], boundary: tuple[float, float], mid: float) -> bool:
    """Tell whether a rule lies on ``boundary`` (its first and last rule's position) and covers ``mid``."""
    return any(
        boundary[0] - SNAP_TOLERANCE <= r.pos <= boundary[1] + SNAP_TOLERANCE
        and r.start - COVER_TOLERANCE <= mid <= r.end + COVER_TOLERANCE
        for r in rules
    )


def _boundaries(positions: list[float]) -> list[tuple[float, float]]:
    """Group rule positions closer than :data:`DOUBLE_RULE_GAP` into one boundary each: (first, last) position.

    Two cells framed separately have two parallel rules between them and an empty gap no text
    fits in: one boundary, or the gaps make a net of thin cells that runs through the whole table
    and merges every row into one.
    """
    groups: list[list[float]] = []
    for pos in _cluster(positions, SNAP_TOLERANCE):
        if groups and pos - groups[-1][-1] < DOUBLE_RULE_GAP:
            groups[-1].append(pos)
        else:
            groups.append([pos])
    return [(group[0], group[-1]) for group in groups]


def _open_ends(hs: list[Segment], vs: list[Segment]) -> list[float]:
    """Return the y of a table's open top and bottom: where its vertical rules run past every horizontal one.

    A row cut by a page break is often drawn with no closing rule at the page bottom (browsers,
    report generators), or a continued row with no rule at the page top; the column rules still
    show where the row ends, so that edge closes the grid and the text above it is not lost.
    """
    v_top, v_bottom = min(v.start for v in vs), max(v.end for v in vs)
    if not hs:
        return [v_top, v_bottom]
    top, bottom = min(h.pos for h in hs), max(h.pos for h in hs)
    ends = []
    if v_top < top - MIN_CELL_SIZE:
        ends.append(v_top)
    if v_bottom > bottom + MIN_CELL_SIZE:
        ends.append(v_bottom)
    return ends


def _grid(hs: list[Segment], vs: list[Segment]) -> Grid | None:
    open_ends = _open_ends(hs, vs)
    x_bounds = _boundaries([v.pos for v in vs])
    y_bounds = _boundaries([h.pos for h in hs] + open_ends)
    xs, ys = [b[0] for b in x_bounds], [b[0] for b in y_bounds]
    if len(xs) < 2 or len(ys) < 2:
        return None

    def joins_right(r: int, c: int) -> bool:
        return not _covers(vs, x_bounds[c + 1], (ys[r] + ys[r + 1]) / 2)

    def joins_down(r: int, c: int) -> bool:
        return not _covers(hs, y_bounds[r + 1], (xs[c] + xs[c + 1]) / 2)

    ruled_top = not any(abs(y - ys[0]) <= SNAP_TOLERANCE for y in open_ends)
    ruled_bottom = not any(abs(y - ys[-1]) <= SNAP_TOLERANCE for y in open_ends)
    return atoms_to_grid(xs, ys, joins_right, joins_down, ruled_top=ruled_top, ruled_bottom=ruled_bottom)


def atoms_to_grid(
    xs: Sequence[float],
    ys: Sequence[float],
    joins_right: Callable[[int, int], bool],
    joins_down: Callable[[int, int], bool],
    *,
    ruled_top: bool = True,
    ruled_bottom: bool = True,
) -> Grid:
    """Build a grid from its column and band boundaries and which atoms merge with their neighbours.

    ``joins_right(r, c)`` tells whether atom (band r, column c) is one cell with the atom to its
    right, ``joins_down(r, c)`` with the atom below.
    """
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and joins_right(r, c):
                parent[find(r * n_cols + c)] = find(r * n_cols + c + 1)
            if r + 1 < n_rows and joins_down(r, c):
                parent[find(r * n_cols + c)] = find((r + 1) * n_cols + c)
    spans: dict[int, list[int]] = {}
    for atom in range(n_rows * n_cols):
        root = find(atom)
        r, c = divmod(atom, n_cols)
        box = spans.setdefault(root, [r, c, r + 1, c + 1])
        box[0], box[1] = min(box[0], r), min(box[1], c)
        box[2], box[3] = max(box[2], r + 1), max(box[3], c + 1)
    order = sorted(spans, key=lambda k: (spans[k][0], spans[k][1]))
    index = {root: i for i, root in enumerate(order)}
    cells = tuple(
        GridCell(xs[b[1]], ys[b[0]], xs[b[3]], ys[b[2]], b[0], b[1], b[2], b[3]) for b in (spans[k] for k in order)
    )
    atom_cell = tuple(tuple(index[find(r * n_cols + c)] for c in range(n_cols)) for r in range(n_rows))
    return Grid(tuple(xs), tuple(ys), cells, atom_cell, ruled_top, ruled_bottom)


def edges_to_grids(edges: list[dict[str, float | str]]) -> list[Grid]:
    """Find every ruled table among a page's edges (pdfplumber ``page.edges``), top to bottom."""
    hs, vs = rule_segments(edges)
    hs, vs = _snap(hs, SNAP_TOLERANCE), _snap(vs, SNAP_TOLERANCE)
    hs, vs, boxes = _without_boxes(hs, vs, edges)
    tables = [(_without_stubs(h, v), v) for h, v in _components(hs, vs)]
    grids = [g for g in (_grid(h, v) for h, v in tables) if g is not None]
    return _reading_order([_with_boxes(g, boxes) for g in grids] if boxes else grids)


def _without_boxes(
    hs: list[Segment], vs: list[Segment], edges: list[dict[str, float | str]]
) -> tuple[list[Segment], list[Segment], list[DrawnBox]]:
    """Take the boxes drawn over a table off its grid out of its rules; return those lying over cells (stamps).

    A box inside one cell (a framed figure, a checkbox) is no rule either, but its text is the cell's.
    """
    found = drawn_boxes(hs, vs, SNAP_TOLERANCE, MIN_CELL_SIZE)
    if not found:
        return hs, vs, []
    drop_h = {i for box in found for i in box[:2]}
    drop_v = {j for box in found for j in box[2:]}
    kept_h = [h for i, h in enumerate(hs) if i not in drop_h]
    kept_v = [v for j, v in enumerate(vs) if j not in drop_v]
    sides = [(vs[left].pos, hs[top].pos, vs[right].pos, hs[bottom].pos) for top, bottom, left, right in found]
    over_cells = [box for box in sides if crosses_rules(box, kept_h, kept_v)]
    return kept_h, kept_v, [DrawnBox(*box, drawn_at(box, edges, SNAP_TOLERANCE)) for box in over_cells]


def _with_boxes(grid: Grid, boxes: list[DrawnBox]) -> Grid:
    x0, top, x1, bottom = grid.bbox
    inside = tuple(b for b in boxes if x0 <= b.x0 and b.x1 <= x1 and top <= b.top and b.bottom <= bottom)
    return replace(grid, boxes=inside) if inside else grid
