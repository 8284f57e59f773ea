"""DOCX -> appendix table pieces, with python-docx and its XML for what its API leaves out.

Handled here: vertically merged cells (``w:vMerge``), spanned cells (``w:gridSpan``,
``w:gridBefore``), auto-numbered paragraphs (rendered as Word shows them by
:mod:`extract.docx_text`), header rows repeated as ordinary rows (what PDF-to-DOCX converters
write at each page top), an appendix split into one table per page or per group (a title
paragraph above a part heads its rows: :mod:`extract.group_titles`), and tables laid inside the cells
of a layout table.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from core.errors import ExtractError
from core.model import PhysicalRow
from core.text import clean_line
from extract.appendices import later_title, second_appendix_warnings
from extract.cell_rows import Columns, RowCell, chain_merges, header_columns, labels_other_columns, row_piece
from extract.coverage import MIN_NAMED_COLUMNS, QUOTE_CHARS, is_page_number, table_title, unread_tables_warning
from extract.docx_notes import cell_notes, notes_of, notes_warning
from extract.docx_shown import accept_changes, drop_fallbacks, drop_hidden
from extract.docx_styles import W, written
from extract.docx_text import (
    TABBED_CELLS,
    Numbering,
    int_val,
    labelled_text,
    no_table_seen,
    paragraph_text,
    read_numbering,
    run_text,
    shown_text,
    tab_cells,
    tabbed_table,
)
from extract.group_titles import lead_run, read_title, settle_lead, styles_of, title_row, titles_warning
from extract.header import HEADING_LINES, column_numbers_warnings, is_column_numbers, is_header, title_from_lines
from extract.legacy import conversion_warning
from extract.legacy_docx import convert_legacy_runs
from extract.reading import Reading
from extract.table_ends import body_table_before, body_table_warning, cell_texts, fields_of, other_table_after
from extract.zip_limits import check_package

#: Word tables have at most 63 columns; larger spans are read as this.
MAX_GRID_COLUMNS = 63
#: A grid column's width (twips) is read up to this: 22 inches, wider than any page Word sets.
MAX_TABLE_WIDTH = 31680
#: Two tables' cells end at the same place when their edges lie within this share of the table's
#: width: a converter's page parts differ by rounding, a table of other columns by far more.
SAME_EDGE_SHARE = 0.03


def _page_breaks(node: Any) -> int:
    """How many page breaks Word recorded or the author typed inside ``node``."""
    typed = len(node.findall(f".//{W}br[@{W}type='page']"))
    rendered = len(node.findall(f".//{W}lastRenderedPageBreak"))
    before = len(node.findall(f".//{W}pageBreakBefore"))
    return typed + rendered + before


def _row_cells(tr: Any, document: Any, numbering: Numbering) -> list[RowCell]:
    cells = []
    before = tr.find(f"{W}trPr/{W}gridBefore")
    col = int_val(before, f"{W}val", 0, MAX_GRID_COLUMNS)
    for tc in _children(tr, f"{W}tc"):
        span_node = tc.find(f"{W}tcPr/{W}gridSpan")
        span = max(1, int_val(span_node, f"{W}val", 1, MAX_GRID_COLUMNS))
        merge_node = tc.find(f"{W}tcPr/{W}vMerge")
        vmerge = None if merge_node is None else merge_node.get(f"{W}val", "continue")
        lines: list[str] = []
        empty_label = ""  # the first empty list paragraph's label: an STT cell's number
        for p in tc.iter(f"{W}p"):
            if _in_text_box(p, tc):
                continue  # read in place by its anchor paragraph's text
            label, text = labelled_text(p, document, numbering)
            for line in shown_text(label, text).split("\n"):
                if line.strip():
                    lines.append(clean_line(line))
            empty_label = empty_label or (label if not text.strip() else "")
        cells.append(RowCell(col, span, vmerge, tuple(lines), "" if lines else clean_line(empty_label)))
        col += span
    return cells


def _in_text_box(p: Any, tc: Any) -> bool:
    """Tell whether paragraph ``p`` of cell ``tc`` is in a text box (``w:txbxContent``) of the cell."""
    node = p.getparent()
    while node is not None and node is not tc:
        if node.tag == f"{W}txbxContent":
            return True
        node = node.getparent()
    return False


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


def _grid_columns(tbl: Any) -> int:
    """How many grid columns a ``w:tbl`` declares."""
    return len(tbl.findall(f"{W}tblGrid/{W}gridCol"))


def _cell_edges(tbl: Any) -> tuple[float, ...]:
    """Return where the cells of the table's widest row end, as shares of its width (from the grid's column widths).

    A grid column without a width counts as one: tables that declare none compare by their columns.
    """
    widths = [max(1, int_val(col, f"{W}w", 1, MAX_TABLE_WIDTH)) for col in tbl.findall(f"{W}tblGrid/{W}gridCol")]
    spans: list[int] = []
    for tr in _children(tbl, f"{W}tr"):
        row = [
            int_val(tc.find(f"{W}tcPr/{W}gridSpan"), f"{W}val", 1, MAX_GRID_COLUMNS) or 1
            for tc in _children(tr, f"{W}tc")
        ]
        spans = row if len(row) > len(spans) else spans
    total, edges, at = sum(widths) or 1, [], 0
    for span in spans:
        at += span
        edges.append(sum(widths[:at]) / total)
    return tuple(edges)


def _has_columns_of(tbl: Any, edges: tuple[float, ...]) -> bool:
    """Tell whether a table has the appendix's columns: as many cells a row, ending where the header's end.

    Word splits a table at a page or section break into tables of the same grid, and a PDF-to-DOCX
    converter writes one per page; a table of other columns after the appendix (the plan's
    heading, a scores or budget table, even one of as many columns) is another table.
    """
    own = _cell_edges(tbl)
    return len(own) == len(edges) and all(abs(a - b) <= SAME_EDGE_SHARE for a, b in zip(own, edges, strict=True))


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


def _blocks(node: Any) -> Iterator[Any]:
    """Yield the paragraphs and tables under ``node`` in document order; a layout table yields its cells' own."""
    for block in _children(node, f"{W}p", f"{W}tbl"):
        if block.tag == f"{W}tbl" and _is_layout_table(block):
            for tr in _children(block, f"{W}tr"):
                for tc in _children(tr, f"{W}tc"):
                    yield from _blocks(tc)
        else:
            yield block


def _is_layout_table(tbl: Any) -> bool:
    """Tell whether a table is a frame laid around tables: one holds a table in a cell, and no header row itself.

    An appendix table with a small table inside a cell keeps that table as its cell's text.
    """
    rows = [list(_children(tr, f"{W}tc")) for tr in _children(tbl, f"{W}tr")]
    if not any(next(_children(tc, f"{W}tbl"), None) is not None for cells in rows for tc in cells):
        return False
    return not any(is_header([_own_text(tc) for tc in cells]) for cells in rows)


def _own_text(tc: Any) -> str:
    """Return a cell's own text, its tables and list numbers left out: enough to tell a header row."""
    return " ".join(written(p) for p in _children(tc, f"{W}p"))


def _table_text(tbl: Any) -> str:
    """Return a table's text on one line, for a warning."""
    return clean_line(" ".join(t.text or "" for t in tbl.iter(f"{W}t")))


def _open_docx(path: Path) -> Any:
    """Open a DOCX with python-docx, its package checked first; a file it cannot open is an :class:`ExtractError`."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_package(path)
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        msg = f"not a readable DOCX ({exc.__class__.__name__}: {exc})"
        raise ExtractError(msg) from exc
    except XMLSyntaxError as exc:
        if "memory" in str(exc).lower() or str(exc).startswith("unknown error"):
            raise MemoryError from exc  # libxml2 out of memory: it records no syntax error, or says so
        if "depth" in str(exc).lower() or "XML_PARSE_HUGE" in str(exc):  # samples/audit50 F6
            msg = "a DOCX whose XML nests deeper than 256 levels (tables within tables, dozens deep): refused"
        else:
            msg = f"a damaged DOCX: a part is not well-formed XML ({exc})"
        raise ExtractError(msg) from exc


def read_docx(path: Path) -> Reading:
    """Read the appendix table (or tables) of a DOCX into physical row pieces."""
    document = _open_docx(path)
    drop_fallbacks(document)
    changes = accept_changes(document)
    legacy = convert_legacy_runs(document)
    hidden = drop_hidden(document)
    chain = _DocxChain(document, read_numbering(document), _new_page_section_ends(document), notes_of(document))
    for block in _blocks(document.element.body):
        chain.read_block(block)
    reading = chain.reading()
    warnings = (conversion_warning(legacy),) if legacy else ()
    return replace(reading, warnings=reading.warnings + warnings + changes + hidden)


@dataclass
class _DocxChain:
    """The appendix as read so far, block by block (paragraphs and tables in document order)."""

    document: Any
    numbering: Numbering
    section_ends: set[Any]
    notes: dict[tuple[str, str], str]  # footnotes' and endnotes' text (:func:`~extract.docx_notes.notes_of`)
    rows: list[PhysicalRow] = field(default_factory=list)
    header: tuple[tuple[str, str], ...] = ()
    columns: Columns | None = None
    paused: Columns | None = None  # the appendix's columns while body text interrupts it
    page: int = 1
    recent: list[str] = field(default_factory=list)  # paragraphs since the last table
    lead: list[str] = field(default_factory=list)  # paragraphs above the appendix's first table
    between: list[tuple[int, str, bool]] = field(default_factory=list)  # paragraphs and tables since its last part
    titles: _Titles = field(default_factory=lambda: _Titles())
    numbers_dropped: list[tuple[int, list[str]]] = field(default_factory=list)
    edges: tuple[float, ...] = ()  # where the appendix's cells end (:func:`_cell_edges`)
    unread_before: list[tuple[int, str, str]] = field(default_factory=list)  # tables of several columns before it
    left_out: list[str] = field(default_factory=list)  # tables of the body read as the appendix at first
    opening: list[str] = field(default_factory=list)  # the document's first lines, until the appendix's header
    noted: list[tuple[int, str, str]] = field(default_factory=list)  # notes the appendix's cells refer to
    tabbed: list[str] = field(default_factory=list)  # paragraphs of tab-separated cells (a table typed with tabs)
    second: list[tuple[int, str]] = field(default_factory=list)  # later appendices (extract.appendices): page, title

    def read_block(self, block: Any) -> None:
        """Read one paragraph or table."""
        if not self.header and len(self.opening) < HEADING_LINES:
            self.opening += _block_lines(block)[: HEADING_LINES - len(self.opening)]
        if block.tag == f"{W}p":
            self._read_paragraph(block)
        else:
            self._read_table(block)

    def _read_paragraph(self, block: Any) -> None:
        self.page += _page_breaks(block) + (block in self.section_ends)
        raw = paragraph_text(block, self.document, self.numbering)
        if sum(1 for tab in block.iter(f"{W}tab") if tab.getparent().tag == f"{W}r") >= TABBED_CELLS - 1:
            self.tabbed.append(tab_cells(block))
        text = clean_line(raw)
        if text:
            self.recent.append(text)
            self.between.append((self.page, text, False))
            if self.columns is not None:  # body text after the appendix table ends it (see _columns_for)
                self.paused, self.columns = self.columns, None

    def _read_table(self, block: Any) -> None:
        self.columns, self.paused = _columns_for(block, self.columns, self.paused, self.edges)
        if self.header and self.columns is not None and self._labels_other_columns(block, self.columns):
            self.columns, self.paused = None, self.columns  # another table on the appendix's grid: not a part
        table_page, prior = self.page, self.columns or self.paused
        # a header row opens a new page part unless a break since the last row already did (a converter's
        # section per page, each with its table)
        on_last_page = bool(self.rows) and self.rows[-1].page == self.page
        table_rows, columns, self.page, found_header = _read_table(
            block, self.document, self.numbering, self.columns, self.page, on_last_page, self.numbers_dropped
        )
        fields = fields_of(self.header)
        new = fields_of(columns) if found_header and columns is not None else set()
        paragraphs = [text for _, text, is_table in self.between if not is_table]
        if new and fields and body_table_before(self.lead, paragraphs, fields, new):
            self.left_out.append(body_table_warning(self.titles.lead_page, self.header))
            self.header, self.rows, self.titles, self.recent = (), [], _Titles(), paragraphs  # the body's table
        elif new and fields and other_table_after(paragraphs, fields, new, cell_texts(table_rows)):
            table_rows, columns, self.paused, found_header = [], None, prior, False  # a budget table: named below
        self.columns = columns
        self._place(block, table_page, table_rows, found_header)

    def _labels_other_columns(self, block: Any, columns: Columns) -> bool:
        """Tell whether the table opens with a row of other columns' labels (:func:`labels_other_columns`)."""
        first = next(_children(block, f"{W}tr"), None)
        if first is None:
            return False
        cells = _row_cells(first, self.document, self.numbering)
        return header_columns(cells, []) is None and labels_other_columns(cells, columns)

    def _place(self, block: Any, table_page: int, table_rows: list[PhysicalRow], found_header: bool) -> None:
        """Keep a table's rows as a part of the appendix, or note the table as not read."""
        is_part = found_header or bool(table_rows)
        if found_header and not self.header and self.columns is not None:
            self.header = tuple((f, label) for f, label, _, _ in self.columns)
            self.lead, self.titles.lead_page = list(self.recent), table_page
            self.edges = _cell_edges(block)
        elif is_part and self.header:
            self._open_appendix(table_page, table_rows)
            self.rows.extend(self.titles.between(self.between))
        elif self.header and (text := _table_text(block)):
            self.between.append((table_page, text, True))  # said if a part of the appendix follows it
        elif not is_part and _grid_columns(block) >= MIN_NAMED_COLUMNS and (text := _table_text(block)):
            self.unread_before.append((table_page, table_title(self.recent), text))
        if is_part:
            self.between = []
            self.noted += cell_notes(block, table_page, self.notes) if self.notes else []
        self.rows.extend(table_rows)
        self.recent = []

    def _open_appendix(self, page: int, table_rows: list[PhysicalRow]) -> None:
        """Mark a later part's first row when a title block of another appendix stands above it (two plans in one file).

        The block's paragraphs are then the second appendix's title, said in a warning, not text in no row.
        """
        paragraphs = [text for _, text, is_table in self.between if not is_table]
        block = later_title(paragraphs, title_from_lines(self.lead)) if table_rows else []
        if block:
            table_rows[0] = replace(table_rows[0], opens_appendix=True)
            self.second.append((page, title_from_lines(block)))
            self.between = [b for b in self.between if b[2] or b[1] not in block]

    def reading(self) -> Reading:
        """Close the reading: the title rows above the first part, the title, the warnings."""
        kept = settle_lead(lead_run(self.lead), styles_of(self.titles.found))
        rows = [title_row(text, self.titles.lead_page) for text in kept] + self.rows
        title = title_from_lines(self.lead[: len(self.lead) - len(kept)])
        pages = max([self.page] + [r.page for r in rows])
        warnings = second_appendix_warnings(self.second) + column_numbers_warnings(self.numbers_dropped)
        warnings += titles_warning(kept + self.titles.found)
        warnings += self.titles.warnings()
        warnings += unread_tables_warning(_tables_after(self.between) if self.header else [])
        warnings += unread_tables_warning(self.unread_before if self.header else [], "before")
        warnings += tuple(self.left_out) + notes_warning(self.noted)
        seen = (tabbed_table(self.tabbed) or no_table_seen(self.document)) if not rows else ""
        return Reading(tuple(rows), title, self.header, pages, warnings, seen=seen, heading="\n".join(self.opening))


def _columns_for(
    tbl: Any, columns: Columns | None, paused: Columns | None, edges: tuple[float, ...]
) -> tuple[Columns | None, Columns | None]:
    """Return the columns a table is read under, and those paused, from the appendix's grid and widest row.

    Body text after the appendix's table pauses its columns; a table of its columns after it
    (a converter's page part, a part after "(tiếp theo)") takes them up again, and a table of
    other columns right after the appendix's table is not its part: it pauses them.
    """
    if columns is None and paused is not None and _has_columns_of(tbl, edges):
        return paused, paused
    if columns is not None and not _has_columns_of(tbl, edges):
        return None, columns
    return columns, paused


def _block_lines(block: Any) -> list[str]:
    """Return a paragraph's text, or a table's paragraphs one a line (a heading block's cells), blank ones left out.

    The runs' text (:func:`~extract.docx_text.run_text`), not :func:`~extract.docx_text.paragraph_text`:
    that one counts Word's list numbers as it goes, and the rows read after would be numbered twice.
    """
    paragraphs = [block] if block.tag == f"{W}p" else list(block.iter(f"{W}p"))
    # a line break typed with Shift+Enter is a line of its own: "UBND TỈNH QUẢNG TRỊ" ran into "ỦY BAN NHÂN
    # DÂN XÃ ..." of the line under it, and the province was lost to the place read there (samples/audit23)
    lines = (clean_line(line) for p in paragraphs for line in run_text(p).split("\n"))
    return [line for line in lines if line]


def _tables_after(blocks: Sequence[tuple[int, str, bool]]) -> list[tuple[int, str, str]]:
    """Return the tables after the appendix's last part: (page, the title above it, its text)."""
    out: list[tuple[int, str, str]] = []
    paragraphs: list[str] = []
    for page, text, is_table in blocks:
        if is_table:
            out.append((page, table_title(paragraphs), text))
            paragraphs = []
        else:
            paragraphs.append(text)
    return out


@dataclass
class _Titles:
    """The titles met between the appendix's parts, and the paragraphs there that are none."""

    lead_page: int = 1
    found: list[str] = field(default_factory=list)
    untitled: list[tuple[int, str]] = field(default_factory=list)
    tables: list[tuple[int, str]] = field(default_factory=list)

    def between(self, blocks: Sequence[tuple[int, str, bool]]) -> list[PhysicalRow]:
        """Return the title rows of the paragraphs before a part of the appendix; note the others, and tables."""
        out = []
        for page, text, is_table in blocks:
            if is_table:
                self.tables.append((page, text))
            elif is_page_number(text):
                continue  # a page footer a converter wrote as body text
            elif read_title(text) is None:
                self.untitled.append((page, text))
            else:
                self.found.append(text)
                out.append(title_row(text, page))
        return out

    def warnings(self) -> tuple[str, ...]:
        """Say which text between the appendix's parts is in no row."""
        out = []
        for found, what in ((self.untitled, "paragraph(s)"), (self.tables, "table(s) of no appendix columns")):
            if found:
                quoted = "; ".join(f"page {page}: {text[:QUOTE_CHARS]!r}" for page, text in found)
                out.append(f"{len(found)} {what} between the appendix's tables are in no row: {quoted}")
        return tuple(out)


def _read_table(
    tbl: Any,
    document: Any,
    numbering: Numbering,
    columns: Columns | None,
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
    previous: list[RowCell] = []
    previous_is_row = under_header = False
    open_merges: set[int] = set()
    for tr in _children(tbl, f"{W}tr"):
        cells = chain_merges(_row_cells(tr, document, numbering), open_merges)
        breaks = _page_breaks(tr)
        labels = [" ".join(c.lines) for c in cells]
        found_columns = header_columns(cells, previous)
        previous = cells
        if found_columns is not None:
            if previous_is_row and found_columns[1]:  # the group row of a grouped header, read as data
                rows.pop()
            columns = found_columns[0]
            previous_is_row = False
            # a grouped header's second row (its first a header too) opens no page part of its own
            if (found_header or rows or after_rows) and not (found_columns[1] and under_header):
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
        if not any(cell.lines for cell in cells):
            continue  # a row no cell writes in (a spacer, or left over) is no row
        rows.append(row_piece(cells, columns, page, page_top=page_top))
        page_top, previous_is_row = False, True
    if rows:
        rows[-1] = replace(rows[-1], page_end=True)
    return rows, columns, page, found_header
