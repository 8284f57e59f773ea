"""Build the audit40 DOCX plans and expected.json (hand-written column -> field map in data.py).

python samples/audit40/build.py  ->  samples/audit40/docs/*.docx, samples/audit40/expected.json
Then one LibreOffice call converts them all (see FINDINGS.md).
"""
import json
import pathlib
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from data import COMMUNE, D, DOCS, ENGLISH, POOL  # noqa: E402

HERE = pathlib.Path(__file__).parent
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def para(doc, text, bold=False, center=False, size=13, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, center=False, size=11):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for k, part in enumerate(parts):
        r = p.add_run(part)
        r.bold, r.font.size = bold, Pt(size)
        if k < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def front(doc, spec):
    if spec.get("english"):
        para(doc, "PEOPLE'S COMMITTEE OF QUANG TRI PROVINCE", bold=True, center=True)
        para(doc, "PLAN", bold=True, center=True, size=14)
        para(doc, "Improving the Provincial Governance and Public Administration Performance Index (PAPI) in 2026",
             bold=True, center=True)
        para(doc, "This plan sets out the tasks of departments and communes to improve the PAPI scores in 2026.")
        para(doc, "APPENDIX", bold=True, center=True)
        para(doc, "Tasks and solutions to improve PAPI in 2026", italic=True, center=True)
        return
    if spec.get("commune"):
        para(doc, "ỦY BAN NHÂN DÂN XÃ HƯỚNG HIỆP", bold=True, center=True)
        para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True)
        para(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
        para(doc, "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) của xã năm 2026", bold=True, center=True)
        para(doc, "Thực hiện Kế hoạch của UBND tỉnh, UBND xã ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2026 như sau:")
        para(doc, "PHỤ LỤC", bold=True, center=True)
        para(doc, "NHIỆM VỤ CỤ THỂ (Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2026 của UBND xã)", italic=True, center=True)
        return
    para(doc, "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", bold=True, center=True)
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, center=True)
    para(doc, "KẾ HOẠCH", bold=True, center=True, size=14)
    para(doc, "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026", bold=True, center=True)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Cải thiện thứ hạng Chỉ số PAPI của tỉnh; nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị.")
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    para(doc, "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.")
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026\n(Kèm theo Kế hoạch số 112/KH-UBND ngày 20/01/2026 của UBND tỉnh)",
         italic=True, center=True)


def build(spec):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    front(doc, spec)
    cols = spec["cols"]
    ncol = len(cols)
    source = ENGLISH if spec.get("english") else COMMUNE if spec.get("commune") else POOL
    data = [source[k] for k in spec["rows"]]
    header = spec.get("header") or [[(lab, 1, 1) for lab, _, _ in cols]]
    nhead = len(header) + (1 if spec.get("numbers_row") else 0)
    table = doc.add_table(rows=nhead, cols=ncol)
    table.style = "Table Grid"
    # header rows with spans (label, colspan, rowspan)
    occupied = set()
    for ri, hrow in enumerate(header):
        ci = 0
        for lab, cs, rs in hrow:
            while (ri, ci) in occupied:
                ci += 1
            a = table.cell(ri, ci)
            b = table.cell(ri + rs - 1, ci + cs - 1)
            if (cs, rs) != (1, 1):
                a = a.merge(b)
            for r in range(ri, ri + rs):
                for c in range(ci, ci + cs):
                    occupied.add((r, c))
            set_cell(a, lab, bold=True, center=True)
            ci += cs
    if spec.get("numbers_row"):
        for ci in range(ncol):
            set_cell(table.cell(nhead - 1, ci), f"({ci + 1})", center=True)
    expected_rows = []
    last = {}
    n = 0
    prev_d, prev_c = None, None
    merge_col = spec.get("merge_col")
    merge_start = None
    comp_no = 0
    for r in data:
        if spec["sections"] and r["d"] != prev_d:
            cells = table.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, f"{ROMAN[r['d']]}. {D[r['d']].upper()}", bold=True)
            prev_c = None
        if spec["sections"] == "dc" and r["comp"] != prev_c:
            cells = table.add_row().cells
            m = cells[0].merge(cells[-1])
            comp_no = comp_no + 1 if r["d"] == prev_d else 1
            set_cell(m, f"{comp_no}. {r['comp']}", bold=True)
        n += 1
        row = table.add_row()
        texts = {}
        for ci, (lab, fields, get) in enumerate(cols):
            t = get(r, n)
            texts[lab] = t
            if merge_col == ci and last.get(ci) == t and merge_start is not None:
                row.cells[ci].merge(merge_start)
                continue
            set_cell(row.cells[ci], t)
            if merge_col == ci:
                merge_start = row.cells[ci]
            last[ci] = t
        first_of_comp = r["comp"] != prev_c
        exp = dict(d=r["d"], first_of_comp=first_of_comp, cells=texts)
        if spec["sections"]:
            exp["dimension"] = r.get("dim_en") or D[r["d"]]
        if spec["sections"] == "dc":
            exp["component"] = r["comp"]
        expected_rows.append(exp)
        prev_d, prev_c = r["d"], r["comp"]
    widths = [Cm(1.2) if lab in ("TT", "STT", "No.") else None for lab, _, _ in cols]
    for row in table.rows:
        for ci, w in enumerate(widths):
            if w is not None:
                row.cells[ci].width = w
    para(doc, "")
    if spec.get("english"):
        para(doc, "FOR THE PEOPLE'S COMMITTEE\nCHAIRMAN", bold=True, center=True)
    else:
        para(doc, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True, center=True)
    out = HERE / "docs" / f"{spec['name']}.docx"
    out.parent.mkdir(exist_ok=True)
    doc.save(out)
    return dict(name=spec["name"],
                columns=[dict(label=lab, fields=fields) for lab, fields, _ in cols],
                rows=[dict(cells=e["cells"], **{k: e[k] for k in ("dimension", "component") if k in e})
                      for e in expected_rows])


def main():
    exp = [build(s) for s in DOCS]
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n")
    print(len(exp), "documents")


if __name__ == "__main__":
    main()
