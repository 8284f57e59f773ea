"""What changed in one pair of rows: text fields as word diffs, agency fields by canonical id."""

from __future__ import annotations

from core.model import AGENCY_FIELDS, FIELDS, Row
from diff.model import AgencyChange, Pair, RowDiff, TextChange
from diff.roles import agency_change, role_mentions
from diff.words import text_change
from normalize.agencies import AgencyList

#: The fields compared as text: the two group labels, the indicators and the tasks.
TEXT_FIELDS: tuple[str, ...] = tuple(name for name in FIELDS if name not in AGENCY_FIELDS)


def row_diff(pair: Pair, agencies: AgencyList | None, existing: frozenset[str] = frozenset()) -> RowDiff:
    """Compare the eight fields of a pair of rows; ``existing``: every agency id the old plan names."""
    texts: list[TextChange] = []
    for name in TEXT_FIELDS:
        change = text_change(name, pair.old.text(name), pair.new.text(name))
        if change is not None:
            texts.append(change)
    roles: list[AgencyChange] = []
    for role in AGENCY_FIELDS:
        old, new = role_mentions(pair.old, role, agencies), role_mentions(pair.new, role, agencies)
        found = agency_change(role, old, new, agencies, existing)
        if found is not None:
            roles.append(found)
    return RowDiff(pair, tuple(texts), tuple(roles))


def plan_agency_ids(rows: tuple[Row, ...], agencies: AgencyList | None) -> frozenset[str]:
    """Return every canonical agency id the rows name, in any role."""
    return frozenset(
        m.id for row in rows for role in AGENCY_FIELDS for m in role_mentions(row, role, agencies) if m.id is not None
    )
