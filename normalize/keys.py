"""Matching keys for agency names: one spelling per name, so that equal names compare equal.

Display text keeps the document's spelling; these keys are only ever compared. Every key is built
from :func:`core.text.fold` (NFC, case, one tone-mark style, one dash), so Vietnamese marks
stay: "Phòng Tư pháp" and "Phong Tu phap" have different keys (fuzzy matching may still pair them).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from core.text import drop_combining, fold, strip_marks
from normalize.vocab import (
    ABBREVIATIONS,
    ANDS,
    AREA_TAILS,
    COMMUNE_UNITS,
    DISTRICT_UNITS,
    LEADING_PLURALS,
    PLURALS,
    RESIDENTIAL_HEADS,
    RESIDENTIAL_UNITS,
    TWO_LETTER_INITIALS,
    alternation,
)

#: "P." or "P " before a name stands for "Phòng".
_PHONG_RE = re.compile(r"^p\.\s*")
#: Punctuation inside initials: "GD&ĐT", "LĐ-TB&XH", "TN&MT" (no spaces around it).
_INITIALS_GLUE_RE = re.compile(r"(?<=\w)[&.\-](?=\w)")
#: "&" with spaces around it ("TN & MT") glues as it does without them.
_SPACED_AMP_RE = re.compile(r"\s*&\s*")
#: Initials joined by "và", a spaced dash or a slash read like "&" ("NN và MT", "GD và ĐT", "TC -
#: KH", "TC/KH"): upper-case runs of 1-5 letters. Between two parts of a name a dash stands for
#: "và"; a slash between initials only (never "xã/phường") is the same joint typed another way.
_INITIALS_AND_RE = re.compile(r"\b([A-ZĐ]{1,5})(?:\s+(?:và|[-\u2010-\u2015])\s+|\s*/\s*)(?=[A-ZĐ]{1,5}\b)")
_NON_WORD_RE = re.compile(r"[\W_]+")
#: The conjunction that initials leave out ("Giáo dục và Đào tạo" -> GDĐT).
_AND = "và"
_VIET_NAM = ["việt", "nam"]
#: The Fatherland Front is named by its standing committee or by itself ("MTTQ các cấp", "Ủy ban
#: MTTQ các cấp"): plans use both for one body, so keys write the committee every time.
_FRONT_RE = re.compile(r"(?<!ủy ban )(?<!ủy ban ủy ban )\bmặt trận tổ quốc\b")
_FRONT = "ủy ban mặt trận tổ quốc"
#: There is one Fatherland Front: "Mặt trận Tổ quốc" without "Việt Nam" is it ("Mặt trận Tổ quốc
#: các cấp"), as "MTTQ" is.
_FRONT_NO_COUNTRY_RE = re.compile(r"\bủy ban mặt trận tổ quốc\b(?! việt nam\b)")
_FRONT_FULL = "ủy ban mặt trận tổ quốc việt nam"
#: Every court and procuracy of the state system is "nhân dân" (people's); plans often leave the
#: word out ("Tòa án, Viện kiểm sát thành phố"). A military one ("quân sự") is another body.
_COURTS = r"tòa án|viện kiểm sát"
_PEOPLES_RE = re.compile(rf"\b({_COURTS})\b(?! (?:nhân dân|quân sự)\b)")
#: The same word as written, for the initials that leave it out ("VKS thành phố").
_WITH_PEOPLES_RE = re.compile(rf"\b({_COURTS}) nhân dân\b")
#: "của" (of) before a level says nothing a name needs: "Trang TTĐT của thành phố" is "Trang TTĐT thành phố".
_OF_LEVEL_RE = re.compile(r"\bcủa (?=(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|các)\b)")
#: "Đoàn thể" is itself a mass organisation, so "tổ chức đoàn thể" says the same thing twice, and
#: "hội đoàn thể" ("các hội, đoàn thể": the associations and unions) names the same organisations.
_MASS_ORGS_RE = re.compile(r"\b(?:tổ chức|hội) đoàn thể\b")
_MASS_ORGS = "đoàn thể"
#: "Các đoàn thể" alone, or with only level words after it ("các đoàn thể thành phố"), is the
#: socio-political organisations ("MTTQ và các đoàn thể"): the words say what "đoàn thể" already means.
_MASS_ORGS_ALONE_RE = re.compile(
    r"\bđoàn thể(?=(?: (?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|các cấp|cấp \w+))*$)"
)
_MASS_ORGS_FULL = "đoàn thể chính trị xã hội"
#: "Có" in "các phòng, ban có liên quan" adds nothing: "liên quan" says the same.
_CONCERNED_RE = re.compile(r"\bcó liên quan\b")
_CONCERNED = "liên quan"
#: Shortest run of syllables written as initials: one syllable alone is never abbreviated.
MIN_INITIALS = 2
#: The units of the commune level (the law's "cấp xã"): communes, wards and townships.
_COMMUNE_UNIT = rf"(?:{alternation(COMMUNE_UNITS, ' ')})"
#: A key ending in the commune level however it is named: "cấp xã", "các xã", "xã, phường",
#: "các xã, phường, thị trấn", "phường, xã", "13 phường, xã" (all of them, counted). Only at the
#: end, so "xã hội" is never read as a level; "thị xã" is a district-level town, not a commune.
_COMMUNE_LEVEL_RE = re.compile(
    rf"(?:^| )(?<!thị )(?:(?:cấp|các|\d+) )?{_COMMUNE_UNIT}(?: (?:và )?(?:cấp )?{_COMMUNE_UNIT})*$"
)
_COMMUNE_LEVEL = "cấp xã"
#: Two or more units of a level after a plural marker at the end of a key ("các xã phường đặc
#: khu", "các huyện và thị xã"): the whole level, even when the last unit is given its name.
_ANY_UNIT = rf"(?:{alternation((*COMMUNE_UNITS, *DISTRICT_UNITS), ' ')})"
_PLURAL_UNITS_RE = re.compile(rf"(?:^| )các {_ANY_UNIT}(?: (?:và )?{_ANY_UNIT})+$")
#: The units of the district level (the law's "cấp huyện"): rural districts, urban districts and
#: towns ("thị xã", "TX"). Only a plural ("các huyện") or a list of units ("huyện, thị xã") names
#: the level: "UBND thị xã" alone is one town's committee, the one a town's own plan speaks for.
#: A city under a province is district level too, but "thành phố" counts only after another
#: district unit ("các huyện, thị xã, thành phố"): alone it is the plan's own city.
_DISTRICT_UNIT = rf"(?:{alternation(DISTRICT_UNITS, ' ')})"
_DISTRICT_MORE = rf"(?: (?:và )?{_DISTRICT_UNIT}| thành phố)"
_DISTRICT_LEVEL_RE = re.compile(
    rf"(?:^| )(?:(?:cấp|các|\d+) {_DISTRICT_UNIT}{_DISTRICT_MORE}*|{_DISTRICT_UNIT}{_DISTRICT_MORE}+)$"
)
_DISTRICT_LEVEL = "cấp huyện"
#: "Trên địa bàn" (in the area, of the city) or "(có) liên quan" after the units of a level says
#: where or which of them, not which body: "UBND các xã, phường, thị trấn trên địa bàn" and "UBND
#: các phường, xã có liên quan" are the commune level (vocabulary [levels] area_tails).
_ON_AREA_RE = re.compile(
    rf" (?:{alternation(AREA_TAILS, ' ')})"
    rf"(?: (?:thành phố|tỉnh|{alternation(DISTRICT_UNITS, ' ')}|{alternation(COMMUNE_UNITS, ' ')}))?$"
)
#: Level words at or below the city's that may end a name ("thành phố và phường, xã"), with
#: their joiners; "cơ sở" (the grassroots) at the end of a name is the commune level
#: ("truyền thanh cơ sở").
_LEVEL_TAIL_RE = re.compile(r"(?: (?:và|các|cấp|thành phố|thị trấn|xã|phường|cơ sở))+$")
#: The level words a key may hold, and the level each names: the province ("tỉnh", and its Party
#: committee "tỉnh ủy"), the city ("thành phố", "TP", and its Party committee "thành ủy"), the
#: district level ("huyện", "quận", "thị xã"), the commune level ("xã", "phường", "thị trấn";
#: never "thị xã" or "xã hội") and every level at once ("các cấp"). The province's and the city's
#: words are also read typed without marks where no other word can be meant: "thanh pho", and
#: "tinh" ending the key ("UBMTTQ thanh pho" is the city's Front, never the province's).
LEVEL_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("province", re.compile(r"\btỉnh\b| tinh$")),
    ("city", re.compile(r"\bthành (?:phố|ủy)\b|\bthanh pho\b")),
    ("district", re.compile(rf"\b{_DISTRICT_UNIT}\b")),
    ("commune", re.compile(rf"(?<!thị )\b{_COMMUNE_UNIT}\b(?! hội)")),
    ("all", re.compile(r"\bcác cấp\b")),
)

#: Distinct texts whose keys are remembered: a plan's cells repeat the same few dozen spans.
KEY_CACHE_SIZE = 4096
#: Keys whose syllables are remembered: every name and alias of the lists, as written and expanded.
SYLLABLE_CACHE_SIZE = 16384


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def name_key(text: str) -> str:
    """Return the plain matching key: folded, punctuation as spaces, no leading plural marker.

    >>> name_key("Các phòng, ban có liên quan") == name_key("phòng ban có liên quan")
    True
    """
    words = _NON_WORD_RE.sub(" ", _PHONG_RE.sub("phòng ", fold(text))).split()
    if words and words[0] in LEADING_PLURALS:
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)  # a span's key, asked again by the rules and its longer spans' lookups
def expand(key: str) -> str:
    """Write out the standard abbreviations of a plain key ("ubnd tp" -> "ủy ban nhân dân thành phố").

    There is one Fatherland Front, so "MTTQ" means "Mặt trận Tổ quốc Việt Nam"; a "Việt Nam" the
    text spells out after it is not repeated, and the Front and its committee are written one way
    ("ủy ban mặt trận tổ quốc ..."). "Tổ chức đoàn thể" is written "đoàn thể", and "đoàn thể"
    with nothing but level words after it "đoàn thể chính trị xã hội".

    >>> expand("mttq các cấp") == expand("ủy ban mttqvn các cấp")
    True
    """
    words: list[str] = []
    for word in key.split():
        words.extend(ABBREVIATIONS.get(word, word).split())
        if words[-2:] == _VIET_NAM and words[-4:-2] == _VIET_NAM:
            del words[-2:]
    text = _FRONT_NO_COUNTRY_RE.sub(_FRONT_FULL, _FRONT_RE.sub(_FRONT, " ".join(words)))
    text = _PEOPLES_RE.sub(r"\1 nhân dân", _OF_LEVEL_RE.sub("", text))
    text = _MASS_ORGS_ALONE_RE.sub(_MASS_ORGS_FULL, _MASS_ORGS_RE.sub(_MASS_ORGS, text))
    return _CONCERNED_RE.sub(_CONCERNED, text)


def without_peoples(key: str) -> str:
    """Drop the "nhân dân" :func:`expand` writes after a court or procuracy: initials may leave it out ("VKS").

    >>> without_peoples("viện kiểm sát nhân dân thành phố")
    'viện kiểm sát thành phố'
    """
    return _WITH_PEOPLES_RE.sub(r"\1", key)


def without_and(key: str) -> str:
    """Drop the word "và": initials are looked up in that form ("phòng nông nghiệp ptnt")."""
    return " ".join([w for w in words if w != _AND] if _AND in (words := key.split()) else words)


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
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


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)  # each span's key, asked by the level tests of several rules
def level_key(key: str) -> str:
    """Write the commune or the district level one way at the end of an expanded key.

    >>> level_key("ủy ban nhân dân các huyện thị xã"), level_key("ủy ban nhân dân các xã phường")
    ('ủy ban nhân dân cấp huyện', 'ủy ban nhân dân cấp xã')
    >>> level_key("ủy ban nhân dân thị xã"), level_key("trung tâm y tế huyện")
    ('ủy ban nhân dân thị xã', 'trung tâm y tế huyện')
    """
    stem = _ON_AREA_RE.sub("", key)
    if stem != key and (_COMMUNE_LEVEL_RE.search(stem) or _DISTRICT_LEVEL_RE.search(stem)):
        key = stem  # "UBND các xã, phường trên địa bàn": the units of the level, where they are
    key = commune_level_key(key)
    match = _DISTRICT_LEVEL_RE.search(key)
    if match is None:
        return key
    return f"{key[: match.start()]} {_DISTRICT_LEVEL}".lstrip()


def without_area(key: str) -> str | None:
    """Return a key naming the units of a level without "trên địa bàn ..." after them, or None.

    "UBND các xã, phường trên địa bàn tỉnh": where the units are, not which body, so the name
    before it is the name (see :func:`level_key`).

    >>> without_area("ủy ban nhân dân các xã phường trên địa bàn tỉnh"), without_area("công an trên địa bàn")
    ('ủy ban nhân dân các xã phường', None)
    """
    stem = _ON_AREA_RE.sub("", key)
    named = _COMMUNE_LEVEL_RE.search(stem) or _DISTRICT_LEVEL_RE.search(stem)
    return stem if stem != key and named and not names_one_unit(stem) else None


def without_area_tail(key: str) -> str:
    """Drop "trên địa bàn", "(có) liên quan" and the level after them from the end of an expanded key.

    >>> without_area_tail("tổ dân phố trên địa bàn phường"), without_area_tail("khu dân cư trên địa bàn đặc khu")
    ('tổ dân phố', 'khu dân cư')
    """
    return _ON_AREA_RE.sub("", key)


def names_one_unit(key: str) -> bool:
    """Tell whether an expanded key ends with one unit of the commune level alone: one commune's body, not the level.

    >>> names_one_unit("ủy ban nhân dân phường"), names_one_unit("ủy ban nhân dân xã phường")
    (True, False)
    >>> names_one_unit("ủy ban nhân dân cấp xã"), names_one_unit("ủy ban nhân dân các xã")
    (False, False)
    """
    match = _COMMUNE_LEVEL_RE.search(key)
    return match is not None and match.group(0).strip() in COMMUNE_UNITS


def ends_with_plural_units(key: str) -> bool:
    """Tell whether an expanded key ends with a plural list of two or more units of a level.

    >>> ends_with_plural_units("ủy ban nhân dân các xã phường đặc khu"), ends_with_plural_units("ủy ban nhân dân xã")
    (True, False)
    """
    return _PLURAL_UNITS_RE.search(key) is not None


def only_residential_units(key: str) -> bool:
    """Tell whether a key is nothing but a list of residential units ("tổ dân phố khu phố", "thôn và bản").

    Who runs them may come first ("ban điều hành các khu phố", "trưởng thôn các thôn": vocabulary
    [levels] residential_heads), and plural markers between them. A head's title that holds a unit
    names the units it heads alone too ("trưởng thôn": the village heads, so the villages); one
    that holds none ("ban điều hành") does not.

    >>> only_residential_units("tổ dân phố khu phố"), only_residential_units("tổ công tác")
    (True, False)
    >>> only_residential_units("ban điều hành các khu phố"), only_residential_units("trưởng thôn")
    (True, True)
    >>> only_residential_units("ban điều hành"), only_residential_units("trưởng")
    (False, False)
    """
    words = key.split()
    head = next((h for h in RESIDENTIAL_HEADS if words[: len(h)] == h), [])
    words = [w for w in words[len(head) :] if w not in ANDS and w not in PLURALS]
    if not words:
        return bool(head) and any(head[-len(u) :] == u for u in RESIDENTIAL_UNITS)
    while words:
        unit = next((u for u in RESIDENTIAL_UNITS if words[: len(u)] == u), None)
        if unit is None:
            return False
        words = words[len(unit) :]
    return bool(key)


def without_residential_head(key: str) -> str | None:
    """Return a key without who runs the residential units it names ("trưởng thôn các thôn" -> "thôn"), or None.

    >>> without_residential_head("trưởng thôn các thôn"), without_residential_head("trưởng thôn")
    ('thôn', None)
    """
    words = key.split()
    head = next((h for h in RESIDENTIAL_HEADS if words[: len(h)] == h), [])
    rest = words[len(head) :]
    while rest and rest[0] in PLURALS:
        rest = rest[1:]
    return " ".join(rest) if head and rest and only_residential_units(" ".join(rest)) else None


#: The tag of a unit of the commune level named alone ("UBND phường", "UBND xã"): one ward is no commune.
UNIT_TAG = "unit:"
#: The tag of a mention naming the commune level as a whole ("UBND các xã, phường", "UBND cấp xã"):
#: the level is no one unit's body (:func:`level_tags`).
LEVEL_TAG = UNIT_TAG + "*"


def unit_tags(key: str) -> frozenset[str]:
    """Return the tag of the one unit of the commune level an expanded key ends with alone (:func:`names_one_unit`).

    >>> sorted(unit_tags("ủy ban nhân dân phường")), sorted(unit_tags("ủy ban nhân dân các xã phường"))
    (['unit:phường'], [])
    """
    match = _COMMUNE_LEVEL_RE.search(key)
    one = match.group(0).strip() if match is not None else ""
    return frozenset({UNIT_TAG + one}) if one in COMMUNE_UNITS else frozenset()


def level_tags(key: str) -> frozenset[str]:
    """Return :data:`LEVEL_TAG` for an expanded key naming the whole commune level (:func:`level_key`), else nothing.

    >>> sorted(level_tags("văn phòng ủy ban nhân dân các xã phường")), sorted(level_tags("ủy ban nhân dân phường"))
    (['unit:*'], [])
    >>> sorted(level_tags("ủy ban nhân dân cấp xã")), sorted(level_tags("bảo hiểm xã hội"))
    (['unit:*'], [])
    """
    whole = f" {level_key(key)}".endswith(f" {_COMMUNE_LEVEL}") and not names_one_unit(key)
    return frozenset({LEVEL_TAG}) if whole else frozenset()


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)  # each span's key, asked by the level tests of several rules
def key_levels(key: str) -> frozenset[str]:
    """Return the levels an expanded key names with its level words (see :data:`LEVEL_WORDS`).

    >>> sorted(key_levels("văn phòng ủy ban nhân dân tỉnh")), sorted(key_levels("bảo hiểm xã hội thị xã"))
    (['province'], ['district'])
    """
    return frozenset(level for level, pattern in LEVEL_WORDS if pattern.search(key))


def without_level(key: str) -> str:
    """Drop the city and commune level words that end an expanded key (empty when nothing else is left).

    >>> without_level("trang thông tin điện tử thành phố và phường xã")
    'trang thông tin điện tử'
    """
    return _LEVEL_TAIL_RE.sub("", f" {key}").strip()


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def compact_key(text: str) -> str:
    """Return :func:`expanded_key` with initials glued by "&", "-", ".", "/" or "và" as one word ("gd&đt" -> "gdđt").

    >>> compact_key("Phòng TN & MT"), compact_key("Phòng GD và ĐT"), compact_key("Phòng Giáo dục và Đào tạo")
    ('phòng tnmt', 'phòng gdđt', 'phòng giáo dục và đào tạo')
    >>> compact_key("Phòng TC/KH"), compact_key("UBND xã/phường")
    ('phòng tckh', 'ủy ban nhân dân xã phường')
    """
    text = _INITIALS_AND_RE.sub(r"\1&", unicodedata.normalize("NFC", text))
    folded = _PHONG_RE.sub("phòng ", fold(_SPACED_AMP_RE.sub("&", text)))
    return expanded_key(_INITIALS_GLUE_RE.sub("", folded))


@functools.lru_cache(maxsize=SYLLABLE_CACHE_SIZE)
def initial(syllable: str) -> str:
    """Return the letter a syllable is abbreviated by: its first letter without marks ("đ" stays).

    A syllable of :data:`~normalize.vocab.TWO_LETTER_INITIALS` keeps two letters ("ngoại" -> "ng").
    """
    if syllable in TWO_LETTER_INITIALS:
        return strip_marks(syllable[:2])
    first = syllable[0]
    if first == "đ":
        return first
    return unicodedata.normalize("NFD", first)[0]


def initials_variants(key: str) -> Iterator[str]:
    """Yield every way of writing a run of ``key``'s syllables as initials (the "và" left out).

    >>> {"phòng gdđt", "phòng gddt"} <= set(initials_variants("phòng giáo dục và đào tạo"))
    True
    """
    words = without_and(key).split()
    letters_of = [initial(w) for w in words]
    for start in range(len(words)):
        letters = "".join(letters_of[start : start + MIN_INITIALS - 1])
        for stop in range(start + MIN_INITIALS, len(words) + 1):
            letters += letters_of[stop - 1]
            yield " ".join([*words[:start], letters, *words[stop:]])
            if "đ" in letters:  # typed without marks, "Đ" is "D": "GD&DT", "VPDKDD"
                yield " ".join([*words[:start], letters.replace("đ", "d"), *words[stop:]])


def fits_initials(query: str, key: str, words_known: frozenset[str] = frozenset()) -> bool:
    """Tell whether ``query`` writes ``key`` with one or more runs of its syllables as initials.

    Each word of ``query`` is either the key's next word or the initials of its next
    :data:`MIN_INITIALS` or more syllables, and at least one word is initials; "và" is left out of
    both. :func:`initials_variants` lists the spellings with one run; this also reads names that
    abbreviate several runs ("cn vpđkđđ" for "chi nhánh văn phòng đăng ký đất đai") or a run
    beside words written out ("mặt trận tqvn thành phố"). A word of ``words_known`` (words the
    names themselves use, "an" of "công an") is never read as initials.

    >>> fits_initials("cn vpđkđđ", "chi nhánh văn phòng đăng ký đất đai")
    True
    >>> fits_initials("phòng tư pháp", "phòng tư pháp")
    False
    """
    typed = _syllables(query)[0]
    words, letters = _syllables(key)
    if not typed or not words or typed[0][0] not in (words[0][0], letters[0], letters[0].replace("đ", "d")):
        return False  # the first typed word is neither the key's first word nor initials from it
    # reached[j] = the fewest initials runs with which the typed words so far cover words[:j], or absent
    reached: dict[int, int] = {0: 0}
    for word in typed:
        following: dict[int, int] = {}
        for j, runs in reached.items():
            if j < len(words) and words[j] == word:
                following[j + 1] = min(runs, following.get(j + 1, runs))
            stop = j + len(word)
            as_initials = len(word) >= MIN_INITIALS and word not in words_known and stop <= len(words)
            if as_initials and _same_initials(word, "".join(letters[j:stop])):
                following[stop] = min(runs + 1, following.get(stop, runs + 1))
        reached = following
        if not reached:
            return False
    return reached.get(len(words), 0) > 0


@functools.lru_cache(maxsize=SYLLABLE_CACHE_SIZE)
def _syllables(key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return a key's words ("và" left out) and each word's initial: asked for every spelling of a list per query."""
    words = tuple(without_and(key).split())
    return words, tuple(initial(word) for word in words)


def opening_letters(key: str) -> frozenset[str]:
    """Return the letters a query writing ``key`` in initials may open with (:func:`fits_initials`), none for no words.

    >>> sorted(opening_letters("đảng ủy"))
    ['d', 'đ']
    """
    words, letters = _syllables(key)
    if not words:
        return frozenset()
    return frozenset((words[0][0], letters[0], letters[0].replace("đ", "d")))


def _same_initials(typed: str, letters: str) -> bool:
    """Tell whether typed initials are ``letters``, "Đ" typed as "D" in initials typed without it."""
    return typed == letters or ("đ" not in typed and typed == letters.replace("đ", "d"))


def comma_initials(name: str) -> str | None:
    """Return a name holding commas with every comma-parted part after its head word written as initials.

    Names that list fields ("Phòng Kinh tế, Hạ tầng và Đô thị") are abbreviated part by part,
    keeping the comma: "Phòng KT, HT&ĐT", key "phòng kt htđt". Each part (after the head word, "và"
    left out) needs :data:`MIN_INITIALS` syllables; None when a part has fewer or there is no comma.

    >>> comma_initials("Phòng Văn hóa, Khoa học và Thông tin"), comma_initials("Các phòng, ban có liên quan")
    ('phòng vh khtt', None)
    """
    parts = [without_and(expanded_key(part)).split() for part in name.split(",")]
    if len(parts) < 2 or not parts[0]:
        return None
    head, parts[0] = parts[0][0], parts[0][1:]
    if any(len(part) < MIN_INITIALS for part in parts):
        return None
    return " ".join([head, *("".join(initial(w) for w in part) for part in parts)])


@functools.lru_cache(maxsize=SYLLABLE_CACHE_SIZE)  # every listed key's, asked per fuzzy candidate of every span
def head_letters(key: str) -> str:
    """Return a key's first word without marks: the head noun ("phòng", "sở") fuzzy matches must share."""
    return drop_combining(key.split(" ", 1)[0])


def words_fit_unmarked(query: str, key: str) -> bool:
    """Tell whether ``query`` is ``key`` with the marks of some whole words left off.

    Each word must equal the key's word, or have no mark at all and equal it once its marks are
    dropped: "phòng tài chinh ke hoach" fits "phòng tài chính kế hoạch", "phòng tư phàp" does not.
    """
    query_words, key_words = query.split(), key.split()
    return len(query_words) == len(key_words) and all(
        q == k or (not has_marks(q) and q == strip_marks(k)) for q, k in zip(query_words, key_words, strict=True)
    )


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)  # asked for the same few hundred words by several rules per span
def has_marks(text: str) -> bool:
    """Tell whether ``text`` has any Vietnamese mark or "đ": text without one was typed without marks."""
    return strip_marks(folded := fold(text)) != folded
