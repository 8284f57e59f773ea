"""Draws a whole plan's block list (plans.make_plan) as DOCX (python-docx), HTML (Chromium print) or PDF
(reportlab). The appendix groups are vertically merged cells in every producer."""

from __future__ import annotations

import html
from pathlib import Path

from content import APPENDIX_FIELDS, APPENDIX_HEADER
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

APP_W = [3.0, 3.0, 4.6, 7.6, 2.8, 3.2, 2.4]  # cm, landscape (scaled down for portrait)


def groups(rows: list[dict], field: str) -> list[int]:
    """Rowspan per row of a merged group column (0 = covered by the row above)."""
    spans = [0] * len(rows)
    i = 0
    while i < len(rows):
        j = i
        key = (rows[i]["dim"],) if field == "dimension" else (rows[i]["dim"], rows[i]["comp"])
        while j + 1 < len(rows) and ((rows[j + 1]["dim"],) if field == "dimension"
                                     else (rows[j + 1]["dim"], rows[j + 1]["comp"])) == key:
            j += 1
        spans[i] = j - i + 1
        i = j + 1
    return spans


# ---------------------------------------------------------------- DOCX

def _field_run(par, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _lines(cell, text: str, bold: bool = False, center: bool = False, size: float | None = None) -> None:
    lines = text.split("\n") if text else [""]
    for k, line in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if center:
            p.alignment = 1


def _set_orient(sec, landscape: bool) -> None:
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    w, h = (Cm(29.7), Cm(21.0)) if landscape else (Cm(21.0), Cm(29.7))
    sec.page_width, sec.page_height = w, h
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))


def _docx_table(doc, header: list[str], rows: list[list[str]], grid: bool = True, repeat: bool = True):
    t = doc.add_table(rows=1, cols=len(header))
    if grid:
        t.style = "Table Grid"
    for k, lab in enumerate(header):
        _lines(t.rows[0].cells[k], lab, bold=True, center=True)
    if repeat:
        trpr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trpr.append(el)
    for r in rows:
        cells = t.add_row().cells
        for k, v in enumerate(r):
            _lines(cells[k], v)
    return t


def write_docx(plan: dict, path: Path) -> None:
    spec = plan["spec"]
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    sec = doc.sections[0]
    landscape = any(b[0] == "start_landscape" for b in plan["blocks"])
    _set_orient(sec, landscape)
    if spec["pagenum"]:
        p = sec.footer.paragraphs[0]
        p.alignment = 1
        p.add_run("Trang ")
        _field_run(p, "PAGE")
        p.add_run("/")
        _field_run(p, "NUMPAGES")
    if spec["runhead"]:
        p = sec.header.paragraphs[0]
        p.alignment = 2
        r = p.add_run(f"Kế hoạch nâng cao Chỉ số PAPI năm 2026 - UBND tỉnh {plan['province']}")
        r.italic = True
        r.font.size = Pt(10)
    for kind, val in plan["blocks"]:
        if kind == "heading":
            t = doc.add_table(rows=1, cols=2)
            _lines(t.rows[0].cells[0], "\n".join(val["issuer"]) + "\n\n" + val["number"], bold=False, center=True)
            _lines(t.rows[0].cells[1], "\n".join(val["motto"]) + "\n\n" + val["place_date"], center=True)
        elif kind in ("title", "apptitle"):
            for k, line in enumerate(val):
                p = doc.add_paragraph()
                p.alignment = 1
                p.add_run(line).bold = k < 2
        elif kind == "h":
            doc.add_paragraph().add_run(val).bold = True
        elif kind in ("p", "note"):
            p = doc.add_paragraph(val)
            if kind == "note":
                p.runs[0].italic = True
        elif kind == "footnote":
            p = doc.add_paragraph()
            p.add_run("_______________").font.size = Pt(10)
            doc.add_paragraph().add_run(val).font.size = Pt(10)
        elif kind == "ptable":
            doc.add_paragraph().add_run(val["caption"]).italic = True
            _docx_table(doc, val["header"], val["rows"], repeat=False)
        elif kind == "signature":
            t = doc.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            _lines(c0, "\n".join(val["recipients"]), size=11)
            c0.paragraphs[0].runs[0].bold = True
            _lines(c1, "\n".join(val["sign"]), bold=True, center=True)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "orient":
            _set_orient(doc.add_section(WD_SECTION.NEW_PAGE), val == "landscape")
        elif kind == "appendix":
            _docx_appendix(doc, val)
        elif kind == "app2":
            for k, line in enumerate(val["title"]):
                p = doc.add_paragraph()
                p.alignment = 1
                p.add_run(line).bold = k < 2
            _docx_table(doc, val["header"], val["rows"])
    doc.save(path)


def _docx_appendix(doc, rows: list[dict]) -> None:
    t = _docx_table(doc, APPENDIX_HEADER, [[r[f] for f in APPENDIX_FIELDS] for r in rows])
    for col, field in ((0, "dimension"), (1, "component")):
        spans = groups(rows, field)
        for i, s in enumerate(spans):
            if s > 1:
                for j in range(i + 1, i + s):
                    for p in t.rows[j + 1].cells[col].paragraphs:
                        for r in p.runs:
                            r.text = ""
                t.rows[i + 1].cells[col].merge(t.rows[i + s].cells[col])
                # merging keeps the empty paragraphs of the covered cells: drop them
                cell = t.rows[i + 1].cells[col]
                for p in cell.paragraphs[1:]:
                    if not p.text:
                        p._p.getparent().remove(p._p)
    sec_w = 25.7 if doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE else 17.0
    scale = sec_w / sum(APP_W)
    for k, w in enumerate(APP_W):
        for r in t.rows:
            r.cells[k].width = Cm(w * scale)


# ---------------------------------------------------------------- HTML (Chromium)

def _h_table(header: list[str], rows: list[list[str]], cls: str = "g") -> str:
    out = [f"<table class={cls}><thead><tr>" + "".join(f"<th>{html.escape(x)}</th>" for x in header)
           + "</tr></thead><tbody>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{_h_cell(v)}</td>" for v in r) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _h_cell(text: str) -> str:
    return "".join(f"<p>{html.escape(x)}</p>" for x in text.split("\n"))


def _h_appendix(rows: list[dict]) -> str:
    spans = {f: groups(rows, f) for f in ("dimension", "component")}
    widths = "".join(f"<col style='width:{w}cm'>" for w in APP_W)
    out = [f"<table class=g><colgroup>{widths}</colgroup><thead><tr>"
           + "".join(f"<th>{html.escape(x)}</th>" for x in APPENDIX_HEADER) + "</tr></thead><tbody>"]
    for i, r in enumerate(rows):
        out.append("<tr>")
        for f in APPENDIX_FIELDS:
            if f in spans:
                if spans[f][i] == 0:
                    continue
                out.append(f"<td rowspan={spans[f][i]}>{_h_cell(r[f])}</td>")
            else:
                out.append(f"<td>{_h_cell(r[f])}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


CSS = """
@page { size: A4 portrait; margin: 20mm 18mm; }
@page land { size: A4 landscape; margin: 18mm 15mm; }
body { font-family: 'Liberation Serif'; font-size: 13pt; }
.land { page: land; }
.pb { break-before: page; }
table.g { border-collapse: collapse; width: 100%; margin: 6pt 0; }
table.g td, table.g th { border: 1px solid #000; vertical-align: top; padding: 3px; font-size: 12pt; }
table.n { width: 100%; border-collapse: collapse; } table.n td { vertical-align: top; text-align: center; }
p { margin: 0 0 4pt 0; text-align: justify; } td p, th p { margin: 0; text-align: left; }
.c { text-align: center; font-weight: bold; margin: 0; } .c3 { text-align: center; font-style: italic; }
.fn { font-size: 10pt; border-top: 1px solid #000; width: 40%; padding-top: 2pt; margin-top: 8pt; }
.rh { position: fixed; top: -14mm; right: 0; font-size: 9pt; font-style: italic; }
.rf { position: fixed; bottom: -14mm; left: 0; font-size: 9pt; }
.rec { text-align: left; font-size: 11pt; }
"""


def write_html(plan: dict, path: Path) -> None:
    spec = plan["spec"]
    out = [f"<!doctype html><html lang=vi><head><meta charset=utf-8><title>Kế hoạch PAPI 2026 - "
           f"{html.escape(plan['province'])}</title><style>{CSS}</style></head><body>"]
    if spec["runhead"] and not spec.get("browser_hf"):
        out.append(f"<div class=rh>Kế hoạch nâng cao Chỉ số PAPI năm 2026 - UBND tỉnh "
                   f"{html.escape(plan['province'])}</div>")
        out.append("<div class=rf>Cổng thông tin điện tử tỉnh - Bản sao điện tử</div>")
    section = ["<div>"]
    pending = ""
    for kind, val in plan["blocks"]:
        if kind in ("orient", "pagebreak", "start_landscape"):
            cls = "land" if (kind == "orient" and val == "landscape") or kind == "start_landscape" else ""
            if kind == "pagebreak":
                cls = "land" if section[0].find("land") >= 0 else ""
            out.append("".join(section) + "</div>")
            section = [f"<div class='{cls} {'pb' if len(out) > 1 else ''}'>"]
            continue
        section.append(pending + _h_block(kind, val))
    out.append("".join(section) + "</div></body></html>")
    path.write_text("".join(out), encoding="utf-8")


def _h_block(kind: str, val) -> str:
    esc = html.escape
    if kind == "heading":
        left = "<br>".join(esc(x) for x in val["issuer"]) + "<br><br>" + esc(val["number"])
        right = "<b>" + "<br>".join(esc(x) for x in val["motto"]) + "</b><br><br><i>" + esc(val["place_date"]) + "</i>"
        return f"<table class=n><tr><td><b>{left}</b></td><td>{right}</td></tr></table><br>"
    if kind in ("title", "apptitle"):
        return "".join(f"<p class={'c' if k < 2 else 'c3'}>{esc(x)}</p>" for k, x in enumerate(val)) + "<br>"
    if kind == "h":
        return f"<p><b>{esc(val)}</b></p>"
    if kind == "p":
        return f"<p>{esc(val)}</p>"
    if kind == "note":
        return f"<p><i>{esc(val)}</i></p>"
    if kind == "footnote":
        return f"<div class=fn>{esc(val)}</div>"
    if kind == "ptable":
        return f"<p class=c3>{esc(val['caption'])}</p>" + _h_table(val["header"], val["rows"])
    if kind == "signature":
        rec = "<br>".join(esc(x) for x in val["recipients"])
        sign = "<br>".join(esc(x) for x in val["sign"])
        return f"<br><table class=n><tr><td class=rec>{rec}</td><td><b>{sign}</b></td></tr></table>"
    if kind == "appendix":
        return _h_appendix(val)
    if kind == "app2":
        return _h_block("apptitle", val["title"]) + _h_table(val["header"], val["rows"])
    raise ValueError(kind)
