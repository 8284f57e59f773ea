"""Tables drawn without column rules: columns from the white space down the page, rows from gaps and rules.

Report generators and browsers print tables with no lines at all, or with horizontal rules only
(booktabs style). Their columns still show as white gutters that run down the whole table; their
rows as vertical gaps wider than a line gap, after which several columns start together, or as
the horizontal rules that are drawn. This module turns such a page into the same
:class:`~extract.grid.Grid` the ruled reader builds, so cells, header, merging and coverage work
unchanged. Coordinates: points, origin at the page's top-left, ``top`` growing downwards.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from statistics import median

from extract.coverage import is_furniture_text
from extract.grid import Grid, atoms_to_grid
from extract.header import is_header, labels_to_fields
from extract.pdf_objects import Char, Edge
from extract.text_columns import unplaced_runs
from extract.text_groups import (
    group_label_gutters,
    header_labels,
    header_words,
    left_group_labels,
    repeated_group_labels,
    spanning_label_lines,
    under_spanning_labels,
    widened,
)
from extract.text_lines import BIN, MIN_GUTTER, TextLine, crosses, gutters, overlaps_any, page_text_lines, runs_clear_of
from extract.text_merged import (
    crossed_from_cell_starts,
    crossed_gutters,
    label_runs_share_a_column,
    merged_atoms,
    merged_gutters,
    names_both_sides,
)
from extract.text_rows import (
    ROW_GAP_EXTRA,
    START_TOLERANCE_SHARE,
    CellLine,
    cell_lines,
    line_gap,
    parted_within,
    row_bounds,
)
from extract.text_rules import Drawn, row_rules
from extract.text_sections import (
    around,
    before_recipients,
    before_sections,
    goes_on,
    gutter_lines,
    heading_like,
    left_edge,
    may_span,
    section_rows,
    short_headings,
)

#: One line in this many may cross a gutter (a page number, a footnote): a short table gets none.
GUTTER_CROSSING_LINES = 40
#: A table has at least this many columns; fewer gutters is running text.
MIN_COLUMNS = 4
#: A gap of this many line pitches beyond a row gap ends the table (a footer, text after it).
END_GAP_PITCHES = 3.0
#: A page's footer stands at least this many of its own line heights under the text above it.
FOOTER_GAP_LINES = 1.0
#: A header label is a few words; a band with a longer cell is a data row, whatever words it holds.
MAX_LABEL_CHARS = 240
#: Header candidates tried per page.
MAX_HEADER_TRIES = 12


def _column_bounds(
    lines: Sequence[TextLine], strips: Sequence[tuple[float, float]], continued: bool = False
) -> list[float]:
    """Column boundaries: each column's rightmost text plus half the narrowest gutter between texts.

    The right text edge is where the reflow test measures a line's free room, so the boundary sits
    that padding past it; a column with no text on the page takes its gutter's edges. On a page
    that goes on under gutters measured before (``continued``), no boundary lies left of its
    gutter: a column whose text is short on this page ("hội", the end of a cut cell) or absent
    keeps its full width, and the next column's box does not reach over it into the appendix's
    column before (which would give its cells that column's field).
    """
    cuts = [(g0 + g1) / 2 for g0, g1 in strips]
    n = len(cuts) + 1
    left = [float("inf")] * n
    right = [float("-inf")] * n
    for line in lines:
        for x0, x1 in line.spans:
            k = sum(1 for c in cuts if (x0 + x1) / 2 > c)
            left[k], right[k] = min(left[k], x0), max(right[k], x1)
    gaps = [(left[k + 1] - right[k]) / 2 for k in range(n - 1) if left[k + 1] < float("inf") > right[k] > 0]
    pad = max(BIN, min(gaps, default=MIN_GUTTER / 2))
    inner = [right[k] + pad if right[k] > float("-inf") else strips[k][0] + pad for k in range(n - 1)]
    if continued:  # at least a padding into the gutter (its middle at most), or past the text that runs into it
        inner = [max(right[k] + pad, min(g0 + pad, (g0 + g1) / 2)) for k, (g0, g1) in enumerate(strips)]
    first = left[0] - pad if left[0] < float("inf") else strips[0][0] - MIN_GUTTER
    last = right[-1] + pad if right[-1] > float("-inf") else strips[-1][1] + MIN_GUTTER
    return [first, *inner, last]


def _table_lines(lines: Sequence[TextLine], start: int, strips: Sequence[tuple[float, float]]) -> list[TextLine]:
    """Return the table's lines from ``start`` down, until text crosses a gutter or a wide gap opens.

    A section row (one run from the table's left edge) crosses the gutters and the table goes on
    under it: it is kept when the line after it keeps to the gutters again.
    """
    picked: list[TextLine] = []
    pitch = None
    rest = without_footer(lines[start:])
    left = left_edge(rest)
    for k, line in enumerate(rest):
        if crosses(line, strips):
            if not picked:
                continue
            if not (may_span(line, left) and heading_like(line) and goes_on(rest[k + 1 :], left, strips)):
                break
        if picked:
            step = line.top - picked[-1].top
            pitch = step if pitch is None else min(pitch, step) if step > 1 else pitch
            if pitch and line.top - max(p.bottom for p in picked) > END_GAP_PITCHES * pitch + 2 * ROW_GAP_EXTRA:
                break
        picked.append(line)
    return picked


def without_footer(lines: Sequence[TextLine]) -> Sequence[TextLine]:
    """Return the lines without the page's footer: the last lines when they are a page number or an address.

    "Trang 2" centred under a table with no column rules keeps to a column: read as table text, it was a
    row of its own, and the row the page break cut went on under it as another (samples/audit51 F1, F2, F4).
    A number alone is a page number only a blank line or more under the table's last line: a cell's last
    line may be a number alone ("Quý II/" | "2026"), following the line above it; a bare page number
    set close under the table (samples/audit51 p13) is left in it.
    """
    end = len(lines)
    while end > 0 and is_furniture_text(lines[end - 1].text):
        end -= 1
    for start in range(max(end, 1), len(lines)):  # the footer's first line
        footer, above = lines[start], lines[start - 1]
        apart = footer.top - above.bottom >= FOOTER_GAP_LINES * (footer.bottom - footer.top)
        if apart or not footer.text.strip().isdigit():
            return lines[:start]
    return lines


def text_table(
    chars: Sequence[Char],
    edges: Sequence[Edge],
    gutters_before: Sequence[tuple[float, float]] = (),
    group_columns: Sequence[int] = (),
    fills: Sequence[Edge] = (),
) -> tuple[Grid, dict[int, str]] | None:
    """Find a table without column rules on a page and return its grid and header mapping.

    Without ``gutters_before`` the table must start with the appendix header (found by its
    labels). With the gutters of the appendix's columns on an earlier page, the page's own gutters
    are looked for inside them (data text is wider than centred header labels, so its gutters are
    narrower), and ``group_columns`` (merged group labels) never start a row alone. The mapping is
    empty when no header was read. ``fills`` are the boxes of the page's shaded areas: their sides,
    like its horizontal rules, part rows (:mod:`extract.text_rules`).
    """
    drawn = Drawn(edges, fills)
    lines = before_recipients(page_text_lines(chars))
    if len(lines) < 2:
        return None
    if gutters_before:
        span = (gutters_before[0][0], gutters_before[-1][1])
        measured = gutter_lines(lines)
        strips = _inside(gutters(measured, len(lines) // GUTTER_CROSSING_LINES, span), gutters_before)
        merged = merged_gutters(measured, strips)
        crossed = merged + [g for g in repeated_group_labels(lines, strips) if g not in merged]
        return _rows_grid(
            lines, 0, strips, set(group_columns), drawn, need_header=False, zones=gutters_before, crossed=crossed
        )
    return _headed_table(lines, drawn, 1)


def _headed_table(lines: Sequence[TextLine], drawn: Drawn, min_words: int) -> tuple[Grid, dict[int, str]] | None:
    """Return the first table in ``lines`` that opens with the appendix header (``min_words`` header words)."""
    tries = [i for i, line in enumerate(lines) if header_words(line) >= min_words]
    for start in tries[:MAX_HEADER_TRIES]:
        body = gutter_lines(lines[start:])
        allowance = len(lines[start:]) // GUTTER_CROSSING_LINES
        strips = gutters(body, allowance)
        over = [g for g in strips if crosses(lines[start], [g])]  # a group label may cross a gutter found
        if any(not spanning_label_lines(lines, start, g, strips) for g in over) or _heading_over(lines, start):
            continue
        strips = [g for g in strips if g not in over]
        grouped = over + group_label_gutters(lines, start, body, strips, allowance)
        crossed = [g for g in crossed_gutters(body, strips) if not overlaps_any(g, grouped)]
        spanning = {g: spanning_label_lines(lines, start, g, strips) for g in [*crossed, *grouped]}
        named = [g for g, labels in spanning.items() if labels or not crosses(lines[start], [g])]
        labels = {id(lines[i]) for g in named for i in spanning[g]}  # a grouped header's label: no merged cell
        unlabelled = [line for line in body if id(line) not in labels]
        named = crossed_from_cell_starts(unlabelled, strips, named)
        if labels:  # the gutters the group label only narrowed, as wide as the rows leave them
            strips = widened(strips, named, unlabelled, allowance)
        grouped = [g for g in named if spanning[g]]  # under a group label: two columns whatever their labels name
        found = _named_columns(lines, start, strips, named, drawn, grouped) if named and len(strips) >= 2 else None
        if found is None and len(strips) + 1 >= MIN_COLUMNS:
            found = _rows_grid(lines, start, strips, set(), drawn, need_header=True)
        if found is not None:
            return found
    return None


def _named_columns(
    lines: Sequence[TextLine],
    start: int,
    strips: Sequence[tuple[float, float]],
    crossed: Sequence[tuple[float, float]],
    drawn: Drawn,
    grouped: Sequence[tuple[float, float]] = (),
) -> tuple[Grid, dict[int, str]] | None:
    """Read the table with the gutters a few lines cross, where its header names a column on each side of each.

    A cell merged over two columns (indicators and tasks in one), a totals row or a stamp's
    letters cross a gutter; on a short page that closed it, and two columns ran together on every
    row. The header's labels say the columns are two: the crossing lines are read as merged cells.
    A gutter of ``grouped`` has a group label over it and a label each side under it: two columns
    whatever fields their labels name ("Thời gian thực hiện" over "Bắt đầu" | "Hoàn thành").
    """
    while crossed:
        found = _rows_grid(lines, start, sorted([*strips, *crossed]), set(), drawn, need_header=True, crossed=crossed)
        if found is None:
            return None
        grid, mapping = found
        if label_runs_share_a_column(lines[start], grid.xs):
            return None  # a gutter is missing still: these are no columns to read merged cells in
        named = [g for g in crossed if g in grouped or names_both_sides(mapping, grid.gutters.index(g))]
        if len(named) == len(crossed):
            return found
        crossed = named  # a strip inside one column (its short lines end before a long one's): not a gutter
    return None


#: Tables read from one page's text under the first, at most: an appendix typed as one table per
#: group puts a heading and a new table under the one before, a few to a page.
MAX_TABLES_BELOW = 8
#: A header that opens a later part names several columns on its first line (pandoc/LibreOffice: 5-6
#: header words): data lines, which seldom hold three, are not tried, which keeps the search cheap.
PART_HEADER_WORDS = 3


def text_tables_below(
    chars: Sequence[Char], edges: Sequence[Edge], top: float, fills: Sequence[Edge] = ()
) -> list[Grid]:
    """Find the tables under ``top`` (pt from the page top) that open with the appendix header, one under another.

    An appendix typed as one borderless table per group (a DOCX from pandoc, printed by LibreOffice)
    puts a heading and then a new table, with columns of its own and the header again, under the
    end of the one before: each is read with its own gutters, as the first table on a page is.
    """
    lines = before_recipients(page_text_lines(chars))
    grids: list[Grid] = []
    drawn = Drawn(edges, fills)
    for _ in range(MAX_TABLES_BELOW):
        below = [line for line in lines if (line.top + line.bottom) / 2 > top]
        found = _headed_table(below, drawn, PART_HEADER_WORDS) if len(below) >= 2 else None
        if found is None:
            break
        grids.append(found[0])
        top = found[0].bbox[3]
    return grids


def _heading_over(lines: Sequence[TextLine], start: int) -> bool:
    """Tell whether line ``start`` is a heading over a table: one run of text across the gutters of the lines under it.

    "VIII. QUẢN TRỊ ĐIỆN TỬ" over the next part's header holds a header word ("quản") and no gutter
    of its own, so without this it would be read as the header's first line.
    """
    rest = lines[start + 1 :]
    if len(lines[start].spans) != 1 or not rest:
        return False
    return crosses(lines[start], gutters(rest, len(rest) // GUTTER_CROSSING_LINES))


def _inside(found: Sequence[tuple[float, float]], zones: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """For each zone, the widest found gutter part inside it; the zone itself where the page shows none."""
    out = []
    for lo, hi in zones:
        parts = [(max(lo, a), min(hi, b)) for a, b in found if min(hi, b) - max(lo, a) > 0]
        out.append(max(parts, key=lambda p: p[1] - p[0]) if parts else (lo, hi))
    return out


def _rows_grid(
    lines: Sequence[TextLine],
    start: int,
    strips: Sequence[tuple[float, float]],
    group_columns: set[int],
    drawn: Drawn,
    *,
    need_header: bool,
    zones: Sequence[tuple[float, float]] = (),
    crossed: Sequence[tuple[float, float]] = (),
) -> tuple[Grid, dict[int, str]] | None:
    """Cut the table's lines into bands; the first band is the header when its labels name the columns.

    ``zones`` are the gutters measured on the page(s) before, under which this page goes on.
    Lines crossing only the ``crossed`` gutters (:func:`_named_columns`) are merged cells: their
    band's cells on either side are one.
    """
    kept = [strip for strip in strips if strip not in crossed]  # the gutters a line across ends the table at
    picked = _table_lines(lines, start, kept)
    if not picked:
        return None
    # not by sections; a line across a merged cell's gutter by its other runs (a grouped header's line too)
    bounded = [line for line in picked if not crosses(line, kept)]
    xs = _column_bounds([runs_clear_of(line, crossed) for line in bounded], strips, bool(zones))
    cells = cell_lines(picked, xs)
    size = median(line.size for line in picked)
    gap = line_gap(cells)
    top, bottom = picked[0].top, max(line.bottom for line in picked)
    rules = row_rules(drawn, xs[0], xs[-1], top, bottom)
    all_columns = set(range(len(xs) - 1))
    # the header's end by a gap or rule; by columns starting again only where neither shows (single spacing):
    # a grouped header's own labels start again under their group label
    first = row_bounds(cells, all_columns, size, gap, rules, starting_columns=1, restart=False)[:1]
    first = first or row_bounds(cells, all_columns, size, gap, rules, starting_columns=1)[:1]
    sections = section_rows(picked, kept, gap + ROW_GAP_EXTRA)
    first = before_sections(first, sections, picked)
    labels = header_labels(picked, xs, first[0] if first else bottom + 1, crossed=crossed)
    header = all(len(label) <= MAX_LABEL_CHARS for label in labels) and is_header(labels)
    if need_header and not header:
        return None
    mapping = labels_to_fields(labels) if header else {}
    if header:
        group_columns = {i for i, field in mapping.items() if field in ("dimension", "component")}
    body = [c for c in cells if first and c.middle > first[0]] if header else cells  # a rule may cut a glyph box
    parted = all_columns - group_columns
    rows_at = row_bounds(body, parted, size, gap, rules, restart=False)
    guessed = not rows_at and len(body) > len(parted)  # no white, no rule between rows: where columns start again
    if guessed:
        rows_at = row_bounds(body, parted, size, gap, rules, tail=bool(zones) and not header)
    cuts = first + rows_at if header else rows_at
    short = [(line, line) for line in short_headings(picked, strips, gap + ROW_GAP_EXTRA)]
    ys = sorted({top - ROW_GAP_EXTRA, *cuts, *around([*sections, *short], picked), bottom + ROW_GAP_EXTRA})
    ys = [y for y in ys if not any(first.top < y < last.bottom for first, last in sections)]  # none through a title
    merged = merged_atoms(picked, ys, strips, crossed)
    header_end = 0  # the header's last band
    if header and any(band == 0 for band, _ in merged):
        cut = under_spanning_labels([line for line in picked if line.top < ys[min(2, len(ys) - 1)]], crossed)
        if cut is None:
            return None  # a header label over the gutter: no gutter between two of its columns
        ys, header_end = sorted({*ys, cut}) if cut < ys[1] else ys, 1  # its labels under it: this band, or the next
        merged = merged_atoms(picked, ys, strips, crossed)
        if any(band == 1 for band, _ in merged):
            return None
    elif header and len(ys) > 3:  # a group label over its columns' own labels, left-aligned over the first
        grouped = left_group_labels(header_labels(picked, xs, ys[1]), header_labels(picked, xs, ys[2], ys[1]))
        merged, header_end = merged | {(0, k) for k in grouped}, 1 if grouped else 0
    spanned = {k + side for band, k in merged if band == 0 for side in (0, 1)}  # the columns a group label is over
    starts = _label_starts(cells, ys, group_columns, size)
    across = {bisect_right(ys, (first.top + last.bottom) / 2) - 1 for first, last in sections}

    def joins_down(r: int, c: int) -> bool:
        if r in across or r + 1 in across:
            return False
        if header and r < header_end:
            return c not in spanned  # a label of the header's two bands, but under a group label
        return c in group_columns and (r + 1, c) not in starts and not (header and r == header_end)

    grid = atoms_to_grid(xs, ys, lambda r, c: r in across or (r, c) in merged, joins_down)
    unsure = unplaced_runs([line for line in picked if not crosses(line, strips)], xs, zones)
    guessed = guessed and (bool(rows_at) or parted_within(body, parted, gap))  # one tall row: nothing to part
    return replace(grid, gutters=tuple(strips), unsure=unsure, rows_guessed=guessed), mapping


def _label_starts(
    cells: Sequence[CellLine], ys: Sequence[float], columns: set[int], size: float
) -> set[tuple[int, int]]:
    """Return (band, column) of the group columns whose label starts at the band's top: a new group label."""
    out: set[tuple[int, int]] = set()
    tolerance = START_TOLERANCE_SHARE * size
    for band in range(len(ys) - 1):
        inside = [c for c in cells if ys[band] <= c.middle < ys[band + 1]]
        if not inside:
            continue
        first = min(c.top for c in inside)
        out.update((band, c.column) for c in inside if c.column in columns and c.top - first <= tolerance)
    return out
