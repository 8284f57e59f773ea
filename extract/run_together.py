"""Words run together: a document whose own text has lost the spaces between syllables.

Vietnamese is written one syllable a word, so "cơsở", "trảlời" or "vàThông" (two syllables, no
space) are not typing habits but damage: a DOCX made from a PDF by a converter (pdf2docx) joins a
PDF line's pieces with nothing between them, and the file then reads so in Word too. phuluc reads
such a file faithfully; the rows' text and agency names are wrong all the same, so it is said,
with the original PDF named as the better input (samples/audit30).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources

from core.model import AGENCY_FIELDS, GROUP_FIELDS, Row
from core.text import MARKED_LETTERS
from extract.reflow import is_vietnamese_syllable

#: Fewer words run together than this, or a smaller share of the words, are typing slips ("vàThông" once) ...
MIN_RUN_TOGETHER = 3
MIN_RUN_TOGETHER_SHARE = 0.002
#: ... and so are fewer distinct ones than this, unless they are many: a converter's DOCX runs 6 to
#: 240 distinct pairs together (samples/audit30), a clean plan's loanwords no list holds a few, repeated
#: ("Êđê" 4 times: review34), while a file whose every row repeats four pairs (32 of 416 words: review35) is damaged.
MIN_DISTINCT_RUN_TOGETHER = 5
MANY_RUN_TOGETHER, MANY_RUN_TOGETHER_SHARE = 10, 0.02
#: Words written whole though they read as two syllables ("ôtô", "Êđê"): data, not code.
WHOLE_WORDS_FILE = "whole_words.toml"
#: Distinct words whose verdict is remembered: a plan's words repeat (a few thousand distinct in 10,000).
WORD_CACHE_SIZE = 16384
#: How many such words a warning quotes.
QUOTED_WORDS = 5
#: The fields whose words are checked: every text a plan writes in sentences or names.
TEXT_FIELDS = (*GROUP_FIELDS, "indicators", "tasks", *AGENCY_FIELDS)
_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def is_run_together(word: str) -> bool:
    """Whether ``word`` is two Vietnamese syllables with no space between them, and no one syllable.

    >>> is_run_together("trảlời"), is_run_together("vàThông"), is_run_together("trường"), is_run_together("Zalo")
    (True, True, False, False)
    >>> is_run_together("ôtô"), is_run_together("Êđê")  # written whole (whole_words.toml)
    (False, False)
    """
    if MARKED_LETTERS.isdisjoint(word) or is_vietnamese_syllable(word) or word.casefold() in whole_words():
        return False
    return any(is_vietnamese_syllable(word[:i]) and is_vietnamese_syllable(word[i:]) for i in range(1, len(word)))


@functools.cache
def whole_words() -> frozenset[str]:
    """Return the words of :data:`WHOLE_WORDS_FILE`, case folded."""
    text = resources.files("extract").joinpath(WHOLE_WORDS_FILE).read_text(encoding="utf-8")
    return frozenset(word.casefold() for word in tomllib.loads(text)["words"])


def _words(rows: Iterable[Row]) -> Iterable[str]:
    for row in rows:
        if row.ocr_confidence is not None:
            continue  # a scan's misreads are the reader's, not spaces the file's own text lost
        for field in TEXT_FIELDS:
            yield from _WORD_RE.findall(getattr(row, field))


def run_together_warning(rows: Sequence[Row]) -> tuple[str, ...]:
    """Say that the rows' words run syllables together, when they do more than typing slips would."""
    words = list(_words(rows))
    joined = [word for word in words if is_run_together(word)]
    distinct = Counter(joined)
    many = len(joined) >= MANY_RUN_TOGETHER and len(joined) >= MANY_RUN_TOGETHER_SHARE * len(words)
    if (
        len(joined) < MIN_RUN_TOGETHER
        or (len(distinct) < MIN_DISTINCT_RUN_TOGETHER and not many)
        or len(joined) < MIN_RUN_TOGETHER_SHARE * len(words)
    ):
        return ()
    quoted = ", ".join(repr(word) for word, _ in distinct.most_common(QUOTED_WORDS))
    return (
        f"{len(joined)} of {len(words)} words are two Vietnamese syllables run together ({quoted}): the file's "
        "own text has lost spaces, as a DOCX converted from a PDF does; its rows and agency names read so. "
        "Read the original PDF if there is one",
    )
