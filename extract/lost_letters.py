"""A letter the producer never drew: "ư" gone from a whole document, put back where one place for it spells a word.

TCVN3 (the ".VnTime" fonts) codes "ư" as byte 0xAD, which Unicode software takes for a soft
hyphen: LibreOffice (and Word, with optional hyphens hidden) draws nothing there, or "-" where it
breaks the line, so a PDF printed from such a file shows and holds "ngời", "đợc", "c-ờng"
(samples/audit49 F1). Vietnamese text of any length writes "ư" many times ("người", "được",
"những"), so a document without one whose words spell syllables with one put back has lost it.
Each such word is mended only where exactly one place for the letter spells a Vietnamese
syllable, and the warning says how many and which.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import Any

from core.model import Row
from core.text import MARKED_LETTERS
from extract.reflow import is_vietnamese_syllable
from extract.run_together import TEXT_FIELDS

#: The letter lost, lower and upper case.
LOST, LOST_UPPER = "ư", "Ư"
#: The row fields whose words are mended (the extra columns' too).
MENDED_FIELDS = (*TEXT_FIELDS, "deadline", "expected_result")
#: Fewer mended words than this, in a document with no "ư", are left alone: a short text may lack the
#: letter, and a few typos or foreign words may spell a syllable with it (a plan that lost it has dozens).
MIN_MENDED = 5
#: At least this share of the words carry Vietnamese marks in Vietnamese text (about half do, "ư" or not).
MARKED_SHARE = 0.25
#: How many mended words a warning quotes.
QUOTED_WORDS = 5
#: A vowel's base letter, once the marks are taken apart (NFD).
_VOWEL_RE = re.compile("[AEIOUY]", re.IGNORECASE)
#: Words spelled like syllables of their own that stand for the word with the letter ("ngời": "người").
WORDS_FILE = "lost_letter.toml"
#: A word, or two letter runs joined by the "-" a soft hyphen was drawn as at a line's end ("c-ờng").
_WORD_RE = re.compile(r"[^\W\d_]+-[^\W\d_]+|[^\W\d_]+")


@functools.cache
def _words() -> dict[str, str]:
    text = resources.files("extract").joinpath(WORDS_FILE).read_text(encoding="utf-8")
    return dict(tomllib.loads(text)["words"])


@functools.lru_cache(maxsize=4096)
def mended(word: str) -> str | None:
    """Return ``word`` with the one "ư" that makes it a syllable, None when it needs none or more than one place fits.

    >>> mended("đợc"), mended("c-ờng"), mended("TRỜNG"), mended("ngời"), mended("người"), mended("km"), mended("t")
    ('được', 'cường', 'TRƯỜNG', 'người', None, None, None)
    """
    if (whole_word := _words().get(word)) is not None:
        return whole_word
    letter = LOST_UPPER if word.isupper() else LOST
    if "-" in word:  # the soft hyphen drawn at a line's end stands where the letter was
        left, right = word.split("-")
        whole = left + letter + right
        return whole if not is_vietnamese_syllable(left) and is_vietnamese_syllable(whole) else None
    if len(word) < 2 or is_vietnamese_syllable(word) or not _VOWEL_RE.search(unicodedata.normalize("NFD", word)):
        return None  # a letter ("điểm b"), a unit or an abbreviation ("km", "tr.", "NN") is written so
    fits = {word[:i] + letter + word[i:] for i in range(len(word) + 1)}
    fits = {candidate for candidate in fits if is_vietnamese_syllable(candidate)}
    return fits.pop() if len(fits) == 1 else None


def restore_lost_letter(rows: Sequence[Row], title: str) -> tuple[list[Row], str, tuple[str, ...]]:
    """Put "ư" back into the rows and the title when the rows have none and enough words spell syllables with it."""
    texts = [text for row in rows for text in _texts(row)]
    if any(LOST in text or LOST_UPPER in text for text in texts):
        return list(rows), title, ()
    words = [word for text in texts for word in _WORD_RE.findall(text)]
    found = Counter(word for word in words if mended(word) is not None)
    if sum(found.values()) < MIN_MENDED or not _vietnamese(words):
        return list(rows), title, ()
    out = [_mended_row(row) for row in rows]
    quoted = ", ".join(f"{word!r} -> {mended(word)!r}" for word, _ in found.most_common(QUOTED_WORDS))
    return (
        out,
        _mend_text(title),
        (
            f"the document's text has no letter 'ư', and {sum(found.values())} words spell Vietnamese only with it "
            f"({quoted}): its producer drew none (TCVN3 codes 'ư' as the soft hyphen's byte); it was put back where "
            "one place for it spells a word, and is still missing where none or several do",
        ),
    )


def _vietnamese(words: Sequence[str]) -> bool:
    """Tell whether the words are Vietnamese: a share of them carry its marks (an English plan writes no "ư" either)."""
    marked = sum(1 for word in words if not MARKED_LETTERS.isdisjoint(word))
    return marked >= MARKED_SHARE * len(words)


def _mended_row(row: Row) -> Row:
    changes: dict[str, Any] = {field: _mend_text(getattr(row, field)) for field in MENDED_FIELDS}
    changes["extra"] = tuple((label, _mend_text(text)) for label, text in row.extra)
    return dataclasses.replace(row, **changes)


def _texts(row: Row) -> list[str]:
    return [*(getattr(row, field) for field in MENDED_FIELDS), *(text for _, text in row.extra)]


def _mend_text(text: str) -> str:
    return _WORD_RE.sub(lambda match: mended(match.group(0)) or match.group(0), text)
