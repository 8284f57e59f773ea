"""Tests for normalize.levelless: the tails it leaves out are those no sure lookup reads."""

from __future__ import annotations

import pytest

from normalize import list_for, parse_jurisdiction
from normalize.index import AgencyIndex, build_index
from normalize.levelless import LEVEL_TAILS, _readable, level_left_off
from normalize.lookups import lookup_key, lookup_qualified

#: Lists read: the package's (a city's bodies), a province's and a commune's catalogue.
PLACES = (None, "tỉnh Quảng Trị", "xã Cồn Cỏ, tỉnh Quảng Trị")


def _keys(index: AgencyIndex, spellings: list[str]) -> set[str]:
    """Every key made of the first words of a spelling, and of the first words of one with its last word changed."""
    keys = set()
    for spelling in spellings:
        words = spelling.split()
        for stop in range(1, len(words) + 1):
            keys.add(" ".join(words[:stop]))
            keys.add(" ".join([*words[: stop - 1], "tinh"]))  # a word typed without marks
    return keys


@pytest.mark.parametrize("place", PLACES)
def test_every_query_read_is_kept(place: str | None) -> None:
    """A query (key, tail) that a sure lookup reads is never left out, so the answer is trying every tail's."""
    index = build_index(list_for(parse_jurisdiction(place) if place else None))
    spellings = [*index.expanded, *index.joined] if place else [*index.expanded, *index.initials, *index.joined]
    read = 0
    for key in sorted(_keys(index, spellings)):
        kept = set(_readable(key, index))
        for tail in LEVEL_TAILS:
            query = f"{key} {tail}"
            if lookup_key(query, index) or lookup_qualified(query, index):
                read += 1
                assert query in kept, query
    assert read > 0  # the keys do reach listed spellings with a level word


def test_level_left_off_reads_a_body_of_one_level() -> None:
    """A name without its level word that one level's entry has is read; one every level has is not."""
    index = build_index(list_for(parse_jurisdiction("xã Cồn Cỏ, tỉnh Quảng Trị")))
    assert level_left_off("bảo hiểm xã hội", index) is not None
    assert level_left_off("ủy ban nhân dân", index) is None
