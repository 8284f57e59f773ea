"""Vietnamese text typed in the legacy 8-bit encodings TCVN3 (ABC) and VNI -> Unicode NFC.

Before Unicode, Vietnamese documents were typed with fonts that draw Vietnamese letters at
Latin-1 code points: a file in the ``.VnTime`` font stores "phát" as the bytes of "ph¸t".
Readers that trust the font's code points (PDF text layers, Word runs) get that mojibake.

- **TCVN3** (TCVN 5712:1993, table VN3, the "ABC" fonts ``.VnTime``, ``.VnArial``...): one byte
  per letter; the lower-case letters with marks sit at 0xA8-0xFE, seven capitals (Ă Â Ê Ô Ơ Ư Đ)
  at 0xA1-0xA7. Capitals with a tone mark have no code: they are typed with the capitals fonts
  (``.VnTimeH``...), which draw every code, lower-case and ASCII letters too, as a capital.
- **VNI** (VNI for Windows, fonts ``VNI-Times``...): a base letter followed by one mark byte
  ("phát" is "phaùt"); ơ, ư, đ, and i, ỵ with their tones are single bytes.

The tables below are written from the standards' code charts, per letter; tests check every one
of the 134 letters with marks both ways. :func:`encoding_of_text` tells legacy text by its
statistics where no font name says so.
"""

from __future__ import annotations

import re
import unicodedata

from extract.reflow import is_vietnamese_syllable

TCVN3 = "tcvn3"
VNI = "vni"
#: How each legacy encoding is named in warnings.
ENCODING_NAMES = {TCVN3: "TCVN3 (ABC)", VNI: "VNI"}

#: TCVN 5712:1993 VN3: each Unicode letter -> its code (shown as the Latin-1 character).
TCVN3_CODES = {
    "ă": "\xa8",
    "â": "\xa9",
    "ê": "\xaa",
    "ô": "\xab",
    "ơ": "\xac",
    "ư": "\xad",
    "đ": "\xae",
    "Ă": "\xa1",
    "Â": "\xa2",
    "Ê": "\xa3",
    "Ô": "\xa4",
    "Ơ": "\xa5",
    "Ư": "\xa6",
    "Đ": "\xa7",
    "à": "\xb5",
    "ả": "\xb6",
    "ã": "\xb7",
    "á": "\xb8",
    "ạ": "\xb9",
    "ằ": "\xbb",
    "ẳ": "\xbc",
    "ẵ": "\xbd",
    "ắ": "\xbe",
    "ặ": "\xc6",
    "ầ": "\xc7",
    "ẩ": "\xc8",
    "ẫ": "\xc9",
    "ấ": "\xca",
    "ậ": "\xcb",
    "è": "\xcc",
    "ẻ": "\xce",
    "ẽ": "\xcf",
    "é": "\xd0",
    "ẹ": "\xd1",
    "ề": "\xd2",
    "ể": "\xd3",
    "ễ": "\xd4",
    "ế": "\xd5",
    "ệ": "\xd6",
    "ì": "\xd7",
    "ỉ": "\xd8",
    "ĩ": "\xdc",
    "í": "\xdd",
    "ị": "\xde",
    "ò": "\xdf",
    "ỏ": "\xe1",
    "õ": "\xe2",
    "ó": "\xe3",
    "ọ": "\xe4",
    "ồ": "\xe5",
    "ổ": "\xe6",
    "ỗ": "\xe7",
    "ố": "\xe8",
    "ộ": "\xe9",
    "ờ": "\xea",
    "ở": "\xeb",
    "ỡ": "\xec",
    "ớ": "\xed",
    "ợ": "\xee",
    "ù": "\xef",
    "ủ": "\xf1",
    "ũ": "\xf2",
    "ú": "\xf3",
    "ụ": "\xf4",
    "ừ": "\xf5",
    "ử": "\xf6",
    "ữ": "\xf7",
    "ứ": "\xf8",
    "ự": "\xf9",
    "ỳ": "\xfa",
    "ỷ": "\xfb",
    "ỹ": "\xfc",
    "ý": "\xfd",
    "ỵ": "\xfe",
}
_TCVN3_LETTERS = {code: letter for letter, code in TCVN3_CODES.items()}

#: VNI for Windows: the mark bytes after a base vowel (lower-case form; the capital form is the
#: Latin-1 capital of the same letter), by the mark they add.
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
#: Letters VNI writes as one byte: ơ, ư, đ, i with its tones, and ỵ.
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def _vni_codes() -> dict[str, str]:
    """Build VNI's code for each of the 67 lower-case letters with marks, and their capitals."""
    codes: dict[str, str] = dict(_VNI_SINGLE)
    for base in "aeouy":
        for mark, byte in _VNI_TONES.items():
            if (base, mark) != ("y", "\u0323"):  # ỵ is the single byte above
                codes[unicodedata.normalize("NFC", base + mark)] = base + byte
    for base in "aeo":
        for mark, byte in _VNI_CIRCUMFLEX.items():
            codes[unicodedata.normalize("NFC", base + "\u0302" + mark)] = base + byte
    for mark, byte in _VNI_BREVE.items():
        codes[unicodedata.normalize("NFC", "a\u0306" + mark)] = "a" + byte
    for base, byte in (("ơ", "ô"), ("ư", "ö")):
        for mark, tone in _VNI_TONES.items():
            codes[unicodedata.normalize("NFC", base + mark)] = byte + tone
    codes.update({letter.upper(): code.upper() for letter, code in list(codes.items())})
    return codes


_VNI_CODES = _vni_codes()
_VNI_LETTERS = {code: letter for letter, code in _VNI_CODES.items()}
#: VNI's two-character codes (base letter and mark), for readers that get one glyph at a time.
VNI_PAIRS = {code: letter for code, letter in _VNI_LETTERS.items() if len(code) == 2}
#: The bytes VNI adds after a base letter for its marks ("ù" of "aù", á), lower and upper case.
VNI_MARKS = "".join(sorted({code[1] for code in VNI_PAIRS}))
#: Longest codes first, so "ôù" (ớ) wins over "ô" (ơ).
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI_LETTERS), key=len, reverse=True)))

#: A font name (a PDF subset tag "ABCDEF+" left off) of the TCVN3 fonts: ".VnTime", ".VnArialH".
_TCVN3_FONT_RE = re.compile(r"^[._]Vn[A-Z]")
#: The VNI fonts: "VNI-Times", "VNI-Helve".
_VNI_FONT_RE = re.compile(r"^VNI[-_ ]", re.IGNORECASE)
#: A style suffix PDF producers add to a font name: ".VnTimeH,Bold", ".VnTime-BoldItalic".
_STYLE_SUFFIX_RE = re.compile(r"(?:[,-]|\s)(?:Bold|Italic|Oblique|BoldItalic|Regular|Normal)+$", re.IGNORECASE)


def base_font_name(font: str) -> str:
    """Return a font's family name: the PDF subset tag and style suffix left off.

    >>> base_font_name("ABCDEF+.VnTimeH,Bold")
    '.VnTimeH'
    """
    name = font.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", font) else font
    return _STYLE_SUFFIX_RE.sub("", name.strip())


def encoding_of_font(font: str | None) -> str | None:
    """Return the legacy encoding a font's name says its text is in (TCVN3 or VNI), or None."""
    if not font:
        return None
    name = base_font_name(font)
    if _TCVN3_FONT_RE.match(name):
        return TCVN3
    if _VNI_FONT_RE.match(name):
        return VNI
    return None


def is_capitals_font(font: str | None) -> bool:
    """Tell a TCVN3 capitals font (".VnTimeH", ".VnArialH"), which draws every letter as a capital."""
    return bool(font) and encoding_of_font(font) == TCVN3 and base_font_name(font or "").endswith("H")


def decode_tcvn3(text: str, capitals: bool = False) -> str:
    r"""Turn TCVN3 text into Unicode NFC; ``capitals`` for text in a capitals font (".VnTimeH").

    >>> decode_tcvn3("Ph\xb8t tri\xd3n"), decode_tcvn3("k\xd5 ho\xb9ch", capitals=True)
    ('Phát triển', 'KẾ HOẠCH')
    """
    out = "".join(_TCVN3_LETTERS.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFC", out.upper() if capitals else out)


def encode_tcvn3(text: str, capitals: bool = False) -> str:
    """Turn Unicode text into TCVN3 codes; with ``capitals`` as typed in a capitals font.

    Punctuation (dashes, quotes) keeps its code: the fonts draw it at its Windows-1252 place.
    Raises ValueError for a letter with no code, such as a capital with a tone mark outside a
    capitals font.
    """
    text = unicodedata.normalize("NFC", text.lower() if capitals else text)
    return _encode(text, TCVN3_CODES, "TCVN3", " outside a capitals font")


def decode_vni(text: str) -> str:
    """Turn VNI text into Unicode NFC.

    >>> decode_vni("Phaùt trieån")
    'Phát triển'
    """
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: _VNI_LETTERS[m.group(0)], text))


def encode_vni(text: str) -> str:
    """Turn Unicode text into VNI codes."""
    return _encode(unicodedata.normalize("NFC", text), _VNI_CODES, "VNI")


def _encode(text: str, codes: dict[str, str], encoding: str, where: str = "") -> str:
    """Replace each letter by its code; punctuation keeps its Windows-1252 code; a letter with none: ValueError."""
    out = []
    for ch in text:
        code = codes.get(ch)
        if code is None and ord(ch) > 0x7F and ch.isalpha():
            msg = f"{encoding} has no code for {ch!r}{where}"
            raise ValueError(msg)
        out.append(code or ch)
    return "".join(out)


def decode(text: str, encoding: str, capitals: bool = False) -> str:
    """Turn text in ``encoding`` (:data:`TCVN3` or :data:`VNI`) into Unicode NFC."""
    return decode_tcvn3(text, capitals) if encoding == TCVN3 else decode_vni(text)


#: Legacy text has its letters with marks at Latin-1 code points only: a letter past U+00FF
#: (ơ, ư, ạ ...) means the text is Unicode already.
_UNICODE_ONLY_RE = re.compile(r"[\u0100-\u024f\u1e00-\u1eff]")
_HIGH_LATIN1_RE = re.compile(r"[\xa0-\xff]")
_PUNCTUATION = "\"'()[]{}.,;:!?-–“”‘’…/%"
#: A word with a Latin-1 character counts as legacy when its decoding spells a Vietnamese
#: syllable; text is legacy when at least this share of such words does so decoded...
DECODED_SYLLABLE_SHARE = 0.8
#: ...and at most this share reads as a syllable as it stands (Unicode "và các" does both ways).
RAW_SYLLABLE_SHARE = 0.5
#: Fewer such words than this tell nothing either way.
MIN_EVIDENCE_WORDS = 3


def _syllable_share(words: list[str]) -> float:
    return sum(is_vietnamese_syllable(w) for w in words) / len(words)


def encoding_of_text(text: str) -> str | None:
    r"""Tell, from the text alone, whether it is TCVN3 or VNI (None: Unicode, ASCII or unknown).

    The words holding Latin-1 characters are decoded both ways; an encoding wins when its
    decoding spells Vietnamese syllables where the text as it stands does not.

    >>> encoding_of_text("C\xb8c ph\xdfng, ban chuy\xaan m\xabn"), encoding_of_text("Các phòng, ban")
    ('tcvn3', None)
    """
    if _UNICODE_ONLY_RE.search(text):
        return None
    words = [w.strip(_PUNCTUATION) for w in text.split()]
    marked = [w for w in words if _HIGH_LATIN1_RE.search(w)]
    if len(marked) < MIN_EVIDENCE_WORDS or _syllable_share(marked) > RAW_SYLLABLE_SHARE:
        return None
    scores = {enc: _syllable_share([decode(w, enc).strip(_PUNCTUATION) for w in marked]) for enc in (TCVN3, VNI)}
    best = max(scores, key=lambda enc: scores[enc])
    return best if scores[best] >= DECODED_SYLLABLE_SHARE else None


def conversion_warning(encodings: dict[str, set[str]]) -> str:
    """Say which legacy encodings were converted to Unicode, and where each was found (fonts)."""
    parts = [f"{ENCODING_NAMES[enc]} ({', '.join(sorted(encodings[enc]))})" for enc in sorted(encodings)]
    return f"legacy encoding converted to Unicode: {'; '.join(parts)}"
