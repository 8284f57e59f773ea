"""Build the DOCX probes of review36 and their LibreOffice PDFs.  Run: /work/main/.venv/bin/python build_docx.py"""
import copy, json, os, subprocess
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from common import HEADER, ROWS, expected

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")


def new_doc():
    d = Document()
    s = d.sections[0]
    s.orientation, s.page_width, s.page_height = WD_ORIENT.LANDSCAPE, Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Mm(12))
    st = d.styles["Normal"]; st.font.name = "DejaVu Serif Condensed"; st.font.size = Pt(9)
    for t in ("PHỤ LỤC", "KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2025"):
        p = d.add_paragraph(); p.alignment = 1; p.add_run(t).bold = True
    return d


def borders(el, tag, sides, val="single"):
    """Give a pPr/rPr/tblPr element a border element ``tag`` with ``sides`` (None: one w:bdr)."""
    if sides is None:
        b = OxmlElement("w:bdr")
        for k, v in (("w:val", val), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
            b.set(qn(k), v)
        el.append(b)
        return
    box = OxmlElement(tag)
    for side in sides:
        b = OxmlElement(f"w:{side}")
        for k, v in (("w:val", val), ("w:sz", "4"), ("w:space", "1"), ("w:color", "000000")):
            b.set(qn(k), v)
        box.append(b)
    el.append(box)


def grid(t):
    borders(t._tbl.tblPr, "w:tblBorders", ["top", "left", "bottom", "right", "insideH", "insideV"])


def write_cell(c, text):
    c.text = ""
    for k, line in enumerate(text.split("\n")):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        p.add_run(line)


def table(d, header, rows, cols=None):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    grid(t)
    for j, h in enumerate(header):
        write_cell(t.cell(0, j), h)
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            write_cell(t.cell(i, j), v)
    return t


def save(d, name, expect):
    path = os.path.join(DOCS, name + ".docx")
    d.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-review36", "--headless",
                    "--convert-to", "pdf", "--outdir", DOCS, path], check=True, capture_output=True)
    for ext in ("docx", "pdf"):
        json.dump(expect, open(os.path.join(HERE, "expected", f"{name}.{ext}.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)


BODY = [r[1:] for r in ROWS]

# d01: a real 1x1 table nested in a cell, under the indicator ("Đạt 95%" framed)
d = new_doc(); t = table(d, HEADER, BODY)
c = t.cell(1, 2); inner = c.add_table(rows=1, cols=1); grid(inner); inner.cell(0, 0).text = "Đạt 95%"
c.add_paragraph("")  # Word needs a paragraph after a nested table
save(d, "d01-nested-table-in-cell", expected({(0, "indicators"): ROWS[0][3] + "\nĐạt 95%"}))

# d02: a word with a character border (w:bdr) in a cell
d = new_doc(); t = table(d, HEADER, BODY)
p = t.cell(1, 2).add_paragraph(); r = p.add_run("Đạt 95%")
borders(r._r.get_or_add_rPr(), None, None)
save(d, "d02-char-border-in-cell", expected({(0, "indicators"): ROWS[0][3] + "\nĐạt 95%"}))

# d03: a paragraph framed on four sides in a cell (a framed note under a task)
d = new_doc(); t = table(d, HEADER, BODY)
p = t.cell(2, 3).add_paragraph(); p.add_run("Lưu ý: hoàn thành trước 30/6/2025")
borders(p._p.get_or_add_pPr(), "w:pBdr", ["top", "left", "bottom", "right"])
save(d, "d03-para-border-in-cell",
     expected({(1, "tasks"): ROWS[1][4] + "\nLưu ý: hoàn thành trước 30/6/2025"}))

# d04: the first column labelled "TT" holds the dimension names (merged down its rows)
d = new_doc(); hdr = ["TT"] + HEADER[1:]
t = table(d, hdr, BODY)
a = t.cell(1, 0).merge(t.cell(3, 0)); write_cell(a, ROWS[0][1])
save(d, "d04-tt-column-holds-dimensions", expected())

# d05: no dimension column, no section rows: TT numbers the rows, components numbered "1.1."
d = new_doc()
rows = [[str(i)] + r[1:] for i, r in enumerate(BODY, 1)]
comps = ["1.1. Tri thức công dân", "1.1. Tri thức công dân", "1.2. Cơ hội tham gia", "2.1. Công khai danh sách hộ nghèo"]
for r, c_ in zip(rows, comps):
    r[1] = c_
t = table(d, hdr, rows)
exp = expected({(i, "dimension"): "" for i in range(4)})
for i, c_ in enumerate(comps):
    exp[i]["component"] = c_
save(d, "d05-tt-no-dimension-no-sections", exp)
