"""Matching keys for agency names: one spelling per name, so that equal names compare equal.

Display text keeps the document's spelling; these keys are only ever compared. Every key is built
from :func:`normalize.text.fold` (NFC, case, one tone-mark style, one dash), so Vietnamese marks
stay: "Phòng Tư pháp" and "Phong Tu phap" have different keys (fuzzy matching may still pair them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from normalize.text import fold

#: Standard administrative abbreviations, expanded word for word before comparing (lower case).
ABBREVIATIONS: dict[str, str] = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "ubmttqvn": "ủy ban mặt trận tổ quốc việt nam",
    "ubmttq": "ủy ban mặt trận tổ quốc việt nam",
    "mttqvn": "mặt trận tổ quốc việt nam",
    "mttq": "mặt trận tổ quốc việt nam",
    "tp": "thành phố",
    "tx": "thị xã",
}
#: Plural markers that do not change which body is meant ("Các phòng chuyên môn").
_LEADING_PLURALS = ("các", "những")
#: "P." or "P " before a name stands for "Phòng".
_PHONG_RE = re.compile(r"^p\.\s*")
#: Punctuation inside initials: "GD&ĐT", "LĐ-TB&XH", "TN&MT" (no spaces around it).
_INITIALS_GLUE_RE = re.compile(r"(?<=\w)[&.\-](?=\w)")
_NON_WORD_RE = re.compile(r"[\W_]+")
#: The conjunction that initials leave out ("Giáo dục và Đào tạo" -> GDĐT).
_AND = "và"
_VIET_NAM = ["việt", "nam"]
#: Shortest run of syllables written as initials: one syllable alone is never abbreviated.
MIN_INITIALS = 2
#: The units of the commune level (the law's "cấp xã"): communes, wards and townships.
_COMMUNE_UNIT = r"(?:xã|phường|thị trấn)"
#: A key ending in the commune level however it is named: "cấp xã", "các xã", "xã, phường",
#: "các xã, phường, thị trấn", "phường, xã". Only at the end, so "xã hội" is never read as a
#: level; "thị xã" is a district-level town, not a commune.
_COMMUNE_LEVEL_RE = re.compile(
    rf"(?:^| )(?<!thị )(?:(?:cấp|các) )?{_COMMUNE_UNIT}(?: (?:và )?(?:cấp )?{_COMMUNE_UNIT})*$"
)
_COMMUNE_LEVEL = "cấp xã"
#: Level words at or below the city's that may end a name ("thành phố và phường, xã"), with
#: their joiners.
_LEVEL_TAIL_RE = re.compile(r"(?: (?:và|các|cấp|thành phố|thị trấn|xã|phường))+$")


def name_key(text: str) -> str:
    """Return the plain matching key: folded, punctuation as spaces, no leading plural marker.

    >>> name_key("Các phòng, ban có liên quan") == name_key("phòng ban có liên quan")
    True
    """
    words = _NON_WORD_RE.sub(" ", _PHONG_RE.sub("phòng ", fold(text))).split()
    if words and words[0] in _LEADING_PLURALS:
        words = words[1:]
    return " ".join(words)


def expand(key: str) -> str:
    """Write out the standard abbreviations of a plain key ("ubnd tp" -> "ủy ban nhân dân thành phố").

    There is one Fatherland Front, so "MTTQ" means "Mặt trận Tổ quốc Việt Nam"; a "Việt Nam" the
    text spells out after it is not repeated.
    """
    words: list[str] = []
    for word in key.split():
        words.extend(ABBREVIATIONS.get(word, word).split())
        if words[-2:] == _VIET_NAM and words[-4:-2] == _VIET_NAM:
            del words[-2:]
    return " ".join(words)


def without_and(key: str) -> str:
    """Drop the word "và": initials are looked up in that form ("phòng nông nghiệp ptnt")."""
    return " ".join(w for w in key.split() if w != _AND)


def expanded_key(text: str) -> str:
    """Return :func:`name_key` with abbreviations written out: the key fuzzy matching compares."""
    return expand(name_key(text))


def commune_level_key(key: str) -> str:
    """Write the commune level one way at the end of an expanded key: "cấp xã".

    >>> commune_level_key("ủy ban nhân dân các xã phường thị trấn")
    'ủy ban nhân dân cấp xã'
    >>> commune_level_key("bảo hiểm xã hội"), commune_level_key("ủy ban nhân dân thị xã")
    ('bảo hiểm xã hội', 'ủy ban nhân dân thị xã')
    """
    match = _COMMUNE_LEVEL_RE.search(key)
    if match is None:
        return key
    return f"{key[: match.start()]} {_COMMUNE_LEVEL}".lstrip()


def without_level(key: str) -> str:
    """Drop the city and commune level words that end an expanded key (empty when nothing else is left).

    >>> without_level("trang thông tin điện tử thành phố và phường xã")
    'trang thông tin điện tử'
    """
    return _LEVEL_TAIL_RE.sub("", f" {key}").strip()


def compact_key(text: str) -> str:
    """Return :func:`expanded_key` with initials glued by "&", "-" or "." as one word ("gd&đt" -> "gdđt")."""
    folded = _PHONG_RE.sub("phòng ", fold(text))
    return expanded_key(_INITIALS_GLUE_RE.sub("", folded))


def initial(syllable: str) -> str:
    """Return the letter a syllable is abbreviated by: its first letter without marks ("đ" stays)."""
    first = syllable[0]
    if first == "đ":
        return first
    return unicodedata.normalize("NFD", first)[0]


def initials_variants(key: str) -> Iterator[str]:
    """Yield every way of writing a run of ``key``'s syllables as initials (the "và" left out).

    >>> "phòng gdđt" in set(initials_variants("phòng giáo dục và đào tạo"))
    True
    """
    words = without_and(key).split()
    for start in range(len(words)):
        for stop in range(start + MIN_INITIALS, len(words) + 1):
            letters = "".join(initial(w) for w in words[start:stop])
            yield " ".join([*words[:start], letters, *words[stop:]])


def head_letters(key: str) -> str:
    """Return a key's first word without marks: the head noun ("phòng", "sở") fuzzy matches must share."""
    first = key.split(" ", 1)[0]
    return "".join(c for c in unicodedata.normalize("NFD", first) if not unicodedata.combining(c))


def strip_marks(key: str) -> str:
    """Drop tone and vowel marks ("đ" -> "d"): only for text typed without any marks."""
    bare = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
    return bare.replace("đ", "d")


def has_marks(text: str) -> bool:
    """Tell whether ``text`` has any Vietnamese mark or "đ": text without one was typed without marks."""
    return strip_marks(fold(text)) != fold(text)
