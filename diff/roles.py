"""Agency fields compared by canonical id, role by role, with the reorganization's renames.

A row's mentions come from plan.json's ``agencies`` (written by the normalize stage); for rows
without them, the cell text is resolved against the canonical list, and without a list it is
split into folded names. Two mentions are the same body when their ids are equal; unmatched
mentions fall back to their folded text. A body that left a role while its successor in the
canonical list (``replaced_by``, followed to its end) joined it is a rename, not a reassignment.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from pathlib import Path

from core.model import Mention, Row
from core.text import canonical_text, fold
from diff.model import AgencyChange, AgencyRef, Rename
from normalize.agencies import AgencyList, load_agency_list
from normalize.match import resolve_cell

#: Where an agency cell is split when neither plan.json nor the canonical list names its bodies.
_FALLBACK_SPLIT_RE = re.compile(r"[;,\n]")
#: Bullets and punctuation around a fallback name ("- Phòng Y tế;" -> "Phòng Y tế").
_FALLBACK_TRIM = " -–•+.:;,"


def load_agencies(path: Path | None = None) -> AgencyList:
    """Load the canonical agency list: the package's, extended by the CSV at ``path`` when given."""
    return load_agency_list(path)


def fallback_mentions(text: str) -> tuple[Mention, ...]:
    """Return unresolved mentions: the cell split on ";", "," and line breaks, trimmed."""
    parts = (part.strip(_FALLBACK_TRIM) for part in _FALLBACK_SPLIT_RE.split(text))
    return tuple(Mention(raw=part, id=None, name=None, score=0.0, method="unmatched") for part in parts if part)


def role_mentions(row: Row, role: str, agencies: AgencyList | None) -> tuple[Mention, ...]:
    """Return the bodies a row names in one agency field (role).

    The mentions plan.json stored are used as they are, unless the cell's text is not in the
    line structure readers now give (:func:`core.text.canonical_text`): a plan.json written
    before may hold one name cut in two ("Sở Thông tin" / "và Truyền thông"), so such a cell is
    resolved again from its canonical text when a canonical list is given.
    """
    text = row.text(role)
    canonical = canonical_text(text)
    if row.agencies and (agencies is None or canonical == text):
        return dict(row.agencies).get(role, ())
    text = canonical
    return resolve_cell(text, agencies) if agencies is not None else fallback_mentions(text)


def identity(mention: Mention) -> str:
    """Return what makes two mentions the same body: the canonical id, else the folded text."""
    return mention.id if mention.id is not None else f"text:{fold(mention.raw)}"


def agency_ref(mention: Mention) -> AgencyRef:
    """Show a mention by canonical id and name, or its raw text when unmatched."""
    return AgencyRef(mention.id, mention.name or mention.raw)


def _entry_ref(agency_id: str, agencies: AgencyList) -> AgencyRef:
    entry = agencies.get(agency_id)
    return AgencyRef(agency_id, entry.name if entry is not None else agency_id)


def _successor_ref(mention: Mention, agencies: AgencyList) -> AgencyRef:
    return agency_ref(mention) if mention.name or mention.id is None else _entry_ref(mention.id, agencies)


def _since(agency_id: str, agencies: AgencyList) -> str | None:
    """Return the ISO date from which the canonical list says the body was replaced, if it says."""
    entry = agencies.get(agency_id)
    return entry.replaced_since.isoformat() if entry is not None and entry.replaced_since else None


def successor_of(agency_id: str, agencies: AgencyList) -> str | None:
    """Return the body that finally replaced ``agency_id``; None if none, or if the list lacks the id."""
    if agency_id.startswith("text:") or agencies.get(agency_id) is None:
        return None
    return agencies.successor(agency_id)


def is_merge(successor: str, agencies: AgencyList, existing: frozenset[str]) -> bool:
    """Tell a merge from a rename: several bodies are replaced directly by ``successor``, or it already existed.

    ``existing`` holds the ids the old plan names anywhere: a successor the old plan already
    named (Phòng Nội vụ taking over Phòng Lao động - Thương binh và Xã hội) is a body that existed.
    A chain of renames (A -> B -> C) is no merge.
    """
    direct = sum(1 for entry in agencies if entry.replaced_by == successor)
    return direct > 1 or successor in existing


def agency_change(
    role: str,
    old: tuple[Mention, ...],
    new: tuple[Mention, ...],
    agencies: AgencyList | None,
    existing: frozenset[str] = frozenset(),
) -> AgencyChange | None:
    """Compare one role: bodies added, removed and renamed; None when the sets are equal.

    Order is that of the cells (first mention of each body), so output is stable. ``existing``
    holds every id the old plan names, to tell merges from renames (:func:`is_merge`).
    """
    old_by_id = {identity(m): m for m in reversed(old)}
    new_by_id = {identity(m): m for m in reversed(new)}
    old_ids = [i for i in dict.fromkeys(identity(m) for m in old) if i not in new_by_id]
    new_ids = [i for i in dict.fromkeys(identity(m) for m in new) if i not in old_by_id]
    rescoped = [
        i
        for i in dict.fromkeys(identity(m) for m in old)
        if i in new_by_id and _terms(old_by_id[i]) != _terms(new_by_id[i])
    ]
    if not old_ids and not new_ids and not rescoped:
        return None
    renamed: list[Rename] = []
    if agencies is not None:
        for old_id in list(old_ids):
            successor = successor_of(old_id, agencies)
            if successor is None or successor not in new_by_id:
                continue
            renamed.append(
                Rename(
                    old=agency_ref(old_by_id[old_id]),
                    new=_successor_ref(new_by_id[successor], agencies),
                    since=_since(old_id, agencies),
                    merged=is_merge(successor, agencies, existing),
                )
            )
            old_ids.remove(old_id)
            if successor in new_ids:
                new_ids.remove(successor)
    return AgencyChange(
        field=role,
        added=tuple(agency_ref(new_by_id[i]) for i in new_ids) + tuple(_termed_ref(new_by_id[i]) for i in rescoped),
        removed=tuple(agency_ref(old_by_id[i]) for i in old_ids) + tuple(_termed_ref(old_by_id[i]) for i in rescoped),
        renamed=tuple(renamed),
    )


def _terms(mention: Mention) -> tuple[tuple[int, ...], bool]:
    """Return the terms a body is named on: the indicators it answers for, and whether it is asked, not assigned."""
    return mention.indicators, mention.requested


def _termed_ref(mention: Mention) -> AgencyRef:
    """Show a body with its terms ("Sở Tư pháp (chỉ tiêu 1, 2)", "(đề nghị)"): a body whose terms changed.

    The same body named on other terms (other indicators; asked to coordinate, now assigned) is an
    assignment that changed, shown as the old terms removed and the new ones added.
    """
    ref = agency_ref(mention)
    terms = [f"chỉ tiêu {', '.join(str(n) for n in mention.indicators)}"] if mention.indicators else []
    terms += ["đề nghị"] if mention.requested else []
    return AgencyRef(ref.id, f"{ref.name} ({'; '.join(terms)})" if terms else ref.name)


def moved_to_successor(
    change: AgencyChange,
    new_roles: Mapping[str, tuple[Mention, ...]],
    agencies: AgencyList | None,
    existing: frozenset[str] = frozenset(),
) -> AgencyChange:
    """Say of each body removed from a role that merged into a body the new row names in another role.

    Role-by-role comparison shows a coordinating body merged into the row's new lead as removed
    (Sở Nông nghiệp và Phát triển nông thôn, merged into Sở Nông nghiệp và Môi trường, now the
    lead): it stays removed from its role, named "(merged into Sở Nông nghiệp và Môi trường, lead)".
    """
    if agencies is None or not change.removed:
        return change
    elsewhere = {
        identity(m): (role, m) for role, mentions in new_roles.items() if role != change.field for m in mentions
    }

    def noted(ref: AgencyRef) -> AgencyRef:
        successor = successor_of(ref.id, agencies) if ref.id is not None else None
        if successor is None or successor not in elsewhere or not is_merge(successor, agencies, existing):
            return ref  # a body only renamed that left the role is the row's reassignment, said as such
        role, mention = elsewhere[successor]
        return AgencyRef(ref.id, f"{ref.name} (merged into {_successor_ref(mention, agencies).name}, {role})")

    return dataclasses.replace(change, removed=tuple(noted(ref) for ref in change.removed))
