"""Draws a table model as DOCX (python-docx), HTML (for Chromium's print) or PDF (reportlab)."""

from __future__ import annotations

import html
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

WIDTHS = {"dim": 3.0, "comp": 3.2, "indicators": 5.0, "tasks": 8.0, "lead": 3.2, "coordinating": 3.4,
          "deadline": 2.2, "stt": 1.0, "note": 1.8}


def title_lines(meta: dict) -> list[str]:
    return ["PHỤ LỤC",
            f"Nhiệm vụ, giải pháp duy trì, cải thiện và nâng cao Chỉ số PAPI năm {meta['year']}",
            f"(Kèm theo Kế hoạch số {meta['no']}/KH-UBND ngày {meta['day']} tháng 01 năm {meta['year']} "
            f"của UBND tỉnh {meta['province']})"]


# ---------------------------------------------------------------- DOCX

def write_docx(model: dict, meta: dict, style: dict, path: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    for k, line in enumerate(title_lines(meta)):
        p = doc.add_paragraph(line)
        p.alignment = 1
        p.runs[0].bold = k < 2
    cols = model["cols"]
    parent = model.get("parent")
    table = doc.add_table(rows=2 if parent else 1, cols=len(cols))
    if style["borders"] == "grid":
        table.style = "Table Grid"
    _docx_header(table, model)
    pending_break = False
    starts: dict[str, object] = {}
    for item in model["items"]:
        if item[0] == "break":
            pending_break = True
            continue
        row = table.add_row()
        if pending_break:
            row.cells[0].paragraphs[0].paragraph_format.page_break_before = True
            pending_break = False
        if item[0] == "section":
            merged = row.cells[0].merge(row.cells[-1])
            merged.paragraphs[0].add_run(item[1]).bold = True
            continue
        _fill_row(row, item[1], cols, starts, table)
    for k, col in enumerate(cols):
        for r in table.rows:
            r.cells[k].width = Cm(WIDTHS[col])
    doc.save(path)


def _docx_header(table, model: dict) -> None:
    parent = model.get("parent")
    bottom = table.rows[-1]
    for k, label in enumerate(model["header"]):
        bottom.cells[k].text = label
        bottom.cells[k].paragraphs[0].runs[0].bold = True
    if parent:
        top = table.rows[0]
        a, b = parent["cols"]
        for k in range(len(model["cols"])):
            if k not in parent["cols"]:
                text = bottom.cells[k].text
                bottom.cells[k].text = ""
                merged = top.cells[k].merge(bottom.cells[k])
                merged.paragraphs[0].text = text
                merged.paragraphs[0].runs[0].bold = True
        cell = top.cells[a].merge(top.cells[b])
        cell.paragraphs[0].add_run(parent["label"]).bold = True
    for row in table.rows:
        _repeat_header(row)


def _fill_row(row, cells: dict, cols: list[str], starts: dict, table) -> None:
    for k, col in enumerate(cols):
        span = cells.get(col + "_span")
        if span == 0:
            starts[col] = starts[col].merge(row.cells[k]) if col in starts else row.cells[k]
            continue
        _set_lines(row.cells[k], cells[col])
        if span is not None:
            starts[col] = row.cells[k]


def _set_lines(cell, text: str) -> None:
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


# ---------------------------------------------------------------- HTML (Chromium)

def write_html(model: dict, meta: dict, style: dict, path: Path) -> None:
    border = "1px solid #000" if style["borders"] == "grid" else "none"
    css = (f"@page {{ size: A4 landscape; margin: 15mm; }} body {{ font-family: 'Liberation Serif'; font-size: 12pt; }}"
           f" table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: {border}; vertical-align: top;"
           f" padding: 3px; }} p {{ margin: 0; }} .t {{ text-align: center; font-weight: bold; margin: 0; }}")
    out = [f"<!doctype html><html lang=vi><meta charset=utf-8><style>{css}</style><body>"]
    out += [f"<p class=t>{html.escape(t)}</p>" for t in title_lines(meta)]
    out.append("<table><thead><tr>")
    parent = model.get("parent")
    pcols = parent["cols"] if parent else []
    for k, (col, label) in enumerate(zip(model["cols"], model["header"], strict=True)):
        if k in pcols:
            if k == pcols[0]:
                out.append(f"<th colspan={len(pcols)}>{html.escape(parent['label'])}</th>")
            continue
        rs = " rowspan=2" if parent else ""
        out.append(f"<th{rs} style='width:{WIDTHS[col]}cm'>{html.escape(label)}</th>")
    if parent:
        out.append("</tr><tr>" + "".join(f"<th style='width:{WIDTHS[model['cols'][k]]}cm'>"
                                         f"{html.escape(model['header'][k])}</th>" for k in pcols))
    out.append("</tr></thead><tbody>")
    brk = False
    for item in model["items"]:
        if item[0] == "break":
            brk = True
            continue
        tr = "<tr style='break-before: page'>" if brk else "<tr>"
        brk = False
        if item[0] == "section":
            out.append(f"{tr}<td colspan={len(model['cols'])}><b>{html.escape(item[1])}</b></td></tr>")
            continue
        out.append(tr)
        for col in model["cols"]:
            span = item[1].get(col + "_span")
            if span == 0:
                continue
            attr = f" rowspan={span}" if span and span > 1 else ""
            paras = "".join(f"<p>{html.escape(line)}</p>" for line in item[1][col].split("\n"))
            out.append(f"<td{attr}>{paras}</td>")
        out.append("</tr>")
    out.append("</tbody></table></body></html>")
    path.write_text("".join(out), encoding="utf-8")


# ---------------------------------------------------------------- reportlab

def write_reportlab(model: dict, meta: dict, style: dict, path: Path) -> None:
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
    bold = ParagraphStyle("h", parent=body, fontName="LSB", alignment=1)

    def para(text: str, st=body):
        return Paragraph("<br/>".join(html.escape(x) for x in text.split("\n")), st)

    cols = model["cols"]
    widths = [WIDTHS[c] * cm * 0.93 for c in cols]
    story = [para(t, bold) for t in title_lines(meta)]
    chunks: list[list] = [[]]
    for item in model["items"]:
        if item[0] == "break":
            chunks.append([])
        else:
            chunks[-1].append(item)
    for n, chunk in enumerate(chunks):
        if n:
            story.append(PageBreak())
        data, cmds = _rl_header(model, para, bold)
        if style["borders"] == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)))
        for item in chunk:
            r = len(data)
            if item[0] == "section":
                data.append([para(item[1], ParagraphStyle("s", parent=body, fontName="LSB"))] + [""] * (len(cols) - 1))
                cmds.append(("SPAN", (0, r), (-1, r)))
                continue
            line = []
            for k, col in enumerate(cols):
                span = item[1].get(col + "_span")
                line.append("" if span == 0 else para(item[1][col]))
                if span and span > 1:
                    cmds.append(("SPAN", (k, r), (k, r + span - 1)))
            data.append(line)
        story.append(Table(data, colWidths=widths, repeatRows=2 if model.get("parent") else 1, splitInRow=1,
                           style=TableStyle(cmds)))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build(story)


def _rl_header(model: dict, para, bold) -> tuple[list, list]:
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), "LS")]
    parent = model.get("parent")
    if not parent:
        return [[para(h, bold) for h in model["header"]]], cmds
    a, b = parent["cols"]
    top, bottom = [], []
    for k, h in enumerate(model["header"]):
        if k in parent["cols"]:
            top.append(para(parent["label"], bold) if k == a else "")
            bottom.append(para(h, bold))
        else:
            top.append(para(h, bold))
            bottom.append("")
            cmds.append(("SPAN", (k, 0), (k, 1)))
    cmds.append(("SPAN", (a, 0), (b, 0)))
    return [top, bottom], cmds
