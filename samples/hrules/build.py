"""Build the hrules samples: Word tables with horizontal borders only, printed to PDF by LibreOffice.

h1-rules-every-row: portrait, 10 pt Liberation Sans; a thick rule over and under the table, one
under the header and a hairline under every row (under a merged group cell only where the group
ends); no vertical rule, no fill.
h2-zebra-only: landscape, 12 pt Liberation Serif; rules over and under the table and under the
header only; the rows told apart by their fills alone (every other row shaded, group cells not).

Run: /work/main/.venv/bin/python build.py   (needs soffice: one call converts both)
"""

import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from content import HEADER, ROWS

HERE = os.path.dirname(os.path.abspath(__file__))


def borders(cell, top=None, bottom=None):
    """Give a cell only a top and a bottom border (eighths of a point), never a left or right one."""

    def side(name, size):
        if size is None:
            return f'<w:{name} w:val="nil"/>'
        return f'<w:{name} w:val="single" w:sz="{size}" w:space="0" w:color="000000"/>'

    xml = (
        f"<w:tcBorders {nsdecls('w')}>{side('top', top)}{side('left', None)}"
        f"{side('bottom', bottom)}{side('right', None)}</w:tcBorders>"
    )
    cell._tc.get_or_add_tcPr().append(parse_xml(xml))


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def vmerge(cell, restart):
    val = ' w:val="restart"' if restart else ""
    cell._tc.get_or_add_tcPr().append(parse_xml(f"<w:vMerge {nsdecls('w')}{val}/>"))


def write(cell, paragraphs, font, size, bold=False):
    cell.text = ""
    for k, text in enumerate(paragraphs):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(text)
        run.font.name, run.font.size, run.bold = font, Pt(size), bold


def table_doc(font, size, landscape, widths):
    doc = Document()
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(1.5)
    for text, bold in (("PHỤ LỤC", True), ("Nhiệm vụ cải thiện Chỉ số PAPI năm 2025 của huyện", False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.font.name, run.font.size, run.bold = font, Pt(size + 1), bold
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for cell, label in zip(table.rows[0].cells, HEADER):
        write(cell, [label], font, size, bold=True)
    return doc, table


def group_ends(column):
    """For each row, whether its group label (column 1 dimension, 2 component) ends with it."""
    labels = [row[column] for row in ROWS]
    return [k == len(labels) - 1 or labels[k + 1] != labels[k] for k in range(len(labels))]


def fill_rows(table, font, size, decorate):
    for r, (_, dim, comp, indicators, tasks, lead, coordinating, deadline) in enumerate(ROWS, start=1):
        cells = table.rows[r].cells
        for c, (value, column) in enumerate(((dim, 1), (comp, 2))):
            first = r == 1 or ROWS[r - 2][column] != value
            vmerge(cells[c], first)
            write(cells[c], [value] if first else [""], font, size)
        for c, value in enumerate((indicators, tasks, lead, coordinating, deadline), start=2):
            write(cells[c], value, font, size)
        decorate(table, r)


def build_h1():
    font, size = "Liberation Sans", 10
    doc, table = table_doc(font, size, False, [2.2, 2.3, 3.0, 5.0, 1.9, 2.0, 1.6])
    for k, cell in enumerate(table.rows[0].cells):
        borders(cell, top=12, bottom=6)
    dim_ends, comp_ends = group_ends(1), group_ends(2)

    def decorate(table, r):
        last = r == len(ROWS)
        for c, cell in enumerate(table.rows[r].cells):
            ends = {0: dim_ends[r - 1], 1: comp_ends[r - 1]}.get(c, True)
            borders(cell, bottom=(12 if last else 2) if ends else None)

    fill_rows(table, font, size, decorate)
    doc.save(os.path.join(HERE, "h1-rules-every-row.docx"))


def build_h2():
    font, size = "Liberation Serif", 12
    doc, table = table_doc(font, size, True, [3.0, 3.2, 4.6, 8.4, 3.0, 2.8, 1.7])
    for cell in table.rows[0].cells:
        borders(cell, top=12, bottom=8)
        shade(cell, "BFBFBF")

    def decorate(table, r):
        last = r == len(ROWS)
        for c, cell in enumerate(table.rows[r].cells):
            borders(cell, bottom=12 if last else None)
            if c >= 2 and r % 2 == 0:
                shade(cell, "E3E9F2")

    fill_rows(table, font, size, decorate)
    doc.save(os.path.join(HERE, "h2-zebra-only.docx"))


if __name__ == "__main__":
    build_h1()
    build_h2()
    names = [os.path.join(HERE, n) for n in ("h1-rules-every-row.docx", "h2-zebra-only.docx")]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, *names], check=True)
