"""DOCX paragraphs as Word shows them: runs, tabs, breaks and symbols, with the list number in front.

Word keeps an auto-numbered paragraph's number in ``numbering.xml``, not in its text; it is
rendered here as Word shows it, with the counters running as Word runs them. Paragraphs of
tab-separated parts are a table typed with tabs, which is told, not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.text import SUBSCRIPT, SUPERSCRIPT, clean_line
from extract.docx_styles import M, W
from extract.symbol_font import SYMBOL_CODES, symbol_character

#: Word's deepest list level is the ninth (ilvl 0-8); a level beyond it is read as the ninth.
MAX_LIST_LEVEL = 8
#: The largest number Word lets a list start at; larger counters (1e18) are read as this, so
#: numbers spelled out as Roman numerals or letters stay short.
MAX_LIST_NUMBER = 32767
#: What a ``w:sym`` with a character code that is no character becomes.
BAD_SYMBOL = "\ufffd"


def int_val(node: Any, attribute: str, default: int, high: int) -> int:
    """Read an integer attribute of ``node`` (None gives ``default``) clamped to 0..``high``; junk gives ``default``."""
    if node is None:
        return default
    text = node.get(attribute)
    if text is None:
        return default
    if len(text) > len(str(high)) + 1:  # int() of a long digit string is slow or refused: a huge number
        return high if text.strip().isdigit() else default
    try:
        return max(0, min(int(text), high))
    except ValueError:
        return default


def _symbol(code: str | None, font: str | None = None) -> str:
    """Return the character of a ``w:sym`` (hexadecimal code), U+FFFD when the code is no character.

    Word writes a symbol font's character as a private-use code (F0B3); in the Symbol font that is
    :func:`extract.symbol_font.symbol_character` ("≥"). Other symbol fonts' bullets are mapped
    where every text is cleaned (:func:`core.text.clean_line`).
    """
    try:
        value = int(code or "20", 16)
        character = chr(value)
    except (ValueError, OverflowError):
        return BAD_SYMBOL
    if (font or "").strip().casefold() == "symbol" and (value <= 0xFF or value in SYMBOL_CODES):
        return symbol_character(value)
    return character


@dataclass
class Numbering:
    """Word list numbering: formats per list and level, and the running counters.

    As in Word, the lists (``w:num``) that share an abstract definition share its counters: a
    list continues where the last one of its kind stopped, unless it restarts with a
    ``startOverride`` at its first paragraph (LibreOffice writes a new ``w:num`` per cell this way).
    """

    #: numId -> ilvl -> (fmt, text, start)
    levels: dict[str, dict[int, tuple[str, str, int]]] = field(default_factory=dict)
    #: numId -> its abstractNumId, whose counters it uses
    abstract_of: dict[str, str] = field(default_factory=dict)
    #: numId -> ilvl -> the value its first paragraph restarts at
    restarts: dict[str, dict[int, int]] = field(default_factory=dict)
    #: abstractNumId -> ilvl -> the last number given
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    def render(self, num_id: str, ilvl: int) -> str:
        """Return the label Word shows for the next paragraph of list ``num_id`` at level ``ilvl``."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(self.abstract_of.get(num_id, num_id), {})
        if num_id not in self.started:
            self.started.add(num_id)
            for level, value in self.restarts.get(num_id, {}).items():
                counts[level] = value - 1
        fmt, text, start = levels[ilvl]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [lvl for lvl in counts if lvl > ilvl]:
            del counts[deeper]
        if fmt == "bullet":
            return clean_line(text)
        label = text
        for lvl in range(ilvl + 1):
            lvl_fmt, _, lvl_start = levels.get(lvl, ("decimal", "", 1))
            label = label.replace(f"%{lvl + 1}", _format_number(counts.get(lvl, lvl_start), lvl_fmt))
        return label


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rem = divmod(value - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for number, roman in (
            (1000, "m"),
            (900, "cm"),
            (500, "d"),
            (400, "cd"),
            (100, "c"),
            (90, "xc"),
            (50, "l"),
            (40, "xl"),
            (10, "x"),
            (9, "ix"),
            (5, "v"),
            (4, "iv"),
            (1, "i"),
        ):
            while value >= number:
                out, value = out + roman, value - number
        return out if fmt == "lowerRoman" else out.upper()
    return str(value)


def read_numbering(document: Any) -> Numbering:
    """Read ``numbering.xml``: each list's level formats, with its start overrides applied."""
    numbering = Numbering()
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return numbering
    abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
    for node in root.findall(f"{W}abstractNum"):
        levels = {}
        for lvl in node.findall(f"{W}lvl"):
            fmt = lvl.find(f"{W}numFmt")
            text = lvl.find(f"{W}lvlText")
            start = lvl.find(f"{W}start")
            levels[int_val(lvl, f"{W}ilvl", 0, MAX_LIST_LEVEL)] = (
                fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                text.get(f"{W}val", "") if text is not None else "",
                int_val(start, f"{W}val", 1, MAX_LIST_NUMBER),
            )
        abstract[node.get(f"{W}abstractNumId", "")] = levels
    for num in root.findall(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        abstract_id = ref.get(f"{W}val", "") if ref is not None else ""
        num_id = num.get(f"{W}numId", "")
        numbering.levels[num_id] = abstract.get(abstract_id, {})
        numbering.abstract_of[num_id] = abstract_id
        for override in num.findall(f"{W}lvlOverride"):
            start = override.find(f"{W}startOverride")
            if start is not None:
                ilvl = int_val(override, f"{W}ilvl", 0, MAX_LIST_LEVEL)
                numbering.restarts.setdefault(num_id, {})[ilvl] = int_val(start, f"{W}val", 1, MAX_LIST_NUMBER)
    return numbering


def _style_num_pr(document: Any, style_id: str | None) -> tuple[str, int] | None:
    """Return the list a paragraph style (or a style it is based on) applies, if any."""
    seen = set()
    styles = document.styles.element
    while style_id and style_id not in seen:
        seen.add(style_id)
        style = styles.find(f"{W}style[@{W}styleId='{style_id}']")
        if style is None:
            return None
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id = num_pr.find(f"{W}numId")
            ilvl = num_pr.find(f"{W}ilvl")
            return (
                num_id.get(f"{W}val", "0") if num_id is not None else "0",
                int_val(ilvl, f"{W}val", 0, MAX_LIST_LEVEL),
            )
        based = style.find(f"{W}basedOn")
        style_id = based.get(f"{W}val") if based is not None else None
    return None


def run_text(p: Any) -> str:
    """Return a paragraph's runs as Word shows them: text, tabs, line breaks, hyphens, symbols (no list label).

    An equation's text is read too, on one line (:func:`math_text`): "≥95%" typed with Insert >
    Equation was lost, and a paragraph holding only one (samples/audit45 r1, r2).
    """
    parts: list[str] = []
    tags = (f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}sym", f"{W}p", f"{M}oMath")
    for node in p.iter(*tags):
        if node.tag == f"{M}oMath":
            parts.append(math_text(node))
            continue
        tag = node.tag[len(W) :]
        if tag == "p":  # a text box's paragraph, read in place: its second and later ones on lines of their own
            if node is not p and node.getprevious() is not None:
                parts.append("\n")
        elif tag == "t":
            parts.append(_aligned(node, node.text or ""))
        elif tag == "tab" and node.getparent().tag == f"{W}r":
            parts.append(" ")
        elif tag in ("br", "cr") and node.get(f"{W}type") in (None, "textWrapping"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        elif tag == "sym":
            parts.append(_symbol(node.get(f"{W}char"), node.get(f"{W}font")))
    return "".join(parts)


def _aligned(node: Any, text: str) -> str:
    """Return a run's text with Word's superscript or subscript kept in its characters (core.text.SUPERSCRIPT).

    A run set in All Caps (``w:caps``) is shown in capitals: "6. CUNG ỨNG DỊCH VỤ CÔNG" typed in
    sentence case (samples/audit45 r4).
    """
    caps = node.getparent().find(f"{W}rPr/{W}caps")
    if caps is not None and caps.get(f"{W}val", "true") not in ("false", "0", "off"):
        text = text.upper()
    align = node.getparent().find(f"{W}rPr/{W}vertAlign")
    value = align.get(f"{W}val") if align is not None else None
    if value == "superscript":
        return text.translate(SUPERSCRIPT)
    if value == "subscript":
        return text.translate(SUBSCRIPT)
    return text


def paragraph_text(p: Any, document: Any, numbering: Numbering) -> str:
    """Return a paragraph's text as Word shows it: its list label, runs, tabs and breaks, no deletions."""
    return shown_text(*labelled_text(p, document, numbering))


def shown_text(label: str, text: str) -> str:
    """Return a list paragraph's text with its label before it; an empty paragraph's label is left to its cell."""
    return f"{label} {text}" if label and text.strip() else text


def labelled_text(p: Any, document: Any, numbering: Numbering) -> tuple[str, str]:
    """Return a paragraph's list label ("" for none) and its text.

    An empty list paragraph is counted as Word counts it, and its label is given too: a cell holding
    nothing else shows just that number (an auto-numbered "STT" column).
    """
    text = run_text(p)
    num_pr = p.find(f"{W}pPr/{W}numPr")
    style = p.find(f"{W}pPr/{W}pStyle")
    ref = _style_num_pr(document, style.get(f"{W}val") if style is not None else None)
    if num_pr is not None:
        num_id = num_pr.find(f"{W}numId")
        ilvl = num_pr.find(f"{W}ilvl")
        # each part the paragraph leaves out comes from its style: a style's list item moved a level
        # down writes only its level (samples/audit45 r3: Word shows "2.1.")
        ref = (
            num_id.get(f"{W}val", "0") if num_id is not None else (ref[0] if ref else "0"),
            int_val(ilvl, f"{W}val", 0, MAX_LIST_LEVEL) if ilvl is not None else (ref[1] if ref else 0),
        )
    if ref and ref[0] != "0":
        return numbering.render(*ref) or "", text
    return "", text


#: Text boxes in a document with no table that make it a page laid out box by box (a PDF import).
MIN_TEXT_BOXES = 10


def no_table_seen(document: Any) -> str:
    """Say why a document read no appendix: no table, its text in text boxes, its tables in frames; "" if it has tables.

    A PDF opened in a word processor and saved as DOCX (LibreOffice's PDF import) keeps every line
    as a text box at its place on the page: the table's text is there, its cells are not
    (samples/audit30 F5). The original PDF reads as a table.
    """
    body = document.element.body
    tables = list(body.iter(f"{W}tbl"))
    boxes = sum(1 for _ in body.iter(f"{W}txbxContent"))
    if tables:
        if all(next(table.iterancestors(f"{W}txbxContent"), None) is not None for table in tables):
            return (  # samples/audit49 F4: an .odt's table in a frame
                "its only tables are inside text boxes or frames, which are not read: take the appendix table "
                "out of its frame (in Word: Wrap Text, In Line with Text) or read the plan's PDF"
            )
        return ""
    if boxes >= MIN_TEXT_BOXES:
        return (
            f"the document has no table: its text is in {boxes} text boxes placed on the page, as a PDF opened in a "
            "word processor is saved; read the original PDF instead"
        )
    return (  # samples/audit49 F3: LibreOffice read a .doc back with each row one paragraph
        "the document holds no table at all (its rows may be paragraphs: a table typed with tabs or spaces, or "
        "lost when the file was converted); read the plan's PDF, or a DOCX saved by the program that made it"
    )


#: A paragraph with this many tab-separated parts or more is a row of a table typed with tabs; a
#: document with MIN_TABBED_LINES such paragraphs and no appendix table is told so.
TABBED_CELLS = 4
MIN_TABBED_LINES = 3


def tab_cells(paragraph: Any) -> str:
    """Return a paragraph's text with its tab-separated parts joined by " | ", empty parts left out."""
    text = "".join(node.text or "" if node.tag == f"{W}t" else "\t" for node in paragraph.iter(f"{W}t", f"{W}tab"))
    return " | ".join(part.strip() for part in text.split("\t") if part.strip())


def tabbed_table(lines: Sequence[str]) -> str:
    """Say that the appendix seems typed as tab-separated lines (no Word table), "" when it does not."""
    if len(lines) < MIN_TABBED_LINES:
        return ""
    first = lines[0][:120]
    return (
        f"the document has {len(lines)} lines of tab-separated text (the first: {first!r}) but no Word table "
        "with the appendix's columns: a table typed with tabs is not read; convert the lines to a table "
        "in Word or LibreOffice (Table > Convert > Text to Table) and read it again"
    )


def math_text(node: Any) -> str:
    """Return an equation (an ``m:oMath`` part) written on one line, as a reader would type it.

    A fraction "a/b", a power "x^2", an index "x_i", a root "√x" (of degree n "n√x"), brackets as
    drawn ("(a+b)"), a sum or integral "∑_i^n x", a matrix "[1, 2; 3, 4]"; anything else is its
    parts' text in order.
    """
    tag = node.tag[len(M) :] if node.tag.startswith(M) else ""
    parts = {child.tag[len(M) :]: child for child in node if child.tag.startswith(M)}

    def part(name: str) -> str:
        return math_text(parts[name]) if name in parts else ""

    if tag == "t":
        return str(node.text or "")
    if tag == "f":
        return f"{part('num')}/{part('den')}"
    if tag in ("sSup", "sSub", "sSubSup"):
        return part("e") + (f"_{part('sub')}" if "sub" in parts else "") + (f"^{part('sup')}" if "sup" in parts else "")
    if tag == "rad":
        return f"{part('deg')}√{part('e')}"
    if tag == "d":
        begin, end = _math_char(node, "dPr", "begChr", "("), _math_char(node, "dPr", "endChr", ")")
        own = [child for child in node if child.tag == f"{M}e"]
        inner = [math_text(e) for e in own] if own else [_math_parts(node)]  # else parts written straight in them
        return begin + _math_char(node, "dPr", "sepChr", "|").join(inner) + end
    if tag == "nary":
        sub, sup = part("sub"), part("sup")
        bounds = (f"_{sub}" if sub else "") + (f"^{sup}" if sup else "")
        return f"{_math_char(node, 'naryPr', 'chr', '∫')}{bounds} {part('e')}".strip()
    if tag == "m":
        rows = [[math_text(e) for e in row if e.tag == f"{M}e"] for row in node if row.tag == f"{M}mr"]
        return "[" + "; ".join(", ".join(row) for row in rows) + "]"
    return _math_parts(node)


def _math_parts(node: Any) -> str:
    """Return an equation part's parts' text in order, their properties (``…Pr``) left out."""
    return "".join(math_text(child) for child in node if not child.tag.endswith("Pr"))


def _math_char(node: Any, properties: str, name: str, default: str) -> str:
    """Return a character an equation's part sets in its properties (a bracket, an operator), or Word's default."""
    found = node.find(f"{M}{properties}/{M}{name}")
    return str(found.get(f"{M}val", default)) if found is not None else default
