"""The fuzzy step: every entry scored against a mention, and the one taken when it is clearly best.

Like a RapidFuzz scorer, the step compares canonical keys (:mod:`normalize.keys`), never
RapidFuzz's ``default_process`` or ASCII folding, which drop Vietnamese marks and merge different
words. A wrong merge of two agencies is worse than a miss, so a fuzzy match must clear a cutoff,
lead the next agency by a margin and share the head noun ("Phòng", "Sở", "Ban", compared without
marks, one typo allowed in a word that is no head noun itself): "Sở Tài nguyên và Môi trường"
never becomes "Phòng Tài nguyên và Môi trường".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel

from core.model import Agency
from core.text import strip_marks
from normalize.index import PLACE_NAME_WORDS, AgencyIndex
from normalize.keys import expanded_key, head_letters
from normalize.vocab import NOT_PLACE_WORDS

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
#: A head noun typed with this many edits (OSA: a letter added, dropped, changed or two swapped)
#: still counts as that head noun ("Thahn tra"), unless it is itself another entry's head noun.
HEAD_TYPO_EDITS = 1
#: Shortest typed head noun (letters) given that leeway: one edit turns a 3-letter word into another word.
HEAD_TYPO_MIN_LETTERS = 4
#: Shortest typed head noun (letters) given the leeway when its one typo is a letter left out of a
#: longer listed head ("Côg an" for "Công an"): every letter typed is the head's, in order, so it
#: is the listed word cut short, not another word one letter away ("bản" for "ban").
HEAD_DROPPED_MIN_LETTERS = 3


def _rounded(score: float) -> float:
    return round(float(score), SCORE_DIGITS)


def fuzzy_candidates(query: str, index: AgencyIndex, scorer: Callable[..., float]) -> list[tuple[str, float, bool]]:
    """List every agency with its best fuzzy score against ``query`` (an expanded key), best first, ties by id.

    The groups of the level the reform ended (:attr:`AgencyIndex.ended_groups`) are left out.

    The flag tells whether the agency's best spelling shares the query's head noun (see :func:`same_head`).
    """
    best: dict[str, tuple[float, bool]] = {}
    head = head_letters(query)
    for choice, score, _ in process.extract(
        query, index.expanded_keys, scorer=scorer, limit=None, score_cutoff=SUGGEST_FLOOR
    ):
        agency_id = index.expanded[choice]
        if agency_id in index.ended_groups:
            continue
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


def fuzzy_pick(candidates: list[tuple[str, float, bool]], cutoff: float) -> str | None:
    """Return the best of :func:`fuzzy_candidates` if it shares the head noun, clears ``cutoff`` and leads enough."""
    if not candidates:
        return None
    best_id, best_score, shares_head = candidates[0]
    runner_up = candidates[1][1] if len(candidates) > 1 else 0.0
    if shares_head and best_score >= cutoff and best_score - runner_up >= FUZZY_MARGIN:
        return best_id
    return None


def fuzzy_entry(query: str, index: AgencyIndex) -> Agency | None:
    """Return the entry the fuzzy step (default scorer and cutoff) picks for ``query``, or None."""
    found = fuzzy_pick(fuzzy_candidates(query, index, FUZZY_SCORER), FUZZY_CUTOFF)
    return index.agencies.get(found) if found else None


#: The level words that open a place's name at the end of a body's name ("... phường Đông Hà").
_PLACE_LEVELS = frozenset({"thị trấn", "thị xã", "thành phố", "đặc khu", "phường", "xã", "tỉnh", "huyện", "quận"})
#: Words no place name holds: level words, joiners and the nouns of bodies ("xã hội", "tỉnh ủy", "tỉnh đoàn").
_NOT_IN_PLACE = NOT_PLACE_WORDS | {"ủy", "uỷ"}
#: ... but these body nouns also open place names ("phường Hội An", "phường Liên Chiểu"): followed
#: by more words they are a place's, but after "xã" ("xã hội" is a body's noun, "bảo hiểm xã hội").
_ALSO_PLACE_WORDS = frozenset({"hội", "liên"})
#: "hội" without its marks: after "xã", alone, the body noun "xã hội" however its marks are typed.
_SOCIAL = "hoi"


def named_place(key: str) -> tuple[str, str] | None:
    """Return the level word and the place name (without marks) an expanded key ends with, None when none.

    The place follows the key's last level word, in one to :data:`~normalize.index.PLACE_NAME_WORDS` words,
    none of them a level word, the first no joiner or body's noun ("bảo hiểm xã hội thành phố" names
    none; "phường Phú Hội", "phường Thuận Thành" do).

    >>> named_place("văn phòng hội đồng nhân dân và ủy ban nhân dân phường nam đông hà")
    ('phường', 'nam dong ha')
    >>> named_place("công an phường thuận thành"), named_place("bảo hiểm xã hội"), named_place("tỉnh đoàn")
    (('phường', 'thuan thanh'), None, None)
    >>> named_place("ủy ban nhân dân phường hội an tây")
    ('phường', 'hoi an tay')
    """
    words = key.split()
    for at in range(len(words) - 2, -1, -1):
        for size in (2, 1):
            level = " ".join(words[at : at + size])
            if level in _PLACE_LEVELS:
                place = words[at + size :]
                if not 0 < len(place) <= PLACE_NAME_WORDS or _PLACE_LEVELS & set(place):
                    return None
                if not _opens_place(level, place):
                    return None  # "xã hội", "tỉnh đoàn": a body's noun; a later word may be a name's ("Phú Hội")
                return level, strip_marks(" ".join(place))
    return None


def _opens_place(level: str, place: Sequence[str]) -> bool:
    """Tell whether the words after a level word open a place name, not a body's noun ("tỉnh đoàn", "xã hội").

    After "xã" a word spelled "hội" but for its marks is "xã hội" mistyped ("Phòng Văn hoá - Xã hôi",
    samples/audit42 F5) or typed without marks: no commune "Hôi" is the likelier reading.

    >>> _opens_place("phường", ["hội", "an", "tây"]), _opens_place("xã", ["hội"]), _opens_place("xã", ["hội", "an"])
    (True, False, False)
    >>> _opens_place("xã", ["hôi"]), _opens_place("xã", ["hoi"]), _opens_place("xã", ["hồi", "xuân"])
    (False, False, True)
    """
    first = place[0]
    if level == "xã" and strip_marks(first) == _SOCIAL and len(place) == 1:
        return False
    if first not in _NOT_IN_PLACE:
        return True
    return first in _ALSO_PLACE_WORDS and len(place) > 1 and level != "xã"


def names_another_place(query: str, agency: Agency) -> bool:
    """Tell whether a mention (an expanded key) names a neighbour of the place the entry it scored close to names.

    "Ủy ban MTTQ Việt Nam phường Nam Đông Hà" is 95.9 like "... phường Đông Hà", the plan's own
    ward's Front: the body of a neighbouring ward ("Nam", "Bắc" before the name), not in this list
    (samples/audit23 S1); "... phường Đông Hà" in Nam Đông Hà's plan is 96.8 like its own, and
    is Đông Hà's (samples/audit32 F1). A place is the entry's own only when it is the entry's
    place, or that place left without its number ("phường Hà Giang" for "Hà Giang 1").
    """
    mentioned = named_place(query)
    if mentioned is None:
        return False
    level, place = mentioned
    listed = [named_place(expanded_key(spelling)) for spelling in (agency.name, *agency.aliases)]
    places = [found[1] for found in listed if found is not None and found[0] == level]
    return bool(places) and not any(_same_place(place, own) for own in places)


def _same_place(mentioned: str, own: str) -> bool:
    """Tell whether a mentioned place (marks stripped) is the entry's own.

    It is when its letters are the entry's however the words are split ("Ia Grai", "Iagrai",
    "Plei Ku"), with one letter left out or added ("Hòn Gai" for "Hồng Gai"; a letter changed makes
    another name, "Phú Lộc" is not "Phú Lợi"), or when it is the entry's
    place less its number ("phường Hà Giang" for "Hà Giang 1"); a number is never mistyped
    ("phường 12" is not "phường 2").
    """
    words, owns = mentioned.split(), own.split()
    numbers, own_numbers = _numbers(words), _numbers(owns)
    if numbers and numbers != own_numbers:
        return False
    letters, own_letters = _letters(words), _letters(owns)
    return Indel.distance(letters, own_letters) <= PLACE_TYPOS or (
        not numbers and letters == _letters([word for word in owns if not _NUMBER_WORD_RE.fullmatch(word)])
    )


def _numbers(words: Sequence[str]) -> list[str]:
    """Return the words that number a place ("1", "II")."""
    return [word for word in words if _NUMBER_WORD_RE.fullmatch(word)]


def _letters(words: Sequence[str]) -> str:
    """Return a place's letters, its words joined: "Ea H'Leo", "EaH'Leo" and "Ea Hleo" are one."""
    return "".join(ch for word in words for ch in word if ch.isalnum())


#: Letters a place name may have left out or added and still be the entry's own place: a neighbour
#: differs by a word or a letter changed ("Nam Đông Hà", "Thuận Thành" for "Thuận Hóa", "Phú Lộc").
PLACE_TYPOS = 1


#: A word of a place name that numbers it: "Hà Giang 1", "phường II".
_NUMBER_WORD_RE = re.compile(r"\d+|[ivxl]+")
