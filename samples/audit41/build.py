"""Build audit41's plans: DOCX with python-docx, HTML for Chromium, and expected/*.json from plans.py.

python samples/audit41/build.py            -> docs/*.docx, docs/*.html, expected/*.json
Then (see FINDINGS.md):  soffice --headless --convert-to pdf --outdir docs docs/*.docx
                         chromium --headless --no-sandbox --print-to-pdf=docs/X.pdf docs/X.html
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from plans import HELDOUT, PLANS, expected  # noqa: E402


def field_text(r, field):
    return r["cells"].get(field, "")


def cell_paras(cell, text, size, bold=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.font.size, run.bold = Pt(size), bold


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def merge_runs(rows, field):
    """(start, end) index runs of consecutive data rows with the same value of field."""
    runs, start = [], None
    for i, r in enumerate(rows + [None]):
        same = (r is not None and start is not None and r["kind"] == "data" and rows[start]["kind"] == "data"
                and field_text(r, field) == field_text(rows[start], field))
        if same:
            continue
        if start is not None and i - 1 > start:
            runs.append((start, i - 1))
        start = i if r is not None and r["kind"] == "data" else None
    return runs


def docx_table(doc, b):
    cols, rows, size = b["cols"], b["rows"], b["font"]
    head = 1 if b.get("header", True) else 0
    t = doc.add_table(rows=head + len(rows), cols=len(cols))
    t.style = "Table Grid"
    if head:
        for j, (label, _) in enumerate(cols):
            cell_paras(t.rows[0].cells[j], label, size, bold=True)
    if b["repeat"]:
        repeat_header(t.rows[0])
    for i, r in enumerate(rows, start=head):
        cells = t.rows[i].cells
        if r["kind"] == "cells":
            for j, text in enumerate(r["texts"]):
                cell_paras(cells[j], text, size, bold=r.get("bold", False))
            continue
        if r["kind"] != "data":
            merged = cells[0].merge(cells[-1])
            cell_paras(merged, r["text"], size, bold=True)
            continue
        for j, (_, f) in enumerate(cols):
            cell_paras(cells[j], field_text(r, f), size)
    for f in b["merge"]:
        j = [f2 for _, f2 in cols].index(f)
        for s, e in merge_runs(rows, f):
            top = t.rows[s + head].cells[j]
            text = field_text(rows[s], f)
            merged = top.merge(t.rows[e + head].cells[j])
            cell_paras(merged, text, size)


def docx_other(doc, b):
    t = doc.add_table(rows=1 + len(b["data"]), cols=len(b["labels"]))
    t.style = "Table Grid"
    for j, label in enumerate(b["labels"]):
        cell_paras(t.rows[0].cells[j], label, 10, bold=True)
    for i, data in enumerate(b["data"], start=1):
        for j, text in enumerate(data):
            cell_paras(t.rows[i].cells[j], text, 10)


def build_docx(blocks, path):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(12)
    for b in blocks:
        if b["kind"] == "para":
            p = doc.add_paragraph()
            p.paragraph_format.page_break_before = b["page_break"]
            run = p.add_run(b["text"])
            run.bold = b["bold"]
            if b["center"]:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b["kind"] == "table":
            docx_table(doc, b)
        else:
            docx_other(doc, b)
    doc.save(path)


def html_cell(text, tag="td", attrs=""):
    inner = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n")) if text else ""
    return f"<{tag}{attrs}>{inner}</{tag}>"


def html_table(b):
    cols, rows = b["cols"], b["rows"]
    head = "<tr>" + "".join(html_cell(label, "th") for label, _ in cols) + "</tr>"
    spans = {}
    for f in b["merge"]:
        for s, e in merge_runs(rows, f):
            spans[(s, f)] = e - s + 1
            for k in range(s + 1, e + 1):
                spans[(k, f)] = 0
    body = []
    for i, r in enumerate(rows):
        if r["kind"] == "cells":
            body.append("<tr>" + "".join(html_cell(x) for x in r["texts"]) + "</tr>")
            continue
        if r["kind"] != "data":
            body.append(f'<tr>{html_cell(r["text"], "td", f" colspan={len(cols)} class=sec")}</tr>')
            continue
        tds = []
        for _, f in cols:
            n = spans.get((i, f), 1)
            if n == 0:
                continue
            tds.append(html_cell(field_text(r, f), "td", f" rowspan={n}" if n > 1 else ""))
        body.append("<tr>" + "".join(tds) + "</tr>")
    thead = f"<thead>{head}</thead>" if b["repeat"] else ""
    first = "" if b["repeat"] else head
    return f"<table>{thead}<tbody>{first}{''.join(body)}</tbody></table>"


CSS = """@page { size: A4 landscape; margin: 1.5cm; }
body { font-family: 'Times New Roman', serif; font-size: 12pt; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; }
td, th { border: 1px solid black; vertical-align: top; padding: 2px 4px; }
td p, th p { margin: 0; } .sec { font-weight: bold; } .c { text-align: center; } .b { font-weight: bold; }
.pb { break-before: page; }"""


def build_html(blocks, path):
    parts = []
    for b in blocks:
        if b["kind"] == "para":
            cls = " ".join(c for c, on in (("c", b["center"]), ("b", b["bold"]), ("pb", b["page_break"])) if on)
            parts.append(f'<p class="{cls}">{html.escape(b["text"])}</p>')
        elif b["kind"] == "table":
            parts.append(html_table(b))
        else:
            head = "<tr>" + "".join(html_cell(x, "th") for x in b["labels"]) + "</tr>"
            parts.append("<table>" + head + "".join("<tr>" + "".join(html_cell(x) for x in d) + "</tr>"
                                                   for d in b["data"]) + "</table>")
    doc = f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
    path.write_text(doc + "\n".join(parts) + "</body></html>", encoding="utf-8")


def main():
    docs, exp = HERE / "docs", HERE / "expected"
    docs.mkdir(exist_ok=True)
    exp.mkdir(exist_ok=True)
    for name, (fn, kind) in {**PLANS, **HELDOUT}.items():
        blocks = fn()
        if kind == "docx":
            build_docx(blocks, docs / f"{name}.docx")
        else:
            build_html(blocks, docs / f"{name}.html")
        rows = expected(blocks)
        (exp / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, kind, len(rows), "rows")


if __name__ == "__main__":
    main()
