"""DOCX -> appendix table pieces, with python-docx and its XML for what its API leaves out.

Handled here: vertically merged cells (``w:vMerge``), spanned cells (``w:gridSpan``,
``w:gridBefore``), auto-numbered paragraphs (the number lives in ``numbering.xml``, not in the
text, so it is rendered as Word shows it), header rows repeated as ordinary rows (what
PDF-to-DOCX converters write at each page top), and an appendix split into one table per page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from core.errors import ExtractError
from core.model import FIELDS, CellPiece, Line, PhysicalRow
from core.text import clean_line
from extract.header import (
    UNPLACED_LABEL,
    column_numbers_warnings,
    is_column_numbers,
    is_header,
    labels_to_fields,
    name_fields_alone,
    stacked_label,
    title_from_lines,
)
from extract.legacy import conversion_warning
from extract.legacy_docx import convert_legacy_runs
from extract.reading import Reading
from extract.zip_limits import check_package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

#: Word's deepest list level is the ninth (ilvl 0-8); a level beyond it is read as the ninth.
MAX_LIST_LEVEL = 8
#: The largest number Word lets a list start at; larger counters (1e18) are read as this, so
#: numbers spelled out as Roman numerals or letters stay short.
MAX_LIST_NUMBER = 32767
#: Word tables have at most 63 columns; larger spans are read as this.
MAX_GRID_COLUMNS = 63
#: What a ``w:sym`` with a character code that is no character becomes.
BAD_SYMBOL = "\ufffd"


def _int_val(node: Any, attribute: str, default: int, high: int) -> int:
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


def _symbol(code: str | None) -> str:
    """Return the character of a ``w:sym`` (hexadecimal code), U+FFFD when the code is no character."""
    try:
        return chr(int(code or "20", 16))
    except (ValueError, OverflowError):
        return BAD_SYMBOL


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
            levels[_int_val(lvl, f"{W}ilvl", 0, MAX_LIST_LEVEL)] = (
                fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                text.get(f"{W}val", "") if text is not None else "",
                _int_val(start, f"{W}val", 1, MAX_LIST_NUMBER),
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
                ilvl = _int_val(override, f"{W}ilvl", 0, MAX_LIST_LEVEL)
                numbering.restarts.setdefault(num_id, {})[ilvl] = _int_val(start, f"{W}val", 1, MAX_LIST_NUMBER)
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
                _int_val(ilvl, f"{W}val", 0, MAX_LIST_LEVEL),
            )
        based = style.find(f"{W}basedOn")
        style_id = based.get(f"{W}val") if based is not None else None
    return None


def paragraph_text(p: Any, document: Any, numbering: Numbering) -> str:
    """Return a paragraph's text as Word shows it: its list label, runs, tabs and breaks, no deletions."""
    parts: list[str] = []
    for node in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}sym"):
        tag = node.tag[len(W) :]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab" and node.getparent().tag == f"{W}r":
            parts.append(" ")
        elif tag in ("br", "cr") and node.get(f"{W}type") in (None, "textWrapping"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        elif tag == "sym":
            parts.append(_symbol(node.get(f"{W}char")))
    text = "".join(parts)
    num_pr = p.find(f"{W}pPr/{W}numPr")
    ref: tuple[str, int] | None = None
    if num_pr is not None:
        num_id = num_pr.find(f"{W}numId")
        ilvl = num_pr.find(f"{W}ilvl")
        ref = (
            num_id.get(f"{W}val", "0") if num_id is not None else "0",
            _int_val(ilvl, f"{W}val", 0, MAX_LIST_LEVEL),
        )
    else:
        style = p.find(f"{W}pPr/{W}pStyle")
        ref = _style_num_pr(document, style.get(f"{W}val") if style is not None else None)
    if ref and ref[0] != "0" and text.strip():
        label = numbering.render(*ref)
        if label:
            text = f"{label} {text}"
    return text


def _page_breaks(node: Any) -> int:
    """How many page breaks Word recorded or the author typed inside ``node``."""
    typed = len(node.findall(f".//{W}br[@{W}type='page']"))
    rendered = len(node.findall(f".//{W}lastRenderedPageBreak"))
    before = len(node.findall(f".//{W}pageBreakBefore"))
    return typed + rendered + before


@dataclass(frozen=True)
class _Cell:
    col: int
    span: int
    vmerge: str | None
    lines: tuple[str, ...]


def _row_cells(tr: Any, document: Any, numbering: Numbering) -> list[_Cell]:
    cells = []
    before = tr.find(f"{W}trPr/{W}gridBefore")
    col = _int_val(before, f"{W}val", 0, MAX_GRID_COLUMNS)
    for tc in _children(tr, f"{W}tc"):
        span_node = tc.find(f"{W}tcPr/{W}gridSpan")
        span = max(1, _int_val(span_node, f"{W}val", 1, MAX_GRID_COLUMNS))
        merge_node = tc.find(f"{W}tcPr/{W}vMerge")
        vmerge = None if merge_node is None else merge_node.get(f"{W}val", "continue")
        lines: list[str] = []
        for p in tc.iter(f"{W}p"):
            for line in paragraph_text(p, document, numbering).split("\n"):
                if line.strip():
                    lines.append(clean_line(line))
        cells.append(_Cell(col, span, vmerge, tuple(lines)))
        col += span
    return cells


def _new_page_section_ends(document: Any) -> set[Any]:
    """Find the paragraphs that end a section whose successor starts on a new page.

    A paragraph's ``w:sectPr`` closes a section; the next section's ``w:type`` (default
    ``nextPage``) says whether it starts a new page. Plans put the appendix in a section of its own.
    """
    body = document.element.body
    ends = [p for p in body.iterchildren(f"{W}p") if p.find(f"{W}pPr/{W}sectPr") is not None]
    sections = [p.find(f"{W}pPr/{W}sectPr") for p in ends] + [body.find(f"{W}sectPr")]
    out = set()
    # ``sections`` has one entry per section end plus the body's final sectPr, so lengths match.
    for paragraph, following in zip(ends, sections[1:], strict=True):
        kind = following.find(f"{W}type") if following is not None else None
        if kind is None or kind.get(f"{W}val", "nextPage") != "continuous":
            out.add(paragraph)
    return out


Columns = list[tuple[str, str, int, int]]


def _header_columns(cells: Sequence[_Cell], previous: Sequence[_Cell]) -> tuple[Columns, bool] | None:
    """Return the column map when this row is the appendix header, alone or under a row of group cells.

    Returns the columns (field, label, first grid column, end) and whether the header is grouped
    (two rows: "Cơ quan" spanning "Chủ trì", "Phối hợp"); None when the row is no header.
    """
    labels = [" ".join(c.lines) for c in cells]
    if is_header(labels):
        mapping = labels_to_fields(labels)
        columns = [
            (mapping.get(i, ""), label, c.col, c.col + c.span)
            for i, (c, label) in enumerate(zip(cells, labels, strict=True))
        ]
        return columns, False
    if not previous:
        return None
    aboves = [next((p for p in previous if p.col <= cell.col < p.col + p.span), None) for cell in cells]
    under = [t for t, c, a in zip(labels, cells, aboves, strict=True) if a is not None and a.span > c.span]
    beside = [
        t
        for t, c, a in zip(labels, cells, aboves, strict=True)
        if a is not None and a.span <= c.span and c.vmerge != "continue"
    ]
    # a header drawn without merged cells: empty cells beside the group's own labels, which name fields alone
    open_header = any(t.strip() for t in under) and not any(t.strip() for t in beside) and name_fields_alone(under)
    stacked: list[str] = []
    for label, cell, above in zip(labels, cells, aboves, strict=True):
        if above is None:
            stacked.append(label)
        elif cell.vmerge == "continue" or (open_header and above.span == cell.span):  # one cell over both rows
            stacked.append(" ".join(above.lines))
        else:
            parent = " ".join(above.lines) if above.span > cell.span else ""
            stacked.append(stacked_label(parent, label))
    if not is_header(stacked):
        return None
    mapping = labels_to_fields(stacked)
    columns = [
        (mapping.get(i, ""), label, c.col, c.col + c.span)
        for i, (c, label) in enumerate(zip(cells, stacked, strict=True))
    ]
    return columns, True


def _grid_columns(tbl: Any) -> int:
    """How many grid columns a ``w:tbl`` declares."""
    return len(tbl.findall(f"{W}tblGrid/{W}gridCol"))


def _children(node: Any, *tags: str) -> Iterator[Any]:
    """Yield the children of ``node`` with one of ``tags``, also those wrapped in content controls.

    Word templates put content controls (``w:sdt``) and custom XML around paragraphs, tables,
    rows and cells; their content is the document's all the same.
    """
    for child in node.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _children(content, *tags)
        elif child.tag == f"{W}customXml":
            yield from _children(child, *tags)


def _body_blocks(document: Any) -> Iterator[Any]:
    yield from _children(document.element.body, f"{W}p", f"{W}tbl")


def _field_of(cell: _Cell, columns: Sequence[tuple[str, str, int, int]]) -> tuple[str, str] | None:
    best, best_overlap = None, 0
    for field_name, label, start, end in columns:
        overlap = min(cell.col + cell.span, end) - max(cell.col, start)
        if overlap > best_overlap:
            best, best_overlap = (field_name, label), overlap
    return best


def read_docx(path: Path) -> Reading:
    """Read the appendix table (or tables) of a DOCX into physical row pieces."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_package(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        msg = f"not a readable DOCX ({exc.__class__.__name__}: {exc})"
        raise ExtractError(msg) from exc
    except XMLSyntaxError as exc:
        if "memory" in str(exc).lower() or str(exc).startswith("unknown error"):
            raise MemoryError from exc  # libxml2 out of memory: it records no syntax error, or says so
        msg = f"a damaged DOCX: a part is not well-formed XML ({exc})"
        raise ExtractError(msg) from exc
    legacy = convert_legacy_runs(document)
    numbering = read_numbering(document)
    rows: list[PhysicalRow] = []
    header: tuple[tuple[str, str], ...] = ()
    columns: list[tuple[str, str, int, int]] | None = None
    title = ""
    page = 1
    recent: list[str] = []
    numbers_dropped: list[tuple[int, list[str]]] = []
    paused: Columns | None = None
    appendix_grid = -1
    section_ends = _new_page_section_ends(document)
    for block in _body_blocks(document):
        if block.tag == f"{W}p":
            page += _page_breaks(block) + (block in section_ends)
            text = clean_line(paragraph_text(block, document, numbering))
            if text:
                recent.append(text)
            if columns is not None and text:
                paused, columns = columns, None  # body text after the appendix table ends it...
            continue
        if columns is None and paused is not None and _grid_columns(block) == appendix_grid:
            columns = paused  # ...unless a table of the appendix's grid follows (a converter's page part)
        table_rows, columns, page, found_header = _read_table(
            block, document, numbering, columns, page, bool(rows), numbers_dropped
        )
        if found_header and not header and columns is not None:
            header = tuple((f, label) for f, label, _, _ in columns)
            title = title_from_lines(recent)
            appendix_grid = _grid_columns(block)
        rows.extend(table_rows)
        recent = []
    pages = max([page] + [r.page for r in rows])
    warnings = column_numbers_warnings(numbers_dropped) + ((conversion_warning(legacy),) if legacy else ())
    return Reading(tuple(rows), title, header, pages, warnings)


def _read_table(
    tbl: Any,
    document: Any,
    numbering: Numbering,
    columns: list[tuple[str, str, int, int]] | None,
    page: int,
    after_rows: bool,
    numbers_dropped: list[tuple[int, list[str]]],
) -> tuple[list[PhysicalRow], list[tuple[str, str, int, int]] | None, int, bool]:
    """Read one ``w:tbl``: header rows start a page part, other rows become pieces.

    ``after_rows`` says the appendix already has rows from an earlier table, so a header row here
    opens a new page part too. Rows of column numbers left out are noted in ``numbers_dropped``.
    """
    rows: list[PhysicalRow] = []
    found_header = False
    page_top = columns is not None
    previous: list[_Cell] = []
    previous_is_row = under_header = False
    for tr in _children(tbl, f"{W}tr"):
        cells = _row_cells(tr, document, numbering)
        breaks = _page_breaks(tr)
        labels = [" ".join(c.lines) for c in cells]
        header_columns = _header_columns(cells, previous)
        previous = cells
        if header_columns is not None:
            if previous_is_row and header_columns[1]:  # the group row of a grouped header, read as data
                rows.pop()
            columns = header_columns[0]
            previous_is_row = False
            # a grouped header's second row (its first a header too) opens no page part of its own
            if (found_header or rows or after_rows) and not (header_columns[1] and under_header):
                page += 1
            under_header = True
            if rows:
                rows[-1] = replace(rows[-1], page_end=True)
            found_header, page_top = True, True
            continue
        previous_is_row = under_header = False
        if columns is None:
            continue
        if is_column_numbers(labels):
            numbers_dropped.append((page, labels))
            continue
        page += breaks
        pieces = {f: CellPiece() for f in FIELDS}
        extra: dict[str, CellPiece] = {}
        for cell in cells:
            target = _field_of(cell, columns) or ("", UNPLACED_LABEL)
            piece = CellPiece(
                lines=tuple(Line(text=t, paragraph_end=True) for t in cell.lines),
                merged_above=cell.vmerge == "continue",
            )
            name, label = target
            if name:
                pieces[name] = piece
            else:
                extra[label] = piece
        rows.append(PhysicalRow(page=page, cells=pieces, extra=extra, page_top=page_top))
        page_top, previous_is_row = False, True
    if rows:
        rows[-1] = replace(rows[-1], page_end=True)
    return rows, columns, page, found_header
