"""Which agency list a document is read against, and the successors of renamed bodies in it.

The choice, per document:

- ``--agencies FILE`` replaces every built-in list: the file's bodies are the list, for every
  document. Where the jurisdiction is known, the shared vocabulary still applies to them
  (:func:`with_catalogue_spellings`): an entry the catalogue recognises (by a spelling of its own)
  gains the catalogue's spellings of that body ("Ủy ban nhân dân tỉnh Quảng Trị" is also "UBND
  tỉnh"), and the bodies the 2025 reform merged into it are added as its predecessors ("Sở Kế
  hoạch và Đầu tư", replaced by the file's "Sở Tài chính"): a list needs only official names.
- Otherwise a plan of a province or centrally-run city, or of a commune, ward or special zone,
  is read against the catalogue written out for its jurisdiction (:func:`~normalize.catalogue.catalogue_for`).
- A plan whose jurisdiction is unknown, or of the district level (a district, town or city of a
  province before 1 July 2025), is read against normalize/agencies.csv: the bodies of such a city,
  the list this package grew up with (its held-out checks measure it).
- ``--agencies-add FILE`` then extends the chosen list: an id it has is replaced, a new id added.

A mention naming another province than the plan's ("Công an tỉnh Hà Tĩnh" in a plan of tỉnh
Nghệ An) is unmatched, its candidate a suggestion: never another jurisdiction's body. A province
merged into the plan's in 2025 is no other jurisdiction after the reform: "UBND tỉnh Tiền Giang" in
a 2026 plan of tỉnh Đồng Tháp is Đồng Tháp's, with a note naming the merger (:func:`merged_province`).

In a plan written after the 2025 reform (:func:`~normalize.issued.is_post_reform`, known
jurisdiction only), a mention of a body the reform replaced is given its successor, and a note
naming the change; before it, the body stays itself. The raw text is always kept.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from core.model import SURE_METHODS, Agency, Jurisdiction, Mention, Row
from normalize.agencies import AgencyList, extend_list, package_list, user_list
from normalize.catalogue import catalogue_for, district_bodies
from normalize.issued import is_post_reform
from normalize.jurisdiction import load_places, province_in
from normalize.keys import expanded_key, name_key
from normalize.renames import named_successor

#: The method of a mention given the successor of the body it names, when the name was read surely.
SUCCESSOR = "successor"


def list_for(jurisdiction: Jurisdiction | None, *, replace: Path | None = None, add: Path | None = None) -> AgencyList:
    """Return the agency list a plan of ``jurisdiction`` is read against (see the module's docstring).

    Raises
    ------
    AgencyListError
        When a user's file cannot be read or is inconsistent (the message names its line).
    """
    has_catalogue = jurisdiction is not None and load_places().level(jurisdiction.level).tier != "district"
    if replace is not None:
        chosen = user_list(replace)
        if has_catalogue:
            assert jurisdiction is not None
            chosen = with_catalogue_spellings(chosen, catalogue_for(jurisdiction))
            chosen = without_own_place(chosen, jurisdiction)
    elif not has_catalogue:
        chosen = with_district_bodies(package_list(), jurisdiction)
    else:
        assert jurisdiction is not None
        chosen = catalogue_for(jurisdiction)
    return chosen if add is None else extend_list(chosen, add)


def with_district_bodies(city: AgencyList, jurisdiction: Jurisdiction | None) -> AgencyList:
    """Add to the city list a district-level unit's own bodies (:func:`~normalize.catalogue.district_bodies`).

    A spelling the city list has stays the city list's alone: a body of the district whose every
    spelling it has is not added, and one that shares some keeps only its others.
    """
    if jurisdiction is None:
        return city
    taken = {key for agency in city for key in _keys(agency)}
    ids = {agency.id for agency in city}
    added = []
    for agency in district_bodies(jurisdiction):
        spellings = [s for s in (agency.name, *agency.aliases) if not {name_key(s), expanded_key(s)} & taken]
        if spellings and agency.id not in ids:
            added.append(dataclasses.replace(agency, name=spellings[0], aliases=tuple(spellings[1:])))
    return AgencyList((*city.entries, *added), city.changes) if added else city


def _keys(agency: Agency) -> set[str]:
    return {k for s in (agency.name, *agency.aliases) for k in (name_key(s), expanded_key(s))}


#: The number of a region after "khu vực" ("Kho bạc Nhà nước khu vực X", "... khu vực 3"): since
#: 2025 the state treasury and other services are regional, and a list names its own region,
#: which the catalogue's "Kho bạc Nhà nước khu vực" stands for.
_REGION_NUMBER_RE = re.compile(r" khu vực (?:[ivxlc]+|\d+)$")


def _recognition_keys(agency: Agency) -> set[str]:
    """Return an entry's keys, also without the number of its region (:data:`_REGION_NUMBER_RE`)."""
    keys = _keys(agency)
    return keys | {_REGION_NUMBER_RE.sub(" khu vực", key) for key in keys}


def without_own_place(own: AgencyList, jurisdiction: Jurisdiction) -> AgencyList:
    """Give a user's entries named with the plan's own place at the end that name without it, as the plan writes them.

    "Trung tâm Y tế Quân dân y Côn Đảo" on a list of đặc khu Côn Đảo is "Trung tâm Y tế Quân dân
    y" in its plan: the place goes without saying. Not where another entry has that spelling.
    """
    tail = f" {jurisdiction.name}" if jurisdiction.name else ""
    taken = {key for entry in own for key in _keys(entry)}
    entries = []
    for entry in own:
        short = entry.name[: -len(tail)].strip() if tail and entry.name.endswith(tail) else ""
        keys = {name_key(short), expanded_key(short)}
        if len(short.split()) >= MIN_WORDS_WITHOUT_PLACE and not keys & taken:
            taken |= keys
            entry = dataclasses.replace(entry, aliases=(*entry.aliases, short))
        entries.append(entry)
    return AgencyList(tuple(entries), own.changes)


#: Fewest words a name keeps without the place's name: a head noun and a field ("Trung tâm Y tế").
MIN_WORDS_WITHOUT_PLACE = 3


def with_catalogue_spellings(own: AgencyList, catalogue: AgencyList) -> AgencyList:
    """Give a user's entries the catalogue's spellings of the bodies they are, and their predecessors.

    An entry is the catalogue's body when one of its spellings is a spelling of exactly that one
    body. It gains that body's spellings which no other entry of ``own`` has; the catalogue's
    bodies replaced by it (``replaced_by``, followed to the end) join the list, replaced by the
    entry, unless ``own`` has their id or a spelling of theirs.
    """
    owner: dict[str, set[str]] = {}
    for entry in catalogue:
        for key in _keys(entry):
            owner.setdefault(key, set()).add(entry.id)
    taken: dict[str, str] = {key: entry.id for entry in own for key in _keys(entry)}
    recognised: dict[str, str] = {}  # catalogue id -> own id
    for entry in own:
        found = {i for key in _recognition_keys(entry) for i in owner.get(key, set())}
        if len(found) == 1:
            recognised.setdefault(found.pop(), entry.id)
    entries: list[Agency] = []
    for entry in own:
        body = next((catalogue.get(c) for c, o in recognised.items() if o == entry.id), None)
        extra: list[str] = []
        if body is not None:
            for spelling in (body.name, *body.aliases):
                keys = {name_key(spelling), expanded_key(spelling)}
                if all(taken.get(k, entry.id) == entry.id for k in keys):
                    extra.append(spelling)
                    taken.update(dict.fromkeys(keys, entry.id))
        entries.append(dataclasses.replace(entry, aliases=tuple(dict.fromkeys((*entry.aliases, *extra)))))
    changes = {}
    for old in catalogue:
        final = catalogue.successor(old.id)
        if final not in recognised or own.get(old.id) is not None or any(k in taken for k in _keys(old)):
            continue
        entries.append(dataclasses.replace(old, replaced_by=recognised[final]))
        taken.update(dict.fromkeys(_keys(old), old.id))
        changes[old.id] = catalogue.changes.get(old.id, "")
    return AgencyList(tuple(entries), {**own.changes, **changes})


def to_successor(mention: Mention, agencies: AgencyList) -> Mention:
    """Give a mention of a replaced body its successor, with a note naming the change (kept when none).

    The successor is the one the plan names as the body's later name, where it does
    (:func:`~normalize.renames.named_successor`), else the list's.
    """
    if mention.id is None or agencies.get(mention.id) is None:
        return mention
    named = named_successor(mention, agencies)
    final = named or agencies.successor(mention.id)
    if final is None:
        return mention
    old, new = agencies.get(mention.id), agencies.get(final)
    assert old is not None and new is not None
    since = f" on {old.replaced_since.isoformat()}" if old.replaced_since else ""
    basis = "the later name the plan gives" if named else agencies.changes.get(mention.id, "")
    change = f"{old.name} -> {new.name}{since}" + (f": {basis}" if basis else "")
    note = f"{mention.note}; {change}" if mention.note else change
    method = SUCCESSOR if mention.method in SURE_METHODS else mention.method
    return dataclasses.replace(mention, id=new.id, name=new.name, method=method, note=note)


def in_place(mention: Mention, jurisdiction: Jurisdiction | None, agencies: AgencyList | None = None) -> Mention:
    """Unmatch a mention that names another province than the plan's ("Sở Tư pháp tỉnh Quảng Trị" in Nghệ An's).

    Its id would be the plan's own body of that type: another jurisdiction's body, never given.
    Kept when the plan's province is unknown; the candidate stays a suggestion for a person.
    Kept too when it names a province merged into (or renamed as) the plan's in 2025 and its entry
    in ``agencies`` is a body the reform replaced (:func:`_predecessor_of_place`).
    """
    if mention.id is None or jurisdiction is None or not jurisdiction.province:
        return mention
    named = province_in(mention.raw)
    if not named or named == jurisdiction.province or _predecessor_of_place(mention, named, jurisdiction, agencies):
        return mention
    if merged_province(named, jurisdiction):
        change = f"names {named}, merged into {jurisdiction.province} on {load_places().reform.isoformat()}"
        return dataclasses.replace(mention, note=f"{mention.note}; {change}" if mention.note else change)
    change = f"names {named}, not this plan's {jurisdiction.province}"
    note = f"{mention.note}; {change}" if mention.note else change
    suggestions = mention.suggestions or ((mention.id, mention.score),)
    return dataclasses.replace(
        mention, id=None, name=None, score=0.0, method="unmatched", note=note, suggestions=suggestions
    )


def merged_province(named: str, jurisdiction: Jurisdiction) -> bool:
    """Tell whether ``named`` is a province merged into the plan's own in 2025, in a plan after the reform.

    "Sở Nội vụ tỉnh Tiền Giang" in a 2026 plan of tỉnh Đồng Tháp names the department that became
    Đồng Tháp's (places.toml [provinces]): the plan's own body of that type, a former name of it.
    In a plan before the reform it is another province's body.
    """
    merged_into = load_places().provinces.get(named, ("", ""))[1]
    return bool(merged_into) and merged_into == jurisdiction.province and is_post_reform(jurisdiction)


def _predecessor_of_place(
    mention: Mention, named: str, jurisdiction: Jurisdiction, agencies: AgencyList | None
) -> bool:
    """Tell whether a mention is a pre-reform body of a province that became part of the plan's.

    "Cục Thuế tỉnh Thừa Thiên Huế" in a plan of thành phố Huế: the province became the city
    (places.toml [provinces] gives what each province was merged into), and the entry matched is
    a body replaced by the reform, so its successor is the plan's own body, a pre-reform name.
    """
    merged_into = load_places().provinces.get(named, ("", ""))[1]
    entry = agencies.get(mention.id) if agencies is not None and mention.id else None
    return merged_into == jurisdiction.province and entry is not None and bool(entry.replaced_by)


def place_mention(mention: Mention, agencies: AgencyList, jurisdiction: Jurisdiction | None) -> Mention:
    """Check a mention against the plan's place, then give it its successor in a plan after the reform."""
    mention = in_place(mention, jurisdiction, agencies)
    if jurisdiction is None or not is_post_reform(jurisdiction):
        return mention
    return to_successor(mention, agencies)


def row_to_successors(row: Row, agencies: AgencyList, jurisdiction: Jurisdiction | None) -> Row:
    """Return the row with its mentions checked against the plan's place, given successors (:func:`place_mention`)."""
    if jurisdiction is None:
        return row
    found = tuple(
        (role, tuple(place_mention(m, agencies, jurisdiction) for m in mentions)) for role, mentions in row.agencies
    )
    return dataclasses.replace(row, agencies=found)
