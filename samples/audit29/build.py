"""Build audit29's documents: python-docx (+ LibreOffice PDF), Chromium HTML print, reportlab."""
import html, json, os, re, subprocess, sys, tempfile
from pathlib import Path
from spec import DOCS, LAYOUTS, doc, expected, cell_lines

HERE = Path(__file__).parent
TITLE = ["PHỤ LỤC", "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2025",
         "(Kèm theo Kế hoạch số 123/KH-UBND ngày 15 tháng 5 năm 2025 của UBND thành phố)"]
PIECE = re.compile(r"\^\{(\d+)\}")


def pieces(line):
    """[(text, superscript?)] of a line with ^{x} markup."""
    out, pos = [], 0
    for m in PIECE.finditer(line):
        out += [(line[pos:m.start()], False), (m.group(1), True)]
        pos = m.end()
    return [p for p in out + [(line[pos:], False)] if p[0]]


def groups(d):
    """Per data row: (dimension rowspan or 0, component rowspan or 0) for merged group cells."""
    rows = [doc_rows(d)[i] for i in range(len(d["rows"]))]
    spans = []
    for i, r in enumerate(rows):
        def run(keyf):
            if i and keyf(rows[i - 1]) == keyf(r):
                return 0
            n = 1
            while i + n < len(rows) and keyf(rows[i + n]) == keyf(r):
                n += 1
            return n
        spans.append((run(lambda x: x["d"]), run(lambda x: (x["d"], x["c"]))))
    return spans


def doc_rows(d):
    from content import ROWS
    return [ROWS[i] for i in d["rows"]]


# ---------------------------------------------------------------- DOCX
def build_docx(d, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm
    D = Document()
    sec = D.sections[0]
    if not d.get("portrait"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    st = D.styles["Normal"]
    st.font.name, st.font.size = d["font"], Pt(d["size"])
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), d["font"])
    st.paragraph_format.space_after = Pt(0)
    for t in TITLE:
        D.add_paragraph(t).alignment = 1
    cols = LAYOUTS[d["layout"]]
    T = D.add_table(rows=1 + len(d["rows"]), cols=len(cols))
    T.style = "Table Grid"
    width = (sec.page_width - sec.left_margin - sec.right_margin)
    rel = {"dimension": 1.2, "component": 1.2, "indicators": 2.4, "tasks": 3.0}
    tot = sum(rel.get(f, 1.0) for _, f in cols)
    for j, (label, field) in enumerate(cols):
        for c in T.columns[j].cells:
            c.width = int(width * rel.get(field, 1.0) / tot)
        p = T.rows[0].cells[j].paragraphs[0]
        p.add_run(label).bold = True
        p.alignment = 1
    trpr = T.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))
    spans = groups(d)
    for i, row in enumerate(doc_rows(d)):
        for j, (label, field) in enumerate(cols):
            cell = T.rows[i + 1].cells[j]
            if field in ("dimension", "component"):
                span = spans[i][0 if field == "dimension" else 1]
                if span == 0:
                    continue
            for k, line in enumerate(cell_lines(d, row, field)):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                for text, sup in pieces(line):
                    r = p.add_run(text)
                    r.font.superscript = sup
    for i in range(len(d["rows"])):
        for j, (label, field) in enumerate(cols):
            if field in ("dimension", "component"):
                span = spans[i][0 if field == "dimension" else 1]
                if span > 1:
                    T.cell(i + 1, j).merge(T.cell(i + span, j))
    D.save(path)


def build_lo(d, path):
    src = HERE / (d["source"] + ".docx")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit29", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True,
                       capture_output=True, timeout=180)
        Path(tmp, src.stem + ".pdf").rename(path)


# ---------------------------------------------------------------- HTML
def h(line):
    return "".join(f"<sup>{html.escape(t)}</sup>" if s else html.escape(t) for t, s in pieces(line))


def build_html(d, path):
    cols = LAYOUTS[d["layout"]]
    rel = {"dimension": 1.1, "component": 1.1, "indicators": 2.4, "tasks": 3.0}
    tot = sum(rel.get(f, 1.0) for _, f in cols)
    page = "A4 portrait" if d.get("portrait") else "A4 landscape"
    css = (f"@page {{ size: {page}; margin: 15mm 12mm; }} body {{ font-family: '{d['font']}'; "
           f"font-size: {d['size']}pt; }} table {{ border-collapse: collapse; width: 100%; "
           "table-layout: fixed; } td, th { border: 0.75pt solid #000; vertical-align: top; "
           "padding: 2pt 3pt; overflow-wrap: break-word; } p { margin: 0; } "
           "thead { display: table-header-group; } tr { break-inside: auto; } .t { text-align: center; }")
    out = [f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    out += [f"<p class='t'><b>{html.escape(t)}</b></p>" for t in TITLE] + ["<br><table><colgroup>"]
    out += [f"<col style='width:{100 * rel.get(f, 1.0) / tot:.2f}%'>" for _, f in cols]
    out += ["</colgroup><thead><tr>"] + [f"<th>{html.escape(l)}</th>" for l, _ in cols] + ["</tr></thead><tbody>"]
    spans = groups(d)
    for i, row in enumerate(doc_rows(d)):
        out.append("<tr>")
        for label, field in cols:
            attr = ""
            if field in ("dimension", "component"):
                span = spans[i][0 if field == "dimension" else 1]
                if span == 0:
                    continue
                attr = f" rowspan='{span}'"
            out.append(f"<td{attr}>" + "".join(f"<p>{h(x)}</p>" for x in cell_lines(d, row, field)) + "</td>")
        out.append("</tr>")
    out.append("</tbody></table></body></html>")
    src = path.with_suffix(".html")
    src.write_text("\n".join(out), encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", src.resolve().as_uri()], check=True, capture_output=True,
                   timeout=180)


# ---------------------------------------------------------------- reportlab
def build_rl(d, path):
    import subprocess as sp
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    file = sp.run(["fc-match", "-f", "%{file}", d["font"]], capture_output=True, text=True).stdout
    pdfmetrics.registerFont(TTFont("F", file))
    ps = ParagraphStyle("c", fontName="F", fontSize=d["size"], leading=d["size"] * 1.25)
    pt = ParagraphStyle("t", parent=ps, alignment=1, fontSize=d["size"] + 2, leading=(d["size"] + 2) * 1.3)
    cols = LAYOUTS[d["layout"]]
    pagesize = landscape(A4)
    width = pagesize[0] - 60
    rel = {"dimension": 1.1, "component": 1.1, "indicators": 2.4, "tasks": 3.0}
    tot = sum(rel.get(f, 1.0) for _, f in cols)
    widths = [width * rel.get(f, 1.0) / tot for _, f in cols]

    def para(lines):
        return Paragraph("<br/>".join("".join(f"<super>{html.escape(t)}</super>" if s else html.escape(t)
                                               for t, s in pieces(x)) for x in lines), ps)
    data = [[para([l]) for l, _ in cols]]
    for row in doc_rows(d):  # every row writes its group labels (no spans across page breaks)
        data.append([para(cell_lines(d, row, f)) for _, f in cols])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(html.escape(x), pt) for x in TITLE] + [Spacer(1, 8), t]
    SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=30, rightMargin=30,
                      topMargin=36, bottomMargin=36).build(story)


def build(name):
    d = doc(name)
    ext = ".pdf" if d["producer"] in ("lo", "html", "rl") else ".docx"
    path = HERE / (name + ext)
    if d["producer"] == "probe":
        import probe
        return probe.build()
    {"docx": build_docx, "lo": build_lo, "html": build_html, "rl": build_rl}[d["producer"]](d, path)
    if not d["rows"]:
        return path  # probe documents write their own expectation
    (HERE / (name + ".expected.json")).write_text(
        json.dumps(expected(name), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    names = sys.argv[1:] or [x["name"] for x in DOCS if not x.get("heldout")]
    for n in names:
        print(build(n))
