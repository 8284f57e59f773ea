"""Write a plan as a report generator does: a reportlab table that may break inside a row.

Report generators (reportlab, and the many tools built like it) lay the appendix out as one long
table, repeat the header row on each page or not, and, with ``splitInRow``, cut a tall row at
the page bottom wherever its lines run out of room. Which rules they draw is the document's
style: a full grid, verticals with a rule above each row (so nothing closes a page's last row),
booktabs rules only, or none at all. ``write_rotated`` draws the same story on portrait pages
through a canvas turned by 90 degrees, the text matrix itself rotated, no ``/Rotate`` at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from layouts_plan import BOLD_FONT_FILES, FONT_FILES, Plan, Style, group_runs
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from seedtext import FIELDS

PAGE_SIZES = {"A4": A4, "A3": A3}
#: Cell padding in pt: what reportlab's own default (3 pt) gives, a little more for legibility.
PADDING = 3.5
#: Thin rule width (pt) of grid and row rules; booktabs' top and bottom rules are heavier.
THIN, HEAVY = 0.5, 1.0


@dataclass(frozen=True)
class Rules:
    """Which rules the appendix table draws and whether its header repeats on each page.

    ``grid``: every cell boxed; ``closing_at_page_bottom``: a rule under a row the page cuts and
    above its rest on the next page (without it reportlab leaves the cut open, as its plain GRID
    does); ``booktabs``: a heavy rule over the header, a thin one under it and a heavy one under
    the table's last row; ``row_rules``: thin rules between rows (with booktabs). reportlab (5.1)
    often cannot cut a merged group cell at a page break (it raises LayoutError), so most variants
    print group labels once per group instead (``merged_groups`` False).
    """

    name: str
    grid: bool
    closing_at_page_bottom: bool = False
    booktabs: bool = False
    row_rules: bool = False
    repeat_header: bool = True
    justified: bool = False
    #: Group labels in merged (spanned) cells; else printed on a group's first row, the cells below empty.
    merged_groups: bool = True


GRID_CLOSED = Rules("grid-closed", grid=True, closing_at_page_bottom=True)
#: reportlab's GRID as users write it: a row cut by the page is left open at the page bottom.
GRID_OPEN = Rules("grid-open", grid=True)
#: Without rules inside a group, a label on the group's first row looks as a merged cell does.
BORDERLESS = Rules("borderless", grid=False, merged_groups=False)
BOOKTABS = Rules("booktabs", grid=False, booktabs=True, merged_groups=False)
BOOKTABS_THIN = Rules("booktabs-rows", grid=False, booktabs=True, row_rules=True, merged_groups=False)


def register_font(family: str) -> tuple[str, str]:
    """Register ``family`` and its bold face with reportlab (embedded as subsets); return both names."""
    bold = f"{family} Bold"
    if family not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(family, FONT_FILES[family]))
        pdfmetrics.registerFont(TTFont(bold, BOLD_FONT_FILES[family]))
    return family, bold


def _styles(style: Style, rules: Rules) -> dict[str, ParagraphStyle]:
    regular, bold = register_font(style.font)
    size, leading = style.font_size, style.font_size * 1.2
    return {
        "body": ParagraphStyle("body", fontName=regular, fontSize=size, leading=leading, spaceAfter=4),
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 1, leading=leading + 1, alignment=TA_CENTER),
        "head": ParagraphStyle("head", fontName=bold, fontSize=size, leading=leading, alignment=TA_CENTER),
        "cell": ParagraphStyle(
            "cell",
            fontName=regular,
            fontSize=size,
            leading=leading,
            alignment=TA_JUSTIFY if rules.justified else TA_LEFT,
        ),
    }


def _paragraphs(text: str, para_style: ParagraphStyle) -> list[Flowable]:
    return [Paragraph(escape(line), para_style) for line in text.split("\n") if line]


def _small_table(rows: Sequence[Sequence[str]], para_style: ParagraphStyle, grid: bool) -> Table:
    data = [[_paragraphs(value, para_style) for value in row] for row in rows]
    table = Table(data, hAlign="LEFT")
    if grid:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), THIN, colors.black)]))
    return table


def _group_spans(rows: Sequence[dict[str, str]]) -> list[tuple[int, int, int]]:
    """Return (column, first row, last row) of each merged group cell, rows counted after the header."""
    return [
        (column, first + 1, last + 1)
        for column, group in enumerate(("dimension", "component"))
        for first, last in group_runs(rows, group)
        if last > first
    ]


def _rule_commands(rules: Rules, n_rows: int) -> list[tuple[Any, ...]]:
    """Table style commands for the rules; rows are 0 (header) to ``n_rows`` (the last data row).

    An explicit row number (never -1) keeps a rule meant for the table's end off the other page
    parts; "inrowsplitstart"/"inrowsplitend" are reportlab's names for the two pieces of a cut row.
    """
    black = colors.black
    cmds: list[tuple[Any, ...]] = []
    if rules.grid:
        cmds += [("GRID", (0, 0), (-1, -1), THIN, black), ("LINEBELOW", (0, 0), (-1, 0), THIN, black)]
    if rules.closing_at_page_bottom:
        cmds += [
            ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), THIN, black),
            ("LINEABOVE", (0, "inrowsplitend"), (-1, "inrowsplitend"), THIN, black),
        ]
    if rules.booktabs:
        cmds += [
            ("LINEABOVE", (0, 0), (-1, 0), HEAVY, black),
            ("LINEBELOW", (0, 0), (-1, 0), THIN, black),
            ("LINEBELOW", (0, n_rows), (-1, n_rows), HEAVY, black),
        ]
    if rules.row_rules:
        cmds.append(("LINEBELOW", (0, 1), (-1, n_rows - 1), THIN / 2, black))
    return cmds


def appendix_table(plan: Plan, style: Style, rules: Rules, width: float) -> Table:
    """Return the appendix as one reportlab table of ``width`` pt, split inside rows at page breaks."""
    para = _styles(style, rules)
    total = sum(style.widths)
    col_widths = [width * w / total for w in style.widths]
    spans = _group_spans(plan.rows)
    covered = {(c, r) for c, first, last in spans for r in range(first + 1, last + 1)}
    if not rules.merged_groups:
        spans = []
    data: list[list[Any]] = [[_paragraphs(label, para["head"]) for label in plan.header]]
    for r, row in enumerate(plan.rows, start=1):
        data.append(
            [[] if (c, r) in covered else _paragraphs(row[name], para["cell"]) for c, name in enumerate(FIELDS)]
        )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        *(("SPAN", (c, first), (c, last)) for c, first, last in spans),
        *((side, (0, 0), (-1, -1), PADDING) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")),
        *_rule_commands(rules, len(plan.rows)),
    ]
    return Table(
        data,
        colWidths=col_widths,
        repeatRows=1 if rules.repeat_header else 0,
        splitByRow=0,
        splitInRow=1,
        style=TableStyle(commands),
    )


def _story(plan: Plan, style: Style, rules: Rules, width: float, body: bool) -> list[Flowable]:
    para = _styles(style, rules)
    story: list[Flowable] = []
    if body:
        story += [Paragraph(escape(text), para["body"]) for text in plan.body]
        story += [
            _small_table(plan.scores, para["body"], grid=True),
            Spacer(1, 6),
            Paragraph(escape(plan.closing), para["body"]),
            _small_table(plan.recipients, para["body"], False),
            NextPageTemplate("appendix"),
            PageBreak(),
        ]
    story += [Paragraph(escape(line), para["title"]) for line in plan.title_lines]
    story += [Spacer(1, 8), appendix_table(plan, style, rules, width)]
    return story


def page_size(style: Style) -> tuple[float, float]:
    """Return the appendix pages' size in pt, turned as the style says."""
    width, height = landscape(PAGE_SIZES[style.page]) if style.landscape else portrait(PAGE_SIZES[style.page])
    return float(width), float(height)


def write_platypus(plan: Plan, style: Style, rules: Rules, path: Path) -> Path:
    """Write the plan: body on portrait pages, then the appendix table on pages of the style."""
    body_size, table_size = portrait(PAGE_SIZES[style.page]), page_size(style)
    m = style.margin_pt
    doc = BaseDocTemplate(
        str(path),
        pagesize=body_size,
        leftMargin=m,
        rightMargin=m,
        topMargin=m,
        bottomMargin=m,
        title=plan.title_lines[0],
        author="phuluc samples",
        invariant=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "body", [Frame(m, m, body_size[0] - 2 * m, body_size[1] - 2 * m, id="body")], pagesize=body_size
            ),
            PageTemplate(
                "appendix",
                [Frame(m, m, table_size[0] - 2 * m, table_size[1] - 2 * m, id="appendix")],
                pagesize=table_size,
            ),
        ]
    )
    doc.build(_story(plan, style, rules, table_size[0] - 2 * m - 12, body=True))
    return path


def _fill(frame: Frame, story: list[Flowable], canvas: Canvas) -> int:
    """Draw flowables from the front of ``story`` into ``frame``, splitting the one that overflows; return how many."""
    placed = 0
    while story:
        if frame.add(story[0], canvas):
            story.pop(0)
            placed += 1
            continue
        parts = frame.split(story[0], canvas)
        if len(parts) < 2 or not frame.add(parts[0], canvas):
            break
        story[0:1] = parts[1:]
        placed += 1
        break
    return placed


def write_rotated(plan: Plan, style: Style, rules: Rules, path: Path) -> Path:
    """Write the appendix on portrait pages, drawn through a canvas turned 90 degrees counter-clockwise.

    The page has no ``/Rotate``: a viewer shows it sideways, every character's matrix is rotated,
    and the reader must turn the text back itself.
    """
    long_side, short_side = page_size(Style(landscape=True, page=style.page))
    m = style.margin_pt
    canvas = Canvas(str(path), pagesize=(short_side, long_side), invariant=1)
    canvas.setTitle(plan.title_lines[0])
    story = _story(plan, style, rules, long_side - 2 * m - 12, body=False)
    while story:
        canvas.saveState()
        canvas.translate(short_side, 0)
        canvas.rotate(90)
        placed = _fill(Frame(m, m, long_side - 2 * m, short_side - 2 * m), story, canvas)
        canvas.restoreState()
        canvas.showPage()
        if not placed:
            msg = f"{path.name}: a flowable does not fit on an empty page"
            raise RuntimeError(msg)
    canvas.save()
    return path
