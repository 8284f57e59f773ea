"""Characters of a made-up page for the borderless-table tests: fixed-width glyphs in columns, lines a pitch apart."""

from __future__ import annotations

from collections.abc import Sequence

from extract.pdf_objects import Char

SIZE = 10.0
#: Each glyph is this wide (pt), a word space this wide: word spaces stay under a gutter's width.
GLYPH, SPACE = 5.0, 2.5
PITCH = 14.0


def glyphs(text: str, x: float, top: float) -> list[Char]:
    """Return the characters of one line of text from ``x``, its top at ``top`` (spaces leave a gap)."""
    out: list[Char] = []
    for glyph in text:
        if glyph == " ":
            x += SPACE
            continue
        out.append({"text": glyph, "x0": x, "x1": x + GLYPH, "top": top, "bottom": top + SIZE, "size": SIZE})
        x += GLYPH
    return out


def columns(top: float, cells: Sequence[Sequence[str]], xs: Sequence[float]) -> list[Char]:
    """Each column's lines, one pitch apart from ``top``; an empty string leaves a paragraph gap of one line."""
    out: list[Char] = []
    for x, lines in zip(xs, cells, strict=True):
        for k, line in enumerate(lines):
            out += glyphs(line, x, top + k * PITCH)
    return out
