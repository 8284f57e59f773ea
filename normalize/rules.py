"""The narrow rules that read a name the sure lookups and the fuzzy step did not place, in one registry.

Each rule is a small named function of a :class:`Query`; :data:`RULES` lists them in the order
they run, and the first that points at exactly one entry at a level the mention names
(:func:`~normalize.index.fits_level`) decides. Its name is the mention's ``method``; none of
these methods is in :data:`core.model.SURE_METHODS`, and the score stays the plain similarity,
so a rule-made match under :data:`~core.model.REVIEW_BELOW` goes to review.

- ``unmarked-words``: a name typed without the marks of some whole words ("Phong Noi vu",
  "Phòng Tài chinh – Ke hoach"): every other word equals the entry's, and exactly one entry fits;
- ``tone-typo``: a name with the tone mark of one word wrong or left off ("Sở Y tê"): every
  letter and vowel mark is the entry's, and exactly one entry fits;
- ``mark-typo``: a name with the marks of one word wrong in another way ("Sỏ Y tế": :func:`~normalize.typos.mark_typo`);
- ``city-level``: a city-level entry's name (or its initials, "TAND") with or without the level
  word "thành phố" ("Phòng Y tế thành phố", "các tổ chức chính trị - xã hội" for "... thành
  phố"); the name and the level word may also have the marks of whole words left off ("Phong Noi
  vu thanh pho");
- ``place-name`` and ``place-name-typo``: the same with the city's own name after a final "thành
  phố" ("Thanh tra thành phố Hà Tĩnh"), then with a typo the fuzzy step reads ("côn an thành phố
  vinh"); ``province-place-name`` and ``province-place-typo`` for a province's body and the
  province's name after "tỉnh" ("Sở TT&TT tỉnh Bắc Giang");
- ``level-words``: the commune level named any way ("UBND các xã, phường", "UBND xã, phường, thị
  trấn" for "UBND cấp xã"), the district level by a plural or a list of its units ("UBND các
  huyện, TX"): communes, wards and townships are what the law calls the commune level, districts
  and towns the district level;
- ``named-unit``: the same units listed with the last one given its name ("UBND các xã, phường,
  đặc khu Cồn Cỏ": a province's one special zone named in the list of the units of its communes);
- ``residential-units``: a list of residential units alone ("Các tổ dân phố, khu phố", "thôn,
  bản") for the one group of them on the list ("Các thôn, tổ dân phố");
- ``regional-unit``: a unit of the tax or insurance service below the province ("Thuế cơ sở 1
  ...", :mod:`normalize.regional`) for the province's body of that service;
- ``channel-level``: a channel entry (a website, the radio) with its city and commune level words
  left off or changed ("Trang thông tin điện tử thành phố" for "... thành phố và phường, xã"): a
  channel is one medium whichever of its levels a row names; a body at another level is another
  body, so this never applies to agencies;
- ``commune-stations``: a medium's stations at the commune level ("Đài truyền thanh cấp xã", "...
  các phường") for the commune-level channel of that medium's system ("Hệ thống truyền thanh cơ
  sở"); a station alone or at the city's level is one station, another body;
- ``group-qualifier``: a group's name the fuzzy step reads once where its members sit is taken off
  ("Các phòng ban chuyên môn thuộc UBND thành phố");
- ``head-of-body``, ``group-with-qualifier``, ``short-name``: a head's title, a group's "có ...", a
  short name before a level ("Mặt trận phường") (:mod:`normalize.titles`);
- ``first-part`` and ``reordered``: a Phòng's name cut to its first part ("Phòng Giáo dục"), or
  with its parts in another order ("Phòng Kế hoạch - Tài chính");
- ``group-subset``: a group named by part of its list of nouns ("các sở, ngành liên quan" for
  "Các sở, ban, ngành": :mod:`normalize.groups`);
- ``level-left-off``: a body named without its level word where one level alone has it ("Bảo
  hiểm xã hội" in a commune's plan: :mod:`normalize.levelless`);
- ``restored-marks``: any rule above, or a key-derived spelling, on the name with the marks of
  unmarked words put back where one word of the list fits ("UBND cac xa, phuong");
- ``abbreviation-typo``: the same on the name with a standard abbreviation typed one letter off
  ("UBDN");
- ``initials-slip``: a head word and one run of initials with two letters swapped, one doubled
  or one left out ("Phòng TCHK" for "Phòng TC-KH").

To add a rule: write a function ``(query: Query) -> str | None`` that returns an entry id only
when exactly one entry fits, and put a :class:`Rule` with its name where it belongs in
:data:`RULES` (earlier is trusted more). A test checks that no rule name is a sure method.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from core.text import strip_marks, strip_tones
from normalize.fuzzy import fuzzy_entry
from normalize.groups import group_subset
from normalize.index import (
    _CITY_SUFFIX,
    PLACE_NAME_WORDS,
    AgencyIndex,
    fits_level,
    is_group,
    mention_levels,
    reordered_key,
    restore_marks,
)
from normalize.keys import (
    KEY_CACHE_SIZE,
    ends_with_plural_units,
    expanded_key,
    has_marks,
    level_key,
    only_residential_units,
    without_area_tail,
    without_level,
    words_fit_unmarked,
)
from normalize.levelless import level_left_off
from normalize.lookups import GROUP_QUALIFIER_RE, lookup_key, lookup_qualified
from normalize.regional import regional_unit
from normalize.titles import group_with_qualifier, head_after_unit, head_of_body, short_name
from normalize.typos import fix_abbreviation_typos, initials_typo, mark_typo
from normalize.vocab import NOT_PLACE_WORDS

_CITY_LEVEL = "city"
_PROVINCE_SUFFIX = " tỉnh"
_PROVINCE_LEVEL = "province"
#: A medium's station ("đài") at the commune level is a unit of the channel the list names as that
#: medium's system at that level ("Hệ thống truyền thanh cơ sở"): the commune stations ("Đài
#: truyền thanh cấp xã", "... các phường") are that system, as "UBND các xã" is the commune
#: level. A station with no level, or at the city's, is one station: another body.
_STATION = "đài"
_SYSTEM = "hệ thống"
_COMMUNE = "commune"
#: What may follow the medium's name to put its stations at the commune level: "cơ sở" (the
#: grassroots) and the commune level however named (written "cấp xã" by :func:`level_key`).
_COMMUNE_QUALIFIERS = frozenset({"cơ sở", "cấp xã", "cơ sở cấp xã"})
#: The words of no place name (vocabulary [levels] not_place) typed without marks ("hoi" may be
#: "hội"): a word that may be one of them is no place name either, so "Dong Hoi" typed without
#: marks stays unread (a miss).
#: "thanh" and "pho" stay out: "Thanh Hoa" is a city ("thành phố" itself was found before the name).
_BARE_NOT_PLACE_WORDS = frozenset(strip_marks(word) for word in NOT_PLACE_WORDS) - {"thanh", "pho"}


@dataclass(frozen=True)
class Query:
    """A mention as the rules read it: ``raw`` as written, ``key`` (an expanded key), the index and the levels it names.

    The variants some rules share (the key with a place name taken off) are worked out once.
    """

    raw: str
    key: str
    index: AgencyIndex
    levels: frozenset[str]

    @functools.cached_property
    def place(self) -> str:
        """The key without the city's own name after a final "thành phố" (:func:`without_place_name`)."""
        return without_place_name(self.key, self.index)

    @functools.cached_property
    def in_province(self) -> str:
        """The key without the province's own name after a final "tỉnh"."""
        return without_place_name(self.key, self.index, _PROVINCE_SUFFIX)

    def fits(self, agency_id: str | None) -> bool:
        """Tell whether ``agency_id`` is an entry at a level the mention names (:func:`fits_level`)."""
        return agency_id is not None and fits_level(agency_id, self.levels, self.index)

    def with_key(self, key: str) -> Query:
        """Return the same mention read as another key (the levels stay the ones it was written with)."""
        return Query(self.raw, key, self.index, self.levels)


@dataclass(frozen=True)
class Rule:
    """One named rule: ``find`` returns the id of the one entry it reads the query as, or None."""

    name: str
    find: Callable[[Query], str | None]


#: :func:`strip_marks` of a key, remembered: the rules ask it of the same keys (with and without "thành phố").
_key_without_marks = functools.lru_cache(maxsize=KEY_CACHE_SIZE)(strip_marks)


def _unmarked_words(query: str, index: AgencyIndex) -> str | None:
    """Return the one entry ``query`` names with the marks of some whole words left off, or None."""
    ids = {i for key, i in index.unmarked.get(_key_without_marks(query), ()) if words_fit_unmarked(query, key)}
    return next(iter(ids)) if len(ids) == 1 else None


#: Words of a name whose tone mark :func:`_tone_typo` lets be wrong: one. Two words off is another name or a worse typo.
TONE_TYPO_WORDS = 1


def _tone_typo(query: str, index: AgencyIndex) -> str | None:
    """Return the one entry ``query`` names with the tone mark of one word wrong or missing, or None.

    "Sở Y tê" is "Sở Y tế": every letter and vowel mark ("ê", "ơ", "ư", "đ") is the entry's, and
    only one word's tone differs. A name typed without any marks is :func:`_unmarked_words`'s. The
    score stays the plain similarity (a short name scores under the fuzzy cutoff), so a person
    reviews the match.
    """
    if not has_marks(query):
        return None
    ids = {
        agency_id
        for key, agency_id in index.toneless.get(strip_tones(query), ())
        if sum(q != k for q, k in zip(query.split(), key.split(), strict=True)) == TONE_TYPO_WORDS
    }
    return next(iter(ids)) if len(ids) == 1 else None


def _city_body(query: str, index: AgencyIndex) -> str | None:
    """Return the city-level entry ``query`` names, as it is or with or without the level word "thành phố".

    The two rules about how a name is typed compose: the name, or the level word after it, may
    have the marks of whole words left off ("phong noi vu thanh pho"), as
    :func:`_unmarked_words` reads them.
    """
    for key in (query, _without_city_word(query) or query + _CITY_SUFFIX):
        for agency_id in (lookup_key(key, index), _unmarked_words(key, index)):
            entry = index.agencies.get(agency_id) if agency_id else None
            if entry is not None and entry.level == _CITY_LEVEL:
                return entry.id
    return None


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)  # each key, asked by three rules and the place names
def _without_city_word(query: str) -> str | None:
    """Return ``query`` without a final "thành phố", also typed without marks ("thanh pho"); None if it has none."""
    stem, _, tail = query.rpartition(" ")
    stem, _, head = stem.rpartition(" ")
    return stem if stem and words_fit_unmarked(f"{head} {tail}", _CITY_SUFFIX.strip()) else None


def without_place_name(query: str, index: AgencyIndex, level_word: str = _CITY_SUFFIX) -> str:
    """Drop a city's own name after a final "thành phố" ("thanh tra thành phố hà tĩnh"); else return ``query``.

    The name has at most :data:`PLACE_NAME_WORDS` words, none of them a level word or a joiner,
    and no word that opens a body's name (as written, or typed without marks) starts the first
    two words of a listed name there (:attr:`AgencyIndex.opening_pairs`), so "... thành phố và
    phường, xã" or a second body run on ("... thành phố hội nông dân", "... thành phố thanh
    tra") are never taken for a place, while "Đồng Hới" ("hới" is not "hội") and "Thanh Hóa"
    ("thanh" opens "thanh tra", not "thanh hóa") are.
    """
    stem, found, tail = query.rpartition(level_word + " ")
    if not found:  # the level word typed without marks: "thanh tra thanh pho ca mau"
        stem, found, tail = query.rpartition(strip_marks(level_word) + " ")
    words = tail.split()
    if not found or not stem or not 0 < len(words) <= PLACE_NAME_WORDS:
        return query
    for at, word in enumerate(words):
        if word in NOT_PLACE_WORDS or (not has_marks(word) and word in _BARE_NOT_PLACE_WORDS):
            return query
        opens = word in index.openers or (not has_marks(word) and word in index.heads)
        if opens and at + 1 < len(words) and strip_marks(" ".join(words[at : at + 2])) in index.opening_pairs:
            return query
    return stem + level_word


def _fuzzy_at_level(query: str, level: str, index: AgencyIndex) -> str | None:
    """Return the entry at ``level`` the fuzzy step finds for ``query`` (a place name taken off), or None."""
    entry = fuzzy_entry(query, index)
    return entry.id if entry is not None and entry.level == level else None


def _commune_stations(query: str, index: AgencyIndex) -> str | None:
    """Return the commune-level channel the commune stations of a medium make up, or None.

    "đài truyền thanh cấp xã" and "đài truyền thanh các xã phường" name the stations of the
    communes, so the system of them ("hệ thống truyền thanh cơ sở", a channel at the commune
    level); "đài truyền thanh" alone or "đài truyền thanh thành phố" is one station, never it.
    """
    medium = without_level(query).removeprefix(_STATION + " ")
    qualifier = level_key(query).removeprefix(f"{_STATION} {medium} ")
    if not query.startswith(_STATION + " ") or qualifier not in _COMMUNE_QUALIFIERS:
        return None
    agency_id = index.channels.get(f"{_SYSTEM} {medium}")
    entry = index.agencies.get(agency_id) if agency_id else None
    return entry.id if entry is not None and entry.level == _COMMUNE else None


def _group_stem(query: str, index: AgencyIndex) -> str | None:
    """Return the group a fuzzy match finds for ``query`` without where its members sit ("thuộc UBND thành phố").

    "Các phòng ban chuyên môn thuộc UBND thành phố" is the group "Các phòng chuyên môn": the
    qualifier does not change a group (:func:`lookup_qualified` takes it off sure spellings);
    here the stem gets the fuzzy step, and only a group is taken.
    """
    stem = GROUP_QUALIFIER_RE.sub("", query)
    entry = fuzzy_entry(stem, index) if stem and stem != query else None
    return entry.id if entry is not None and is_group(entry) else None


def _unmarked_rule(query: Query) -> str | None:
    return _unmarked_words(query.key, query.index)


def _tone_typo_rule(query: Query) -> str | None:
    return _tone_typo(query.key, query.index)


def _city_level(query: Query) -> str | None:
    return _city_body(query.key, query.index)


def _place_name(query: Query) -> str | None:
    return _city_body(query.place, query.index) if query.place != query.key else None


def _place_name_typo(query: Query) -> str | None:
    return _fuzzy_at_level(query.place, _CITY_LEVEL, query.index) if query.place != query.key else None


def _province_place_name(query: Query) -> str | None:
    in_province = query.in_province
    return lookup_qualified(in_province, query.index) if in_province != query.key else None


def _province_place_typo(query: Query) -> str | None:
    in_province = query.in_province
    return _fuzzy_at_level(in_province, _PROVINCE_LEVEL, query.index) if in_province != query.key else None


def _level_words(query: Query) -> str | None:
    return query.index.levels.get(level_key(query.key))


def _residential_units(query: Query) -> str | None:
    """Read a list of residential units alone ("các tổ dân phố, khu phố", "thôn, bản") as the one group of them.

    Villages, hamlets and urban blocks have other names by region ("thôn", "bản", "ấp", "tổ dân
    phố", "khu phố": vocabulary [levels] residential_units); a list of them names the commune's
    residential units, the one group on the list made of such units (:attr:`AgencyIndex.residential`).
    """
    stem = without_level(without_area_tail(query.key))
    groups = query.index.residential
    return next(iter(groups)) if len(groups) == 1 and only_residential_units(stem) else None


#: A dash between two parts of a place's name ("Phan Rang - Tháp Chàm").
_NAME_DASHES = frozenset("-\u2013\u2014")


def _named_unit(query: Query) -> str | None:
    """Read the units of a level listed with the last one given its name ("UBND các xã, phường, đặc khu Cồn Cỏ").

    A province with one special zone (or a district with one township) names it in the list of
    units that make the level: the capitalised words after the last unit (at most
    :data:`~normalize.index.PLACE_NAME_WORDS`) are taken off, and what is left must end with a
    plural list of two or more units ("các xã, phường, đặc khu") that names the level
    (:attr:`AgencyIndex.levels`). One unit with its name ("UBND xã Gio Linh") is one commune.
    """
    words = query.raw.replace(",", " ").split()
    named = 0
    while words and (words[-1][:1].isupper() or (named and words[-1] in _NAME_DASHES)):
        named += words[-1] not in _NAME_DASHES
        words.pop()
    stem = expanded_key(" ".join(words))
    if not 0 < named <= PLACE_NAME_WORDS or not ends_with_plural_units(stem):
        return None
    return query.index.levels.get(level_key(stem))


def _channel_level(query: Query) -> str | None:
    return query.index.channels.get(without_level(query.key))


def _commune_stations_rule(query: Query) -> str | None:
    return _commune_stations(query.key, query.index)


def _group_qualifier(query: Query) -> str | None:
    return _group_stem(query.key, query.index)


def _shortened_keys(query: Query) -> list[str]:
    """List the key, without a final "thành phố", without the city's name, and without both, once each."""
    keys = (query.key, _without_city_word(query.key), query.place, _without_city_word(query.place))
    return [key for key in dict.fromkeys(keys) if key]


def _first_part(query: Query) -> str | None:
    """Read a Phòng named by its name's first part ("phòng giáo dục thành phố"): :attr:`AgencyIndex.first_parts`."""
    return next((f for key in _shortened_keys(query) if (f := query.index.first_parts.get(key))), None)


def _reordered(query: Query) -> str | None:
    """Read a name with its parts in another order ("phòng kế hoạch tài chính"): :attr:`AgencyIndex.reordered`."""
    index = query.index
    return next((f for key in _shortened_keys(query) if (f := index.reordered.get(reordered_key(key)))), None)


def _lookup(query: Query) -> str | None:
    return lookup_key(query.key, query.index)


def _lookup_qualified(query: Query) -> str | None:
    return lookup_qualified(query.key, query.index)


#: The rules read on the key as written, in order of trust (the sure lookups ran before the fuzzy step).
KEY_RULES: tuple[Rule, ...] = (
    Rule("unmarked-words", _unmarked_rule),
    Rule("tone-typo", _tone_typo_rule),
    Rule("mark-typo", lambda query: mark_typo(query.key, query.index)),
    Rule("city-level", _city_level),
    Rule("place-name", _place_name),
    Rule("place-name-typo", _place_name_typo),
    Rule("province-place-name", _province_place_name),
    Rule("province-place-typo", _province_place_typo),
    Rule("level-words", _level_words),
    Rule("named-unit", _named_unit),
    Rule("residential-units", _residential_units),
    Rule("channel-level", _channel_level),
    Rule("regional-unit", lambda query: regional_unit(query.key, query.index)),
    Rule("commune-stations", _commune_stations_rule),
    Rule("group-qualifier", _group_qualifier),
    Rule("first-part", _first_part),
    Rule("reordered", _reordered),
)
#: On a key with its spelling mended, the sure lookups come first: the mended key may spell an entry.
_MENDED_RULES: tuple[Rule, ...] = (Rule("lookup", _lookup), Rule("lookup-qualified", _lookup_qualified), *KEY_RULES)


def _first_fit(query: Query, rules: tuple[Rule, ...]) -> str | None:
    """Return what the first of ``rules`` finds that fits the levels the mention names, or None."""
    for rule in rules:
        found = rule.find(query)
        if query.fits(found):
            return found
    return None


def _restored_marks(query: Query) -> str | None:
    """Run every rule again on the key with the marks of unmarked words put back (:func:`restore_marks`)."""
    key = restore_marks(query.key, query.index)
    return _first_fit(query.with_key(key), _MENDED_RULES) if key != query.key else None


def _abbreviation_typo(query: Query) -> str | None:
    """Run every rule again with abbreviations typed one letter off written out (:func:`fix_abbreviation_typos`)."""
    key = fix_abbreviation_typos(query.key)
    if key in (query.key, restore_marks(query.key, query.index)):
        return None
    return _first_fit(query.with_key(key), _MENDED_RULES)


def _initials_slip(query: Query) -> str | None:
    return initials_typo(query.raw, query.index)


#: Every rescue rule, in the order they run: the first to find an entry at the mention's level decides.
RULES: tuple[Rule, ...] = (
    *KEY_RULES,
    Rule("head-of-body", lambda query: head_of_body(query, _MENDED_RULES)),
    Rule("head-after-unit", lambda query: head_after_unit(query, _MENDED_RULES)),
    Rule("group-with-qualifier", lambda query: group_with_qualifier(query, _MENDED_RULES)),
    Rule("short-name", lambda query: short_name(query, _MENDED_RULES)),
    Rule("group-subset", lambda query: group_subset(query.raw, query.key, query.index)),
    Rule("level-left-off", lambda query: level_left_off(query.key, query.index)),
    Rule("restored-marks", _restored_marks),
    Rule("abbreviation-typo", _abbreviation_typo),
    Rule("initials-slip", _initials_slip),
)


def rescue(raw: str, query: str, index: AgencyIndex, levels: frozenset[str] | None = None) -> tuple[str, str] | None:
    """Return the entry the first rule of :data:`RULES` finds for ``query`` (an expanded key) and the rule's name.

    ``raw`` is the text as written (for :func:`initials_typo`). An entry at another level than
    the mention names is never taken (:func:`fits_level`). ``levels`` are the levels ``query``
    names (:func:`mention_levels`), when the caller knows them already.
    """
    read = Query(raw, query, index, mention_levels(query, index) if levels is None else levels)
    for rule in RULES:
        found = rule.find(read)
        if found is not None and read.fits(found):
            return found, rule.name
    return None
