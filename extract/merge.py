"""Physical row pieces -> logical rows: join what page breaks cut, fill merged group labels down.

Which page-top piece is the rest of the row above is :func:`extract.page_joins.continues`'s
call. Section rows (:mod:`extract.sections`) are no data rows: they give the group labels of the
rows under them where no merged column does.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import replace

from core.model import (
    FIELDS,
    GROUP_FIELDS,
    Box,
    CellPiece,
    Document,
    Line,
    PhysicalRow,
    Row,
)
from core.text import canonical_text
from extract.appendices import appendix_parts
from extract.continued_labels import continued_warnings, without_mark
from extract.group_columns import regroup
from extract.group_numbers import GroupLabels, group_numbers, implied_number_warnings
from extract.header import tasks_hold_indicators
from extract.lost_letters import restore_lost_letter
from extract.ocr_doubts import misread_words_warning
from extract.ocr_numbering import column_label_doubts, section_numbering_doubts
from extract.page_joins import (
    LABEL_FIELDS,
    continues,
    finished_padding,
    kept_together,
    labels_moved,
    piece_starts_lower,
)
from extract.papi import labels_to_code
from extract.reflow import lines_to_text
from extract.role_cells import split_role_cells
from extract.row_keys import KeyMaker, coded_component, label_number, parent_number, row_number
from extract.run_together import run_together_warning
from extract.sections import (
    DISPLACED_LABELS,
    Heading,
    SectionLabels,
    dimension_column_doubts,
    displaced_labels,
    displaced_warnings,
    find_headings,
    holds_heading,
    no_dimension_warnings,
    parent_number_doubts,
    section_warnings,
)
from extract.totals import split_totals, total_warnings

#: How much of a piece's text (characters) a warning quotes.
QUOTE_CHARS = 60


def group_rows(
    rows: Sequence[PhysicalRow], headings: Mapping[int, Heading]
) -> tuple[list[list[PhysicalRow]], list[SectionLabels]]:
    """Group the pieces into logical rows, leaving out the section rows ``headings`` (by row index).

    Returns the groups and, for each, the labels the section rows above it give. The row after a
    section row never continues the row before it. A merged group cell that starts on a section
    row (a dimension column beside component section rows) starts on the next data row instead.
    """
    groups: list[list[PhysicalRow]] = []
    sections: list[SectionLabels] = []
    state, after_heading = SectionLabels(), False
    pending: dict[str, CellPiece] = {}
    overridden: list[tuple[str, CellPiece]] = []  # section rows' group cells a later one or the data row's own replaced
    for index, row in enumerate(rows):
        heading = headings.get(index)
        if heading is not None:
            state, after_heading = state.enter(heading), True
            for f in GROUP_FIELDS:
                if row.cells[f].lines and not holds_heading(row.cells[f], heading):
                    overridden += [(f, pending[f])] if f in pending else []
                    pending[f] = row.cells[f]
            continue
        if pending or overridden:
            starts = {f: p for f, p in pending.items() if not row.cells[f].lines}
            overridden += [(f, p) for f, p in pending.items() if row.cells[f].lines]
            row = replace(row, cells={**row.cells, **starts}, extra={**row.extra, **_kept_apart(overridden)})
            pending, overridden = {}, []
        if groups and not after_heading and continues(groups[-1][-1], row):
            groups[-1].append(row)
        else:
            groups.append([row])
            sections.append(state)
        after_heading = False
    return groups, sections


def _kept_apart(pieces: Sequence[tuple[str, CellPiece]]) -> dict[str, CellPiece]:
    """Return section rows' group cells that no row takes, as extra cells under :data:`DISPLACED_LABELS`."""
    kept: dict[str, CellPiece] = {}
    for field, piece in pieces:
        label = DISPLACED_LABELS[GROUP_FIELDS.index(field)]
        before = kept.get(label)
        kept[label] = piece if before is None else replace(before, lines=before.lines + piece.lines)
    return kept


def rows_to_groups(rows: Sequence[PhysicalRow]) -> list[list[PhysicalRow]]:
    """Group the pieces so that each group is one logical row (a table without section rows)."""
    return group_rows(rows, {})[0]


def pieces_to_text(pieces: Sequence[CellPiece]) -> str:
    """Join one cell's pieces across page breaks and rebuild its paragraphs.

    The last line of a piece ends where the page ended, not where the author ended a paragraph,
    so its ``paragraph_end`` mark is dropped and the join is decided like any other line break.
    The text is then put in the line structure both readers share (:func:`core.text.canonical_text`):
    a DOCX paragraph holding several list items, or cut before "và", reads as the PDF of it does.
    """
    lines: list[Line] = []
    for piece in pieces:
        if not piece.lines:
            continue
        if lines:
            lines[-1] = replace(lines[-1], paragraph_end=None)
            lines.append(replace(piece.lines[0], gap_before=None))
            lines.extend(piece.lines[1:])
        else:
            lines.extend(piece.lines)
    height = next((p.line_height for p in pieces if p.line_height), None)
    return canonical_text(lines_to_text(lines, height))


def _starts_own_label(earlier: Sequence[PhysicalRow], piece: CellPiece, field: str) -> bool:
    """Whether a later piece of a logical row opens the row's label, the ``earlier`` pieces having none.

    That is a label a page break moved whole to the next page (:func:`labels_moved`): it is the
    row's own label, not the rest of the label above.
    """
    return label_number(piece.lines[0].text) is not None and not any(r.cells[field].lines for r in earlier)


def _is_label_tail(run: list[CellPiece], row: PhysicalRow, piece: CellPiece) -> bool:
    """Whether a label piece at a page top is the rest of the label a page break cut."""
    if not row.page_top or not run:
        return False
    current = run[0].lines[0].text
    numbered = label_number(current) is not None and label_number(piece.lines[0].text) is None
    return numbered or piece_starts_lower(piece)


def _group_labels(groups: Sequence[Sequence[PhysicalRow]], field: str) -> list[str]:
    """Return the full group label of every logical row, merged cells filled down and cut labels joined.

    A label is a run of rows: it starts at a row whose cell has its own text and goes on over
    merged or empty cells. Text at a page top that does not start a new label (no number where
    the label had one, or a lower-case start) is the rest of a label the page break cut, and
    belongs to every row of that run.
    """
    runs: list[tuple[list[CellPiece], list[int]]] = []
    for index, group in enumerate(groups):
        for position, row in enumerate(group):
            piece = row.cells[field]
            if not piece.lines or piece.merged_above:
                continue
            own = position > 0 and _starts_own_label(group[:position], piece, field)
            if runs and not own and (row is not group[0] or _is_label_tail(runs[-1][0], row, piece)):
                runs[-1][0].append(piece)
            else:
                runs.append(([piece], []))
        if not runs:
            runs.append(([], []))
        runs[-1][1].append(index)
    labels = [""] * len(groups)
    for pieces, members in runs:
        text = pieces_to_text(pieces)
        for index in members:
            labels[index] = text
    return labels


def pieces_to_boxes(group: Sequence[PhysicalRow]) -> tuple[Box, ...]:
    """Return where a logical row's pieces lie on their pages (pt from the top-left); no geometry, no box."""
    return tuple(box for r in group if (box := r.box) is not None)


def pieces_to_confidence(group: Sequence[PhysicalRow]) -> float | None:
    """Return the lowest OCR confidence of a logical row's pieces, None when none was OCR'd."""
    found = [r.ocr_confidence for r in group if r.ocr_confidence is not None]
    return min(found) if found else None


def _group(column_label: str, level: int, section: SectionLabels) -> tuple[str, int | None]:
    """Return a row's label and the number the plan writes for it (None: none), from the merged column or section."""
    if column_label:
        return column_label, label_number(column_label) or None
    text = section.texts[level]
    return text, section.numbers[level] or label_number(text) or None


def _shared(row: PhysicalRow, field: str) -> bool:
    """Whether a row's cell is the rest of a cell merged down from the row above (vMerge, no rule between)."""
    piece = row.cells.get(field)
    return piece is not None and piece.merged_above and not piece.lines


def groups_to_rows(
    groups: Sequence[Sequence[PhysicalRow]],
    sections: Sequence[SectionLabels] = (),
    seen: dict[str, int] | None = None,
    numbered: str = "indicators",
) -> tuple[list[Row], tuple[str, ...]]:
    """Build the logical rows: joined cell text, group labels, keys and source pages; and the warnings about keys.

    ``sections`` gives, per group, the labels of the section rows above it (none when empty); ``seen``
    the keys an appendix before these rows gave (:class:`extract.row_keys.KeyMaker`); ``numbered``
    the field whose numbers are the indicators' ("tasks" in a "Chỉ tiêu, nhiệm vụ, giải pháp" column).
    Group numbers the plan does not write come from :func:`extract.group_numbers.group_numbers`.
    """
    labels = {field: _group_labels(groups, field) for field in GROUP_FIELDS}
    group_labels: list[GroupLabels] = []
    marks: dict[int, list[str]] = {}  # row index -> the continuation marks taken off its labels
    for index in range(len(groups)):
        section = sections[index] if sections else SectionLabels()
        dimension, dimension_no = _group(labels["dimension"][index], 0, section)
        component, component_no = _group(labels["component"][index], 1, section)
        (dimension, dimension_mark), (component, component_mark) = without_mark(dimension), without_mark(component)
        if dimension_mark or component_mark:
            marks[index] = [mark for mark in (dimension_mark, component_mark) if mark]
        if dimension_no is None:  # no dimension number written: the component's own numbering says which ("2.1.")
            dimension_no = parent_number(component)
        papi = labels_to_code(dimension, component)
        group_labels.append(GroupLabels(dimension, dimension_no, component, component_no, papi))
    numbers = group_numbers(group_labels)
    rows: list[Row] = []
    keys = KeyMaker([pieces_to_text([r.cells[numbered] for r in group]) for group in groups], seen)
    for index, group in enumerate(groups):
        texts = {f: pieces_to_text([r.cells[f] for r in group]) for f in FIELDS if f not in GROUP_FIELDS}
        if rows:  # a cell merged down over this row from the one above (one lead for two rows) is its too
            texts.update({f: getattr(rows[-1], f) for f, text in texts.items() if not text and _shared(group[0], f)})
        section = sections[index] if sections else SectionLabels()
        named, number = group_labels[index], numbers[index]
        if named.component_no is None and (coded := coded_component(texts[numbered], number.dimension_no)):
            number = numbers[index] = replace(
                number, component_no=coded, implied=number.implied and named.dimension_no is None
            )
        extra_labels = list(dict.fromkeys(label for r in group for label in r.extra))
        extra = dict(
            (label, pieces_to_text([r.extra.get(label, CellPiece()) for r in group])) for label in extra_labels
        )
        for label, text in displaced_labels((labels["dimension"][index], labels["component"][index]), section):
            have = extra.get(label, "")
            extra[label] = text if not have else have if text in have else f"{have}\n{text}"
        rows.append(
            Row(
                key=keys.key(
                    number.dimension_no, number.component_no, texts[numbered], row_number(tuple(extra.items()))
                ),
                dimension_no=number.dimension_no,
                component_no=number.component_no,
                papi=named.papi,
                pages=tuple(dict.fromkeys(r.page for r in group)),
                boxes=pieces_to_boxes(group),
                ocr_confidence=pieces_to_confidence(group),
                extra=tuple(item for item in extra.items() if item[1]),
                dimension=named.dimension,
                component=named.component,
                indicators=texts["indicators"],
                tasks=texts["tasks"],
                implementing=texts["implementing"],
                lead=texts["lead"],
                sector_guidance=texts["sector_guidance"],
                coordinating=texts["coordinating"],
                deadline=texts["deadline"],
                expected_result=texts["expected_result"],
                budget=texts["budget"],
            )
        )
    marked = [(mark, rows[index].key) for index, found in marks.items() for mark in found]
    return rows, (*continued_warnings(marked), *implied_number_warnings([row.key for row in rows], numbers))


def _quote(row: PhysicalRow) -> str:
    """Return the start of a piece's text, its label cells first, for a warning."""
    text = next((row.cells[f].text for f in (*LABEL_FIELDS, *FIELDS) if row.cells[f].lines), "")
    return text[:QUOTE_CHARS]


def moved_label_doubts(rows: Sequence[PhysicalRow], headings: Mapping[int, Heading]) -> tuple[str, ...]:
    """Name the page-top pieces that may be the moved labels of the row cut above them, kept as rows of their own.

    Those are the pairs :func:`labels_moved` finds only part of the evidence for (the row after a
    section row starts anew, so it is not asked about).
    """
    doubts: list[str] = []
    prev: PhysicalRow | None = None
    for index, row in enumerate(rows):
        if index in headings:
            prev = None
            continue
        if prev is not None and labels_moved(prev, row) is None:
            doubts.append(f"page {prev.page} ({_quote(prev)!r}) / page {row.page} ({_quote(row)!r})")
        prev = row
    if not doubts:
        return ()
    return (
        f"{len(doubts)} page-top row(s) open with a numbered label the row above them left empty, and were kept as "
        f"new rows; check each is not one row a page break cut, its labels moved to the next page: {'; '.join(doubts)}",
    )


def kept_together_doubts(rows: Sequence[PhysicalRow], headings: Mapping[int, Heading]) -> tuple[str, ...]:
    """Name the page-top rows that may be the rest of the row above, moved whole by a producer keeping lines together.

    Each stays a row (:func:`extract.page_joins.kept_together`: a row of set height or beside a merged
    tall cell shows the same); the warning asks for a look.
    """
    padding = finished_padding(rows)
    doubts = [
        f"page {prev.page} ({_quote(prev)!r}) / page {row.page} ({_quote(row)!r})"
        for index, (prev, row) in enumerate(itertools.pairwise(rows), start=1)
        if index not in headings
        and index - 1 not in headings
        and kept_together(prev, row, padding)  # cheap for the pairs no page break parts: asked first
        and not continues(prev, row)
    ]
    if not doubts:
        return ()
    return (
        f"{len(doubts)} page-top row(s) have no label, number or agency of their own and read on from the row above, "
        f"whose frame runs far under its text; they were kept as rows: check each is not the rest of the row above, "
        f"moved whole to the next page: {'; '.join(doubts)}",
    )


def column_numbering_doubts(groups: Sequence[Sequence[PhysicalRow]]) -> tuple[str, ...]:
    """Name the OCR'd group labels of merged columns whose numbers break their sequence (a misread "2.")."""
    dimensions, components = (_group_labels(groups, field) for field in ("dimension", "component"))
    labels = [
        (d, c, label_number(d), label_number(c), any(r.ocr_confidence is not None for r in group))
        for d, c, group in zip(dimensions, components, groups, strict=True)
    ]
    return column_label_doubts(labels)


def merge(doc: Document) -> Document:
    """Turn a document's physical row pieces into its logical rows; section rows become group labels.

    Total rows ("Tổng cộng" over a budget sum) are left out and named (:mod:`extract.totals`).

    A group column that holds the indicators is read as them first (:func:`extract.group_columns.regroup`).
    A second appendix in the file (:mod:`extract.appendices`) is merged on its own, its keys kept apart.
    """
    parts = [regroup(replace(doc, physical_rows=part, warnings=())) for part in appendix_parts(doc.physical_rows)]
    rows: list[Row] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}  # the keys met so far, over every appendix: one document's keys differ
    for part in parts:
        pieces, totals = split_totals(part.physical_rows)
        headings = find_headings(pieces)
        groups, sections = group_rows(pieces, headings)
        part_rows, key_warnings = groups_to_rows(
            groups, sections, seen, "tasks" if tasks_hold_indicators(part.header) else "indicators"
        )
        rows += part_rows
        warnings += [
            *part.warnings,
            *total_warnings(totals),
            *section_warnings(headings),
            *section_numbering_doubts(pieces, headings),
            *moved_label_doubts(pieces, headings),
            *kept_together_doubts(pieces, headings),
            *column_numbering_doubts(groups),
            *displaced_warnings(part_rows),
            *dimension_column_doubts(part_rows),
            *no_dimension_warnings(part_rows),
            *parent_number_doubts(part_rows),
            *key_warnings,
        ]
    rows, split = split_role_cells(rows, parts[0].header)
    rows, title, lost = restore_lost_letter(rows, doc.title)
    warnings += [*split, *run_together_warning(rows), *lost, *misread_words_warning(rows)]
    physical = tuple(row for part in parts for row in part.physical_rows)
    return replace(
        doc,
        header=parts[0].header,
        physical_rows=physical,
        rows=tuple(rows),
        title=title,
        warnings=(*doc.warnings, *warnings),
    )
