"""Build audit39's plans (DOCX by python-docx, PDF by LibreOffice) and expected.json from plans.py.

Run: /work/main/.venv/bin/python build.py  (then soffice converts docs/*.docx to PDF, see run.sh)
"""
import json
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from plans import D_ROWS, DOCS

HERE = Path(__file__).parent
OUT = HERE / "docs"
HEAD = {"impl": "Cơ quan thực hiện", "lead": "Cơ quan chủ trì",
        "sector": "Cơ quan quản lý ngành, lĩnh vực hướng dẫn", "coord": "Cơ quan phối hợp",
        "deadline": "Thời gian thực hiện"}
ROLE = {"impl": "implementing", "lead": "lead", "sector": "sector_guidance", "coord": "coordinating"}


def para(doc, text, bold=False, center=False, size=13):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False, size=11):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def build(spec):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = doc.add_table(rows=1, cols=2)
    cell_text(head.cell(0, 0), "\n".join(spec["heading"] + [spec["number"]]), bold=True, size=12)
    cell_text(head.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              + spec["date_line"], bold=True, size=12)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, spec["title"], bold=True, center=True)
    para(doc, "Căn cứ kết quả Chỉ số PAPI năm 2025; để cải thiện thứ hạng trong năm 2026, "
              "xây dựng Kế hoạch với các nhiệm vụ, giải pháp tại Phụ lục kèm theo.")
    para(doc, "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tổ chức thực hiện, báo cáo kết quả "
              "trước ngày 15/11/2026.")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026", bold=True, center=True)
    para(doc, spec["attach"], center=True, size=12)
    cols = ["dim", "comp", "ind", "tasks"] + spec["cols"]
    labels = {"dim": "Nội dung chỉ số", "comp": "Nội dung thành phần", "ind": "Chỉ tiêu",
              "tasks": "Nhiệm vụ và giải pháp", **HEAD}
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        cell_text(t.cell(0, j), labels[c], bold=True)
    for key, cells in spec["rows"]:
        dim, comp, ind, task = D_ROWS[key]
        vals = {"dim": dim, "comp": comp, "ind": ind, "tasks": task, "deadline": "Năm 2026"}
        vals.update({k: v[0] for k, v in cells.items()})
        r = t.add_row()
        for j, c in enumerate(cols):
            cell_text(r.cells[j], vals.get(c, ""))
    OUT.mkdir(exist_ok=True)
    doc.save(OUT / f"{spec['id']}.docx")


def expected():
    out = {}
    for spec in DOCS:
        cells = []
        for i, (key, row) in enumerate(spec["rows"]):
            for col, (text, exp) in row.items():
                cells.append({"row": i, "role": ROLE[col], "text": text, "expect": exp})
        out[spec["id"]] = {"jurisdiction": spec["jurisdiction"], "cells": cells}
    return out


if __name__ == "__main__":
    for s in DOCS:
        build(s)
    (HERE / "expected.json").write_text(json.dumps(expected(), ensure_ascii=False, indent=1) + "\n")
