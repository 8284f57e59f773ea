"""Stage 3: normalize a document's text; today, resolve its agency cells against the canonical list.

``normalize(doc, agencies)`` returns the document with every row's ``agencies`` filled: per agency
column (role), the mentions in document order (see :mod:`normalize.match`). The list is loaded
once per run (:func:`load_agency_list`), and a cell text met again is resolved once: plans repeat
the same few cells ("UBND cấp xã") dozens of times.
"""

from __future__ import annotations

import dataclasses

from core.model import AGENCY_FIELDS, Document, Jurisdiction, Mention, Row
from normalize.agencies import AgencyList, load_agency_list
from normalize.issued import issued_on
from normalize.jurisdiction import parse_jurisdiction, plan_year, read_jurisdiction
from normalize.lists import list_for, row_to_successors
from normalize.match import lone_field, resolve_cell
from normalize.place_doubts import jurisdiction_doubt

__all__ = [
    "normalize",
    "locate",
    "row_to_agencies",
    "load_agency_list",
    "list_for",
    "parse_jurisdiction",
    "resolve_cell",
    "AgencyList",
]


def locate(doc: Document, given: Jurisdiction | None = None) -> Document:
    """Return the document with its jurisdiction: read from its title, or ``given`` (its year from the title).

    When the title names no place, or only its level ("của UBND tỉnh"), the document's heading
    (a DOCX's opening lines) is read with it for the name; when it names a commune or ward without
    its province ("... trên địa bàn xã Mèo Vạc"), for the province ("TỈNH TUYÊN QUANG" over the
    commune's own line): the place's ids carry it, and two communes of one name stay apart.
    """
    issued = issued_on(doc.title, doc.heading)
    if given is None:
        found = read_jurisdiction(doc.title)
        if doc.heading and (found is None or not found.name or not found.province):
            # the title first (its year is the plan's); a blank line between: no place runs on over the seam
            fuller = read_jurisdiction(f"{doc.title}\n\n{doc.heading}")
            named = found is not None and found.name
            if fuller is not None and fuller.name and (not named or _same_place_within(found, fuller)):
                found = dataclasses.replace(fuller, year=plan_year(doc.title) or fuller.year)
        found = dataclasses.replace(found, issued=issued) if found is not None else None
        return dataclasses.replace(doc, jurisdiction=found, warnings=doc.warnings + unlocated_warning(doc, found))
    year = given.year if given.year is not None else plan_year(doc.title)
    return dataclasses.replace(doc, jurisdiction=dataclasses.replace(given, year=year, issued=given.issued or issued))


def _same_place_within(found: Jurisdiction | None, fuller: Jurisdiction) -> bool:
    """Tell whether ``fuller`` is the place the title named, with the province it left out."""
    return found is not None and bool(fuller.province) and (fuller.level, fuller.name) == (found.level, found.name)


#: Characters of the title a warning about the plan's place quotes: enough to show a "Kèm theo" line's issuer.
TITLE_QUOTE = 200


def unlocated_warning(doc: Document, found: Jurisdiction | None) -> tuple[str, ...]:
    """Say once that the plan's place could not be read, or not fully, when it has agency names to resolve against it.

    Without it the agencies are matched against no province's or commune's own bodies: "Sở Tư
    pháp" is no match, or a wrong one. Nothing when a warning already asks for ``--jurisdiction``.
    """
    if not any(row.text(role).strip() for row in doc.rows for role in AGENCY_FIELDS):
        return ()
    if any("--jurisdiction" in w for w in doc.warnings):
        return ()
    title = " ".join(doc.title.split())[:TITLE_QUOTE]
    if found is None:
        return (
            f"the plan's place (province, commune) could not be read from its title ({title!r}), so its agency names "
            f"are matched without it and many may be unmatched or wrong; give it with --jurisdiction",
        )
    doubt = jurisdiction_doubt(found)
    if doubt is None:
        return ()
    return (
        f"the plan's place was read as {found.label!r} from its title ({title!r}), but {doubt}: many agency names "
        f"may be unmatched or wrong; give the place with --jurisdiction",
    )


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
    In a plan after the 2025 reform (``doc.jurisdiction``), a replaced body's mention is given
    its successor (:func:`normalize.lists.row_to_successors`).
    """
    resolved = {} if resolved is None else resolved
    rows = (row_to_agencies(row, agencies, resolved) for row in doc.rows)
    return dataclasses.replace(doc, rows=tuple(row_to_successors(row, agencies, doc.jurisdiction) for row in rows))
