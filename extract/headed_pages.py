"""A page outside the appendix's read tables that prints its header: a table no reader found there.

The chain reads the appendix from its first table on; a page before it (or after its last) whose
table was not found (centred section rows hid its columns, a table typed with tabs) would go
unsaid, its rows missing with exit 0. Where such a page prints the appendix's header, its text from
the header down is counted as lost by the coverage ledger (:mod:`extract.coverage`); after the
appendix, a header under a title of its own ("PHỤ LỤC II") is another appendix's table not read.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from core.text import fold, ink
from extract.coverage import FreeLine, PageAccount, is_appendix_title, table_title
from extract.header import STACK_SEPARATOR
from extract.pdf_objects import Char
from extract.pdf_page import PageReading
from extract.text_lines import page_text_lines, spaced

#: Lines read together when looking for the appendix's header printed on a page no table was read
#: from: its labels wrap onto a few lines, and a label set in its cell's middle starts lower.
HEADER_WINDOW_LINES = 6
#: Share of the header's labels whose opening words such lines must hold (at least three labels).
HEADER_OPENINGS_SHARE = 0.6
MIN_HEADER_OPENINGS = 3
#: Share of the first such line's words that are words of the header's labels: a header's line
#: holds nothing else, a sentence about agencies and tasks holds other words too.
HEADER_WORDS_SHARE = 0.85


def label_openings(header: Sequence[tuple[str, str]]) -> Counter[str]:
    """Return the opening words (two, folded) of each part of the header's labels, counted: "cơ quan" x4.

    A grouped label ("Cơ quan thực hiện › Chủ trì") is printed as its parts, the spanning one once.
    """
    parts = dict.fromkeys(part.strip() for _, label in header for part in label.split(STACK_SEPARATOR))
    return Counter(" ".join(_words(part)[:2]) for part in parts if part)


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(fold(text))


_WORD_RE = re.compile(r"\w+")


def header_line_at(lines: Sequence[str], runs: Sequence[int], header: Sequence[tuple[str, str]]) -> int | None:
    """Return the index of the line where the appendix's header is printed among ``lines``, if it is.

    The line is several runs of text apart (``runs``: each line's; the labels stand in their
    columns, a heading in the plan's text naming the roles is one run) holding only words of the
    header's labels, and it and the few under it hold most of the labels' openings, each as
    often as the header has it.

    >>> header = [("indicators", "Chỉ tiêu"), ("tasks", "Nhiệm vụ"), ("lead", "Cơ quan chủ trì"),
    ...     ("coordinating", "Cơ quan phối hợp")]
    >>> header_line_at(["PHỤ LỤC", "Chỉ tiêu  Nhiệm vụ  Cơ quan chủ  Cơ quan phối", "trì  hợp"], [1, 4, 2], header)
    1
    >>> header_line_at(["Cơ quan chủ trì, cơ quan phối hợp", "nhiệm vụ, chỉ tiêu"], [1, 1], header) is None
    True
    """
    openings = label_openings(header)
    total = sum(openings.values())
    if total < MIN_HEADER_OPENINGS:
        return None
    vocabulary = {word for _, label in header for word in _words(label)}
    need = max(MIN_HEADER_OPENINGS, math.ceil(HEADER_OPENINGS_SHARE * total))
    words = [_words(line) for line in lines]
    for start, own in enumerate(words):
        if runs[start] < MIN_HEADER_OPENINGS or len(own) < MIN_HEADER_OPENINGS:
            continue
        if sum(w in vocabulary for w in own) < HEADER_WORDS_SHARE * len(own):
            continue
        text = " " + " ".join(" ".join(line) for line in words[start : start + HEADER_WINDOW_LINES]) + " "
        if sum(min(text.count(f" {opening} "), times) for opening, times in openings.items()) >= need:
            return start
    return None


def mark_headed_pages(
    pages: Sequence[PageReading], accounts: list[PageAccount], header: Sequence[tuple[str, str]]
) -> list[tuple[bool, int, str, str]]:
    """Mark the pages before or after the appendix's tables that print its header: a table no reader found there.

    Their text from the header down is the appendix's, in no row (samples/review38 s4: centred section
    rows hid the first page's columns; the rows of page 2 on were read, page 1's went unsaid). After
    the appendix, a header under a title of its own ("PHỤ LỤC II") is another appendix's table not
    read: returned as :func:`_unread` gives one, to be named.
    """
    read = [a.page_no for a in accounts if a.boxes]
    named: list[tuple[bool, int, str, str]] = []
    if not read or not header:
        return named
    for page, account in zip(pages, accounts, strict=True):
        if read[0] <= account.page_no <= read[-1] or account.unread_table or page.loose is None:
            continue
        lines = page_text_lines(_free_chars(page.loose.chars, account.free))
        texts = [spaced(line.chars) for line in lines]
        at = header_line_at(texts, [len(line.spans) for line in lines], header)
        if at is None:
            continue
        if account.page_no > read[-1] and any(map(is_appendix_title, texts[:at])):
            named.append((True, account.page_no, table_title(texts[:at]), texts[at]))
            continue
        account.unread_table = True
        account.text_chars = sum(ink(text) for text in texts[at:])
    return named


def _free_chars(chars: Sequence[Char], free: Sequence[FreeLine]) -> list[Char]:
    """Return the characters of a page's free lines (in no table found on it), for their runs."""
    bands = [(line.top, line.bottom) for line in free]
    return [c for c in chars if any(top <= (c["top"] + c["bottom"]) / 2 <= bottom for top, bottom in bands)]
