"""audit25: column structures offices really use. Builds DOCX (python-docx) + expected JSON; PDFs by soffice.

Data: audit22's PAPI content and Gia Lai / Quảng Trị agencies (samples/audit22/data_audit22.py). Expected rows are
written from this script's own data by the rules stated in README (key D.C.I from the first indicator's number;
STT / Lãnh đạo phụ trách / Ghi chú to extra; one agency column with role words = implementing, mentions there).
Usage: python build_audit25.py OUTDIR
"""
import json
import random
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "audit22"))
from data_audit22 import AGENCIES, COMPONENTS, DIMENSIONS, LEADS, COORD_POOL, TASKS  # noqa: E402

LEADERS = ["Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh", "Đồng chí Trần Thị Bình, Phó Chủ tịch UBND tỉnh",
           "Đồng chí Lê Quang Cường, Chủ tịch UBND tỉnh", "Đồng chí Phạm Minh Đức, Phó Chủ tịch Thường trực UBND tỉnh"]
DEADLINES = ["Quý II/2026", "Thường xuyên", "Trước 30/6/2026", "Quý III/2026", "Tháng 10/2026", "Năm 2026"]
BUDGETS = ["150", "200", "Thường xuyên", "1.250", "80", "Lồng ghép CTMTQG"]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
LETTERS = "abcdefghij"

# field -> header label per wording
LBL = {"stt": "STT", "dimension": "Nội dung chỉ số", "component": "Chỉ số thành phần", "indicators": "Chỉ tiêu",
       "tasks": "Nhiệm vụ, giải pháp", "combined": "Chỉ tiêu, nhiệm vụ, giải pháp",
       "implementing": "Cơ quan thực hiện", "agency1": "Cơ quan, đơn vị thực hiện", "lead": "Cơ quan chủ trì",
       "coordinating": "Cơ quan phối hợp", "sector_guidance": "Cơ quan quản lý ngành, lĩnh vực hướng dẫn",
       "leader": "Lãnh đạo phụ trách", "budget": "Kinh phí (triệu đồng)", "deadline": "Thời gian hoàn thành",
       "lead8": "Đơn vị chủ trì", "coord8": "Đơn vị phối hợp", "note": "Ghi chú"}
FIELD = {"lead8": "lead", "coord8": "coordinating", "agency1": "implementing", "stt": "extra", "leader": "extra",
         "note": "extra"}

# cols: column ids in order; sections: dimension/component as spanning rows; colnums: a "(1) (2)" row;
# agency1: style of the one agency column ("inline", "lines", "verb", "mixed"); split: rows per component
SPECS = [
    dict(name="s01-one-agency-inline", prov="Quảng Trị", cols=["dimension", "component", "indicators", "tasks", "agency1", "deadline"],
         agency1="inline", repeat=True),
    dict(name="s02-one-agency-lines-colnums", prov="Quảng Trị", cols=["stt", "indicators", "tasks", "agency1", "note"],
         agency1="mixed", sections=True, colnums=True, stt_style="roman", repeat=True),
    dict(name="s03-agencies-first-dims-last", prov="Gia Lai", cols=["stt", "lead", "implementing", "indicators", "tasks", "dimension", "component"],
         repeat=False),
    dict(name="s04-combined-two-agency", prov="Gia Lai", cols=["dimension", "component", "combined", "lead8", "coord8"],
         repeat=True),
    dict(name="s05-leader-column", prov="Quảng Trị", cols=["dimension", "component", "indicators", "tasks", "leader", "lead", "coordinating"],
         repeat=True),
    dict(name="s06-budget-deadline", prov="Gia Lai", cols=["stt", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "budget", "deadline"],
         repeat=False),
    dict(name="s07-noi-dung-sections", prov="Quảng Trị", cols=["indicators", "tasks", "lead", "coordinating", "deadline"],
         sections=True, sec_style="noidung", repeat=True),
    dict(name="s08-two-agency-stt-letters", prov="Gia Lai", cols=["stt", "indicators", "tasks", "lead8", "coord8", "deadline"],
         sections=True, stt_style="letters", colnums=True, repeat=False),
    dict(name="s09-lead-before-impl-colnums", prov="Quảng Trị", cols=["stt", "dimension", "component", "indicators", "tasks", "lead", "implementing", "sector_guidance", "coordinating"],
         colnums=True, repeat=True),
    # held out (run once, at the end)
    dict(name="s10-heldout-deadline-first", prov="Gia Lai", cols=["deadline", "agency1", "tasks", "indicators", "component", "dimension"],
         agency1="verb", repeat=True),
    dict(name="s11-heldout-combined-sections-leader", prov="Quảng Trị", cols=["stt", "combined", "lead", "coordinating", "leader", "budget"],
         sections=True, sec_style="noidung", stt_style="roman", repeat=False),
    dict(name="s12-heldout-one-agency-budget", prov="Gia Lai", cols=["stt", "dimension", "component", "tasks", "indicators", "agency1", "budget", "deadline"],
         agency1="lines", colnums=True, repeat=True),
]


def agency_cell(style, lead, coords, rnd):
    """One agency column whose text says the roles. Returns (cell text, [mentions raw])."""
    if style == "mixed":
        style = rnd.choice(["inline", "lines", "verb"])
    c = ", ".join(coords)
    if style == "inline":
        t = f"Chủ trì: {lead}; Phối hợp: {c}"
    elif style == "lines":
        t = f"- Chủ trì: {lead}\n- Phối hợp: {c}"
    else:
        t = f"{lead} chủ trì, phối hợp với {c}"
    return t, [lead] + list(coords)


def make_rows(spec, rnd):
    comps = list(COMPONENTS)
    rnd.shuffle(comps)
    comps = sorted(comps[: rnd.randint(14, 20)])
    rows = []
    for d, c, cname, inds in comps:
        groups = [inds] if len(inds) == 1 or rnd.random() < 0.6 else [[i] for i in inds]
        n = 0
        for g in groups:
            numbered = [f"{n + k + 1}. {t}" for k, t in enumerate(g)]
            n += len(g)
            tasks = "\n".join("- " + t for t in rnd.sample(TASKS[d], min(2, len(TASKS[d]))))
            lead = rnd.choice(LEADS[d])
            coords = rnd.sample([a for a in COORD_POOL if a != lead], rnd.randint(1, 3))
            rows.append(dict(d=d, c=c, cname=cname, ind="\n".join(numbered), first=int(numbered[0].split(".")[0]),
                             tasks=tasks, lead=lead, coords=coords, impl=rnd.choice(["UBND các xã, phường", "Sở Nội vụ"]),
                             guide=rnd.choice(["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính"]),
                             deadline=rnd.choice(DEADLINES), budget=rnd.choice(BUDGETS), leader=rnd.choice(LEADERS),
                             note=rnd.choice(["", "", "Lồng ghép với chương trình MTQG"])))
    return rows


def set_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False):
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def build(spec, outdir):
    rnd = random.Random(spec["name"])
    rows = make_rows(spec, rnd)
    cols = spec["cols"]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    for t in ["PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
              f"(Kèm theo Kế hoạch số 27/KH-UBND ngày 15/01/2026 của UBND tỉnh {spec['prov']})"]:
        p = d.add_paragraph()
        p.alignment = 1
        p.add_run(t).bold = t.isupper()
    table = d.add_table(rows=0, cols=len(cols))
    table.style = "Table Grid"
    hdr = table.add_row()
    for i, cid in enumerate(cols):
        cell_text(hdr.cells[i], LBL[cid], bold=True)
    if spec.get("repeat"):
        set_repeat(hdr)
    if spec.get("colnums"):
        nr = table.add_row()
        for i in range(len(cols)):
            cell_text(nr.cells[i], f"({i + 1})")
        if spec.get("repeat"):
            set_repeat(nr)
    exp_rows = []
    merge_start = {}
    prev = (None, None)
    sec_mode = spec.get("sections")
    stt_style = spec.get("stt_style", "plain")
    stt_counter = 0
    sub = 0
    for r in rows:
        dn = f"{r['d']}. {DIMENSIONS[r['d']]}"
        cn = f"{r['d']}.{r['c']}. {r['cname']}"
        if sec_mode and r["d"] != prev[0]:
            srow = table.add_row()
            label = (f"Nội dung {r['d']}: {DIMENSIONS[r['d']]}" if spec.get("sec_style") == "noidung"
                     else f"{ROMAN[r['d']]}. {DIMENSIONS[r['d']].upper()}")
            if "stt" in cols and stt_style == "roman":
                cell_text(srow.cells[0], ROMAN[r["d"]], bold=True)
                m = srow.cells[1].merge(srow.cells[-1])
                cell_text(m, label.split(". ", 1)[1] if label.startswith(ROMAN[r["d"]] + ".") else label, bold=True)
            else:
                m = srow.cells[0].merge(srow.cells[-1])
                cell_text(m, label, bold=True)
        if sec_mode and (r["d"], r["c"]) != prev:
            srow = table.add_row()
            label = f"{r['d']}.{r['c']}. {r['cname']}"
            if "stt" in cols and stt_style == "roman":
                cell_text(srow.cells[0], f"{r['c']}", bold=True)
                m = srow.cells[1].merge(srow.cells[-1])
                cell_text(m, r["cname"], bold=True)
            else:
                m = srow.cells[0].merge(srow.cells[-1])
                cell_text(m, label, bold=True)
            sub = 0
        if (r["d"], r["c"]) != prev:
            stt_counter_comp = 0
        sub += 1
        stt_counter += 1
        stt_counter_comp += 1
        if stt_style == "roman":
            stt = f"{r['c']}.{sub}"
        elif stt_style == "letters":
            stt = LETTERS[sub - 1]
        else:
            stt = str(stt_counter)
        row = table.add_row()
        e = dict(key=f"{r['d']}.{r['c']}.{r['first']}", dimension_no=r["d"], component_no=r["c"], papi=f"{r['d']}.{r['c']}",
                 dimension=DIMENSIONS[r["d"]], component=r["cname"], indicators="", tasks="", implementing="", lead="",
                 sector_guidance="", coordinating="", deadline="", expected_result="", budget="", extra={},
                 agencies={"implementing": [], "lead": [], "sector_guidance": [], "coordinating": []})
        for i, cid in enumerate(cols):
            if cid == "dimension":
                txt = dn
            elif cid == "component":
                txt = cn
            elif cid == "indicators":
                txt = r["ind"]; e["indicators"] = txt
            elif cid == "tasks":
                txt = r["tasks"]; e["tasks"] = txt
            elif cid == "combined":
                txt = r["ind"] + "\n" + r["tasks"]; e["combined"] = txt
            elif cid in ("lead", "lead8"):
                txt = r["lead"]; e["lead"] = txt; e["agencies"]["lead"] = [r["lead"]]
            elif cid in ("coordinating", "coord8"):
                txt = "\n".join("- " + a for a in r["coords"]); e["coordinating"] = txt
                e["agencies"]["coordinating"] = list(r["coords"])
            elif cid == "implementing":
                txt = r["impl"]; e["implementing"] = txt; e["agencies"]["implementing"] = [r["impl"]]
            elif cid == "sector_guidance":
                txt = r["guide"]; e["sector_guidance"] = txt; e["agencies"]["sector_guidance"] = [r["guide"]]
            elif cid == "agency1":
                txt, ments = agency_cell(spec["agency1"], r["lead"], r["coords"], rnd)
                e["implementing"] = txt; e["agencies"]["implementing"] = ments
            elif cid == "deadline":
                txt = r["deadline"]; e["deadline"] = txt
            elif cid == "budget":
                txt = r["budget"]; e["budget"] = txt
            elif cid == "leader":
                txt = r["leader"]; e["extra"][LBL[cid]] = txt
            elif cid == "note":
                txt = r["note"]
                if txt:
                    e["extra"][LBL[cid]] = txt
            elif cid == "stt":
                txt = stt; e["extra"][LBL[cid]] = txt
            cell_text(row.cells[i], txt)
        # vertical merges of dimension / component columns
        for cid, keyv in (("dimension", r["d"]), ("component", (r["d"], r["c"]))):
            if cid in cols:
                i = cols.index(cid)
                ms = merge_start.get(cid)
                if ms and ms[0] == keyv:
                    top = ms[1]
                    row.cells[i].text = ""
                    top.merge(row.cells[i])
                else:
                    merge_start[cid] = (keyv, row.cells[i])
        prev = (r["d"], r["c"])
        exp_rows.append(e)
    out = Path(outdir)
    d.save(out / f"{spec['name']}.docx")
    spec_out = {k: v for k, v in spec.items()}
    exp = dict(document=f"{spec['name']}.docx", spec=spec_out,
               columns=[[FIELD.get(c, "combined(indicators+tasks)" if c == "combined" else c), LBL[c]] for c in cols],
               note="agencies: raw names per role as in the cell (role words not part of names); combined = "
                    "indicators and tasks together, in either field; extra by header label", rows=exp_rows)
    (out / f"{spec['name']}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    outdir = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent)
    for s in SPECS:
        build(s, outdir)
        print("built", s["name"])
