"""A body named without its level word, where only one level of the list has it.

A plan drops the level word of a body that exists at one level only: "Bảo hiểm xã hội" in a
commune's plan is the province's (a commune has none), "Các sở, ban, ngành" in a province's plan
is "Các sở, ban, ngành cấp tỉnh". The name must hold no level word; each level word of the
province, district and commune units ("tỉnh", "cấp tỉnh", "phường", ...: vocabulary [levels]) is
put after it, and exactly one entry must answer. A body every level has ("UBND", "Công an")
answers at two levels of a list that holds both, so it stays unread.
"""

from __future__ import annotations

import functools

from normalize.index import AgencyIndex
from normalize.keys import key_levels, without_and
from normalize.lookups import (
    LEVEL_SUFFIXES,
    is_spelled_before_level,
    lookup_key,
    lookup_qualified,
    may_be_initials,
    may_open_with_head,
    may_qualify,
    opens_spelling,
)
from normalize.vocab import COMMUNE_UNITS, DISTRICT_UNITS, PROVINCE_UNITS

#: The level words tried after a name: each unit, and with "cấp" before it ("cấp tỉnh").
LEVEL_TAILS: tuple[str, ...] = tuple(
    tail for unit in (*PROVINCE_UNITS, *DISTRICT_UNITS, *COMMUNE_UNITS) for tail in (unit, f"cấp {unit}")
)

#: Whether a level suffix :func:`~normalize.lookups.lookup_qualified` takes off a query (key, tail)
#: always lies in the tail, so the stem it leaves opens with the key: the words of the vocabulary
#: make it so, and :func:`_readable` relies on it only while they do.
_SUFFIXES_IN_TAILS = not any(
    len(suffix) > len(tail) + 1 and suffix.endswith(f" {tail}") for tail in LEVEL_TAILS for suffix in LEVEL_SUFFIXES
)


def level_left_off(key: str, index: AgencyIndex) -> str | None:
    """Return the one entry ``key`` (an expanded key naming no level) names with a level word after it, or None."""
    if not key or key_levels(key):
        return None
    found = {lookup_key(query, index) or lookup_qualified(query, index) for query in _readable(key, index)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _readable(key: str, index: AgencyIndex) -> list[str]:
    """Return ``key`` with each of :data:`LEVEL_TAILS` after it, but those no sure lookup can read.

    Nearly every key reads with none of them, and a lookup is dear, so a query is looked up only
    when it passes what a lookup that finds an entry needs: the query, or its words but "và", is a
    listed spelling (:func:`~normalize.lookups.lookup_key`), or it holds a word that may be
    initials (:func:`~normalize.lookups.may_be_initials`) or a qualifier's words
    (:func:`~normalize.lookups.may_qualify`), or opens as who runs residential units may
    (:func:`~normalize.lookups.may_open_with_head`, the key's words only: they open the query); a
    level suffix ("thành phố", "tỉnh") that :func:`~normalize.lookups.lookup_qualified` takes off
    leaves a key whose words are the query's, so that lookup needs the same. Each test reads the
    key and the tail apart (a word, or text without a space, is in one of them), so the key's part
    is done once. Every spelling a query or such a stem may be opens with the key, so a key that
    opens none (:func:`~normalize.lookups.opens_spelling`) leaves only the tails any key may read
    with.
    """
    bare = without_and(key)
    if may_be_initials(bare, index.words, index.initials_text) or may_qualify(key) or may_open_with_head(key):
        return [f"{key} {tail}" for tail in LEVEL_TAILS]
    open_tails = _open_tails(index.words, index.initials_text)
    if bare and _SUFFIXES_IN_TAILS and not opens_spelling(key, bare, index):
        return [f"{key} {tail}" for tail in LEVEL_TAILS if tail in open_tails]
    readable = []
    for tail in LEVEL_TAILS:
        query, bare_query = f"{key} {tail}", f"{bare} {tail}" if bare else tail
        if (
            tail in open_tails
            or query in index.expanded
            or bare_query in index.initials
            or bare_query in index.joined
            or (query.endswith(LEVEL_SUFFIXES) and is_spelled_before_level(query, index))
        ):
            readable.append(query)
    return readable


@functools.lru_cache(maxsize=8)  # one per list's words: a run reads one or a few lists
def _open_tails(words: frozenset[str], runs: str) -> frozenset[str]:
    """Return the tails of :data:`LEVEL_TAILS` that any key may read with (a word that may be initials, a qualifier)."""
    return frozenset(tail for tail in LEVEL_TAILS if may_be_initials(tail, words, runs) or may_qualify(tail))
