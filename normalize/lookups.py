"""The sure lookups on an agency index: a key that spells an entry, or names it with a qualifier.

:func:`lookup_key` finds the entry an expanded key spells (as listed, in initials, with "và" left
out or written as a dash); :func:`lookup_qualified` the entry it names with a qualifier that does
not change the body (its own level word, where a group's members sit, who runs residential units).
Both are remembered per index: a plan repeats the same keys cell after cell.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from normalize.index import AgencyIndex, is_group
from normalize.keys import fits_initials, has_marks, without_and, without_area, without_residential_head
from normalize.vocab import AREA_TAILS, RESIDENTIAL_HEADS

#: A final level word that names the level the entry is at, with that level: "Phòng Nội vụ thành
#: phố" is the city's Phòng Nội vụ, "Sở KH&CN tỉnh" the province's Sở.
_LEVEL_SUFFIXES: tuple[tuple[str, str], ...] = ((" thành phố", "city"), (" tỉnh", "province"))
#: The level suffixes alone, for ``str.endswith``.
LEVEL_SUFFIXES = tuple(suffix for suffix, _ in _LEVEL_SUFFIXES)
#: What may follow a group's name without changing the group: where its members sit ("thuộc UBND
#: thành phố", "trên địa bàn").
GROUP_QUALIFIER_RE = re.compile(r" (?:thuộc .+|trên địa bàn\b.*)$")
#: Text every qualifier "thuộc ..." or of an area that :func:`lookup_qualified` takes off holds: the
#: first word of each of :data:`GROUP_QUALIFIER_RE` and of the area tails (a prefix pattern's "*"
#: dropped). A query holding none of it has no such qualifier (:func:`may_qualify`).
QUALIFIER_OPENERS: tuple[str, ...] = ("thuộc", "trên", *(tail.split(" ")[0].rstrip("*") for tail in AREA_TAILS))
#: The first word of each title of who runs residential units (:func:`may_open_with_head`).
_RESIDENTIAL_OPENERS = frozenset(head[0] for head in RESIDENTIAL_HEADS if head)


def lookup_key(query: str, index: AgencyIndex) -> str | None:
    """Return the entry an expanded key spells: as listed, in initials, or with "và" left out or written as a dash."""
    return _remembered(_lookup_key, query, index)


def _remembered(lookup: Callable[[str, AgencyIndex], str | None], query: str, index: AgencyIndex) -> str | None:
    """Return ``lookup(query, index)``, computed once per index (:attr:`AgencyIndex.sure`)."""
    known = index.sure.setdefault(lookup.__name__, {})
    if query not in known:
        known[query] = lookup(query, index)
    return known[query]


def _lookup_key(query: str, index: AgencyIndex) -> str | None:
    bare = without_and(query)
    return (
        index.expanded.get(query) or index.initials.get(bare) or index.joined.get(bare) or mixed_initials(bare, index)
    )


def mixed_initials(query: str, index: AgencyIndex) -> str | None:
    """Return the one entry ``query`` spells with several runs of initials ("cn vpđkđđ"), or None.

    Only a query holding a word the list's names never use, without marks ("đ" aside), is tried:
    initials are such words. Every name and alias, as written and expanded, is tried
    (:func:`fits_initials`), so "mặt trận tqvn" reads against "Mặt trận Tổ quốc Việt Nam"; only
    those whose first word or initial the query opens with can fit (:attr:`AgencyIndex.openings`).
    """
    if not may_be_initials(query, index.words, index.initials_text):
        return None
    typed = without_and(query).split()
    opening = index.openings.get(typed[0][0], ()) if typed else ()
    ids = {i for key, i in opening if fits_initials(query, key, index.words)}
    return next(iter(ids)) if len(ids) == 1 else None


def may_be_initials(query: str, words: frozenset[str], runs: str) -> bool:
    """Tell whether ``query`` holds a word that may be initials: of two letters or more, unmarked ("đ" aside).

    :func:`mixed_initials` tries only such a query. ``words`` are the words the list's names use,
    never initials; ``runs`` the initials of its spellings (:attr:`AgencyIndex.initials_text`),
    in which a word read as initials is found.
    """
    return any(
        w not in words and not has_marks(w.replace("đ", "d")) and len(w) >= 2 and w in runs for w in query.split()
    )


def is_spelled(query: str, index: AgencyIndex) -> bool:
    """Tell whether an expanded key is a listed spelling, as it is or without "và" (:func:`lookup_key`'s tables)."""
    bare = without_and(query)
    return query in index.expanded or bare in index.initials or bare in index.joined


def opens_spelling(key: str, bare: str, index: AgencyIndex) -> bool:
    """Tell whether ``key`` (``bare``: without "và") is a spelling :func:`is_spelled` finds, or opens one.

    A key no spelling opens with is read with no words after it (:mod:`normalize.levelless`).
    """
    expanded, others = index.sorted_spellings
    return is_spelled(key, index) or _opens_any(expanded, f"{key} ") or _opens_any(others, f"{bare} ")


def _opens_any(keys: tuple[str, ...], start: str) -> bool:
    """Tell whether one of the sorted ``keys`` starts with ``start``: such keys are a run, where ``start`` would go."""
    at = bisect.bisect_left(keys, start)
    return at < len(keys) and keys[at].startswith(start)


def is_spelled_before_level(query: str, index: AgencyIndex) -> bool:
    """Tell whether an expanded key is a listed spelling (:func:`is_spelled`) once a final level word is taken off.

    :func:`lookup_qualified` reads such a key ("phòng nội vụ thành phố"): only one whose stem
    is spelled so, or holds a word that may be initials, reads.
    """
    return any(is_spelled(query.removesuffix(suffix), index) for suffix, _ in _LEVEL_SUFFIXES if query.endswith(suffix))


def may_qualify(text: str) -> bool:
    """Tell whether ``text`` holds one of :data:`QUALIFIER_OPENERS`, as a qualifier "thuộc ..." or of an area must.

    Necessary, not sufficient, and cheap. The openers are words without a space, so a query
    joined from two texts holds one only when one of the texts does.
    """
    return any(opener in text for opener in QUALIFIER_OPENERS)


def may_open_with_head(text: str) -> bool:
    """Tell whether a key opening with ``text`` may open with who runs residential units (the words agree so far)."""
    words = text.split()
    if words and words[0] not in _RESIDENTIAL_OPENERS:
        return False
    return any(words[: len(head)] == head[: len(words)] for head in RESIDENTIAL_HEADS)


def lookup_qualified(query: str, index: AgencyIndex) -> str | None:
    """Return the entry an expanded key names with a qualifier that does not change the body, or None.

    The qualifiers: a final level word naming the entry's own level (:data:`_LEVEL_SUFFIXES`),
    after a group's name, where its members sit (:data:`GROUP_QUALIFIER_RE`), and after the
    units of a level, where they are (:func:`~normalize.keys.without_area`), and, before a group of
    residential units, who runs them (:func:`~normalize.keys.without_residential_head`).
    """
    return _remembered(_lookup_qualified, query, index)


def _lookup_qualified(query: str, index: AgencyIndex) -> str | None:
    for suffix, level in _LEVEL_SUFFIXES:
        found = lookup_key(query.removesuffix(suffix), index) if query.endswith(suffix) else None
        entry = index.agencies.get(found) if found else None
        if entry is not None and entry.level == level:
            return entry.id
    stem = GROUP_QUALIFIER_RE.sub("", query)
    found = lookup_key(stem, index) if stem != query else None
    entry = index.agencies.get(found) if found else None
    if entry is not None and is_group(entry):
        return entry.id
    units = without_area(query)  # "UBND các xã, phường trên địa bàn tỉnh": the units, where they are
    if units:
        return lookup_key(units, index)
    units = without_residential_head(query)  # "Trưởng thôn các thôn": the heads of the units, for the units
    found = lookup_key(units, index) if units else None
    entry = index.agencies.get(found) if found else None
    return entry.id if entry is not None and is_group(entry) else None
