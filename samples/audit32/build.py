"""Build the audit32 plans as DOCX (python-docx) and their LibreOffice PDFs.

    python build.py plans_dev        # -> docs/<slug>.docx, docs/<slug>.pdf
"""
import importlib
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

HEADERS = {
    "province": ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
                 "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    "seed8": ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
              "Cơ quan thực hiện",
              "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
              "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc",
              "Cơ quan phối hợp"],
    "commune": ["TT", "Nội dung chỉ số", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì",
                "Cơ quan phối hợp", "Thời gian thực hiện"],
}


def row_cells(layout, i, row):
    dim, comp, ind, task, cells = row
    get = lambda role: cells.get(role, ("", ""))[0]  # noqa: E731
    if layout == "province":
        return [dim, comp, ind, task, get("lead"), get("coordinating"), "Năm 2026"]
    if layout == "seed8":
        return [dim, comp, ind, task, get("implementing"), get("lead"), get("sector_guidance"),
                get("coordinating")]
    return [str(i + 1), dim, task, get("lead"), get("coordinating"), "Quý I-IV/2026"]


def set_text(cell, text):
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.size = Pt(10)


def build_docx(plan, path):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    for j, line in enumerate(plan["title"]):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = j < len(plan["title"]) - 1
        run.italic = j == len(plan["title"]) - 1
    heads = HEADERS[plan["layout"]]
    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for c, h in enumerate(heads):
        set_text(table.rows[0].cells[c], h)
        table.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for i, row in enumerate(plan["rows"]):
        cells = table.add_row().cells
        for c, text in enumerate(row_cells(plan["layout"], i, row)):
            set_text(cells[c], text)
    doc.save(path)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit32", "--headless",
                    "--convert-to", "pdf", "--outdir", DOCS, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def main(module):
    sys.path.insert(0, HERE)
    plans = importlib.import_module(module).PLANS
    os.makedirs(DOCS, exist_ok=True)
    for plan in plans:
        path = os.path.join(DOCS, plan["slug"] + ".docx")
        build_docx(plan, path)
        to_pdf(path)
        print("built", path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "plans_dev")
