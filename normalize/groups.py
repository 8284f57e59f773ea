"""Groups named by part of their list of nouns, read as the one group whose list holds them.

A plan shortens a group's list of member kinds: "các sở, ngành liên quan" for "Các sở, ban,
ngành", "các phòng, đơn vị liên quan" for "Các phòng, ban, đơn vị thuộc UBND phường", "các đơn
vị liên quan" for "Các cơ quan, đơn vị liên quan". Where the members sit or which of them are
meant ("thuộc UBND ...", "trên địa bàn", "(có) liên quan": vocabulary [levels] area_tails) and the
level words do not change the group, so they are left off both sides; the mention must open with
a plural marker, name a group noun first, end with such a qualifier (the words that pick members
out of a group: without one, "Các phòng ban" may be the start of a longer group's name, "Các phòng
ban chuyên môn"), and its nouns must all be in exactly one group's list.
"""

from __future__ import annotations

import functools
import re

from normalize.agencies import AgencyList
from normalize.index import AgencyIndex, is_group
from normalize.keys import expanded_key
from normalize.vocab import (
    AREA_TAILS,
    COMMUNE_UNITS,
    DISTRICT_UNITS,
    GROUP_NOUNS,
    PLURALS,
    PROVINCE_UNITS,
    alternation,
)

#: What follows a group's nouns without changing the group: where its members sit or which.
_QUALIFIER_RE = re.compile(rf" (?:thuộc .+|(?:{alternation(AREA_TAILS, ' ')})\b.*)$")
#: Level words at the end of a group's name ("tỉnh", "cấp tỉnh", "thành phố", "phường").
_LEVEL_RE = re.compile(rf"(?: (?:cấp|các|và|{alternation((*PROVINCE_UNITS, *DISTRICT_UNITS, *COMMUNE_UNITS), ' ')}))+$")


def group_nouns(key: str) -> frozenset[str]:
    """Return the words of a group's expanded key without its qualifier and level words.

    >>> sorted(group_nouns("sở ngành liên quan")), sorted(group_nouns("phòng ban đơn vị thuộc ủy ban nhân dân phường"))
    (['ngành', 'sở'], ['ban', 'phòng', 'vị', 'đơn'])
    """
    return frozenset(_LEVEL_RE.sub("", _QUALIFIER_RE.sub("", key)).split())


@functools.lru_cache(maxsize=8)  # once per list, as the index
def _group_spellings(agencies: AgencyList) -> tuple[tuple[frozenset[str], str], ...]:
    """Return the nouns of every spelling of every group of ``agencies``, with its id."""
    return tuple(
        (group_nouns(expanded_key(spelling)), agency.id)
        for agency in agencies
        if is_group(agency)
        for spelling in (agency.name, *agency.aliases)
    )


def group_subset(raw: str, key: str, index: AgencyIndex) -> str | None:
    """Return the one group whose list of nouns holds every noun of a plural ``raw``, or None.

    ``key`` is ``raw``'s expanded key (the plural marker taken off).
    """
    words = raw.split()
    if not words or words[0].casefold() not in PLURALS:
        return None
    nouns = group_nouns(key)
    if not nouns or key.split(" ", 1)[0] not in GROUP_NOUNS or not _QUALIFIER_RE.search(key):
        return None
    ids = {agency_id for spelled, agency_id in _group_spellings(index.agencies) if nouns < spelled}
    return ids.pop() if len(ids) == 1 else None
