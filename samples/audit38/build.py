"""Build audit38's plans: DOCX (python-docx), HTML (for Chromium), and expected rows JSON.

Expected rows come from the source data (content.py, docs_spec.py) by the rule written here,
never from phuluc's output. Run: /work/main/.venv/bin/python build.py
"""
import json
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from content import COMPS, DIMS, IND
from docs_spec import DOCS

HERE = Path(__file__).parent
OUT = HERE / "docs"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}
HEAD = {"stt": "STT", "dim": "Chỉ số nội dung", "comp": "Nội dung thành phần", "ind": "Chỉ tiêu",
        "tasks": "Nhiệm vụ, giải pháp", "impl": "Cơ quan thực hiện", "lead": "Cơ quan chủ trì",
        "coord": "Cơ quan phối hợp", "deadline": "Thời gian hoàn thành", "notes": "Ghi chú"}
WIDTH = {"stt": 1.1, "dim": 3.0, "comp": 3.0, "ind": 4.5, "tasks": 9.0, "impl": 3.0, "lead": 3.0,
         "coord": 3.3, "deadline": 2.4, "notes": 2.3}
FIELD = {"impl": "implementing", "lead": "lead", "coord": "coordinating", "deadline": "deadline"}
FOOTNOTE = "(*) Chỉ tiêu do HĐND giao tại Nghị quyết số 05/NQ-HĐND ngày 10/01/2026."


def dim_text(spec, d):
    f = spec["dim_fmt"]
    if f == "roman_group":
        return f"{ROMAN[d]}. NHÓM CHỈ SỐ {DIMS[d].upper()}"
    if f == "roman":
        return f"{ROMAN[d]}. {DIMS[d].upper()}"
    return f"{d}. {DIMS[d]}"


def comp_text(spec, d, c):
    return f"{d}.{c}. {COMPS[(d, c)]}" if spec["comp_fmt"] == "dotted" else f"{c}. {COMPS[(d, c)]}"


def label(text):
    """The expected group label: the text as written, its opening number left out."""
    return text.split(" ", 1)[1]


def plan_rows(spec):
    """Yield ('dim', d) / ('comp', d, c) / ('row', dict) in table order."""
    n = 0
    last_d = None
    for d, c in spec["groups"]:
        if d != last_d:
            yield ("dim", d)
            last_d = d
        yield ("comp", d, c)
        for i, (ind, tasks) in enumerate(IND[(d, c)], 1):
            n += 1
            cyc = lambda k: (spec.get(k) or [""])[(n - 1) % len(spec.get(k) or [""])]
            r = dict(d=d, c=c, i=i, stt=n,
                     ind=f"{i}. {ind}" if spec["numbering"] == "ind" else ind,
                     tasks=[spec["bullet"] + t + ";" if k < len(tasks) - 1 else spec["bullet"] + t + "."
                            for k, t in enumerate(tasks)],
                     impl=cyc("impl"), lead=cyc("lead"), coord=cyc("coord"),
                     deadline=cyc("deadlines"), notes=cyc("notes"))
            yield ("row", r)


def expected(spec):
    rows, first_stt = [], {}
    for item in plan_rows(spec):
        if item[0] != "row":
            continue
        r = item[1]
        first_stt.setdefault((r["d"], r["c"]), r["stt"])
        i = r["i"] if spec["numbering"] == "ind" else r["stt"] - first_stt[(r["d"], r["c"])] + 1
        e = dict(key=f"{r['d']}.{r['c']}.{i}", dimension_no=r["d"], component_no=r["c"],
                 dimension=label(dim_text(spec, r["d"])), component=label(comp_text(spec, r["d"], r["c"])),
                 indicators=r["ind"], tasks="\n".join(r["tasks"]),
                 implementing="", lead="", sector_guidance="", coordinating="", deadline="",
                 expected_result="", budget="", extra={})
        for col in spec["cols"]:
            if col in FIELD:
                e[FIELD[col]] = r[col]
        if "notes" in spec["cols"]:
            e["extra"]["Ghi chú"] = r["notes"]
        if "stt" in spec["cols"]:
            e["extra"]["STT"] = str(r["stt"])
        rows.append(e)
    return rows


# ---------------------------------------------------------------- DOCX
def para(container, text, bold=False, center=False, size=None, italic=False):
    p = container.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_lines(cell, lines, bold=False, size=11):
    lines = lines if isinstance(lines, list) else [lines]
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def heading_block(doc, spec):
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    cell_lines(left, spec["left"] + [spec["number"]], bold=True, size=spec.get("head_size", 13))
    cell_lines(right, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                       spec["place_date"]], bold=True, size=spec.get("head_size", 13))
    for c in (left, right):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[-1].runs[0].bold = False
    right.paragraphs[-1].runs[0].italic = True
    para(doc, "")
    for k, line in enumerate(spec["title"]):
        para(doc, line, bold=True, center=True, size=14)
    for line in spec["body"]:
        para(doc, line)


def signature(doc):
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.rows[0].cells[0], ["Nơi nhận:", "- Như trên;", "- Lưu: VT."], size=11)
    cell_lines(t.rows[0].cells[1], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                                    "(Đã ký)", "", "Nguyễn Văn An"], bold=True, size=12)


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(section, m, Cm(2.0))
    section.top_margin = section.bottom_margin = Cm(2.0)


def build_docx(spec, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    heading_block(doc, spec)
    if spec["landscape"]:
        set_landscape(doc.add_section(WD_SECTION.NEW_PAGE))
    elif not spec["midpage"]:
        doc.add_page_break()
    for k, line in enumerate(spec["appendix_title"]):
        para(doc, line, bold=True, center=True)
    para(doc, spec["attach"], italic=True, center=True)
    for line in spec.get("appendix_intro", []):
        para(doc, line)
    cols = spec["cols"]
    usable = 25.7 if spec["landscape"] else 17.0
    scale = usable / sum(WIDTH[c] for c in cols)
    size = 12 if spec["landscape"] else 11
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for k, c in enumerate(cols):
        cell_lines(t.rows[0].cells[k], HEAD[c], bold=True, size=size)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)
    spans = []  # (col, first_row_idx, last_row_idx)
    open_span = {}
    first_free = 0 if spec["dim_mode"] == "section" or "dim" not in cols else 1
    for item in plan_rows(spec):
        if item[0] == "dim" and spec["dim_mode"] == "section":
            row = t.add_row()
            row.cells[0].merge(row.cells[-1])
            cell_lines(row.cells[0], dim_text(spec, item[1]), bold=True, size=size)
            continue
        if item[0] == "comp" and spec["comp_mode"] == "section":
            row = t.add_row()
            start = cols.index("dim") + 1 if "dim" in cols else 0
            row.cells[start].merge(row.cells[-1])
            cell_lines(row.cells[start], comp_text(spec, item[1], item[2]), bold=True, size=size)
            if "dim" in cols:
                idx = len(t.rows) - 1
                if item[1] != open_span.get("dim", (None,))[0]:
                    cell_lines(row.cells[0], dim_text(spec, item[1]), bold=True, size=size)
                    open_span["dim"] = (item[1], idx)
                spans_end = idx
                _extend(spans, "dim", open_span["dim"][1], idx)
            continue
        if item[0] != "row":
            continue
        r = item[1]
        row = t.add_row()
        idx = len(t.rows) - 1
        for k, c in enumerate(cols):
            if c == "stt":
                cell_lines(row.cells[k], str(r["stt"]), size=size)
            elif c in ("dim", "comp") and (c == "dim" and spec["dim_mode"] == "merged"
                                           or c == "comp" and spec["comp_mode"] == "merged"):
                g = r["d"] if c == "dim" else (r["d"], r["c"])
                if open_span.get(c, (None,))[0] != g:
                    txt = dim_text(spec, r["d"]) if c == "dim" else comp_text(spec, r["d"], r["c"])
                    cell_lines(row.cells[k], txt, bold=True, size=size)
                    open_span[c] = (g, idx)
                _extend(spans, c, open_span[c][1], idx)
            elif c == "comp":
                cell_lines(row.cells[k], comp_text(spec, r["d"], r["c"]), size=size)
            elif c == "ind":
                cell_lines(row.cells[k], r["ind"], size=size)
            elif c == "tasks":
                cell_lines(row.cells[k], r["tasks"], size=size)
            else:
                cell_lines(row.cells[k], r[c], size=size)
    for c, a, b in spans:
        if b > a:
            k = cols.index(c)
            t.cell(a, k).merge(t.cell(b, k))
    t.autofit = False
    for k, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(WIDTH[cols[k]] * scale).twips)))
    for row in t.rows:
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            k = sum(x.grid_span for x in row._tr.tc_lst[:row._tr.tc_lst.index(tc)])
            tc.width = Cm(sum(WIDTH[c] for c in cols[k:k + span]) * scale)
    for extra in spec["after"]:
        if extra == "footnote":
            para(doc, FOOTNOTE, italic=True, size=11)
        else:
            signature(doc)
    doc.save(path)


def _extend(spans, col, start, end):
    for k, (c, a, b) in enumerate(spans):
        if c == col and a == start:
            spans[k] = (c, a, end)
            return
    spans.append((col, start, end))


# ---------------------------------------------------------------- HTML
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell_html(lines):
    lines = lines if isinstance(lines, list) else [lines]
    return "".join(f"<p>{esc(x)}</p>" for x in lines)


def build_html(spec, path):
    cols = spec["cols"]
    items = list(plan_rows(spec))
    # rowspans for merged columns: count table rows per group
    trs = []
    groups_rows = {}
    for it in items:
        if it[0] == "dim" and spec["dim_mode"] == "section":
            trs.append(("dimsec", it[1]))
        elif it[0] == "comp" and spec["comp_mode"] == "section":
            trs.append(("compsec", it[1], it[2]))
        elif it[0] == "row":
            trs.append(("row", it[1]))
    def gkey(tr, c):
        d = tr[1]["d"] if tr[0] == "row" else tr[1]
        return d if c == "dim" else (d, tr[1]["c"] if tr[0] == "row" else tr[2])
    merged = [c for c in ("dim", "comp") if c in cols and spec[c + "_mode"] == "merged"]
    body, seen = [], set()
    for n, tr in enumerate(trs):
        if tr[0] == "dimsec":
            body.append(f'<tr><td colspan="{len(cols)}" class="sec">{esc(dim_text(spec, tr[1]))}</td></tr>')
            continue
        cells = []
        for c in merged:
            if c == "comp" and tr[0] == "compsec":
                continue
            g = gkey(tr, c)
            if (c, g) in seen:
                continue
            seen.add((c, g))
            span = sum(1 for t2 in trs[n:] if t2[0] != "dimsec" and gkey(t2, c) == g)
            txt = dim_text(spec, tr[1]["d"] if tr[0] == "row" else tr[1]) if c == "dim" else comp_text(spec, *g)
            cells.append((cols.index(c), f'<td rowspan="{span}" class="grp">{cell_html(txt)}</td>'))
        if tr[0] == "compsec":
            start = cols.index("dim") + 1 if "dim" in cols else 0
            cells.append((start, f'<td colspan="{len(cols) - start}" class="sec">{esc(comp_text(spec, tr[1], tr[2]))}</td>'))
        else:
            r = tr[1]
            for k, c in enumerate(cols):
                if c in merged:
                    continue
                v = {"stt": str(r["stt"]), "comp": comp_text(spec, r["d"], r["c"]), "ind": r["ind"],
                     "tasks": r["tasks"]}.get(c, r.get(c, ""))
                cells.append((k, f"<td>{cell_html(v)}</td>"))
        body.append("<tr>" + "".join(x for _, x in sorted(cells)) + "</tr>")
    head = "".join(f"<th>{esc(HEAD[c])}</th>" for c in cols)
    cg = "".join(f'<col style="width:{WIDTH[c]}cm">' for c in cols)
    after = ""
    for a in spec["after"]:
        after += (f'<p class="fn">{esc(FOOTNOTE)}</p>' if a == "footnote" else
                  '<table class="sig"><tr><td><p><b>Nơi nhận:</b></p><p>- Như trên;</p><p>- Lưu: VT.</p></td>'
                  '<td class="c"><p><b>TM. ỦY BAN NHÂN DÂN</b></p><p><b>KT. CHỦ TỊCH</b></p><p><b>PHÓ CHỦ TỊCH</b></p>'
                  '<p>(Đã ký)</p><p><b>Nguyễn Văn An</b></p></td></tr></table>')
    land = "page: land; break-before: page;" if spec["landscape"] else ("" if spec["midpage"] else "break-before: page;")
    html = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4 portrait; margin: 2cm 1.5cm 2cm 2.5cm; }}
@page land {{ size: A4 landscape; margin: 2cm; }}
body {{ font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt; }}
.hd td {{ text-align: center; font-weight: bold; vertical-align: top; width: 50%; }}
.hd p, .sig p {{ margin: 0; }} .c {{ text-align: center; }} .t {{ text-align: center; font-weight: bold; margin: 2pt 0; }}
.app {{ {land} }}
table.ap {{ border-collapse: collapse; width: 100%; font-size: {12 if spec['landscape'] else 11}pt; }}
table.ap th, table.ap td {{ border: 1px solid black; vertical-align: top; padding: 2pt; }}
table.ap p {{ margin: 0; }} .sec {{ font-weight: bold; }} .grp {{ font-weight: bold; }}
.sig {{ width: 100%; }} .sig td {{ vertical-align: top; width: 50%; }} .fn {{ font-style: italic; font-size: 11pt; }}
</style></head><body>
<table class="hd"><tr><td>{''.join(f'<p>{esc(x)}</p>' for x in spec['left'] + [spec['number']])}</td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p><i style="font-weight:normal">{esc(spec['place_date'])}</i></p></td></tr></table>
{''.join(f'<p class="t">{esc(x)}</p>' for x in spec['title'])}
{''.join(f'<p>{esc(x)}</p>' for x in spec['body'])}
<div class="app">{''.join(f'<p class="t">{esc(x)}</p>' for x in spec['appendix_title'])}
<p class="c"><i>{esc(spec['attach'])}</i></p>{''.join(f'<p>{esc(x)}</p>' for x in spec.get('appendix_intro', []))}
<table class="ap"><colgroup>{cg}</colgroup><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table>{after}</div></body></html>"""
    path.write_text(html, encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    allexp = {}
    for spec in DOCS:
        build_docx(spec, OUT / f"{spec['name']}.docx")
        if spec["html"]:
            build_html(spec, OUT / f"{spec['name']}-html.html")
        allexp[spec["name"]] = dict(jurisdiction=spec["jur"], rows=expected(spec), cols=spec["cols"])
    (HERE / "expected.json").write_text(json.dumps(allexp, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
