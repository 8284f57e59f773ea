"""A small static SVG bar chart: no script, no network, text escaped; for HTML pages the outputs include.

Horizontal bars suit long Vietnamese labels (agency names, dimension labels): each bar has its
label on the left, its value on the right and the full label as a tooltip. The same input gives
the same bytes.

>>> svg = bar_chart([("Phòng Nội vụ", 12), ("UBND cấp xã", 5)], title="Mentions per agency")
>>> svg.startswith("<svg") and "Phòng Nội vụ" in svg and "<script" not in svg
True
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

#: Height (px) of one bar's line, bar and gap included.
BAR_LINE = 20
#: Height (px) of a bar inside its line.
BAR_HEIGHT = 14
#: Width (px) kept for the labels on the left.
LABEL_WIDTH = 300
#: Width (px) kept for the values on the right: room for "999 mentions".
VALUE_WIDTH = 90
#: Labels longer than this many characters are cut with "…" (the tooltip keeps them whole).
LABEL_CHARS = 46
#: Height (px) of the title line.
TITLE_HEIGHT = 22
#: The bars' fill colour: readable on white and in grey print.
BAR_COLOUR = "#4a6fa5"


def short_label(label: str, limit: int = LABEL_CHARS) -> str:
    """Cut a label to ``limit`` characters, ending in "…" when cut."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def bar_chart(bars: Sequence[tuple[str, float]], *, title: str, width: int = 720, unit: str = "") -> str:
    """Return an SVG element drawing one horizontal bar per (label, value), longest bar the largest value.

    Values must not be negative; an empty ``bars`` gives a chart with its title and "no data".
    ``unit`` follows each value ("3 rows").
    """
    if any(value < 0 for _, value in bars):
        msg = "bar_chart: values must not be negative"
        raise ValueError(msg)
    top = max((value for _, value in bars), default=0) or 1
    room = width - LABEL_WIDTH - VALUE_WIDTH
    height = TITLE_HEIGHT + max(1, len(bars)) * BAR_LINE
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" font-family="sans-serif"'
        ' font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="15" font-weight="bold">{escape(title)}</text>',
    ]
    if not bars:
        parts.append(f'<text x="0" y="{TITLE_HEIGHT + 14}" fill="#666">no data</text>')
    for i, (label, value) in enumerate(bars):
        y = TITLE_HEIGHT + i * BAR_LINE
        length = round(room * value / top, 1)
        shown = f"{value:g}{(' ' + unit) if unit else ''}"
        baseline = y + BAR_HEIGHT - 2
        parts.append(
            f'<g class="bar"><title>{escape(label)}: {escape(shown)}</title>'
            f'<text x="{LABEL_WIDTH - 6}" y="{baseline}" text-anchor="end">{escape(short_label(label))}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" height="{BAR_HEIGHT}" fill="{BAR_COLOUR}"/>'
            f'<text x="{LABEL_WIDTH + length + 4}" y="{baseline}">{escape(shown)}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)
