"""Build audit30's plan PDFs and their PDF->DOCX conversions.

usage: /tmp/venv-audit30/bin/python build.py sources A B        # new plans -> src/*.pdf (+ truth/*.json)
       /tmp/venv-audit30/bin/python build.py convert SRC.pdf...  # -> conv/<stem>.{pdf2docx,lo-writer,lo-draw}.docx
"""
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import plans

HERE = Path(__file__).resolve().parent
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-audit30", "--headless"]
HEAD_A = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
          "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
HEAD_B = ["STT", "Nội dung chỉ số", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ, giải pháp",
          "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]
SPEC = {  # name: (plan, label style, indicators numbered, builder)
    "A": ("A", "num", True, "docx-landscape"),
    "B": ("B", "dotted", False, "html-stt"),
    "H1": ("H1", "roman", True, "docx-portrait"),
    "H2": ("H2", "num", False, "html-thead"),
}
TITLE = ["PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2025",
         "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND huyện)"]


def set_cell(cell, text, bold=False, size=11):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def vmerge(cell, restart):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if restart:
        vm.set(qn("w:val"), "restart")
    tcpr.append(vm)


def build_docx(name, path, landscape):
    plan, style, _, _ = SPEC[name]
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for t in TITLE:
        doc.add_paragraph().add_run(t).bold = True
    rows = list(plans.labels(plans.PLANS[plan], style))
    table = doc.add_table(rows=1 + len(rows), cols=len(HEAD_A))
    table.style = "Table Grid"
    size = 11 if landscape else 10
    for j, h in enumerate(HEAD_A):
        set_cell(table.rows[0].cells[j], h, bold=True, size=size)
    trpr = table.rows[0]._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))
    prev = (None, None)
    for i, (r, dl, cl) in enumerate(rows, start=1):
        d, c, ind, tasks, lead, coord, when = r
        cells = table.rows[i].cells
        if d != prev[0]:
            set_cell(cells[0], dl, size=size)
            vmerge(cells[0], True)
        else:
            vmerge(cells[0], False)
        if (d, c) != prev:
            set_cell(cells[1], cl, size=size)
            vmerge(cells[1], True)
        else:
            vmerge(cells[1], False)
        for j, text in enumerate([ind, tasks, lead, coord, when], start=2):
            set_cell(cells[j], text, size=size)
        prev = (d, c)
    doc.add_paragraph("")
    doc.save(path)


def build_html(name, path, stt, repeat_head):
    plan, style, _, _ = SPEC[name]
    rows = list(plans.labels(plans.PLANS[plan], style))
    head = HEAD_B if stt else HEAD_A
    esc = lambda s: "<br>".join(html.escape(x) for x in s.split("\n"))
    # rowspan counts
    dspan, cspan = {}, {}
    starts_d, starts_c = [], []
    for i, (r, _, _) in enumerate(rows):
        if i == 0 or rows[i - 1][0][0] != r[0]:
            starts_d.append(i)
        if i == 0 or rows[i - 1][0][:2] != r[:2]:
            starts_c.append(i)
    for lst, span in ((starts_d, dspan), (starts_c, cspan)):
        for k, s in enumerate(lst):
            span[s] = (lst[k + 1] if k + 1 < len(lst) else len(rows)) - s
    out = ["<!doctype html><html><head><meta charset='utf-8'><style>",
           "@page{size:A4 landscape;margin:14mm} body{font-family:'Times New Roman',serif;font-size:12pt}",
           "table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px;vertical-align:top}",
           "th{font-weight:bold}" + ("" if repeat_head else " thead{display:table-row-group}"),
           "</style></head><body>"]
    out += [f"<p style='text-align:center;font-weight:bold'>{html.escape(t)}</p>" for t in TITLE]
    out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr></thead><tbody>")
    for i, (r, dl, cl) in enumerate(rows):
        d, c, ind, tasks, lead, coord, when = r
        tds = [f"<td>{i + 1}</td>"] if stt else []
        if i in dspan:
            tds.append(f"<td rowspan='{dspan[i]}'>{esc(dl)}</td>")
        if i in cspan:
            tds.append(f"<td rowspan='{cspan[i]}'>{esc(cl)}</td>")
        tds += [f"<td>{esc(x)}</td>" for x in (ind, tasks, lead, coord, when)]
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def lo_convert(src, outdir, target, infilter=None):
    cmd = LO + ([f"--infilter={infilter}"] if infilter else []) + ["--convert-to", target, "--outdir", str(outdir), str(src)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def sources(names):
    src = HERE / "src"
    truth = HERE / "truth"
    src.mkdir(exist_ok=True)
    truth.mkdir(exist_ok=True)
    for name in names:
        plan, style, numbered, kind = SPEC[name]
        stem = f"plan-{name}-{kind}"
        with tempfile.TemporaryDirectory() as td:
            td = Path(td)
            if kind.startswith("docx"):
                d = src / f"{stem}.docx"
                build_docx(name, d, landscape=kind == "docx-landscape")
                r = lo_convert(d, src, "pdf")
                print(r.stdout.strip(), r.stderr.strip())
            else:
                h = src / f"{stem}.html"
                build_html(name, h, stt=kind == "html-stt", repeat_head=kind == "html-thead")
                subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                "--no-pdf-header-footer", f"--print-to-pdf={src / (stem + '.pdf')}",
                                h.as_uri()], capture_output=True, timeout=120)
        rows = plans.expected(plans.PLANS[plan], style, numbered)
        (truth / f"{stem}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        print(stem, len(rows), "rows")


def convert(pdfs):
    conv = HERE / "conv"
    conv.mkdir(exist_ok=True)
    for pdf in map(Path, pdfs):
        stem = pdf.stem
        out = conv / f"{stem}.pdf2docx.docx"
        if not out.exists():
            from pdf2docx import Converter
            c = Converter(str(pdf))
            c.convert(str(out))
            c.close()
        for tag, infilter in (("lo-writer", "writer_pdf_import"), ("lo-draw", None)):
            out = conv / f"{stem}.{tag}.docx"
            if out.exists():
                continue
            with tempfile.TemporaryDirectory() as td:
                r = lo_convert(pdf, td, "docx", infilter)
                made = list(Path(td).glob("*.docx"))
                print(tag, stem, "rc", r.returncode, r.stdout.strip()[-200:], r.stderr.strip()[-300:])
                if made:
                    shutil.move(made[0], out)
                else:
                    (conv / f"{stem}.{tag}.FAILED.txt").write_text(r.stdout + r.stderr)


if __name__ == "__main__":
    os.chdir(HERE)
    if sys.argv[1] == "sources":
        sources(sys.argv[2:])
    else:
        convert(sys.argv[2:])
