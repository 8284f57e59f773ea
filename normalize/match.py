"""Resolve agency names against the canonical list: exact, alias, abbreviation, then fuzzy.

Like a RapidFuzz scorer, :func:`match_name` takes keyword-only knobs (``cutoff``, ``scorer``) and
compares canonical keys (:mod:`normalize.keys`), never RapidFuzz's ``default_process`` or ASCII
folding, which drop Vietnamese marks and merge different words. A wrong merge of two agencies is
worse than a miss, so a fuzzy match must also clear a margin over the next agency and share the
head noun ("Phòng", "Sở", "Ban", compared without marks, one typo allowed in a word that is no
head noun itself): "Sở Tài nguyên và Môi trường" never becomes "Phòng Tài nguyên và Môi trường".

Narrow rules about how documents write a name also count as fuzzy:

- a name typed without the marks of some whole words ("Phong Noi vu", "Phòng Tài chinh – Ke
  hoach"): every other word equals the entry's, and exactly one entry fits;
- a city-level entry's name (or its initials, "TAND") with or without the level word "thành phố"
  ("Phòng Y tế thành phố", "các tổ chức chính trị - xã hội" for "... thành phố"), or with the
  city's own name after a final "thành phố" ("Thanh tra thành phố Hà Tĩnh"): the plans are city
  plans; the name and the level word may also have the marks of whole words left off ("Phong
  Noi vu thanh pho");
- the commune level named any way ("UBND các xã, phường", "UBND xã, phường, thị trấn" for "UBND
  cấp xã"), the district level by a plural or a list of its units ("UBND các huyện, TX"):
  communes, wards and townships are what the law calls the commune level, districts and towns the
  district level;
- a channel entry (a website, the radio) with its city and commune level words left off or
  changed ("Trang thông tin điện tử thành phố" for "... thành phố và phường, xã"): a channel is
  one medium whichever of its levels a row names; a body at another level is another body, so
  this never applies to agencies;
- a medium's stations at the commune level ("Đài truyền thanh cấp xã", "... các phường") for the
  commune-level channel of that medium's system ("Hệ thống truyền thanh cơ sở"); a station alone
  or at the city's level is one station, another body;
- any rule above, or a key-derived spelling, on the name with the marks of unmarked words put
  back where one word of the list fits ("UBND cac xa, phuong").

Before any of these, key-derived spellings count as sure (``abbreviation``): initials, "và" left
out or written as a dash ("Tài nguyên - Môi trường"), a final level word naming the entry's own
level ("Phòng Nội vụ thành phố", "Sở KH&CN tỉnh"), and "thuộc ..." or "trên địa bàn" after a
group's name. At every stage, a mention naming a level (tỉnh, thành phố, huyện/quận/thị xã,
xã/phường/thị trấn, các cấp) never matches an entry at another level (:func:`fits_level`).

Each rule must point at exactly one entry. Their score stays the plain similarity, so they fall
under :data:`REVIEW_BELOW` and a person sees every one of them.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from core.model import REVIEW_BELOW, SUGGESTIONS, Agency, Mention
from core.text import fold
from normalize.agencies import AgencyList
from normalize.keys import (
    ABBREVIATIONS,
    KEY_CACHE_SIZE,
    comma_initials,
    compact_key,
    expand,
    expanded_key,
    fits_initials,
    has_marks,
    head_letters,
    initials_variants,
    key_levels,
    level_key,
    name_key,
    strip_marks,
    without_and,
    without_level,
    without_peoples,
    words_fit_unmarked,
)
from normalize.segment import Piece, cell_to_pieces, split_piece, union_indicators

#: The fuzzy scorer: plain Indel ratio on expanded keys. ``bench/agencies.py --sweep`` gives, on all
#: 293 labelled mentions at cutoff 88, pairwise F1 1.000 for ratio, 0.995 token_sort_ratio,
#: 0.969 token_set_ratio and 0.995 WRatio, none with a wrong id.
FUZZY_SCORER: Callable[..., float] = fuzz.ratio
#: Lowest 0-100 score accepted as the same agency. Measured: at 80 "UBND tỉnh" (not on the list)
#: becomes "UBND thành phố" (84.4); sibling names sit close ("UBND cấp xã"/"UBND cấp huyện" 85.1);
#: recall is flat from 85 to 90 and drops from 92 (typos such as "Phòng Nôi vụ" score 91.7).
FUZZY_CUTOFF = 88.0
#: Points (0-100) the best agency must lead the next one by; below it the two are too alike to choose.
FUZZY_MARGIN = 6.0
#: Candidates under this score (0-100) are not worth suggesting to a reviewer.
SUGGEST_FLOOR = 50.0
#: Scores are rounded to this many decimals so that outputs are byte-identical across runs.
SCORE_DIGITS = 1
#: Words a span may have beyond the longest name on the list (split or run-together words in
#: typos), besides a place name (:data:`PLACE_NAME_WORDS`) after its level word.
EXTRA_WORDS = 2
#: Methods in order of trust.
METHODS: tuple[str, ...] = ("exact", "alias", "abbreviation", "fuzzy", "unmatched")
_SURE = 100.0
#: Lowest 0-100 weight a matched span gets when splitting a piece: a rule-made match whose plain
#: similarity is under :data:`SUGGEST_FLOOR` (scored 0) still counts as a name, not unknown text.
MIN_QUALITY = 1.0
#: The level word a city plan may add to or leave off a city-level body's name.
_CITY_SUFFIX = " thành phố"
_CITY_LEVEL = "city"
_PROVINCE_SUFFIX = " tỉnh"
_PROVINCE_LEVEL = "province"
_CHANNEL = "channel"
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
#: A head noun typed with this many edits (OSA: a letter added, dropped, changed or two swapped)
#: still counts as that head noun ("Thahn tra"), unless it is itself another entry's head noun.
HEAD_TYPO_EDITS = 1
#: Shortest typed head noun (letters) given that leeway: one edit turns a 3-letter word into another word.
HEAD_TYPO_MIN_LETTERS = 4
#: Shortest typed head noun (letters) given the leeway when its one typo is a letter left out of a
#: longer listed head ("Côg an" for "Công an"): every letter typed is the head's, in order, so it
#: is the listed word cut short, not another word one letter away ("bản" for "ban").
HEAD_DROPPED_MIN_LETTERS = 3
#: Most words a place name after "thành phố" or "tỉnh" may have ("Hà Tĩnh", "Hồ Chí Minh", "Phan
#: Rang - Tháp Chàm", "Bà Rịa - Vũng Tàu": keys turn the dash into a space).
PLACE_NAME_WORDS = 4
#: Words that never belong to a place name after "thành phố": level words, joiners and the nouns
#: that open another body's name (with the head nouns of the list itself).
_NOT_PLACE_WORDS = frozenset(
    "và các cấp xã phường thị trấn huyện quận tỉnh thành phố hội đoàn liên công ty cty ban phòng sở".split()
)
#: The same words typed without marks ("hoi" may be "hội"): an unmarked word that could be one
#: of them is no place name either, so "Dong Hoi" typed without marks stays unread (a miss).
#: "thanh" and "pho" stay out: "Thanh Hoa" is a city ("thành phố" itself was found before the name).
_BARE_NOT_PLACE_WORDS = frozenset(strip_marks(word) for word in _NOT_PLACE_WORDS) - {"thanh", "pho"}
#: A final level word that names the level the entry is at, with that level: "Phòng Nội vụ thành
#: phố" is the city's Phòng Nội vụ, "Sở KH&CN tỉnh" the province's Sở.
_LEVEL_SUFFIXES: tuple[tuple[str, str], ...] = ((" thành phố", "city"), (" tỉnh", "province"))
#: What may follow a group's name without changing the group: where its members sit ("thuộc UBND
#: thành phố", "trên địa bàn").
_GROUP_QUALIFIER_RE = re.compile(r" (?:thuộc .+|trên địa bàn\b.*)$")
_GROUP = "group"
_AGENCY = "agency"
#: Methods that a person need not review: the text is the name, an alias or a spelling of them.
SURE_METHODS = frozenset({"exact", "alias", "abbreviation"})
#: Head nouns whose names are lists of fields, so that "Phòng Nội vụ, Tư pháp" names two Phòng.
SHARED_HEADS = frozenset({"phòng", "sở", "ban"})
#: Fewest words a field after a head noun needs to stand for its body in a list ("Tư pháp"): one
#: word ("Kinh tế" has two; "Xây dựng" two) alone is too generic to name a Phòng.
FIELD_MIN_WORDS = 2
#: The head noun a list of bare fields leaves off: a city's specialised offices are its Phòng
#: (a Sở is the province's, and "phòng ban" names groups, not fields).
FIELD_HEAD = "phòng"
#: Fewest mentions a cell of bare fields needs: a list ("Nội vụ, Tư pháp") shows the head was left off.
FIELD_LIST_MIN = 2
#: Agency columns (roles) where a cell holding nothing but one Phòng field ("Tư pháp") names that
#: Phòng: the lead and implementing columns name the office in charge of the task, so a field
#: there is its office with the head noun left off. In the guidance and coordinating columns a
#: field alone may name the whole sector (the province's Sở guides it), so it stays unmatched.
LONE_FIELD_ROLES = frozenset({"lead", "implementing"})
#: Level words and their joiners, for putting back the marks of words typed without them.
_LEVEL_VOCABULARY = "các cấp xã phường thị trấn huyện quận tỉnh thành phố".split()


@dataclass(frozen=True)
class Match:
    """What one span of text resolved to: the entry's id (None when unmatched), score, method, suggestions."""

    id: str | None
    score: float
    method: str
    suggestions: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class AgencyIndex:
    """The lookup tables built from one :class:`AgencyList`.

    ``plain`` maps a name or alias key to (id, "exact" | "alias"); ``expanded`` maps keys with
    abbreviations written out, and ``initials`` every initials spelling, to an id (spellings that
    two entries share are left out of ``initials``). ``unmarked`` maps keys without marks to every
    (expanded key, id) that has them; ``levels`` maps keys with the commune or district level
    written one way ("cấp xã", "cấp huyện") to their entry, and ``channels`` a channel entry's key
    without its level words to that entry, both over the expanded and the initials spellings (keys
    two entries share are left out of both). ``heads`` holds the head noun of every spelling
    (without marks). ``max_words`` bounds a span's length. ``joined`` maps expanded keys without
    "và" to their entry ("tài nguyên - môi trường"); ``entry_levels`` gives each entry's levels
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
    #: What spans resolved to, per (cutoff, scorer): a plan repeats the same names cell after cell.
    matches: dict[tuple[float | None, Callable[..., float]], dict[str, Match]] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )


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
    for key, agency_id in expanded.items():
        unmarked[strip_marks(key)].append((key, agency_id))
    spellings = {**initials, **expanded}
    levels = _owned_once(spellings, level_key)
    channel_ids = {agency.id for agency in agencies if agency.kind == _CHANNEL}
    channels = {key: i for key, i in _owned_once(spellings, without_level).items() if key and i in channel_ids}
    heads = frozenset(head_letters(key) for key in expanded)
    joined = {k: i for k, i in _owned_once(expanded, without_and).items() if k not in expanded}
    vocabulary: defaultdict[str, set[str]] = defaultdict(set)
    for word in {*" ".join(expanded).split(), *_LEVEL_VOCABULARY}:
        vocabulary[strip_marks(word)].add(word)
    marked = {bare: next(iter(words)) for bare, words in vocabulary.items() if len(words) == 1}
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
        tuple(
            dict.fromkeys(
                [
                    *((k, i) for k, (i, _) in plain.items()),
                    *expanded.items(),
                    *((without_peoples(k), i) for k, i in expanded.items()),
                ]
            )
        ),
        frozenset(" ".join([*plain, *expanded]).split()),
        _first_parts(agencies, expanded),
        {k: i for k, i in _owned_once(expanded, reordered_key).items() if k not in expanded},
        _initial_runs(initials),
        frozenset(k.removesuffix(_CITY_SUFFIX) for k in expanded if k.endswith(_CITY_SUFFIX)),
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
    hóa" starts two entries, so it names none.
    """
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for agency in agencies:
        for spelling in (agency.name, *agency.aliases):
            first = _PART_END_RE.split(spelling, maxsplit=1)[0]
            key = expanded_key(first)
            if first != spelling and len(key.split()) >= FIRST_PART_MIN_WORDS and key.startswith(FIELD_HEAD + " "):
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
        levels |= key_levels(expanded_key(spelling))
    return frozenset(levels)


def fits_level(agency_id: str, levels: frozenset[str], index: AgencyIndex) -> bool:
    """Tell whether a mention naming ``levels`` may be the entry: every level it names is one of the entry's.

    A mention that names no level fits every entry, and so does an entry with no level at all. A
    province body is never the city's ("Văn phòng UBND tỉnh" is not "Văn phòng HĐND và UBND thành phố").
    """
    allowed = index.entry_levels.get(agency_id, frozenset())
    return not allowed or levels <= allowed


def mention_levels(query: str, index: AgencyIndex) -> frozenset[str]:
    """Return the levels an expanded key names, also with the marks of unmarked words put back ("tinh").

    The levels are read from :func:`level_key`'s spelling, so "trên địa bàn thành phố" after the
    units of a level says where they are, not a second level ("UBND các xã, phường trên địa bàn
    thành phố" names the commune level only).
    """
    return key_levels(level_key(query)) | key_levels(level_key(restore_marks(query, index)))


def restore_marks(query: str, index: AgencyIndex) -> str:
    """Put back the marks of every word typed without them that only one word of the list's vocabulary fits.

    >>> from normalize.agencies import load_agency_list
    >>> restore_marks("ủy ban nhân dân cac xa phuong", build_index(load_agency_list()))
    'ủy ban nhân dân các xã phường'

    A word with a mark is never a key of ``index.marked`` (its keys are words with the marks
    dropped), so each word is looked up as it is, without testing it for marks first.
    """
    return " ".join(index.marked.get(w, w) for w in query.split())


def lookup_key(query: str, index: AgencyIndex) -> str | None:
    """Return the entry an expanded key spells: as listed, in initials, or with "và" left out or written as a dash."""
    bare = without_and(query)
    return (
        index.expanded.get(query) or index.initials.get(bare) or index.joined.get(bare) or mixed_initials(bare, index)
    )


def mixed_initials(query: str, index: AgencyIndex) -> str | None:
    """Return the one entry ``query`` spells with several runs of initials ("cn vpđkđđ"), or None.

    Only a query holding a word the list's names never use, without marks ("đ" aside), is tried:
    initials are such words. Every name and alias, as written and expanded, is tried
    (:func:`fits_initials`), so "mặt trận tqvn" reads against "Mặt trận Tổ quốc Việt Nam".
    """
    if not any(w not in index.words and not has_marks(w.replace("đ", "d")) and len(w) >= 2 for w in query.split()):
        return None
    ids = {i for key, i in index.spellings if fits_initials(query, key, index.words)}
    return next(iter(ids)) if len(ids) == 1 else None


def lookup_qualified(query: str, index: AgencyIndex) -> str | None:
    """Return the entry an expanded key names with a qualifier that does not change the body, or None.

    The qualifiers: a final level word naming the entry's own level (:data:`_LEVEL_SUFFIXES`),
    and, after a group's name, where its members sit (:data:`_GROUP_QUALIFIER_RE`).
    """
    for suffix, level in _LEVEL_SUFFIXES:
        found = lookup_key(query.removesuffix(suffix), index) if query.endswith(suffix) else None
        entry = index.agencies.get(found) if found else None
        if entry is not None and entry.level == level:
            return entry.id
    stem = _GROUP_QUALIFIER_RE.sub("", query)
    found = lookup_key(stem, index) if stem != query else None
    entry = index.agencies.get(found) if found else None
    return entry.id if entry is not None and entry.kind == _GROUP else None


def _owned_once(expanded: Mapping[str, str], transform: Callable[[str], str]) -> dict[str, str]:
    """Map ``transform`` of every expanded key to its entry, leaving out results two entries share."""
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for key, agency_id in expanded.items():
        owners[transform(key)].add(agency_id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def _rounded(score: float) -> float:
    return round(float(score), SCORE_DIGITS)


def fuzzy_candidates(query: str, index: AgencyIndex, scorer: Callable[..., float]) -> list[tuple[str, float, bool]]:
    """List every agency with its best fuzzy score against ``query`` (an expanded key), best first, ties by id.

    The flag tells whether the agency's best spelling shares the query's head noun (see :func:`same_head`).
    """
    best: dict[str, tuple[float, bool]] = {}
    head = head_letters(query)
    for choice, score, _ in process.extract(
        query, list(index.expanded), scorer=scorer, limit=None, score_cutoff=SUGGEST_FLOOR
    ):
        agency_id = index.expanded[choice]
        if score > best.get(agency_id, (-1.0, False))[0]:
            best[agency_id] = (score, same_head(head, head_letters(choice), index.heads))
    ranked = ((i, _rounded(score), same_head) for i, (score, same_head) in best.items())
    return sorted(ranked, key=lambda item: (-item[1], item[0]))


def same_head(typed: str, listed: str, heads: frozenset[str]) -> bool:
    """Tell whether a typed head noun (without marks) is the listed one, allowing one typo.

    A typed word that is itself a head noun of the list ("ban", "sở") is never read as a typo of
    another one ("bảo"): only a word the list does not know gets the leeway. A word of
    :data:`HEAD_TYPO_MIN_LETTERS` letters or more may have any one typo; a shorter one (down to
    :data:`HEAD_DROPPED_MIN_LETTERS`) only a letter left out of a longer head ("con" for "cong").

    >>> same_head("thahn", "thanh", frozenset({"thanh", "ban", "bao"})), same_head("ban", "bao", frozenset({"ban"}))
    (True, False)
    >>> same_head("con", "cong", frozenset({"cong"})), same_head("toa", "tua", frozenset({"tua"}))
    (True, False)
    """
    if typed == listed:
        return True
    if typed in heads or OSA.distance(typed, listed) > HEAD_TYPO_EDITS:
        return False
    dropped = len(listed) > len(typed) >= HEAD_DROPPED_MIN_LETTERS
    return dropped or len(typed) >= HEAD_TYPO_MIN_LETTERS


def _unmarked_words(query: str, index: AgencyIndex) -> str | None:
    """Return the one entry ``query`` names with the marks of some whole words left off, or None."""
    ids = {i for key, i in index.unmarked.get(strip_marks(query), ()) if words_fit_unmarked(query, key)}
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
        if word in _NOT_PLACE_WORDS or (not has_marks(word) and word in _BARE_NOT_PLACE_WORDS):
            return query
        opens = word in index.openers or (not has_marks(word) and word in index.heads)
        if opens and at + 1 < len(words) and strip_marks(" ".join(words[at : at + 2])) in index.opening_pairs:
            return query
    return stem + level_word


def rescue(raw: str, query: str, index: AgencyIndex) -> str | None:
    """Return the entry a narrow rule finds for ``query`` (an expanded key), or None.

    The rules (see the module's docstring): the name was typed without the marks of some whole
    words; it names a city-level entry with or without the level word "thành phố", or with the
    city's own name after it; it names the commune or district level another way; it names a
    channel with other level words. Each rule is also tried on the key with the marks put back
    (:func:`restore_marks`), and an entry at another level than the mention names is never
    taken (:func:`fits_level`). ``raw`` is the text as written, for a typo in its initials
    (:func:`initials_typo`), tried last.
    """
    levels = mention_levels(query, index)
    for key in dict.fromkeys((query, restore_marks(query, index), fix_abbreviation_typos(query))):
        for found in _rescues(key, index):
            if found is not None and fits_level(found, levels, index):
                return found
    found = initials_typo(raw, index)
    return found if found is not None and fits_level(found, levels, index) else None


#: Shortest standard abbreviation (letters) whose typos are read: "UBDN" for "UBND"; shorter ones
#: ("TP", "UB") are one edit from too many other words.
ABBREVIATION_TYPO_MIN_LETTERS = 4


def fix_abbreviation_typos(query: str) -> str:
    """Write out each word one edit from exactly one standard abbreviation ("ubdn" -> "ủy ban nhân dân").

    Only abbreviations of :data:`ABBREVIATION_TYPO_MIN_LETTERS` letters or more, and only words
    that are no abbreviation themselves; :func:`rescue` tries the result, so the match is fuzzy.

    >>> fix_abbreviation_typos("văn phòng hđnd và ubdn thành phố")
    'văn phòng hội đồng nhân dân và ủy ban nhân dân thành phố'
    """
    words = []
    for word in query.split():
        near = [
            full
            for short, full in ABBREVIATIONS.items()
            if len(short) >= ABBREVIATION_TYPO_MIN_LETTERS
            and word not in ABBREVIATIONS
            and OSA.distance(word, short) == HEAD_TYPO_EDITS
        ]
        words.append(near[0] if len(near) == 1 else word)
    return expand(" ".join(words))


#: Fewest letters typed initials need for :func:`initials_typo` to read a typo in them.
INITIALS_TYPO_MIN_LETTERS = 3


def initials_typo(raw: str, index: AgencyIndex) -> str | None:
    """Return the one entry whose initials ``raw`` types with two letters swapped, one doubled or one left out.

    Only a head word and one run of initials ("Phòng TCHK" for "Phòng TC-KH"), the same head
    word, and never a letter changed for another: "Phòng NNMT" and "Phòng TNMT" are two bodies.
    """
    typed = compact_key(raw).split()
    if len(typed) != 2 or len(typed[1]) < INITIALS_TYPO_MIN_LETTERS:
        return None
    ids = {
        agency_id
        for letters, agency_id in index.initial_runs.get(typed[0], ())
        if abs(len(letters) - len(typed[1])) <= 1 and _one_slip(typed[1], letters)
    }
    return next(iter(ids)) if len(ids) == 1 else None


def _one_slip(typed: str, letters: str) -> bool:
    """Tell whether ``typed`` is ``letters`` with two neighbours swapped, one letter doubled or one left out."""
    if OSA.distance(typed, letters) != 1:
        return False
    return len(typed) != len(letters) or sorted(typed) == sorted(letters)


def _rescues(query: str, index: AgencyIndex) -> Iterator[str | None]:
    """Yield what each narrow rule finds for ``query``, in order of trust (None where a rule finds nothing)."""
    yield lookup_key(query, index)
    yield lookup_qualified(query, index)
    yield _unmarked_words(query, index)
    yield _city_body(query, index)
    place = without_place_name(query, index)
    if place != query:
        yield _city_body(place, index)
        yield _fuzzy_at_level(place, _CITY_LEVEL, index)  # a typo and the city's name: "côn an thành phố vinh"
    if (in_province := without_place_name(query, index, _PROVINCE_SUFFIX)) != query:
        yield lookup_qualified(in_province, index)  # "sở tt&tt tỉnh bắc giang"
        yield _fuzzy_at_level(in_province, _PROVINCE_LEVEL, index)
    yield index.levels.get(level_key(query))
    yield index.channels.get(without_level(query))
    yield _commune_stations(query, index)
    yield _group_stem(query, index)
    for key in dict.fromkeys((query, _without_city_word(query), place, _without_city_word(place))):
        if key:
            yield index.first_parts.get(key)  # "phòng giáo dục thành phố"
            yield index.reordered.get(reordered_key(key))  # "phòng kế hoạch tài chính"


def _fuzzy_at_level(query: str, level: str, index: AgencyIndex) -> str | None:
    """Return the entry at ``level`` the fuzzy step finds for ``query`` (a place name taken off), or None."""
    entry = _fuzzy_entry(query, index)
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


def match_name(
    raw: str,
    index: AgencyIndex,
    *,
    cutoff: float | None = FUZZY_CUTOFF,
    scorer: Callable[..., float] = FUZZY_SCORER,
) -> Match:
    """Resolve one name; ``cutoff=None`` turns the fuzzy step off.

    >>> from normalize.agencies import load_agency_list
    >>> index = build_index(load_agency_list())
    >>> match_name("Phòng GD&ĐT", index)
    Match(id='phong-giao-duc-dao-tao', score=100.0, method='abbreviation', suggestions=())
    """
    key = name_key(raw)
    query = expanded_key(raw)
    levels = mention_levels(query, index)
    if key in index.plain and fits_level(index.plain[key][0], levels, index):
        agency_id, method = index.plain[key]
        return Match(agency_id, _SURE, method)
    for spelled in (expand(key), compact_key(raw)):
        for agency_id_or_none in (lookup_key(spelled, index), lookup_qualified(spelled, index)):
            if agency_id_or_none is not None and fits_level(agency_id_or_none, levels, index):
                return Match(agency_id_or_none, _SURE, "abbreviation")
    candidates = fuzzy_candidates(query, index, scorer) if query else []
    candidates = [c for c in candidates if fits_level(c[0], levels, index)]
    suggestions = tuple((agency_id, score) for agency_id, score, _ in candidates[:SUGGESTIONS])
    if cutoff is not None and (best_id := fuzzy_pick(candidates, cutoff)) is not None:
        return Match(best_id, candidates[0][1], "fuzzy", suggestions)
    if cutoff is not None and query:
        rescued = rescue(raw, query, index)
        if rescued is not None:
            score = next((s for i, s, _ in candidates if i == rescued), 0.0)
            return Match(rescued, score, "fuzzy", suggestions)
    return Match(None, 0.0, "unmatched", suggestions)


def fuzzy_pick(candidates: list[tuple[str, float, bool]], cutoff: float) -> str | None:
    """Return the best of :func:`fuzzy_candidates` if it shares the head noun, clears ``cutoff`` and leads enough."""
    if not candidates:
        return None
    best_id, best_score, shares_head = candidates[0]
    runner_up = candidates[1][1] if len(candidates) > 1 else 0.0
    if shares_head and best_score >= cutoff and best_score - runner_up >= FUZZY_MARGIN:
        return best_id
    return None


def _group_stem(query: str, index: AgencyIndex) -> str | None:
    """Return the group a fuzzy match finds for ``query`` without where its members sit ("thuộc UBND thành phố").

    "Các phòng ban chuyên môn thuộc UBND thành phố" is the group "Các phòng chuyên môn": the
    qualifier does not change a group (:func:`lookup_qualified` takes it off sure spellings);
    here the stem gets the fuzzy step, and only a group is taken.
    """
    stem = _GROUP_QUALIFIER_RE.sub("", query)
    entry = _fuzzy_entry(stem, index) if stem and stem != query else None
    return entry.id if entry is not None and entry.kind == _GROUP else None


def _fuzzy_entry(query: str, index: AgencyIndex) -> Agency | None:
    """Return the entry the fuzzy step (default scorer and cutoff) picks for ``query``, or None."""
    found = fuzzy_pick(fuzzy_candidates(query, index, FUZZY_SCORER), FUZZY_CUTOFF)
    return index.agencies.get(found) if found else None


def resolve_cell(
    text: str,
    agencies: AgencyList,
    *,
    cutoff: float | None = FUZZY_CUTOFF,
    scorer: Callable[..., float] = FUZZY_SCORER,
    role: str | None = None,
) -> tuple[Mention, ...]:
    """Split one agency cell into mentions, in document order, each resolved against ``agencies``.

    ``cutoff=None`` turns the fuzzy step off (for measuring what it adds). ``role`` is the agency
    column the cell is in, None when unknown: see :func:`lone_field`.

    >>> from normalize.agencies import load_agency_list
    >>> cell = "Đề nghị: UBMTTQVN và Phòng Y tế phối hợp"
    >>> [(m.raw, m.id, m.requested) for m in resolve_cell(cell, load_agency_list())]
    [('UBMTTQVN', 'ubmttqvn-thanh-pho', True), ('Phòng Y tế', 'phong-y-te', True)]
    """
    index = build_index(agencies)
    matches = index.matches.setdefault((cutoff, scorer), {})

    def lookup(span: str) -> Match:
        if span not in matches:
            matches[span] = match_name(span, index, cutoff=cutoff, scorer=scorer)
        return matches[span]

    mentions: list[Mention] = []
    pieces = cell_to_pieces(text)
    for piece in pieces:
        resolve = functools.partial(_resolve_span, piece=piece, lookup=lookup, level_named=index.level_named)

        def quality(span: str, resolve: Callable[[str], Match] = resolve) -> float:
            found = resolve(span)
            return 0.0 if found.id is None else max(found.score, MIN_QUALITY) / _SURE

        spans = split_piece(
            piece.text, quality, max_words=index.max_words, is_field=functools.partial(is_bare_field, index=index)
        )
        for position, span in enumerate(spans):
            found = resolve(span)
            last = position == len(spans) - 1
            entry = agencies.get(found.id) if found.id else None
            mentions.append(
                Mention(
                    raw=span,
                    id=found.id,
                    name=entry.name if entry else None,
                    score=found.score,
                    method=found.method,
                    requested=piece.requested,
                    indicators=union_indicators(piece.scope, piece.indicators if last else ()),
                    note=piece.note if last else None,
                    suggestions=found.suggestions,
                )
            )
    if cutoff is None or any(piece.head is not None for piece in pieces):  # "Các sở: Nội vụ" names Sở
        return tuple(mentions)
    resolved = fields_after_phong(bare_fields(tuple(mentions), index, agencies), index, agencies)
    return lone_field(text, resolved, agencies, role)


def fields_after_phong(mentions: tuple[Mention, ...], index: AgencyIndex, agencies: AgencyList) -> tuple[Mention, ...]:
    """Resolve bare Phòng fields that follow a Phòng in the same cell ("Phòng Kinh tế; Quản lý đô thị").

    A list whose first item is a Phòng leaves the head noun off the next ones, across ";" and new
    lines as within a piece (:func:`_resolve_span` reads those). Each unmatched mention after a
    mention matched to a Phòng that is the field of exactly one Phòng (:attr:`AgencyIndex.fields`)
    is that Phòng, as fuzzy, so reviewed.
    """
    result, after_phong = [], False
    for mention in mentions:
        key = without_and(expanded_key(mention.raw))
        if mention.id is None and after_phong and key in index.fields:
            mention = _as_field(mention, index.fields[key], agencies)
        after_phong = after_phong or (mention.id is not None and name_key(mention.raw).startswith(FIELD_HEAD + " "))
        result.append(mention)
    return tuple(result)


def lone_field(text: str, mentions: tuple[Mention, ...], agencies: AgencyList, role: str | None) -> tuple[Mention, ...]:
    """Resolve a cell of the lead or implementing column that holds one Phòng field alone ("Tư pháp").

    ``mentions`` are what :func:`resolve_cell` found in ``text`` without knowing the column, so a
    caller that remembers cells by their text applies the column's rule afterwards. Only in
    :data:`LONE_FIELD_ROLES`, only for a cell of one unmatched mention with no head noun shared
    after ":" ("Các sở: Tư pháp" names a Sở), and only for a field of exactly one Phòng that no
    other entry ends with (:func:`bare_fields` with one mention): a ``fuzzy`` match, reviewed.
    """
    if role not in LONE_FIELD_ROLES or len(mentions) != 1 or mentions[0].id is not None:
        return mentions
    if any(piece.head is not None for piece in cell_to_pieces(text)):
        return mentions
    return bare_fields(mentions, build_index(agencies), agencies, fewest=1)


def is_bare_field(span: str, index: AgencyIndex) -> bool:
    """Tell whether ``span`` is the field of exactly one Phòng (:attr:`AgencyIndex.fields`), as for :func:`bare_fields`.

    :func:`resolve_cell` passes it to :func:`split_piece`, so a cut at "và" before such a field
    ("... và Tư pháp") is not taken for the orphaned tail of one unknown name.
    """
    return without_and(expanded_key(span)) in index.fields


def bare_fields(
    mentions: tuple[Mention, ...], index: AgencyIndex, agencies: AgencyList, *, fewest: int = FIELD_LIST_MIN
) -> tuple[Mention, ...]:
    """Resolve a cell that lists only fields of Phòng with the head noun left off.

    "Nội vụ, Tư pháp, Tài chính - Kế hoạch" in a city plan names Phòng Nội vụ, Phòng Tư pháp and
    Phòng Tài chính - Kế hoạch: plans drop the head noun a whole list shares. This applies only
    when the cell holds at least ``fewest`` mentions (:func:`lone_field` passes one), none
    matched, each naming a field of exactly one entry (:attr:`AgencyIndex.fields`); a cell with
    any other text, or a field two entries could end with, is left as it is (and so is a list after "Các sở:", which
    :func:`resolve_cell` does not pass here). The matches are ``fuzzy`` with their
    plain similarity, so a person reviews them.
    """
    keys = [without_and(expanded_key(m.raw)) for m in mentions]
    if len(mentions) < fewest or any(
        m.id is not None or k not in index.fields for m, k in zip(mentions, keys, strict=True)
    ):
        return mentions
    return tuple(_as_field(mention, index.fields[key], agencies) for mention, key in zip(mentions, keys, strict=True))


def _as_field(mention: Mention, agency_id: str, agencies: AgencyList) -> Mention:
    """Give ``mention`` the Phòng its bare field names, as ``fuzzy`` with its plain similarity (reviewed)."""
    entry = agencies.get(agency_id)
    score = next((s for i, s in mention.suggestions if i == agency_id), 0.0)
    return replace(mention, id=agency_id, name=entry.name if entry else None, score=score, method="fuzzy")


#: A span naming only a level with "cấp" ("cấp xã", "cấp huyện"): after a body at one level, the
#: same body at another ("UBND cấp huyện, cấp xã" is UBND cấp huyện and UBND cấp xã).
_LEVEL_ONLY_RE = re.compile(r"cấp (?:xã|huyện|tỉnh|thành phố|phường|quận)")


#: Methods of a span written as a listed name or alias ("UBMTTQVN", "HĐND"): it names that body, so
#: a level after the next name ("UBMTTQVN, UBND cấp xã") is not shared with it.
_AS_LISTED = frozenset({"exact", "alias"})
#: What :func:`level_key` writes for a span that names only the units of a level ("các phường, xã").
_COMMUNE_LEVEL_WORDS, _DISTRICT_LEVEL_WORDS = "cấp xã", "cấp huyện"
_LEVELS_NAMED = frozenset({_COMMUNE_LEVEL_WORDS, _DISTRICT_LEVEL_WORDS})
#: Words that open a level ("thành phố", "các xã", "cấp huyện"): where a piece's shared head ends.
_LEVEL_OPENERS = frozenset("cấp các thành tp tx tỉnh huyện quận thị xã phường và".split())


def _names_units(span: str) -> bool:
    """Tell whether a span names only the units of a level, as a plural ("các phường", "các xã, phường").

    A unit alone ("phường", "xã, phường") may be the tail of a name cut off ("Công an phường, xã").
    """
    return span.casefold().split()[:1] == ["các"] and level_key(expanded_key(span)) in _LEVELS_NAMED


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)  # a piece's, asked once for each span the split tries
def _shared_level_tail(text: str) -> str | None:
    """Return the level a piece ends with below or above the city's ("cấp xã" of "... các xã, phường"), or None.

    Bodies named by their level ("UBND", "Công an": :attr:`AgencyIndex.level_named`) listed before
    it share it ("UBND và Công an các xã, phường" is the commune committees and police), unless
    written as a listed name or alias (:data:`_AS_LISTED`).
    """
    key = expanded_key(text)
    written = level_key(key)
    for tail in (_COMMUNE_LEVEL_WORDS, _DISTRICT_LEVEL_WORDS):
        if written.endswith(" " + tail):
            return tail
    return "tỉnh" if key.endswith(" tỉnh") else None  # "các cấp" holds the city: "HĐND, UBMTTQVN các cấp"


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def _words(text: str) -> str:
    """Return the folded words of ``text``, punctuation left out and plurals kept (unlike :func:`name_key`)."""
    return " ".join(re.findall(r"[^\W_]+", fold(text)))


def _before_level(key: str) -> str:
    """Return the words of a key before its first level word ("ubnd" of "ubnd thành phố và các phường xã")."""
    words = key.split()
    at = next((i for i, word in enumerate(words) if word in _LEVEL_OPENERS), len(words))
    return " ".join(words[:at]) if at < len(words) else ""


def _resolve_span(
    span: str, *, piece: Piece, lookup: Callable[[str], Match], level_named: frozenset[str] = frozenset()
) -> Match:
    """Resolve one span of ``piece``, with the head noun the piece's names share.

    A list after ":" shares its head ("Các phòng: Nội vụ, Tư pháp"): each span is read with it
    unless it opens with that head itself. Without ":", a span that names nothing alone is read
    with the head noun that opens the piece ("Phòng Nội vụ, Tư pháp"), when that is one of
    :data:`SHARED_HEADS` and the result is a sure match (exact, alias or abbreviation). A span
    that only names a level ("cấp xã") is read with the words before the piece's first "cấp"
    ("UBND cấp huyện, cấp xã"), also only when that gives a sure match; one that names the units
    of the commune or district level ("các phường, xã") is read with the words before the piece's
    first level word ("UBND thành phố và các phường, xã"), whatever the match (the units alone
    name no body), unless the piece holds the two together ("UBND các phường, xã": one name).
    """
    first = name_key(span).split(" ", 1)[0]
    if piece.head is not None and first != piece.head:
        shared = lookup(f"{piece.head} {span}")
        if shared.id is not None:
            return shared
    own = lookup(span)
    tail = _shared_level_tail(piece.text)
    if tail and span != piece.text and expanded_key(span) in level_named and own.method not in _AS_LISTED:
        return lookup(f"{span} {tail}")  # "UBND và Công an các xã, phường": both at the commune level
    level = _LEVEL_ONLY_RE.fullmatch(name_key(span))
    stem = name_key(piece.text).partition(" cấp ")[0]
    if own.id is None and level and stem and " " + stem + " " not in " " + name_key(span) + " ":
        shared = lookup(f"{stem} {span}")  # "UBND cấp huyện, cấp xã": the head shared over levels
        if shared.method in SURE_METHODS:
            return shared
    units_stem = _before_level(name_key(piece.text))
    joined = f" {units_stem} {_words(span)} "
    if own.id is None and units_stem and _names_units(span) and joined not in f" {_words(piece.text)} ":
        shared = lookup(f"{units_stem} {span}")  # "UBND thành phố và các phường, xã"
        if shared.id is not None:
            return shared
    head = name_key(piece.text).split(" ", 1)[0]
    if own.id is None and head in SHARED_HEADS and first != head:
        shared = lookup(f"{head} {span}")
        if shared.method in SURE_METHODS:
            return shared
    return own
