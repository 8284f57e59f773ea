"""Tables whose cells the file states (DOCX, spreadsheets): header rows, column map and row pieces.

A Word table and a worksheet both give each cell its grid column, its span and whether it
continues a cell merged from above; only the way they are stored differs. This module holds what
follows from that alike for both readers: which row is the appendix header (alone, or a grouped
header of two rows), which field each cell belongs to, and the physical row piece a row becomes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.model import FIELDS, CellPiece, Line, PhysicalRow
from extract.header import (
    UNPLACED_LABEL,
    is_header,
    is_row_number_label,
    labels_to_fields,
    name_fields_alone,
    stacked_label,
)
from extract.table_ends import other_labels

#: A column of the appendix: its field ("" for none), its header label, its first grid column and its end.
Columns = list[tuple[str, str, int, int]]


@dataclass(frozen=True)
class RowCell:
    """One cell of a table row: grid column, span, vertical merge ("restart", "continue" or None), text lines."""

    col: int
    span: int
    vmerge: str | None
    lines: tuple[str, ...]
    #: A cell of empty list paragraphs: the number Word shows, read only in a row-number column ("STT").
    list_label: str = ""


def chain_merges(cells: Sequence[RowCell], open_merges: set[int]) -> list[RowCell]:
    """Return a row's cells with each "continue" that continues no merge made a cell of its own.

    A vertical merge starts at a "restart" cell; a "continue" under no started merge (the table's
    first row, under a plain cell) is shown by LibreOffice as a cell of its own, text and all, so
    it is read as one (an empty one stays as it is: a table split by a converter may go on with
    the merge of the table before). ``open_merges`` holds the grid columns whose merge goes on into this row;
    it is updated for the next.
    """
    out, going = [], set()
    for cell in cells:
        started = cell.vmerge == "restart" or (cell.vmerge == "continue" and cell.col in open_merges)
        if cell.vmerge == "continue" and cell.lines and not started:
            cell = replace(cell, vmerge=None)
        if started:
            going.add(cell.col)
        out.append(cell)
    open_merges.clear()
    open_merges.update(going)
    return out


def header_columns(cells: Sequence[RowCell], previous: Sequence[RowCell]) -> tuple[Columns, bool] | None:
    """Return the column map when this row is the appendix header, alone or under a row of group cells.

    Returns the columns (field, label, first grid column, end) and whether the header is grouped
    (two rows: "Cơ quan" spanning "Chủ trì", "Phối hợp"); None when the row is no header.
    """
    labels = [" ".join(c.lines) for c in cells]
    if is_header(labels):
        return _columns(cells, labels), False
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
    return _columns(cells, stacked), True


def _columns(cells: Sequence[RowCell], labels: Sequence[str]) -> Columns:
    mapping = labels_to_fields(list(labels))
    return [
        (mapping.get(i, ""), label, c.col, c.col + c.span)
        for i, (c, label) in enumerate(zip(cells, labels, strict=True))
    ]


def field_of(cell: RowCell, columns: Columns) -> tuple[str, str] | None:
    """Return the (field, label) of the column a cell overlaps most, or None when it overlaps none."""
    best, best_overlap = None, 0
    for field_name, label, start, end in columns:
        overlap = min(cell.col + cell.span, end) - max(cell.col, start)
        if overlap > best_overlap:
            best, best_overlap = (field_name, label), overlap
    return best


def row_piece(cells: Sequence[RowCell], columns: Columns, page: int, *, page_top: bool) -> PhysicalRow:
    """Return the physical row piece of a table row: each cell under its field, or in ``extra`` under its label."""
    pieces = {f: CellPiece() for f in FIELDS}
    extra: dict[str, CellPiece] = {}
    for cell in cells:
        name, label = field_of(cell, columns) or ("", UNPLACED_LABEL)
        numbered = (cell.list_label,) if cell.list_label and not name and is_row_number_label(label) else ()
        piece = CellPiece(
            lines=tuple(Line(text=t, paragraph_end=True) for t in cell.lines or numbered),
            merged_above=cell.vmerge == "continue",
        )
        if name:
            pieces[name] = piece
        else:
            extra[label] = piece
    return PhysicalRow(page=page, cells=pieces, extra=extra, page_top=page_top)


def labels_other_columns(cells: Sequence[RowCell], columns: Columns) -> bool:
    """Tell whether a table's first row labels other columns than the appendix's (see ``other_labels``)."""
    return other_labels([((field_of(cell, columns) or ("", ""))[0], " ".join(cell.lines)) for cell in cells])
