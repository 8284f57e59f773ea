"""Boxes drawn over a ruled table off its grid: a stamp "ĐÃ KÝ", a note framed over the cells.

A rectangle drawn inside a table whose sides lie on none of the table's rule lines and on which no
rule of the table ends is no cell border: rules crossing it pass through (a column rule under the
box), none stops at it. Taken for rules, its top and bottom cut the row it lies over into two rows
and its sides cut the cells, moving the words under it into a row of their own (samples/audit36
t08). :func:`drawn_boxes` finds such boxes among a page's snapped rules, so that the grid is found
without them; the text drawn inside one lying over cells after it (the stamp's own label) is no
cell's text and is left out and said (:func:`stamp_text`); the cells' text under an open box shows
and is read, and so is the text of a box inside one cell (a framed figure, a checkbox: review36).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol


class _Rule(Protocol):
    @property
    def pos(self) -> float: ...

    @property
    def start(self) -> float: ...

    @property
    def end(self) -> float: ...


#: Why a character is left out of the table (the words of the warning, :mod:`extract.unseen`).
STAMPED = "inside a box drawn over the table off its grid after it (a stamp, not table text)"


class DrawnBox(NamedTuple):
    """A box drawn over a table: its sides (pt, top-left origin) and its place in the drawing order (None: unknown)."""

    x0: float
    top: float
    x1: float
    bottom: float
    drawn: float | None = None


def drawn_boxes(
    hs: Sequence[_Rule], vs: Sequence[_Rule], tolerance: float, least: float
) -> list[tuple[int, int, int, int]]:
    """Return the boxes drawn over a table off its grid, as indexes (top, bottom into ``hs``; left, right into ``vs``).

    A box is two row rules and two column rules that meet at their ends, at least ``least`` pt
    apart both ways, whose four lines hold no other rule (``tolerance`` pt), on whose sides no
    other rule ends, and that lies inside rules of the page on all four sides:
    a table's frame has rules ending on it, a framed table of one cell nothing around it.
    """
    by_x = sorted(range(len(vs)), key=lambda j: vs[j].pos)
    xs = [vs[j].pos for j in by_x]
    by_y = sorted(range(len(hs)), key=lambda i: hs[i].pos)
    ys = [hs[i].pos for i in by_y]

    def near(keys: list[float], order: list[int], value: float) -> list[int]:
        return order[bisect_left(keys, value - tolerance) : bisect_right(keys, value + tolerance)]

    found: list[tuple[int, int, int, int]] = []
    for top in by_y:
        h = hs[top]
        for left in near(xs, by_x, h.start):
            v = vs[left]
            if abs(v.start - h.pos) > tolerance or v.end - v.start < least or h.end - h.start < least:
                continue
            right = next((j for j in near(xs, by_x, h.end) if abs(vs[j].start - h.pos) <= tolerance), None)
            bottom = next(
                (
                    i
                    for i in near(ys, by_y, v.end)
                    if abs(hs[i].start - v.pos) <= tolerance and abs(hs[i].end - h.end) <= tolerance
                ),
                None,
            )
            if right is None or bottom is None or abs(vs[right].end - v.end) > tolerance:
                continue
            box = (top, bottom, left, right)
            if _off_grid(box, hs, vs, tolerance):
                found.append(box)
    return found


def _off_grid(box: tuple[int, int, int, int], hs: Sequence[_Rule], vs: Sequence[_Rule], tolerance: float) -> bool:
    top, bottom, left, right = box
    x0, x1, y0, y1 = vs[left].pos, vs[right].pos, hs[top].pos, hs[bottom].pos
    sides_h, sides_v = {top, bottom}, {left, right}
    above = below = beside_left = beside_right = False
    for i, h in enumerate(hs):
        if i in sides_h:
            continue
        if abs(h.pos - y0) <= tolerance or abs(h.pos - y1) <= tolerance:
            return False  # on the line of a row rule: a cell's border
        if y0 - tolerance <= h.pos <= y1 + tolerance and any(
            abs(end - x) <= tolerance for end in (h.start, h.end) for x in (x0, x1)
        ):
            return False  # a rule ends on its side
        covers = h.start <= x0 and h.end >= x1
        above, below = above or (covers and h.pos < y0), below or (covers and h.pos > y1)
    for j, v in enumerate(vs):
        if j in sides_v:
            continue
        if abs(v.pos - x0) <= tolerance or abs(v.pos - x1) <= tolerance:
            return False
        if x0 - tolerance <= v.pos <= x1 + tolerance and any(
            abs(end - y) <= tolerance for end in (v.start, v.end) for y in (y0, y1)
        ):
            return False
        covers = v.start <= y0 and v.end >= y1
        beside_left, beside_right = beside_left or (covers and v.pos < x0), beside_right or (covers and v.pos > x1)
    return above and below and beside_left and beside_right


def crosses_rules(sides: tuple[float, float, float, float], hs: Sequence[_Rule], vs: Sequence[_Rule]) -> bool:
    """Tell whether a rule of the table passes under a box (``sides``: x0, top, x1, bottom): it lies over cells.

    A stamp is put across a finished table; a box inside one cell (a framed note or figure, a
    checkbox, a bordered block a browser draws before its text) is that cell's: its text is read.
    """
    x0, y0, x1, y1 = sides
    return any(y0 < h.pos < y1 and h.start < x0 < h.end for h in hs) or any(
        x0 < v.pos < x1 and v.start < y0 < v.end for v in vs
    )


def drawn_at(box: tuple[float, float, float, float], edges: Sequence[dict[str, Any]], tolerance: float) -> float | None:
    """Return when the page drew a box's sides (the latest ``"drawn"`` of the edges on them), None when unknown."""
    x0, top, x1, bottom = box
    orders = [
        float(e["drawn"])
        for e in edges
        if "drawn" in e
        and x0 - tolerance <= e["x0"]
        and e["x1"] <= x1 + tolerance
        and top - tolerance <= e["top"]
        and e["bottom"] <= bottom + tolerance
        and (
            min(abs(e["top"] - top), abs(e["bottom"] - bottom)) <= tolerance
            or min(abs(e["x0"] - x0), abs(e["x1"] - x1)) <= tolerance
        )
    ]
    return max(orders) if orders else None


def stamp_text(chars: list[dict[str, Any]], boxes: Sequence[DrawnBox]) -> tuple[list[dict[str, Any]], str]:
    """Return the characters outside every box's label, and the labels' text.

    A box's label is the text inside it drawn after it: a stamp is put on a finished table. The
    cells' text under an open box was drawn before it and shows through: it is read.
    """
    known = [b for b in boxes if b.drawn is not None]
    if not known:
        return chars, ""
    kept, left_out = [], []
    for char in chars:
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        drawn = char.get("drawn")
        if drawn is not None and any(
            b.x0 <= x <= b.x1 and b.top <= y <= b.bottom and drawn > (b.drawn or 0.0) for b in known
        ):
            left_out.append(char["text"])
        else:
            kept.append(char)
    return kept, "".join(left_out)
