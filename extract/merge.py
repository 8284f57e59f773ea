"""Physical row pieces -> logical rows: join what page breaks cut, fill merged group labels down.

A page break either cuts a row in two (its second half opens the next page with the leading
cells empty) or falls between rows, and a new row may open the page with its group cells empty
too (they are merged with the cells above). Which one happened is decided per page top by
:func:`continues`, from what the page shows: a numbered group label means a new row; with
geometry, every cell that has text at the top of the new page must have run to the bottom of the
row on the page before (or the ruled row was left open at the page
bottom); without geometry, the agency cells and the way the text resumes vote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from core.model import AGENCY_FIELDS, FIELDS, GROUP_FIELDS, Box, CellPiece, Document, Line, PhysicalRow, Row
from extract.reflow import lines_to_text, starts_lower

#: A group label or indicator that carries its number: "3.", "3)", "III.", "Chỉ số 3:".
NUMBER_RE = re.compile(r"^\s*(?:chỉ số|nội dung|chỉ tiêu)?\s*(\d{1,3}|[IVXLC]{1,6})\s*[.):\-–]\s*", re.IGNORECASE)
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

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def label_number(text: str) -> int | None:
    """Return the number a label or indicator starts with (arabic or roman), or None.

    >>> label_number("III. Trách nhiệm giải trình"), label_number("6. Cung ứng"), label_number("Tỷ lệ")
    (3, 6, None)
    """
    match = NUMBER_RE.match(text)
    if not match:
        return None
    token = match.group(1).upper()
    if token.isdigit():
        return int(token)
    values = [_ROMAN[ch] for ch in token]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


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
    """Tell, without geometry, whether the cells of ``row`` read as the rest of ``prev``."""
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
        if row.cells[field].lines and _starts_lower(row.cells[field]):
            resume += 1
    return resume > new


def continues(prev: PhysicalRow, row: PhysicalRow) -> bool:
    """Tell whether ``row`` is the rest of ``prev`` that a page break pushed onto the next page."""
    if not row.page_top or not prev.page_end:
        return False
    for field in GROUP_FIELDS:
        piece = row.cells[field]
        if piece.lines and not piece.merged_above and label_number(piece.lines[0].text) is not None:
            return False
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


def rows_to_groups(rows: Sequence[PhysicalRow]) -> list[list[PhysicalRow]]:
    """Group the pieces so that each group is one logical row."""
    groups: list[list[PhysicalRow]] = []
    for row in rows:
        if groups and continues(groups[-1][-1], row):
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def pieces_to_text(pieces: Sequence[CellPiece]) -> str:
    """Join one cell's pieces across page breaks and rebuild its paragraphs.

    The last line of a piece ends where the page ended, not where the author ended a paragraph,
    so its ``paragraph_end`` mark is dropped and the join is decided like any other line break.
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
    return lines_to_text(lines, height)


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
        for row in group:
            piece = row.cells[field]
            if not piece.lines or piece.merged_above:
                continue
            if runs and (row is not group[0] or _is_label_tail(runs[-1][0], row, piece)):
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
    return tuple(
        Box(r.page, r.x0, r.top, r.x1, r.bottom)
        for r in group
        if r.top is not None and r.bottom is not None and r.x0 is not None and r.x1 is not None
    )


def groups_to_rows(groups: Sequence[Sequence[PhysicalRow]]) -> list[Row]:
    """Build the logical rows: joined cell text, group labels, keys and source pages."""
    labels = {field: _group_labels(groups, field) for field in GROUP_FIELDS}
    rows: list[Row] = []
    seen: dict[str, int] = {}
    for index, group in enumerate(groups):
        texts = {f: pieces_to_text([r.cells[f] for r in group]) for f in FIELDS if f not in GROUP_FIELDS}
        texts.update({field: labels[field][index] for field in GROUP_FIELDS})
        extra_labels = list(dict.fromkeys(label for r in group for label in r.extra))
        extra = tuple(
            (label, pieces_to_text([r.extra.get(label, CellPiece()) for r in group])) for label in extra_labels
        )
        dimension_no = label_number(texts["dimension"]) or 1
        component_no = label_number(texts["component"]) or 1
        key = f"{dimension_no}.{component_no}.{label_number(texts['indicators']) or 1}"
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}-{seen[key]}"
        rows.append(
            Row(
                key=key,
                dimension_no=dimension_no,
                component_no=component_no,
                pages=tuple(dict.fromkeys(r.page for r in group)),
                boxes=pieces_to_boxes(group),
                extra=tuple(item for item in extra if item[1]),
                dimension=texts["dimension"],
                component=texts["component"],
                indicators=texts["indicators"],
                tasks=texts["tasks"],
                implementing=texts["implementing"],
                lead=texts["lead"],
                sector_guidance=texts["sector_guidance"],
                coordinating=texts["coordinating"],
            )
        )
    return rows


def merge(doc: Document) -> Document:
    """Turn a document's physical row pieces into its logical rows."""
    groups = rows_to_groups(doc.physical_rows)
    return replace(doc, rows=tuple(groups_to_rows(groups)))
