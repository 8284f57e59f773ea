"""Which agency list a document is read against, and the successors of renamed bodies in it.

The choice, per document:

- ``--agencies FILE`` replaces every built-in list: the file alone is the list, for every document.
- Otherwise a plan of a province or centrally-run city, or of a commune, ward or special zone,
  is read against the catalogue written out for its jurisdiction (:func:`~normalize.catalogue.catalogue_for`).
- A plan whose jurisdiction is unknown, or of the district level (a district, town or city of a
  province before 1 July 2025), is read against normalize/agencies.csv: the bodies of such a city,
  the list this package grew up with (its held-out checks measure it).
- ``--agencies-add FILE`` then extends the chosen list: an id it has is replaced, a new id added.

In a plan written after the 2025 reform (:func:`~normalize.jurisdiction.is_post_reform`, known
jurisdiction only), a mention of a body the reform replaced is given its successor, and a note
naming the change; before it, the body stays itself. The raw text is always kept.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from core.model import SURE_METHODS, Jurisdiction, Mention, Row
from normalize.agencies import AgencyList, extend_list, package_list, user_list
from normalize.catalogue import catalogue_for
from normalize.jurisdiction import is_post_reform, load_places

#: The method of a mention given the successor of the body it names, when the name was read surely.
SUCCESSOR = "successor"


def list_for(jurisdiction: Jurisdiction | None, *, replace: Path | None = None, add: Path | None = None) -> AgencyList:
    """Return the agency list a plan of ``jurisdiction`` is read against (see the module's docstring).

    Raises
    ------
    AgencyListError
        When a user's file cannot be read or is inconsistent (the message names its line).
    """
    if replace is not None:
        chosen = user_list(replace)
    elif jurisdiction is None or load_places().level(jurisdiction.level).tier == "district":
        chosen = package_list()
    else:
        chosen = catalogue_for(jurisdiction)
    return chosen if add is None else extend_list(chosen, add)


def to_successor(mention: Mention, agencies: AgencyList) -> Mention:
    """Give a mention of a replaced body its successor, with a note naming the change (kept when none)."""
    if mention.id is None or agencies.get(mention.id) is None:
        return mention
    final = agencies.successor(mention.id)
    if final is None:
        return mention
    old, new = agencies.get(mention.id), agencies.get(final)
    assert old is not None and new is not None
    since = f" on {old.replaced_since.isoformat()}" if old.replaced_since else ""
    basis = agencies.changes.get(mention.id, "")
    change = f"{old.name} -> {new.name}{since}" + (f": {basis}" if basis else "")
    note = f"{mention.note}; {change}" if mention.note else change
    method = SUCCESSOR if mention.method in SURE_METHODS else mention.method
    return dataclasses.replace(mention, id=new.id, name=new.name, method=method, note=note)


def row_to_successors(row: Row, agencies: AgencyList, jurisdiction: Jurisdiction | None) -> Row:
    """Return the row with every replaced body's mention given its successor, in a plan after the reform."""
    if jurisdiction is None or not is_post_reform(jurisdiction):
        return row
    found = tuple((role, tuple(to_successor(m, agencies) for m in mentions)) for role, mentions in row.agencies)
    return dataclasses.replace(row, agencies=found)
