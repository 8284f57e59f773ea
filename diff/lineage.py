"""Which bodies of two plans are one body: their lists' successions, and the places their ids are of.

Each plan's agencies are read against its own jurisdiction's list (``normalize.list_for``): a
province's catalogue writes its bodies' ids under the province ("ha-tinh/so-tai-chinh") and knows
the 2025 reform's successions ("ha-tinh/so-ke-hoach-dau-tu" replaced by "ha-tinh/so-tai-chinh").
Compared with the diff's own list alone, those successions were unknown, and two plans read
against different places' lists (a plan naming its issuer only as "UBND tỉnh"; a province merged
into another in July 2025) shared no id, so every body read as "reassigned" to itself.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable

from core.errors import PhulucError
from core.model import Jurisdiction, Mention, Row
from normalize.agencies import AgencyList
from normalize.catalogue import slug
from normalize.jurisdiction import load_places
from normalize.lists import list_for

#: The place of a province's bodies when its plan does not name it ("tỉnh", "thành phố").
_UNNAMED = frozenset((slug("tỉnh"), slug("thành phố")))


def lineage_list(agencies: AgencyList | None, jurisdictions: Iterable[Jurisdiction | None]) -> AgencyList | None:
    """Return ``agencies`` with the entries of each plan's jurisdiction list: their renames and mergers too."""
    entries = {entry.id: entry for entry in agencies or ()}
    changes = dict(agencies.changes) if agencies is not None else {}
    for jurisdiction in dict.fromkeys(jurisdictions):
        if jurisdiction is None:
            continue
        try:
            own = list_for(jurisdiction)
        except PhulucError:  # a jurisdiction the catalogue cannot write out: its plan's ids are the base list's
            continue
        for entry in own:
            entries.setdefault(entry.id, entry)
        changes.update({key: value for key, value in own.changes.items() if key not in changes})
    if not entries:
        return agencies
    return AgencyList(tuple(entries.values()), changes)


def place_of(agency_id: str) -> str:
    """Return the place an id is written under ("ha-tinh" of "ha-tinh/so-tu-phap"), "" for the base list's."""
    return agency_id.rpartition("/")[0]


def _places(rows: Iterable[Row]) -> dict[int, str]:
    """Return, per depth of place ("ha-tinh": 1, "ha-tinh/xa-tan-ky": 2), the place most of the rows' ids are under."""
    counts: dict[int, Counter[str]] = {}
    for row in rows:
        for _, mentions in row.agencies:
            for mention in mentions:
                place = place_of(mention.id or "")
                if place:
                    counts.setdefault(place.count("/") + 1, Counter())[place] += 1
    return {depth: counter.most_common(1)[0][0] for depth, counter in counts.items()}


def place_translation(old: Iterable[Row], new: Iterable[Row]) -> dict[str, str]:
    """Return the old plan's places that the new plan's bodies are under instead ("quang-binh" -> "quang-tri").

    A body of the same kind under the other plan's place is the same body for the diff when the
    two places are one province: one of them unnamed (a plan that names its issuer "UBND tỉnh" is
    read against the generic "tinh/..." list), or one merged into the other in 2025. Plans of two
    other provinces keep their bodies apart.
    """
    before, after = _places(old), _places(new)
    if not _one_province(before.get(1, ""), after.get(1, "")):
        return {}
    return {place: after[depth] for depth, place in before.items() if depth in after and after[depth] != place}


def _one_province(old: str, new: str) -> bool:
    """Tell whether two province places (id parts) are one province: equal, one unnamed, or merged into the other."""
    if old == new or not old or not new or old in _UNNAMED or new in _UNNAMED:
        return True
    merged = {slug(name): slug(into) for name, (_, into) in load_places().provinces.items() if into}
    return merged.get(old) == new or merged.get(new) == old


def translated(rows: tuple[Row, ...], places: dict[str, str]) -> tuple[Row, ...]:
    """Return the rows with their mentions' ids moved to the other plan's places (:func:`place_translation`)."""
    if not places:
        return rows

    def moved(mention: Mention) -> Mention:
        place = place_of(mention.id or "")
        if place not in places or mention.id is None:
            return mention
        return dataclasses.replace(mention, id=places[place] + mention.id[len(place) :])

    return tuple(
        dataclasses.replace(
            row, agencies=tuple((role, tuple(moved(m) for m in mentions)) for role, mentions in row.agencies)
        )
        for row in rows
    )
