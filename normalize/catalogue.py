"""The national catalogue of body types (normalize/catalogue.csv), made into one jurisdiction's agency list.

A plan names the bodies of its own level ("Sở Nội vụ", "Công an tỉnh", "UBND phường") and of the
levels above and below it ("UBND cấp xã" in a province's plan, "Sở Y tế" in a ward's). The
catalogue lists each body *type* once per tier: ``province`` (a province or centrally-run city),
``commune`` (a commune, ward or special zone), and the groups a province's plan names for the
levels below it, ``communes`` ("UBND cấp xã") and ``districts`` (the level that ended with the
2025 reform: replaced by the communes' groups). Names are templates: ``{level}`` is the level
word and the place ("tỉnh Quảng Trị"), ``{party}`` the Party committee ("Tỉnh ủy", "Thành ủy",
"Đảng ủy phường"), ``{youth}`` its youth union ("Tỉnh đoàn"), ``{place}`` the place's name alone
(a spelling dropped where the name is unknown).

:func:`catalogue_for` writes every type out for a jurisdiction. Each entry's id is the place's
slug and the type ("quang-tri/so-noi-vu", "quang-tri/phuong-dong-ha/ubnd"), its name the full
name with the place ("Công an tỉnh Quảng Trị"), its aliases every spelling with the level word
alone ("Công an tỉnh") and, for the jurisdiction's own bodies only, without it ("Công an": in a
ward's plan, the ward's). A spelling two entries would share is given to neither: a miss is
better than a wrong body. The types a reform replaced keep ``replaced_by`` and ``replaced_since``
and the list's ``changes`` says what changed and under which act (the ``basis`` column). Where the
successor differs by the unit of the commune level, ``replaced_by`` names the usual one and, after
a ";", ``<level word>:<type>`` for the other ("phong-kinh-te;phường:phong-kinh-te-ha-tang-do-thi":
a ward's finance post went to its Phòng Kinh tế, Hạ tầng và Đô thị). A type only some units of
its tier have names their level words in ``levels`` ("xã;đặc khu" for the Phòng Kinh tế,
"phường;đặc khu" for the Phòng Kinh tế, Hạ tầng và Đô thị): a ward's plan has no Phòng Kinh tế to match.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections import Counter
from dataclasses import dataclass, replace
from importlib import resources

from core.errors import AgencyListError
from core.model import Agency, Jurisdiction
from core.text import strip_marks
from normalize.agencies import AgencyList, check_agencies, record_to_agency
from normalize.issued import is_post_reform
from normalize.jurisdiction import load_places
from normalize.keys import expanded_key, name_key

CATALOGUE_FILE = "catalogue.csv"
CATALOGUE_COLUMNS = ("type", "name", "kind", "tier", "aliases", "replaced_by", "replaced_since", "basis", "levels")
#: Tiers of the catalogue: a jurisdiction's own, the groups of the levels under a province, and
#: the bodies of a former island district a special zone took over (``zone``, successors of its tier).
TIERS = ("province", "commune", "communes", "districts", "zone")
#: The tier whose successors a body of another tier names: the special zone is of the commune level,
#: and the districts' groups went to the communes' groups ("UBND cấp huyện" -> "UBND cấp xã").
_SUCCESSOR_TIER = {"zone": "commune", "districts": "communes"}
#: The level key of a special zone (normalize/places.toml), the one level with ``zone`` bodies.
_SPECIAL_ZONE = "special-zone"
#: The level word of the district a special zone was made from.
_DISTRICT_WORD = "huyện"
#: The level word of a province whose centrally-run cities write "thành phố" instead.
_PROVINCE_WORD = "tỉnh"
#: The level words of a province or centrally-run city: its bodies are also named with the place's
#: name alone, the level word left out ("Công an Gia Lai", "Kho bạc Nhà nước Gia Lai").
_PROVINCE_WORDS = frozenset({_PROVINCE_WORD, "thành phố"})
_PLACEHOLDER_RE = re.compile(r"\{(level|party|youth|place)\}")
#: Between a level word and the successor type it has in ``replaced_by`` ("phường:phong-kinh-te-ha-tang-do-thi").
_LEVEL_SUCCESSOR_MARK = ":"
#: Between the successors of ``replaced_by``, as between aliases.
_SUCCESSOR_SEPARATOR = ";"


@dataclass(frozen=True)
class BodyType:
    """One row of the catalogue: a body type at one tier, its name and aliases as templates."""

    type: str
    name: str
    kind: str
    tier: str
    aliases: tuple[str, ...]
    replaced_by: str
    replaced_since: str
    basis: str
    levels: tuple[str, ...] = ()  # the level words of the units that have it; () for every unit of its tier

    def exists_at(self, word: str) -> bool:
        """Tell whether a unit of level word ``word`` ("xã", "phường") has a body of this type."""
        return not self.levels or word in self.levels


@functools.cache
def load_catalogue() -> tuple[BodyType, ...]:
    """Read normalize/catalogue.csv once, its values checked.

    Raises
    ------
    AgencyListError
        When a row has an unknown tier or a successor that is no type of its tier.
    """
    text = resources.files("normalize").joinpath(CATALOGUE_FILE).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    types: list[BodyType] = []
    for record in reader:
        where = f"normalize/{CATALOGUE_FILE} line {reader.line_num}"
        values = {name: (record.get(name) or "").strip() for name in CATALOGUE_COLUMNS}
        if values["tier"] not in TIERS:
            msg = f"{where}: tier {values['tier']!r} is not one of {', '.join(TIERS)}"
            raise AgencyListError(msg)
        aliases, levels = (tuple(a.strip() for a in values[f].split(";") if a.strip()) for f in ("aliases", "levels"))
        types.append(BodyType(**{**values, "aliases": aliases, "levels": levels}))  # type: ignore[arg-type]
    known = {(t.tier, t.type) for t in types}
    for body in types:
        for successor in successors(body.replaced_by).values():
            if (_SUCCESSOR_TIER.get(body.tier, body.tier), successor) not in known:
                msg = f"normalize/{CATALOGUE_FILE}: {body.type} is replaced_by {successor!r}, no type of its tier"
                raise AgencyListError(msg)
    return tuple(types)


def successors(replaced_by: str) -> dict[str, str]:
    """Read a ``replaced_by`` value: the successor type per level word, "" for every other level.

    >>> successors("phong-kinh-te;phường:phong-kinh-te-ha-tang-do-thi")
    {'': 'phong-kinh-te', 'phường': 'phong-kinh-te-ha-tang-do-thi'}
    >>> successors("")
    {}
    """
    found = {}
    for part in replaced_by.split(_SUCCESSOR_SEPARATOR):
        word, _, successor = part.strip().rpartition(_LEVEL_SUCCESSOR_MARK)
        if successor:
            found[word.strip()] = successor
    return found


def slug(text: str) -> str:
    """Write a place or level as an id part: no marks, lower case, words joined by "-" ("Quảng Trị" -> "quang-tri")."""
    return "-".join(re.findall(r"[a-z0-9]+", strip_marks(text).casefold()))


@dataclass(frozen=True)
class _Place:
    """How one tier's bodies are written: level word, place, id prefix, the Party's and the youth union's names."""

    word: str
    name: str
    prefix: str
    party: str
    youth: str
    level: str  # the Agency.level of its bodies
    own: bool


def _province_place(jurisdiction: Jurisdiction, own: bool) -> _Place:
    places = load_places()
    name = jurisdiction.province
    level_key = places.provinces.get(name, ("province", ""))[0] if name else "province"
    word = _PROVINCE_WORD if level_key == "province" else "thành phố"
    party, youth = ("Tỉnh ủy", "Tỉnh đoàn") if word == _PROVINCE_WORD else ("Thành ủy", "Thành đoàn")
    prefix = slug(name) if name else slug(word)
    return _Place(word, name, prefix, party, youth, "province" if word == _PROVINCE_WORD else "city", own)


def _commune_place(jurisdiction: Jurisdiction) -> _Place:
    own = f"{jurisdiction.word} {jurisdiction.name}".strip()
    prefix = "/".join(p for p in (slug(jurisdiction.province), slug(own)) if p)
    party = f"Đảng ủy {jurisdiction.word}"
    return _Place(
        jurisdiction.word, jurisdiction.name, prefix, party, f"Đoàn Thanh niên {jurisdiction.word}", "commune", True
    )


def _district_place(jurisdiction: Jurisdiction) -> _Place:
    """Return the former district a special zone was made from: its name, its bodies' ids beside the zone's."""
    zone = _commune_place(jurisdiction)
    return _Place(_DISTRICT_WORD, jurisdiction.name, zone.prefix, "Huyện ủy", "Huyện đoàn", "commune", False)


def _fill(template: str, place: _Place, *, with_name: bool) -> str:
    """Write a template out at ``place``: with the place's name after the level word or without it."""
    name = f" {place.name}" if with_name and place.name else ""
    values = {
        "level": f"{place.word}{name}",
        "party": f"{place.party}{name}",
        "youth": f"{place.youth}{name}",
        "place": place.name,
    }
    return _PLACEHOLDER_RE.sub(lambda m: values[m.group(1)], template)


def _spellings(template: str, place: _Place) -> list[str]:
    """Every spelling of a template at ``place``: with the place's name, with the level word only, and bare.

    A template without a placeholder ("Sở Nội vụ") is also written with the level word after it
    ("Sở Nội vụ tỉnh", "Sở Nội vụ tỉnh Quảng Trị"). The bare spelling (no level word: "Công an")
    is the jurisdiction's own body only; a province's body is also written with the place's name
    alone ("Công an Quảng Trị").
    """
    if "{place}" in template:  # the place's name alone ("Báo và Phát thanh, Truyền hình Quảng Trị")
        return [_fill(template, place, with_name=True)] if place.name else []
    if not _PLACEHOLDER_RE.search(template):
        return [template, f"{template} {_fill('{level}', place, with_name=False)}"] + (
            [f"{template} {_fill('{level}', place, with_name=True)}"] if place.name else []
        )
    forms = [_fill(template, place, with_name=True), _fill(template, place, with_name=False)]
    if place.own and "{level}" in template:
        forms.append(" ".join(template.replace("{level}", "").split()))
    if place.name and place.word in _PROVINCE_WORDS and "{level}" in template:  # "Công an Gia Lai", "KBNN Gia Lai"
        forms.append(_fill(template.replace("{level}", place.name), place, with_name=True))
    return forms


def _former_places(jurisdiction: Jurisdiction) -> tuple[_Place, ...]:
    """Return the provinces merged into (or renamed as) the jurisdiction's province in 2025, as places of its bodies.

    Their bodies' pre-reform names ("Cục Thuế tỉnh Thừa Thiên Huế", "Báo Thừa Thiên Huế" in a plan
    of thành phố Huế) are spellings of the province's replaced types, whose successors are its own.
    """
    own = _province_place(jurisdiction, own=False)
    return tuple(
        _Place(_PROVINCE_WORD, name, own.prefix, "Tỉnh ủy", "Tỉnh đoàn", own.level, own=False)
        for name, (_, merged_into) in load_places().provinces.items()
        if jurisdiction.province and merged_into == jurisdiction.province and name != merged_into
    )


def _entries(
    types: list[BodyType],
    place: _Place,
    plain: bool,
    former: tuple[_Place, ...] = (),
    *,
    merged: bool = False,
    present: set[str] | None = None,
) -> list[Agency]:
    """Return the agencies of ``types`` at ``place``; ``plain`` types (lower levels' groups) are written as they are.

    A replaced type is also written at each ``former`` place (:func:`_former_places`); after the
    reform (``merged``), every type is also written with each former place's name ("UBND tỉnh
    Tiền Giang", "Sở Nội vụ tỉnh Tiền Giang" in a plan of tỉnh Đồng Tháp: the bodies merged into its own).
    ``present``: the types the place has, when its level has not all of its tier's (a successor it
    lacks is no successor: a township, before the reform, had no Phòng Kinh tế).
    """
    entries = []
    for body in types:
        spellings = (
            [body.name, *body.aliases]
            if plain
            else [s for t in (body.name, *body.aliases) for s in _spellings(t, place)]
        )
        if body.replaced_by and not plain:
            spellings += [
                s for old in former for t in (body.name, *body.aliases) if "{" in t for s in _spellings(t, old)[:2]
            ]
        if merged and not plain:
            named = (s for old in former if old.name for t in (body.name, *body.aliases) for s in _spellings(t, old))
            spellings += [s for s in named if any(old.name in s for old in former)]
        unique = list(dict.fromkeys(spellings))
        successor = _successor_at(body, place, present)
        record = {
            "id": f"{place.prefix}/{body.type}",
            "name": unique[0],
            "kind": body.kind,
            "level": place.level if not plain else ("commune" if body.tier == "communes" else ""),
            "aliases": ";".join(unique[1:]),
            "replaced_by": successor,
            "replaced_since": body.replaced_since if successor or not body.replaced_by else "",
        }
        entries.append(record_to_agency(record, f"normalize/{CATALOGUE_FILE} ({body.type})"))
    return entries


def _successor_at(body: BodyType, place: _Place, present: set[str] | None = None) -> str:
    """Return the id of ``body``'s successor at ``place`` (its level word's own, else the usual one), or ""."""
    found = successors(body.replaced_by)
    successor = found.get(place.word, found.get("", ""))
    if present is not None and successor not in present:
        return ""
    return f"{place.prefix}/{successor}" if successor else ""


def _drop_shared(entries: list[Agency]) -> list[Agency]:
    """Take every spelling two entries share off both (a miss, not a wrong body); an entry keeps its name."""
    owners: Counter[str] = Counter()
    for agency in entries:
        for key in {k for s in (agency.name, *agency.aliases) for k in (name_key(s), expanded_key(s))}:
            owners[key] += 1
    kept = []
    for agency in entries:
        aliases = tuple(a for a in agency.aliases if owners[name_key(a)] == 1 and owners[expanded_key(a)] == 1)
        kept.append(
            Agency(
                agency.id, agency.name, agency.kind, agency.level, aliases, agency.replaced_by, agency.replaced_since
            )
        )
    return kept


@functools.lru_cache(maxsize=16)
def catalogue_for(jurisdiction: Jurisdiction) -> AgencyList:
    """Write the catalogue out for a province's or a commune's plan.

    A province's plan gets the province tier as its own bodies, the ``communes`` groups and the
    ``districts`` groups (after the reform, replaced by the communes' groups: a plan of 2026 may
    still name "UBND các huyện, thị xã, thành phố"); a commune's, ward's or special zone's plan its
    own ``commune`` tier and the province tier of its province (without bare spellings: "Công
    an" there is the ward's).

    Raises
    ------
    AgencyListError
        When a jurisdiction of the district level is given: its bodies are the city list's.
    """
    tier = load_places().level(jurisdiction.level).tier
    after = is_post_reform(jurisdiction)
    types = load_catalogue()
    of = {t: [b for b in types if b.tier == t] for t in TIERS}
    if tier == "province":
        place = _province_place(jurisdiction, own=True)
        entries = _entries(of["province"], place, plain=False, former=_former_places(jurisdiction), merged=after)
        entries += _entries(of["communes"], place, plain=True)
        entries += _entries(of["districts"], place, plain=True)  # after the reform, replaced by the communes'
    elif tier == "commune":
        own = [b for b in of["commune"] if b.exists_at(jurisdiction.word)]
        entries = _entries(own, _commune_place(jurisdiction), plain=False, present={b.type for b in own})
        province = _province_place(jurisdiction, own=False)
        entries += _entries(of["province"], province, plain=False, former=_former_places(jurisdiction), merged=after)
        if jurisdiction.level == _SPECIAL_ZONE and is_post_reform(jurisdiction):
            entries += _entries(of["zone"], _district_place(jurisdiction), plain=False)
    else:
        msg = f"the catalogue has no bodies of the district level ({jurisdiction.label}): use the city list"
        raise AgencyListError(msg)
    entries = _drop_shared(entries)
    check_agencies(entries, f"normalize/{CATALOGUE_FILE} for {jurisdiction.label}")
    by_type = {(b.tier, b.type): b for b in types}
    changes = {
        a.id: by_type[(b_tier, a.id.rsplit("/", 1)[1])].basis
        for a in entries
        if a.replaced_by
        for b_tier in ("province", "commune", "districts", "zone")
        if (b_tier, a.id.rsplit("/", 1)[1]) in by_type
    }
    return AgencyList(tuple(entries), changes)


#: The Party committee and youth union of a district-level unit, by its level word.
_DISTRICT_PARTY = {
    "huyện": ("Huyện ủy", "Huyện đoàn"),
    "thị xã": ("Thị ủy", "Thị đoàn"),
    "quận": ("Quận ủy", "Quận đoàn"),
}
#: The commune tier's types every level has (its mass organisations, military command, web portal):
#: a district's too.
_EVERY_LEVEL = frozenset(
    (
        "ban-chi-huy-quan-su",
        "hoi-lien-hiep-phu-nu",
        "doan-thanh-nien",
        "hoi-nong-dan",
        "hoi-cuu-chien-binh",
        "hoi-chu-thap-do",
        "hoi-nguoi-cao-tuoi",
        "hoi-khuyen-hoc",
        "to-chuc-ctxh",
        "cac-phong-chuyen-mon",
        "trung-tam-chinh-tri",
        "trang-thong-tin-dien-tu",
    )
)


def district_bodies(jurisdiction: Jurisdiction) -> tuple[Agency, ...]:
    """Write out the bodies of a district-level unit before the 2025 reform: the ``zone`` tier's types at its place.

    A district's plan names its own committee, police, Front, office and one-stop desk ("Công an
    huyện", "Ủy ban MTTQ Việt Nam huyện"), which the city list (normalize/agencies.csv) writes for
    one city only (samples/audit27 F2: 18 of a district plan's 43 mentions unmatched). The island
    districts' types (``zone``, what a special zone took over) are every district's, and so are the
    mass organisations and the like of every level (:data:`_EVERY_LEVEL`); no successor is
    named (a district's plan is read as of its own time), and only with the unit's name known.
    """
    if not jurisdiction.name:
        return ()
    party, youth = _DISTRICT_PARTY.get(jurisdiction.word, ("Thành ủy", "Thành đoàn"))
    prefix = "/".join(p for p in (slug(jurisdiction.province), slug(f"{jurisdiction.word} {jurisdiction.name}")) if p)
    place = _Place(jurisdiction.word, jurisdiction.name, prefix, party, youth, "city", True)
    types = [
        replace(body, replaced_by="", replaced_since="")
        for body in load_catalogue()
        if body.tier == "zone" or (body.tier == "commune" and body.type in _EVERY_LEVEL)
    ]
    return tuple(_entries(types, place, plain=False))
