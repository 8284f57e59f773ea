"""Physical row pieces -> logical rows: join what page breaks cut, fill merged group labels down.

A page break either cuts a row in two (its second half opens the next page with the leading
cells empty) or falls between rows, and a new row may open the page with its group cells empty
too (they are merged with the cells above). Which one happened is decided per page top by
:func:`continues`, from what the page shows: a numbered group label means a new row; with
geometry, every cell that has text at the top of the new page must have run to the bottom of the
row on the page before (or the ruled row was left open at the page
bottom); without geometry, the agency cells and the way the text resumes vote. One exception to
the numbered label: a browser that moves a cut row's label cells whole to the next page
(:func:`labels_moved`) leaves the page-end piece without labels and the page-top piece without
agencies; where only part of that evidence is there, the two stay rows and a warning names them.
Section rows (:mod:`extract.sections`) are no data rows: they give the group labels of the rows
under them where no merged column does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from core.model import (
    AGENCY_FIELDS,
    DETAIL_FIELDS,
    FIELDS,
    GROUP_FIELDS,
    Box,
    CellPiece,
    Document,
    Line,
    PhysicalRow,
    Row,
)
from core.text import canonical_text, starts_lower
from extract.appendices import appendix_parts
from extract.group_columns import regroup
from extract.group_numbers import GroupLabels, group_numbers, implied_number_warnings
from extract.header import tasks_hold_indicators
from extract.ocr_numbering import column_label_doubts, section_numbering_doubts
from extract.papi import labels_to_code
from extract.reflow import lines_to_text
from extract.row_keys import KeyMaker, label_number, parent_number, row_number
from extract.run_together import run_together_warning
from extract.sections import (
    DISPLACED_LABELS,
    Heading,
    SectionLabels,
    displaced_labels,
    displaced_warnings,
    find_headings,
    holds_heading,
    no_dimension_warnings,
    parent_number_doubts,
    section_warnings,
)
from extract.totals import split_totals, total_warnings

#: A cell cut by the page break has its last line close to its bottom rule: Word and LibreOffice
#: cut each cell of a split row at its own last whole line, so a cut cell leaves at most one line
#: pitch plus its bottom padding empty (measured: 0.2-1.2 pitches on the samples). A finished
#: cell stops higher unless it is the row's tallest.
CUT_SLACK_SHARE = 1.6
#: Browsers and report generators keep two lines of a paragraph together across a page break
#: (CSS widows/orphans default 2), so a cut cell may stop up to two lines higher; such a cell counts
#: as cut only when the text on the next page also reads on from it (lower-case, or after a comma).
LOOSE_CUT_SHARE = CUT_SLACK_SHARE + 2.0
#: A line ending in one of these has not finished its sentence or name.
OPEN_ENDINGS = (",", "-", "–", "(", "/", "&")
#: The cells that place a row: its group labels and its indicator, each numbered where it starts.
LABEL_FIELDS: tuple[str, ...] = (*GROUP_FIELDS, "indicators")
#: The cells of a row that are no labels and no tasks: who does it, when, with what result.
DETAIL_CELLS: tuple[str, ...] = AGENCY_FIELDS + DETAIL_FIELDS
#: How much of a piece's text (characters) a warning quotes.
QUOTE_CHARS = 60


def _starts_lower(piece: CellPiece) -> bool:
    return bool(piece.lines) and starts_lower(piece.lines[0].text)


def _was_cut(piece: CellPiece) -> bool | None:
    """Whether a cell's text ran down to its bottom rule (None: no geometry to tell).

    An empty cell was cut by nothing: text at the next page top under it starts something new
    (a row piece that only carries on the tasks has its agency cells empty).
    """
    if piece.bottom_slack is None:
        return None
    if not piece.lines:
        return False
    if not piece.line_height:
        return None
    return piece.bottom_slack <= CUT_SLACK_SHARE * piece.line_height


def _cut_or_kept_together(before: CellPiece, after: CellPiece) -> bool | None:
    """Whether a cell was cut by the page break, counting a cell that stopped a line or two short.

    Such a cell (its next lines kept together on the next page) counts only when the text there
    reads on from it. None without geometry.
    """
    cut = _was_cut(before)
    if cut is not False or not before.lines or not before.line_height or before.bottom_slack is None:
        return cut
    if before.bottom_slack > LOOSE_CUT_SHARE * before.line_height:
        return False
    return _starts_lower(after) or before.lines[-1].text.endswith(OPEN_ENDINGS)


def _text_votes(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Tell, without geometry, whether the cells of ``row`` read as the rest of ``prev``.

    A ``prev`` alone on its page (the middle of a row over three pages) with no agency, deadline or
    result, and a ``row`` with none either, are pieces of one row: a new row brings its own.
    """
    if prev.page_top and prev.page_end and not _has_details(prev) and not _has_details(row):
        return True
    resume = new = 0
    for field in AGENCY_FIELDS:
        before, after = prev.cells[field], row.cells[field]
        if before.lines and not after.lines:
            resume += 1
        elif after.lines:
            if _starts_lower(after):
                resume += 1
            else:
                new += 1
    for field in ("indicators", "tasks"):
        after = row.cells[field]
        if after.lines and (_starts_lower(after) or _resumes_a_reference(prev.cells[field], after)):
            resume += 1
    return resume > new


#: A line opening with the rest of a number cut from the line above: a document number, a date,
#: a decimal ("139/KH-UBND", "01/8/2022", "1,5 m²"), not a list number ("2.", "2)", "2.1.").
_REFERENCE_START_RE = re.compile(r"^\d+(?:/|[,-]\d)")
#: What a sentence, list item or clause ends with.
_SENTENCE_ENDS = (".", ";", ":", "!", "?")


def _resumes_a_reference(before: CellPiece, after: CellPiece) -> bool:
    """Whether ``after`` opens with a document number or date that ``before``'s text, cut mid-sentence, leads to.

    "... theo Kế hoạch số" | "139/KH-UBND ngày ...": the next page goes on with the number.
    """
    return (
        bool(before.lines)
        and not before.lines[-1].text.rstrip().endswith(_SENTENCE_ENDS)
        and _REFERENCE_START_RE.match(after.lines[0].text) is not None
    )


def _labels_left_empty(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Whether ``row`` opens with a numbered group label that ``prev``, above it, left empty.

    Every label cell (group labels, indicator) that has text in ``row`` is, in ``prev``, a cell of
    its own (not merged with the rows above) with no text: the labels of ``prev`` may have moved.
    A ``prev`` that opens its page has none to lose: it carries on a row from the page before, or
    its group labels are filled down.
    """
    if prev.page_top:
        return False
    own = [f for f in LABEL_FIELDS if row.cells[f].lines and not row.cells[f].merged_above]
    numbered = [f for f in own if f in GROUP_FIELDS and label_number(row.cells[f].lines[0].text) is not None]
    if not numbered:
        return False
    return all(not prev.cells[f].lines and not prev.cells[f].merged_above for f in own)


def _has_details(row: PhysicalRow) -> bool:
    """Whether a piece has agency, deadline or result text."""
    return any(row.cells[f].lines for f in DETAIL_CELLS)


def _details_left_above(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Whether ``prev`` has agency, deadline or result text and ``row`` none of it."""
    return _has_details(prev) and not _has_details(row)


def _cut_at_page_end(prev: PhysicalRow) -> bool:
    """Whether the page-end piece was cut: left open at the page bottom, or every cell with text ran to it."""
    if prev.open_bottom:
        return True
    cuts = [_was_cut(prev.cells[f]) for f in FIELDS if f not in GROUP_FIELDS and prev.cells[f].lines]
    return bool(cuts) and all(cut is True for cut in cuts)


def labels_moved(prev: PhysicalRow, row: PhysicalRow) -> bool | None:
    """Tell whether a page break moved the label cells of a cut row whole onto the next page.

    Browsers (WeasyPrint, Chromium) split a row cell by cell and keep a short cell's lines
    together: a two- or three-line label and indicator go whole to the next page while the first
    task and the agency cells stay. The page-end piece ``prev`` then has empty label and indicator
    cells of its own, and the page-top piece ``row`` opens with the numbered label but has no
    agency, deadline or result text. True when that and the cut of ``prev`` at the page bottom are
    all there, None when the labels and only one of the other two are (the caller warns), else False.
    """
    if not row.page_top or not prev.page_end or not _labels_left_empty(prev, row):
        return False
    if _row_number_of(prev) is not None and _row_number_of(row) is not None:
        return False
    details, cut = _details_left_above(prev, row), _cut_at_page_end(prev) and prev.page != row.page
    if details and cut:
        return True
    return None if details or cut else False


def continues(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Tell whether ``row`` is the rest of ``prev`` that a page break pushed onto the next page."""
    if not row.page_top or not prev.page_end:
        return False
    if labels_moved(prev, row):
        return True
    for field in GROUP_FIELDS:
        piece = row.cells[field]
        if piece.lines and not piece.merged_above and label_number(piece.lines[0].text) is not None:
            return False
    if _row_number_of(prev) is not None and _row_number_of(row) is not None:
        return False  # each piece has its number in the STT column: the row above had its own
    filled = [f for f in FIELDS if f not in GROUP_FIELDS and row.cells[f].lines]
    if not filled or prev.open_bottom:
        return True
    # Geometry tells only across a real page break; a header row printed again inside a page
    # (a converter's page parts) leaves the text to decide.
    cuts = [_cut_or_kept_together(prev.cells[f], row.cells[f]) for f in filled]
    known = [c for c in cuts if c is not None] if prev.page != row.page else []
    if known:
        return all(known)
    return _text_votes(prev, row)


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
    return numbered or _starts_lower(piece)


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


def _row_number_of(row: PhysicalRow) -> int | None:
    """Return the number a piece shows in its row-number (STT) column, or None."""
    return row_number([(label, piece.text) for label, piece in row.extra.items()])


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
    for index in range(len(groups)):
        section = sections[index] if sections else SectionLabels()
        dimension, dimension_no = _group(labels["dimension"][index], 0, section)
        component, component_no = _group(labels["component"][index], 1, section)
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
    return rows, implied_number_warnings([row.key for row in rows], numbers)


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
            *column_numbering_doubts(groups),
            *displaced_warnings(part_rows),
            *no_dimension_warnings(part_rows),
            *parent_number_doubts(part_rows),
            *key_warnings,
        ]
    warnings += run_together_warning(rows)
    physical = tuple(row for part in parts for row in part.physical_rows)
    return replace(
        doc, header=parts[0].header, physical_rows=physical, rows=tuple(rows), warnings=(*doc.warnings, *warnings)
    )
