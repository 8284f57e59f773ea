"""The lines a table drawn without column rules shows between its rows: horizontal rules, and its fills' sides.

A table drawn with horizontal rules only (booktabs; a Word or LibreOffice table bordered at the top
and bottom of its cells alone) parts its rows by those rules, and a table of zebra bands by a change
of fill. Where its cells have no padding above and below (LibreOffice prints a DOCX table so) the
white space between two rows is no wider than between two lines of a cell, and the rule or the
fill's edge is the only sign of the row. Each such line is a row bound of
:func:`extract.text_grid.text_table` where it runs across :data:`RULE_SPAN_SHARE` of the table. A
rule drawn cell by cell counts whole (its pieces at one height are joined); a fill's side counts
where the fills at one height touch one another (cells' fills abut, while highlights behind words
leave the gutters between the columns white). Coordinates: points, origin at the page's top-left.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract.pdf_objects import Edge

#: Horizontal rules (or fill sides) that span at least this share of the table's width separate its rows.
RULE_SPAN_SHARE = 0.6
#: A rule this close (pt) to the lines either side of it, or between them, lies between them: the
#: glyph boxes of the lines reach a little past their ink.
RULE_SLACK = 2.0
#: Pieces of a rule or fill sides whose heights differ by at most this (pt) are one line.
SAME_HEIGHT = 1.0
#: Fills with at most this much (pt) between them touch: the fills of two cells side by side.
TOUCHING = 1.0


@dataclass(frozen=True)
class Drawn:
    """What a page draws besides its text: its rule edges (pdfplumber's shape) and the boxes of its fills."""

    edges: Sequence[Edge] = ()
    fills: Sequence[Edge] = ()


def row_rules(drawn: Drawn, left: float, right: float, top: float, bottom: float) -> list[float]:
    """Return the heights (pt) of the rules and fill sides across the table from ``left`` to ``right``, top to bottom.

    Only those within :data:`RULE_SLACK` of the table's lines' ``top`` and ``bottom`` are looked at.
    """
    near = top - RULE_SLACK, bottom + RULE_SLACK
    rules = [(float(e["top"]), float(e["x0"]), float(e["x1"])) for e in drawn.edges if e["orientation"] == "h"]
    sides = [(float(f[side]), float(f["x0"]), float(f["x1"])) for f in drawn.fills for side in ("top", "bottom")]
    width = right - left
    found = [y for y, pieces in _by_height(rules, near) if _covered(pieces, left, right) >= RULE_SPAN_SHARE * width]
    found += [y for y, pieces in _by_height(sides, near) if _widest_run(pieces, left, right) >= RULE_SPAN_SHARE * width]
    return sorted(set(found))


def _by_height(
    pieces: Iterable[tuple[float, float, float]], near: tuple[float, float]
) -> list[tuple[float, list[tuple[float, float]]]]:
    """Group horizontal pieces (y, x0, x1) in ``near`` by height: each group's first height and its x-ranges."""
    groups: list[tuple[float, list[tuple[float, float]]]] = []
    for y, x0, x1 in sorted(p for p in pieces if near[0] <= p[0] <= near[1]):
        if groups and y - groups[-1][0] <= SAME_HEIGHT:
            groups[-1][1].append((x0, x1))
        else:
            groups.append((y, [(x0, x1)]))
    return groups


def _clipped(pieces: Sequence[tuple[float, float]], left: float, right: float) -> list[tuple[float, float]]:
    """Return the pieces cut to the table's width, left to right, those outside it left out."""
    return sorted((max(x0, left), min(x1, right)) for x0, x1 in pieces if min(x1, right) > max(x0, left))


def _covered(pieces: Sequence[tuple[float, float]], left: float, right: float) -> float:
    """Return how much (pt) of the table's width the pieces cover together."""
    total, reach = 0.0, left
    for x0, x1 in _clipped(pieces, left, right):
        total += max(0.0, x1 - max(x0, reach))
        reach = max(reach, x1)
    return total


def _widest_run(pieces: Sequence[tuple[float, float]], left: float, right: float) -> float:
    """Return the width (pt) of the widest run of pieces that touch one another (:data:`TOUCHING`)."""
    widest = 0.0
    run: tuple[float, float] | None = None
    for x0, x1 in _clipped(pieces, left, right):
        run = (run[0], max(run[1], x1)) if run is not None and x0 - run[1] <= TOUCHING else (x0, x1)
        widest = max(widest, run[1] - run[0])
    return widest
