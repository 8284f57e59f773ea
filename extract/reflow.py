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
from phuluc.model import Line

#: A line that starts a list item: "- ", "+ ", "• ", "1. ", "2) ", "a) ".
MARKER_RE = re.compile(r"^(?:[-+•▪❖➢✓*–]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)")
#: A line that opens a bulleted item: a bullet glyph or dash, a space, then a letter (a capital,
#: checked apart). A dash that wrapped inside a phrase ("chính trị" | "- xã hội") is followed by
#: lower case; one inside a name ("Phòng Tài chính" | "– Kế hoạch") follows a word, not an item end.
_BULLET_ITEM_RE = re.compile(r"^[-+•▪❖➢✓*–]\s+(?=[^\W\d_])")
#: How the line before a new bulleted item ends: punctuation, not a word.
_ITEM_END_RE = re.compile(r"[.;:,!?…)\]'\"’”]$")
#: Punctuation that ends a sentence or a list item.
_TERMINAL_RE = re.compile(r"[.;:!?…]['\"’”)]*$")
#: A wrap right after one of these, with no space before it, fell inside a token: "2022-2025",
#: "thôn/tổ", "Văn hóa–Thông tin".
_IN_WORD_BREAK_RE = re.compile(r"\S[-/–]$")
#: Room (pt) a line must leave beyond the next word's width before the break counts as chosen.
FIT_TOLERANCE = 1.0
#: A gap between lines this much (as a share of the line height) over the cell's tightest gap marks
#: paragraph spacing.
PARAGRAPH_GAP_SHARE = 0.35
_VOWEL_GROUP_RE = re.compile("[aăâeêioôơuưyáắấéếíóốớúứýàằầèềìòồờùừỳảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]+")
#: A single-word line counts as cut inside the word only when its free room is short of the next
#: character's width by more than this (pt): slack is measured against an estimated padding.
CUT_WORD_MARGIN = 0.5


def _starts_lower(text: str) -> bool:
    first = text.lstrip("\"'“‘(")[:1]
    return first.isalpha() and first.islower()


def _one_word(left: str, right: str) -> bool:
    """Whether two fragments read as one cut word: same kind of character on both sides of the
    cut, and for lower-case letters one Vietnamese syllable (a single vowel group: "rạc" + "h").
    """
    a, b = left[-1:], right[:1]
    if a.isdigit() and b.isdigit():
        return True
    if a.isupper() and b.isupper():
        return True
    if a.islower() and b.islower():
        joined = re.split(r"[-/–]", left)[-1] + re.split(r"[-/–\s]", right)[0]
        return len(_VOWEL_GROUP_RE.findall(joined.lower())) == 1
    return False


def _wrap_joiner(prev: Line, nxt: Line) -> str:
    """Space or nothing for a line that wrapped.

    A word too long for the column is cut at the last character that fits, so the cut line holds
    that one word and too little room for the next character, and the two fragments read as one
    word; a whole word that happens to fill the line fails one of those tests.
    """
    prev_text = prev.text.rstrip()
    if _IN_WORD_BREAK_RE.search(prev_text) and nxt.text[:1].isalnum():
        return ""
    if (
        prev.slack is not None
        and nxt.first_char_width is not None
        and " " not in prev_text
        and prev.slack + CUT_WORD_MARGIN < nxt.first_char_width
        and _one_word(prev_text, nxt.text)
    ):
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
    if _BULLET_ITEM_RE.match(nxt.text) and not _starts_lower(nxt.text[1:].lstrip()) and _ITEM_END_RE.search(prev.text):
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
    usual_gap = min(gaps) if gaps else None  # the tightest gap is the one inside a paragraph
    parts = [texts[0].text.strip()]
    for prev, nxt in zip(texts, texts[1:]):
        parts.append(joiner(prev, nxt, usual_gap, line_height))
        parts.append(nxt.text.strip())
    return "".join(parts)
