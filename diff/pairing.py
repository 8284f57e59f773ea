"""Pair the rows of two plans: by key where the indicator text agrees, else by indicator text.

A key ("D.C.I") holds the number of a row's first indicator, so dropping or adding an indicator
renumbers the rows after it, and the old key then names a different indicator. Pairing is
therefore best-first over indicator-text similarity, with the key only breaking ties; pairs of
equal keys left over at the end (an indicator reworded past recognition) still pair by key.
Row order in the documents plays no part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from core.model import Row
from core.text import canonical_text, fold
from diff.model import Pair

#: 0-100 ``fuzz.ratio`` score two rows' indicator texts need to pair across different keys.
#: Measured on the real 2024 plan: the closest two *different* rows score 73.8 (4.2.1 vs 4.2.2,
#: the same survey question about two services), so 80 keeps distinct indicators apart while a
#: renumbered row (score 100) or one with a few words changed still finds its partner.
TEXT_MATCH_CUTOFF = 80.0

#: A list number at the start of a line ("4. Tỷ lệ ..."); it repeats the key, so it is not text.
_LIST_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*[.)]\s+")
_KEY_PART_RE = re.compile(r"\d+")


def strip_list_numbers(text: str) -> str:
    r"""Drop the list number at the start of each line of ``text`` ("4. Tỷ lệ" -> "Tỷ lệ").

    >>> strip_list_numbers("1. Thu ngân sách\n2. Chi ngân sách")
    'Thu ngân sách\nChi ngân sách'
    """
    return "\n".join(_LIST_NUMBER_RE.sub("", line) for line in text.split("\n"))


def match_text(row: Row) -> str:
    """Return what rows are matched on: the folded indicator text (the tasks where a row has none)."""
    text = strip_list_numbers(canonical_text(row.indicators)) if row.indicators.strip() else row.tasks
    return " ".join(fold(text).split())


def text_score(old: Row, new: Row) -> float:
    """Score the 0-100 similarity of two rows' :func:`match_text`, rounded to one decimal."""
    return round(fuzz.ratio(match_text(old), match_text(new)), 1)


def key_order(key: str) -> tuple[int, ...]:
    """Sort keys so as to put "6.1.10" after "6.1.9" and "1.1.1-2" after "1.1.1".

    >>> sorted(["6.1.10", "6.1.9", "1.1.1-2", "1.1.1"], key=key_order)
    ['1.1.1', '1.1.1-2', '6.1.9', '6.1.10']
    """
    return tuple(int(part) for part in _KEY_PART_RE.findall(key))


def pair_rows(old: Sequence[Row], new: Sequence[Row]) -> tuple[tuple[Pair, ...], tuple[Row, ...], tuple[Row, ...]]:
    """Pair old rows with new rows; returns ``(pairs, removed, added)``, each sorted by key.

    Every candidate pair scoring at least :data:`TEXT_MATCH_CUTOFF` is taken best first (on a
    tie, same key first, then key order), each row at most once. Rows still free whose keys are
    equal then pair by key with whatever score they have.
    """
    old_texts = [match_text(row) for row in old]
    new_texts = [match_text(row) for row in new]
    candidates: list[tuple[float, bool, tuple[int, ...], tuple[int, ...], int, int]] = []
    for i, old_text in enumerate(old_texts):
        for j, new_text in enumerate(new_texts):
            score = round(fuzz.ratio(old_text, new_text), 1)
            if score >= TEXT_MATCH_CUTOFF:
                same = old[i].key == new[j].key
                candidates.append((-score, not same, key_order(new[j].key), key_order(old[i].key), i, j))
    candidates.sort()
    taken_old: dict[int, Pair] = {}
    taken_new: set[int] = set()
    for neg_score, other_key, _, _, i, j in candidates:
        if i in taken_old or j in taken_new:
            continue
        taken_old[i] = Pair(old[i], new[j], "text" if other_key else "key", -neg_score)
        taken_new.add(j)
    free_new = {row.key: j for j, row in enumerate(new) if j not in taken_new}
    for i, row in enumerate(old):
        j_free = free_new.get(row.key)
        if i not in taken_old and j_free is not None:
            taken_old[i] = Pair(row, new[j_free], "key", round(fuzz.ratio(old_texts[i], new_texts[j_free]), 1))
            taken_new.add(j_free)
    pairs = sorted(taken_old.values(), key=lambda p: (key_order(p.new.key), key_order(p.old.key)))
    removed = sorted((row for i, row in enumerate(old) if i not in taken_old), key=lambda r: key_order(r.key))
    added = sorted((row for j, row in enumerate(new) if j not in taken_new), key=lambda r: key_order(r.key))
    return tuple(pairs), tuple(removed), tuple(added)
