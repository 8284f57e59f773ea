"""Titles outside the table: a paragraph above or between the appendix's tables that heads the rows under it.

Some plans type the appendix as one table per dimension (or component), each under a paragraph of
its own ("II. TRÁCH NHIỆM GIẢI TRÌNH VỚI NGƯỜI DÂN") instead of a section row inside the table.
Such a paragraph is read as a section row is (:func:`extract.sections.read_heading`); the readers
put it among the rows at its place as a row of one cell (:func:`title_row`), so merging makes it
the group label of the rows under it, as it does an in-table section row.

Between two parts of the appendix every paragraph that reads as a heading is a title. Above the
first part the plan's body is numbered the same way ("II. NHIỆM VỤ, GIẢI PHÁP"), so a paragraph
there is a title only when it says by itself that it heads a group (it names a PAPI entry or has
group words: "Chỉ số nội dung 1:", "Lĩnh vực 2."), or when a title between the parts has its
numbering style ("I." above the first table, "II." above the second). Text between the parts that
is no title is in no row: the readers say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from core.model import FIELDS, CellPiece, Line, PhysicalRow
from core.text import fold
from extract.coverage import FreeLine, PageAccount
from extract.sections import Heading, read_heading

#: The cell a title row puts its text in: a row with one filled cell that is no group column
#: reads as a section row, whichever cell it is.
TITLE_FIELD = "tasks"
#: A line more than this share of its own height below the line before starts a new paragraph
#: (lines of one paragraph are 0.1-0.4 heights apart in Word, LibreOffice and browsers).
PARAGRAPH_GAP_SHARE = 0.8


def read_title(text: str) -> Heading | None:
    """Read a paragraph outside the table as a title (a heading), or None."""
    return read_heading("", text)


def names_group(heading: Heading) -> bool:
    """Tell whether a heading says by itself that it heads a group: a PAPI name or group words."""
    return heading.papi_level is not None


def lead_run(paragraphs: Sequence[str]) -> list[str]:
    """Return the last paragraphs above the appendix's first table that read as titles (in order)."""
    run: list[str] = []
    for text in reversed(paragraphs):
        if read_title(text) is None:
            break
        run.insert(0, text)
    return run


def settle_lead(run: Sequence[str], later_styles: set[str]) -> list[str]:
    """Keep the end of a lead run whose every title names its group or shares the style of a later title."""
    kept: list[str] = []
    for text in reversed(run):
        heading = read_title(text)
        if heading is None or not (names_group(heading) or heading.style in later_styles):
            break
        kept.insert(0, text)
    return kept


def title_row(text: str, page: int, box: tuple[float, float, float, float] | None = None) -> PhysicalRow:
    """Return a title as a row of one cell, at its place among the rows (``box``: x0, top, x1, bottom in pt)."""
    cells = {f: CellPiece() for f in FIELDS}
    lines = tuple(Line(text=line, paragraph_end=True) for line in text.split("\n") if line.strip())
    cells[TITLE_FIELD] = CellPiece(lines=lines)
    if box is None:
        return PhysicalRow(page=page, cells=cells)
    x0, top, x1, bottom = box
    return PhysicalRow(page=page, cells=cells, top=top, bottom=bottom, x0=x0, x1=x1)


def lines_to_paragraphs(lines: Sequence[FreeLine]) -> list[list[FreeLine]]:
    """Group a page's text lines (top to bottom) into paragraphs.

    A line starts a new paragraph when it reads as the start of a heading or lies more than
    :data:`PARAGRAPH_GAP_SHARE` of its height below the line before; else it carries on that line.
    """
    out: list[list[FreeLine]] = []
    for line in lines:
        if out:
            before = out[-1][-1]
            gap = line.top - before.bottom
            if gap <= PARAGRAPH_GAP_SHARE * (line.bottom - line.top) and read_title(line.text) is None:
                out[-1].append(line)
                continue
        out.append([line])
    return out


def paragraph_text(paragraph: Sequence[FreeLine]) -> str:
    """Return a paragraph's lines as one text: a title wrapped over lines is one line."""
    return " ".join(line.text for line in paragraph)


def styles_of(texts: Sequence[str]) -> set[str]:
    """Return the numbering styles of the titles among ``texts``."""
    return {h.style for h in map(read_title, texts) if h is not None}


def _squeezed(text: str) -> str:
    return "".join(fold(text).split())


def title_without(title: str, kept: Sequence[str]) -> str:
    """Return a document title (lines) without the last lines that are the lead titles ``kept``."""
    lines = title.split("\n")
    joined = _squeezed(" ".join(kept))
    while lines and kept and _squeezed(lines[-1]) and _squeezed(lines[-1]) in joined:
        lines.pop()
    return "\n".join(lines)


def _centre(line: FreeLine) -> float:
    return (line.x0 + line.x1) / 2


def _box(paragraph: Sequence[FreeLine]) -> tuple[float, float, float, float]:
    return (
        min(line.x0 for line in paragraph),
        paragraph[0].top,
        max(line.x1 for line in paragraph),
        paragraph[-1].bottom,
    )


@dataclass
class PageTitles:
    """The titles on PDF pages around the appendix's tables, met while the chain reads them.

    ``lead`` are the paragraphs above the first table (page, lines); ``found`` the titles met
    between later parts; ``titled`` the lines made titles, by page, for the coverage ledger.
    """

    last: tuple[int, float] | None = None  # page and bottom (pt from the top) of the appendix's last table
    tail: list[FreeLine] = field(default_factory=list)  # the lines under that table on its page
    lead: list[tuple[int, list[FreeLine]]] = field(default_factory=list)
    found: list[str] = field(default_factory=list)
    titled: dict[int, list[FreeLine]] = field(default_factory=dict)

    def before_part(
        self, page_no: int, free: Sequence[FreeLine], bbox: tuple[float, float, float, float]
    ) -> list[PhysicalRow]:
        """Return the title rows over a part of the appendix, from the lines since the last part.

        ``bbox`` is the part's table (x0, top, x1, bottom). Lines count when their middle lies over
        its columns: above it on its page (below the last part when that is on the same page), and
        under the last part on that part's page.
        """
        x0, top, x1, bottom = bbox
        over = [line for line in free if x0 <= _centre(line) <= x1 and line.middle <= top]
        rows: list[PhysicalRow] = []
        if self.last is None:
            self.lead = [(page_no, p) for p in lines_to_paragraphs(over)]
        else:
            last_page, last_bottom = self.last
            if last_page == page_no:
                parts = [(page_no, [line for line in over if line.middle >= last_bottom])]
            else:
                parts = [(last_page, [line for line in self.tail if x0 <= _centre(line) <= x1]), (page_no, over)]
            for page, lines in parts:
                for paragraph in lines_to_paragraphs(lines):
                    text = paragraph_text(paragraph)
                    if read_title(text) is not None:
                        self.found.append(text)
                        self.titled.setdefault(page, []).extend(paragraph)
                        rows.append(title_row(text, page, _box(paragraph)))
        self.last = (page_no, bottom)
        return rows

    def after_page(self, page_no: int, free: Sequence[FreeLine]) -> None:
        """Keep the lines under the appendix's last table when it is on this page."""
        if self.last is not None and self.last[0] == page_no:
            self.tail = [line for line in free if line.middle >= self.last[1]]

    def mark(self, accounts: Sequence[PageAccount]) -> None:
        """Give each page's coverage account the lines made titles on it (they are placed)."""
        for account in accounts:
            account.titled = self.titled.get(account.page_no, [])

    def lead_rows(self) -> tuple[list[PhysicalRow], list[str]]:
        """Return the title rows above the first table that stand (see :func:`settle_lead`) and their texts."""
        texts = [paragraph_text(p) for _, p in self.lead]
        kept = settle_lead(lead_run(texts), styles_of(self.found))
        chosen = self.lead[len(self.lead) - len(kept) :] if kept else []
        return [title_row(paragraph_text(p), page, _box(p)) for page, p in chosen], kept


def titles_warning(texts: Sequence[str]) -> tuple[str, ...]:
    """Say which paragraphs outside the table became the group labels of the rows under them."""
    if not texts:
        return ()
    return (f"{len(texts)} title(s) outside the table head the rows under them: {'; '.join(texts)}",)
