"""Scopes: the indicators ("chỉ tiêu 1, 2") a cell says a body's task covers.

A scope is written in a parenthesis after a name ("(chỉ tiêu 1,2)"), after a dash or colon
closing a piece ("Phòng Y tế - chỉ tiêu 4"), or as a label opening a line ("Chỉ tiêu 1, 2:
Phòng Nội vụ"). Its words are matched on :func:`core.text.bare` text, so a scope typed without
marks ("chi tieu 2") reads the same.
"""

from __future__ import annotations

import re

from core.text import bare
from normalize.vocab import INDICATOR_WORDS, alternation

#: The words for an indicator (vocabulary [scopes]): "chỉ tiêu", "nội dung", spaces optional.
_WORD = alternation(INDICATOR_WORDS, r"\s*")

#: A scope after a dash, colon or comma closing a piece ("Phòng Y tế - chỉ tiêu 4").
TRAILING_SCOPE_RE = re.compile(bare(rf"\s*[-–—:,]\s*(?P<scope>(?:các\s+)?(?:{_WORD}|CT)\b[^()]*)$"), re.IGNORECASE)
#: The word for an indicator, with what may follow it before the numbers: "chỉ tiêu", "CT" (also
#: glued to its number, "CT1"), "các chỉ tiêu:", "chỉ tiêu số", "chỉ tiêu thứ", "chỉ tiêu từ"; and
#: before it, "đối với" (as for) and the like.
_INDICATOR_WORD_RE = re.compile(
    bare(
        r"(?:(?:đối\s+với|áp\s+dụng\s+(?:cho|với)|riêng|với|cho|ở|tại|chủ\s+trì|phối\s+hợp|thực\s+hiện)\s+)?"
        rf"(?:các\s+)?(?:{_WORD}|(?<![^\W\d_])CT(?![^\W\d_]))\s*(?:(?:số|thứ)\s*)?(?:từ\s*)?:?\s*"
    ),
    re.IGNORECASE,
)
#: The numbers once the indicator words are taken out: "1, 2", "1-4", "1; 2", "7 đến 9", "1 và 2".
_INDICATOR_LIST_RE = re.compile(bare(r"[\d\s,;.\-–—]+(?:(?:và|đến)\s*[\d\s,;.\-–—]+)*"), re.IGNORECASE)
_RANGE_RE = re.compile(bare(r"^(\d+)\s*(?:-|–|—|đến)\s*(\d+)$"))
#: A scope written as a label before the bodies of its line: "Chỉ tiêu 1, 2: Phòng Nội vụ".
_SCOPE_LABEL_RE = re.compile(bare(rf"^\s*(?P<scope>(?:các\s+)?(?:{_WORD}|CT)\b[^:()]*?)\s*:\s*(?=\S)"), re.IGNORECASE)
#: The largest indicator range taken literally; "1-400" is a typo, kept as a note.
MAX_INDICATOR_RANGE = 50


def parse_indicators(content: str) -> tuple[int, ...] | None:
    """Return the indicator numbers of a "chỉ tiêu ..." note, None when the note is something else.

    >>> parse_indicators("chỉ tiêu từ 1-4"), parse_indicators("chỉ tiêu 1,2"), parse_indicators("là cơ quan")
    ((1, 2, 3, 4), (1, 2), None)
    >>> parse_indicators("CT1, CT2"), parse_indicators("chỉ tiêu 1 và chỉ tiêu 3"), parse_indicators("các chỉ tiêu: 2")
    ((1, 2), (1, 3), (2,))
    """
    content = bare(content.strip())
    if _INDICATOR_WORD_RE.match(content) is None:
        return None
    listed = _INDICATOR_WORD_RE.sub(" ", content).strip()
    if not listed or _INDICATOR_LIST_RE.fullmatch(listed) is None:
        return None
    numbers: set[int] = set()
    for part in re.split(r"[,;]|\bva\b", listed):
        part = part.strip(" .")
        if not part:
            continue
        span = _RANGE_RE.match(part)
        if span:
            low, high = int(span.group(1)), int(span.group(2))
            if not 0 < high - low <= MAX_INDICATOR_RANGE:
                return None
            numbers.update(range(low, high + 1))
        elif part.isdigit():
            numbers.add(int(part))
        else:
            return None
    return tuple(sorted(numbers)) or None


def union_indicators(*scopes: tuple[int, ...]) -> tuple[int, ...]:
    """Return the indicators of several scopes together, once each, in order."""
    return tuple(sorted({number for scope in scopes for number in scope}))


def scope_label(line: str) -> tuple[str, tuple[int, ...]]:
    """Take a scope written as a label off the start of a line ("Chỉ tiêu 1, 2: Phòng Nội vụ")."""
    label = _SCOPE_LABEL_RE.match(bare(line))
    scope = parse_indicators(label.group("scope")) if label else None
    return (line[label.end() :], scope) if label and scope else (line, ())
