"""PDF text layers in TCVN3 or VNI fonts -> Unicode characters, before the table is read.

A PDF typed with ``.VnTime`` or ``VNI-Times`` shows the right letters, but its text layer holds
the fonts' codes ("ph¸t" for "phát"), so no header row is found. This reader takes each page's
characters with their font names (pdfplumber's layout, coordinates as in
:mod:`extract.pdf_objects`: points, origin top-left), decides per font whether its text is
legacy (by the font's name, or by the statistics of all its text in the document), converts the
characters, and hands them to the same table code as the ``pdfplumber`` engine.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from extract.grid import edges_to_grids
from extract.legacy import (
    TCVN3,
    VNI_PAIRS,
    base_font_name,
    decode,
    encoding_of_font,
    encoding_of_text,
    is_capitals_font,
)
from extract.pdf import pdfplumber_error
from extract.pdf_chain import pages_to_reading
from extract.pdf_objects import Char, PageObjects, page_objects
from extract.pdf_page import objects_to_page
from extract.reading import Reading

#: A gap wider than this share of the font size between two glyphs is a word space (as in pdf_lines).
WORD_GAP_SHARE = 0.2
#: A font label that says the encoding was told from the text, not the font's name.
BY_TEXT = "{font}: told from its letters"


def _font_text(chars: Sequence[Char], fonts: Sequence[str]) -> dict[str, list[str]]:
    """Each font's text, words spaced where the glyphs leave a gap, for the statistics test."""
    out: dict[str, list[str]] = defaultdict(list)
    prev: Char | None = None
    for char, font in zip(chars, fonts, strict=True):
        gap = prev is not None and (
            char["x0"] - prev["x1"] > WORD_GAP_SHARE * float(char["size"]) or abs(char["top"] - prev["top"]) > 1
        )
        out[font].append((" " if gap else "") + char["text"])
        prev = char
    return out


def decide_encodings(texts: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    """Map each legacy font to (encoding, label): by its name, else by its whole text's statistics."""
    decided = {}
    for font, parts in texts.items():
        encoding = encoding_of_font(font)
        if encoding is not None:
            decided[font] = (encoding, base_font_name(font))
            continue
        encoding = encoding_of_text("".join(parts))
        if encoding is not None:
            decided[font] = (encoding, BY_TEXT.format(font=base_font_name(font) or "no font name"))
    return decided


def convert_chars(chars: Sequence[Char], fonts: Sequence[str], decided: dict[str, tuple[str, str]]) -> list[Char]:
    """Return the characters with legacy text decoded; a VNI letter and its mark glyph become one character."""
    out: list[Char] = []
    skip = False
    for i, (char, font) in enumerate(zip(chars, fonts, strict=True)):
        if skip:
            skip = False
            continue
        if font not in decided:
            out.append(char)
            continue
        encoding = decided[font][0]
        nxt = chars[i + 1] if i + 1 < len(chars) and fonts[i + 1] == font else None
        pair = VNI_PAIRS.get(char["text"] + nxt["text"]) if encoding != TCVN3 and nxt is not None else None
        if pair is not None and nxt is not None:
            merged = dict(char, text=pair, x1=max(char["x1"], nxt["x1"]))
            merged["top"], merged["bottom"] = min(char["top"], nxt["top"]), max(char["bottom"], nxt["bottom"])
            out.append(merged)
            skip = True
            continue
        out.append(dict(char, text=decode(char["text"], encoding, is_capitals_font(font))))
    return out


def read_pdf_legacy(path: Path, password: str | None = None) -> tuple[Reading, dict[str, set[str]]]:
    """Read a PDF whose text layer is (partly) in TCVN3 or VNI fonts.

    Returns the reading and, per encoding converted, the fonts it was found in.
    """
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    pages: list[tuple[PageObjects, list[str]]] = []
    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            for page in pdf.pages:
                objects = page_objects(page, fonts=True)
                pages.append((objects, [char.get("font", "") for char in objects.chars]))
                page.close()
    except PdfminerException as exc:
        raise pdfplumber_error(exc) from exc
    texts: dict[str, list[str]] = defaultdict(list)
    for objects, fonts in pages:
        for font, parts in _font_text(objects.chars, fonts).items():
            texts[font] += [" ", *parts]
    decided = decide_encodings(texts)
    readings = []
    for number, (objects, fonts) in enumerate(pages, start=1):
        chars = convert_chars(objects.chars, fonts, decided)
        converted = replace(objects, chars=chars)
        readings.append(objects_to_page(number, converted, edges_to_grids(converted.edges)))
    found: dict[str, set[str]] = defaultdict(set)
    for encoding, label in decided.values():
        found[encoding].add(label)
    return pages_to_reading(readings), dict(found)
