"""Which fields two plans are compared on: those both plans have.

Plans of other structures leave out a column of the template or add columns (a deadline, an
expected result, a budget) that the row model carries as optional text fields. A field one plan
lacks is not a change in every row: it is compared only when both plans have it (their header
maps it, or a row has text in it; a plan whose header is not known has the template's fields),
and the diff names the fields only one side has.
"""

from __future__ import annotations

from core.model import FIELDS, TEMPLATE_FIELDS, Row

#: The fields every plan has: the template's columns.
BASE_FIELDS: tuple[str, ...] = TEMPLATE_FIELDS


def field_text(row: Row, name: str) -> str:
    """Return the text of field ``name``; "" for a field this row model does not carry."""
    value = getattr(row, name, "")
    return value if isinstance(value, str) else ""


def plan_fields(rows: tuple[Row, ...], header: tuple[str, ...] = ()) -> frozenset[str]:
    """Return the fields a plan has: those its header maps, and those a row fills.

    A plan whose header is not known (rows alone) has the base fields.

    >>> plan_fields((), ("indicators", "lead")) == {"indicators", "lead"}
    True
    """
    filled = {name for name in FIELDS if any(field_text(row, name).strip() for row in rows)}
    columns = {name for name in header if name in FIELDS} if header else set(BASE_FIELDS)
    return frozenset(columns | filled)


def compared_fields(old: frozenset[str], new: frozenset[str]) -> tuple[str, ...]:
    """Return the fields both plans have, in document column order."""
    return tuple(name for name in FIELDS if name in old and name in new)
