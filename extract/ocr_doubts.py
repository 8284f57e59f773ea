"""Words a scan was read as that no Vietnamese text writes: a stamp, a signature or a smudge over a cell.

Tesseract's confidence is a mean over a row's words, and a red seal or a signature across a cell
adds a few garbled words ("⁄N NHẦƠN", "Ty+mể@trời") to a row still read at 82-92
(samples/audit48 F3/F4), above what sends a row to review. A word that mixes letters with signs no
word holds, or one with Vietnamese marks that spells no syllable (and is no abbreviation), is
named in a warning with its row, so the reader checks those cells against the page. No word list
is used: misreads into other real words ("dẫn" for "dân") are not seen here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.model import Row
from core.text import MARKED_LETTERS
from extract.reflow import is_vietnamese_syllable
from extract.run_together import TEXT_FIELDS

#: How many words, and rows, a warning quotes.
QUOTED_WORDS, QUOTED_ROWS = 6, 8
#: Signs a word may hold inside it: "VH-XH", "2022/2025", "TN&MT", "14.8", "HĐND,UBND", "Nhân dân's".
_INNER_SIGNS = frozenset("-/&.,'’–:")
#: Signs a word may open or close with: brackets, quotes, punctuation, a list's bullet, a percent.
_EDGE_SIGNS = "()[]{}\"“”‘’'.,;:!?…%-–•+*"
_VOWEL_RE = re.compile("[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]")


def is_misread(token: str) -> bool:
    """Tell whether a token of OCR'd text is no word: letters mixed with other signs, or marked letters in no syllable.

    >>> [is_misread(t) for t in ("Ty+mể@trời", "NHẦƠN", "⁄N", "(VH-XH)", "HĐND", "người,", "Zalo", "90%")]
    [True, True, True, False, False, False, False, False]
    """
    word = token.strip(_EDGE_SIGNS)
    if not any(ch.isalpha() for ch in word):
        return False
    if any(not (ch.isalnum() or ch in _INNER_SIGNS) for ch in word):
        return True
    return any(_misspelt(part) for part in re.split(r"[-/&.,'’–:]", word) if part)


def _misspelt(part: str) -> bool:
    """Tell whether a run of letters holds Vietnamese marks yet spells no syllable, nor an abbreviation in capitals."""
    if not part.isalpha() or MARKED_LETTERS.isdisjoint(part):
        return False  # digits, a foreign word, a Latin abbreviation
    if part.isupper() and (len(part) <= 1 or not _VOWEL_RE.search(part[1:])):
        return False  # "HĐND", "ĐT", "Đ": capitals that name, not a syllable
    return not is_vietnamese_syllable(part)


def misread_words_warning(rows: Sequence[Row]) -> tuple[str, ...]:
    """Say which OCR'd rows hold words no Vietnamese text writes, quoting them."""
    found: dict[str, list[str]] = {}
    for row in rows:
        if row.ocr_confidence is None:
            continue
        words = [t for field in TEXT_FIELDS for t in getattr(row, field).split() if is_misread(t)]
        if words:
            found[row.key] = words
    if not found:
        return ()
    quoted = [word for words in found.values() for word in words][:QUOTED_WORDS]
    keys = list(found)
    more = f" and {len(keys) - QUOTED_ROWS} more" if len(keys) > QUOTED_ROWS else ""
    return (
        f"OCR read words no Vietnamese text writes in row(s) {', '.join(keys[:QUOTED_ROWS])}{more} "
        f"({', '.join(repr(w) for w in quoted)}): a stamp, a signature or a smudge may lie over those cells; "
        "check them against the page",
    )
