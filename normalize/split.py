"""One piece of an agency cell -> one span of text per named body.

A piece (:mod:`normalize.segment`) may hold several names, joined by "," or "và", or run
together with no separator at all; names may themselves hold "," or "và" ("Phòng, ban đơn vị",
"Phòng Văn hóa và Thông tin").
:func:`split_piece` settles that with the canonical list's help (a scorer passed in) by dynamic
programming: the split that leaves the fewest fragments (unknown text made only of initials or
level words, "MT", "TX", "phường", which no writer lists as a body of its own, or an orphaned tail,
below) wins, then the one covering the most words with surely known names (exact, alias or
abbreviation), then the one covering most with likely names (fuzzy, weighted by score), then the
one with the fewest mentions: a fuzzy match never swallows words a sure match explains ("UBMTTQVN
thành phố và các ..." is not a typo of the Front's name), and "Phòng NN và MT" is not "Phòng NN"
plus "MT". Unknown text is cut only at commas, never inside a "và", so an unknown name that holds
"và" stays whole for a person to review. A cut at "và" that leaves after it unknown text with no
head noun of its own ("Hạ tầng" in "Phòng Kinh tế và Hạ tầng", a body not on the list) counts as a
fragment too, unless the caller can read that text as a bare field of one Phòng: "Phòng Kinh tế"
alone would be another body, a false merge, so the whole stays one unmatched name ("&" never cuts
at all). In text that capitalises names, a comma followed by a lower-case word that opens no name
("Ban Bảo vệ, chăm sóc sức khỏe cán bộ") does not cut it either.

Decision: "UBMTTQVN và các tổ chức chính trị - xã hội thành phố" is two mentions, the Front and
the group of socio-political organisations, because both are names on the list; a name the list
holds whole ("Văn phòng HĐND và UBND thành phố") stays one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.text import strip_marks
from normalize.titles import title_words
from normalize.vocab import (
    ANDS,
    COMMA_PHRASES,
    COMMUNE_UNITS,
    DISTRICT_UNITS,
    FIELD_HEADS,
    GROUP_INITIALS,
    GROUP_NOUNS,
    HEAD_NOUNS,
    INSTITUTIONS,
    JOINERS,
    LEVEL_WORDS_ALONE,
    NAME_OPENERS,
    NO_END_WORDS,
    OFFICE_HEADS,
    OWN_HEADS,
    PLURALS,
    PROVINCE_UNITS,
    RESIDENTIAL_HEADS,
    RESIDENTIAL_UNITS,
    SERVED_BODIES,
    STANDALONE_HEADS,
    UNIT_POSTS,
    alternation,
)
from normalize.wholes import rejoin_whole, sibling_place

#: Dashes left at either end of a span when names run on after a dash ("Phòng Nội vụ - Phòng Tư pháp").
_DASHES = " -–—"

#: How well a span of text names one canonical entry: 1 for a sure match, the fuzzy score / 100
#: for a likely one, 0 for unknown text.
SpanScorer = Callable[[str], float]
_TOKEN_RE = re.compile(r",|[^\s,]+")
_START, _KNOWN, _UNKNOWN = 0, 1, 2
#: A partial split: minus the fragment count, words covered by sure names, by likely names (times
#: score), minus the span count, the spans.
_Path = tuple[int, int, float, int, tuple[tuple[int, int], ...]]
#: The level words that name no body alone (vocabulary [levels] alone), typed without marks ("xa", "phuong").
_BARE_LEVEL_WORDS = frozenset(strip_marks(w) for w in LEVEL_WORDS_ALONE)
#: Initials standing alone: runs of one to five capitals, glued by "&", "-" or "." ("MT", "TX",
#: "HT&ĐT", "TC-KH").
_INITIALS_RE = re.compile(r"[A-ZĐ]{1,5}(?:[&.\-][A-ZĐ]{1,5})*")
#: Words that give a name its own head noun: a tail after "và" that opens with one names a body of
#: its own ("Phòng Y tế và Hội Chữ thập đỏ", "... và các đơn vị", "Phòng Nội vụ và Ngân hàng Nhà nước"),
#: not the rest of the name before. Besides the head nouns of the state's offices, the kinds of
#: institution a plan names beside them (banks, hospitals, schools, funds) when written as a
#: name: capitalised, with words after the noun ("Ngân hàng Nhà nước"; "ngân hàng" alone names none).
_OWN_HEAD_RE = re.compile(
    rf"(?:{alternation(HEAD_NOUNS, ' ')}|{alternation(OWN_HEADS, ' ')})\b|(?-i:{alternation(INSTITUTIONS, ' ')})\s+\w",
    re.IGNORECASE,
)
#: Head nouns of bodies that stand alone beside others (mass organisations, departments, units):
#: unknown text that opens with one and holds "và" (or "&", "cùng") before a capitalised one with
#: words after it, or before "Thành đoàn"/"Thành ủy", is two bodies glued ("Hội LHPN thành phố và
#: Thành đoàn"), not one name; "Văn phòng HĐND và UBND" opens with no such noun, "Ban Tuyên giáo
#: và Dân vận" has none after its "và", "Phòng Kinh tế và Ngân hàng" no words after it.
_STANDALONE_HEADS = rf"(?:{alternation(STANDALONE_HEADS)})"
_GLUED_RE = re.compile(
    rf"^{_STANDALONE_HEADS}\b.*?\s(?:và|va|&|cùng)\s+(?=thành\s+(?:đoàn|ủy|uỷ)\b|{_STANDALONE_HEADS}\s+\S)",
    re.IGNORECASE,
)


def is_glued(span: str) -> bool:
    """Tell whether unknown text is two bodies joined by "và" (see :data:`_GLUED_RE`).

    >>> is_glued("Hội LHPN thành phố và Thành đoàn"), is_glued("Ban Tuyên giáo và Dân vận Thành ủy")
    (True, False)
    >>> is_glued("Hội Nông dân và hội viên")
    False
    """
    found = _GLUED_RE.match(span)
    return found is not None and span[found.end()].isupper()


#: A unit of a level in lower case opening a place's name ("đặc khu Cồn Cỏ", "xã Gio Linh", "tỉnh Quảng Trị").
_PLACE_UNIT_RE = re.compile(rf"(?:{alternation((*COMMUNE_UNITS, *DISTRICT_UNITS, *PROVINCE_UNITS))})\s+(?=\S)")


def _is_place(text: str) -> bool:
    """Tell whether ``text`` is a unit of a level and a capitalised name: a place, no body's name."""
    unit = _PLACE_UNIT_RE.match(text)
    name = text[unit.end() :].split() if unit else []
    return bool(name) and all(w[:1].isupper() or w in _DASHES for w in name)


def is_fragment(span: str) -> bool:
    """Tell whether a span is one run of initials, only level words, or a place named alone.

    A place alone ("đặc khu Cồn Cỏ" after "UBND các xã, phường, ") is the tail of a name cut off:
    a unit of a level and a capitalised name (:func:`_is_place`) name a place, not a body.

    >>> is_fragment("MT"), is_fragment("thị trấn"), is_fragment("Phòng NN"), is_fragment("UBND thành phố")
    (True, True, False, False)
    >>> is_fragment("đặc khu Cồn Cỏ"), is_fragment("xã Gio Linh"), is_fragment("Xã đội")
    (True, True, False)
    """
    words = span.replace(",", " ").split()
    if len(words) == 1 and _INITIALS_RE.fullmatch(words[0]):
        return True
    if _is_place(" ".join(words)):
        return True
    return bool(words) and all(w.casefold() in LEVEL_WORDS_ALONE or w.casefold() in _BARE_LEVEL_WORDS for w in words)


def is_orphan(span: str, is_field: Callable[[str], bool]) -> bool:
    """Tell whether unknown text after a "và" cut is the tail of one name rather than a body of its own.

    It is when it opens with no head noun (:data:`_OWN_HEAD_RE`) and ``is_field`` (the caller's
    bare-field test) does not take it: "Hạ tầng" of "Phòng Kinh tế và Hạ tầng".

    >>> is_orphan("Hạ tầng", lambda s: False), is_orphan("Hội Nông dân", lambda s: False), is_orphan("Tư pháp", bool)
    (True, False, False)
    """
    return _OWN_HEAD_RE.match(span) is None and not is_field(span)


def _no_field(span: str) -> bool:
    del span
    return False


def _opens(tokens: list[re.Match[str]], phrases: tuple[list[str], ...]) -> bool:
    """Tell whether ``tokens`` open with one of ``phrases`` (lists of lower-case words)."""
    words = [t.group(0).casefold() for t in tokens[: max((len(p) for p in phrases), default=0)]]
    return any(words[: len(phrase)] == phrase for phrase in phrases)


#: Words of a level (with the province's "tỉnh"): an office's name that holds one is closed by it.
_LEVEL_WORDS = LEVEL_WORDS_ALONE | {w for unit in PROVINCE_UNITS for w in unit.split()}


def office_serves_next(tokens: list[re.Match[str]], at: int) -> bool:
    """Tell whether ``tokens`` open an office's name and the separator at ``at`` comes before a body it serves.

    "Văn phòng HĐND và UBND", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh": the office of those bodies
    (vocabulary [heads] offices and served), one name whose level comes last; cut there, its words
    would give the bodies' ids (a sure "UBND") to a mention that names the office. An office
    named with its level ("Văn phòng UBND tỉnh, UBND thành phố") is closed: the next body is another.
    A head's title may come first ("Chánh Văn phòng HĐND và UBND phường": the office, through its head).
    """
    closed = any(t.group(0).casefold() in _LEVEL_WORDS for t in tokens[:at])
    titled = title_words([t.group(0) for t in tokens[:at]])  # "Chánh Văn phòng HĐND và UBND": the office's head
    return not closed and _opens(tokens[titled:], OFFICE_HEADS) and _opens(tokens[at + 1 :], SERVED_BODIES)


def department_cut(tokens: list[re.Match[str]], at: int) -> bool:
    """Tell whether unknown text opening with a department's head is cut at "và" before a field with no head.

    "Sở Văn hóa và Du lịch", "Sở Giao thông và Xây dựng": a department's fields joined by "và",
    one name; when the first part names nothing the list knows, the second read with the shared
    head ("Sở Du lịch") would give the whole's words another body's id. A known first part
    ("Phòng Nội vụ và Tư pháp") lists two bodies, and is not unknown text.
    """
    if tokens[0].group(0).casefold() not in FIELD_HEADS or at + 1 >= len(tokens):
        return False
    joined = tokens[at].group(0).casefold() in ANDS
    return joined and _OWN_HEAD_RE.match(tokens[at + 1].string, tokens[at + 1].start()) is None


def _continues_name(tokens: list[re.Match[str]], comma: int) -> bool:
    """Tell whether the comma at ``comma`` sits inside one unknown name (see the module's docstring)."""
    first, after = tokens[0].group(0), tokens[comma + 1].group(0) if comma + 1 < len(tokens) else ""
    if sibling_place([t.group(0) for t in tokens], comma):
        return False
    if _initials_under_head(tokens[: comma + 2]) or _fields_closed_by_va(tokens, comma):
        return True
    if office_serves_next(tokens, comma):
        return True
    plural = first.casefold() in PLURALS and comma > 1
    if plural and {tokens[1].group(0).casefold(), after} <= GROUP_NOUNS:
        return True  # "Các sở, ban, ngành", "các cơ quan, đơn vị": one group however it goes on
    plural_before_name = first in PLURALS and comma > 1 and tokens[1].group(0)[:1].isupper()
    return (
        (first[:1].isupper() or plural_before_name)
        and after[:1].islower()
        and after not in NAME_OPENERS
        and after.casefold() not in ANDS
    )  # "các Trạm Y tế xã, phường" is capitalised text too


def _fields_closed_by_va(tokens: list[re.Match[str]], comma: int) -> bool:
    """Tell whether a comma parts the fields of one department's name, the last two joined by "và".

    "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động, Thương binh và Xã hội": a head noun of a
    department (:data:`FIELD_HEADS`) opens the text, and the text after the comma, up to the next
    comma, holds "và" and opens with no head noun of its own ("Phòng Y tế, Hội Nông dân và ..." is
    two bodies). Known names still win over this reading when the list has them.
    """
    if tokens[0].group(0).casefold() not in FIELD_HEADS:
        return False
    after = []
    for token in tokens[comma + 1 :]:
        if token.group(0) == ",":
            break
        after.append(token.group(0))
    text = " ".join(after)
    return bool(after) and any(w.casefold() in ANDS for w in after[1:]) and _OWN_HEAD_RE.match(text) is None


def _initials_under_head(tokens: list[re.Match[str]]) -> bool:
    """Tell whether tokens are a head word, then runs of initials with commas between ("Phòng KT, HT&ĐT").

    Such a comma parts the initials of a name that holds one ("Kinh tế, Hạ tầng và Đô thị"): the
    initials after it name no body alone, so the text stays one name. The head word is a
    department's (:data:`FIELD_HEADS`), not initials ("UBND TP, TX" is not one) nor a mass
    organisation's ("Hội ND, LĐLĐ"), and at least one run stands before the first comma.
    """
    first, rest = tokens[0].group(0), [t.group(0) for t in tokens[1:]]
    if not first[:1].isupper() or _INITIALS_RE.fullmatch(first) or not rest or rest[0] == ",":
        return False
    if first.casefold() not in FIELD_HEADS:  # "Hội ND, LĐLĐ thành phố": two bodies
        return False
    return all(word == "," or _INITIALS_RE.fullmatch(word) for word in rest)


#: Most words of one item of a plural group's list of nouns before a comma ("sở", "cơ quan",
#: "sở ban ngành"): a longer item ("phòng ban chuyên môn") names a group of its own.
GROUP_ITEM_WORDS = 3


def group_commas(words: list[str]) -> frozenset[int]:
    """Return the positions of the commas inside a plural group's list of nouns, which never cut it.

    "Các sở, ban, ngành, địa phương" and "các cơ quan, đơn vị, địa phương" are one group, the
    whole list, whether or not a list has it: a cut would give its first nouns ("Các sở, ban,
    ngành", a listed group) a body that is not the whole's. The words open with a plural marker
    and a group noun (:data:`~normalize.vocab.GROUP_NOUNS`); each comma is bound while the item
    before it is short (:data:`GROUP_ITEM_WORDS`), in lower case but for the first word, and the
    word after it is a group noun in lower case ("Các phòng, ban, UBND các xã" is cut at "UBND").

    >>> sorted(group_commas("Các sở , ban , ngành , địa phương".split()))
    [2, 4, 6]
    >>> sorted(group_commas("Các phòng , ban , Hội Nông dân".split()))
    [2]

    A head's title or a post may come first ("Thủ trưởng các cơ quan, đơn vị": the heads of the group).

    >>> sorted(group_commas("Thủ trưởng các cơ quan , đơn vị".split()))
    [5]
    """
    phrases = phrase_commas(words)
    titled = title_or_post(words)
    opening = words[titled:]
    if len(opening) < 4 or opening[0].casefold() not in PLURALS or opening[1].casefold() not in GROUP_NOUNS:
        return phrases
    bound, start = set(), titled + 1
    for at, word in enumerate(words):
        if word != "," or at < titled + 2 or at in phrases:
            continue
        item = words[start:at]
        after = words[at + 1] if at + 1 < len(words) else ""
        short = 0 < len(item) <= GROUP_ITEM_WORDS and all(_in_group(w) for w in item[1 if start == titled + 1 else 0 :])
        if not short or not _group_noun(after):
            break
        bound.add(at)
        start = at + 1
    return frozenset(bound | phrases)


def _group_noun(word: str) -> bool:
    """Tell whether a word after a comma goes on a group's list of nouns (:data:`~normalize.vocab.GROUP_NOUNS`).

    In lower case; in capitals as initials of :data:`~normalize.vocab.GROUP_INITIALS` ("THCS");
    or capitalised where it opens no body's name ("Tiểu học", never "Hội" or "Trung tâm").
    """
    folded = word.casefold()
    if word in GROUP_NOUNS or (word.isupper() and folded in GROUP_INITIALS):
        return True
    return word[:1].isupper() and folded in GROUP_NOUNS and folded not in NAME_OPENERS


def _in_group(word: str) -> bool:
    """Tell whether a word may stand in an item of a group's list: lower case, initials ("THPT") or a group noun."""
    return word == word.lower() or _INITIALS_RE.fullmatch(word) is not None or _group_noun(word)


def title_or_post(words: list[str]) -> int:
    """Return how many of the first ``words`` are a head's title or a post's ([titles] unit_posts), 0 if none.

    >>> title_or_post("Bí thư chi bộ các thôn".split()), title_or_post("Tổ trưởng các tổ".split())
    (4, 2)
    """
    folded = [word.casefold() for word in words]
    return title_words(words) or next((len(t) for t in UNIT_POSTS if folded[: len(t)] == t), 0)


def head_of_units(words: list[str]) -> frozenset[int]:
    """Return where no span may end after a head's title, when the units or the group it heads follow it.

    "Trưởng thôn các thôn", "Trưởng khu phố các khu phố": the title of who runs residential units
    (vocabulary [levels] residential_heads) names the units alone, but with the units after it, it
    is one name. "Tổ trưởng các tổ dân phố", "Trưởng các ấp", "Bí thư chi bộ các thôn", "Tổ trưởng
    tổ dân phố": a head's title or a post's (vocabulary [titles] heads, unit_posts) before a plural
    marker or a residential unit ([levels] residential_units) asks the units through their heads,
    one name too. The title may open any name of the piece (after a comma or "và").

    >>> sorted(head_of_units("Trưởng thôn các thôn".split())), sorted(head_of_units("Trưởng thôn , Bí thư".split()))
    ([1, 2], [1])
    >>> sorted(head_of_units("Trưởng thôn , Tổ trưởng các tổ dân phố".split()))
    [1, 5]
    """
    folded = [w.casefold() for w in words]
    bound: set[int] = set()
    for at in range(len(words)):
        if at and words[at - 1] != "," and folded[at - 1] not in JOINERS:
            continue
        rest = folded[at:]
        head = next((len(h) for h in RESIDENTIAL_HEADS if rest[: len(h)] == h), 0)
        if head and len(rest) > head and rest[head] != "," and rest[head] not in JOINERS:
            bound.add(at + head)
        title = title_or_post(words[at:])
        after = rest[title:]
        if title and len(after) > 1 and (after[0] in PLURALS or any(after[: len(u)] == u for u in RESIDENTIAL_UNITS)):
            bound.add(at + title)
    return frozenset(bound)


def phrase_commas(words: list[str]) -> frozenset[int]:
    """Return the positions of the commas inside a phrase of :data:`~normalize.vocab.COMMA_PHRASES`.

    >>> sorted(phrase_commas("Các cơ sở khám bệnh , chữa bệnh công lập".split()))
    [5]
    """
    folded = [w.casefold() for w in words]
    found: set[int] = set()
    for phrase in COMMA_PHRASES:
        for at in range(len(folded) - len(phrase) + 1):
            if folded[at : at + len(phrase)] == phrase:
                found.update(at + i for i, w in enumerate(phrase) if w == ",")
    return frozenset(found)


def split_piece(
    text: str, scorer: SpanScorer, *, max_words: int = 16, is_field: Callable[[str], bool] = _no_field
) -> tuple[str, ...]:
    """Split one piece into the spans that each name one body.

    Separators are "," and the word "và"; two known names may also touch with no separator.
    Among the splits, the one with the fewest fragments (:func:`is_fragment` spans the scorer does
    not know, and unknown text right after a "và" that :func:`is_orphan` finds, ``is_field`` telling
    which bare fields the caller resolves) wins, then the one whose sure spans (score 1) cover the
    most words, then the one whose likely spans cover most (words times score), then the one with
    fewer spans.
    ``max_words`` bounds the length, in tokens (words and commas), of a span given to ``scorer``;
    unknown text runs to the next comma however long it is, so every piece has a split.

    >>> split_piece("Thanh tra thành phố Công an thành phố",
    ...             lambda s: 1.0 if s in ("Thanh tra thành phố", "Công an thành phố") else 0.0)
    ('Thanh tra thành phố', 'Công an thành phố')
    """
    tokens = list(_TOKEN_RE.finditer(text))
    n = len(tokens)
    bound = group_commas([t.group(0) for t in tokens]) | head_of_units([t.group(0) for t in tokens])
    is_sep = [(t.group(0) == "," and i not in bound) or t.group(0).casefold() in JOINERS for i, t in enumerate(tokens)]
    # best[(k, state)] = (sure words, likely words, -spans, spans): tokens[:k] consumed, state = what ended there
    best: dict[tuple[int, int], _Path] = {(0, _START): (0, 0, 0.0, 0, ())}
    for k in range(n):
        for state in (_START, _KNOWN, _UNKNOWN):
            here = best.get((k, state))
            if here is None:
                continue
            if is_sep[k]:
                _offer(best, (k + 1, _START), here)
            elif state != _UNKNOWN:  # unknown text is followed by a separator, never by a name
                _extend(
                    best,
                    k,
                    here,
                    tokens,
                    is_sep,
                    text,
                    scorer,
                    max_words,
                    unknown=state == _START,
                    is_field=is_field,
                    bound=bound,
                )
    finals = [best[(n, s)] for s in (_START, _KNOWN, _UNKNOWN) if (n, s) in best]
    *_, spans = max(finals, key=lambda path: path[:4])
    spans = rejoin_whole(spans, tokens, text, scorer)
    found = (text[tokens[i].start() : tokens[j - 1].end()].strip(_DASHES) for i, j in spans)
    return tuple(span for span in found if span)


def _extend(
    best: dict[tuple[int, int], _Path],
    k: int,
    here: _Path,
    tokens: list[re.Match[str]],
    is_sep: list[bool],
    text: str,
    scorer: SpanScorer,
    max_words: int,
    *,
    unknown: bool,
    is_field: Callable[[str], bool],
    bound: frozenset[int] = frozenset(),
) -> None:
    """Offer every span that starts at token ``k``: a name the scorer knows, or (if ``unknown``) unknown text.

    A named span has at most ``max_words`` tokens; an unknown one stops before the first comma.
    Unknown text counts as a fragment when it is one (:func:`is_fragment`) or, right after "và",
    is the orphaned tail of a name (:func:`is_orphan`), an office's name cut before a body it
    serves (:func:`office_serves_next`), or a department's fields cut at "và"
    (:func:`department_cut`). No span ends before a comma of ``bound`` (inside a plural group's
    list of nouns, :func:`group_commas`).
    """
    after_and = k > 0 and tokens[k - 1].group(0).casefold() in JOINERS
    sibling = k > 1 and tokens[k - 1].group(0) == "," and sibling_place([t.group(0) for t in tokens], k - 1)
    neg_fragments, sure, likely, neg_count, spans = here
    words, has_comma = 0, False
    for j in range(k + 1, len(tokens) + 1):
        if tokens[j - 1].group(0) == ",":
            has_comma = has_comma or (j - 1 not in bound and not _continues_name(tokens[k:], j - 1 - k))
            continue
        words += 1
        named = j - k <= max_words
        unknown = unknown and not has_comma
        if not (named or unknown):
            return
        if is_sep[j - 1] or j in bound:
            continue
        with_span = (*spans, (k, j))
        span = text[tokens[k].start() : tokens[j - 1].end()]
        quality = scorer(span) if named and tokens[j - 1].group(0).casefold() not in NO_END_WORDS else 0.0
        if quality >= 1.0:
            _offer(best, (j, _KNOWN), (neg_fragments, sure + words, likely, neg_count - 1, with_span))
        elif quality > 0:
            _offer(best, (j, _KNOWN), (neg_fragments, sure, likely + words * quality, neg_count - 1, with_span))
        if unknown:
            office_cut = j < len(tokens) and is_sep[j] and office_serves_next(tokens[k:], j - k)
            office_cut = office_cut or (j < len(tokens) and department_cut(tokens[k:], j - k))
            fragments = neg_fragments - int(
                (is_fragment(span) and not sibling)
                or is_glued(span)
                or office_cut
                or (after_and and is_orphan(span, is_field))
            )
            _offer(best, (j, _UNKNOWN), (fragments, sure, likely, neg_count - 1, with_span))


def _offer(best: dict[tuple[int, int], _Path], key: tuple[int, int], candidate: _Path) -> None:
    """Keep ``candidate`` at ``key`` if it beats what is there; on a tie the first one found stays."""
    current = best.get(key)
    if current is None or candidate[:4] > current[:4]:
        best[key] = candidate
