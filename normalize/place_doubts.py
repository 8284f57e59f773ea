"""Whether the place read from a plan's title gives its agency list: the doubts a warning says.

A district-tier plan is read against the package's list whatever its name; a province's or
commune's against the catalogue written out for its name and province. A commune named without
its province, a province no list has, or one the 2025 reform merged away before the plan was
written leaves the agency names matched against bodies that may not be the plan's own.
"""

from __future__ import annotations

from core.model import Jurisdiction
from normalize.jurisdiction import PLACES_FILE, Places, load_places


def jurisdiction_doubt(found: Jurisdiction) -> str | None:
    """Say why the agency list a jurisdiction read from a title gives may not be the plan's own, or None.

    A plan of a district-tier unit is read against the package's list whatever its name; a
    province's or commune's is read against the catalogue written out for its name and province.
    """
    places = load_places()
    if places.level(found.level).tier == "district":
        return None
    if not found.name and (not found.province or places.level(found.level).tier == "commune"):
        return (
            f"it names its issuer by the level alone ({found.word!r}), so the agency names are matched against a "
            f"{found.word}'s bodies in general, without that place's own"
        )
    if places.level(found.level).tier == "commune" and not found.province:
        return (
            f"it names the {found.word} but not its province, so the province's bodies it mentions are matched "
            f"without that province's name (ids under 'tinh/'), and a {found.word} of the same name elsewhere "
            "cannot be told apart"
        )
    for name in (found.name if places.level(found.level).tier == "province" else "", found.province):
        if name and places.province_named(name) is None:
            return f"{name!r} is none of the provinces and centrally-run cities of normalize/{PLACES_FILE}"
    return _former_province(found, places)


def _former_province(found: Jurisdiction, places: Places) -> str | None:
    """Say that a plan written after the 2025 reform is placed in a province the reform merged away, or None.

    Such a name comes from a line citing the old province ("tỉnh Quảng Bình (cũ)"), or the plan's
    year was misread: its agency names are matched against bodies that no longer exist.
    """
    if found.issued is not None:  # the day it was issued, where written, over the year it plans for
        after = found.issued >= places.reform
    else:
        after = found.year is not None and found.year > places.reform.year
    province = found.name if places.level(found.level).tier == "province" else found.province
    known = places.province_named(province) if province else None
    merged_into = places.provinces[known][1] if known is not None else ""
    if not after or not merged_into:
        return None
    return f"{known!r} was merged into {merged_into!r} by the 2025 reform, before the plan was written"
