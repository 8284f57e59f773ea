"""Text a PDF page holds where a reader does not see table text: white on white, clipped away, a watermark.

A page's text layer holds more than it shows: a white word left from last year's plan, the end of a
label that an exact row height cut off, a "DỰ THẢO" stamp drawn across the table. Read into the
cells they cross, they change the rows without a word. The PDF readers mark such characters as
they read them (``"unseen"``: why; ``"white"``: white paint, seen only on a shaded cell) and
:func:`set_aside` takes them out of the page, keeping their text for :func:`unseen_warnings`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from extract.pdf_hiding import Box4

#: A character and a box as the PDF readers give them (:mod:`extract.pdf_objects`' ``Char`` and ``Edge``).
Char = dict[str, Any]
Edge = dict[str, Any]

#: Why a character is left out of the table (the words of the warning).
WHITE = "drawn in white on a white page (not shown)"
CLIPPED = "outside the area its producer clips it to (cut off, not shown)"
COVERED = "under a white box drawn over it (covered, not shown; a correction typed over it is read)"
WATERMARK = "slanted or outsized (a watermark or stamp, not table text)"
COMMENTED = "in comments over the page (annotations, not the plan's text)"
STAMPED_OVER = "in another size drawn over other text (a stamp, not table text)"
#: Outsized text: at least this many times the page's usual size (the size most characters are set
#: in) and at least :data:`OUTSIZED_MIN_SIZE` pt. A plan's titles are at most ~1.5 times its body
#: text; a "DỰ THẢO" or "MẬT" stamp is 40-120 pt over 12-13 pt cells.
OUTSIZED_SHARE = 2.5
OUTSIZED_MIN_SIZE = 24.0
#: Text turned further than this share of its size off a quarter turn is slanted (a watermark's 30-45°).
SLANT_SHARE = 0.05
#: Characters of one reason quoted in a warning, at most.
QUOTED_CHARS = 60


def is_slanted(a: float, b: float) -> bool:
    """Tell whether text drawn with matrix ``(a, b, ...)`` runs at an angle off every quarter turn (a watermark)."""
    return min(abs(a), abs(b)) > SLANT_SHARE * math.hypot(a, b)


class UnseenText(NamedTuple):
    """Characters of one page left out of the table for one reason, in reading order."""

    reason: str
    text: str


def commented(texts: Sequence[str]) -> tuple[UnseenText, ...]:
    """Return a page's comments (:mod:`extract.pdf_fields`) as text left out of its table."""
    return (UnseenText(COMMENTED, " ".join(texts)),) if texts else ()


def outsized_from(sizes: Counter[float]) -> float | None:
    """Return the size from which a page's text is outsized, None when no character is (``sizes``: counts by size)."""
    if not sizes:
        return None
    usual = sizes.most_common(1)[0][0]
    least = max(OUTSIZED_SHARE * usual, OUTSIZED_MIN_SIZE)
    return least if max(sizes) >= least else None


def set_aside(
    chars: list[Char], shaded: Sequence[Edge], sizes: Counter[float], marked: bool, edges: Sequence[Edge] = ()
) -> tuple[list[Char], tuple[UnseenText, ...]]:
    """Return the page's characters a reader sees as text, and those left out by reason.

    ``shaded`` are the boxes of the page's filled, not white, areas (white text on them shows);
    ``sizes`` counts the page's characters by size: text from an outsized one is a stamp
    (:func:`outsized_from`), looked for only among the page's rules (``edges``): a title set large
    above the table is the page's own; a word in another size than the usual one drawn over text
    in it is a stamp too (:func:`stamped_over`); ``marked`` says whether the reader marked any
    character (most pages: none, and one size: nothing is looked at).
    """
    outsized = outsized_from(sizes)
    ruled = (_around(edges),) if outsized is not None and edges else ()
    outsized = outsized if ruled else None
    over = stamped_over(chars, sizes.most_common(1)[0][0]) if len(sizes) > 1 else set()
    if not marked and outsized is None and not over:
        return chars, ()
    kept: list[Char] = []
    unseen: dict[str, list[str]] = {}
    for k, char in enumerate(chars):
        reason = char.get("unseen")
        if reason is None and char.get("white") and not _in_any(char, shaded):
            reason = WHITE
        if reason is None and outsized is not None and char["size"] >= outsized and _in_any(char, ruled):
            reason = WATERMARK
        if reason is None and k in over:
            reason = STAMPED_OVER
        if reason is None:
            kept.append(char)
        else:
            unseen.setdefault(reason, []).append(char["text"])
    return kept, tuple(UnseenText(reason, "".join(texts)) for reason, texts in unseen.items())


#: One glyph lies over another when they share this share of the narrower one's width and of the
#: shorter one's height: letters set side by side share none, a stamp's over a cell's about all.
OVERPRINT_SHARE = 0.5
#: Sizes (pt) this close are one size.
SAME_SIZE = 0.5


def stamped_over(chars: Sequence[Char], usual: float) -> set[int]:
    """Return the indexes of the words in another size than ``usual`` that lie over a glyph in it, all their glyphs.

    A stamp typed over a table ("ĐÃ KÝ" in 15 pt over 10 pt cells, samples/audit36 t05) mixes its
    letters into the cells' words; titles, headers and notes in other sizes lie over no text. A
    word is its glyphs of one size on one line with no gap wider than the size between them.
    """
    others = sorted(
        (k for k, c in enumerate(chars) if abs(c["size"] - usual) > SAME_SIZE),  # its spaces too: quoted whole
        key=lambda k: (round(chars[k]["size"], 1), round(chars[k]["top"]), chars[k]["x0"]),
    )
    if not any(chars[k]["text"].strip() for k in others):
        return set()
    low, high = min(chars[k]["top"] for k in others), max(chars[k]["bottom"] for k in others)
    columns: dict[int, list[Char]] = {}  # the usual glyphs in that band, by ``usual``-wide strips of x
    for c in chars:
        if c["bottom"] > low and c["top"] < high and abs(c["size"] - usual) <= SAME_SIZE and c["text"].strip():
            for strip in range(int(c["x0"] // usual), int(c["x1"] // usual) + 1):
                columns.setdefault(strip, []).append(c)
    out: set[int] = set()
    for word in _words(chars, others):
        if any(
            _over(chars[k], c)
            for k in word
            if chars[k]["text"].strip()
            for s in range(int(chars[k]["x0"] // usual), int(chars[k]["x1"] // usual) + 1)
            for c in columns.get(s, ())
        ):
            out.update(word)
    return out


def _words(chars: Sequence[Char], ordered: Sequence[int]) -> list[list[int]]:
    """Split glyph indexes (ordered by size, line, x) into words: one size, one line, no gap over the size."""
    words: list[list[int]] = []
    for k in ordered:
        c = chars[k]
        if words:
            last = chars[words[-1][-1]]
            if (
                round(last["size"], 1) == round(c["size"], 1)
                and round(last["top"]) == round(c["top"])
                and c["x0"] - last["x1"] <= c["size"]
            ):
                words[-1].append(k)
                continue
        words.append([k])
    return words


def _over(a: Char, b: Char) -> bool:
    """Tell whether two glyphs' boxes share most of the narrower's width and of the shorter's height."""
    wide = float(min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]))
    high = float(min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]))
    narrower = float(min(a["x1"] - a["x0"], b["x1"] - b["x0"]))
    shorter = float(min(a["bottom"] - a["top"], b["bottom"] - b["top"]))
    return wide > OVERPRINT_SHARE * narrower and high > OVERPRINT_SHARE * shorter


def _around(edges: Sequence[Edge]) -> Edge:
    """Return the box around a page's rules."""
    return {
        "x0": min(e["x0"] for e in edges),
        "x1": max(e["x1"] for e in edges),
        "top": min(e["top"] for e in edges),
        "bottom": max(e["bottom"] for e in edges),
    }


def _in_any(char: Char, boxes: Sequence[Edge]) -> bool:
    """Tell whether a character's centre lies in one of the boxes."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(box["x0"] <= x <= box["x1"] and box["top"] <= y <= box["bottom"] for box in boxes)


_TOP, _BOTTOM, _X0, _X1 = (itemgetter(edge) for edge in ("top", "bottom", "x0", "x1"))


def past_edge(chars: Sequence[Char], page: Box4 | None, tables: Sequence[Box4] = ()) -> str:
    """Return the text of the characters whose centre lies off the page and inside a table, in drawing order.

    Calc prints a row taller than the page on one page and draws the rest of it below the paper's
    edge, its column rules too: the file holds that text and the reader reads it into its row, but
    no printed page shows it, so a reader checking the row against the page cannot find it
    (:func:`past_edge_warnings`). Boxes are (x0, top, x1, bottom): ``page`` the page as shown (None:
    unknown), ``tables`` its ruled tables (text off the page outside them, a footer past the crop
    box, is in no row); a page with none counts all. Most pages hold none: four passes, no more.
    """
    if page is None:
        return ""
    left, top, right, bottom = page
    if not chars or (
        min(map(_TOP, chars)) >= top
        and max(map(_BOTTOM, chars)) <= bottom
        and min(map(_X0, chars)) >= left
        and max(map(_X1, chars)) <= right
    ):
        return ""
    centres = (((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c["text"]) for c in chars)
    off = [(x, y, text) for x, y, text in centres if not (left <= x <= right and top <= y <= bottom)]
    if tables:
        off = [(x, y, text) for x, y, text in off if any(t[0] <= x <= t[2] and t[1] <= y <= t[3] for t in tables)]
    return "".join(text for _, _, text in off)


def past_edge_warnings(pages: Iterable[tuple[int, str]]) -> tuple[str, ...]:
    """Say on which pages text drawn past the page's edge was read into the rows, quoting it."""
    parts = [(page, text) for page, text in pages if text.strip()]
    if not parts:
        return ()
    listed = ", ".join(str(page) for page, _ in parts)
    count = sum(len("".join(text.split())) for _, text in parts)
    return (
        f"page(s) {listed}: {count} characters are drawn past the page's edge, where no printed page shows them; "
        f"they are read into the rows as the file holds them: {_quoted(' '.join(t for _, t in parts))!r}",
    )


def _quoted(text: str) -> str:
    """Return text with its white space runs as one space, cut to :data:`QUOTED_CHARS` with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTED_CHARS else text[: QUOTED_CHARS - 1] + "…"


def unseen_warnings(pages: Iterable[tuple[int, Sequence[UnseenText]]]) -> tuple[str, ...]:
    """Say, per reason, on which pages text was left out of the table, quoting it: nothing goes without a word."""
    by_reason: dict[str, list[tuple[int, str]]] = {}
    for page, unseen in pages:
        for part in unseen:
            if part.text.strip():
                by_reason.setdefault(part.reason, []).append((page, part.text))
    warnings = []
    for reason, parts in by_reason.items():
        listed = ", ".join(str(page) for page in dict.fromkeys(page for page, _ in parts))
        quoted = _quoted(" ".join(t for _, t in parts))
        count = sum(len(t.replace(" ", "")) for _, t in parts)
        warnings.append(f"page(s) {listed}: {count} characters {reason} are left out of the rows: {quoted!r}")
    return tuple(warnings)
