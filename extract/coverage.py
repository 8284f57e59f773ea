"""Account for every character of the appendix's table region: in a row, in a header, or named in a warning.

Each appendix page counts the characters the page itself draws inside its appendix tables, plus
the text lines outside them that still belong to the table's region (under a table that goes on
over the page, over one that came from the page before, between two of its tables), against the
characters the reader placed in rows, headers, titles and column-number rows. A page where the
two differ gets one warning line saying how much and where; the document gets a
:class:`~core.model.Coverage`. Coordinates: points, origin at the page's top-left.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.model import CellPiece, Coverage, PhysicalRow
from core.text import fold, ink
from extract.grid import Grid
from extract.header import TITLE_START
from extract.pdf_lines import chars_to_lines
from extract.pdf_objects import Char

#: Page furniture that is no table text: "12", "- 12 -", "Trang 3", "3/40", "Page 3 of 40".
_PAGE_NUMBER_RE = re.compile(r"^(?:trang|page)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:/|of|trên)\s*\d{1,4})?$")
#: A line printed on this many appendix pages is a running header or footer, not table text.
RUNNING_LINE_PAGES = 3
#: A browser's page header or footer: a lone address ("file:///...", "https://..."), with the page
#: count after it ("1/4"); matched with white space removed (a "fi" ligature splits "fi le").
_ADDRESS_LINE_RE = re.compile(r"^(?:file|https?):/{2,3}\S+?(?:\d{1,4}/\d{1,4})?$")
#: Numbers in a line, masked to tell a running line whose page number or date changes ("1/4", "2/4").
_NUMBER_RE = re.compile(r"\d+")
#: A running line whose numbers change stands at the same height on every page, within this (pt).
RUNNING_PLACE_TOLERANCE = 2.0
#: How much of a stray line's text a warning quotes.
QUOTE_CHARS = 60


@dataclass(frozen=True)
class FreeLine:
    """A text line of a page that lies in no table: its box and text."""

    top: float
    bottom: float
    x0: float
    x1: float
    text: str

    @property
    def middle(self) -> float:
        """The line's middle (pt from the top): a glyph's box may reach over the rule next to it."""
        return (self.top + self.bottom) / 2


def free_lines(chars: Sequence[Char], grids: Sequence[Grid]) -> tuple[FreeLine, ...]:
    """Return the page's text lines outside every table, top to bottom."""
    free = [c for c in chars if c["text"].strip()]
    for left, top, right, bottom in (g.bbox for g in grids):  # each table's box takes out the characters it holds
        free = [  # a centre inside the box as Grid.cell_at sees it; this runs for every character
            c
            for c in free
            if not (left <= (c["x0"] + c["x1"]) / 2 < right and top <= (c["top"] + c["bottom"]) / 2 < bottom)
        ]
    mids = [(c["top"] + c["bottom"]) / 2 for c in free]  # each character's vertical centre, computed once
    groups: list[list[Char]] = []
    first_mid = 0.0  # the vertical centre of the current line's first character
    for k in sorted(range(len(free)), key=mids.__getitem__):  # a stable sort by centre, keys looked up in C
        mid, char = mids[k], free[k]
        if groups and abs(mid - first_mid) < 0.5 * float(char["size"]):
            groups[-1].append(char)
        else:
            groups.append([char])
            first_mid = mid
    out = []
    for group in groups:
        lines = chars_to_lines(group, None)
        if not lines:
            continue
        line = lines[0]
        out.append(
            FreeLine(
                min([c["top"] for c in group]),
                max([c["bottom"] for c in group]),
                min([c["x0"] for c in group]),
                max([c["x1"] for c in group]),
                line.text,
            )
        )
    return tuple(out)


def piece_ink(piece: CellPiece) -> int:
    """Count the characters of one cell piece."""
    return sum(ink(line.text) for line in piece.lines)


def row_ink(row: PhysicalRow) -> int:
    """Count the characters of one physical row: its cells and extra columns."""
    return sum(piece_ink(p) for p in row.cells.values()) + sum(piece_ink(p) for p in row.extra.values())


@dataclass
class PageAccount:
    """One page's side of the ledger, filled in while the appendix is chained."""

    page_no: int
    drawn: int = 0  # characters the page draws inside its appendix tables
    placed: int = 0  # characters placed in rows, headers, titles and column-number rows
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # appendix tables' bboxes
    free: tuple[FreeLine, ...] = ()
    text_chars: int = 0  # every character of the page (for pages the appendix skipped)
    unread_table: bool = False  # a page after the appendix whose text keeps to its columns
    titled: list[FreeLine] = field(default_factory=list)  # free lines read as titles of the rows under them


def is_page_number(text: str) -> bool:
    """Tell whether a line is a page number ("12", "- 12 -", "Trang 3", "3/40"): page furniture, no text of the plan."""
    return bool(_PAGE_NUMBER_RE.match(fold(text).strip()))


def is_address_line(text: str) -> bool:
    """Tell whether a line is only a web or file address, perhaps with a page count: a browser's page footer."""
    return bool(_ADDRESS_LINE_RE.match("".join(fold(text).split())))


def masked(text: str) -> str:
    """Return a line's folded text with every number masked: a running line's pattern."""
    return _NUMBER_RE.sub("#", fold(text))


@dataclass(frozen=True)
class Running:
    """The running lines of a document's appendix pages: exact texts, and patterns with the heights they stand at."""

    texts: frozenset[str] = frozenset()
    patterns: dict[str, tuple[float, ...]] = field(default_factory=dict)

    def holds(self, line: FreeLine) -> bool:
        """Tell whether a free line is one of them."""
        if fold(line.text) in self.texts:
            return True
        tops = self.patterns.get(masked(line.text), ())
        return any(abs(line.top - top) <= RUNNING_PLACE_TOLERANCE for top in tops)


def running_lines(accounts: Sequence[PageAccount]) -> Running:
    """Find the running headers and footers: a line on :data:`RUNNING_LINE_PAGES` pages or more.

    Either the same text anywhere, or the same text but for its numbers (a page number, a date)
    at the same height: "file:///.../plan.html 1/4" at the foot of every page.
    """
    counts = Counter(fold(line.text) for a in accounts for line in a.free)
    texts = frozenset(text for text, n in counts.items() if n >= RUNNING_LINE_PAGES)
    heights: dict[str, list[tuple[int, float]]] = {}
    for account in accounts:
        for line in account.free:
            heights.setdefault(masked(line.text), []).append((account.page_no, line.top))
    patterns: dict[str, tuple[float, ...]] = {}
    for pattern, places in heights.items():
        if "#" not in pattern:
            continue  # no number: the exact texts above
        for _, top in places:
            pages = {p for p, other in places if abs(other - top) <= RUNNING_PLACE_TOLERANCE}
            if len(pages) >= RUNNING_LINE_PAGES:
                patterns[pattern] = (*patterns.get(pattern, ()), top)
    return Running(texts, patterns)


def _is_furniture(line: FreeLine, running: Running) -> bool:
    return is_furniture_text(line.text) or running.holds(line)


def is_furniture_text(text: str, running: frozenset[str] = frozenset()) -> bool:
    """Tell whether a line's text is page furniture: a page number, an address, or one of the ``running`` texts.

    ``running`` are folded texts without their spaces (:func:`squeezed` of :attr:`Running.texts`): two
    readings of one line may space it apart (an italic line's free-line reading lost a space the title's kept).
    """
    return is_page_number(text) or is_address_line(text) or squeezed(text) in running


def squeezed(text: str) -> str:
    """Return a line's folded text without its spaces: how furniture lines are compared."""
    return "".join(fold(text).split())


def _stray(account: PageAccount, first: bool, last: bool, running: Running) -> list[FreeLine]:
    """Free lines of an appendix page that lie in the table's region."""
    x0 = min(b[0] for b in account.boxes)
    x1 = max(b[2] for b in account.boxes)
    top = min(b[1] for b in account.boxes)
    bottom = max(b[3] for b in account.boxes)
    out = []
    for line in account.free:
        if _is_furniture(line, running):
            continue
        # by the line's middle: a glyph's box may reach over the rule it stands next to (pdfplumber's
        # boxes are the font's full height), which must not take a line out of the region
        middle = line.middle
        if first and _above_own_table(line, middle, account.boxes):
            continue  # the title over the first table, beside another one (two pages printed on one sheet)
        between = top <= middle <= bottom  # beside the table too: text run over its edge
        inside = x0 <= (line.x0 + line.x1) / 2 <= x1
        if between or (inside and ((middle >= bottom and not last) or (middle <= top and not first))):
            out.append(line)
    return out


def _above_own_table(line: FreeLine, middle: float, boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    """Tell whether a line lies above every table under it (none beside it counts): a title, not table text."""
    centre = (line.x0 + line.x1) / 2
    under = [box for box in boxes if box[0] <= centre <= box[2]]
    return bool(under) and all(middle <= box[1] for box in under)


#: A page after the appendix whose lines keep to its columns this often is more of the table, unread.
TABULAR_SHARE = 0.8


def in_columns(lines: Sequence[tuple[float, float]], xs: Sequence[float]) -> bool:
    """Tell whether text lines (x0, x1 of each inked run) keep to a table's columns, in two or more of them.

    A page the reader found no table on, right after the appendix, whose text still keeps to the
    appendix's columns is more of the table (a rule the engine did not see), not text after it.
    """
    if not lines:
        return False
    inner = xs[1:-1]
    inside = [(x0, x1) for x0, x1 in lines if not any(x0 < x < x1 for x in inner) and xs[0] <= x0 and x1 <= xs[-1]]
    columns = {sum(1 for x in inner if x0 >= x) for x0, _ in inside}
    return len(inside) >= TABULAR_SHARE * len(lines) and len(columns) >= 2


#: How many stray lines a page's warning quotes; it says how many more there are.
QUOTED_LINES = 5


def quote_lines(lines: Sequence[FreeLine]) -> str:
    """Quote text lines for a warning: every one up to :data:`QUOTED_LINES`, and how many more.

    >>> quote_lines([FreeLine(0, 9, 0, 50, "II. Trách nhiệm"), FreeLine(20, 29, 0, 50, "III. Quản trị")])
    "'II. Trách nhiệm' | 'III. Quản trị'"
    """
    quoted = " | ".join(repr(line.text[:QUOTE_CHARS]) for line in lines[:QUOTED_LINES])
    more = len(lines) - QUOTED_LINES
    return f"{quoted} and {more} more line(s)" if more > 0 else quoted


#: A paragraph that titles an appendix: "PHỤ LỤC II", "Phụ lục 2" (folded; its words from extract.header).
_APPENDIX_TITLE_RE = re.compile(rf"^\s*{TITLE_START}\b")


def is_appendix_title(text: str) -> bool:
    """Tell whether a line opens an appendix's title ("PHỤ LỤC", "Phụ lục II ...")."""
    return _APPENDIX_TITLE_RE.match(fold(text)) is not None


def table_title(paragraphs: Sequence[str]) -> str:
    """Return the title a table not read has among the paragraphs above it: the last "Phụ lục ..." one, else the last.

    >>> table_title(["Nơi nhận:", "PHỤ LỤC II", "KẾT QUẢ CHỈ SỐ PAPI"]), table_title([])
    ('PHỤ LỤC II KẾT QUẢ CHỈ SỐ PAPI', '')
    """
    starts = [i for i, text in enumerate(paragraphs) if is_appendix_title(text)]
    return " ".join(paragraphs[starts[-1] :] if starts else paragraphs[-1:])


#: A table of fewer columns is a layout frame (the national motto beside the issuer, a signature
#: block), not a table of data: one before the appendix is not named.
MIN_NAMED_COLUMNS = 3


def unread_tables_warning(tables: Sequence[tuple[int, str, str]], where: str = "after") -> tuple[str, ...]:
    """Name the tables ``where`` ("after", "before") the appendix's that are not read: (page, title, first row).

    Before the appendix only another appendix ("PHỤ LỤC II ..." above it) is named: a table in the
    plan's own text (its last year's scores) is the plan's body, as its paragraphs are.
    """
    if where == "before":
        tables = [table for table in tables if is_appendix_title(table[1])]
    if not tables:
        return ()
    quoted = "; ".join(
        f"page {page}: {title[: 2 * QUOTE_CHARS]!r} ({first[:QUOTE_CHARS]!r})"
        if title
        else f"page {page}: {first[:QUOTE_CHARS]!r}"
        for page, title, first in tables
    )
    return (
        f"{len(tables)} table(s) {where} the appendix's table are not read (not the appendix's columns: another "
        f"appendix or table), their text left out of the rows: {quoted}",
    )


def account_pages(accounts: Sequence[PageAccount]) -> tuple[Coverage, tuple[str, ...]]:
    """Close the ledger: the document's coverage and one warning per page with unplaced characters."""
    used = [a for a in accounts if a.boxes]
    if not used:
        return Coverage(0, 0), ()
    first_page, last_page = used[0].page_no, used[-1].page_no
    running = running_lines(used)
    region = placed = 0
    losses: list[int] = []
    warnings: list[str] = []
    for account in accounts:
        if not first_page <= account.page_no <= last_page and not account.unread_table:
            continue
        if not account.boxes:
            region += account.text_chars
            if account.text_chars:
                losses.append(account.page_no)
                warnings.append(
                    f"page {account.page_no}: {account.text_chars} characters laid out as the appendix table "
                    "were read as no row (no table found on the page)"
                )
            continue
        stray = _stray(account, account.page_no == first_page, account.page_no == last_page, running)
        stray_chars = sum(ink(line.text) for line in stray)
        page_region = account.drawn + stray_chars
        page_placed = account.placed + sum(ink(line.text) for line in account.titled)
        region += page_region
        placed += min(page_placed, page_region)
        missing = page_region - page_placed
        if missing > 0:
            losses.append(account.page_no)
            unplaced = [line for line in stray if line not in account.titled]
            where = f"; outside the table's cells: {quote_lines(unplaced)}" if unplaced else ""
            counted = f"{missing} of {page_region} characters in the table region are in no row"
            warnings.append(f"page {account.page_no}: {counted}{where}")
    return Coverage(region, placed, tuple(losses)), tuple(warnings)
