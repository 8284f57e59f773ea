"""Build audit35's documents: two DOCX (python-docx, then LibreOffice PDF) and two HTML
printed by headless Chromium.  Run: /work/main/.venv/bin/python build.py"""
import html, json, os, subprocess, sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from content import FIELDS, HEADER, ROWS, expected_rows, runs

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TITLE = ["PHỤ LỤC", "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao",
         "Chỉ số PAPI năm 2024 và những năm tiếp theo",
         "(Kèm theo Kế hoạch số:/KH-UBND ngày.....tháng 6 năm 2024 của UBND thành phố)"]

# per DOCX: font, size, character spacing (twentieths of a pt), exact line height,
# column widths (cm), alignment per column, bullet map, soft hyphen as w:softHyphen?
SPECS = {
    "a-dejavu-serif-condensed": dict(
        font="DejaVu Serif", size=8, spacing=-15, line=8.0, landscape=True,
        widths=[2.6, 2.6, 4.0, 8.2, 1.8, 2.2, 2.6, 2.6], align=[AL.JUSTIFY] * 8,
        bullets=None, softhyphen_elem=True, margin=0.05),
    "b-narrow-expanded": dict(
        font="Liberation Sans Narrow", size=7, spacing=20, line=8.0, landscape=False,
        widths=[1.7, 1.7, 3.0, 6.2, 1.3, 1.7, 1.7, 1.7],
        align=[AL.CENTER, AL.CENTER, AL.JUSTIFY, AL.JUSTIFY, AL.RIGHT, AL.CENTER, AL.CENTER, AL.CENTER],
        bullets={"- ": "• ", "+ ": "– ", "+\t": "–\t", "-\t": "•\t"}, softhyphen_elem=False, margin=0.03),
    "e-mono-distributed-overlap": dict(
        font="Noto Mono", size=8, spacing=-20, line=6.5, landscape=True,
        widths=[2.4, 2.4, 4.2, 8.8, 1.9, 2.2, 2.4, 2.4],
        align=[AL.LEFT, AL.LEFT, AL.JUSTIFY, AL.DISTRIBUTE, AL.CENTER, AL.RIGHT, AL.JUSTIFY, AL.LEFT],
        bullets={"- ": "– ", "-\t": "–\t"}, softhyphen_elem=True, margin=0.0),
}


def rpr(run, spec, style):
    run.font.name = spec["font"]
    rf = run._element.get_or_add_rPr().get_or_add_rFonts()
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), spec["font"])
    run.font.size = Pt(spec["size"])
    run.bold, run.italic, run.underline = "b" in style, "i" in style, "u" in style
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), str(spec["spacing"]))
    run._element.get_or_add_rPr().append(sp)


def add_text(par, text, spec, style=""):
    for t, s in runs(text):
        if spec["softhyphen_elem"] and "\u00ad" in t:
            parts = t.split("\u00ad")
            for k, piece in enumerate(parts):
                r = par.add_run(piece)
                rpr(r, spec, s + style)
                if k < len(parts) - 1:
                    r._element.append(OxmlElement("w:softHyphen"))
        else:
            rpr(par.add_run(t), spec, s + style)


def fmt(par, spec, align):
    pf = par.paragraph_format
    pf.alignment = align
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spec["line"])


def fill(cell, paras, spec, align, style=""):
    for k, p in enumerate(paras):
        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        fmt(par, spec, align)
        add_text(par, p, spec, style)


def bullet(p, spec):
    for a, b in (spec["bullets"] or {}).items():
        if p.startswith(a):
            return b + p[len(a):]
    return p


def build_docx(name, spec):
    doc = Document()
    sec = doc.sections[0]
    if spec["landscape"]:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.0))
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    for k, t in enumerate(TITLE):
        p = doc.add_paragraph()
        p.alignment = AL.CENTER
        add_text(p, t, dict(spec, size=spec["size"] + 3), "b" if k < 3 else "i")
    tab = doc.add_table(rows=1 + len(ROWS), cols=8)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = tab._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(int(spec["margin"] * 567)))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)
    for g, w in zip(tab._tbl.tblGrid.findall(qn("w:gridCol")), spec["widths"]):
        g.set(qn("w:w"), str(int(w * 567)))
    tab.autofit = False
    for row in tab.rows:
        for c, w in zip(row.cells, spec["widths"]):
            c.width = Cm(w)
    hdr = tab.rows[0]
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for c, label in zip(hdr.cells, HEADER):
        fill(c, [label], spec, AL.CENTER, "b")
    for r, row in enumerate(ROWS, start=1):
        for col, cell in enumerate(row[1:]):
            paras = [bullet(p, spec) for p in (cell if isinstance(cell, list) else [cell])]
            if col < 2 and r > 1 and ROWS[r - 2][1 + col] == cell and (col == 0 or ROWS[r - 2][1] == row[1]):
                continue  # merged below
            fill(tab.cell(r, col), paras, spec, spec["align"][col])
    # merge the group labels down
    for col in (0, 1):
        r = 1
        while r <= len(ROWS):
            end = r
            while end < len(ROWS) and ROWS[end][1 + col] == ROWS[r - 1][1 + col] and ROWS[end][1] == ROWS[r - 1][1]:
                end += 1
            if end > r:
                tab.cell(r, col).merge(tab.cell(end, col))
            r = end + 1
    path = os.path.join(DOCS, name + ".docx")
    doc.save(path)
    return path


CSS = {
    "c-html-justified-tight": dict(bullets=None, css="""
      @page { size: A4 landscape; margin: 12mm 10mm; }
      body { font-family: 'Noto Serif', 'DejaVu Serif', serif; font-size: 8pt; }
      table { border-collapse: collapse; width: 100%; }
      td, th { border: 0.75pt solid #000; padding: 1px 2px; vertical-align: top;
               text-align: justify; letter-spacing: -0.045em; line-height: 0.9; }
      th { text-align: center; letter-spacing: 0; }
      td.c5 { text-align: center; } td.c4 { text-align: right; }
      p { margin: 0; }
    """, widths=[9, 9, 14, 32, 7, 9, 10, 10]),
    "d-html-mono-prewrap": dict(bullets={"- ": "– ", "+ ": "• ", "+\t": "•\t", "-\t": "–\t"}, css="""
      @page { size: A4 portrait; margin: 10mm 8mm; }
      body { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; }
      table { border-collapse: collapse; width: 100%; }
      td, th { border: 0.5pt solid #000; padding: 0 1px; vertical-align: top;
               white-space: pre-wrap; tab-size: 4; letter-spacing: 0.08em; line-height: 8pt; }
      th { white-space: normal; letter-spacing: 0; font-family: 'Liberation Sans Narrow'; }
      td.c2 { font-family: 'Liberation Sans Narrow', sans-serif; letter-spacing: 0.12em; }
      td.c4, td.c5, td.c6, td.c7 { text-align: right; }
      p { margin: 0; }
    """, widths=[9, 9, 15, 31, 8, 10, 9, 9]),
}


def html_text(p):
    out = []
    for t, s in runs(p):
        t = html.escape(t).replace("\u00ad", "&shy;")
        for tag in s:
            t = f"<{tag}>{t}</{tag}>"
        out.append(t)
    return "".join(out)


def build_html(name, spec):
    bm = spec["bullets"] or {}
    h = ["<!doctype html><html lang='vi'><head><meta charset='utf-8'><style>", spec["css"],
         "</style></head><body>"]
    h += [f"<p style='text-align:center'><b>{html.escape(t)}</b></p>" for t in TITLE]
    h.append("<table><colgroup>" + "".join(f"<col style='width:{w}%'>" for w in spec["widths"]) + "</colgroup>")
    h.append("<thead><tr>" + "".join(f"<th>{html.escape(x)}</th>" for x in HEADER) + "</tr></thead><tbody>")
    for r, row in enumerate(ROWS):
        h.append("<tr>")
        for col, cell in enumerate(row[1:]):
            if col < 2:
                if r > 0 and ROWS[r - 1][1 + col] == cell and ROWS[r - 1][1] == row[1]:
                    continue
                span = 1
                while r + span < len(ROWS) and ROWS[r + span][1 + col] == cell and ROWS[r + span][1] == row[1]:
                    span += 1
                rs = f" rowspan='{span}'" if span > 1 else ""
            else:
                rs = ""
            paras = cell if isinstance(cell, list) else [cell]
            body = "".join(f"<p>{html_text(bullet(p, spec))}</p>" for p in paras)
            h.append(f"<td class='c{col}'{rs}>{body}</td>")
        h.append("</tr>")
    h.append("</tbody></table></body></html>")
    path = os.path.join(DOCS, name + ".html")
    open(path, "w", encoding="utf-8").write("".join(h))
    pdf = os.path.join(DOCS, name + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + path], check=True, capture_output=True)
    return pdf


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(os.path.join(HERE, "expected"), exist_ok=True)
    for name, spec in SPECS.items():
        path = build_docx(name, spec)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit35", "--headless",
                        "--convert-to", "pdf", "--outdir", DOCS, path], check=True, capture_output=True)
        for ext in ("docx", "pdf"):
            dump(f"{name}.{ext}", spec["bullets"])
    for name, spec in CSS.items():
        build_html(name, spec)
        dump(f"{name}.pdf", spec["bullets"])


def dump(fname, bullets):
    with open(os.path.join(HERE, "expected", fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(expected_rows(bullets), f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
