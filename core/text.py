"""Vietnamese text clean-up and folding shared by every stage: NFC, white space, bullets, tone marks.

Display text keeps the document's own spelling. Every comparison key is built here, in one
place: :func:`fold` (header labels, agency names, the diff's words) unifies the old and new
tone-mark placement, case and dashes; :func:`strip_marks` and :func:`bare` give the form of text
typed without marks (whole keys, and keyword matching that keeps positions).
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Bullet glyphs that fonts map into the Private Use Area (Symbol/Wingdings) or that Word uses
#: as list symbols; they all show as a round bullet, so they become U+2022.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢", "\uf0fc": "✓", "\u25cf": "•"}
#: The Latin ligatures a font may map one glyph to ("ﬁ" in "ﬁle"): a search for "file" finds the letters.
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_BULLET_GLYPHS = str.maketrans({**_BULLETS, **_LIGATURES})
#: The bullet glyphs :func:`clean_line` maps.
BULLET_CODES = frozenset(_BULLETS)
#: White space but the plain space that :func:`clean_line` writes as one (tab, no-break, typographic spaces).
_OTHER_SPACES = r"\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_ZERO_WIDTH_CHARS = r"\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACES_RE = re.compile(f"[ {_OTHER_SPACES}]+")
_ZERO_WIDTH_RE = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
#: What :func:`clean_line` changes inside a line: a bullet glyph, a ligature, a zero-width character,
#: white space but one plain space. Most lines hold none, and one search is cheaper than the passes.
_UNCLEAN_RE = re.compile(f"[{''.join(_BULLETS)}{''.join(_LIGATURES)}{_ZERO_WIDTH_CHARS}{_OTHER_SPACES}]|  ")
#: The dashes :func:`fold` writes as "-".
_DASHES_RE = re.compile(r"[\u2010-\u2015\u2212]")
#: Digits and signs drawn raised or lowered in their line, as the characters that keep it without
#: markup: Word's superscript "m2" and a PDF's raised "2" read "m²", a footnote mark "95%1" "95%¹"
#: (a baseline digit would change the number: "năm 20252"). Other characters have no such form.
SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
#: Distinct texts whose folded form is remembered: the same names come back in every cell and rule.
FOLD_CACHE_SIZE = 8192

#: Old-style tone placement (hoá, thuỷ, khoẻ) -> new style (hóa, thủy, khỏe), per syllable ending.
_OLD_TONE = {
    "oá": "óa",
    "oà": "òa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oé": "óe",
    "oè": "òe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uý": "úy",
    "uỳ": "ùy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
#: "qu" is one consonant, so "quý" is already new style and must not become "qúy".
_OLD_TONE_RE = re.compile(r"(?<![qQ])(" + "|".join(_OLD_TONE) + r")(?=$|[^\w])", re.IGNORECASE)


def clean_line(text: str) -> str:
    """NFC, one space between words, no zero-width characters, PUA bullets as real glyphs, ligatures as letters."""
    text = unicodedata.normalize("NFC", text)
    if _UNCLEAN_RE.search(text) is None:
        return text.strip()
    text = _ZERO_WIDTH_RE.sub("", text.translate(_BULLET_GLYPHS))
    return _SPACES_RE.sub(" ", text).strip()


def clean_text(text: str) -> str:
    r"""Apply :func:`clean_line` to every line, drop blank lines and join the rest with "\n"."""
    lines = (clean_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


@functools.lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """Return a matching key: cleaned, case-folded, new-style tone marks, dashes as "-".

    Remembered: the keys of one name are built from its folded text several times over.

    >>> fold("Phòng Văn hoá  –  Thông tin") == fold("phòng văn hóa - thông tin")
    True
    """
    text = _DASHES_RE.sub("-", clean_line(text).casefold())
    text = _OLD_TONE_RE.sub(_new_tone, text)
    return unicodedata.normalize("NFC", text)


def _new_tone(found: re.Match[str]) -> str:
    """Return the new-style spelling of an old-style tone placement :data:`_OLD_TONE_RE` found."""
    return _OLD_TONE[found.group(1).lower()]


#: Characters no output may hold: C0 controls but tab and new line, DEL, C1 controls, and lone
#: surrogates (a ``w:sym`` of D800, an undecodable file name): JSON, CSV and SQLite writers fail
#: on them or spreadsheets show them as junk.
UNSAFE_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\ud800-\udfff]")
#: What a lone surrogate becomes: the replacement character, so the damage stays visible.
REPLACEMENT = "\ufffd"


def sanitize(text: str) -> str:
    r"""Make untrusted text safe for every writer: CR as "\n", lone surrogates as U+FFFD, no control characters.

    >>> sanitize("a\x00b\r\nc\ud800")
    'ab\nc\ufffd'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return UNSAFE_TEXT.sub(lambda m: REPLACEMENT if "\ud800" <= m.group() <= "\udfff" else "", text)


def is_safe(text: str) -> bool:
    """Tell whether :func:`sanitize` leaves ``text`` as it is: no CR, no control character, no lone surrogate."""
    return "\r" not in text and UNSAFE_TEXT.search(text) is None


def one_line(text: str) -> str:
    """Return a message as one line: sanitized, line breaks as spaces, runs of white space as one."""
    return " ".join(sanitize(text).split())


def quote_name(name: str) -> str:
    r"""Quote a file name for a one-line message: in double quotes, control characters and quotes escaped.

    >>> quote_name('plan\n"2025".pdf')
    '"plan\\n\\"2025\\".pdf"'
    """
    out = []
    for char in name:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif UNSAFE_TEXT.match(char) or char in "\t\u2028\u2029\x85":
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def ink(text: str) -> int:
    """Count the characters that show: cleaned as :func:`clean_line` cleans, white space left out.

    Used to account for every character of a table (raw page characters against the rows' text).
    """
    return len("".join(clean_line(text).split()))  # split() drops exactly what str.isspace() calls white space


def strip_marks(text: str) -> str:
    """Drop every tone and vowel mark and write "đ" as "d", one character for one: text typed without marks.

    Folding each character alone keeps positions: a match found in the result is at the same
    place in ``text`` (given NFC text, as every stage produces).

    >>> strip_marks("phòng tư pháp đô thị"), strip_marks("Đồng Tháp")
    ('phong tu phap do thi', 'Dong Thap')
    """
    return text.translate(_BARE_TABLE)


#: The five tone marks of Vietnamese as combining characters (grave, acute, hook above, tilde, dot
#: below); the vowel marks (circumflex, breve, horn) and "đ" make other letters, not tones.
_TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")
_TONE_MARKS_RE = re.compile(f"[{''.join(_TONE_MARKS)}]")
#: The letters of Vietnamese: the twelve vowels with each of the five tones or none, and "đ", both cases.
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", vowel + tone).upper() if upper else unicodedata.normalize("NFC", vowel + tone)
    for vowel in "aăâeêioôơuưy"
    for tone in ("", *_TONE_MARKS)
    for upper in (False, True)
) | frozenset("đĐ")
#: The letters only Vietnamese writes, not ASCII: a vowel with a mark, "đ" (a word with none may be foreign, "Zalo").
MARKED_LETTERS = VIETNAMESE_LETTERS - frozenset("aeiouyAEIOUY")


def strip_tones(text: str) -> str:
    """Drop the tone marks of ``text``, keeping its vowel marks and "đ".

    A word typed with a wrong tone mark has the same letters ("tê" for "tế").

    >>> strip_tones("Sở Y tế") == strip_tones("Sở Y tê"), strip_tones("nội vụ")
    (True, 'nôi vu')
    """
    return unicodedata.normalize("NFC", _TONE_MARKS_RE.sub("", unicodedata.normalize("NFD", text)))


def drop_combining(text: str) -> str:
    """Drop the combining marks of ``text`` after canonical decomposition ("đ", a letter of its own, stays).

    >>> drop_combining("Đồng Hới")
    'Đong Hoi'
    """
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


#: "đ" is a letter of its own, not "d" with a mark: :func:`bare` writes it "d" as typists do.
_BARE_LETTERS = {"đ": "d", "Đ": "D"}


class _BareTable(dict[int, str]):
    """``str.translate``'s table for :func:`bare` and :func:`strip_marks`: each character's bare form, made once.

    A character is looked up in C; only one not met before in this process comes here: its
    first character after canonical decomposition, or "d"/"D" for "đ"/"Đ".
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        found = self[code] = _BARE_LETTERS.get(char) or unicodedata.normalize("NFD", char)[0]
        return found


_BARE_TABLE = _BareTable()


def bare(text: str) -> str:
    """Drop the marks of every letter, one character for one ("Đề nghị" -> "De nghi").

    Keywords are matched on this form, so text typed without marks ("De nghi ... phoi hop",
    "(chi tieu 2)") reads as text typed with them; positions in it are positions in ``text``.

    >>> bare("Đề nghị phối hợp")
    'De nghi phoi hop'
    """
    return text.translate(_BARE_TABLE)


#: A line that opens a list item: a bullet or dash and a space, or "1." / "2)" / "a)" and a space.
LIST_MARKER_RE = re.compile(r"^(?:[-+•▪❖➢✓*–]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)")
#: A numbered item at a line start: "4. Tỷ lệ", "3) Tổng".
_NUMBERED_LINE_RE = re.compile(r"^(\d{1,2})[.)]\s")
#: Where an item ends inside a line: the punctuation that closes a sentence or a list item, and the
#: quotes or brackets closing around it, then white space.
_ITEM_END = r"[.;:,!?…][\"'’”)\]]*\s+"
#: A bulleted item inside a line: after an item's end, a bullet or dash, a space and a capital
#: ("... tội phạm. - Phát huy"); "chính trị - xã hội" and "Tài chính – Kế hoạch" have no item end.
_INLINE_BULLET_RE = re.compile(_ITEM_END + r"(?=[-+•▪❖➢✓*–]\s+[^\W\d_])")


def starts_lower(text: str) -> bool:
    """Tell whether text resumes mid-sentence: its first letter (past quotes and "(") is lower case."""
    first = text.lstrip("\"'“‘(")[:1]
    return first.isalpha() and first.islower()


def _split_numbered(line: str, number: int) -> tuple[list[str], int]:
    """Cut ``line`` before each inline item numbered ``number + 1``, ``number + 2``... after an item end."""
    pieces: list[str] = []
    while number:
        found = re.search(_ITEM_END + rf"(?={number + 1}[.)]\s+\S)", line)
        if found is None:
            break
        pieces.append(line[: found.end()].rstrip())
        line, number = line[found.end() :], number + 1
    return [*pieces, line], number


def list_items(line: str, number: int = 0) -> tuple[list[str], int]:
    r"""Split one line into its list items; ``number`` is the last item number the cell gave.

    A numbered item opens at its own number (which continues the cell's list) or at the next
    number of the list after an item's end; a bulleted item at a bullet and a capital after one.
    Returns the items and the list's last number.

    >>> list_items("3. Thông tin hữu ích. 4. Tỷ lệ người dân.", 2)
    (['3. Thông tin hữu ích.', '4. Tỷ lệ người dân.'], 4)
    >>> list_items("phòng chống tội phạm. - Phát huy vai trò; - Tổ chức")
    (['phòng chống tội phạm.', '- Phát huy vai trò;', '- Tổ chức'], 0)
    """
    opened = _NUMBERED_LINE_RE.match(line)
    if opened:
        number = int(opened.group(1))
    items: list[str] = []
    cuts = [0, *(found.end() for found in _INLINE_BULLET_RE.finditer(line)), len(line)]
    for start, end in zip(cuts, cuts[1:], strict=False):  # consecutive cuts
        split, number = _split_numbered(line[start:end], number)
        items.extend(split)
    return [item.strip() for item in items if item.strip()], number


def canonical_text(text: str) -> str:
    r"""Put a cell's text in the one line structure that PDF and DOCX readers share.

    A PDF gives visual lines that reflow joins into paragraphs; a DOCX gives the paragraphs the
    author typed, some of which hold several list items inline, and some of which a narrow
    column made the author cut mid-name. Both become: one list item per line (bulleted or
    numbered, see :func:`list_items`), and no line that starts mid-sentence (a lower-case start
    that is no list marker continues the line before, as in "Sở Thông tin\nvà Truyền thông").
    The result is a fixed point: ``canonical_text(canonical_text(t)) == canonical_text(t)``.

    >>> canonical_text("1. Một. 2. Hai.\nSở Thông tin\nvà Truyền thông")
    '1. Một.\n2. Hai.\nSở Thông tin và Truyền thông'
    """
    joined: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if joined and starts_lower(line) and not LIST_MARKER_RE.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    out: list[str] = []
    number = 0
    for line in joined:
        items, number = list_items(line, number)
        out.extend(items)
    return "\n".join(out)
