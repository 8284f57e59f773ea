"""The lookup tables built once per agency list.

:func:`build_index` turns an :class:`~normalize.agencies.AgencyList` into the maps every rule
reads: each name and alias key, its spelling with abbreviations written out, its initials, its
level written one way, and so on (:class:`AgencyIndex`); :mod:`normalize.lookups` holds the sure
lookups on them. :func:`fits_level` keeps every match at the level the mention names.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from core.model import Agency
from core.text import fold, strip_marks, strip_tones
from normalize.agencies import AgencyList
from normalize.keys import (
    LEVEL_TAG,
    UNIT_TAG,
    comma_initials,
    expand,
    expanded_key,
    head_letters,
    initial,
    initials_variants,
    key_levels,
    level_key,
    level_tags,
    name_key,
    names_one_unit,
    only_residential_units,
    opening_letters,
    unit_tags,
    without_and,
    without_area_tail,
    without_level,
    without_peoples,
)
from normalize.vocab import LEVEL_WORDS_MARKED, PLURALS, SHORTENED_HEADS

#: Words a span may have beyond the longest name on the list (split or run-together words in
#: typos), besides a place name (:data:`PLACE_NAME_WORDS`) after its level word.
EXTRA_WORDS = 2
#: Most words a place name after "thành phố" or "tỉnh" may have ("Hà Tĩnh", "Hồ Chí Minh", "Phan
#: Rang - Tháp Chàm", "Bà Rịa - Vũng Tàu": keys turn the dash into a space).
PLACE_NAME_WORDS = 4
#: The level word a city plan may add to or leave off a city-level body's name.
_CITY_SUFFIX = " thành phố"
_CHANNEL = "channel"
_GROUP = "group"
#: The level the 2025 reform ended (no district level since 1 July 2025), as :func:`entry_levels` names it.
_ENDED_LEVEL = "district"
_AGENCY = "agency"
#: Fewest words a field after a head noun needs to stand for its body in a list ("Tư pháp"): one
#: word ("Kinh tế" has two; "Xây dựng" two) alone is too generic to name a Phòng.
FIELD_MIN_WORDS = 2
#: The head noun a list of bare fields leaves off: a city's specialised offices are its Phòng
#: (a Sở is the province's, and "phòng ban" names groups, not fields).
FIELD_HEAD = "phòng"


@dataclass(frozen=True)
class Match:
    """What one span of text resolved to: the entry's id (None when unmatched), score, method, suggestions.

    ``whole`` marks an unmatched span that names one body all the same (another unit's): it is not
    split into parts that might match this list's bodies.
    """

    id: str | None
    score: float
    method: str
    suggestions: tuple[tuple[str, float], ...] = ()
    whole: bool = False


@dataclass(frozen=True)
class AgencyIndex:
    """The lookup tables built from one :class:`AgencyList`.

    ``plain`` maps a name or alias key to (id, "exact" | "alias"); ``expanded`` maps keys with
    abbreviations written out, and ``initials`` every initials spelling, to an id (spellings that
    two entries share are left out of ``initials``). ``unmarked`` maps keys without marks to every
    (expanded key, id) that has them; ``levels`` maps keys with the commune or district level
    written one way ("cấp xã", "cấp huyện") to their entry, and ``channels`` a channel entry's key
    without its level words to that entry, both over the expanded and the initials spellings (keys
    two entries share are left out of both; a spelling naming one commune, "UBND phường", names
    no level). ``heads`` holds the head noun of every spelling (without marks). ``max_words``
    bounds a span's length. ``joined`` maps expanded keys without "và" to their entry ("tài
    nguyên - môi trường"); ``entry_levels`` gives each entry's levels
    (its ``level`` and the level words of its spellings); ``marked`` maps a word without marks
    to the one word of the list's vocabulary it can be; ``openers`` holds the first words of every
    spelling as written, ``opening_pairs`` the first two words of every spelling without marks.
    ``fields`` maps what follows "phòng" in a Phòng's name
    ("nội vụ", "tư pháp"; "và" left out) to that entry, when no other entry ends with it after
    one or two words (see :func:`bare_fields`).
    ``spellings`` holds every name and alias key, as written and expanded (and for courts also
    without "nhân dân", which their initials may leave out: "VKS"), with its entry, and ``words``
    every word they use, for reading names abbreviated in several runs (:func:`mixed_initials`).
    ``first_parts`` maps the first part of a body's name ("phòng giáo dục" of "Phòng Giáo dục và
    Đào tạo") to it, and ``reordered`` a key with its words after the head noun sorted to its
    entry, both only where one entry owns the key (:func:`_first_parts`, :func:`reordered_key`).
    ``initial_runs`` maps a head word to the initials spellings that are that word and one run of
    initials ("phòng" -> ("tckh", ...)), for :func:`initials_typo`. ``level_named`` holds the keys
    of the names the list writes with the city's level word, without it ("ủy ban nhân dân",
    "công an"): bodies named by their level, which every level has.
    """

    agencies: AgencyList
    plain: Mapping[str, tuple[str, str]]
    expanded: Mapping[str, str]
    initials: Mapping[str, str]
    unmarked: Mapping[str, tuple[tuple[str, str], ...]]
    levels: Mapping[str, str]
    channels: Mapping[str, str]
    heads: frozenset[str]
    max_words: int
    joined: Mapping[str, str]
    entry_levels: Mapping[str, frozenset[str]]
    marked: Mapping[str, str]
    openers: frozenset[str]
    fields: Mapping[str, str]
    opening_pairs: frozenset[str] = frozenset()
    spellings: tuple[tuple[str, str], ...] = ()
    words: frozenset[str] = frozenset()
    first_parts: Mapping[str, str] = dataclasses.field(default_factory=dict)
    reordered: Mapping[str, str] = dataclasses.field(default_factory=dict)
    initial_runs: Mapping[str, tuple[tuple[str, str], ...]] = dataclasses.field(default_factory=dict)
    level_named: frozenset[str] = frozenset()
    #: The groups with a spelling that is a list of residential units only ("Các thôn, tổ dân phố").
    residential: frozenset[str] = frozenset()
    #: Each expanded key without its tone marks (:func:`core.text.strip_tones`) -> every (key, id) that has it.
    toneless: Mapping[str, tuple[tuple[str, str], ...]] = dataclasses.field(default_factory=dict)
    #: The groups of the level the 2025 reform ended ("UBND cấp huyện" in a plan after it): read by their
    #: spellings and the rules only, never by the fuzzy step, which would take one district ("UBND huyện") for them.
    ended_groups: frozenset[str] = frozenset()
    #: :attr:`spellings` by each letter a query writing them in initials may open with (:func:`mixed_initials`).
    openings: Mapping[str, tuple[tuple[str, str], ...]] = dataclasses.field(default_factory=dict)
    #: What spans resolved to, per (cutoff, scorer): a plan repeats the same names cell after cell.
    matches: dict[tuple[float | None, Callable[..., float]], dict[str, Match]] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )
    #: What each sure lookup (:func:`lookup_key`, :func:`lookup_qualified`), which depends on the key and
    #: this index only, gave a key: the rules ask for the same keys span after span.
    sure: dict[str, dict[str, str | None]] = dataclasses.field(default_factory=dict, compare=False, repr=False)

    @functools.cached_property
    def sorted_spellings(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return the keys of :attr:`expanded`, and those of :attr:`initials` and :attr:`joined`, each sorted.

        The keys that open with given words are a run of them (:func:`~normalize.lookups.opens_spelling`).
        """
        return tuple(sorted(self.expanded)), tuple(sorted({*self.initials, *self.joined}))

    @functools.cached_property
    def expanded_keys(self) -> list[str]:
        """Return the keys of :attr:`expanded` in their order: what the fuzzy step scores every mention against."""
        return list(self.expanded)

    @functools.cached_property
    def initials_text(self) -> str:
        """Return the initials of every spelling's syllables run together ("và" left out), "đ" also as "d".

        One spelling a line. A typed word is read as initials of a spelling only as a run of them
        (:func:`~normalize.keys.fits_initials`), so a word found nowhere in this text is never
        initials (:func:`~normalize.lookups.may_be_initials`); made once, when first asked.
        """
        text = "\n".join("".join(initial(word) for word in without_and(key).split()) for key, _ in self.spellings)
        return f"{text}\n{text.replace('đ', 'd')}"


@functools.lru_cache(maxsize=8)
def build_index(agencies: AgencyList) -> AgencyIndex:
    """Build the lookup tables for ``agencies`` (cached: the list is immutable)."""
    plain: dict[str, tuple[str, str]] = {}
    expanded: dict[str, str] = {}
    owners: defaultdict[str, set[str]] = defaultdict(set)
    max_words = 1
    for agency in agencies:
        for method, spelling in [("exact", agency.name), *(("alias", a) for a in agency.aliases)]:
            key = name_key(spelling)
            plain.setdefault(key, (agency.id, method))
            expanded.setdefault(expand(key), agency.id)
            for variant in initials_variants(expand(key)):
                owners[variant].add(agency.id)
            if (by_parts := comma_initials(spelling)) is not None:
                owners[by_parts].add(agency.id)
            max_words = max(max_words, len(spelling.replace(",", " ").split()))
    initials = {v: next(iter(ids)) for v, ids in owners.items() if len(ids) == 1 and v not in expanded}
    unmarked: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    toneless: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, agency_id in expanded.items():
        unmarked[strip_marks(key)].append((key, agency_id))
        toneless[strip_tones(key)].append((key, agency_id))
    spellings = {**initials, **expanded}
    levels = _owned_once({k: i for k, i in spellings.items() if not names_one_unit(k)}, level_key)
    channels = _channels(spellings, frozenset(agency.id for agency in agencies if agency.kind == _CHANNEL))
    heads = frozenset(head_letters(key) for key in expanded)
    joined = {k: i for k, i in _owned_once(expanded, without_and).items() if k not in expanded}
    vocabulary: defaultdict[str, set[str]] = defaultdict(set)
    for word in {*" ".join(expanded).split(), *LEVEL_WORDS_MARKED}:
        vocabulary[strip_marks(word)].add(word)
    marked = {bare: next(iter(words)) for bare, words in vocabulary.items() if len(words) == 1}
    peoples = ((without_peoples(k), i) for k, i in expanded.items())
    spelled = tuple(dict.fromkeys([*((k, i) for k, (i, _) in plain.items()), *expanded.items(), *peoples]))
    return AgencyIndex(
        agencies,
        plain,
        expanded,
        initials,
        {k: tuple(v) for k, v in unmarked.items()},
        levels,
        channels,
        heads,
        max_words + EXTRA_WORDS + PLACE_NAME_WORDS,
        joined,
        {agency.id: entry_levels(agency) for agency in agencies},
        marked,
        frozenset(key.split(" ", 1)[0] for key in expanded),
        _fields(expanded, frozenset(a.id for a in agencies if a.kind == _AGENCY)),
        frozenset(strip_marks(" ".join(key.split()[:2])) for key in expanded),
        spelled,
        _name_words(agencies, [*plain, *expanded]),
        _first_parts(agencies, expanded),
        {k: i for k, i in _owned_once(expanded, reordered_key).items() if k not in expanded},
        _initial_runs(initials),
        frozenset(k.removesuffix(_CITY_SUFFIX) for k in expanded if k.endswith(_CITY_SUFFIX)),
        _residential(agencies),
        {k: tuple(v) for k, v in toneless.items()},
        frozenset(a.id for a in agencies if a.replaced_by and is_group(a) and _ENDED_LEVEL in entry_levels(a)),
        _openings(spelled),
    )


def _channels(spellings: Mapping[str, str], channel_ids: frozenset[str]) -> dict[str, str]:
    """Map a channel's spelling without its level words (:func:`without_level`) to it, where no other entry's gives it.

    As :func:`_owned_once` over every spelling, but only the spellings that may give a channel's
    key are read: without its level words a spelling is a start of itself, so one that starts with
    no channel's key gives none.
    """
    starts = tuple({key for k, i in spellings.items() if i in channel_ids and (key := without_level(k))})
    read = {k: i for k, i in spellings.items() if i in channel_ids or k.lstrip().startswith(starts)}
    return {key: i for key, i in _owned_once(read, without_level).items() if key and i in channel_ids}


def _openings(spelled: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Group spellings (key, id) by each letter a query writing them in initials may open with, in their order."""
    grouped: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, agency_id in spelled:
        for letter in opening_letters(key):
            grouped[letter].append((key, agency_id))
    return {letter: tuple(found) for letter, found in grouped.items()}


#: A run of capitals a list writes as initials ("TT" of "Sở TT&TT", "HCC"): two letters or more.
_CAPITALS_RE = re.compile(r"\b[A-ZĐ]{2,}\b")


def _name_words(agencies: AgencyList, keys: list[str]) -> frozenset[str]:
    """Return every word of ``keys`` but those the list only writes in capitals, as initials.

    "Sở TT&TT" spells "tt" as initials, not a word: a mention typing "TT" ("TT Phục vụ HCC tỉnh")
    may abbreviate any name with it (:func:`mixed_initials`).
    """
    words = frozenset(" ".join(keys).split())
    capitals = {
        run.casefold()
        for agency in agencies
        for spelling in (agency.name, *agency.aliases)
        for run in _CAPITALS_RE.findall(spelling)
    }
    lower = {
        word
        for agency in agencies
        for spelling in (agency.name, *agency.aliases)
        for word in _CAPITALS_RE.sub(" ", spelling).casefold().split()
    }
    return words - (capitals - lower)


def is_group(entry: Agency) -> bool:
    """Tell whether an entry names a group: its kind says so, or its name opens with a plural marker.

    A list may give "Các tổ dân phố" the kind of a body outside the state ("external"); the plural
    in its name says it is the units together, so what follows a group's name ("trên địa bàn
    phường") reads the same on it.
    """
    return entry.kind == _GROUP or fold(entry.name).split()[:1] in ([p] for p in PLURALS)


def _residential(agencies: AgencyList) -> frozenset[str]:
    """Return the ids of the groups with a spelling that only lists residential units.

    See :func:`~normalize.keys.only_residential_units`.
    """
    spellings = {agency.id: (agency.name, *agency.aliases) for agency in agencies if is_group(agency)}
    return frozenset(
        i
        for i, names in spellings.items()
        if any(only_residential_units(without_level(without_area_tail(expanded_key(s)))) for s in names)
    )


def _initial_runs(initials: Mapping[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Group the initials spellings made of a head word and one run of initials by that head word."""
    runs: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, agency_id in initials.items():
        head, _, letters = key.partition(" ")
        if letters and " " not in letters:
            runs[head].append((letters, agency_id))
    return {head: tuple(found) for head, found in runs.items()}


#: Where a name's first part ends: "và", a dash or a comma ("Phòng Giáo dục | và Đào tạo").
_PART_END_RE = re.compile(r"\s+và\s+|\s*[-\u2010-\u2015]\s*|,")
#: Fewest words a first part needs to name its body alone: the head noun and a field of two
#: syllables ("Phòng Giáo dục"); "Các phòng" of "Các phòng, ban có liên quan" names nothing.
FIRST_PART_MIN_WORDS = 3


def _first_parts(agencies: AgencyList, expanded: Mapping[str, str]) -> dict[str, str]:
    """Map the first part of each body's name or alias to the body, where no other body's starts so.

    Plans shorten a name to its first part ("Phòng Giáo dục", "Phòng Lao động", "Phòng Tài
    chính"); that names the body when it is the first part of exactly one entry's spellings, no
    entry's name itself ("Phòng Kinh tế" is a body of its own), and the entry is a Phòng (a
    group or a channel is named whole; "Văn phòng HĐND" may be an office of its own). "Phòng Văn
    hóa" starts two entries, so it names none. A post (vocabulary [heads] shortened) is also
    named by its leading fields ("Công chức Địa chính - Xây dựng" of "Công chức Địa chính - Xây
    dựng - Đô thị và Môi trường phường"), on the same terms.
    """
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for agency in agencies:
        for spelling in (agency.name, *agency.aliases):
            for at, part_end in enumerate(_PART_END_RE.finditer(spelling)):
                key = expanded_key(spelling[: part_end.start()])
                heads = (FIELD_HEAD, *SHORTENED_HEADS) if at == 0 else SHORTENED_HEADS
                if len(key.split()) >= FIRST_PART_MIN_WORDS and any(key.startswith(h + " ") for h in heads):
                    owners[key].add(agency.id)
    kinds = {agency.id: agency.kind for agency in agencies}
    return {
        key: next(iter(ids))
        for key, ids in owners.items()
        if len(ids) == 1 and key not in expanded and kinds[next(iter(ids))] == _AGENCY
    }


def reordered_key(key: str) -> str:
    """Return ``key`` with its head noun first and the other words sorted, "và" left out.

    "Phòng Kế hoạch - Tài chính" and "Phòng Tài chính – Kế hoạch" name one body with their parts
    in another order.

    >>> reordered_key("phòng kế hoạch tài chính") == reordered_key("phòng tài chính kế hoạch")
    True
    """
    head, _, rest = without_and(key).partition(" ")
    return " ".join([head, *sorted(rest.split())])


def _fields(expanded: Mapping[str, str], bodies: frozenset[str]) -> dict[str, str]:
    """Map the field after "phòng" ("nội vụ" of "phòng nội vụ") to its entry, if only that entry ends so.

    Every expanded key without its first one or two words (at least :data:`FIELD_MIN_WORDS` left)
    counts as an ending, so "y tế" is no field when both "phòng y tế" and "trung tâm y tế" are
    listed. Only ``bodies`` (entries of kind agency) have fields: "ban liên quan" of the group "các
    phòng, ban có liên quan" is none. An ending that is itself a name is that name, never a field.
    """
    owners: defaultdict[str, set[str]] = defaultdict(set)
    fields: defaultdict[str, set[str]] = defaultdict(set)
    for key, agency_id in expanded.items():
        words = without_and(key).split()
        for drop in (1, 2):
            if len(words) - drop >= FIELD_MIN_WORDS:
                owners[" ".join(words[drop:])].add(agency_id)
        if words[0] == FIELD_HEAD and agency_id in bodies and len(words) - 1 >= FIELD_MIN_WORDS:
            fields[" ".join(words[1:])].add(agency_id)
    return {
        tail: next(iter(ids))
        for tail, ids in fields.items()
        if len(owners[tail]) == 1 and ids == owners[tail] and tail not in expanded
    }


def entry_levels(agency: Agency) -> frozenset[str]:
    """Return the levels an entry is at: its ``level`` and the level words of its name and aliases.

    >>> from normalize.agencies import load_agency_list
    >>> sorted(entry_levels(load_agency_list().get("ubnd-cap-huyen")))
    ['city', 'district']
    """
    levels = {agency.level} if agency.level else set()
    for spelling in (agency.name, *agency.aliases):
        levels |= key_levels(expanded_key(spelling)) | unit_tags(expanded_key(spelling))
    return frozenset(levels)


def fits_level(agency_id: str, levels: frozenset[str], index: AgencyIndex) -> bool:
    """Tell whether a mention naming ``levels`` may be the entry: every level it names is one of the entry's.

    A mention that names no level fits every entry, and so does an entry with no level at all. A
    province body is never the city's ("Văn phòng UBND tỉnh" is not "Văn phòng HĐND và UBND thành phố").
    A unit of the commune level named alone is never another unit's body ("UBND xã" is not a ward's
    "UBND phường"), where the entry names its units one by one; nor is the whole commune level
    ("Văn phòng UBND các xã, phường", :data:`~normalize.keys.LEVEL_TAG`) one unit's body.
    Nor is a unit named alone a body whose names put it at a level the mention does not name
    ("UBMTTQ xã" in a special zone's plan is not the "Ủy ban MTTQ huyện Côn Đảo" the zone took over).
    """
    allowed = index.entry_levels.get(agency_id, frozenset())
    units, plain = _split_units(levels)
    allowed_units, allowed_plain = _split_units(allowed)
    if LEVEL_TAG in units:
        return not allowed_units and (not allowed_plain or plain <= allowed_plain)
    if units and not allowed_units and allowed_plain - plain:
        return False
    return (not allowed_plain or plain <= allowed_plain) and (not allowed_units or units <= allowed_units)


@functools.lru_cache(maxsize=256)  # a mention's levels and an entry's: few distinct sets, asked per candidate
def _split_units(levels: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Part the unit tags (:func:`~normalize.keys.unit_tags`) from the levels."""
    units = frozenset(level for level in levels if level.startswith(UNIT_TAG))
    return units, levels - units


def mention_levels(query: str, index: AgencyIndex) -> frozenset[str]:
    """Return the levels an expanded key names, also with the marks of unmarked words put back ("tinh").

    The levels are read from :func:`level_key`'s spelling, so "trên địa bàn thành phố" after the
    units of a level says where they are, not a second level ("UBND các xã, phường trên địa bàn
    thành phố" names the commune level only).
    """
    restored = restore_marks(query, index)
    levels = key_levels(level_key(query)) | unit_tags(query) | level_tags(query)
    if restored == query:  # nothing to put back: the same levels twice
        return levels
    return levels | key_levels(level_key(restored)) | unit_tags(restored) | level_tags(restored)


def restore_marks(query: str, index: AgencyIndex) -> str:
    """Put back the marks of every word typed without them that only one word of the list's vocabulary fits.

    >>> from normalize.agencies import load_agency_list
    >>> restore_marks("ủy ban nhân dân cac xa phuong", build_index(load_agency_list()))
    'ủy ban nhân dân các xã phường'

    A word with a mark is never a key of ``index.marked`` (its keys are words with the marks
    dropped), so each word is looked up as it is, without testing it for marks first.
    """
    return " ".join(index.marked.get(w, w) for w in query.split())


def _owned_once(expanded: Mapping[str, str], transform: Callable[[str], str]) -> dict[str, str]:
    """Map ``transform`` of every expanded key to its entry, leaving out results two entries share."""
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for key, agency_id in expanded.items():
        owners[transform(key)].add(agency_id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}
