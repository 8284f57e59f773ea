"""Where a plan is from: its jurisdiction read from the appendix title, or given as "tỉnh Quảng Trị".

The levels, the reform date and the provinces are data (normalize/places.toml). A plan names its
issuer in its title block ("Kèm theo Kế hoạch số .../KH-UBND ngày ... của UBND tỉnh Quảng Trị") or
its heading ("ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÀ"): :func:`read_jurisdiction` finds every body of the
people's committee or council with a level word after it, and takes the lowest level found (a
ward's plan may name its province above it); the province is the one a name of the province list
names. A title naming no issuer ("... CHỈ SỐ PAPI NĂM 2024 CỦA THÀNH PHỐ HẢI PHÒNG") is read from
the places it names that the province list vouches for (:func:`_find_unissued`). The plan's
year is the first "năm 2026" of the text, else the first year of a period ("2026-2030").
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources

from core.errors import NormalizeError
from core.model import Jurisdiction
from core.text import clean_line, fold, strip_marks
from normalize.motto import without_motto

PLACES_FILE = "places.toml"
#: Bodies whose name the level and place follow in a plan's heading or title block.
ISSUERS = (
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "ubnd",
    "hội đồng nhân dân",
    "hđnd",
    "đảng ủy",
    "đảng uỷ",
    "trên địa bàn",
)
#: Words opening a heading's line that names a body, not a place ("SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN"), folded:
#: the issuers' and the head nouns a heading block uses (not "hội", which opens "Hội An").
_BODY_HEADS = ("sở", "ban", "phòng", "văn phòng", "ủy ban", "uỷ ban", "trung tâm", "công an", "thanh tra")
#: Words before a level word that make it a level in general, no place: "UBND cấp xã", "các xã".
_GENERAL_LEVEL = frozenset({"cấp", "các", "những"})
#: Punctuation around a name's words that is no part of it ("Mèo Vạc,", "Hà Nội)").
_NAME_PUNCTUATION = ".,;:()\"'“”"
#: Most words a commune's or district's name has ("Phan Rang - Tháp Chàm" is four and a dash).
NAME_WORDS = 5
#: Most words of a name's rest a wrapped title puts on the next line ("Sơn)").
_NAME_REST_WORDS = 2
#: Words that end a place name in a title written in capitals ("... TỈNH QUẢNG TRỊ NĂM 2026").
_NAME_STOPS = frozenset({"năm", "về", "giai", "ngày", "tháng", "số", "kế", "thực", "và", "nhằm", "để", "trong"})
#: Tiers from the lowest: a plan's own level is the lowest it names.
TIER_ORDER = ("commune", "district", "province")
_YEAR_RE = re.compile(r"\bnăm\s+(20\d\d)\b", re.IGNORECASE)
_PERIOD_RE = re.compile(r"\b(20\d\d)\s*[-–]\s*20\d\d\b")
_DATE_RE = re.compile(r"\b\d{1,2}/\d{1,2}/(20\d\d)\b")


class JurisdictionError(NormalizeError, ValueError):
    """A jurisdiction given on the command line names no level or no known place."""


@dataclass(frozen=True)
class Level:
    """One level of normalize/places.toml: key, words, the tier of its bodies, whether it exists after the reform."""

    key: str
    words: tuple[str, ...]
    tier: str
    current: bool


@dataclass(frozen=True)
class Places:
    """The data of normalize/places.toml."""

    levels: tuple[Level, ...]
    reform: date
    provinces: dict[str, tuple[str, str]]  # name -> (level key, merged into or "")
    abbreviations: dict[str, str] = field(default_factory=dict)  # "tp" -> "thành phố"
    party_committees: dict[str, str] = field(default_factory=dict)  # "tỉnh ủy" -> "tỉnh"
    aliases: dict[str, str] = field(default_factory=dict)  # "hcm" (folded) -> "Hồ Chí Minh"

    def level(self, key: str) -> Level:
        """Return the level with this key."""
        return next(level for level in self.levels if level.key == key)

    def province_named(self, text: str) -> str | None:
        """Return the province list's name that ``text`` spells (case, marks' style and dashes aside).

        A name whose tone marks alone are off ("Đăk Lăk", "Quảng Ngải") is the one province it
        spells without marks; an alias ("HCM") is its province.
        """
        wanted = _place_key(self.aliases.get(fold(text.strip()), text))
        found = self._by_key.get(wanted)
        if found is None:
            near = self._by_bare_key.get(strip_marks(wanted), ())
            found = near[0] if len(near) == 1 else None
        return found

    @functools.cached_property
    def _by_key(self) -> dict[str, str]:
        """Each province's name by its key (asked for name by name of every title, once built)."""
        return {_place_key(name): name for name in self.provinces}

    @functools.cached_property
    def _by_bare_key(self) -> dict[str, tuple[str, ...]]:
        """The provinces by their key without marks (the names a slip of the tone marks may mean)."""
        found: dict[str, tuple[str, ...]] = {}
        for key, name in self._by_key.items():
            found[strip_marks(key)] = (*found.get(strip_marks(key), ()), name)
        return found


def _place_key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


@functools.cache
def load_places() -> Places:
    """Read normalize/places.toml once."""
    data = tomllib.loads(resources.files("normalize").joinpath(PLACES_FILE).read_text(encoding="utf-8"))
    levels = tuple(
        Level(key, tuple(words), tier, bool(current)) for key, (words, tier, current) in data["levels"].items()
    )
    provinces = {name: (level, merged) for name, (level, merged) in data["provinces"].items()}
    return Places(
        levels,
        date.fromisoformat(data["reform"]["date"]),
        provinces,
        data.get("abbreviations", {}),
        data.get("party_committees", {}),
        {fold(alias): name for alias, name in data.get("aliases", {}).items()},
    )


@functools.cache
def _level_words() -> frozenset[str]:
    """Every level's words ("tỉnh", "thành phố", ...)."""
    return frozenset(w for level in load_places().levels for w in level.words)


def _alternation(words: Iterable[str]) -> str:
    """Return a regular expression alternation of words, longest first, any run of spaces inside one."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _level_word_of(written: str) -> str:
    """Return the level word a plan wrote, its abbreviation ("TP.") or Party committee ("Tỉnh ủy") written out."""
    places = load_places()
    key = fold(" ".join(written.split()))
    return places.abbreviations.get(key) or places.party_committees.get(key) or key


#: What may follow a level word before the place's name: an abbreviation's dot ("TP.HCM"), spaces.
_AFTER_LEVEL = r"(?!\w)\.?[ \t]*"


@functools.cache
def _issuer_re() -> re.Pattern[str]:
    places = load_places()
    issuers = _alternation(ISSUERS)
    levels = _alternation({*_level_words(), *places.abbreviations})
    committees = _alternation(places.party_committees)
    return re.compile(
        rf"(?<!\w)(?:(?:{issuers})[ \t]+({levels})|({committees})){_AFTER_LEVEL}(?=([^\n]*))", re.IGNORECASE
    )


def _name_words(rest: str) -> list[str]:
    """Return the words of a place name opening ``rest``: capitalised words or numbers, a dash between two.

    The name ends before a level word: in capitals the next place follows with nothing between
    ("HUYỆN CAM LỘ TỈNH QUẢNG TRỊ").
    """
    words: list[str] = []
    tokens = re.split(r"[ \t]+", rest.strip())
    for at, word in enumerate(tokens):
        token = word.strip(_NAME_PUNCTUATION)
        if not token or (words and _opens_level_word(tokens, at)):
            break
        if token in "-–" and words:
            words.append("-")
            continue
        if not (token[0].isupper() or token[0].isdigit()) or fold(token) in _NAME_STOPS or len(words) >= NAME_WORDS:
            break
        words.append(token)
        if token != word:  # punctuation after it ends the name
            break
    while words and words[-1] == "-":
        words.pop()
    return words


def _opens_level_word(tokens: list[str], at: int) -> bool:
    """Tell whether a level word ("tỉnh", "thành phố") opens the text at token ``at``."""
    one, two = fold(tokens[at]), fold(" ".join(tokens[at : at + 2]))
    return one in _level_words() or two in _level_words()


def _tidy_name(words: list[str]) -> str:
    """Write a name as a title does: "QUẢNG TRỊ" as "Quảng Trị", a name in mixed case as written."""
    text = " ".join(words).replace(" - ", " - ")
    if text.isupper():
        text = " ".join(w if w == "-" else w[:1] + w[1:].lower() for w in text.split())
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class _Found:
    level: Level
    word: str
    name: str
    position: int


def _level_for(word: str, name: str, year: int | None, places: Places) -> Level:
    """Pick the level a level word and name mean: "thành phố" is centrally run when the name is a province's."""
    candidates = [level for level in places.levels if fold(word) in level.words]
    if len(candidates) == 1:
        return candidates[0]
    province = places.province_named(name) if name else None
    post_reform = year is None or year > places.reform.year
    by_tier = {level.tier: level for level in candidates}
    central = province is not None and places.provinces[province][0] in {level.key for level in candidates}
    if central or (not name and post_reform):
        return by_tier["province"]
    return by_tier["district"]


def _find(text: str, year: int | None, places: Places) -> list[_Found]:
    found = []
    for match in _issuer_re().finditer(text):
        word = _level_word_of(match.group(1) or match.group(2))
        level, words = _place_named(word, _name_words(match.group(3)), year, places)
        found.append(_Found(level, fold(word), _tidy_name(words), match.start()))
    return found


@functools.cache
def _place_re() -> re.Pattern[str]:
    levels = _alternation({*_level_words(), *load_places().abbreviations})
    return re.compile(rf"(?<!\w)({levels}){_AFTER_LEVEL}(?=([^\n]*))", re.IGNORECASE)  # the rest looked at, not taken


#: What joins a place to the one above it in a title: "xã Tân Lập, tỉnh Phú Thọ", "XÃ TÂN LẬP TỈNH PHÚ THỌ".
_PLACE_JOIN = re.compile(r"\s*,?\s*")
#: Names that after a level word make no place, folded: "KINH TẾ - XÃ HỘI" (society), "TỈNH ỦY" (the
#: province's party committee).
_NOT_NAMES = frozenset({"hội", "ủy", "uỷ"})


def _find_unissued(text: str, year: int | None, places: Places) -> list[_Found]:
    """Places a title names with no issuer before them, those the province list vouches for.

    A level word alone is often no place ("cấp xã", "KINH TẾ - XÃ HỘI", "CẤP TỈNH (PAPI)"), so a
    place is taken only when its name is a province's or centrally-run city's ("của tỉnh Nghệ An",
    "THÀNH PHỐ HẢI PHÒNG"), or when a comma joins it to such a place after it ("xã Tân Lập,
    tỉnh Phú Thọ"; "xã A, huyện B, tỉnh C"; "HUYỆN CAM LỘ TỈNH QUẢNG TRỊ").
    """
    named: list[tuple[_Found, int, int]] = []  # a place, where its name ends, where its level word starts
    for match in _place_re().finditer(text):
        word = _level_word_of(match.group(1))
        words = _name_words(match.group(2))
        if not words or fold(" ".join(words)) in _NOT_NAMES:
            continue
        level, words = _place_named(word, words, year, places)
        end = match.start(2)
        for token in words:
            end = text.find(token, end) + len(token) if token != "-" else text.find("-", end) + 1
        named.append((_Found(level, fold(word), _tidy_name(words), match.start()), end, match.start()))
    vouched: list[_Found] = []
    above: tuple[_Found, int, int] | None = None  # the place after this one, when vouched for
    for place, end, start in reversed(named):
        joined = above is not None and _PLACE_JOIN.fullmatch(text[end : above[2]]) is not None
        if places.province_named(place.name) is not None or joined:
            vouched.append(place)
            above = (place, end, start)
        else:
            above = None
    return vouched[::-1]  # in the text's order


def _place_named(word: str, words: list[str], year: int | None, places: Places) -> tuple[Level, list[str]]:
    """Return the level a level word and name words mean, and the name's words.

    A province's name is the longest run of the words the province list has ("... TỈNH QUẢNG TRỊ
    NĂM", "THÀNH PHỐ HUẾ VIỆT NAM"): the level is decided on it too.
    """
    province = _longest_province(words, places)
    level = _level_for(word, _tidy_name(province), year, places)
    return level, province if level.tier == "province" and words else words


def _longest_province(words: list[str], places: Places) -> list[str]:
    for end in range(len(words), 0, -1):
        if places.province_named(" ".join(words[:end])) is not None:
            return words[:end]
    return words


def province_in(text: str) -> str:
    """Return the first province or centrally-run city a text names after "tỉnh" or "thành phố", or "".

    >>> province_in("Sở Tư pháp tỉnh Quảng Trị"), province_in("Sở Tư pháp tỉnh")
    ('Quảng Trị', '')
    """
    return _province_mentioned(clean_line(text), load_places())


def _province_mentioned(text: str, places: Places) -> str:
    """Return the first province a "tỉnh X" or "thành phố X" of the text names ("xã Tân Lập, tỉnh Phú Thọ"), or ""."""
    for match in _PROVINCE_RE.finditer(text):
        words = _longest_province(_name_words(match.group(2)), places)
        if words and (name := places.province_named(" ".join(words))) is not None:
            return name
    return ""


_PROVINCE_RE = re.compile(r"(?<!\w)(tỉnh|thành\s+phố)[ \t]+(?=([^\n]*))", re.IGNORECASE)  # the rest looked at


def plan_year(text: str) -> int | None:
    """Return the plan's year: the first "năm 2026", else of a period "2026-2030", else of a date "5/2/2026", else None.

    >>> plan_year("Chỉ số PAPI năm 2026 và những năm tiếp theo"), plan_year("giai đoạn 2026 - 2030")
    (2026, 2026)
    """
    year = _plan_year_of(text) or _plan_year_of(strip_marks(text).replace("nam", "năm"))
    if year is not None:
        return year
    match = _PERIOD_RE.search(text) or _DATE_RE.search(text)
    return int(match.group(1)) if match else None


#: "Kết quả ..." up to a year with no "và" between: the year of the results a title reports, not the plan's.
_RESULTS_BEFORE = re.compile(r"k[eế]t\s+qu[aả](?:(?!\sv[aà]\s)[^\n])*$", re.IGNORECASE)
#: Characters before a "năm 2026" looked at for :data:`_RESULTS_BEFORE`.
_RESULTS_REACH = 120


def _plan_year_of(text: str) -> int | None:
    """Return the first "năm 2026" of a text that is not last year's results ("KẾT QUẢ ... NĂM 2025 VÀ ... NĂM 2026").

    A title reporting only results keeps its year.
    """
    years = list(_YEAR_RE.finditer(text))
    ahead = (m for m in years if not _RESULTS_BEFORE.search(text, max(0, m.start() - _RESULTS_REACH), m.start()))
    match = next(ahead, years[0] if years else None)
    return int(match.group(1)) if match else None


def read_jurisdiction(text: str) -> Jurisdiction | None:
    """Read a plan's jurisdiction from its title and opening lines; None when no issuer with a level is named.

    >>> read_jurisdiction("(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/2/2026 của UBND tỉnh Quảng Trị)")
    Jurisdiction(level='province', word='tỉnh', name='Quảng Trị', province='Quảng Trị', year=2026, issued=None)
    >>> read_jurisdiction("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA / VIỆT NAM / XÃ BÌNH SƠN".replace(" / ", chr(10)))
    Jurisdiction(level='commune', word='xã', name='Bình Sơn', province='', year=None, issued=None)
    """
    places = load_places()
    cleaned = _join_split_issuers([clean_line(line) for line in without_motto(text.splitlines())])
    lines = "\n".join(_join_broken_places(cleaned, places))
    year = plan_year(lines)
    found = _find(lines, year, places) or _find_unissued(lines, year, places)
    if not found:
        return None
    own = min(found, key=lambda f: (TIER_ORDER.index(f.level.tier), not f.name, f.position))
    if not own.name:  # "của UBND tỉnh": the name may be on another line ("TỈNH QUẢNG NGÃI")
        elsewhere = [f for f in _find_unissued(lines, year, places) if f.level == own.level and f.name]
        own = replace(own, name=elsewhere[0].name) if elsewhere else own
    province = own.name if own.level.tier == "province" else ""
    if not province:
        named = (places.province_named(f.name) for f in found if f.level.tier == "province" and f.name)
        province = next((p for p in named if p is not None), "") or _province_mentioned(lines, places)
    if province and (canonical := places.province_named(province)):
        province = canonical
    name = places.province_named(own.name) or own.name if own.level.tier == "province" else own.name
    return Jurisdiction(own.level.key, own.word, name, province, year)


def _join_split_issuers(lines: list[str]) -> list[str]:
    """Join an issuer's line to the level and name on the next line with text: "ỦY BAN NHÂN DÂN" / "XÃ BÌNH SƠN".

    A heading block writes the issuing body's name over two lines, the motto's lines beside it
    (removed before: blank here); its place is the plan's even when no line names the province.
    """
    out = list(lines)
    for k, line in enumerate(out):
        if fold(" ".join(line.split())) not in ISSUERS:
            continue
        following = next((j for j in range(k + 1, len(out)) if out[j].strip()), None)
        if following is not None and _place_re().match(out[following].lstrip()):
            out[k], out[following] = f"{line.strip()} {out[following].strip()}", ""
    return out


def _join_broken_places(lines: list[str], places: Places) -> list[str]:
    """Join a line to the next where a place runs on over the break ("… xã Mèo Vạc, tỉnh" / "Tuyên Quang)").

    A title's places are read line by line (a title in capitals puts each on a line of its own): a
    "Kèm theo" line wrapped after a level word or inside a province's name is one with the next.
    """
    joined: list[str] = []
    for line in lines:
        if joined and _runs_on(joined[-1], line, places):
            joined[-1] = f"{joined[-1].rstrip()} {line.lstrip()}"
        else:
            joined.append(line)
    return joined


def _runs_on(line: str, following: str, places: Places) -> bool:
    """Tell whether a line ends in a place the next line goes on naming: a level word alone, or a cut province name."""
    start = following.lstrip()[:1]
    if not (start.isupper() or start.isdigit()) or _opens_with_body(following):
        return False
    if not (places_named := list(_place_re().finditer(line))):
        return False
    last = places_named[-1]
    rest = line[last.end() :]
    if not rest.strip():  # "tỉnh", "xã" at the line's end: the name is the next line's, when it is one
        before = line[: last.start()].split()
        return not (before and fold(before[-1]) in _GENERAL_LEVEL) and _opens_with_name(following)
    words = rest.split()
    if len(words) >= NAME_WORDS or _name_words(rest) != [w.strip(_NAME_PUNCTUATION) for w in words]:
        return False  # more than a name, or closed by punctuation: the name is whole on its line
    if places.province_named(" ".join(words)) is not None:
        return False
    ahead = following.split()[:2]
    return any(
        places.province_named(" ".join([*words, *ahead[:count]]).strip(_NAME_PUNCTUATION)) is not None
        for count in (1, 2)
    ) or _closes_name(following, words)


def _closes_name(following: str, have: list[str]) -> bool:
    """Tell whether a line opens with the rest of a one-word name ``have``: "Sơn)", "Sơn, tỉnh …", "Sơn năm 2026".

    A title wrapped inside a commune's name ("… xã Phước" / "Sơn)", samples/audit42 F3): a name has two
    words or more, so one word at a line's end goes on in a word or two of its case, closed by a bracket,
    a comma or a word that ends names; two are whole ("XÃ TÂN LẬP" / "Tân Lập, ngày …": review42 r5a).
    """
    tokens = following.split()
    words = _name_words(following)
    if len(have) != 1 or not words or len(words) > _NAME_REST_WORDS:
        return False
    if words != [token.strip(_NAME_PUNCTUATION) for token in tokens[: len(words)]]:
        return False
    if have[0].isupper() != all(word.isupper() for word in words):
        return False  # "PHƯỚC" / "Sơn": another line's name, not this one's rest
    closed = tokens[len(words) - 1].endswith((")", ","))
    return closed or (len(tokens) > len(words) and fold(tokens[len(words)].strip(_NAME_PUNCTUATION)) in _NAME_STOPS)


def _opens_with_body(text: str) -> bool:
    """Tell whether a line opens with an issuer or a body's head noun ("ỦY BAN NHÂN DÂN", "SỞ NỘI VỤ"): no place."""
    folded = fold(" ".join(text.split()))
    return any(folded == word or folded.startswith(word + " ") for word in (*ISSUERS, *_BODY_HEADS))


def _opens_with_name(text: str) -> bool:
    """Tell whether a text opens with a place's name closed by punctuation, its end or a word that ends names.

    "Mèo Vạc, tỉnh …", "Hà Nội)", "Quảng Trị năm 2026"; a sentence that happens to open with a
    capital ("Thực hiện …") names no place.
    """
    tokens = text.split()
    words = _name_words(text)
    if not words:
        return False
    if len(words) == len(tokens) or words[-1] != tokens[len(words) - 1]:
        return True
    return fold(tokens[len(words)].strip(_NAME_PUNCTUATION)) in _NAME_STOPS


def parse_jurisdiction(label: str, year: int | None = None) -> Jurisdiction:
    """Read a jurisdiction given as a plan writes it, "tỉnh Quảng Trị", "phường Đông Hà, tỉnh Quảng Trị".

    Raises
    ------
    JurisdictionError
        When the text opens with no level word, or names a province or centrally-run city that
        the province list does not have.
    """
    parts = [p.strip() for p in label.split(",") if p.strip()]
    lines = "\n".join(f"UBND {part}" for part in parts)
    found = read_jurisdiction(lines)
    if found is None or not found.name:
        words = sorted(_level_words())
        msg = f"--jurisdiction {label!r}: expected a level word ({', '.join(words)}) and a name, e.g. 'tỉnh Quảng Trị'"
        raise JurisdictionError(msg)
    if found.level in ("province", "central-city") and load_places().province_named(found.name) is None:
        msg = f"--jurisdiction {label!r}: {found.name!r} is no province or central city of normalize/{PLACES_FILE}"
        raise JurisdictionError(msg)
    return Jurisdiction(found.level, found.word, found.name, found.province, year)
