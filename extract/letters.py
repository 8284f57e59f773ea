"""Letters no Vietnamese text has: a text layer whose font map gives wrong letters, said in a warning.

A PDF re-distilled by a tool that writes wrong ToUnicode entries (Ghostscript's ``pdfwrite`` on
some fonts) gives real letters in the wrong places: "cāa" for "của", "Āy ban" for "Ủy ban", "Sở
Nội vÿ" for "Sở Nội vụ", "gi¿i" for "giải". The page is mostly letters, so the garbled-page check
(:mod:`extract.damage`) passes it; the rows would be kept as if read. A word that holds a letter
outside Vietnamese's alphabet and the foreign letters a plan may quote, or a damage symbol next
to a letter, is such text (the sets are data: ``extract/letters.toml``).
"""

from __future__ import annotations

import functools
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from core.errors import ExtractError
from core.model import PhysicalRow
from core.text import VIETNAMESE_LETTERS
from extract.damage import FOREIGN_CAUSE, FOREIGN_REMEDY, foreign_text, is_glyph_code, page_list, unreadable_text_error

#: The letter sets, data in this file.
LETTERS_FILE = "letters.toml"
#: How many distinct damaged words a warning quotes.
QUOTED_WORDS = 6


@functools.cache
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    """Return the plausible letters (Vietnamese's and the foreign ones, both cases) and the damage symbols."""
    data = tomllib.loads(resources.files("extract").joinpath(LETTERS_FILE).read_text(encoding="utf-8"))
    foreign = data["foreign"]
    return VIETNAMESE_LETTERS | frozenset(foreign + foreign.upper()), frozenset(data["damage_symbols"])


@functools.cache
def _harmless() -> frozenset[str]:
    """Return the characters no damaged word needs: ASCII and the plausible letters."""
    return _sets()[0] | frozenset(map(chr, range(128)))


def _may_hold_damage(text: str) -> bool:
    """Tell whether a line holds a character a damaged word needs: most hold none, and their words go unread."""
    symbols = _sets()[1]
    return any(char.isalpha() or char in symbols for char in set(text) - _harmless())


def _is_damaged(word: str) -> bool:
    """Tell whether a word holds a letter no Vietnamese text has, or a damage symbol next to a letter."""
    plausible, symbols = _sets()
    for i, char in enumerate(word):
        if char.isalpha() and not char.isascii() and char not in plausible:
            return True
        if char in symbols and any(0 <= j < len(word) and word[j].isalpha() for j in (i - 1, i + 1)):
            return True
    return False


def _words(count: int) -> str:
    return "1 word" if count == 1 else f"{count} words"


#: Why a page's words hold letters no Vietnamese text has: its text layer, or the OCR that read it.
_LAYER_CAUSE = (
    "the text layer maps some glyphs to wrong letters (a damaged font map, e.g. a PDF re-distilled by Ghostscript)"
)
_OCR_CAUSE = "OCR misread letters there (dust, a seal, a stamp or a faint scan)"


def foreign_letter_warning(rows: Iterable[PhysicalRow]) -> tuple[str, ...]:
    """Say on which pages words hold letters no Vietnamese text has, quoting some, and why; nothing when none do.

    The cause said is the text layer's for a page read from it, OCR's for a scanned page (a rule of
    its own: a scan has no font map to blame).
    """
    rows = list(rows)
    warnings = []
    for cause, ocr in ((_LAYER_CAUSE, False), (_OCR_CAUSE, True)):
        lines = [
            (row.page, line.text)
            for row in rows
            if (row.ocr_confidence is not None) == ocr
            for piece in [*row.cells.values(), *row.extra.values()]
            for line in piece.lines
        ]
        warnings += _foreign_letters(lines, cause)
    return tuple(warnings)


def _foreign_letters(lines: list[tuple[int, str]], cause: str) -> list[str]:
    if not _may_hold_damage("".join(text for _, text in lines)):  # the usual plan: no line is looked at
        return []
    words: Counter[str] = Counter()
    pages: set[int] = set()
    for page, text in lines:
        if not _may_hold_damage(text):
            continue
        found = [w for w in text.split() if _is_damaged(w)]
        words.update(found)
        pages.update([page] if found else [])
    if not words:
        return []
    quoted = ", ".join(repr(w) for w, _ in words.most_common(QUOTED_WORDS))
    return [
        f"{page_list(pages)}: {_words(sum(words.values()))} hold letters no Vietnamese text has ({quoted}): {cause}; "
        "those rows' text is wrong there: check it against the printed page"
    ]


def damaged_header_error(header: Sequence[tuple[str, str]], page: int) -> ExtractError | None:
    """Return the refusal of a table whose header labels that map to no field hold letters no Vietnamese text has.

    Such a label is a damaged text layer's ("Nhißm vā, giÁi phá p" for "Nhiệm vụ, giải pháp"), not a
    column of the plan's own: its column, and every other column of the page's garbled labels, would
    go to ``extra`` with its field left empty (samples/audit24 F3). The text layer is refused as a
    header that could not be recognised at all is; a damaged label that still names its field reads.
    """
    damaged = [label for field, label in header if not field and any(_is_damaged(w) for w in label.split())]
    if not damaged:
        return None
    named = ", ".join(repr(" ".join(label.split())) for label in damaged)
    return unreadable_text_error(
        f"the table's header on page {page} does not read as Vietnamese text ({named} "
        f"{'holds' if len(damaged) == 1 else 'hold'} letters no Vietnamese text has), so its columns cannot be "
        f"told ({FOREIGN_CAUSE}); {FOREIGN_REMEDY}"
    )


def is_damage(char: str) -> bool:
    """Tell whether a character is what a broken font map gives: a glyph code, U+FFFD, a letter no plan has.

    Symbols are not: a body page's Wingdings bullets (private-use codes), arrows or "▪" are real.
    """
    if is_glyph_code(char) or char == "\ufffd":
        return True
    return char.isalpha() and not char.isascii() and char not in _sets()[0]


def foreign_pages_before_warning(path: Path, password: str | None, first_page: int) -> tuple[str, ...]:
    """Say which pages before the appendix table's first page (1-based) have a damaged text layer.

    A PostScript round trip can break only the fonts of the first pages: the table's header there is
    unreadable, so the table seems to start at the first page that repeats its header, and the rows
    before it would be lost without a word (samples/audit24 F1). A plan's body pages before its
    appendix read as Vietnamese; one whose text is glyph codes or wrong letters may hold the table's start.
    """
    found = foreign_text(path, password, range(first_page - 1), fits=lambda char: not is_damage(char))
    if found is None:
        return ()
    return (
        f"{found.describe()}, before the appendix table's first recognised header (page {first_page}): if the "
        f"table begins there, its rows before page {first_page} are missing and the rows after them may lack their "
        f"group labels ({FOREIGN_CAUSE}); {FOREIGN_REMEDY}",
    )
