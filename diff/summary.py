"""What a person reads first: agency changes grouped across rows, and counts per dimension and field.

A rename (Phòng Văn hóa và Thông tin → Phòng Văn hóa, Khoa học và Thông tin) or a reassignment
that touches many rows is one :class:`AgencyGroup`, with the rows and roles it touched; the
counts per dimension say where the plan changed, the counts per field what kind of change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from core.model import FIELDS, Row
from diff.model import AgencyChange, AgencyRef, PlanDiff, RowDiff
from diff.pairing import key_order

#: The kinds of agency group, in the order the summary lists them.
GROUP_KINDS: tuple[str, ...] = ("renamed", "merged", "reassigned", "added", "removed")


@dataclass(frozen=True)
class AgencyGroup:
    """One agency change seen in several places: ``old`` bodies became ``new`` ones.

    ``kind`` is one of :data:`GROUP_KINDS` ("added" has no ``old``, "removed" no ``new``);
    ``places`` are the (new row key, role) pairs it touched, in key order.
    """

    kind: str
    old: tuple[AgencyRef, ...]
    new: tuple[AgencyRef, ...]
    since: str | None
    places: tuple[tuple[str, str], ...]

    @property
    def keys(self) -> tuple[str, ...]:
        """The row keys touched, each once, in key order."""
        return tuple(dict.fromkeys(key for key, _ in self.places))

    @property
    def roles(self) -> tuple[str, ...]:
        """The roles touched, in column order."""
        touched = {role for _, role in self.places}
        return tuple(name for name in FIELDS if name in touched)


@dataclass(frozen=True)
class DimensionCount:
    """How the rows of one dimension changed; ``label`` is its group label as the new plan writes it."""

    number: int
    label: str
    added: int
    removed: int
    modified: int
    renumbered: int
    unchanged: int


@dataclass(frozen=True)
class Summary:
    """The head of a report: agency groups, counts per dimension, and per field the rows it changed in."""

    agency_groups: tuple[AgencyGroup, ...]
    dimensions: tuple[DimensionCount, ...]
    fields: tuple[tuple[str, int], ...]


def _ids(refs: tuple[AgencyRef, ...]) -> tuple[str, ...]:
    return tuple(ref.id or f"text:{ref.name}" for ref in refs)


def _role_groups(
    change: AgencyChange,
) -> Iterator[tuple[str, tuple[AgencyRef, ...], tuple[AgencyRef, ...], str | None]]:
    """Yield what one role's change is made of: each rename, then the bodies swapped, added or removed."""
    for rename in change.renamed:
        yield ("merged" if rename.merged else "renamed"), (rename.old,), (rename.new,), rename.since
    if change.removed and change.added:
        yield "reassigned", change.removed, change.added, None
    elif change.added:
        yield "added", (), change.added, None
    elif change.removed:
        yield "removed", change.removed, (), None


def agency_groups(rows: tuple[RowDiff, ...]) -> tuple[AgencyGroup, ...]:
    """Group the agency changes of every row by what changed, whatever the row and role.

    Groups are listed by kind (:data:`GROUP_KINDS`), then by how many rows they touch (most
    first), then by their first key, so the output is stable.
    """
    found: dict[tuple[str, tuple[str, ...], tuple[str, ...]], AgencyGroup] = {}
    for row in rows:
        for change in row.agency_changes:
            for kind, old, new, since in _role_groups(change):
                place = (row.pair.new.key, change.field)
                key = (kind, _ids(old), _ids(new))
                seen = found.get(key)
                found[key] = AgencyGroup(kind, old, new, since, (seen.places if seen else ()) + (place,))
    groups = [replace(g, places=tuple(sorted(g.places, key=lambda p: key_order(p[0])))) for g in found.values()]
    return tuple(
        sorted(groups, key=lambda g: (GROUP_KINDS.index(g.kind), -len(g.keys), key_order(g.keys[0]), _ids(g.old)))
    )


def _dimension_of(row: Row) -> tuple[int, str]:
    return row.dimension_no, " ".join(row.dimension.split())


def dimension_counts(result: PlanDiff) -> tuple[DimensionCount, ...]:
    """Count, per dimension (by number, named as the new plan names it), rows added, removed, modified..."""
    labels: dict[int, str] = {}
    counts: dict[int, dict[str, int]] = {}

    def count(row: Row, kind: str) -> None:
        number, label = _dimension_of(row)
        if label and (number not in labels or kind != "removed"):
            labels[number] = label
        bucket = counts.setdefault(
            number, dict.fromkeys(("added", "removed", "modified", "renumbered", "unchanged"), 0)
        )
        bucket[kind] += 1

    for row in result.added:
        count(row, "added")
    for row in result.removed:
        count(row, "removed")
    for diff in result.rows:
        if diff.changed_fields:
            count(diff.pair.new, "modified")
        elif diff.pair.renumbered:
            count(diff.pair.new, "renumbered")
        else:
            count(diff.pair.new, "unchanged")
    return tuple(DimensionCount(number, labels.get(number, ""), **counts[number]) for number in sorted(counts))


def field_counts(result: PlanDiff) -> tuple[tuple[str, int], ...]:
    """Return, per changed field in column order, how many paired rows it changed in."""
    tally = {name: sum(1 for row in result.modified if name in row.changed_fields) for name in FIELDS}
    return tuple((name, n) for name, n in tally.items() if n)


def summarize(result: PlanDiff) -> Summary:
    """Build the summary of a diff."""
    return Summary(agency_groups(result.modified), dimension_counts(result), field_counts(result))


def _names(refs: tuple[AgencyRef, ...]) -> str:
    return "; ".join(ref.name for ref in refs)


def group_text(group: AgencyGroup) -> str:
    """Write a group as one line: "Sở A → Sở B: 11 rows (lead, coordinating; since 2025-03-01)".

    >>> ref = lambda name: AgencyRef(None, name)
    >>> group_text(AgencyGroup("renamed", (ref("Sở A"),), (ref("Sở B"),), "2025-03-01", (("1.1.1", "lead"),)))
    'renamed Sở A → Sở B: 1 row (lead; since 2025-03-01)'
    """
    if group.kind == "added":
        what = f"added {_names(group.new)}"
    elif group.kind == "removed":
        what = f"removed {_names(group.old)}"
    else:
        what = f"{group.kind} {_names(group.old)} → {_names(group.new)}"
    rows = len(group.keys)
    note = ", ".join(group.roles) + (f"; since {group.since}" if group.since else "")
    return f"{what}: {rows} row{'s' if rows != 1 else ''} ({note})"
