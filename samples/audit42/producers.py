"""Render a plan's table model as DOCX (python-docx), HTML (for Chromium) or PDF (reportlab)."""

import html

from plans import columns, combined_cell, comp_label, dim_label

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
    "combined": 1.8,
    "deadline": 0.9,
    "expected_result": 1.1,
}


def title_lines(t):
    level = "TỈNH" if t["jurisdiction"] == "province" else "XÃ"
    place = t["place"].split(" ", 1)[1]
    return [
        f"UBND {level} {place.upper()}",
        "PHỤ LỤC",
        "Nhiệm vụ và giải pháp cụ thể nhằm nâng cao Chỉ số PAPI năm 2026",
        f"(Kèm theo Kế hoạch số 15/KH-UBND ngày 10 tháng 3 năm 2026 của UBND {t['place']})",
    ]


def cell_lines(t, field, r):
    if field == "stt":
        return [str(r["stt"])]
    if field == "indicators":
        return r["ind_list"]
    if field == "tasks":
        return r["task_list"]
    if field == "combined":
        return [combined_cell(r)]
    if field == "deadline":
        return [r["deadline"]]
    if field == "expected_result":
        return [r["result"]]
    return [r[field]]


def model(t, rows):
    """Header labels + body rows; each body cell is dict(lines, rowspan, colspan) or None where covered."""
    cols = columns(t)
    n = len(cols)
    body = []
    prev = (None, None)
    for i, r in enumerate(rows):
        if t["groups"] == "sections":
            if r["d"] != prev[0]:
                body.append([{"lines": [dim_label(t, r["d"], True)], "rowspan": 1, "colspan": n}] + [None] * (n - 1))
            if (r["d"], r["c"]) != prev:
                body.append(
                    [{"lines": [comp_label(t, r["d"], r["c"], True)], "rowspan": 1, "colspan": n}] + [None] * (n - 1)
                )
        line = []
        for field, _ in cols:
            if field in ("dimension", "component"):
                line.append(group_cell(t, rows, i, field))
            else:
                line.append({"lines": cell_lines(t, field, r), "rowspan": 1, "colspan": 1})
        body.append(line)
        prev = (r["d"], r["c"])
    return cols, body


def group_cell(t, rows, i, field):
    r = rows[i]
    same = (lambda a: a["d"] == r["d"]) if field == "dimension" else (lambda a: (a["d"], a["c"]) == (r["d"], r["c"]))
    label = dim_label(t, r["d"], False) if field == "dimension" else comp_label(t, r["d"], r["c"], False)
    if t["groups"] == "repeated":
        return {"lines": [label], "rowspan": 1, "colspan": 1}
    if i > 0 and same(rows[i - 1]):
        return None
    span = 1
    while i + span < len(rows) and same(rows[i + span]):
        span += 1
    return {"lines": [label], "rowspan": span, "colspan": 1}


def widths(cols, total):
    w = [WEIGHTS[f] for f, _ in cols]
    s = sum(w)
    return [total * x / s for x in w]


# ---------------- DOCX ----------------


def write_docx(t, rows, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(t["font"])
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
    cols, body = model(t, rows)
    table = doc.add_table(rows=1 + len(body), cols=len(cols))
    if t["borders"] == "grid":
        table.style = doc.styles["Table Grid"]
    total = (29.7 if t["orientation"] == "landscape" else 21.0) - 3.6
    ws = widths(cols, total)
    for j, (_, label) in enumerate(cols):
        table.cell(0, j).text = label
    if t["repeat_header"]:
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    for i, line in enumerate(body, 1):
        for j, cell in enumerate(line):
            if cell is None:
                continue
            target = table.cell(i, j)
            if cell["rowspan"] > 1 or cell["colspan"] > 1:
                target = target.merge(table.cell(i + cell["rowspan"] - 1, j + cell["colspan"] - 1))
            target.paragraphs[0].text = cell["lines"][0]
            for extra in cell["lines"][1:]:
                target.add_paragraph(extra)
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


# ---------------- HTML ----------------


def write_html(t, rows, path):
    cols, body = model(t, rows)
    ws = widths(cols, 100.0)
    border = {
        "grid": "td, th { border: 0.75pt solid #000; }",
        "hrules": "td, th { border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; }",
        "none": "td, th { border: none; }",
    }[t["borders"]]
    size = "A4 landscape" if t["orientation"] == "landscape" else "A4"
    out = [
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'><style>",
        f"@page {{ size: {size}; margin: 15mm; }}",
        f"body {{ font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: {t['font']}pt; }}",
        "table { border-collapse: collapse; width: 100%; } td, th { vertical-align: top; padding: 2pt 3pt; }",
        "p { margin: 0; } .title { text-align: center; font-weight: bold; }",
        border,
        "</style></head><body>",
    ]
    for line in title_lines(t):
        out.append(f"<p class='title'>{html.escape(line)}</p>")
    out.append("<table><colgroup>" + "".join(f"<col style='width:{w:.1f}%'>" for w in ws) + "</colgroup>")
    head = "<tr>" + "".join(f"<th>{html.escape(label)}</th>" for _, label in cols) + "</tr>"
    out.append(f"<thead>{head}</thead><tbody>" if t["repeat_header"] else f"<tbody>{head}")
    for line in body:
        out.append("<tr>")
        for cell in line:
            if cell is None:
                continue
            attrs = (f" rowspan='{cell['rowspan']}'" if cell["rowspan"] > 1 else "") + (
                f" colspan='{cell['colspan']}'" if cell["colspan"] > 1 else ""
            )
            inner = "".join(f"<p>{html.escape(x)}</p>" for x in cell["lines"])
            if cell["colspan"] > 1:
                inner = f"<b>{inner}</b>"
            out.append(f"<td{attrs}>{inner}</td>")
        out.append("</tr>")
    out.append("</tbody></table></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ---------------- reportlab ----------------


def write_reportlab(t, rows, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("SerifB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    size = landscape(A4) if t["orientation"] == "landscape" else A4
    ps = ParagraphStyle("c", fontName="Serif", fontSize=t["font"], leading=t["font"] * 1.2)
    pb = ParagraphStyle("b", parent=ps, fontName="SerifB", alignment=1)
    cols, body = model(t, rows)
    data = [[Paragraph(html.escape(label), pb) for _, label in cols]]
    spans = []
    for i, line in enumerate(body, 1):
        cells = []
        for j, cell in enumerate(line):
            if cell is None:
                cells.append("")
                continue
            style = pb if cell["colspan"] > 1 else ps
            cells.append([Paragraph(html.escape(x), style) for x in cell["lines"]])
            if cell["colspan"] > 1:
                spans.append(("SPAN", (j, i), (j + cell["colspan"] - 1, i)))
        data.append(cells)
    margin = 15 * mm
    ws = widths(cols, size[0] - 2 * margin)
    table = Table(data, colWidths=ws, repeatRows=1 if t["repeat_header"] else 0, splitInRow=1)
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
