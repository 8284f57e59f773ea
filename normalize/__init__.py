"""Stage 3: normalize a document's text; today, resolve its agency cells against the canonical list.

``normalize(doc, agencies)`` returns the document with every row's ``agencies`` filled: per agency
column (role), the mentions in document order (see :mod:`normalize.match`). The list is loaded
once per run (:func:`load_agency_list`), and a cell text met again is resolved once: plans repeat
the same few cells ("UBND cấp xã") dozens of times.
"""

from __future__ import annotations

import dataclasses

from core.model import AGENCY_FIELDS, Document, Mention, Row
from normalize.agencies import AgencyList, load_agency_list
from normalize.match import lone_field, resolve_cell

__all__ = ["normalize", "row_to_agencies", "load_agency_list", "resolve_cell", "AgencyList"]


def row_to_agencies(row: Row, agencies: AgencyList, resolved: dict[str, tuple[Mention, ...]] | None = None) -> Row:
    """Return the row with ``agencies`` filled from its four agency cells.

    ``resolved`` remembers the mentions of cell texts already met (filled as it goes), whatever
    their column: the one rule that depends on the column (:func:`normalize.match.lone_field`)
    is applied afterwards.
    """
    resolved = {} if resolved is None else resolved
    found = []
    for role in AGENCY_FIELDS:
        text = row.text(role)
        if text not in resolved:
            resolved[text] = resolve_cell(text, agencies)
        found.append((role, lone_field(text, resolved[text], agencies, role)))
    return dataclasses.replace(row, agencies=tuple(found))


def normalize(doc: Document, agencies: AgencyList, resolved: dict[str, tuple[Mention, ...]] | None = None) -> Document:
    """Resolve every agency cell of ``doc`` against the agency list.

    ``resolved`` may be shared by the documents of one run (same list), which repeat cells too.
    """
    resolved = {} if resolved is None else resolved
    return dataclasses.replace(doc, rows=tuple(row_to_agencies(row, agencies, resolved) for row in doc.rows))
