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
from extract.cell_rows import Columns, RowCell, header_columns, row_piece
from extract.coverage import MIN_NAMED_COLUMNS, QUOTE_CHARS, is_page_number, table_title, unread_tables_warning
from extract.docx_shown import accept_changes, drop_fallbacks, drop_hidden
from extract.docx_styles import W
from extract.docx_text import Numbering, int_val, paragraph_text, read_numbering
from extract.group_titles import lead_run, read_title, settle_lead, styles_of, title_row, titles_warning
from extract.header import HEADING_LINES, column_numbers_warnings, is_column_numbers, is_header, title_from_lines
from extract.legacy import conversion_warning
from extract.legacy_docx import convert_legacy_runs
from extract.reading import Reading
from extract.table_ends import body_table_before, body_table_warning
from extract.zip_limits import check_package

#: Word tables have at most 63 columns; larger spans are read as this.
MAX_GRID_COLUMNS = 63


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
        for p in tc.iter(f"{W}p"):
            if _in_text_box(p, tc):
                continue  # read in place by its anchor paragraph's text
            for line in paragraph_text(p, document, numbering).split("\n"):
                if line.strip():
                    lines.append(clean_line(line))
        cells.append(RowCell(col, span, vmerge, tuple(lines)))
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


def _widest_row(tbl: Any) -> int:
    """How many cells the table's widest row has (a merged cell counts once)."""
    return max((len(list(_children(tr, f"{W}tc"))) for tr in _children(tbl, f"{W}tr")), default=0)


def _has_columns_of(tbl: Any, grid: int, cells: int) -> bool:
    """Tell whether a table has the appendix's columns: its grid, or rows as wide as its header's.

    Word splits a table at a page or section break into tables of the same grid; a table of
    other columns right after the appendix (the plan's heading, a scores table) is another table.
    """
    return _grid_columns(tbl) == grid or _widest_row(tbl) == cells


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
    return " ".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in _children(tc, f"{W}p"))


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
        msg = f"a damaged DOCX: a part is not well-formed XML ({exc})"
        raise ExtractError(msg) from exc


def read_docx(path: Path) -> Reading:
    """Read the appendix table (or tables) of a DOCX into physical row pieces."""
    document = _open_docx(path)
    drop_fallbacks(document)
    changes = accept_changes(document)
    legacy = convert_legacy_runs(document)
    hidden = drop_hidden(document)
    numbering = read_numbering(document)
    rows: list[PhysicalRow] = []
    header: tuple[tuple[str, str], ...] = ()
    columns: Columns | None = None
    page = 1
    recent: list[str] = []  # paragraphs since the last table
    lead: list[str] = []  # paragraphs above the appendix's first table
    between: list[tuple[int, str, bool]] = []  # paragraphs (False) and tables (True) since the appendix's last part
    titles = _Titles()
    numbers_dropped: list[tuple[int, list[str]]] = []
    paused: Columns | None = None
    appendix_grid = appendix_cells = -1
    unread_before: list[tuple[int, str, str]] = []  # tables of several columns before the appendix's
    left_out: list[str] = []  # tables of the body read as the appendix at first, then left out
    section_ends = _new_page_section_ends(document)
    opening: list[str] = []  # the document's first lines, paragraphs and table cells, until the appendix's header
    for block in _blocks(document.element.body):
        if not header and len(opening) < HEADING_LINES:
            opening += _block_lines(block)[: HEADING_LINES - len(opening)]
        if block.tag == f"{W}p":
            page += _page_breaks(block) + (block in section_ends)
            text = clean_line(paragraph_text(block, document, numbering))
            if text:
                recent.append(text)
                between.append((page, text, False))
            if columns is not None and text:
                paused, columns = columns, None  # body text after the appendix table ends it (see _columns_for)
            continue
        columns, paused = _columns_for(block, columns, paused, (appendix_grid, appendix_cells))
        table_page = page
        table_rows, columns, page, found_header = _read_table(
            block, document, numbering, columns, page, bool(rows), numbers_dropped
        )
        is_part = found_header or bool(table_rows)
        if found_header and header and columns is not None and _starts_again(lead, between, header, columns):
            left_out.append(body_table_warning(titles.lead_page, header))
            header, rows, titles = (), [], _Titles()  # the rows so far were a table of the plan's body
            recent = [text for _, text, is_table in between if not is_table]
        if found_header and not header and columns is not None:
            header = tuple((f, label) for f, label, _, _ in columns)
            lead, titles.lead_page = list(recent), table_page
            appendix_grid, appendix_cells = _grid_columns(block), _widest_row(block)
        elif is_part and header:
            rows.extend(titles.between(between))
        elif header and (text := _table_text(block)):
            between.append((table_page, text, True))  # said if a part of the appendix follows it
        elif not is_part and _grid_columns(block) >= MIN_NAMED_COLUMNS and (text := _table_text(block)):
            unread_before.append((table_page, table_title(recent), text))
        if is_part:
            between = []
        rows.extend(table_rows)
        recent = []
    kept = settle_lead(lead_run(lead), styles_of(titles.found))
    rows[:0] = [title_row(text, titles.lead_page) for text in kept]
    title = title_from_lines(lead[: len(lead) - len(kept)])
    pages = max([page] + [r.page for r in rows])
    warnings = column_numbers_warnings(numbers_dropped) + titles_warning(kept + titles.found) + titles.warnings()
    warnings += unread_tables_warning(_tables_after(between) if header else [])
    warnings += unread_tables_warning(unread_before if header else [], "before")
    warnings += (conversion_warning(legacy),) if legacy else ()
    warnings += changes + hidden + tuple(left_out)
    return Reading(tuple(rows), title, header, pages, warnings, heading="\n".join(opening))


def _columns_for(
    tbl: Any, columns: Columns | None, paused: Columns | None, shape: tuple[int, int]
) -> tuple[Columns | None, Columns | None]:
    """Return the columns a table is read under, and those paused, from the appendix's grid and widest row.

    Body text after the appendix's table pauses its columns; a table of its columns after it
    (a converter's page part) takes them up again, and a table of other columns right after the
    appendix's table is not its part: it pauses them.
    """
    if columns is None and paused is not None and _has_columns_of(tbl, *shape):
        return paused, paused
    if columns is not None and not _has_columns_of(tbl, *shape):
        return None, columns
    return columns, paused


def _starts_again(
    lead: Sequence[str], between: Sequence[tuple[int, str, bool]], header: Sequence[tuple[str, str]], columns: Columns
) -> bool:
    """Tell whether a table with a header row starts the appendix over (:func:`.table_ends.body_table_before`)."""
    paragraphs = [text for _, text, is_table in between if not is_table]
    return body_table_before(lead, paragraphs, {f for f, _ in header if f}, {f for f, *_ in columns if f})


def _block_lines(block: Any) -> list[str]:
    """Return a paragraph's text, or a table's paragraphs one a line (a heading block's cells), blank ones left out.

    The runs' text as written, not :func:`~extract.docx_text.paragraph_text`: that one counts Word's
    list numbers as it goes, and the rows read after would be numbered twice.
    """
    paragraphs = [block] if block.tag == f"{W}p" else list(block.iter(f"{W}p"))
    lines = (clean_line("".join(t.text or "" for t in p.iter(f"{W}t"))) for p in paragraphs)
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
    for tr in _children(tbl, f"{W}tr"):
        cells = _row_cells(tr, document, numbering)
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
        rows.append(row_piece(cells, columns, page, page_top=page_top))
        page_top, previous_is_row = False, True
    if rows:
        rows[-1] = replace(rows[-1], page_end=True)
    return rows, columns, page, found_header
