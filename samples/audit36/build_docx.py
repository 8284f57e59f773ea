"""Build the DOCX documents of audit36 (python-docx, borders as w:tcBorders XML) and their
LibreOffice PDFs.  Run: /work/main/.venv/bin/python build_docx.py"""
import os, subprocess, sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from content import HEADER, HEADER_TT, ROWS, STAMP, pieces

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTHS = [2.2, 2.6, 4.3, 7.4, 2.2, 2.4, 2.6, 3.0]


def edge(spec):
    """spec: (val, sz eighths of a point, colour) or None for no line."""
    if spec is None:
        return 'w:val="nil"'
    val, sz, col = spec
    return f'w:val="{val}" w:sz="{sz}" w:space="0" w:color="{col}"'


def set_cell(cell, top, left, bottom, right, fill=None):
    tcPr = cell._tc.get_or_add_tcPr()
    xml = (f'<w:tcBorders {nsdecls("w")}><w:top {edge(top)}/><w:left {edge(left)}/>'
           f'<w:bottom {edge(bottom)}/><w:right {edge(right)}/></w:tcBorders>')
    tcPr.append(parse_xml(xml))
    if fill:
        tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def write_pars(cell, pars, bold=False, size=10):
    cell.text = ""
    for i, par in enumerate(pars or [""]):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        for text, kind in pieces(par):
            r = p.add_run(text)
            r.font.size = Pt(size)
            r.font.name = "Times New Roman"
            r.bold = bold
            if kind == "h":
                r.font.highlight_color = WD_COLOR_INDEX.YELLOW
            elif kind == "s":
                r.font.strike = True
            elif kind == "u":
                r.font.underline = True


def vmerge(cell, restart):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:vMerge {nsdecls("w")} w:val="restart"/>' if restart else f'<w:vMerge {nsdecls("w")}/>'))


def span(cell, n):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="{n}"/>'))


def stamp_run(paragraph):
    """A VML rectangle with a text box "ĐÃ KÝ", anchored in this paragraph, drawn over the table."""
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:rect id="stamp1" o:spid="_x0000_s1026" style="position:absolute;margin-left:-180pt;'
           'margin-top:4pt;width:96pt;height:34pt;z-index:251659264;mso-position-horizontal-relative:text;'
           'mso-position-vertical-relative:text" strokecolor="#C00000" strokeweight="2.25pt" filled="f">'
           '<v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/>'
           '<w:color w:val="C00000"/><w:sz w:val="28"/></w:rPr>'
           f'<w:t>{STAMP}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def build(name, style):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    for line in ["PHỤ LỤC", "Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao",
                 "Chỉ số PAPI năm 2024 và những năm tiếp theo",
                 "(Kèm theo Kế hoạch số:/KH-UBND ngày.....tháng 6 năm 2024 của UBND thành phố)"]:
        p = doc.add_paragraph()
        p.alignment = 1
        r = p.add_run(line)
        r.bold = line.isupper()
        r.font.name = "Times New Roman"
        r.font.size = Pt(12)
    tt = style.get("sections", False)
    header = HEADER_TT if tt else HEADER
    # physical table rows: ("h", None) header, ("s", dim) section row, ("d", row)
    plan = [("h", None)]
    last_dim = None
    for r in ROWS:
        if tt and r[1] != last_dim:
            plan.append(("s", r[1]))
        plan.append(("d", r))
        last_dim = r[1]
    table = doc.add_table(rows=len(plan), cols=8)
    table.autofit = False
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    for i, w in enumerate(WIDTHS):
        table.columns[i].width = Cm(w)
        for row in table.rows:
            row.cells[i].width = Cm(w)
    n = len(plan)
    data_i = 0
    prev = None
    for ri, (kind, val) in enumerate(plan):
        row = table.rows[ri]
        cells = row.cells
        last = ri == n - 1
        if kind == "h":
            row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
            for ci, c in enumerate(cells):
                write_pars(c, [header[ci]], bold=True, size=10)
        elif kind == "s":
            c0 = cells[0]
            write_pars(c0, [val], bold=True, size=10)
            # merge the row into one cell: drop the other cells, span 8
            for c in cells[1:]:
                c._tc.getparent().remove(c._tc)
            span(c0, 8)
        else:
            key, dim, comp, *cols = val
            data_i += 1
            first = cols
            if tt:
                write_pars(cells[0], [str(data_i)])
            else:
                same_dim = prev is not None and prev[1] == dim
                vmerge(cells[0], not same_dim)
                write_pars(cells[0], [] if same_dim else [dim])
            same_comp = prev is not None and prev[1] == dim and prev[2] == comp
            vmerge(cells[1], not same_comp)
            write_pars(cells[1], [] if same_comp else [comp])
            for ci, pars in enumerate(first):
                write_pars(cells[2 + ci], pars)
            prev = val
        # borders and fills
        live = [c for c in row._tr.iterchildren(qn("w:tc"))]
        nxt = plan[ri + 1] if ri + 1 < n else None
        for ci, tc in enumerate(live):
            from docx.table import _Cell
            cell = _Cell(tc, table)
            pos = dict(row=ri, col=ci, ncols=len(live), kind=kind, last=last, data_i=data_i,
                       new_dim_next=(nxt is not None and nxt[0] == "d" and kind == "d" and nxt[1][1] != val[1]),
                       section_next=(nxt is not None and nxt[0] == "s"))
            set_cell(cell, *style["borders"](pos), fill=style["fill"](pos))
        if kind == "d" and style.get("stamp_at") == val[0]:
            stamp_run(_Cell(live[-1], table).paragraphs[0])
    path = os.path.join(HERE, "docs", name + ".docx")
    doc.save(path)
    return path


def lo_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-audit36",
                    "--convert-to", "pdf", "--outdir", os.path.dirname(path), path],
                   check=True, capture_output=True, timeout=180)


# --- the three styles ------------------------------------------------------------------------
def double_all(p):
    d = ("double", 4, "000000")
    return d, d, d, d


def head_fill(p):
    return "D9D9D9" if p["kind"] == "h" else None


def frame_dotted(p):
    outer = ("single", 18, "000000")
    hin = ("dashed", 2, "1F4E79")
    vin = ("dotted", 2, "808080")
    top = outer if p["row"] == 0 else hin
    bottom = outer if p["last"] else (("single", 8, "000000") if p["kind"] == "h" else hin)
    left = outer if p["col"] == 0 else vin
    right = outer if p["col"] == p["ncols"] - 1 else vin
    return top, left, bottom, right


def frame_fill(p):
    return {"h": "BDD7EE", "s": "DEEAF6"}.get(p["kind"])


def zebra_rules(p):
    thick, mid, thin = ("single", 12, "000000"), ("single", 8, "000000"), ("single", 4, "7F7F7F")
    top = thick if p["row"] == 0 else None
    if p["kind"] == "h":
        bottom = mid
    elif p["last"]:
        bottom = thick
    elif p["new_dim_next"]:
        bottom = thin
    else:
        bottom = None
    return top, None, bottom, None


def zebra_fill(p):
    if p["kind"] == "h":
        return "D9D9D9"
    return "F2F2F2" if p["kind"] == "d" and p["data_i"] % 2 == 0 else None


STYLES = {
    "t01-double-borders": dict(borders=double_all, fill=head_fill),
    "t02-frame-dotted-sections": dict(borders=frame_dotted, fill=frame_fill, sections=True),
    "t03-zebra-stamp": dict(borders=zebra_rules, fill=zebra_fill, stamp_at="1.1.2"),
}

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    for name in sys.argv[1:] or STYLES:
        p = build(name, STYLES[name])
        lo_pdf(p)
        print("built", p)
