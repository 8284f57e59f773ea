"""The Symbol font's characters: what a private-use code in a symbol font draws ("≥" for U+F0B3).

Word writes a symbol font's character as a private-use code (``w:sym`` F0B3), and a PDF's text
layer often keeps it (LibreOffice prints Symbol as OpenSymbol, its text saying U+F0B3 where the
page shows "≥"). In the Symbol font the code's low byte is Adobe's Symbol encoding, which
``symbol_font.toml`` maps to Unicode. The bullets of symbol fonts are not mapped here: Wingdings
and Symbol both use some of their codes, and :func:`core.text.clean_line` maps them where every
text is cleaned (in a PDF too, see :func:`symbol_character`).
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from core.text import BULLET_CODES

#: The Symbol font's characters, data in this package.
SYMBOL_FILE = "symbol_font.toml"
#: The private-use codes a symbol font's characters take (Word's F000 + the font's code).
SYMBOL_CODES = range(0xF020, 0xF100)
#: A font name of the Symbol family: Symbol, SymbolMT, LibreOffice's OpenSymbol and StarSymbol (a PDF
#: subset's "ABCDEF+" prefix and style suffixes allowed); Wingdings and the rest are other encodings.
_SYMBOL_NAME = re.compile(r"^(?:[A-Z]{6}\+)?(?:open|star)?symbol(?:mt|ps)?(?:[,-].*)?$", re.IGNORECASE)


def is_symbol_font(name: str | None) -> bool:
    """Whether a font (as a DOCX or a PDF names it) is the Symbol font or LibreOffice's stand-in for it."""
    return name is not None and _SYMBOL_NAME.match(name.strip()) is not None


def symbol_character(code: int, *, keep_bullets: bool = False) -> str:
    """Return what the Symbol font draws for a code (its low byte): Unicode, or the code itself when unknown.

    Codes 0x20-0x7E not in the table draw their ASCII character. ``keep_bullets`` keeps a bullet
    code for :func:`core.text.clean_line` to map: in a PDF, LibreOffice's OpenSymbol stands in
    for Wingdings too, and U+F0A7 is Wingdings' square bullet there (the page shows "▪"), not
    Symbol's club.
    """
    if keep_bullets and chr(code) in BULLET_CODES:
        return chr(code)
    low = code & 0xFF
    return _symbol_table().get(low, chr(low) if 0x20 <= low <= 0x7E else chr(code))


@functools.cache
def _symbol_table() -> dict[int, str]:
    """Return the Symbol font's characters by code (``extract/symbol_font.toml``)."""
    data = tomllib.loads(resources.files("extract").joinpath(SYMBOL_FILE).read_text(encoding="utf-8"))
    return {int(code, 16): character for code, character in data["symbol"].items()}
