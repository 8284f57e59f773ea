"""Render a plan spec (title lines + rows) as DOCX (python-docx) or HTML; PDFs via soffice/chromium."""
import html, os, subprocess, sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HEADER = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
          "Cơ quan thực hiện",
          "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
          "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc",
          "Cơ quan phối hợp"]
WIDTHS = [2.6, 2.6, 4.0, 6.4, 2.6, 2.6, 2.6, 3.2]


def _runs(rows, col):
    """Spans of equal consecutive labels in column col (0 dimension, 1 component)."""
    spans, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][col] != rows[start][col] or (col == 1 and rows[i][0] != rows[start][0]):
            spans.append((start, i - 1))
            start = i
    return spans


def write_docx(spec, path):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(10)
    for line in spec["title"]:
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = line.isupper()
        p.alignment = 1
    rows = spec["rows"]
    t = doc.add_table(rows=1 + len(rows), cols=8)
    t.style = "Table Grid"
    for j, h in enumerate(HEADER):
        t.cell(0, j).text = h
    for i, r in enumerate(rows, start=1):
        for j, val in enumerate(r):
            if j < 2:
                continue
            cell = t.cell(i, j)
            lines = val.split("\n") if val else [""]
            cell.text = lines[0]
            for ln in lines[1:]:
                cell.add_paragraph(ln)
    for col in (0, 1):
        for a, b in _runs(rows, col):
            c = t.cell(a + 1, col)
            if b > a:
                c = c.merge(t.cell(b + 1, col))
            c.text = rows[a][col]
    for j, w in enumerate(WIDTHS):
        for row in t.rows:
            row.cells[j].width = Cm(w)
    doc.save(path)


def write_html(spec, path):
    rows = spec["rows"]
    out = ["<!doctype html><html><head><meta charset='utf-8'><style>",
           "@page{size:A4 landscape;margin:12mm} body{font-family:'Times New Roman',serif;font-size:10pt}",
           "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;vertical-align:top;padding:2px}",
           "p{margin:0} .t{text-align:center;font-weight:bold} .s{text-align:center;font-style:italic}",
           "</style></head><body>"]
    for line in spec["title"]:
        out.append(f"<p class='{'t' if line.isupper() else 's'}'>{html.escape(line)}</p>")
    out.append("<table><thead><tr>" + "".join(f"<th style='width:{w}cm'>{html.escape(h)}</th>"
               for h, w in zip(HEADER, WIDTHS)) + "</tr></thead><tbody>")
    starts = {col: {a: b - a + 1 for a, b in _runs(rows, col)} for col in (0, 1)}
    for i, r in enumerate(rows):
        out.append("<tr>")
        for j, val in enumerate(r):
            if j < 2:
                if i in starts[j]:
                    out.append(f"<td rowspan='{starts[j][i]}'>{html.escape(val)}</td>")
                continue
            paras = "".join(f"<p>{html.escape(x)}</p>" for x in val.split("\n")) if val else ""
            out.append(f"<td>{paras}</td>")
        out.append("</tr>")
    out.append("</tbody></table></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def soffice_pdf(docx_path, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit34", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
