"""Where a piece's split is settled by reading text whole: names the split cut, places under one head.

Two decisions :mod:`normalize.split` takes after and during its search:

- :func:`rejoin_whole`: two neighbouring spans, one of them unknown, that read whole as one entry
  surely enough are one name ("Phòng Kinh tế, Hạ tầng và Đô thi phường" with a typo; "Chánh Văn
  phòng HĐND và UBND phường" with a head's title), never a sure part and a leftover;
- :func:`sibling_place`: a comma between two places of one unit under one head ("UBND phường Buôn
  Ma Thuột, phường Tuy Hòa") parts two bodies, and the second place is no fragment.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normalize.vocab import COMMUNE_UNITS, PROVINCE_UNITS

#: How well a span of text names one canonical entry (as :data:`normalize.split.SpanScorer`).
SpanScorer = Callable[[str], float]
#: Units of a level, longest first ("thị trấn" before "thị"), for :func:`sibling_place`.
_UNITS = tuple(sorted((*COMMUNE_UNITS, *PROVINCE_UNITS), key=len, reverse=True))


def _unit_at(words: list[str], at: int) -> tuple[str, ...] | None:
    """Return the commune's or a province's unit (its words, lower case) standing at ``words[at]``, or None."""
    folded = [w.casefold() for w in words[at:]]
    return next((tuple(u.split()) for u in _UNITS if folded[: len(u.split())] == u.split()), None)


def sibling_place(words: list[str], comma: int) -> bool:
    """Tell whether the comma at ``comma`` parts two places under one head.

    "UBND phường Buôn Ma Thuột, phường Tuy Hòa" names two wards' committees.

    After the comma, a unit of a level and a capitalised name; before it, the same unit and a
    capitalised name closing the text: the head before the first place is shared by the second,
    each a body of its own (the second with no head written), so the comma cuts and the second
    place is no fragment. "UBND các xã, phường, đặc khu Cồn Cỏ" has no place before its commas.

    >>> sibling_place("UBND phường Buôn Ma Thuột , phường Tuy Hòa".split(), 5)
    True
    >>> sibling_place("UBND các xã , phường Tuy Hòa".split(), 3)
    False
    """
    unit = _unit_at(words, comma + 1)
    after = words[comma + 1 + len(unit) :] if unit else []
    if unit is None or not after or not after[0][:1].isupper():
        return False
    for start in range(comma - 1, 0, -1):
        if not words[start][:1].isupper():
            return False
        if _unit_at(words, start - len(unit)) == unit and start - len(unit) > 0:
            return True
    return False


#: Least quality (a score of 90, the confident one) at which two cut spans read whole name one
#: entry: a name with a small typo ("Phòng Kinh tế, Hạ tầng và Đô thi phường") or a head's title
#: before it ("Chánh Văn phòng HĐND và UBND phường") that the split cut at its comma or "và".
WHOLE_QUALITY = 0.9


def rejoin_whole(
    spans: tuple[tuple[int, int], ...], tokens: list[re.Match[str]], text: str, scorer: SpanScorer
) -> tuple[tuple[int, int], ...]:
    r"""Join two neighbouring spans, one of them unknown, when read whole they name one entry surely enough.

    A sure part ("Phòng Kinh tế", "UBND phường") beats a likely whole in the split; but when what
    is left beside it names nothing and the whole reads as one entry at :data:`WHOLE_QUALITY` or
    more, the cut gave the part's words another body's id: the whole is one name, for the scorer to
    resolve. Two known spans stay apart ("Sở Tư pháp, Nội vụ").

    >>> known = {"Phòng Kinh tế": 1.0, "Phòng Kinh tế, Hạ tầng và Đô thi": 0.97}
    >>> text = "Phòng Kinh tế, Hạ tầng và Đô thi"
    >>> rejoin_whole(((0, 3), (4, 9)), list(re.finditer(r",|[^\s,]+", text)), text, lambda s: known.get(s, 0.0))
    ((0, 9),)
    """

    def span(first: int, last: int) -> str:
        return text[tokens[first].start() : tokens[last - 1].end()]

    joined = list(spans)
    at = 0
    while at + 1 < len(joined):
        (start, end), (after, stop) = joined[at], joined[at + 1]
        one_unknown = scorer(span(start, end)) == 0 or scorer(span(after, stop)) == 0
        if after - end <= 1 and one_unknown and scorer(span(start, stop)) >= WHOLE_QUALITY:
            joined[at : at + 2] = [(start, stop)]
        else:
            at += 1
    return tuple(joined)
