"""A page's text as visual lines, and the white gutters that run down between their runs.

A borderless table (:mod:`extract.text_grid`) shows its columns only as white strips that its
lines' inked runs leave open from top to bottom. Coordinates: points, origin at the page's
top-left, ``top`` growing downwards.
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extract.pdf_lines import LEFT_EDGE, median_of
from extract.pdf_objects import Char

#: Histogram step (pt) for finding white gutters.
BIN = 0.5


#: The narrowest white gutter (pt) between two columns: two cell paddings of at least 1.5 pt.
MIN_GUTTER = 3.0


#: Gaps inside a line narrower than this share of the font size are word spaces (justified text
#: stretches them, but only lines that all stretch at one x could open a gutter), so a repeated phrase
#: ("UBND cấp xã" on every row) never opens one, while two cell paddings (>= 6 pt) stay open.
WORD_GAP_FILL = 0.4
#: ... or, on a line whose word spaces are narrow (Times New Roman's 0.25 of the size, Arial's 0.28),
#: this many times its typical space, at least :data:`MIN_WORD_GAP_FILL` of the size: two cells 3 px
#: apart (4.5 pt, Chromium's narrow cells) stay apart in 12 pt Times (samples/audit43 F2). A line of
#: wide spaces (DejaVu's 0.32, a justified line's stretched ones) keeps the whole fill: at 0.35 for
#: every line, justified DejaVu Serif tables were misread (samples/review43 M1).
WORD_GAP_SPACES = 1.35
MIN_WORD_GAP_FILL = 0.3
#: The gaps between a line's glyphs that may be its word spaces, as shares of the size: wider than a
#: letter's side bearings, narrower than a cell's paddings.
_SPACE_LIKE = (0.1, 0.6)


@dataclass(frozen=True)
class TextLine:
    """One visual line across the page: its vertical extent, font size and inked runs (word spaces filled)."""

    top: float
    bottom: float
    size: float
    spans: tuple[tuple[float, float], ...]
    chars: tuple[Char, ...]

    @property
    def text(self) -> str:
        """The line's characters, in x order, with no spaces restored: for keyword tests only."""
        return "".join(c["text"] for c in self.chars)


def page_text_lines(chars: Sequence[Char]) -> list[TextLine]:
    """Group a page's characters into visual lines by their vertical centres."""
    return [_line(group) for group in _line_groups(chars)]


def page_spans(chars: Sequence[Char]) -> tuple[tuple[float, float], ...]:
    """Return the inked runs (x0, x1) of a page's visual lines, line by line: their :attr:`TextLine.spans` alone."""
    return tuple([(x0, x1) for group in _line_groups(chars) for x0, x1 in _spans(group)[1]])


def _line_groups(chars: Sequence[Char]) -> list[list[Char]]:
    """Group a page's inked characters into visual lines, top to bottom, by their vertical centres."""
    inked = [c for c in chars if c["text"].strip()]
    mids = [(c["top"] + c["bottom"]) / 2 for c in inked]  # each character's vertical centre, computed once
    groups: list[list[Char]] = []
    first_mid = limit = 0.0  # the vertical centre of the current line's first character, and how far others may be
    for k in sorted(range(len(inked)), key=mids.__getitem__):  # a stable sort by centre, keys looked up in C
        mid, char = mids[k], inked[k]
        if groups and abs(mid - first_mid) < limit:
            groups[-1].append(char)
            continue
        groups.append([char])
        first_mid, limit = mid, 0.5 * float(char["size"])
    return groups


def _spans(group: list[Char]) -> tuple[float, list[list[float]]]:
    """Sort a line's characters left to right; return its font size and its inked runs (word spaces filled)."""
    group.sort(key=LEFT_EDGE)
    size = median_of([float(c["size"]) for c in group])
    spans: list[list[float]] = []
    lefts, rights = [c["x0"] for c in group], [c["x1"] for c in group]  # read once: the gaps and the runs use them
    fill = _word_gap_fill(lefts, rights, size)
    for x0, x1 in zip(lefts, rights, strict=True):
        if spans and x0 - spans[-1][1] < fill:
            span = spans[-1]
            if x1 > span[1]:  # max(), written out: the first of two equal values
                span[1] = x1
        else:
            spans.append([x0, x1])
    return size, spans


def _word_gap_fill(lefts: Sequence[float], rights: Sequence[float], size: float) -> float:
    """Return the widest gap (pt) inside a line, its glyphs' edges in x order, that is still a word space.

    :data:`WORD_GAP_FILL` of the size, or less on a line whose typical word space is narrow
    (:data:`WORD_GAP_SPACES` times it, not under :data:`MIN_WORD_GAP_FILL`).
    """
    low, high = _SPACE_LIKE[0] * size, _SPACE_LIKE[1] * size
    gaps = sorted(gap for gap in map(operator.sub, lefts[1:], rights) if low < gap < high)  # each glyph's to the next
    whole = WORD_GAP_FILL * size
    if not gaps:
        return whole
    typical: float = gaps[len(gaps) // 2]
    return min(whole, max(MIN_WORD_GAP_FILL * size, WORD_GAP_SPACES * typical))


def _line(group: list[Char]) -> TextLine:
    size, spans = _spans(group)
    return TextLine(
        top=min([c["top"] for c in group]),
        bottom=max([c["bottom"] for c in group]),
        size=size,
        spans=tuple([(a, b) for a, b in spans]),
        chars=tuple(group),
    )


def gutters(
    lines: Sequence[TextLine], allowance: int, span: tuple[float, float] | None = None
) -> list[tuple[float, float]]:
    """White vertical strips (x0, x1) at least :data:`MIN_GUTTER` wide that at most ``allowance`` lines cross.

    Without ``span`` only strips between text count; with it, every strip inside ``span``
    (a column may be empty on a page, leaving white space beyond the text).
    """
    if not lines:
        return []
    inked_lo = min(s[0] for line in lines for s in line.spans)
    inked_hi = max(s[1] for line in lines for s in line.spans)
    lo, hi = span if span is not None else (inked_lo, inked_hi)
    count = [0] * (int((hi - lo) / BIN) + 2)
    for line in lines:
        for x0, x1 in line.spans:
            for b in range(max(0, int((x0 - lo) / BIN)), min(len(count), int((x1 - lo) / BIN) + 1)):
                count[b] += 1
    if span is None:
        count[0] = count[-1] = allowance + 1  # strips must have text on both sides
    found = []
    start = None
    for b, n in enumerate([*count, allowance + 1]):
        if n <= allowance and start is None:
            start = b
        elif n > allowance and start is not None:
            if (b - start) * BIN >= MIN_GUTTER:
                found.append((lo + start * BIN, lo + b * BIN))
            start = None
    return found if span is not None else [strip for strip in found if _between_runs(lines, strip)]


def _between_runs(lines: Sequence[TextLine], strip: tuple[float, float]) -> bool:
    """Tell whether some run ends left of a strip and some run starts right of it: a column on either side.

    A strip inside the last column that the few lines reaching its right part cross (a short
    deadline "Thường xuyên" over the one long "Quý II và Quý IV") has no run of its own beyond it.
    """
    g0, g1 = strip
    runs = [run for line in lines for run in line.spans]
    return any(x1 <= g0 + BIN for _, x1 in runs) and any(x0 >= g1 - BIN for x0, _ in runs)


#: A gap between two glyphs of a line wider than this share of the size is a word space.
SPACE_GAP_SHARE = 0.2


def word_starts(chars: Sequence[Char]) -> list[int]:
    """Return the indexes of the glyphs (in x order) that open a word: the first, and each after a word space.

    A word space is a gap over :data:`SPACE_GAP_SHARE` of the size.
    """
    return [
        k
        for k, char in enumerate(chars)
        if k == 0 or char["x0"] - chars[k - 1]["x1"] > SPACE_GAP_SHARE * float(char["size"])
    ]


def spaced(chars: Sequence[Char]) -> str:
    """Return the text of glyphs in x order with their word spaces put back (:func:`word_starts`)."""
    starts = set(word_starts(chars))
    return "".join((" " if k in starts and k else "") + char["text"] for k, char in enumerate(chars))


def crosses(line: TextLine, strips: Sequence[tuple[float, float]]) -> bool:
    """Tell whether a line's inked runs cross any of the gutters ``strips``."""
    return any(run_crosses(run, strips) for run in line.spans)


def overlaps_any(strip: tuple[float, float], strips: Sequence[tuple[float, float]]) -> bool:
    """Tell whether a white strip (x0, x1) overlaps any of ``strips``: the same gutter, found another way."""
    g0, g1 = strip
    return any(g0 < s1 and s0 < g1 for s0, s1 in strips)


def run_crosses(run: tuple[float, float], strips: Sequence[tuple[float, float]]) -> bool:
    """Tell whether one inked run (x0, x1) crosses any of the gutters ``strips``."""
    x0, x1 = run
    return any(x0 < g0 + BIN and x1 > g1 - BIN for g0, g1 in strips)


def runs_clear_of(line: TextLine, gutters: Sequence[tuple[float, float]]) -> TextLine:
    """Return the line with only its runs that cross none of ``gutters``."""
    if not gutters or not crosses(line, gutters):
        return line
    return replace(line, spans=tuple(run for run in line.spans if not run_crosses(run, gutters)))


def column_of(x: float, xs: Sequence[float]) -> int | None:
    """Return the column whose boundaries hold ``x``, None outside the table."""
    k = bisect_right(xs, x) - 1
    return k if 0 <= k < len(xs) - 1 else None
