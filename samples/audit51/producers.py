"""Render a plan's table model as DOCX (python-docx), HTML (for Chromium) or PDF (reportlab).

Adapted from samples/audit47/producers.py (two-row headers, fonts, section rows, budget and notes columns); audit51
adds italic runs (*...* in a line), bold dimension cells, the italic title line, page numbers in the footer and
portrait body pages before a landscape appendix.
"""

import html
import re

from plans import body, body_lines, columns, header, title_lines

ITALIC = re.compile(r"\*([^*]+)\*")


def runs(text):
    """(piece, italic) pieces of a line with *italic* marks."""
    out, pos = [], 0
    for m in ITALIC.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out or [("", False)]


def html_runs(text):
    return "".join(f"<i>{html.escape(x)}</i>" if it else html.escape(x) for x, it in runs(text))


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
    if t.get("body_pages"):
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    if t.get("page_numbers"):
        docx_page_number(sec, t["page_numbers"], OxmlElement, qn)
    if t.get("body_pages"):
        from docx.enum.section import WD_SECTION

        for style, text in body_lines(t):
            para = doc.add_paragraph()
            run = para.add_run(text)
            run.bold = style in ("head", "bold")
            run.italic = style == "italic"
            if style != "text":
                para.alignment = 1
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for line in title_lines(t):
        para = doc.add_paragraph()
        para.alignment = 1
        for piece, it in runs(line):
            run = para.add_run(piece)
            run.italic = it
            run.bold = not it and line in title_lines(t)[1:3]
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
            bold = c["bold"] and t.get("bold_header", True)
            for k, text in enumerate(c["lines"]):
                para = target.paragraphs[0] if k == 0 else target.add_paragraph()
                for piece, it in runs(text):
                    run = para.add_run(piece)
                    run.bold, run.italic = bold, it
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


def docx_page_number(sec, fmt, OxmlElement, qn):
    """A centred footer "N" or "Trang N" with Word's PAGE field."""
    para = sec.footer.paragraphs[0]
    para.alignment = 1
    before = fmt.split("{n}")[0]
    if before:
        para.add_run(before)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    tx = OxmlElement("w:t")
    tx.text = "1"
    r.append(tx)
    fld.append(r)
    para._p.append(fld)


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
    inner = "".join(f"<p>{html_runs(x)}</p>" for x in c["lines"])
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
    land = " landscape" if t["orientation"] == "landscape" else ""
    number = ""
    if t.get("page_numbers"):
        before = t["page_numbers"].split("{n}")[0]
        number = f" @bottom-center {{ content: '{before}' counter(page); font-size: 10pt; }}"
    out = [
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'><style>",
        f"@page {{ size: A4{'' if t.get('body_pages') else land}; margin: 15mm;{number} }}",
        f"@page land {{ size: A4 landscape; margin: 15mm;{number} }}",
        ".appendix { page: land; break-before: page; } .body p { text-align: justify; margin: 0 0 6pt 0; }",
        f"body {{ font-family: {CSS_FONT[t['font']]}; font-size: {t['size']}pt; }}",
        "table { border-collapse: collapse; width: 100%; } td, th { vertical-align: top; padding: 2pt 3pt; }",
        "p { margin: 0; } .title { text-align: center; font-weight: bold; }",
        border,
        "</style></head><body>",
    ]
    if t.get("body_pages"):
        out.append("<div class='body'>")
        for style, text in body_lines(t):
            tag = {"head": "b", "bold": "b", "italic": "i"}.get(style)
            inner = f"<{tag}>{html.escape(text)}</{tag}>" if tag else html.escape(text)
            centre = "" if style == "text" else " style='text-align:center'"
            out.append(f"<p{centre}>{inner}</p>")
        out.append("</div><div class='appendix'>")
    out += [
        f"<p class='title'>{html_runs(x)}</p>".replace("<i>", "<i style='font-weight:normal'>") for x in title_lines(t)
    ]
    out.append(
        "<table><colgroup>" + "".join(f"<col style='width:{w:.1f}%'>" for w in widths(cols, 100.0)) + "</colgroup>"
    )
    head_html = "".join("<tr>" + "".join(html_cell(c, "th") for c in line if c) + "</tr>" for line in head)
    out.append(f"<thead>{head_html}</thead><tbody>" if t["repeat_header"] else f"<tbody>{head_html}")
    for line in lines:
        out.append("<tr>" + "".join(html_cell(c, "td") for c in line if c) + "</tr>")
    out.append("</tbody></table>" + ("</div>" if t.get("body_pages") else "") + "</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def rl_fonts(t):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if t["font"] == "DejaVu Sans":
        base = "/usr/share/fonts/truetype/dejavu/DejaVuSans"
        files = [base + ".ttf", base + "-Bold.ttf", base + "-Oblique.ttf", base + "-BoldOblique.ttf"]
    else:
        files = [TTF[t["font"]] + x + ".ttf" for x in ("Regular", "Bold", "Italic", "BoldItalic")]
    for name, f in zip(("F", "FB", "FI", "FBI"), files):
        pdfmetrics.registerFont(TTFont(name, f))
    pdfmetrics.registerFontFamily("F", normal="F", bold="FB", italic="FI", boldItalic="FBI")
    pdfmetrics.registerFontFamily("FB", normal="FB", bold="FB", italic="FBI", boldItalic="FBI")


def rl_markup(text):
    return "".join(f"<i>{html.escape(x)}</i>" if it else html.escape(x) for x, it in runs(text))


def write_reportlab(t, rows, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

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
            cells.append([Paragraph(rl_markup(x), pb if c["bold"] else ps) for x in c["lines"]])
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
    pi = ParagraphStyle("i", parent=ps, fontName="FI", alignment=1)
    story = [Paragraph(rl_markup(x.strip("*")), pi if x.startswith("*") else pb) for x in title_lines(t)] + [table]

    def footer(canvas, doc):
        if t.get("page_numbers"):
            canvas.setFont("F", 10)
            canvas.drawCentredString(doc.pagesize[0] / 2, 8 * mm, t["page_numbers"].format(n=canvas.getPageNumber()))

    def template(name, pagesize):
        frame = Frame(margin, margin, pagesize[0] - 2 * margin, pagesize[1] - 2 * margin, id=name)
        return PageTemplate(id=name, frames=[frame], pagesize=pagesize, onPage=footer)

    templates = [template("main", size)]
    if t.get("body_pages"):
        templates = [template("body", A4)] + templates
        pj = ParagraphStyle("j", parent=ps, alignment=4, spaceAfter=6)
        front = []
        for style, text in body_lines(t):
            st = {"head": pb, "bold": pb, "italic": pi}.get(style, pj)
            front.append(Paragraph(html.escape(text), st))
        story = front + [NextPageTemplate("main"), PageBreak()] + story
    doc = BaseDocTemplate(
        path, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin
    )
    doc.addPageTemplates(templates)
    doc.build(story)
