"""Build the audit28 documents: DOCX (python-docx), PDF by LibreOffice, some PDF by Chromium (HTML print),
and the expected rows (JSON, written from the documents' definitions in docs.py / pairs.py / heldout.py).

    /work/main/.venv/bin/python build.py            # docs + pairs
    /work/main/.venv/bin/python build.py heldout    # the three held-out documents (built last)
"""
import copy, html, json, os, subprocess, sys, tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from docs import FIELD, Auto

HERE = Path(__file__).resolve().parent
TITLE = ["PHỤ LỤC", "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2024",
         "(Kèm theo Kế hoạch số: /KH-UBND ngày tháng 6 năm 2024 của UBND thành phố)"]


class Numbering:
    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.lists, self.next_abs, self.next_num = {}, 9000, 9000

    def num_id(self, name, fmt):
        if name in self.lists:
            return self.lists[name]
        a = OxmlElement("w:abstractNum"); a.set(qn("w:abstractNumId"), str(self.next_abs))
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
            e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
        ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "360")
        ind.set(qn("w:hanging"), "360"); ppr.append(ind); lvl.append(ppr); a.append(lvl)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.root.append(a)
        n = OxmlElement("w:num"); n.set(qn("w:numId"), str(self.next_num))
        an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(self.next_abs)); n.append(an)
        self.root.append(n)
        self.lists[name] = self.next_num
        self.next_abs += 1; self.next_num += 1
        return self.lists[name]


def put(cell, value, numbering, bold=False):
    cell.paragraphs[0].text = ""
    if isinstance(value, Auto):
        nid = numbering.num_id(value.lst, value.fmt)
        for k, item in enumerate(value.items):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            r = p.add_run(item); r.bold = bold
            ppr = p._p.get_or_add_pPr(); npr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); npr.append(il)
            ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid)); npr.append(ni)
            ppr.insert(0, npr)
        return
    for k, line in enumerate(str(value).split("\n")):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        r = p.add_run(line); r.bold = bold


def build_docx(doc, path):
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(10)
    for k, t in enumerate(TITLE):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = k < 2
        p.alignment = 1
    numbering = Numbering(d)
    cols = doc["cols"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for cell, lab in zip(t.rows[0].cells, cols):
        put(cell, lab, numbering, bold=True)
    trpr = t.rows[0]._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); trpr.append(th)
    above = {}
    for row in doc["rows"]:
        cells = t.add_row().cells
        if row["type"] == "section":
            first = 0
            if row.get("tt"):
                put(cells[0], row["tt"], numbering, bold=True); first = 1
            m = cells[first].merge(cells[-1])
            put(m, row["text"], numbering, bold=True)
            above = {}
            continue
        for j, v in enumerate(row["cells"]):
            if v is None and j in above:
                above[j] = above[j].merge(cells[j])  # vertical merge, text stays in the top cell
            else:
                put(cells[j], v if v is not None else "", numbering)
                above[j] = cells[j]
    widths = {"STT": 1.2, "TT": 1.2, "Chỉ tiêu": 6.5, "Nhiệm vụ và giải pháp": 7.5}
    for j, lab in enumerate(cols):
        for c in t.columns[j].cells:
            c.width = Cm(widths.get(lab, 3.2))
    d.save(path)


def cell_html(v):
    if isinstance(v, Auto):
        v = v.text()
    return "<br>".join(html.escape(x) for x in str(v).split("\n"))


def build_html(doc, path):
    cols, rows = doc["cols"], doc["rows"]
    out = ["<!doctype html><html lang='vi'><meta charset='utf-8'><style>@page{size:A4 landscape;margin:1.5cm}"
           "body{font-family:'Times New Roman',serif;font-size:10pt}table{border-collapse:collapse;width:100%}"
           "td,th{border:1px solid #000;padding:3px;vertical-align:top}th{font-weight:bold}"
           ".c{text-align:center}</style><body>"]
    out += [f"<p class=c><b>{html.escape(t)}</b></p>" for t in TITLE]
    out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cols) + "</tr></thead><tbody>")
    data_idx = [i for i, r in enumerate(rows)]
    for i, row in enumerate(rows):
        if row["type"] == "section":
            tt = f"<td><b>{html.escape(row['tt'])}</b></td>" if row.get("tt") else ""
            span = len(cols) - (1 if tt else 0)
            out.append(f"<tr>{tt}<td colspan={span}><b>{cell_html(row['text'])}</b></td></tr>")
            continue
        tds = []
        for j, v in enumerate(row["cells"]):
            if v is None:
                continue
            span = 1
            for r2 in rows[i + 1:]:
                if r2["type"] != "data" or r2["cells"][j] is not None:
                    break
                span += 1
            tds.append(f"<td rowspan={span}>{cell_html(v)}</td>" if span > 1 else f"<td>{cell_html(v)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table></body></html>")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def expected(doc):
    cols, rows, out = doc["cols"], doc["rows"], []
    last = {}
    for row in rows:
        if row["type"] != "data":
            continue
        e = {"key": row["key"], "dimension_title": row["dim"], "component_title": row["comp"], "extra": {}}
        for j, (lab, v) in enumerate(zip(cols, row["cells"])):
            if v is None:
                v = last.get(j, "")   # a merged cell: the text of the cell it is merged with
            last[j] = v
            text = v.text().strip() if isinstance(v, Auto) else v
            f = FIELD[lab]
            if f in ("dimension", "component"):
                e[f + "_cell"] = text
            elif f is None:
                e["extra"][lab] = text
            else:
                e[f] = text
        if row.get("same_indicator_as"):
            e["same_indicator_as"] = row["same_indicator_as"]
        out.append(e)
    return {"document": doc["name"], "rows": out,
            "note": "hand-written per docs.py: keys by the README rule from the numbers the document shows"}


def soffice(paths, outdir):
    prof = f"file:///tmp/lo-audit28"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), *map(str, paths)], check=True, capture_output=True, timeout=600)


def chromium(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", f"file://{html_path}"], check=True, capture_output=True,
                   timeout=300)


def build_set(docs, outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    docx_paths = []
    for doc in docs:
        p = outdir / f"{doc['name']}.docx"
        build_docx(doc, p); docx_paths.append(p)
        (outdir / f"{doc['name']}.expected.json").write_text(
            json.dumps(expected(doc), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if doc.get("html"):
            h = outdir / f"{doc['name']}.html"
            build_html(doc, h)
            chromium(h, outdir / f"{doc['name']}.chromium.pdf")
    soffice(docx_paths, outdir)


if __name__ == "__main__":
    which = sys.argv[1:] or ["docs", "pairs"]
    if "docs" in which:
        from docs import DOCS
        build_set([f() for f in DOCS], HERE / "docs")
    if "pairs" in which:
        from pairs import PAIRS
        for name, (old, new, exp) in PAIRS.items():
            build_set([old, new], HERE / "pairs" / name)
            (HERE / "pairs" / name / "expected-diff.json").write_text(
                json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if "heldout" in which:
        from heldout import HELDOUT
        build_set([f() for f in HELDOUT], HERE / "heldout")
