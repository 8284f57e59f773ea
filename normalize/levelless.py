"""A body named without its level word, where only one level of the list has it.

A plan drops the level word of a body that exists at one level only: "Bảo hiểm xã hội" in a
commune's plan is the province's (a commune has none), "Các sở, ban, ngành" in a province's plan
is "Các sở, ban, ngành cấp tỉnh". The name must hold no level word; each level word of the
province, district and commune units ("tỉnh", "cấp tỉnh", "phường", ...: vocabulary [levels]) is
put after it, and exactly one entry must answer. A body every level has ("UBND", "Công an")
answers at two levels of a list that holds both, so it stays unread.
"""

from __future__ import annotations

from normalize.index import AgencyIndex
from normalize.keys import key_levels
from normalize.lookups import lookup_key, lookup_qualified
from normalize.vocab import COMMUNE_UNITS, DISTRICT_UNITS, PROVINCE_UNITS

#: The level words tried after a name: each unit, and with "cấp" before it ("cấp tỉnh").
LEVEL_TAILS: tuple[str, ...] = tuple(
    tail for unit in (*PROVINCE_UNITS, *DISTRICT_UNITS, *COMMUNE_UNITS) for tail in (unit, f"cấp {unit}")
)


def level_left_off(key: str, index: AgencyIndex) -> str | None:
    """Return the one entry ``key`` (an expanded key naming no level) names with a level word after it, or None."""
    if not key or key_levels(key):
        return None
    found = {lookup_key(f"{key} {tail}", index) or lookup_qualified(f"{key} {tail}", index) for tail in LEVEL_TAILS}
    found.discard(None)
    return found.pop() if len(found) == 1 else None
