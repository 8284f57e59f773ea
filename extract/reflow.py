"""Rebuild a cell's paragraphs from its lines: was each line break a wrap or a real break?

A PDF only has visual lines. A break is a wrap when the next line's first word would not have
fitted in the room left on the line before (the line was full); otherwise the author ended the
paragraph there. A wrap joins with a space, or with nothing when it fell inside a word: after an
in-word hyphen or slash ("2022-" | "2025") or inside a single word too long for the column
("UBMTTQV" | "N"). Where there is no geometry (DOCX rows cut by a converter) the text decides.
The same rules join the two halves of a cell that a page break cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

from phuluc.model import Line

#: A line that starts a list item: "- ", "+ ", "• ", "1. ", "2) ", "a) ".
MARKER_RE = re.compile(r"^(?:[-+•▪❖➢✓*–]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)")
#: Punctuation that ends a sentence or a list item.
_TERMINAL_RE = re.compile(r"[.;:!?…]['\"’”)]*$")
#: A wrap right after one of these, with no space before it, fell inside a token: "2022-2025",
#: "thôn/tổ", "Văn hóa–Thông tin".
_IN_WORD_BREAK_RE = re.compile(r"\S[-/–]$")
#: Room (pt) a line must leave beyond the next word's width before the break counts as chosen.
FIT_TOLERANCE = 1.0
#: A gap between lines this much (as a share of the line height) over the cell's usual gap marks
#: paragraph spacing.
PARAGRAPH_GAP_SHARE = 0.35
#: A single-word line that leaves less room than this share of an average character was cut
#: inside the word.
FULL_LINE_CHAR_SHARE = 0.8


def _starts_lower(text: str) -> bool:
    first = text.lstrip("\"'“‘(")[:1]
    return first.isalpha() and first.islower()


def _wrap_joiner(prev: Line, nxt: Line) -> str:
    """Space or nothing for a line that wrapped."""
    prev_text = prev.text.rstrip()
    if _IN_WORD_BREAK_RE.search(prev_text) and nxt.text[:1].isalnum():
        return ""
    if prev.slack is not None and prev.width and " " not in prev_text and len(prev_text) > 1:
        char_width = prev.width / len(prev_text)
        if prev.slack < FULL_LINE_CHAR_SHARE * char_width and nxt.text[:1].isalnum():
            return ""
    return " "


def text_joiner(prev: Line, nxt: Line) -> str:
    """Joiner when only the text is known: a new item or sentence starts a line, else a space."""
    if MARKER_RE.match(nxt.text) or (_TERMINAL_RE.search(prev.text) and not _starts_lower(nxt.text)):
        return "\n"
    return " "


def joiner(prev: Line, nxt: Line, usual_gap: float | None = None, line_height: float | None = None) -> str:
    """The text that goes between two consecutive lines of one cell: "\\n", " " or ""."""
    if prev.paragraph_end:
        return "\n"
    if prev.slack is None or nxt.first_word_width is None:
        return text_joiner(prev, nxt)
    if MARKER_RE.match(nxt.text) and _TERMINAL_RE.search(prev.text):
        return "\n"
    if (
        nxt.gap_before is not None
        and usual_gap is not None
        and line_height
        and nxt.gap_before > usual_gap + PARAGRAPH_GAP_SHARE * line_height
    ):
        return "\n"
    if prev.slack >= nxt.first_word_width + FIT_TOLERANCE:
        return "\n"
    return _wrap_joiner(prev, nxt)


def lines_to_text(lines: Sequence[Line], line_height: float | None = None) -> str:
    """Join a cell's lines into its text, paragraphs separated by "\\n"."""
    texts = [line for line in lines if line.text.strip()]
    if not texts:
        return ""
    gaps = [line.gap_before for line in texts[1:] if line.gap_before is not None]
    usual_gap = median(gaps) if gaps else None
    parts = [texts[0].text.strip()]
    for prev, nxt in zip(texts, texts[1:]):
        parts.append(joiner(prev, nxt, usual_gap, line_height))
        parts.append(nxt.text.strip())
    return "".join(parts)
