"""What changed in one pair of rows: text fields as word diffs, agency fields by canonical id."""

from __future__ import annotations

from core.model import AGENCY_FIELDS, FIELDS, Row
from diff.model import AgencyChange, Pair, RowDiff, TextChange
from diff.roles import agency_change, role_mentions
from diff.words import text_change
from normalize.agencies import AgencyList

#: The fields compared as text: the group labels, indicators, tasks, deadline, result and budget.
TEXT_FIELDS: tuple[str, ...] = tuple(name for name in FIELDS if name not in AGENCY_FIELDS)


def shared_fields(old: tuple[Row, ...], new: tuple[Row, ...]) -> frozenset[str]:
    """Return the fields both plans have: text in at least one row of each.

    A field one plan has no column for (a deadline the city plan lacks, the "thực hiện" column a
    provincial plan leaves out) is empty in all its rows; comparing it would report every row.
    """

    def present(rows: tuple[Row, ...]) -> set[str]:
        return {name for name in FIELDS if any(row.text(name).strip() for row in rows)}

    return frozenset(present(old) & present(new))


def row_diff(
    pair: Pair,
    agencies: AgencyList | None,
    existing: frozenset[str] = frozenset(),
    compared: frozenset[str] = frozenset(FIELDS),
) -> RowDiff:
    """Compare the ``compared`` fields of a pair of rows; ``existing``: every agency id the old plan names."""
    texts: list[TextChange] = []
    for name in TEXT_FIELDS:
        change = text_change(name, pair.old.text(name), pair.new.text(name)) if name in compared else None
        if change is not None:
            texts.append(change)
    roles: list[AgencyChange] = []
    for role in (role for role in AGENCY_FIELDS if role in compared):
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
