"""Bodies asked through their head or named as a group with a qualifier, read as the body or group.

- ``head-of-body``: "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND phường": a head's title
  (vocabulary [titles] heads) before a name asks the body through its head, so the name after the
  title is read by the rules (:func:`head_of_body`);
- ``group-with-qualifier``: "Các sở, ngành có thủ tục hành chính", "UBND các xã có đồng bào dân
  tộc thiểu số": which of a group's members, after "có" (vocabulary [titles] qualifier), does not
  change the group (:func:`group_with_qualifier`);
- ``short-name``: "Mặt trận phường": a body's short name before a level word (vocabulary
  [short_names]) is its full name at that level (:func:`short_name`).

All three read the shorter key with the rules :mod:`normalize.rules` passes in; the levels stay the ones
the mention was written with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, Self

from normalize.keys import expanded_key, key_levels
from normalize.vocab import (
    COMMUNE_UNITS,
    GROUP_QUALIFIER_WORDS,
    HEAD_TITLES,
    LEVEL_OPENERS,
    PLURALS,
    SHORT_NAMES,
    TITLES_AFTER,
)

#: The first word of each head's title: a name opening with none has no title (:func:`title_words`).
_TITLE_OPENERS = frozenset(title[0] for title in HEAD_TITLES if title)
#: First words of a level after a short name: the openers of a level and the commune's units ("đặc khu").
_LEVEL_FIRST_WORDS = LEVEL_OPENERS | {unit.split()[0] for unit in COMMUNE_UNITS}


class Query(Protocol):
    """What these rules read of :class:`normalize.rules.Query` (not imported: rules.py imports this module)."""

    @property
    def raw(self) -> str: ...  # noqa: D102
    @property
    def key(self) -> str: ...  # noqa: D102
    def fits(self, agency_id: str | None) -> bool: ...  # noqa: D102
    def with_key(self, key: str) -> Self: ...  # noqa: D102


class Rule(Protocol):
    """What these rules use of :class:`normalize.rules.Rule`: its ``find``."""

    @property
    def find(self) -> Callable[[Any], str | None]: ...  # noqa: D102


def title_words(words: Sequence[str]) -> int:
    """Return how many of the first ``words`` are a head's title ("Thủ trưởng", "Chủ tịch"), 0 if none.

    >>> title_words("Thủ trưởng các sở , ban".split())
    2
    >>> title_words("Sở Nội vụ".split())
    0
    """
    if not words or words[0].casefold() not in _TITLE_OPENERS:
        return 0
    folded = [word.casefold() for word in words]
    return next((len(t) for t in HEAD_TITLES if len(folded) > len(t) and folded[: len(t)] == t), 0)


def without_title(key: str) -> str | None:
    """Return an expanded key without the head's title it opens with, or None when it opens with none."""
    words = key.split()
    at = title_words(words)
    return expanded_key(" ".join(words[at:])) if at else None


def without_title_after(key: str) -> str | None:
    """Return an expanded key without the head's title it closes with ("các khối trưởng" -> "các khối"), or None."""
    words = key.split()
    return expanded_key(" ".join(words[:-1])) if len(words) > 1 and words[-1] in TITLES_AFTER else None


#: The qualifiers' words, each phrase a list ("biên giới" is two words).
_QUALIFIERS = tuple(qualifier.split() for qualifier in GROUP_QUALIFIER_WORDS)
#: The first word of each qualifier: only where one stands may a qualifier open.
_QUALIFIER_OPENERS = frozenset(qualifier[0] for qualifier in _QUALIFIERS)


def _opens_at(words: Sequence[str], at: int, phrase: Sequence[str]) -> bool:
    """Tell whether ``phrase`` stands in ``words`` from ``at`` on."""
    return list(words[at : at + len(phrase)]) == list(phrase)


def without_qualifier(raw: str, key: str) -> str | None:
    """Return a group's key without what its members have ("... có thủ tục hành chính", "... vùng ..."), or None.

    The mention must name a group: a plural marker before "có" in the key, or opening ``raw`` (the
    expanded key has lost a leading "các": "sở ngành có ..."). A qualifier may be a phrase of
    words with no joining word before it ("UBND các xã biên giới": the border communes).

    >>> without_qualifier("UBND các xã biên giới", "ủy ban nhân dân các xã biên giới")
    'ủy ban nhân dân các xã'
    """
    words = key.split()
    at = next(
        (
            i
            for i in range(1, len(words))
            if words[i] in _QUALIFIER_OPENERS and any(_opens_at(words, i, q) for q in _QUALIFIERS)
        ),
        None,
    )
    if at is None:
        return None
    stem = words[:at]
    opener = raw.split()[0].casefold() if raw.split() else ""
    plural = opener in PLURALS or any(word in PLURALS for word in stem)
    return expanded_key(" ".join(stem)) if plural else None


def written_out(key: str) -> str | None:
    """Return an expanded key with the short name it opens with written out, when a level follows it; else None.

    >>> written_out("mặt trận phường")
    'ủy ban mặt trận tổ quốc việt nam phường'
    >>> written_out("mặt trận tổ quốc việt nam phường"), written_out("mặt trận")
    (None, None)
    """
    for short, full in SHORT_NAMES.items():
        rest = key.removeprefix(short + " ")
        if rest != key and rest.split()[0] in _LEVEL_FIRST_WORDS and key_levels(rest):
            return expanded_key(f"{full} {rest}")
    return None


def _first_fit(query: Query, key: str | None, rules: tuple[Rule, ...]) -> str | None:
    """Return what the first of ``rules`` finds for ``key`` at the levels ``query`` names, or None."""
    if not key or key == query.key:
        return None
    read = query.with_key(key)
    return next((found for rule in rules if read.fits(found := rule.find(read))), None)


def head_of_body(query: Query, rules: tuple[Rule, ...]) -> str | None:
    """Read the name after a head's title with ``rules``."""
    return _first_fit(query, without_title(query.key), rules)


def head_after_unit(query: Query, rules: tuple[Rule, ...]) -> str | None:
    """Read the units before a head's title written after them with ``rules``."""
    return _first_fit(query, without_title_after(query.key), rules)


def group_with_qualifier(query: Query, rules: tuple[Rule, ...]) -> str | None:
    """Read a group's name without its qualifier with ``rules``."""
    return _first_fit(query, without_qualifier(query.raw, query.key), rules)


def short_name(query: Query, rules: tuple[Rule, ...]) -> str | None:
    """Read a short name before a level word written out with ``rules``."""
    return _first_fit(query, written_out(query.key), rules)
