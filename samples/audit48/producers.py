"""Render a plan's table model as DOCX (python-docx), HTML (for Chromium) or PDF (reportlab).

Adapted from samples/audit42/producers.py: two-row headers, fonts, section rows, budget and notes columns.
"""

import html

from plans import body, columns, header, title_lines

WEIGHTS = {
    "stt": 0.45,
    "dimension": 1.2,
    "component": 1.2,
    "indicators": 2.2,
    "tasks": 3.4,
    "implementing": 1.2,
    "lead": 1.2,
    "sector_guidance": 1.3,
    "coordinating": 1.3,
    "deadline": 0.9,
    "expected_result": 1.1,
    "budget": 1.0,
    "notes": 0.7,
}
CSS_FONT = {
    "Times New Roman": "'Times New Roman', 'Liberation Serif', serif",
    "Arial": "Arial, 'Liberation Sans'",
    "DejaVu Sans": "'DejaVu Sans'",
    "Liberation Serif": "'Liberation Serif', serif",
}
TTF = {
    "Times New Roman": "/usr/share/fonts/truetype/liberation2/LiberationSerif-",
    "Liberation Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-",
    "Arial": "/usr/share/fonts/truetype/liberation2/LiberationSans-",
}


def model(t, rows):
    cols = columns(t)
    return cols, header(t, cols), body(t, rows, cols)


def widths(cols, total):
    w = [WEIGHTS[f] for f, _ in cols]
    return [total * x / sum(w) for x in w]


def write_docx(t, rows, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = t["font"]
    st.font.size = Pt(t["size"])
    if t.get("tight", True):
        st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    if t["orientation"] == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    for line in title_lines(t):
        doc.add_paragraph(line)
    cols, head, lines = model(t, rows)
    table = doc.add_table(rows=len(head) + len(lines), cols=len(cols))
    if t["borders"] == "grid":
        table.style = doc.styles["Table Grid"]
    ws = widths(cols, (29.7 if t["orientation"] == "landscape" else 21.0) - 3.6)
    for i, line in enumerate(head + lines):
        for j, c in enumerate(line):
            if c is None:
                continue
            target = table.cell(i, j)
            if c["rowspan"] > 1 or c["colspan"] > 1:
                target = target.merge(table.cell(i + c["rowspan"] - 1, j + c["colspan"] - 1))
            target.paragraphs[0].text = ""
            run = target.paragraphs[0].add_run(c["lines"][0])
            bold = c["bold"] and t.get("bold_header", True)
            run.bold = bold
            for extra in c["lines"][1:]:
                target.add_paragraph().add_run(extra).bold = bold
    if t["repeat_header"]:
        for k in range(len(head)):
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            table.rows[k]._tr.get_or_add_trPr().append(el)
    for row in table.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(ws[j])
            if t["borders"] == "hrules":
                hrule(c, OxmlElement, qn)
    doc.save(path)


def hrule(cell, OxmlElement, qn):
    tc_pr = cell._tc.get_or_add_tcPr()
    if tc_pr.find(qn("w:tcBorders")) is not None:
        return
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "bottom"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tc_pr.append(borders)


def html_cell(c, tag):
    attrs = (f" rowspan='{c['rowspan']}'" if c["rowspan"] > 1 else "") + (
        f" colspan='{c['colspan']}'" if c["colspan"] > 1 else ""
    )
    inner = "".join(f"<p>{html.escape(x)}</p>" for x in c["lines"])
    if c["bold"] and tag == "td":
        inner = f"<b>{inner}</b>"
    return f"<{tag}{attrs}>{inner}</{tag}>"


def write_html(t, rows, path):
    cols, head, lines = model(t, rows)
    border = {
        "grid": "td, th { border: 0.75pt solid #000; }",
        "hrules": "td, th { border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; }",
        "none": "td, th { border: none; }",
    }[t["borders"]]
    out = [
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'><style>",
        f"@page {{ size: A4{' landscape' if t['orientation'] == 'landscape' else ''}; margin: 15mm; }}",
        f"body {{ font-family: {CSS_FONT[t['font']]}; font-size: {t['size']}pt; }}",
        "table { border-collapse: collapse; width: 100%; } td, th { vertical-align: top; padding: 2pt 3pt; }",
        "p { margin: 0; } .title { text-align: center; font-weight: bold; }",
        border,
        "</style></head><body>",
    ]
    out += [f"<p class='title'>{html.escape(x)}</p>" for x in title_lines(t)]
    out.append(
        "<table><colgroup>" + "".join(f"<col style='width:{w:.1f}%'>" for w in widths(cols, 100.0)) + "</colgroup>"
    )
    head_html = "".join("<tr>" + "".join(html_cell(c, "th") for c in line if c) + "</tr>" for line in head)
    out.append(f"<thead>{head_html}</thead><tbody>" if t["repeat_header"] else f"<tbody>{head_html}")
    for line in lines:
        out.append("<tr>" + "".join(html_cell(c, "td") for c in line if c) + "</tr>")
    out.append("</tbody></table></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def rl_fonts(t):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if t["font"] == "DejaVu Sans":
        reg, bold = (
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        )
    else:
        reg, bold = TTF[t["font"]] + "Regular.ttf", TTF[t["font"]] + "Bold.ttf"
    pdfmetrics.registerFont(TTFont("F", reg))
    pdfmetrics.registerFont(TTFont("FB", bold))


def write_reportlab(t, rows, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    rl_fonts(t)
    size = landscape(A4) if t["orientation"] == "landscape" else A4
    ps = ParagraphStyle("c", fontName="F", fontSize=t["size"], leading=t["size"] * 1.2)
    pb = ParagraphStyle("b", parent=ps, fontName="FB", alignment=1)
    cols, head, lines = model(t, rows)
    data, spans = [], []
    for i, line in enumerate(head + lines):
        cells = []
        for j, c in enumerate(line):
            if c is None:
                cells.append("")
                continue
            cells.append([Paragraph(html.escape(x), pb if c["bold"] else ps) for x in c["lines"]])
            if c["colspan"] > 1 or c["rowspan"] > 1:
                spans.append(("SPAN", (j, i), (j + c["colspan"] - 1, i + c["rowspan"] - 1)))
        data.append(cells)
    margin = 15 * mm
    table = Table(
        data,
        colWidths=widths(cols, size[0] - 2 * margin),
        repeatRows=len(head) if t["repeat_header"] else 0,
        splitInRow=1,
    )
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")] + spans
    if t["borders"] == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif t["borders"] == "hrules":
        cmds += [("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]
    table.setStyle(TableStyle(cmds))
    story = [Paragraph(html.escape(x), pb) for x in title_lines(t)] + [table]
    SimpleDocTemplate(
        path, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin
    ).build(story)
