"""The vocabulary file: each list once, no word twice in a list, patterns built from the lists."""

from __future__ import annotations

import doctest
import importlib
import re
import tomllib
from pathlib import Path

import pytest

from normalize import vocab

VOCABULARY = Path(vocab.__file__).with_name(vocab.VOCABULARY_FILE)
#: The modules whose docstring examples are run (they show the rules on real names).
DOCUMENTED = (
    "core.text",
    "normalize.keys",
    "normalize.index",
    "normalize.fuzzy",
    "normalize.rules",
    "normalize.typos",
    "normalize.renames",
    "normalize.match",
    "normalize.split",
    "normalize.scopes",
    "normalize.requests",
    "normalize.vocab",
)


def test_every_list_is_used_and_holds_each_word_once() -> None:
    data = tomllib.loads(VOCABULARY.read_text(encoding="utf-8"))
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(vocab.__file__).parent.glob("*.py"))
    for section, lists in data.items():
        for name, words in lists.items():
            if isinstance(words, list):
                assert words, f"[{section}] {name} is empty"
                assert len(words) == len(set(words)), f"[{section}] {name} lists a word twice"
                assert f'"{section}", "{name}"' in source, f"[{section}] {name} is read by no module"


def test_abbreviations_are_lower_case_single_words() -> None:
    assert all(short == short.lower() and " " not in short for short in vocab.ABBREVIATIONS)


@pytest.mark.parametrize(
    ("words", "space", "text", "matched"),
    [
        (["trung tâm", "hội"], r"\s+", "trung   tâm", "trung   tâm"),
        (["ubmttq*"], " ", "ubmttqvn thành phố", "ubmttqvn"),
        (["p."], " ", "px", None),  # punctuation is literal
        (["giao cho", "giao"], r"\s+", "giao cho", "giao cho"),  # the longer phrase first
    ],
)
def test_alternation(words: list[str], space: str, text: str, matched: str | None) -> None:
    found = re.match(f"(?:{vocab.alternation(words, space)})", text)
    assert (found.group(0) if found else None) == matched


@pytest.mark.parametrize("module", DOCUMENTED)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0
