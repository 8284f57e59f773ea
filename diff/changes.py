"""What changed in one pair of rows: text fields as word diffs, agency fields by canonical id."""

from __future__ import annotations

from core.model import AGENCY_FIELDS, FIELDS, Row
from diff.fields import field_text
from diff.model import AgencyChange, Pair, RowDiff, TextChange
from diff.roles import agency_change, moved_to_successor, role_mentions
from diff.words import text_change
from normalize.agencies import AgencyList


def row_diff(
    pair: Pair,
    agencies: AgencyList | None,
    existing: frozenset[str] = frozenset(),
    fields: tuple[str, ...] = FIELDS,
    lineage: AgencyList | None = None,
) -> RowDiff:
    """Compare ``fields`` of a pair of rows; ``existing``: every agency id the old plan names.

    Agency fields compare by canonical id, every other field as text. ``agencies`` resolves cells
    that plan.json did not; ``lineage`` (default: ``agencies``) also holds the plans' own lists,
    whose successions make a body's successor a rename (:mod:`diff.lineage`).
    """
    lineage = lineage if lineage is not None else agencies
    texts: list[TextChange] = []
    for name in fields:
        if name in AGENCY_FIELDS:
            continue
        change = text_change(name, field_text(pair.old, name), field_text(pair.new, name))
        if change is not None:
            texts.append(change)
    roles: list[AgencyChange] = []
    new_roles = {role: role_mentions(pair.new, role, agencies) for role in AGENCY_FIELDS if role in fields}
    for role, new in new_roles.items():
        found = agency_change(role, role_mentions(pair.old, role, agencies), new, lineage, existing)
        if found is not None:
            roles.append(moved_to_successor(found, new_roles, lineage, existing))
    return RowDiff(pair, tuple(texts), tuple(roles))


def plan_agency_ids(rows: tuple[Row, ...], agencies: AgencyList | None) -> frozenset[str]:
    """Return every canonical agency id the rows name, in any role."""
    return frozenset(
        m.id for row in rows for role in AGENCY_FIELDS for m in role_mentions(row, role, agencies) if m.id is not None
    )
