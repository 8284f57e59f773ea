"""Rebuild a cell's paragraphs from its lines: tell, at each line break, a wrap from a real break.

A PDF only has visual lines. A break is a wrap when the next line's first word would not have
fitted in the room left on the line before (the line was full); otherwise the author ended the
paragraph there. A wrap joins with a space, or with nothing when it fell inside a word: after an
in-word hyphen or slash ("2022-" | "2025"), inside a single word too long for the column
("UBMTTQV" | "N") or inside a link ("https://danang." | "gov.vn"). Where there is no geometry
(DOCX rows cut by a converter) the text decides.
The same rules join the two halves of a cell that a page break cut.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources

from core.model import Line
from core.text import fold, starts_lower

#: Names with a spaced dash inside them, as (left words, right words) pairs: data, not code.
DASH_NAMES_FILE = "dash_names.toml"

#: A line that starts a list item: "- ", "+ ", "• ", "1. ", "2) ", "a) ".
MARKER_RE = re.compile(r"^(?:[-+•▪❖➢✓*–]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)")
#: A line that opens a bulleted item: a bullet glyph or dash, a space, then a letter (a capital,
#: checked apart). A dash that wrapped inside a phrase ("chính trị" | "- xã hội") is followed by
#: lower case; one inside a name ("Phòng Tài chính" | "– Kế hoạch") follows a word, not an item end.
#: In a narrow column the bullet may stand alone on its line, its first word wrapped to the next.
_BULLET_ITEM_RE = re.compile(r"^[-+•▪❖➢✓*–](?:\s+(?=[^\W\d_])|$)")
#: How the line before a new bulleted item ends: punctuation, not a word.
_ITEM_END_RE = re.compile(r"[.;:,!?…)\]'\"’”]$")
#: Punctuation that ends a sentence or a list item.
_TERMINAL_RE = re.compile(r"[.;:!?…]['\"’”)]*$")
#: A wrap right after one of these, with no space before it, fell inside a token: "2022-2025",
#: "thôn/tổ", "Văn hóa–Thông tin", "Sở VH,TT&" | "DL" (samples/audit49 F2).
_IN_WORD_BREAK_RE = re.compile(r"\S[-/–&]$")
#: The last word of a line that ends in a letter and U+2010, and the first word of the next line.
_WORD_BEFORE_HYPHEN_RE, _FIRST_WORD_RE = re.compile(r"([^\W\d_]+)\u2010$"), re.compile(r"\s*([^\W\d_]+)")
#: Room (pt) a line must leave beyond the next word's width before the break counts as chosen.
FIT_TOLERANCE = 1.0
#: A gap between lines this much (as a share of the line height) over the cell's tightest gap marks
#: paragraph spacing.
PARAGRAPH_GAP_SHARE = 0.35
_VOWEL_GROUP_RE = re.compile("[aăâeêioôơuưyáắấéếíóốớúứýàằầèềìòồờùừỳảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]+")
#: Characters a line may not start with (Unicode line breaking, LB13 and the SY class): a line
#: that starts with one was broken inside a token for want of room, so it joins with nothing.
NO_LINE_START = frozenset(".,;:!?)]}…»”’%/")
#: Upper-case words that stand alone in plans. Two of them on consecutive lines ("UBND" | "TP")
#: are two words even when the first filled its line; other capitals cut at a full line are one
#: word ("UBM" | "TTQV" | "N").
STANDALONE_CAPS = frozenset(
    "UBND HĐND MTTQ UBMTTQVN MTTQVN TP TX TT BHXH BHYT TTHC CNQSD QĐ NĐ CP KH TTG ĐT GD LĐ TB XH VH TN MT".split()
)
#: A numbered item: "8. Tỷ lệ ...", "3) Tổng ...".
_NUMBERED_ITEM_RE = re.compile(r"^(\d{1,3})[.)]\s+\S")
#: A single-word line counts as cut inside the word only when its free room is short of the next
#: character's width by more than this (pt). Slack is measured against the cell padding read off
#: the page, right to a few hundredths of a point, and real cuts come that close ("nguyê" | "n"
#: leaves 6.52 pt where "n" needs 6.76; "UBM" | "TTQV" leaves 7.04 where "T" needs 7.32), so no
#: margin is taken: the single-token and syllable tests guard against whole words.
CUT_WORD_MARGIN = 0.0
#: A line ending inside a number written in groups of three ("50.000.", "1,250,"), and the next line
#: opening with the number's next group ("000 đồng"): reportlab cuts a number too long for its column so.
_NUMBER_CUT_RE, _GROUP_NEXT_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+[.,]$"), re.compile(r"\d{3}(?![\d])")
#: Room (pt) past the next character's width a line may still leave when the two fragments spell one
#: Vietnamese syllable and neither is one: reportlab cuts "Truyề" | "n" leaving 6.24 pt where "n" needs
#: 6.12 (it measures from a padding of its own, samples/audit47 F3); the spelling is the stronger sign.
SYLLABLE_CUT_ROOM = 1.0


def _one_word(left: str, right: str) -> bool:
    """Whether two fragments read as one cut word.

    They do when the character is of the same kind on both sides of the cut, and, for lower-case
    letters, when they spell one Vietnamese syllable ("rạc" + "h", not "Tài" + "ng") or neither
    fragment is one (a foreign word, "Intern" + "et"). ``left`` is the text so far, so a word cut
    twice ("Cô" | "ng" | "khai") is judged whole ("Công" + "kha").
    """
    a, b = left[-1:], right[:1]
    if a.isdigit() and b.isdigit():
        return True
    head = re.search(r"[^\W\d_]*$", left)
    tail = re.match(r"[^\W\d_]*", right)
    left_word, right_word = (head.group(0) if head else ""), (tail.group(0) if tail else "")
    if a.isupper() and b.isupper():
        if _acronym_then_word(left_word, right_word):
            return False
        return not (left_word in STANDALONE_CAPS and right_word in STANDALONE_CAPS)
    if a.isupper() and b in "-&" and _joined_acronym(right) and not (b == "-" and _in_dash_item(left)):
        return True  # an acronym cut before its "-" or "&" ("LĐ" | "-TB&X", "TN" | "&MT")
    if a.isupper() and b.islower() and left_word[1:].islower() | (len(left_word) == 1):
        # a capitalised word cut after its capital: "T" | "hương" reads "Thương" when it is a syllable
        return is_vietnamese_syllable(left_word + right_word)
    if a.islower() and b.islower():
        if is_vietnamese_syllable(left_word + right_word):
            return True
        # A foreign word ("Intern" | "et"): neither fragment can be a Vietnamese syllable.
        return not is_vietnamese_syllable(left_word) and not is_vietnamese_syllable(right_word)
    return False


def _joined_acronym(right: str) -> bool:
    """Whether ``right`` opens with "-" or "&" and, with no space, a run of capitals: an acronym's rest ("-TB&X").

    A bullet's dash is followed by a space or a capitalised word ("-Tổ chức"), never by capitals alone.
    """
    run = re.match(r"[^\W\d_]+", right[1:])
    return run is not None and run.group(0).isupper()


def _in_dash_item(left: str) -> bool:
    """Whether the text so far ends in an item opened by a dash: a dash then opens the next ("-UBMTTQVN" | "-HĐND")."""
    return left.rsplit("\n", 1)[-1].lstrip()[:1] in "-–"


def _spells_cut_syllable(left: str, right: str) -> bool:
    """Whether the lower-case letters ending ``left`` and opening ``right`` spell one syllable neither spells alone."""
    head, tail = re.search(r"[^\W\d_]+$", left), re.match(r"[^\W\d_]+", right)
    if head is None or tail is None or not (head.group(0)[-1].islower() and tail.group(0)[0].islower()):
        return False
    left_word, right_word = head.group(0), tail.group(0)
    return (
        is_vietnamese_syllable(left_word + right_word)
        and not is_vietnamese_syllable(left_word)
        and not is_vietnamese_syllable(right_word)
    )


def _acronym_then_word(left_word: str, right_word: str) -> bool:
    """Whether capitals end the line and a capitalised word opens the next ("MTTQ" | "Việt").

    A word cut for want of room keeps its case across the cut ("UBM" | "TTQV", "Thàn" | "h"); an
    all-capitals run glued to a word in lower case after its capital is no spelling, so the
    capitals are a whole acronym and the next line a new word.
    """
    return left_word.isupper() and len(right_word) > 1 and right_word[0].isupper() and right_word[1:].islower()


#: Where a link stands at the end of the text: a token holding "://", opening with "www." or
#: holding an e-mail's "name@" (brackets or quotes may open it).
_LINK_RE = re.compile(r"[(\[<«“\"']?(?:\S*://|www\.|[\w.%+-]+@)\S*", re.IGNORECASE)
#: Characters a link goes on after and never ends with ("danang." | "gov.vn", "vpub@" | "danang").
_LINK_JOINERS = frozenset("./:@?=&#%~_-")
#: What may close a sentence or a bracket after a link: not part of it.
_AFTER_LINK = ".,;:!?)]}>»”’'\""


def cuts_a_link(left: str, right: str) -> bool:
    """Whether ``left`` ends inside a URL or e-mail address that ``right`` goes on.

    A link holds no space, so a column too narrow for it cuts it anywhere ("https://danang." |
    "gov.vn", ".../ke" | "t-luan"), and a space there breaks the link. ``right`` goes on the link
    when the link so far ends with a character no link ends with and ``right`` opens with a small
    letter or a digit, or when ``right``'s first token has link punctuation inside it; a word
    after a whole link ("vpub@danang.gov.vn" | "và") has neither.

    >>> cuts_a_link("trên https://thanhtr", "a.danang.gov."), cuts_a_link("vpub@danang.gov.vn", "và đường")
    (True, False)
    """
    words, tokens = left.split(), right.split(maxsplit=1)
    if not words or not tokens or not _LINK_RE.fullmatch(words[-1]):
        return False
    token = tokens[0]
    if words[-1][-1] in _LINK_JOINERS and (token[0].islower() or token[0].isdigit()):
        return True
    return any(ch in _LINK_JOINERS for ch in token.rstrip(_AFTER_LINK))


_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(" + _VOWEL_GROUP_RE.pattern + r")(ch|ng|nh|[cmnpt])?$"
)
#: Vowels with the sắc or nặng tone: the only tones a syllable ending in p, t, c or ch can carry.
_CHECKED_TONES = frozenset("áắấéếíóốớúứýạặậẹệịọộợụựỵ")


def _across_hyphen(line: str, next_line: str) -> str | None:
    """Return ``line`` as it runs on into ``next_line`` with no space, when it ends in a letter and U+2010.

    Chromium draws a word broken at a soft hyphen so, the text layer holding U+00AD ("UBMT‐" |
    "TQVN"): the word is one, unhyphenated. Between two whole syllables the U+2010 was typed ("Tổ
    quốc‐" | "Đoàn thể"): a soft hyphen never parts two words, so it is kept. None when the line
    does not end so or the next line opens with no letter.

    >>> _across_hyphen("Mặt trận Tổ quốc‐", "Đoàn thể"), _across_hyphen("UBMT‐", "TQVN"), _across_hyphen("a-", "b")
    ('Mặt trận Tổ quốc‐', 'UBMT', None)
    """
    before = _WORD_BEFORE_HYPHEN_RE.search(line)
    if before is None or not next_line.lstrip()[:1].isalpha():
        return None
    after = _FIRST_WORD_RE.match(next_line)
    typed = after is not None and is_vietnamese_syllable(before[1]) and is_vietnamese_syllable(after[1])
    return line if typed else line[:-1]


def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` is spelled like one Vietnamese syllable ("trường", "rạch"; not "et", "Intern").

    >>> is_vietnamese_syllable("nghiêng"), is_vietnamese_syllable("et"), is_vietnamese_syllable("Intern")
    (True, False, False)
    """
    match = _SYLLABLE_RE.match(word.lower())
    if not match:
        return False
    vowels, final = match.group(1), match.group(2) or ""
    bare = _toneless(vowels)
    if bare not in _VOWEL_GROUPS:
        return False  # "ơư", "aă", "ơu": no syllable writes its vowels so
    if final and len(vowels) > 1 and bare[-1] in "iyou" and bare not in _GLIDE_BEFORE_FINAL:
        return False  # "ai", "ao", "êu"... close the syllable: "tàing" is two words
    if not final and bare.endswith(_OPEN_ONLY_BEFORE_FINAL):
        return False  # "iê", "uô", "ươ" end no syllable: "truyề" | "n", "nguyê" | "n" are cut words
    if bare == "ơ" and final in ("ng", "c"):
        return False  # "ơng", "ơc" are only "ương", "ước": "thờng", "đợc" lost their "ư"
    if final in ("nh", "ch") and bare[-1] not in "aêiy":
        return False  # "nh", "ch" close only a, ê, i, y ("anh", "ếch", "tính", "huynh"): "ưnh" is no syllable
    return final not in ("p", "t", "c", "ch") or any(ch in _CHECKED_TONES for ch in vowels)


#: The vowel groups Vietnamese spells (tone marks left off; "qu" and "gi" are initials).
_VOWEL_GROUPS = frozenset(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi"
    " ưu ươ yê iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu".split()
)
#: The diphthongs a final consonant or a glide must close ("tiên", "yêu", "muốn", "người"; never "tiê").
_OPEN_ONLY_BEFORE_FINAL = ("iê", "yê", "uô", "ươ")
#: Vowel groups ending in i, y, o or u that still take a final consonant: "huynh", "xoong".
_GLIDE_BEFORE_FINAL = frozenset(("uy", "oo"))
#: The five tone marks (grave, acute, tilde, hook, dot below); the vowel marks stay.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def _toneless(text: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_TONE_MARKS))


def cut_inside_word(prev: Line, nxt: Line, text_so_far: str | None = None) -> bool:
    """Whether the break after ``prev`` fell inside a word too long for the column.

    Such a word is cut at the last character that fits, so the cut line holds that one word and
    too little room for the next character, and the two fragments read as one word or one link;
    a whole word that happens to fill the line fails one of those tests.
    """
    prev_text = prev.text.rstrip()
    if prev.slack is None or nxt.first_char_width is None:
        return False
    so_far = prev_text if text_so_far is None else text_so_far
    room = prev.slack + CUT_WORD_MARGIN - nxt.first_char_width  # left past the next character: none when cut
    if room >= 0 and not (room < SYLLABLE_CUT_ROOM and _spells_cut_syllable(so_far, nxt.text)):
        return False
    if " " in prev_text and not _too_long_for_a_line(prev, nxt):
        return False
    return _one_word(so_far, nxt.text) or cuts_a_link(so_far, nxt.text)


def _too_long_for_a_line(prev: Line, nxt: Line) -> bool:
    """Whether the last word of ``prev`` and the first of ``nxt``, read as one, fit on no line.

    Some producers (reportlab) start a word too long for any line after the other words of a line
    and cut it where the line is full ("Đề nghị: U" | "BMTTQVN"); a word that fits a line is never
    cut so. The fragment's width is estimated from its share of the line's characters.
    """
    if prev.width is None or prev.slack is None or nxt.first_word_width is None:
        return False
    text = prev.text.rstrip()
    fragment = text.rsplit(" ", 1)[-1]
    fragment_width = prev.width * len(fragment) / len(text)
    return fragment_width + nxt.first_word_width > prev.width + prev.slack


def _wrap_joiner(prev: Line, nxt: Line, text_so_far: str | None = None) -> str:
    """Space or nothing for a line that wrapped.

    Nothing after an in-word hyphen or slash, or inside a word too long for the column.
    """
    if _IN_WORD_BREAK_RE.search(prev.text.rstrip()) and nxt.text[:1].isalnum():
        return ""
    if _NUMBER_CUT_RE.search(prev.text.rstrip()) and _GROUP_NEXT_RE.match(nxt.text):
        return ""  # a number cut after a thousands separator: "50.000." | "000 đồng" (samples/audit51 F5)
    return "" if cut_inside_word(prev, nxt, text_so_far) else " "


def text_joiner(prev: Line, nxt: Line) -> str:
    """Joiner when only the text is known: a new item or sentence starts a line, else a space."""
    if MARKER_RE.match(nxt.text) or (_TERMINAL_RE.search(prev.text) and not starts_lower(nxt.text)):
        return "\n"
    return " "


def joiner(  # noqa: C901 - one rule per line break cause, in order of strength
    prev: Line,
    nxt: Line,
    usual_gap: float | None = None,
    line_height: float | None = None,
    next_number: int = 0,
    next_overflows: bool = False,
    text_so_far: str | None = None,
    item_bullets: str = "",
) -> str:
    r"""Return the text that goes between two consecutive lines of one cell: "\n", " " or "".

    ``next_number`` is the number the cell's numbered list would give its next item (0: no list):
    a line that opens with it starts that item, whatever the line before left free.
    ``text_so_far`` is the cell's text up to ``prev`` (its last word may span several lines).
    ``next_overflows`` says ``nxt`` holds only the start of a word too long for any line, which
    therefore fitted in no room the line before left. ``item_bullets`` are the bullets the cell's
    items open with, given only when its items end with no punctuation: a line opening with one
    of them and a capital then starts an item even after a full line ending in a word, unless the
    two lines go on a name with a dash inside ("Sở Lao động" | "- Thương binh", dash_names.toml).
    """
    if prev.paragraph_end:
        return "\n"
    if nxt.text[:1] in NO_LINE_START:
        return ""
    numbered = _NUMBERED_ITEM_RE.match(nxt.text)
    if numbered and next_number and int(numbered.group(1)) == next_number:
        return "\n"
    if prev.slack is None or nxt.first_word_width is None:
        return text_joiner(prev, nxt)
    if MARKER_RE.match(nxt.text) and _TERMINAL_RE.search(prev.text):
        return "\n"
    bullet = _item_bullet(nxt.text)
    if bullet and (_ITEM_END_RE.search(prev.text) or (bullet in item_bullets and not wraps_a_dash_name(prev, nxt))):
        return "\n"
    if (
        nxt.gap_before is not None
        and usual_gap is not None
        and line_height
        and nxt.gap_before > usual_gap + PARAGRAPH_GAP_SHARE * line_height
    ):
        return "\n"
    if prev.slack >= nxt.first_word_width + FIT_TOLERANCE and not next_overflows:
        return "\n"
    return _wrap_joiner(prev, nxt, text_so_far)


#: How much of the text built so far the cut-word test sees: the last five lines and the joiners
#: between them, enough for a word cut over four lines ("Cô" | "ng" | ...) to be judged whole.
TEXT_SO_FAR_PARTS = 9


def lines_to_text(lines: Sequence[Line], line_height: float | None = None) -> str:
    r"""Join a cell's lines into its text, paragraphs separated by "\n"."""
    texts = [line for line in lines if line.text.strip()]
    if not texts:
        return ""
    gaps = [line.gap_before for line in texts[1:] if line.gap_before is not None]
    usual_gap = min(gaps) if gaps else None  # the tightest gap is the one inside a paragraph
    overflows = [
        " " not in line.text.strip() and cut_inside_word(line, after)
        for line, after in zip(texts, texts[1:], strict=False)  # consecutive pairs
    ] + [False]
    parts = [texts[0].text.strip()]
    next_number = _item_number(texts[0].text) + 1
    # Items that end with no punctuation (the cell's last line ends so) leave only their bullets
    # to tell them apart; in a cell whose items end with ";" or "." a bullet after a word is a
    # dash inside a name ("Báo Bà Rịa" | "- Vũng Tàu").
    bullets = "" if _ITEM_END_RE.search(texts[-1].text.rstrip()) else _item_bullet(texts[0].text)
    for i, (prev, nxt) in enumerate(zip(texts, texts[1:], strict=False)):  # consecutive pairs
        so_far = "".join(parts[-TEXT_SO_FAR_PARTS:])
        glue = joiner(prev, nxt, usual_gap, line_height, next_number, overflows[i + 1], so_far, bullets)
        if glue != "\n" and (joined := _across_hyphen(parts[-1], nxt.text)) is not None:
            parts[-1], glue = joined, ""  # one token: a word broken at a soft hyphen, or two joined with U+2010
        if glue == "\n" and _item_number(nxt.text):
            next_number = _item_number(nxt.text) + 1
        if glue == "\n" and bullets:
            bullets += _item_bullet(nxt.text)
        parts.append(glue)
        parts.append(nxt.text.strip())
    return "".join(parts)


@cache
def _dash_names() -> tuple[tuple[str, str], ...]:
    """Return the folded (left, right) word pairs of :data:`DASH_NAMES_FILE`."""
    data = tomllib.loads(resources.files("extract").joinpath(DASH_NAMES_FILE).read_text(encoding="utf-8"))
    return tuple((fold(left), fold(right)) for left, right in data["pairs"])


def wraps_a_dash_name(prev: Line, nxt: Line) -> bool:
    """Tell whether ``prev`` ends and ``nxt`` (from its dash on) goes on a name with a dash inside.

    >>> wraps_a_dash_name(Line("Sở Lao động"), Line("- Thương binh và Xã hội"))
    True
    """
    before, after = fold(prev.text.rstrip()), fold(nxt.text[1:].lstrip())
    return any(
        before.endswith(left) and before[: -len(left)][-1:] in ("", " ") and after.startswith(right)
        for left, right in _dash_names()
    )


def _item_bullet(text: str) -> str:
    """Return the bullet a line opens a bulleted item with ("- Tăng cường" gives "-"), else ""."""
    return text[0] if _BULLET_ITEM_RE.match(text) and not starts_lower(text[1:].lstrip()) else ""


def _item_number(text: str) -> int:
    """Return the number of a numbered item line, 0 for any other line."""
    match = _NUMBERED_ITEM_RE.match(text)
    return int(match.group(1)) if match else 0
