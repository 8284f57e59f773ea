"""Renderers for audit22: python-docx (+ LibreOffice PDF), HTML (+ Chromium PDF), reportlab Table."""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

WEIGHTS = {"dimension": 1.3, "component": 1.3, "stt": 0.45, "indicators": 2.3, "tasks": 4.2, "implementing": 1.2,
           "lead": 1.3, "sector_guidance": 1.3, "coordinating": 1.7, "deadline": 1.0, "expected_result": 1.1,
           "note": 1.0}
LO_PROFILE = "file:///tmp/lo-audit22"


def widths(cols, total):
    w = [WEIGHTS[f] for f, _ in cols]
    s = sum(w)
    return [total * x / s for x in w]


def header_grid(cols, two_row, top_labels):
    """Header as rows of (text, colspan, rowspan) per column start; None for covered positions."""
    if not two_row:
        return [[(lab, 1, 1) for _, lab in cols]]
    top, bottom = [], []
    i = 0
    while i < len(cols):
        f, lab = cols[i]
        if f == "lead":
            top.append(("Cơ quan thực hiện", 2, 1))
            top.append(None)
            bottom.append((top_labels["lead"], 1, 1))
            bottom.append((top_labels["coordinating"], 1, 1))
            i += 2
            continue
        top.append((lab, 1, 2))
        bottom.append(None)
        i += 1
    return [top, bottom]


# ---------------------------------------------------------------- DOCX
def _set_cell_text(cell, text, bold=False, center=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for k, line in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_pdf(docx_path, pdf_path, spec, cols, items, merged, two_row, title, top_labels):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    doc = Document()
    sec = doc.sections[0]
    if spec["landscape"]:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.6))
    st = doc.styles["Normal"]
    st.font.name = spec["font"]
    st.font.size = Pt(spec["size"])
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(a), spec["font"])
    st.paragraph_format.space_after = Pt(0)
    for k, t in enumerate(title):
        p = doc.add_paragraph()
        p.alignment = 1
        p.add_run(t).bold = k < 2
    doc.add_paragraph()
    hdr = header_grid(cols, two_row, top_labels)
    n = len(cols)
    table = doc.add_table(rows=0, cols=n)
    table.style = "Table Grid"
    ws = widths(cols, (29.7 if spec["landscape"] else 21.0) - 3.2)
    for r, hrow in enumerate(hdr):
        row = table.add_row()
        if spec["repeat_header"]:
            trpr = row._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            trpr.append(el)
        for c, h in enumerate(hrow):
            if h:
                _set_cell_text(row.cells[c], h[0], bold=True, center=True)
    if two_row:
        for c, h in enumerate(hdr[0]):
            if h and h[2] == 2:
                table.cell(0, c).merge(table.cell(1, c))
            if h and h[1] == 2:
                table.cell(0, c).merge(table.cell(0, c + 1))
                _set_cell_text(table.cell(0, c), h[0], bold=True, center=True)
    base = len(hdr)
    pending = []
    for idx, it in enumerate(items):
        row = table.add_row()
        ri = base + idx
        if it[0] == "section":
            if spec["section_stt_cell"]:
                _set_cell_text(row.cells[0], it[1], bold=True, center=True)
                a = row.cells[1].merge(row.cells[n - 1])
                _set_cell_text(a, it[3], bold=True)
            else:
                a = row.cells[0].merge(row.cells[n - 1])
                _set_cell_text(a, it[2], bold=True)
            continue
        cells = it[2]
        for c, (f, _) in enumerate(cols):
            if f in merged and merged[f][idx] == 0:
                continue
            _set_cell_text(row.cells[c], cells[f])
            if f in merged and merged[f][idx] > 1:
                pending.append((ri, c, merged[f][idx]))
    for ri, c, span in pending:
        top = table.cell(ri, c)
        text = top.text
        m = top.merge(table.cell(ri + span - 1, c))
        _set_cell_text(m, text)
    table.autofit = False
    for c, gc in enumerate(table._tbl.tblGrid.gridCol_lst):
        gc.w = Cm(ws[c])
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            cell.width = Cm(ws[c])
    doc.save(docx_path)
    outdir = tempfile.mkdtemp(prefix="a22lo")
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, str(docx_path)], check=True, capture_output=True, timeout=240)
    shutil.move(os.path.join(outdir, Path(docx_path).stem + ".pdf"), pdf_path)
    shutil.rmtree(outdir, ignore_errors=True)


# ---------------------------------------------------------------- HTML
def _h(text):
    return "<br>".join(html.escape(line) for line in text.split("\n"))


def html_pdf(html_path, pdf_path, spec, cols, items, merged, two_row, title, top_labels):
    n = len(cols)
    ws = widths(cols, 100.0)
    font = spec["font"]
    page = "A4 landscape" if spec["landscape"] else "A4 portrait"
    css = f"""@page {{ size: {page}; margin: 15mm 14mm; }}
body {{ font-family: '{font}'; font-size: {spec['size']}pt; }}
.title {{ text-align: center; font-weight: bold; margin: 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
td, th {{ border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; text-align: left; }}
th {{ text-align: center; vertical-align: middle; }}
thead {{ display: {'table-header-group' if spec['repeat_header'] else 'table-row-group'}; }}
"""
    out = [f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    for t in title:
        out.append(f"<p class='title'>{html.escape(t)}</p>")
    out.append("<br><table><colgroup>" + "".join(f"<col style='width:{w:.2f}%'>" for w in ws) + "</colgroup>")
    out.append("<thead>")
    for hrow in header_grid(cols, two_row, top_labels):
        out.append("<tr>" + "".join(f"<th colspan='{h[1]}' rowspan='{h[2]}'>{_h(h[0])}</th>" for h in hrow if h)
                   + "</tr>")
    out.append("</thead><tbody>")
    for idx, it in enumerate(items):
        if it[0] == "section":
            if spec["section_stt_cell"]:
                out.append(f"<tr><td><b>{html.escape(it[1])}</b></td><td colspan='{n - 1}'><b>{_h(it[3])}</b></td></tr>")
            else:
                out.append(f"<tr><td colspan='{n}'><b>{_h(it[2])}</b></td></tr>")
            continue
        tds = []
        for f, _ in cols:
            if f in merged:
                span = merged[f][idx]
                if span == 0:
                    continue
                tds.append(f"<td rowspan='{span}'>{_h(it[2][f])}</td>")
            else:
                tds.append(f"<td>{_h(it[2][f])}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table></body></html>")
    Path(html_path).write_text("\n".join(out), encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", Path(html_path).resolve().as_uri()], check=True,
                   capture_output=True, timeout=240)


# ---------------------------------------------------------------- reportlab
FONTS = {"Times New Roman": ("LiberationSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                             "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
         "Liberation Serif": ("LiberationSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                              "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
         "DejaVu Sans": ("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")}


def reportlab_pdf(pdf_path, spec, cols, items, merged, two_row, title, top_labels):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    fname, reg, bold = FONTS[spec["font"]]
    pdfmetrics.registerFont(TTFont(fname, reg))
    pdfmetrics.registerFont(TTFont(fname + "-Bold", bold))
    size = spec["size"]
    body = ParagraphStyle("b", fontName=fname, fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("h", parent=body, fontName=fname + "-Bold", alignment=1)
    tstyle = ParagraphStyle("t", parent=head)
    pagesize = landscape(A4) if spec["landscape"] else A4
    doc = SimpleDocTemplate(str(pdf_path), pagesize=pagesize, leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm)

    def para(t, st=body):
        return Paragraph("<br/>".join(html.escape(x) for x in t.split("\n")), st)

    n = len(cols)
    data, style = [], [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    hdr = header_grid(cols, two_row, top_labels)
    for r, hrow in enumerate(hdr):
        data.append([para(h[0], head) if h else "" for h in hrow])
        for c, h in enumerate(hrow):
            if h and (h[1] > 1 or h[2] > 1):
                style.append(("SPAN", (c, r), (c + h[1] - 1, r + h[2] - 1)))
    base = len(hdr)
    for idx, it in enumerate(items):
        ri = base + idx
        if it[0] == "section":
            if spec["section_stt_cell"]:
                data.append([para(it[1], head), para(it[3], head)] + [""] * (n - 2))
                style.append(("SPAN", (1, ri), (n - 1, ri)))
            else:
                data.append([para(it[2], head)] + [""] * (n - 1))
                style.append(("SPAN", (0, ri), (n - 1, ri)))
            continue
        row = []
        for c, (f, _) in enumerate(cols):
            if f in merged and merged[f][idx] == 0:
                row.append("")
                continue
            row.append(para(it[2][f]))
            if f in merged and merged[f][idx] > 1:
                style.append(("SPAN", (c, ri), (c, ri + merged[f][idx] - 1)))
        data.append(row)
    ws = widths(cols, pagesize[0] - 28 * mm)
    kw = {"splitInRow": 1} if spec["split_in_row"] else {}
    table = Table(data, colWidths=ws, repeatRows=base if spec["repeat_header"] else 0, **kw)
    table.setStyle(TableStyle(style))
    story = [para(t, tstyle) for t in title] + [Spacer(1, 6 * mm), table]
    doc.build(story)
