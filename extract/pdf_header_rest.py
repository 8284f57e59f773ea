"""A header printed again over the rest of a row the page break cut, with no rule between them.

reportlab's ``Table`` with ``repeatRows`` and ``splitInRow`` draws, at the top of the next page, the
repeated header and under it the cut row's rest in the same band: each header cell holds its label
and, below it, that column's rest ("Nội dung thành phần" | "Internet tại địa phương"). Read as one
band, the labels no longer repeat the appendix's, the page's table seemed another table, and the
whole page was left out (samples/audit27 F1). Here the band is told apart: every labelled cell lies
on the appendix's columns and opens with its whole label (or a start of it, a clipped cell), and
some cell holds lines under its label; those lines are the rest of the cut row.
"""

from __future__ import annotations

from dataclasses import replace

from core.model import CellPiece
from core.text import ink
from extract.header import STACK_SEPARATOR, is_label_start
from extract.pdf_page import Bands, KnownColumns, known_label, shows_enough_labels


def header_over_rest(bands: Bands, known: KnownColumns) -> tuple[dict[int, CellPiece], int] | None:
    """Return the pieces with the top band's label lines taken out, and those lines' characters; None if no such band.

    The top band then holds the cut row's rest as its data; the labels' characters are header text.
    """
    if len(bands.grid.ys) < 2 or not known:
        return None
    pieces = dict(bands.pieces)
    shown = header_chars = 0
    rest = False
    for index, cell in enumerate(bands.grid.cells):
        if cell.row != 0:
            continue
        label = known_label(cell, known)
        lines = pieces[index].lines
        if not lines:
            continue
        if label is None or STACK_SEPARATOR in label:
            return None
        taken, text = 0, ""
        while taken < len(lines) and not _whole(text, label):
            longer = f"{text} {lines[taken].text}".strip()
            if not is_label_start(longer, label):
                break
            text, taken = longer, taken + 1
        if not taken or (taken < len(lines) and not _whole(text, label)):
            return None  # a cell that does not open with its column's label: no header over a rest
        shown += 1
        header_chars += sum(ink(line.text) for line in lines[:taken])
        rest = rest or taken < len(lines)
        pieces[index] = replace(pieces[index], lines=lines[taken:])
    if not rest or not shows_enough_labels(shown, known):
        return None
    return pieces, header_chars


def _whole(text: str, label: str) -> bool:
    """Tell whether ``text`` is the whole label (spaces and case aside), not only a start of it."""
    return bool(text) and is_label_start(text, label) and is_label_start(label, text)
