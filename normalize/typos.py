"""Typos in abbreviations, initials and marks, for the rules of :mod:`normalize.rules` that read them.

:func:`fix_abbreviation_typos` writes out a word typed one letter off a standard abbreviation
("UBDN" for "UBND"); :func:`initials_typo` reads a head word and a run of initials with two
letters swapped, one doubled or one left out ("Phòng TCHK" for "Phòng TC-KH"); :func:`mark_typo`
a name with the marks of one word wrong ("Sỏ Y tế": the hook of "ỏ" for the horn and hook of "ở").
"""

from __future__ import annotations

import functools

from rapidfuzz.distance import OSA

from core.text import strip_marks
from normalize.fuzzy import HEAD_TYPO_EDITS
from normalize.index import AgencyIndex
from normalize.keys import KEY_CACHE_SIZE, compact_key, expand, has_marks
from normalize.vocab import ABBREVIATIONS

#: Shortest standard abbreviation (letters) whose typos are read: "UBDN" for "UBND"; shorter ones
#: ("TP", "UB") are one edit from too many other words.
ABBREVIATION_TYPO_MIN_LETTERS = 4


def fix_abbreviation_typos(query: str) -> str:
    """Write out each word one edit from exactly one standard abbreviation ("ubdn" -> "ủy ban nhân dân").

    Only abbreviations of :data:`ABBREVIATION_TYPO_MIN_LETTERS` letters or more, and only words
    that are no abbreviation themselves; :func:`normalize.rules.rescue` tries the result, so the match is fuzzy.

    >>> fix_abbreviation_typos("văn phòng hđnd và ubdn thành phố")
    'văn phòng hội đồng nhân dân và ủy ban nhân dân thành phố'
    """
    return expand(" ".join(_abbreviation_of_typo(word) for word in query.split()))


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)  # a plan's spans share their words: each is compared once
def _abbreviation_of_typo(word: str) -> str:
    """Return the full form of the one standard abbreviation ``word`` is one edit from, else ``word`` itself."""
    near = [
        full
        for short, full in ABBREVIATIONS.items()
        if len(short) >= ABBREVIATION_TYPO_MIN_LETTERS
        and word not in ABBREVIATIONS
        and OSA.distance(word, short) == HEAD_TYPO_EDITS
    ]
    return near[0] if len(near) == 1 else word


#: Fewest letters typed initials need for :func:`initials_typo` to read a typo in them.
INITIALS_TYPO_MIN_LETTERS = 3


def initials_typo(raw: str, index: AgencyIndex) -> str | None:
    """Return the one entry whose initials ``raw`` types with two letters swapped, one doubled or one left out.

    Only a head word and one run of initials ("Phòng TCHK" for "Phòng TC-KH"), the same head
    word, and never a letter changed for another: "Phòng NNMT" and "Phòng TNMT" are two bodies.
    """
    typed = compact_key(raw).split()
    if len(typed) != 2 or len(typed[1]) < INITIALS_TYPO_MIN_LETTERS:
        return None
    ids = {
        agency_id
        for letters, agency_id in index.initial_runs.get(typed[0], ())
        if abs(len(letters) - len(typed[1])) <= 1 and _one_slip(typed[1], letters)
    }
    return next(iter(ids)) if len(ids) == 1 else None


def _one_slip(typed: str, letters: str) -> bool:
    """Tell whether ``typed`` is ``letters`` with two neighbours swapped, one letter doubled or one left out."""
    if OSA.distance(typed, letters) != 1:
        return False
    return len(typed) != len(letters) or sorted(typed) == sorted(letters)


#: Words of a name whose marks :func:`mark_typo` lets be wrong: one. Two words off is another name or a worse typo.
MARK_TYPO_WORDS = 1


def mark_typo(query: str, index: AgencyIndex) -> str | None:
    """Return the one entry ``query`` names with the marks of one word wrong, or None.

    "Sỏ Y tế" is "Sở Y tế": every letter is the entry's, every other word is written exactly as
    the entry's, and the one word that differs has marks of its own (a word typed without any is
    :func:`normalize.rules._unmarked_words`'s), put on the wrong letter or in the wrong form. It
    counts only where it cannot be another body: exactly one entry fits, and the word typed is no
    head noun of the list ("Ban" is never "Bàn", nor a head another's).
    """
    words = query.split()
    fits = set()
    for key, agency_id in index.unmarked.get(strip_marks(query), ()):
        differ = [(q, k) for q, k in zip(words, key.split(), strict=True) if q != k]
        if len(differ) == MARK_TYPO_WORDS and has_marks(differ[0][0]) and not _is_head(differ[0][0], index):
            fits.add(agency_id)
    return fits.pop() if len(fits) == 1 else None


def _is_head(word: str, index: AgencyIndex) -> bool:
    """Tell whether ``word``, as written with its marks, opens a name of the list."""
    return any(key.split(" ", 1)[0] == word for keys in index.unmarked.values() for key, _ in keys)
