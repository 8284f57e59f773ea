"""Groups named by part of their list of nouns, read as the one group whose list holds them.

A plan shortens a group's list of member kinds: "các sở, ngành liên quan" for "Các sở, ban,
ngành", "các phòng, đơn vị liên quan" for "Các phòng, ban, đơn vị thuộc UBND phường", "các đơn
vị liên quan" for "Các cơ quan, đơn vị liên quan". Where the members sit or which of them are
meant ("thuộc UBND ...", "trên địa bàn", "(có) liên quan": vocabulary [levels] area_tails) and the
level words do not change the group, so they are left off both sides; the mention must open with
a plural marker, name a group noun first, end with such a qualifier (the words that pick members
out of a group: without one, "Các phòng ban" may be the start of a longer group's name, "Các phòng
ban chuyên môn") or follow a head's title ("Giám đốc các Sở": the heads of the departments, a
name that ends there), and each of its kinds, as the list parts them with commas and "và", must
be a whole kind of exactly one group's list: "các cơ quan" is no part of "Các cơ quan chuyên môn
thuộc UBND tỉnh" (a generic "related bodies" is not the departments).
"""

from __future__ import annotations

import functools
import re

from core.text import fold
from normalize.agencies import AgencyList
from normalize.index import AgencyIndex, is_group
from normalize.keys import expanded_key
from normalize.titles import title_words
from normalize.vocab import (
    ANDS,
    AREA_TAILS,
    COMMUNE_UNITS,
    DISTRICT_UNITS,
    GROUP_NOUNS,
    JOINERS,
    PLURALS,
    PROVINCE_UNITS,
    alternation,
)

#: What follows a group's nouns without changing the group: where its members sit or which.
_QUALIFIER_RE = re.compile(rf" (?:thuộc .+|(?:{alternation(AREA_TAILS, ' ')})\b.*)$")
#: Level words at the end of a group's name ("tỉnh", "cấp tỉnh", "thành phố", "phường").
_LEVEL_RE = re.compile(rf"(?: (?:cấp|các|và|{alternation((*PROVINCE_UNITS, *DISTRICT_UNITS, *COMMUNE_UNITS), ' ')}))+$")
#: What parts the kinds of a group's list: a comma, "và", "&", "cùng".
_PARTS_RE = re.compile(rf",|\s(?:{alternation((*ANDS, *JOINERS))})\s", re.IGNORECASE)


def group_kinds(name: str) -> frozenset[str]:
    """Return the kinds of members a group's name lists, each an expanded key, without qualifier and level words.

    >>> sorted(group_kinds("các sở, ngành liên quan")), sorted(group_kinds("Các cơ quan chuyên môn thuộc UBND tỉnh"))
    (['ngành', 'sở'], ['cơ quan chuyên môn'])
    """
    kinds = (_LEVEL_RE.sub("", _QUALIFIER_RE.sub("", expanded_key(part))) for part in _PARTS_RE.split(fold(name)))
    return frozenset(kind for kind in kinds if kind)


@functools.lru_cache(maxsize=8)  # once per list, as the index
def _group_spellings(agencies: AgencyList) -> tuple[tuple[frozenset[str], str], ...]:
    """Return the kinds of every spelling of every group of ``agencies``, with its id."""
    return tuple(
        (group_kinds(spelling), agency.id)
        for agency in agencies
        if is_group(agency)
        for spelling in (agency.name, *agency.aliases)
    )


def group_subset(raw: str, key: str, index: AgencyIndex) -> str | None:
    """Return the one group whose list of kinds holds every kind a plural ``raw`` lists, or None.

    ``key`` is ``raw``'s expanded key (the plural marker taken off). A head's title before the
    plural marker is taken off ``raw`` first.
    """
    words = raw.split()
    titled = title_words(words)
    words = words[titled:]
    if not words or words[0].casefold() not in PLURALS:
        return None
    rest = expanded_key(" ".join(words))
    if rest.split(" ", 1)[0] not in GROUP_NOUNS or not (titled or _QUALIFIER_RE.search(rest or key)):
        return None
    kinds = group_kinds(" ".join(words))
    ids = {agency_id for spelled, agency_id in _group_spellings(index.agencies) if kinds and kinds <= spelled}
    return ids.pop() if len(ids) == 1 else None
