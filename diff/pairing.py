"""Pair the rows of two plans: by key where the indicator text agrees, else by indicator text.

A key ("D.C.I") holds the number of a row's first indicator, so dropping or adding an indicator
renumbers the rows after it, and the old key then names a different indicator. Pairing is
therefore best-first over indicator-text similarity, with the key only breaking ties; pairs of
equal keys left over at the end still pair by key where the rest of the row agrees (an indicator
reworded past recognition keeps its tasks; one replaced by another at its key brings its own:
removed and added, samples/audit43 F1).
Row order in the documents plays no part. One exception comes first: rows of the same key whose
first indicator is the same line are the same row, whatever the rest of their text (a row split
in two keeps its key and first indicator; the part moved out scores higher against the old row).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from core.model import AGENCY_FIELDS, Row
from core.text import canonical_text, fold
from diff.model import Pair

#: 0-100 ``fuzz.ratio`` score two rows' indicator texts need to pair across different keys.
#: Measured on the real 2024 plan: the closest two *different* rows score 73.8 (4.2.1 vs 4.2.2,
#: the same survey question about two services), so 80 keeps distinct indicators apart while a
#: renumbered row (score 100) or one with a few words changed still finds its partner.
TEXT_MATCH_CUTOFF = 80.0
#: 0-100 ``fuzz.ratio`` score the rest of two rows of one key (tasks, or agencies) needs where their
#: indicators score under the cutoff: a row rewritten between years scores 64-80, another row at a
#: freed key 35 (samples/review43 probes, samples/audit43 F1).
REST_AGREEMENT = 50.0

#: A list number at the start of a line ("4. Tỷ lệ ...", "4) ...", "4/ ..."); it repeats the key, so it is not text.
_LIST_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*[.)/]\s+")
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


def first_line(text: str) -> str:
    """Return the first non-blank line of a row's :func:`match_text` source, folded: the indicator its key names."""
    for line in strip_list_numbers(canonical_text(text)).split("\n"):
        if line.strip():
            return " ".join(fold(line).split())
    return ""


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

    Rows of equal keys whose first indicator lines are equal pair first. Then every candidate
    pair scoring at least :data:`TEXT_MATCH_CUTOFF` is taken best first (on a tie, same key
    first, then key order), each row at most once. Rows still free whose keys are equal then
    pair by key with whatever score they have, where the rest of the two rows agrees (:func:`rest_agrees`).
    """
    old_texts = [match_text(row) for row in old]
    new_texts = [match_text(row) for row in new]
    taken_old: dict[int, Pair] = {}
    taken_new: set[int] = set()
    same_first = _same_key_and_first_indicator(old, new)
    for i, j in same_first:
        taken_old[i] = Pair(old[i], new[j], "key", round(fuzz.ratio(old_texts[i], new_texts[j]), 1))
        taken_new.add(j)
    candidates: list[tuple[float, bool, tuple[int, ...], tuple[int, ...], int, int]] = []
    free = [j for j in range(len(new)) if j not in taken_new]
    choices = [new_texts[j] for j in free]
    for i, old_text in enumerate(old_texts):
        if i in taken_old:
            continue
        for j, score in _close_texts(old_text, choices, free):
            same = old[i].key == new[j].key
            candidates.append((-score, not same, key_order(new[j].key), key_order(old[i].key), i, j))
    candidates.sort()
    for neg_score, other_key, _, _, i, j in candidates:
        if i in taken_old or j in taken_new:
            continue
        taken_old[i] = Pair(old[i], new[j], "text" if other_key else "key", -neg_score)
        taken_new.add(j)
    free_new = {row.key: j for j, row in enumerate(new) if j not in taken_new}
    for i, row in enumerate(old):
        j_free = free_new.get(row.key)
        if i not in taken_old and j_free is not None and rest_agrees(row, new[j_free]):
            taken_old[i] = Pair(row, new[j_free], "key", round(fuzz.ratio(old_texts[i], new_texts[j_free]), 1))
            taken_new.add(j_free)
    pairs = sorted(taken_old.values(), key=lambda p: (key_order(p.new.key), key_order(p.old.key)))
    removed = sorted((row for i, row in enumerate(old) if i not in taken_old), key=lambda r: key_order(r.key))
    added = sorted((row for j, row in enumerate(new) if j not in taken_new), key=lambda r: key_order(r.key))
    return tuple(pairs), tuple(removed), tuple(added)


def rest_text(row: Row) -> str:
    """Return, folded, what a row says besides :func:`match_text`: its tasks, or its agency cells without indicators."""
    text = row.tasks if row.indicators.strip() else "\n".join(row.text(role) for role in AGENCY_FIELDS)
    return " ".join(fold(text).split())


def rest_agrees(old: Row, new: Row) -> bool:
    """Tell whether two rows of one key whose indicators differ past the cutoff still say the same otherwise.

    An indicator reworded past recognition keeps the tasks that serve it, edited as a year's plan
    edits them (a clause reworded, a bullet added or moved: 64-80, samples/review43); a new
    indicator put at a dropped one's key (the component's first replaced) comes with tasks of its
    own (35, samples/audit43 F1). A side with nothing there says nothing against the pair.
    """
    old_rest, new_rest = rest_text(old), rest_text(new)
    return not old_rest or not new_rest or fuzz.ratio(old_rest, new_rest) >= REST_AGREEMENT


def _same_key_and_first_indicator(old: Sequence[Row], new: Sequence[Row]) -> list[tuple[int, int]]:
    """Return the (old, new) indexes of rows whose key is on each side once and whose first indicators agree."""
    new_by_key: dict[str, list[int]] = {}
    for j, row in enumerate(new):
        new_by_key.setdefault(row.key, []).append(j)
    old_by_key: dict[str, list[int]] = {}
    for i, row in enumerate(old):
        old_by_key.setdefault(row.key, []).append(i)
    old_firsts = Counter(first_line(row.indicators) for row in old)
    new_firsts = Counter(first_line(row.indicators) for row in new)
    found = []
    for key, olds in old_by_key.items():
        news = new_by_key.get(key, [])
        if len(olds) != 1 or len(news) != 1 or not old[olds[0]].indicators.strip():
            continue
        first = first_line(old[olds[0]].indicators)
        # a first line several rows share ("Tỷ lệ người dân:" over items) names none of them
        if first and first == first_line(new[news[0]].indicators) and old_firsts[first] == new_firsts[first] == 1:
            found.append((olds[0], news[0]))
    return found


def _close_texts(text: str, choices: Sequence[str], indexes: Sequence[int]) -> list[tuple[int, float]]:
    """Return (index, score) of the choices whose rounded ratio to ``text`` reaches the cutoff.

    One call into RapidFuzz per row, not one per pair: two plans of 1,000 rows are a million pairs
    (samples/audit31 F3). Scores are rounded as :func:`text_score` rounds them, and the cutoff
    taken on the rounded score (a raw 79.96 counts as 80.0).
    """
    if not text:  # scored pair by pair, as the library treats an empty query its own way
        scores = [(j, round(fuzz.ratio(text, choice), 1)) for j, choice in zip(indexes, choices, strict=True)]
        return [(j, score) for j, score in scores if score >= TEXT_MATCH_CUTOFF]
    found = process.extract(text, choices, scorer=fuzz.ratio, score_cutoff=TEXT_MATCH_CUTOFF - 0.05, limit=None)
    rounded = [(indexes[at], round(score, 1)) for _, score, at in found]
    return [(j, score) for j, score in rounded if score >= TEXT_MATCH_CUTOFF]
