"""One PDF page's tables: each grid's characters placed into its cells as lines, and the appendix header found.

Pages are read independently (and in two processes for long plans) until
:mod:`extract.pdf_chain` chains their tables into one appendix. Coordinates: points, origin at
the page's top-left (pdfplumber's convention).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.model import CellPiece
from core.text import ink
from extract.coverage import FreeLine, free_lines
from extract.drawn_boxes import STAMPED, stamp_text
from extract.grid import Grid, GridCell
from extract.header import is_body_text_header, is_header, is_label_start, name_fields_alone, stacked_label
from extract.pdf_lines import cell_padding, cell_piece, cell_turn, chars_to_lines, turned_cell_piece
from extract.pdf_objects import Char, PageObjects
from extract.reflow import lines_to_text
from extract.text_lines import page_spans
from extract.unseen import UnseenText, past_edge

#: A ruled table has at least this many columns; a page without one may hold a table drawn without rules.
MIN_TABLE_COLUMNS = 3
#: A header found in a grid: the band that ends it, and each column's cell with its label.
Header = tuple[int, list[tuple[GridCell, str]]]


@dataclass(frozen=True)
class PageTable:
    """One ruled table of a page, its cells' text pieces, and the appendix header if it has one.

    ``header`` is the header band and its labelled cells; ``lines_above`` the text lines above
    the table that lie in no table (the appendix title, where this is the first header);
    ``drawn`` counts the characters inside the table, for the coverage ledger.
    """

    grid: Grid
    pieces: dict[int, CellPiece]
    header: tuple[int, list[tuple[GridCell, str]]] | None
    lines_above: tuple[str, ...] = ()
    drawn: int = 0  # characters the page draws inside the table (white space left out)
    #: With no header found: the labels of a top band that names the appendix's columns but holds
    #: body text (:func:`extract.header.is_body_text_header`), "" when none does.
    body_header: str = ""


@dataclass(frozen=True)
class PageReading:
    """Everything the appendix needs from one page; pages are read independently.

    ``loose`` keeps the page's objects when it has no ruled table (it may hold one drawn without
    rules); ``free`` are its text lines outside every table, ``text_chars`` counts all its
    characters and ``spans`` are the inked runs (x0, x1) of its lines, for the coverage ledger
    (left empty on a page with an appendix header, which the ledger never asks them of);
    ``width`` is the page's (pt), None when unknown.
    """

    page_no: int
    tables: tuple[PageTable, ...]
    has_text: bool
    loose: PageObjects | None = None
    free: tuple[FreeLine, ...] = ()
    text_chars: int = 0
    spans: tuple[tuple[float, float], ...] = ()
    width: float | None = None
    unseen: tuple[UnseenText, ...] = ()  # text the page does not show as table text, left out (extract.unseen)
    past_edge: str = ""  # table text drawn off the page and read all the same (extract.unseen.past_edge)


def grid_to_table(grid: Grid, chars: Sequence[Char], grids: Sequence[Grid], *, sideways: bool = False) -> PageTable:
    """Put a page's characters into one table's cells, as lines, and find the appendix header in it.

    ``sideways``: some characters of the page run sideways; a cell mostly of them is read turned.
    """
    placed, inked = _cells_of(grid, chars)
    assigned = dict(enumerate(placed))
    turns = [cell_turn(cs) for cs in inked] if sideways else [0] * len(inked)
    padding = cell_padding((cell, cs) for cell, cs, turn in zip(grid.cells, inked, turns, strict=True) if not turn)
    pieces = {
        i: turned_cell_piece(grid.cells[i], cs, padding, inked[i], turns[i])
        if turns[i]
        else cell_piece(grid.cells[i], cs, padding, inked[i])
        for i, cs in assigned.items()
    }
    header = find_header(grid, pieces)
    above = tuple(_outside_lines(chars, grids, grid.ys[0]) + _title_bands(grid, pieces, header)) if header else ()
    drawn = sum(ink("".join([c["text"] for c in cs])) for cs in assigned.values())
    return PageTable(grid, pieces, header, above, drawn, "" if header else body_text_header(grid, pieces))


def body_text_header(grid: Grid, pieces: dict[int, CellPiece]) -> str:
    """Return the labels of a top band that names the appendix's columns but holds body text, or "".

    Such a band is rows of the table run together under the header's labels (the rules between
    them not found): taken for no header, and said (:func:`extract.pdf_chain.pages_to_reading`).
    """
    for band in range(min(len(grid.ys) - 1, MAX_HEADER_BANDS)):
        labels = [text for _, text in band_labels(grid, pieces, band)]
        if is_body_text_header(labels):
            return " | ".join(text for text in labels if text)
    return ""


#: Glyphs drawn one after the other on a line, the next starting within this share of the font size of
#: the last one's right edge (either side: glyph boxes overlap a little, and pdfium's edges carry float
#: noise), are one word: a word too long for its column that a browser lets run over the column rule
#: stays in the cell it started in, over the next cell's own text on that line too (audit22 F2).
OVERFLOW_GAP_SHARE = 0.1


def _cells_of(grid: Grid, chars: Sequence[Char]) -> tuple[list[list[Char]], list[list[Char]]]:
    """Return each cell's characters and its inked ones (not white space), each in reading order.

    Reading order: the rounded vertical centre, then the left edge. A character goes in the cell
    holding its centre; a word that runs over a rule stays in its first cell. Which characters run
    on from the one before is told in the order the page draws them (``chars``' order): a browser
    draws a cell's text whole, so a word run over the rule onto the next cell's own text on that
    line still follows its own letters there, where in reading order the two cells' letters mix.
    """
    xs, ys, atom_cell = grid.xs, grid.ys, grid.atom_cell  # Grid.cell_at, inlined: it runs for every character
    n_cols, n_rows = len(xs) - 1, len(ys) - 1
    cells: list[int | None] = []  # each character's cell, in the order drawn
    prev_idx: int | None = None  # the cell of the last inked character, None after a blank or outside every cell
    prev_height2 = prev_x1 = 0.0  # that character's top + bottom (twice its centre) and right edge
    for char in chars:
        height2 = char["top"] + char["bottom"]
        col = bisect_right(xs, (char["x0"] + char["x1"]) / 2) - 1
        row = bisect_right(ys, height2 / 2) - 1
        idx = atom_cell[row][col] if 0 <= col < n_cols and 0 <= row < n_rows else None
        if not char["text"].strip():
            cells.append(idx)
            prev_idx = None
            continue
        if (
            idx != prev_idx
            and prev_idx is not None
            and abs(height2 - prev_height2) < float(char["size"])
            and abs(char["x0"] - prev_x1) < OVERFLOW_GAP_SHARE * float(char["size"])
        ):
            idx = prev_idx
        cells.append(idx)
        prev_idx, prev_height2, prev_x1 = idx, height2, char["x1"]
    placed: list[list[Char]] = [[] for _ in grid.cells]
    inked: list[list[Char]] = [[] for _ in grid.cells]
    keys = [(round((c["top"] + c["bottom"]) / 2), c["x0"]) for c in chars]  # the rounded centre, then the left edge
    for k in sorted(range(len(chars)), key=keys.__getitem__):  # a stable sort, keys looked up in C
        idx = cells[k]
        if idx is not None:
            char = chars[k]
            placed[idx].append(char)
            if char["text"].strip():
                inked[idx].append(char)
    return placed, inked


def objects_to_page(page_no: int, objects: PageObjects, grids: Sequence[Grid]) -> PageReading:
    """Put a page's characters into its tables' cells, as lines; find the appendix header.

    A page with text and no ruled table of :data:`MIN_TABLE_COLUMNS` columns keeps its objects,
    so that the appendix chain can look for a table drawn without column rules on it.
    """
    boxes = [box for grid in grids for box in grid.boxes]
    if boxes:  # a stamp's label drawn over a table is no cell's text: left out and said
        chars, label = stamp_text(objects.chars, boxes)
        objects = replace(objects, chars=chars, unseen=objects.unseen + (UnseenText(STAMPED, label),))
    tables = tuple(grid_to_table(grid, objects.chars, grids, sideways=objects.sideways) for grid in grids)
    ruled = any(len(grid.xs) > MIN_TABLE_COLUMNS for grid in grids)
    loose = objects if objects.chars and not ruled else None
    text_chars = ink("".join([c["text"] for c in objects.chars]))
    spans = () if any(table.header is not None for table in tables) else page_spans(objects.chars)
    free = free_lines(objects.chars, grids)
    return PageReading(
        page_no,
        tables,
        bool(objects.chars),
        loose,
        free,
        text_chars,
        spans,
        objects.width,
        objects.unseen,
        past_edge(objects.chars, objects.page_box, [grid.bbox for grid in grids]),
    )


def band_labels(grid: Grid, pieces: dict[int, CellPiece], band: int) -> list[tuple[GridCell, str]]:
    """Return the cells that start at ``band``, left to right, each with its text on one line."""
    out = []
    for i, cell in enumerate(grid.cells):
        if cell.row == band:
            text = lines_to_text(pieces[i].lines, pieces[i].line_height).replace("\n", " ")
            out.append((cell, text))
    return sorted(out, key=lambda item: item[0].x0)


def _title_bands(grid: Grid, pieces: dict[int, CellPiece], header: tuple[int, list[tuple[GridCell, str]]]) -> list[str]:
    """Text of the table's own bands above its header row (a title typed into the table)."""
    top = min(cell.row for cell, _ in header[1])
    above = sorted((cell.row, cell.x0, i) for i, cell in enumerate(grid.cells) if cell.row_end <= top)
    texts = (lines_to_text(pieces[i].lines, pieces[i].line_height) for _, _, i in above)
    return [line for text in texts for line in text.split("\n") if line]


def _outside_lines(chars: Sequence[Char], grids: Sequence[Grid], above: float) -> list[str]:
    """Text lines above ``above`` (pt from the top) that lie in no table: the title block.

    A character is above by its middle: a title's last line may reach past the table's top rule by
    its descent (reportlab draws it 0.5 pt over: samples/audit42 F4), and was in no output.
    """
    free = [
        c
        for c in chars
        if (c["top"] + c["bottom"]) / 2 <= above
        and all(g.cell_at((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2) is None for g in grids)
    ]
    return [line.text for line in chars_to_lines(free, None)]


def header_top(header: tuple[int, list[tuple[GridCell, str]]]) -> int:
    """Return the first band of a found header row (it ends at ``header[0]``)."""
    return min(cell.row for cell, _ in header[1])


#: How many bands from a table's top may hold its header row (a title band, a grouped header).
MAX_HEADER_BANDS = 4
#: Bands over the header that hold no text or one cell across the whole table (the title typed into
#: a spreadsheet's printed grid, the empty row under it) do not count against MAX_HEADER_BANDS, up to
#: this many: Calc prints a sheet's title rows inside its grid (audit2 b8: three title rows, one empty).
MAX_TITLE_BANDS = 8


class Bands:
    """A grid's bands with their labels, each band's read and judged once.

    Finding a header asks about a band several times (as a header row, as the group band over
    one, as the row under one), and the chain asks again down the whole table.
    """

    def __init__(self, grid: Grid, pieces: dict[int, CellPiece]) -> None:
        self.grid, self.pieces = grid, pieces
        self._labels: dict[int, list[tuple[GridCell, str]]] = {}
        self._header: dict[int, bool] = {}

    def labels(self, band: int) -> list[tuple[GridCell, str]]:
        """Return the cells that start at ``band``, left to right, each with its text on one line."""
        found = self._labels.get(band)
        if found is None:
            found = self._labels[band] = band_labels(self.grid, self.pieces, band)
        return found

    def is_header(self, band: int) -> bool:
        """Tell whether the band's own labels name a header row."""
        found = self._header.get(band)
        if found is None:
            found = self._header[band] = is_header([t for _, t in self.labels(band)])
        return found


def find_header(grid: Grid, pieces: dict[int, CellPiece]) -> tuple[int, list[tuple[GridCell, str]]] | None:
    """Find the band that ends the appendix header, with each column's cell and label; None if none.

    A grouped header takes two bands: cells spanning several columns ("Cơ quan" over "Chủ trì",
    "Phối hợp") over the columns' own labels; each column is labelled with both.
    """
    bands = Bands(grid, pieces)
    counted = skipped = 0
    for band in range(len(grid.ys) - 1):
        found = _header_labels_at(bands, band)
        if found is not None:
            return found
        if skipped < MAX_TITLE_BANDS and _title_or_empty(bands, band):
            skipped += 1
        else:
            counted += 1
        if counted >= MAX_HEADER_BANDS:
            break
    return None


def _title_or_empty(bands: Bands, band: int) -> bool:
    """Tell whether a band holds no text, or one cell across the whole table: a title line, not a header."""
    labels = bands.labels(band)
    if not any(text.strip() for _, text in labels):
        return True
    (cell, _), *others = labels
    return not others and cell.col == 0 and cell.col_end == len(bands.grid.xs) - 1


def _header_labels_at(bands: Bands, band: int) -> tuple[int, list[tuple[GridCell, str]]] | None:
    """Return the header that starts at ``band`` (its last band and labelled cells), if one does."""
    if bands.is_header(band):
        if has_sub_header(bands, band):
            stacked = _stacked_labels(bands, band)
            if is_header([t for _, t in stacked]):
                return band + 1, stacked
        return band, bands.labels(band)
    if band + 1 < len(bands.grid.ys) - 1 and not bands.is_header(band + 1):
        # a group band over the columns' own labels; a band over a whole header row is a data row
        stacked = _stacked_labels(bands, band)
        if is_header([t for _, t in stacked]):
            return band + 1, stacked
    return None


def has_sub_header(bands: Bands, band: int) -> bool:
    """Tell whether the band under header row ``band`` holds its columns' own labels under its spanning cells.

    "Cơ quan thực hiện" spanning "Chủ trì" | "Phối hợp": the top row may name enough fields alone
    (with deadline and result columns it does), but the band under it is still the header's. It
    is when its labels lie only under the cells of ``band`` that span several columns, and every
    other column is a cell of ``band`` reaching down through it, or an empty cell. With such empty
    cells (no merged header cells) each label under a span must name a field of its own, as
    "Chủ trì" does and an agency's name does not: a data row under a wide header cell is no header.
    """
    below = band + 1
    if below >= len(bands.grid.ys) - 1:
        return False
    spans = [cell for cell, _ in bands.labels(band) if cell.col_end - cell.col > 1 and cell.row_end == below]
    own, open_cells = [], False
    for cell, text in bands.labels(below):
        if any(_spans_over(s, cell) for s in spans):
            own += [text] if text.strip() else []
        elif text.strip():
            return False
        else:
            open_cells = True
    if open_cells and not name_fields_alone(own):
        return False
    return bool(own)


def _spans_over(parent: GridCell, cell: GridCell) -> bool:
    """Tell whether ``parent`` covers ``cell``'s columns and more."""
    return (
        parent.col <= cell.col
        and cell.col_end <= parent.col_end
        and cell.col_end - cell.col < parent.col_end - parent.col
    )


def header_at(bands: Bands, band: int) -> int | None:
    """Return the last band of a header row that starts at ``band``, or None."""
    found = _header_labels_at(bands, band)
    return None if found is None else found[0]


def _stacked_labels(bands: Bands, band: int) -> list[tuple[GridCell, str]]:
    """Return the cells that reach band ``band + 1``, each labelled with the spanning cell above it."""
    own = dict(bands.labels(band + 1))
    above = bands.labels(band)
    out = []
    for cell in bands.grid.cells:
        if not (cell.row <= band + 1 < cell.row_end):
            continue
        if cell.row <= band:  # one cell over both bands: its own label is the whole label
            out.append((cell, next((t for c, t in above if c == cell), "")))
            continue
        middle = (cell.x0 + cell.x1) / 2
        over = next(((c, t) for c, t in above if c.x0 <= middle <= c.x1), None)
        label = own.get(cell, "")
        if over is not None and over[0].col_end - over[0].col > cell.col_end - cell.col:
            label = stacked_label(over[1], label)
        elif over is not None and not label.strip():
            label = over[1]  # an empty cell under a header cell of its width (the header drawn without merged cells)
        out.append((cell, label))
    return sorted(out, key=lambda item: item[0].x0)


#: The appendix's header columns as a later page must repeat them: (label, x0, x1), pt from the page's left.
KnownColumns = Sequence[tuple[str, float, float]]
#: A header printed again lies on the appendix's columns within this (pt).
REPEAT_TOLERANCE = 3.0
#: A header printed again shows at least this many of its labels (whole or cut short), and most of
#: them: a data row whose cells all read as the starts of header labels is no real risk at three.
MIN_REPEATED_LABELS = 3


def repeated_header(bands: Bands, known: KnownColumns) -> Header | None:
    """Return the header at the table's top when it repeats the appendix's, whole or clipped; else None.

    Its cells lie on the appendix's columns and each label is the appendix's own label or its
    start (a converter clips a repeated header to a fixed height): such a header is skipped
    even when what is left of it no longer names enough fields to be found as a header.
    Two-band (grouped) headers are tried first, then the top band alone.
    """
    if len(bands.grid.ys) < 2:
        return None
    tried: list[Header] = []
    if len(bands.grid.ys) > 2:
        tried.append((1, _stacked_labels(bands, 0)))
    tried.append((0, bands.labels(0)))
    for end, labelled in tried:
        if _repeats(labelled, known):
            return end, labelled
    return None


def repeats_header_at(bands: Bands, band: int, end: int, known: KnownColumns) -> bool:
    """Tell whether the header found at ``band``-``end`` inside a table shows the appendix's own labels."""
    labelled = _stacked_labels(bands, band) if end > band else bands.labels(band)
    return _repeats(labelled, known)


def known_label(cell: GridCell, known: KnownColumns) -> str | None:
    """Return the appendix label of the column the cell lies on, or None when it lies on none."""
    return next(
        (
            label
            for label, x0, x1 in known
            if abs(cell.x0 - x0) <= REPEAT_TOLERANCE and abs(cell.x1 - x1) <= REPEAT_TOLERANCE
        ),
        None,
    )


def _repeats(labelled: Sequence[tuple[GridCell, str]], known: KnownColumns) -> bool:
    """Tell whether the labelled cells are the appendix's header columns, each label whole or cut short."""
    shown = 0
    for cell, text in labelled:
        label = known_label(cell, known)
        if label is None or not is_label_start(text, label):
            return False
        shown += bool(text.strip())
    return shows_enough_labels(shown, known)


def shows_enough_labels(shown: int, known: KnownColumns) -> bool:
    """Tell whether ``shown`` labels are enough for a header printed again: :data:`MIN_REPEATED_LABELS`, and most."""
    return shown >= max(MIN_REPEATED_LABELS, len(known) // 2 + 1)


def clipped_rest(bands: Bands, header: Header, known: KnownColumns) -> tuple[dict[int, CellPiece], tuple[str, ...]]:
    """Take out of the band under a clipped repeated header the lines that finish its labels.

    A converter that clips the repeated header still writes the hidden rest of a label's text,
    under the header's bottom rule, into the first band's cell of the same column ("phần" of
    "Nội dung thành phần"): the leading lines of that cell that carry on the label are header
    text. Returns the pieces with those lines taken out and the lines taken.
    """
    pieces = dict(bands.pieces)
    below = header[0] + 1
    taken: list[str] = []
    for cell, text in header[1]:
        label = known_label(cell, known)
        if label is None or is_label_start(label, text):
            continue  # the label is whole
        for i, under in enumerate(bands.grid.cells):
            if under.row != below or not (under.col < cell.col_end and cell.col < under.col_end):
                continue
            lines, shown, k = pieces[i].lines, text, 0
            while k < len(lines) and (longer := _continued(shown, lines[k].text, label)) is not None:
                shown, k = longer, k + 1
            if k:
                pieces[i] = replace(pieces[i], lines=lines[k:])
                taken += [line.text for line in lines[:k]]
    return pieces, tuple(taken)


def _continued(shown: str, line: str, label: str) -> str | None:
    """Return the label shown so far carried on by ``line`` if it still reads as the start of ``label``.

    The line carries on the last part shown, or, under a spanning cell whose column's own label
    was hidden whole, starts that part.
    """
    for longer in (f"{shown} {line}", stacked_label(shown, line)):
        if is_label_start(longer, label):
            return longer
    return None
