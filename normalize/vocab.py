"""The vocabulary of agency names, read once from normalize/vocabulary.toml.

Every word list the segmentation and matching rules use lives in that file, each once, with a
comment saying what it is for; this module loads it at import and gives each list a name.
:func:`alternation` turns a list into the body of a regular expression, so patterns are built
from the data instead of spelling the words out again.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

#: The data file, beside this module in the package.
VOCABULARY_FILE = "vocabulary.toml"
#: A final "*" in a listed word stands for any letters after the prefix ("ubmttq*").
_PREFIX_MARK = "*"


def _load() -> dict[str, Any]:
    text = resources.files("normalize").joinpath(VOCABULARY_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


_DATA = _load()


def _words(section: str, name: str) -> tuple[str, ...]:
    """Return one list of the file as a tuple of strings, in the file's order."""
    values = _DATA[section][name]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        msg = f"normalize/{VOCABULARY_FILE}: [{section}] {name} is not a list of strings"
        raise TypeError(msg)
    return tuple(values)


def _mapping(section: str) -> Mapping[str, str]:
    values = _DATA[section]
    if not all(isinstance(v, str) for v in values.values()):
        msg = f"normalize/{VOCABULARY_FILE}: [{section}] holds a value that is not a string"
        raise TypeError(msg)
    return dict(values)


def alternation(words: Iterable[str], space: str = r"\s+") -> str:
    r"""Return a regular-expression alternation of ``words``, in their order.

    Each space between two words becomes ``space``, and a final "*" any letters (``\w*``).

    >>> alternation(["trung tâm", "ubmttq*"])
    'trung\\s+tâm|ubmttq\\w*'
    """
    parts = []
    for word in words:
        stem, prefix = (word[: -len(_PREFIX_MARK)], True) if word.endswith(_PREFIX_MARK) else (word, False)
        pattern = space.join(re.escape(part) for part in stem.split(" "))
        parts.append(pattern + r"\w*" if prefix else pattern)
    return "|".join(parts)


def word_lists(words: Iterable[str]) -> tuple[list[str], ...]:
    """Return each phrase of ``words`` as its list of words, to compare with the end of a list of words."""
    return tuple(word.split() for word in words)


#: Standard administrative abbreviations, written out word for word (lower case).
ABBREVIATIONS: Mapping[str, str] = _mapping("abbreviations")
#: Short names of bodies before a level word ("mặt trận" for the Front's committee), written out (lower case).
SHORT_NAMES: Mapping[str, str] = _mapping("short_names")
#: Syllables an abbreviation writes with two letters ("ngoại" -> "ng": "Sở NgV").
TWO_LETTER_INITIALS: frozenset[str] = frozenset(_words("initials", "two_letters"))
#: Words opening a later name in a parenthesis ("nay là").
LATER_NAME_WORDS: tuple[str, ...] = _words("parentheses", "later")
#: Words saying a name in a parenthesis is the body's former one ("cũ", "trước đây là").
FORMER_NAME_WORDS: tuple[str, ...] = _words("parentheses", "former")
#: Words before a body a task goes through, in a parenthesis ("qua Phòng Kinh tế").
THROUGH_WORDS: tuple[str, ...] = _words("parentheses", "through")
#: Nouns opening a unit of a body in a parenthesis ("bộ phận", "tổ công tác"), in any case.
UNIT_NOUNS: tuple[str, ...] = _words("parentheses", "units")
#: Nouns of a unit that, capitalised at a parenthesis' opening, name a unit in any case ("(Tổ một cửa)").
NAMED_UNITS: tuple[str, ...] = _words("parentheses", "named_units")
#: Words opening with such a noun that name no unit ("Tổ chức", "Tổ trưởng").
NOT_UNITS: tuple[str, ...] = _words("parentheses", "not_units")
#: Plural markers that do not change which body is meant ("các", "những").
PLURALS: tuple[str, ...] = _words("plurals", "markers")
#: The plural markers as written and typed without marks, taken off the front of a key.
LEADING_PLURALS: tuple[str, ...] = (*PLURALS, *_words("plurals", "unmarked"))
#: "và", as written and typed without its mark.
ANDS: frozenset[str] = frozenset(_words("joiners", "ands"))
#: Every word that joins two names: "và" and the others ("cùng", "&").
JOINERS: frozenset[str] = ANDS | frozenset(_words("joiners", "others"))
#: Nouns that open a body's name (a pattern body, spaces as one space: see :func:`alternation`).
HEAD_NOUNS: tuple[str, ...] = _words("heads", "nouns")
#: Words besides :data:`HEAD_NOUNS` that give a name a head of its own.
OWN_HEADS: tuple[str, ...] = _words("heads", "own")
#: Institutions named beside the state's offices, as written (capitalised).
INSTITUTIONS: tuple[str, ...] = _words("heads", "institutions")
#: Heads of bodies that stand alone beside others.
STANDALONE_HEADS: tuple[str, ...] = _words("heads", "standalone")
#: Lower-case words that open a name.
NAME_OPENERS: frozenset[str] = frozenset(_words("heads", "openers"))
#: Heads of offices that serve the bodies named after them, as lists of words.
OFFICE_HEADS: tuple[list[str], ...] = word_lists(_words("heads", "offices"))
#: The bodies an office serves, as lists of words.
SERVED_BODIES: tuple[list[str], ...] = word_lists(_words("heads", "served"))
#: Heads of departments, whose names list their fields.
FIELD_HEADS: frozenset[str] = frozenset(_words("heads", "fields"))
#: Heads of posts that plans shorten to their leading fields ("Công chức Địa chính - Xây dựng").
SHORTENED_HEADS: tuple[str, ...] = _words("heads", "shortened")
#: Heads whose names are lists of fields ("Phòng Nội vụ, Tư pháp").
SHARED_HEADS: frozenset[str] = frozenset(_words("heads", "shared"))
#: Heads a list after ":" shares.
HEADS_BEFORE_COLON: tuple[str, ...] = _words("heads", "before_colon")
#: Heads that name no body alone, as lists of words.
BARE_HEADS: tuple[list[str], ...] = word_lists(_words("heads", "bare"))
#: Nouns "phối hợp" follows inside a name, as lists of words.
NAMES_WITH_PHOI_HOP: tuple[list[str], ...] = word_lists(_words("heads", "with_phoi_hop"))
#: First words of the nouns a plural group lists with commas.
GROUP_NOUNS: frozenset[str] = frozenset(_words("heads", "group_nouns"))
#: Group nouns a group lists in capitals ("THCS").
GROUP_INITIALS: frozenset[str] = frozenset(_words("heads", "group_initials"))
#: Phrases holding a comma inside one name, as lists of words with the comma a word of its own.
COMMA_PHRASES: tuple[list[str], ...] = word_lists(w.replace(",", " ,") for w in _words("heads", "comma_phrases"))
#: The units of the commune level.
COMMUNE_UNITS: tuple[str, ...] = _words("levels", "commune_units")
#: The units of the district level.
DISTRICT_UNITS: tuple[str, ...] = _words("levels", "district_units")
#: The residential units under a commune, as lists of words (longer phrases first).
RESIDENTIAL_UNITS: tuple[list[str], ...] = word_lists(_words("levels", "residential_units"))
#: Who runs a residential unit, before the units ("Ban điều hành khu phố"), as lists of words.
RESIDENTIAL_HEADS: tuple[list[str], ...] = word_lists(_words("levels", "residential_heads"))
#: The units of the province level.
PROVINCE_UNITS: tuple[str, ...] = _words("levels", "province_units")
#: Words after the units of a level that say where or which of them ("trên địa bàn", "có liên quan").
AREA_TAILS: tuple[str, ...] = _words("levels", "area_tails")
#: Level words that name no body alone.
LEVEL_WORDS_ALONE: frozenset[str] = frozenset(_words("levels", "alone"))
#: Level words whose marks are put back in words typed without them.
LEVEL_WORDS_MARKED: tuple[str, ...] = _words("levels", "marked")
#: Words that open a level.
LEVEL_OPENERS: frozenset[str] = frozenset(_words("levels", "openers"))
#: Words that never belong to a place name.
NOT_PLACE_WORDS: frozenset[str] = frozenset(_words("levels", "not_place"))
#: Words no name ends with.
NO_END_WORDS: frozenset[str] = frozenset(_words("words", "no_end"))
#: The people a body works among ("vận động nhân dân"): a piece of only these words names no body.
PEOPLE_WORDS: frozenset[str] = frozenset(_words("words", "people"))
#: Words before the people that say which or how many ("các tầng lớp nhân dân").
PEOPLE_BEFORE: tuple[str, ...] = _words("words", "people_before")
#: Verbs of a request after "phối hợp" or "cùng".
REQUEST_VERBS: tuple[str, ...] = _words("requests", "verbs")
#: Verbs that close a request alone.
CLOSING_VERBS: tuple[str, ...] = _words("requests", "closing")
#: Words opening the object of a closing verb ("giám sát việc thực hiện").
REQUEST_OBJECTS: tuple[str, ...] = _words("requests", "objects")
#: Verbs a body does to the people it works among, besides the request's verbs ("phổ biến").
ON_PEOPLE_VERBS: tuple[str, ...] = _words("requests", "on_people")
#: Verbs closing a name outside a request (dropped).
TRAILING_VERBS: tuple[str, ...] = _words("tasks", "trailing_verbs")
#: Roles and tasks after a name (kept as a note).
TRAILING_TASKS: tuple[str, ...] = _words("tasks", "trailing")
#: Role words between a name and a comma before the next name.
ROLES_BEFORE_COMMA: tuple[str, ...] = _words("tasks", "before_comma")
#: Words before the first name that give the task.
LEADING_TASKS: tuple[str, ...] = _words("tasks", "leading")
#: Nouns of a label before ":" and a list of names.
LABEL_NOUNS: tuple[str, ...] = _words("tasks", "label_nouns")
#: Roles of a label before ":" and a list of names.
LABEL_ROLES: tuple[str, ...] = _words("tasks", "label_roles")
#: Words for an indicator before its numbers ("chỉ tiêu", "nội dung").
INDICATOR_WORDS: tuple[str, ...] = _words("scopes", "indicator_words")
#: State services of the province that work through units below it ("thuế", "bảo hiểm xã hội").
REGIONAL_SERVICES: tuple[str, ...] = _words("regional", "services")
#: The words naming such a unit after the service ("cơ sở", "khu vực").
REGIONAL_UNITS: tuple[str, ...] = _words("regional", "units")
#: Titles of the head of a body, before the body's name ("Thủ trưởng", "Chủ tịch").
HEAD_TITLES: tuple[list[str], ...] = word_lists(_words("titles", "heads"))
#: Titles of posts in a residential unit's organisations, one name with the units after them.
UNIT_POSTS: tuple[list[str], ...] = word_lists(_words("titles", "unit_posts"))
#: Titles written after the unit they head ("các Khối trưởng").
TITLES_AFTER: frozenset[str] = frozenset(_words("titles", "after"))
#: The words that open a qualifier of a group's members ("có", "vùng").
GROUP_QUALIFIER_WORDS: tuple[str, ...] = _words("titles", "qualifiers")
