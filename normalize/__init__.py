"""Stage 3: normalize a document's text; today, resolve its agency cells against the canonical list.

``normalize(doc, settings)`` returns the document with every row's ``agencies`` filled: per agency
column (role), the mentions in document order (see :mod:`normalize.match`).
"""

from __future__ import annotations

import dataclasses

from normalize.agencies import AgencyList, load_agency_list
from normalize.match import resolve_cell
from phuluc.model import AGENCY_FIELDS, Document, Row
from phuluc.settings import NormalizeSettings

__all__ = ["normalize", "row_to_agencies", "load_agency_list", "resolve_cell", "AgencyList"]


def row_to_agencies(row: Row, agencies: AgencyList) -> Row:
    """Return the row with ``agencies`` filled from its four agency cells."""
    found = tuple((role, resolve_cell(row.text(role), agencies)) for role in AGENCY_FIELDS)
    return dataclasses.replace(row, agencies=found)


def normalize(doc: Document, settings: NormalizeSettings | None = None) -> Document:
    """Resolve every agency cell of ``doc`` against the package list, extended by ``settings.agencies``."""
    settings = settings or NormalizeSettings()
    agencies = load_agency_list(settings.agencies)
    return dataclasses.replace(doc, rows=tuple(row_to_agencies(row, agencies) for row in doc.rows))
