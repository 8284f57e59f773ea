"""Resolve agency cells: cut them into names, and read each name against the canonical list.

:func:`match_name` reads one name in order of trust: the name or an alias as listed (``exact``,
``alias``), a spelling derived from a key (``abbreviation``: initials, "và" left out or written as
a dash, "Tài nguyên - Môi trường", a final level word naming the entry's own level, "Phòng Nội vụ
thành phố", "Sở KH&CN tỉnh", and "thuộc ..." or "trên địa bàn" after a group's name), the fuzzy
step (:mod:`normalize.fuzzy`, ``fuzzy``), then the narrow rules of :mod:`normalize.rules`, each
reported by its own name. At every stage a mention naming a level (tỉnh, thành phố,
huyện/quận/thị xã, xã/phường/thị trấn, các cấp) never matches an entry at another level
(:func:`~normalize.index.fits_level`).

:func:`resolve_cell` splits a cell (:mod:`normalize.segment`, :mod:`normalize.split`) and reads
each span, with the head noun or level the piece's names share (the span rules of
:func:`_resolve_span`), then the cell rules about fields of Phòng listed without their head noun
(:func:`bare_fields`, :func:`fields_after_phong`, :func:`lone_field`).

Which methods a person need not review is :data:`core.model.SURE_METHODS`: the sure lookups, and a
span rule over a sure lookup. Every other rule's score stays the plain similarity, so it falls
under :data:`~core.model.REVIEW_BELOW` and a person sees it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from core.model import SUGGESTIONS, SURE_METHODS, Mention
from core.text import fold
from normalize.agencies import AgencyList
from normalize.fuzzy import FUZZY_CUTOFF, FUZZY_SCORER, fuzzy_candidates, fuzzy_pick, names_another_place
from normalize.index import (
    FIELD_HEAD,
    AgencyIndex,
    Match,
    build_index,
    fits_level,
    mention_levels,
)
from normalize.keys import KEY_CACHE_SIZE, compact_key, expanded_key, level_key, name_key, without_and
from normalize.lookups import lookup_key, lookup_qualified
from normalize.rules import rescue
from normalize.scopes import union_indicators
from normalize.segment import Piece, cell_to_pieces
from normalize.split import split_piece
from normalize.vocab import COMMUNE_UNITS, HEAD_NOUNS, LEVEL_OPENERS, SHARED_HEADS, SHORT_NAMES, alternation

__all__ = ["FUZZY_CUTOFF", "FUZZY_SCORER", "SURE_METHODS", "build_index", "match_name", "resolve_cell"]

#: The score (0-100) of a sure match: the text is a listed spelling of the entry.
_SURE = 100.0
#: Lowest 0-100 weight a matched span gets when splitting a piece: a rule-made match whose plain
#: similarity is under :data:`SUGGEST_FLOOR` (scored 0) still counts as a name, not unknown text.
MIN_QUALITY = 1.0
#: Fewest mentions a cell of bare fields needs: a list ("Nội vụ, Tư pháp") shows the head was left off.
FIELD_LIST_MIN = 2
#: Agency columns (roles) where a cell holding nothing but one Phòng field ("Tư pháp") names that
#: Phòng: the lead and implementing columns name the office in charge of the task, so a field
#: there is its office with the head noun left off. In the guidance and coordinating columns a
#: field alone may name the whole sector (the province's Sở guides it), so it stays unmatched.
LONE_FIELD_ROLES = frozenset({"lead", "implementing"})
#: The methods of the span rules (:func:`_resolve_span`): the text was read with the head noun, the
#: level or the words before the level its piece's names share. Each is sure, as the lookup it
#: names (only a sure lookup is reported by the span rule's name: see :func:`_by_span_rule`).
SHARED_HEAD, LEVEL_TAIL, LEVEL_STEM, UNITS_STEM = "shared-head", "level-tail", "level-stem", "units-stem"
OWNER_TAIL = "owner-tail"
SPAN_RULES: tuple[str, ...] = (SHARED_HEAD, LEVEL_TAIL, LEVEL_STEM, UNITS_STEM, OWNER_TAIL)
#: A head noun opening a span (vocabulary [heads] nouns), for :func:`_owner_tail`.
_HEAD_RE = re.compile(rf"(?:{alternation(HEAD_NOUNS)})(?=\s|$)", re.IGNORECASE)
#: Most words of the body that closes a piece and owns the boards before it ("Tỉnh ủy", "HĐND tỉnh",
#: "Đảng ủy xã Đồng Văn"): see :func:`_owner_tail`.
OWNER_WORDS = 4
#: The methods of the cell rules about fields of Phòng listed without their head noun, all reviewed:
#: a list of bare fields (:func:`bare_fields`), a field after a Phòng (:func:`fields_after_phong`),
#: a field alone in the lead or implementing column (:func:`lone_field`).
FIELDS, FIELD_AFTER_PHONG, LONE_FIELD = "fields", "field-after-phong", "lone-field"
CELL_RULES: tuple[str, ...] = (FIELDS, FIELD_AFTER_PHONG, LONE_FIELD)


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
    Match(id='phong-giao-duc-dao-tao', score=100.0, method='abbreviation', suggestions=(), whole=False)
    """
    key = name_key(raw)
    query = expanded_key(raw)
    levels = mention_levels(query, index)
    if key in index.plain and fits_level(index.plain[key][0], levels, index):
        agency_id, method = index.plain[key]
        return Match(agency_id, _SURE, method)
    for spelled in (query, compact_key(raw)):  # query is expand(key)
        for agency_id_or_none in (lookup_key(spelled, index), lookup_qualified(spelled, index)):
            if agency_id_or_none is not None and fits_level(agency_id_or_none, levels, index):
                return Match(agency_id_or_none, _SURE, "abbreviation")
    candidates = fuzzy_candidates(query, index, scorer) if query else []
    candidates = [c for c in candidates if fits_level(c[0], levels, index)]
    suggestions = tuple((agency_id, score) for agency_id, score, _ in candidates[:SUGGESTIONS])
    if cutoff is not None and (best_id := fuzzy_pick(candidates, cutoff)) is not None:
        picked = index.agencies.get(best_id)
        if picked is not None and names_another_place(query, picked):
            return Match(None, 0.0, "unmatched", suggestions, whole=True)  # another unit's body: not on this list
        return Match(best_id, candidates[0][1], "fuzzy", suggestions)
    if cutoff is not None and query:
        rescued = rescue(raw, query, index, levels)
        if rescued is not None:
            rescued_id, rule = rescued
            score = next((s for i, s, _ in candidates if i == rescued_id), 0.0)
            return Match(rescued_id, score, rule, suggestions)
    return Match(None, 0.0, "unmatched", suggestions)


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
        if piece.within and mentions and _same_body(mentions[-1].id, lookup(piece.text).id, agencies):
            mentions[-1] = _with_note(mentions[-1], piece.text)  # "Sở Nội vụ (Sở LĐ-TB&XH)": a former name
            continue
        # a span is resolved once per piece: the split asks again for the spans it keeps, and for the
        # spans that start where paths of several states meet
        resolve = functools.cache(
            functools.partial(_resolve_span, piece=piece, lookup=lookup, level_named=index.level_named)
        )

        def quality(span: str, resolve: Callable[[str], Match] = resolve) -> float:
            found = resolve(span)
            if found.id is None:
                return 1.0 if found.whole else 0.0  # another unit's body is one span, not this list's parts
            return max(found.score, MIN_QUALITY) / _SURE

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
                    note=piece.note if last else piece.lead_note,
                    suggestions=found.suggestions,
                )
            )
    if cutoff is None or any(piece.head is not None for piece in pieces):  # "Các sở: Nội vụ" names Sở
        return tuple(mentions)
    resolved = fields_after_phong(bare_fields(tuple(mentions), index, agencies), index, agencies)
    return lone_field(text, resolved, agencies, role)


def _same_body(first: str | None, second: str | None, agencies: AgencyList) -> bool:
    """Tell whether two ids are one body: the same entry, or one the other's successor (through ``replaced_by``).

    A body named again in parentheses by another of its names, without the words that say so
    ("Sở Nội vụ (Sở LĐ-TB&XH)"), is that body named once, the parenthesis its note.
    """
    return first is not None and second is not None and _current(first, agencies) == _current(second, agencies)


def _current(agency_id: str, agencies: AgencyList) -> str:
    """Follow ``replaced_by`` from an entry to the body that carries it on now (the list has no circles)."""
    entry = agencies.get(agency_id)
    while entry is not None and entry.replaced_by:
        agency_id = entry.replaced_by
        entry = agencies.get(agency_id)
    return agency_id


def _with_note(mention: Mention, note: str) -> Mention:
    """Return ``mention`` with ``note`` after the note it has."""
    return replace(mention, note=note if mention.note is None else f"{mention.note}; {note}")


def fields_after_phong(mentions: tuple[Mention, ...], index: AgencyIndex, agencies: AgencyList) -> tuple[Mention, ...]:
    """Resolve bare Phòng fields that follow a Phòng in the same cell ("Phòng Kinh tế; Quản lý đô thị").

    A list whose first item is a Phòng leaves the head noun off the next ones, across ";" and new
    lines as within a piece (:func:`_resolve_span` reads those). Each unmatched mention after a
    mention matched to a Phòng that is the field of exactly one Phòng (:attr:`AgencyIndex.fields`)
    is that Phòng (method ``field-after-phong``, reviewed).
    """
    result, after_phong = [], False
    for mention in mentions:
        key = without_and(expanded_key(mention.raw))
        if mention.id is None and after_phong and key in index.fields:
            mention = _as_field(mention, index.fields[key], agencies, FIELD_AFTER_PHONG)
        after_phong = after_phong or (mention.id is not None and name_key(mention.raw).startswith(FIELD_HEAD + " "))
        result.append(mention)
    return tuple(result)


def lone_field(text: str, mentions: tuple[Mention, ...], agencies: AgencyList, role: str | None) -> tuple[Mention, ...]:
    """Resolve a cell of the lead or implementing column that holds one Phòng field alone ("Tư pháp").

    ``mentions`` are what :func:`resolve_cell` found in ``text`` without knowing the column, so a
    caller that remembers cells by their text applies the column's rule afterwards. Only in
    :data:`LONE_FIELD_ROLES`, only for a cell of one unmatched mention with no head noun shared
    after ":" ("Các sở: Tư pháp" names a Sở), and only for a field of exactly one Phòng that no
    other entry ends with (:func:`bare_fields` with one mention): method ``lone-field``, reviewed.
    """
    if role not in LONE_FIELD_ROLES or len(mentions) != 1 or mentions[0].id is not None:
        return mentions
    if any(piece.head is not None for piece in cell_to_pieces(text)):
        return mentions
    return bare_fields(mentions, build_index(agencies), agencies, fewest=1, method=LONE_FIELD)


def is_bare_field(span: str, index: AgencyIndex) -> bool:
    """Tell whether ``span`` is the field of exactly one Phòng (:attr:`AgencyIndex.fields`), as for :func:`bare_fields`.

    :func:`resolve_cell` passes it to :func:`split_piece`, so a cut at "và" before such a field
    ("... và Tư pháp") is not taken for the orphaned tail of one unknown name.
    """
    return without_and(expanded_key(span)) in index.fields


def bare_fields(
    mentions: tuple[Mention, ...],
    index: AgencyIndex,
    agencies: AgencyList,
    *,
    fewest: int = FIELD_LIST_MIN,
    method: str = FIELDS,
) -> tuple[Mention, ...]:
    """Resolve a cell that lists only fields of Phòng with the head noun left off.

    "Nội vụ, Tư pháp, Tài chính - Kế hoạch" in a city plan names Phòng Nội vụ, Phòng Tư pháp and
    Phòng Tài chính - Kế hoạch: plans drop the head noun a whole list shares. This applies only
    when the cell holds at least ``fewest`` mentions (:func:`lone_field` passes one), none
    matched, each naming a field of exactly one entry (:attr:`AgencyIndex.fields`); a cell with
    any other text, or a field two entries could end with, is left as it is (and so is a list after "Các sở:", which
    :func:`resolve_cell` does not pass here). The matches (method ``fields``) keep
    their plain similarity, so a person reviews them.
    """
    keys = [without_and(expanded_key(m.raw)) for m in mentions]
    if len(mentions) < fewest or any(
        m.id is not None or k not in index.fields for m, k in zip(mentions, keys, strict=True)
    ):
        return mentions
    return tuple(
        _as_field(mention, index.fields[key], agencies, method) for mention, key in zip(mentions, keys, strict=True)
    )


def _as_field(mention: Mention, agency_id: str, agencies: AgencyList, method: str) -> Mention:
    """Give ``mention`` the Phòng its bare field names, by the cell rule ``method``, with its plain similarity."""
    entry = agencies.get(agency_id)
    score = next((s for i, s in mention.suggestions if i == agency_id), 0.0)
    return replace(mention, id=agency_id, name=entry.name if entry else None, score=score, method=method)


#: A span naming only a level with "cấp" ("cấp xã", "cấp huyện"): after a body at one level, the
#: same body at another ("UBND cấp huyện, cấp xã" is UBND cấp huyện and UBND cấp xã).
_LEVEL_ONLY_RE = re.compile(r"cấp (?:xã|huyện|tỉnh|thành phố|phường|quận)")


#: Methods of a span written as a listed name or alias ("UBMTTQVN", "HĐND"): it names that body, so
#: a level after the next name ("UBMTTQVN, UBND cấp xã") is not shared with it.
_AS_LISTED = frozenset({"exact", "alias"})
#: What :func:`level_key` writes for a span that names only the units of a level ("các phường, xã").
_COMMUNE_LEVEL_WORDS, _DISTRICT_LEVEL_WORDS = "cấp xã", "cấp huyện"
_LEVELS_NAMED = frozenset({_COMMUNE_LEVEL_WORDS, _DISTRICT_LEVEL_WORDS})


def _names_units(span: str) -> bool:
    """Tell whether a span names only the units of a level, as a plural ("các phường", "các xã, phường").

    A unit alone ("phường", "xã, phường") may be the tail of a name cut off ("Công an phường, xã").
    """
    return span.casefold().split()[:1] == ["các"] and level_key(expanded_key(span)) in _LEVELS_NAMED


#: The words right before the units that may be the head of a name they end ("UBND", "Công an").
NAME_HEAD_WORDS = (1, 2)


def _ends_a_name(span: str, text: str, lookup: Callable[[str], Match]) -> bool:
    """Tell whether the units of a level end the name whose head stands right before them in ``text``.

    "Ủy ban MTTQ Việt Nam tỉnh UBND các xã, phường, thị trấn" (two lines of a cell run together):
    "UBND" + "các xã, phường, thị trấn" is the communes' People's Committees, not "UBND" alone and the
    units read with the piece's first body (samples/audit44 F3). After a whole name ("Công an tỉnh
    các xã, phường") or a separator the units are that body's at the level, as before.
    """
    at = text.find(span)
    words = text[:at].split() if at > 0 else []
    for size in NAME_HEAD_WORDS:
        head = words[-size:] if len(words) >= size else []
        if head and lookup(f"{' '.join(head)} {span}").id is not None:
            return True
    return False


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
    at = next((i for i, word in enumerate(words) if word in LEVEL_OPENERS), len(words))
    return " ".join(words[:at]) if at < len(words) else ""


def _by_span_rule(found: Match, rule: str) -> Match:
    """Name the span rule that read a sure match; any other match keeps the method that decided its id (reviewed)."""
    return replace(found, method=rule) if found.method in SURE_METHODS else found


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
    A span that still names nothing is read with the body that closes its piece
    (:func:`_owner_tail`: "Ban Tuyên giáo, Ban Dân vận Tỉnh ủy").
    """
    first = name_key(span).split(" ", 1)[0]
    if piece.head is not None and first != piece.head:
        shared = lookup(f"{piece.head} {span}")
        if shared.id is not None:
            return _by_span_rule(shared, SHARED_HEAD)
    own = lookup(span)
    tail = _shared_level_tail(piece.text)
    if tail and span != piece.text and expanded_key(span) in level_named and own.method not in _AS_LISTED:
        return _by_span_rule(lookup(f"{span} {tail}"), LEVEL_TAIL)  # "UBND và Công an các xã, phường": both communes
    level = _LEVEL_ONLY_RE.fullmatch(name_key(span))
    stem = name_key(piece.text).partition(" cấp ")[0]
    if own.id is None and level and stem and " " + stem + " " not in " " + name_key(span) + " ":
        shared = lookup(f"{stem} {span}")  # "UBND cấp huyện, cấp xã": the head shared over levels
        if shared.method in SURE_METHODS:
            return _by_span_rule(shared, LEVEL_STEM)
    units_stem = _before_level(name_key(piece.text))
    joined = f" {units_stem} {_words(span)} "
    if (
        own.id is None
        and units_stem
        and _names_units(span)
        and joined not in f" {_words(piece.text)} "
        and not _ends_a_name(span, piece.text, lookup)
    ):
        shared = lookup(f"{units_stem} {span}")  # "UBND thành phố và các phường, xã"
        if shared.id is not None:
            return _by_span_rule(shared, UNITS_STEM)
    head = name_key(piece.text).split(" ", 1)[0]
    if own.id is None and head in SHARED_HEADS and first != head:
        shared = lookup(f"{head} {span}")
        if shared.method in SURE_METHODS:
            return _by_span_rule(shared, SHARED_HEAD)
    if own.id is None and (short := _short_name_tail(span, piece.text, lookup)).id is not None:
        return short
    return _owner_tail(span, piece.text, lookup) if own.id is None else own


#: A commune's units written in one word ("xã", "phường"), that close a piece and give a short name its level.
_COMMUNE_WORDS = frozenset(unit for unit in COMMUNE_UNITS if " " not in unit)


def _short_name_tail(span: str, text: str, lookup: Callable[[str], Match]) -> Match:
    """Read a body's short name alone with the level word that closes its piece.

    "Mặt trận" of "Mặt trận và các đoàn thể phường" is the ward's Front.

    The level is shared over the list, as a tail is: the short name before it (vocabulary
    [short_names]) is the body at that level, as the ``short-name`` rule reads "Mặt trận phường",
    and the method stays that rule's (reviewed). Only a commune's unit in one word closes it ("xã",
    "phường"): a short name with no such level after its piece names none.
    """
    words = text.split()
    level = words[-1].casefold() if len(words) > 1 else ""
    if name_key(span) not in SHORT_NAMES or level not in _COMMUNE_WORDS or span == text:
        return Match(None, 0.0, "unmatched")
    return _by_span_rule(lookup(f"{span} {words[-1]}"), LEVEL_TAIL)


def _owner_tail(span: str, text: str, lookup: Callable[[str], Match]) -> Match:
    """Read a span that names nothing alone with the body that closes its piece, when that gives a sure match.

    "Ban Tuyên giáo, Ban Dân vận Tỉnh ủy", "Ban Pháp chế, Ban Kinh tế - Ngân sách HĐND tỉnh": the
    boards of one body, its name written once at the end of the list. The span is a head and a name,
    the same head opens a later name of the piece (boards of one kind listed: never an office cut
    from the bodies it serves, "Văn phòng HĐND và UBND"), the closing words (at most
    :data:`OWNER_WORDS`) name a body surely by themselves, and the span with them is a listed
    spelling; else the span stays as it reads alone.
    """
    words = text.split()
    head = _HEAD_RE.match(span)
    later = text[text.find(span) + len(span) :].casefold() if span in text else ""
    if head is None or not span[head.end() :].strip() or text.rstrip().endswith(span.rstrip()):
        return lookup(span)
    if f" {head.group(0).casefold()} " not in f" {later} ":
        return lookup(span)
    for count in range(1, min(OWNER_WORDS, len(words) - 1) + 1):
        tail = " ".join(words[-count:])
        if lookup(tail).method in SURE_METHODS and (found := lookup(f"{span} {tail}")).method in SURE_METHODS:
            return _by_span_rule(found, OWNER_TAIL)
    return lookup(span)
