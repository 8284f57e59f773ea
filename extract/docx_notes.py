"""Footnotes and endnotes marked inside the appendix's cells (DOCX): their text is in no cell, so it is said.

Word prints a note's text at the page foot (or the document's end) and only its number in the
cell: the rows keep the cell's own text, and each note referred to from a row is quoted in a
warning with the cell it belongs to, so that no word of the document goes missing unsaid. A PDF's
notes are text outside the table, which the coverage ledger accounts for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.text import clean_line
from extract.docx_styles import W, written

#: The kinds of note a cell may refer to: (reference element, the part's relationship, what a warning calls it).
NOTE_KINDS = (("footnoteReference", "footnotes", "footnote"), ("endnoteReference", "endnotes", "endnote"))
#: How much of a note's text and of its cell a warning quotes.
NOTE_QUOTE_CHARS = 90


def notes_of(document: Any) -> dict[tuple[str, str], str]:
    """Return every footnote's and endnote's text by (kind, id), from the document's note parts."""
    from docx.oxml import parse_xml

    texts: dict[tuple[str, str], str] = {}
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        kind = next((k for _, part, k in NOTE_KINDS if rel.reltype.endswith(f"/{part}")), None)
        if kind is None:
            continue
        for note in parse_xml(rel.target_part.blob).iter(f"{W}{kind}"):
            text = _text(note)
            if text:
                texts[kind, note.get(f"{W}id", "")] = text
    return texts


def cell_notes(tbl: Any, page: int, texts: dict[tuple[str, str], str]) -> list[tuple[int, str, str]]:
    """Return the notes a table's cells refer to: (page, the cell's text, the note's text)."""
    found = []
    for reference, _, kind in NOTE_KINDS:
        for mark in tbl.iter(f"{W}{reference}"):
            text = texts.get((kind, mark.get(f"{W}id", "")))
            cell = next(mark.iterancestors(f"{W}tc"), None)
            if text is not None and cell is not None:
                found.append((page, _text(cell), text))
    return found


def _text(node: Any) -> str:
    """Return a note's or a cell's text on one line, its paragraphs joined by spaces."""
    return clean_line(" ".join(written(p) for p in node.iter(f"{W}p")))


def notes_warning(found: Sequence[tuple[int, str, str]]) -> tuple[str, ...]:
    """Say which notes the appendix's cells refer to, with their text: it is in no row."""
    if not found:
        return ()
    quoted = "; ".join(
        f"page {page}: {cell[:NOTE_QUOTE_CHARS]!r} -> {text[:NOTE_QUOTE_CHARS]!r}" for page, cell, text in found
    )
    return (
        f"{len(found)} footnote(s) or endnote(s) marked in the appendix's cells are in no row (Word prints their "
        f"text at the page foot; the rows keep the cells' own text): {quoted}",
    )
