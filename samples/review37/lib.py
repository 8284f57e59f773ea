"""Build review37's DOCX probes (python-docx) and their LibreOffice PDFs.

Text from samples/seed/papi-plan-2024-appendix.txt (shortened). Expected rows are written here by
hand from what each document shows, never from phuluc's output.
Shared helpers; build_docx.py runs the builders.
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
EXP = os.path.join(HERE, "expected")
H8 = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
      "Cơ quan thực hiện", "Cơ quan chủ trì", "Cơ quan quản lý ngành, lĩnh vực hướng dẫn",
      "Cơ quan phối hợp"]
FIELDS8 = ["dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance",
           "coordinating"]
D1, D2, D3 = ("Tham gia của người dân ở cấp cơ sở", "Công khai, minh bạch trong việc ra quyết định ở địa phương",
              "Trách nhiệm giải trình với người dân")
BUILT = {}


def builder(f):
    BUILT[f.__name__] = f
    return f


def new_doc(landscape=True, size=9, heading=None):
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation, s.page_width, s.page_height = WD_ORIENT.LANDSCAPE, Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Mm(15))
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(size)
    st.paragraph_format.space_after = Pt(0)
    for t in heading or []:
        p = d.add_paragraph()
        p.alignment = 1
        p.add_run(t).bold = True
    return d


def para(d, text, bold=False, center=False):
    p = d.add_paragraph()
    p.add_run(text).bold = bold
    if center:
        p.alignment = 1
    return p


def grid(t):
    box = OxmlElement("w:tblBorders")
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        b = OxmlElement(f"w:{side}")
        for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
            b.set(qn(k), v)
        box.append(b)
    t._tbl.tblPr.append(box)


def write_cell(c, text, bold_first=False):
    c.text = ""
    for k, line in enumerate(text.split("\n")):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        r = p.add_run(line)
        if bold_first and k == 0:
            r.bold = True


def table(d, header, rows, widths=None):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    grid(t)
    for j, h in enumerate(header):
        write_cell(t.cell(0, j), h)
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    repeat = OxmlElement("w:tblHeader")
    t.rows[0]._tr.get_or_add_trPr().append(repeat)
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            if v is not None:
                write_cell(t.cell(i, j), v)
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Mm(w)
    return t


def vmerge(t, col, r0, r1):
    """Merge column ``col`` from table row r0 to r1 (inclusive), keeping r0's text."""
    text = "\n".join(p.text for p in t.cell(r0, col).paragraphs)
    m = t.cell(r0, col).merge(t.cell(r1, col))
    write_cell(m, text)


def row_props(t, i, at_least_mm=None, cant_split=False):
    pr = t.rows[i]._tr.get_or_add_trPr()
    if cant_split:
        pr.append(OxmlElement("w:cantSplit"))
    if at_least_mm:
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), str(int(at_least_mm * 56.7)))
        h.set(qn("w:hRule"), "atLeast")
        pr.append(h)


def save(d, name, rows, jurisdiction=None, note="", pdf=True):
    path = os.path.join(DOCS, name + ".docx")
    d.save(path)
    exp = {"note": note, "jurisdiction": jurisdiction, "rows": rows}
    exts = ["docx"]
    if pdf:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/" + os.environ.get("LO_PROFILE", "lo-review37"), "--headless",
                        "--convert-to", "pdf", "--outdir", DOCS, path], check=True, capture_output=True)
        exts.append("pdf")
    for ext in exts:
        with open(os.path.join(EXP, f"{name}.{ext}.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=1)


def row(key, *cells):
    return {"key": key, **dict(zip(FIELDS8, cells))}


