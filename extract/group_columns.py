"""A column read as a group column that is none: the indicators under section rows of its own level.

A header label can send the indicator column to a group field ("Chỉ số" scores for the dimension,
PAPI's "Chỉ số nội dung"). The column's content tells: a dimension column under dimension section
rows repeats their label, one per group; a column that gives each row a label of its own under one
section row ("1. Tỷ lệ người dân ...", "2. ...") while no column holds the indicators is the
indicator column, and is read as one. What was changed is said in a warning; a column that
disagrees with the section rows otherwise keeps its field, and the section labels it overrides
are kept and warned (:func:`extract.merge.displaced_warnings`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from core.model import GROUP_FIELDS, CellPiece, Document, PhysicalRow
from core.text import fold
from extract.papi import named_entry
from extract.sections import Heading, find_headings

#: Distinct labels of its own a group column must give the rows under one section row of its level
#: to be finer than that level (a group column gives them one).
MIN_OWN_LABELS = 2
#: How much of a label a warning quotes.
QUOTE_CHARS = 60


def _own_labels(rows: Sequence[PhysicalRow], headings: Mapping[int, Heading], field: str, level: int) -> list[set[str]]:
    """Return, per section row of ``level``, the distinct texts the column ``field`` starts in the rows under it."""
    runs: list[set[str]] = []
    for index, row in enumerate(rows):
        heading = headings.get(index)
        if heading is not None:
            if heading.level is not None and heading.level <= level:
                runs.append(set())  # a heading of this level opens a run; a higher level's closes the run too
            continue
        piece = row.cells[field]
        if runs and piece.lines and not piece.merged_above:
            runs[-1].add(" ".join(fold(piece.text).split()))
    return runs


def indicator_column(rows: Sequence[PhysicalRow], headings: Mapping[int, Heading]) -> str | None:
    """Return the group field whose column holds the indicators (see the module), or None."""
    if any(row.cells["indicators"].lines for row in rows):
        return None
    for level, field in enumerate(GROUP_FIELDS):
        if not any(h.level == level for h in headings.values()):
            continue
        runs = _own_labels(rows, headings, field, level)
        if not any(len(run) >= MIN_OWN_LABELS for run in runs):
            continue
        labels = set().union(*runs)
        if all(named_entry(label) is None for label in labels):
            return field
    return None


def dimension_column(rows: Sequence[PhysicalRow], header: Sequence[tuple[str, str]]) -> str | None:
    """Return the label of a column no field took whose every cell names a PAPI dimension, with no dimension column.

    "Lĩnh vực" (a field of work) names no field by itself, but a column of "Tham gia của người dân ở
    cấp cơ sở", "Công khai, minh bạch ..." is the dimension column (samples/audit40 d03).
    """
    if not rows or any(field == "dimension" for field, _ in header):
        return None
    for label in [label for field, label in header if not field and label in rows[0].extra]:
        texts = {" ".join(row.extra[label].text.split()) for row in rows if label in row.extra}
        texts.discard("")
        entries = [named_entry(text) for text in texts]
        if len(texts) >= MIN_OWN_LABELS and all(entry is not None and entry.is_dimension for entry in entries):
            return label
    return None


def regroup(doc: Document) -> Document:
    """Read a group column that holds the indicators (:func:`indicator_column`) as the indicators, and say so."""
    rows = doc.physical_rows
    field = indicator_column(rows, find_headings(rows))
    if field is None:
        return doc
    moved = tuple(replace(row, cells={**row.cells, "indicators": row.cells[field], field: CellPiece()}) for row in rows)
    label = next((label for f, label in doc.header if f == field), "")
    header = tuple(("indicators" if f == field else f, lab) for f, lab in doc.header)
    sample = next((r.cells[field].text for r in rows if r.cells[field].lines), "")
    warning = (
        f"the column {label!r} was read as the {field}, but under the {field} section rows it gives each row a label "
        f"of its own ({' '.join(sample.split())[:QUOTE_CHARS]!r}) and no column holds the indicators: read as the "
        "indicators"
    )
    return replace(doc, physical_rows=moved, header=header, warnings=(*doc.warnings, warning))


def read_as_dimension(
    rows: tuple[PhysicalRow, ...], header: tuple[tuple[str, str], ...]
) -> tuple[tuple[PhysicalRow, ...], tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Move a column that names PAPI dimensions (:func:`dimension_column`) from ``extra`` into the dimension field.

    Return the rows, the header and the warning that says so (none when no column does).
    """
    label = dimension_column(rows, header)
    if label is None:
        return rows, header, ()
    moved = tuple(
        replace(
            row,
            cells={**row.cells, "dimension": row.extra.get(label, CellPiece())},
            extra={name: piece for name, piece in row.extra.items() if name != label},
        )
        for row in rows
    )
    named = tuple(("dimension" if not f and lab == label else f, lab) for f, lab in header)
    warning = (
        f"the column {label!r} names no field by its label, but each of its cells names a PAPI dimension: read as "
        "the dimension"
    )
    return moved, named, (warning,)
