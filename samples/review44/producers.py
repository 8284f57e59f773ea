"""Draw a review44 table model without borders: HTML for Chromium's print, reportlab, DOCX for LibreOffice."""

from __future__ import annotations

import html
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

WIDTHS = {"stt": 1.0, "dim": 3.0, "comp": 3.2, "indicators": 5.0, "tasks": 8.0, "lead": 3.0, "guidance": 3.0,
          "coordinating": 3.2, "start": 2.2, "deadline": 2.2, "note": 1.8}
TITLE = ["PHỤ LỤC", "Nhiệm vụ, giải pháp duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2025",
         "(Kèm theo Kế hoạch số 21/KH-UBND ngày 15 tháng 01 năm 2025 của UBND tỉnh Hà Tĩnh)"]


def width(model: dict, col: str) -> float:
    return model["widths"].get(col, WIDTHS[col])


def header_rows(model: dict) -> list[list[tuple]]:
    """The header as rows of (text, col index, colspan, rowspan, is_group)."""
    cols, groups = model["cols"], model["groups"]
    if not groups:
        return [[(model["labels"][c], k, 1, 1, False) for k, c in enumerate(cols)]]
    top, bottom = [], []
    k = 0
    while k < len(cols):
        g = next((g for g in groups if g["cols"][0] == cols[k]), None)
        if g:
            top.append((g["label"], k, len(g["cols"]), 1, True))
            for j, c in enumerate(g["cols"]):
                bottom.append((model["labels"][c], k + j, 1, 1, False))
            k += len(g["cols"])
        else:
            top.append((model["labels"][cols[k]], k, 1, 2, False))
            k += 1
    return [top, bottom]


def group_align(model: dict, cell: tuple) -> str:
    return next((g.get("align", model["align"]) for g in model["groups"] if g["label"] == cell[0]), model["align"])


# ---------------------------------------------------------------- HTML (Chromium)

def write_html(model: dict, path: Path, font: str = "Liberation Serif", size: float = 12) -> None:
    css = (f"@page {{ size: A4 landscape; margin: 15mm; }} body {{ font-family: '{font}'; font-size: {size}pt; }}"
           " table { border-collapse: collapse; width: 100%; table-layout: fixed; } td, th { border: none;"
           " vertical-align: top; padding: 3px; } p { margin: 0; } .t { text-align: center; font-weight: bold; }")
    out = [f"<!doctype html><html lang=vi><meta charset=utf-8><style>{css}</style><body>"]
    out += [f"<p class=t>{html.escape(t)}</p>" for t in TITLE]
    out.append("<table><colgroup>" + "".join(f"<col style='width:{width(model, c)}cm'>" for c in model["cols"]))
    out.append("</colgroup><thead>" if model["repeat"] else "</colgroup><tbody>")
    for row in header_rows(model):
        out.append("<tr>")
        for text, _k, cs, rs, is_group in row:
            align = group_align(model, (text,)) if is_group else model["align"]
            attrs = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
            label = "<br>".join(html.escape(x) for x in text.split("\n"))
            out.append(f"<th{attrs} style='text-align:{align}'>{label}</th>")
        out.append("</tr>")
    out.append("</thead><tbody>" if model["repeat"] else "")
    brk = False
    n = len(model["cols"])
    for item in model["items"]:
        if item[0] == "break":
            brk = True
            continue
        tr = "<tr style='break-before: page'>" if brk else "<tr>"
        brk = False
        if item[0] == "section":
            out.append(f"{tr}<td colspan={n}><b>{html.escape(item[1])}</b></td></tr>")
            continue
        out.append(tr)
        cells = item[1]
        for col in model["cols"]:
            span = cells.get(col + "_span")
            if span == 0 or cells.get(col + "_span0"):
                continue
            attr = f" rowspan={span}" if span and span > 1 else ""
            if cells.get("_colspan", (None,))[0] == col:
                attr += " colspan=2"
            paras = "".join(f"<p>{html.escape(x)}</p>" for x in cells[col].split("\n"))
            out.append(f"<td{attr}>{paras}</td>")
        out.append("</tr>")
    out.append("</tbody></table></body></html>")
    path.write_text("".join(out), encoding="utf-8")


# ---------------------------------------------------------------- reportlab

def write_reportlab(model: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    base = "/usr/share/fonts/truetype/liberation2/LiberationSerif-"
    pdfmetrics.registerFont(TTFont("LS", base + "Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", base + "Bold.ttf"))
    body = ParagraphStyle("b", fontName="LS", fontSize=11, leading=13.5)
    aligns = {"left": 0, "center": 1, "right": 2}

    def para(text: str, st=body):
        return Paragraph("<br/>".join(html.escape(x) for x in text.split("\n")), st)

    def bold(align: str):
        return ParagraphStyle("h" + align, parent=body, fontName="LSB", alignment=aligns[align])

    cols = model["cols"]
    widths = [width(model, c) * cm * 0.93 for c in cols]
    hrows = header_rows(model)
    head = [[""] * len(cols) for _ in hrows]
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, row in enumerate(hrows):
        for text, k, cs, rs, is_group in row:
            head[r][k] = para(text, bold(group_align(model, (text,)) if is_group else model["align"]))
            if cs > 1 or rs > 1:
                cmds.append(("SPAN", (k, r), (k + cs - 1, r + rs - 1)))
    chunks: list[list] = [[]]
    for item in model["items"]:
        if item[0] == "break":
            chunks.append([])
        else:
            chunks[-1].append(item)
    story = [para(t, bold("center")) for t in TITLE]
    for n, chunk in enumerate(chunks):
        if n:
            story.append(PageBreak())
        data, style = [list(h) for h in head], list(cmds)
        for item in chunk:
            r = len(data)
            if item[0] == "section":
                data.append([para(item[1], ParagraphStyle("s", parent=body, fontName="LSB"))] + [""] * (len(cols) - 1))
                style.append(("SPAN", (0, r), (-1, r)))
                continue
            cells, line = item[1], []
            for k, col in enumerate(cols):
                span = cells.get(col + "_span")
                line.append("" if span == 0 or cells.get(col + "_span0") else para(cells[col]))
                if span and span > 1:
                    style.append(("SPAN", (k, r), (k, r + span - 1)))
                if cells.get("_colspan", (None,))[0] == col:
                    style.append(("SPAN", (k, r), (k + 1, r)))
            data.append(line)
        story.append(Table(data, colWidths=widths, repeatRows=len(head) if model["repeat"] else 0, splitInRow=1,
                           style=TableStyle(style)))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build(story)


# ---------------------------------------------------------------- DOCX (LibreOffice), no borders

def write_docx(model: dict, path: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    for line in TITLE:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cols = model["cols"]
    hrows = header_rows(model)
    table = doc.add_table(rows=len(hrows), cols=len(cols))
    aligns = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
    for r, row in enumerate(hrows):
        for text, k, cs, rs, is_group in row:
            cell = table.rows[r].cells[k]
            if cs > 1 or rs > 1:
                cell = cell.merge(table.rows[r + rs - 1].cells[k + cs - 1])
            _lines(cell, text, bold=True)
            for p in cell.paragraphs:
                p.alignment = aligns[group_align(model, (text,)) if is_group else model["align"]]
    if model["repeat"]:
        for row in table.rows:
            row._tr.get_or_add_trPr().append(_el("w:tblHeader", "true"))
    brk = False
    starts: dict[str, object] = {}
    for item in model["items"]:
        if item[0] == "break":
            brk = True
            continue
        row = table.add_row()
        if brk:
            row.cells[0].paragraphs[0].paragraph_format.page_break_before = True
            brk = False
        if item[0] == "section":
            merged = row.cells[0].merge(row.cells[-1])
            merged.paragraphs[0].add_run(item[1]).bold = True
            continue
        cells = item[1]
        for k, col in enumerate(cols):
            span = cells.get(col + "_span")
            if cells.get(col + "_span0"):
                continue
            if span == 0:
                starts[col] = starts[col].merge(row.cells[k])
                continue
            cell = row.cells[k]
            if cells.get("_colspan", (None,))[0] == col:
                cell = cell.merge(row.cells[k + 1])
            _lines(cell, cells[col])
            if span is not None:
                starts[col] = cell
    for k, col in enumerate(cols):
        for r in table.rows:
            r.cells[k].width = Cm(width(model, col))
    doc.save(path)


def _el(tag: str, val: str):
    el = OxmlElement(tag)
    el.set(qn("w:val"), val)
    return el


def _lines(cell, text: str, bold: bool = False) -> None:
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    cell.paragraphs[0].add_run(lines[0]).bold = bold
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).bold = bold
