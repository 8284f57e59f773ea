"""audit22: 12 fresh PAPI plan appendices from data written here (data_audit22.py), with a seeded random mix
of producer (python-docx -> LibreOffice PDF, HTML -> Chromium PDF, reportlab Table), structure, header
wording and page setup. Writes <doc>.pdf (+ .docx for the LibreOffice ones) and <doc>.expected.json.

Usage: python build_audit22.py [--only NAME]   (run from anywhere; writes next to this file)
Rendering helpers are in render_audit22.py. The expected rows come from the generator's data only."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data_audit22 import (AGENCIES, COMPONENTS, COORD_POOL, DEADLINES, DIMENSIONS, LEADS, NOTES,  # noqa: E402
                          PRODUCTS, ROMAN, TASKS)
import render_audit22 as render  # noqa: E402

SEED = 2211
LABELS = {
    "dimension": ["Chỉ số nội dung", "Nội dung chỉ số", "Chỉ số nội dung (trục nội dung)"],
    "component": ["Nội dung thành phần", "Chỉ số thành phần", "Nội dung thành phần"],
    "indicators": ["Chỉ tiêu", "Chỉ tiêu thành phần", "Các chỉ tiêu"],
    "tasks": ["Nhiệm vụ và giải pháp", "Nhiệm vụ, giải pháp", "Nhiệm vụ, giải pháp thực hiện"],
    "implementing": ["Cơ quan thực hiện", "Đơn vị thực hiện", "Cơ quan thực hiện"],
    "lead": ["Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan chủ trì thực hiện"],
    "sector_guidance": ["Cơ quan quản lý ngành, lĩnh vực hướng dẫn", "Cơ quan hướng dẫn chuyên môn",
                        "Cơ quan quản lý ngành, lĩnh vực hướng dẫn"],
    "coordinating": ["Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan, đơn vị phối hợp"],
    "deadline": ["Thời gian thực hiện", "Thời hạn hoàn thành", "Thời gian hoàn thành"],
    "expected_result": ["Sản phẩm", "Sản phẩm đầu ra", "Kết quả dự kiến"],
    "note": ["Ghi chú", "Ghi chú", "Ghi chú"],
    "stt": ["STT", "TT", "Số TT"],
}
TWO_ROW_TOP = {"lead": "Chủ trì", "coordinating": "Phối hợp"}
EXTRA_FIELDS = {"stt", "note"}
TITLE = ["PHỤ LỤC",
         "NHIỆM VỤ, GIẢI PHÁP DUY TRÌ VÀ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
         "(Kèm theo Kế hoạch số {no}/KH-UBND ngày {day}/02/2026 của UBND tỉnh Gia Lai)"]


def doc_specs(rng):
    producers = ["docx", "docx", "docx", "docx", "html", "html", "html", "html", "reportlab", "reportlab",
                 "reportlab", "reportlab"]
    structures = ["plain8", "plain8", "plain8", "sections", "sections", "sections", "merged", "merged", "merged",
                  "twohead", "twohead", "twohead"]
    rng.shuffle(producers)
    rng.shuffle(structures)
    specs = []
    for i in range(12):
        extras = [f for f in ("deadline", "expected_result", "note") if rng.random() < 0.45]
        specs.append({
            "name": f"g{i + 1:02d}",
            "producer": producers[i],
            "structure": structures[i],
            "extras": extras,
            "wording": rng.randrange(3),
            "landscape": rng.random() < 0.6,
            "font": rng.choice(["Times New Roman", "Liberation Serif", "DejaVu Sans"]),
            "size": rng.choice([11, 11.5, 12, 12.5, 13]),
            "repeat_header": rng.random() < 0.6,
            "split_in_row": rng.random() < 0.6,
            "section_stt_cell": rng.random() < 0.5,
            "upper_dims": rng.random() < 0.5,
            "comp_dotted": rng.random() < 0.4,
            "merge_component": rng.random() < 0.5,
            "coord_sep": rng.choice(["; ", ", ", "\n- ", "\n"]),
            "stt": rng.random() < 0.5,
            "seed": rng.randrange(10 ** 6),
        })
    return specs


def columns(spec):
    s = spec["structure"]
    if s == "plain8":
        fields = ["dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance",
                  "coordinating"]
    elif s == "sections":
        fields = (["stt"] if spec["stt"] else []) + ["indicators", "tasks", "lead", "coordinating"]
    else:  # merged, twohead
        fields = ["dimension", "component", "indicators", "tasks", "lead", "coordinating"]
    fields += spec["extras"]
    if s == "sections" and not spec["stt"] and spec["section_stt_cell"]:
        spec["section_stt_cell"] = False
    w = spec["wording"]
    return [(f, LABELS[f][(w + i) % 3] if f in ("deadline", "expected_result") else LABELS[f][w]) for i, f in
            enumerate(fields)]


def join_agencies(names, sep):
    if sep.startswith("\n-"):
        return "- " + "\n- ".join(names)
    return sep.join(names)


def make_rows(spec):
    rng = random.Random(spec["seed"])
    while True:
        dims = sorted(rng.sample(range(1, 9), rng.randint(4, 8)))
        rows = []
        for d in dims:
            for (dd, c, cname, inds) in COMPONENTS:
                if dd != d:
                    continue
                parts = [inds]
                if len(inds) >= 2 and rng.random() < 0.35:
                    parts = [inds[:1], inds[1:]]
                no = 1
                for part in parts:
                    first = no
                    ind_lines = []
                    for t in part:
                        ind_lines.append(f"{no}. {t}")
                        no += 1
                    tasks = ["- " + t for t in rng.sample(TASKS[d], rng.randint(1, min(3, len(TASKS[d]))))]
                    lead = [rng.choice(LEADS[d])]
                    pool = [a for a in COORD_POOL if a not in lead]
                    coord = rng.sample(pool, rng.randint(1, 3))
                    requested = rng.random() < 0.15
                    coord_text = join_agencies(coord, spec["coord_sep"])
                    coord_mentions = [(a, AGENCIES[a], False) for a in coord]
                    if requested:
                        coord_text += "\nĐề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp"
                        coord_mentions.append(("Ủy ban MTTQ Việt Nam tỉnh", AGENCIES["Ủy ban MTTQ Việt Nam tỉnh"], True))
                    rows.append({
                        "d": d, "c": c, "cname": cname, "first": first,
                        "indicators": "\n".join(ind_lines), "tasks": "\n".join(tasks),
                        "implementing": "UBND các xã, phường",
                        "sector_guidance": rng.choice(["Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh"]),
                        "lead": lead[0], "coordinating": coord_text,
                        "lead_m": [(lead[0], AGENCIES[lead[0]], False)], "coord_m": coord_mentions,
                        "deadline": rng.choice(DEADLINES), "expected_result": rng.choice(PRODUCTS),
                        "note": rng.choice(NOTES),
                    })
        if 15 <= len(rows) <= 40:
            break
    for i, r in enumerate(rows, 1):
        r["stt"] = str(i)
    return rows


def dim_label(spec, d):
    return f"{d}. {DIMENSIONS[d]}"


def comp_label(spec, d, c, name):
    return f"{d}.{c}. {name}" if spec["comp_dotted"] else f"{c}. {name}"


def section_title(spec, d):
    name = DIMENSIONS[d].upper() if spec["upper_dims"] else DIMENSIONS[d]
    return ROMAN[d], f"{ROMAN[d]}. {name}"


def layout(spec, rows):
    """The table as a list of items: ("header", ...), ("section", stt, text), ("row", row, cells) with merge info."""
    cols = columns(spec)
    items = []
    last_d = last_c = None
    for r in rows:
        if spec["structure"] == "sections":
            if r["d"] != last_d:
                stt, text = section_title(spec, r["d"])
                items.append(("section", stt, text, text.split(" ", 1)[1]))
            if (r["d"], r["c"]) != (last_d, last_c):
                lab = comp_label(spec, r["d"], r["c"], r["cname"])
                items.append(("section", lab.split(" ", 1)[0].rstrip("."), lab, r["cname"]))
        cells = {}
        for f, _ in cols:
            if f == "dimension":
                cells[f] = dim_label(spec, r["d"])
            elif f == "component":
                cells[f] = comp_label(spec, r["d"], r["c"], r["cname"])
            else:
                cells[f] = r[f]
        items.append(("row", r, cells))
        last_d, last_c = r["d"], r["c"]
    return cols, items


def merge_spans(spec, items, field):
    """For merged columns: {index of row item: span} where a run of equal values starts; 0 for covered rows."""
    spans = {}
    row_idx = [i for i, it in enumerate(items) if it[0] == "row"]
    k = 0
    while k < len(row_idx):
        v = items[row_idx[k]][2][field]
        j = k
        while j + 1 < len(row_idx) and items[row_idx[j + 1]][2][field] == v:
            j += 1
        spans[row_idx[k]] = j - k + 1
        for m in range(k + 1, j + 1):
            spans[row_idx[m]] = 0
        k = j + 1
    return spans


def merged_fields(spec):
    if spec["structure"] == "merged":
        return ["dimension", "component"] if spec["merge_component"] else ["dimension"]
    if spec["structure"] == "twohead":
        return ["dimension"] if spec["merge_component"] else []
    return []


def expected(spec, cols, rows, fname):
    fields = {f for f, _ in cols}
    labels = dict(cols)
    out = []
    for r in rows:
        e = {"key": f"{r['d']}.{r['c']}.{r['first']}", "dimension_no": r["d"], "component_no": r["c"],
             "papi": f"{r['d']}.{r['c']}", "dimension": DIMENSIONS[r["d"]], "component": r["cname"],
             "indicators": r["indicators"], "tasks": r["tasks"]}
        for f in ("implementing", "lead", "sector_guidance", "coordinating", "deadline", "expected_result"):
            e[f] = r[f] if f in fields else ""
        e["extra"] = {labels[f]: r[f] for f in ("stt", "note") if f in fields}
        e["agencies"] = {"lead": [list(m) for m in r["lead_m"]], "coordinating": [list(m) for m in r["coord_m"]]}
        if "implementing" in fields:
            e["agencies"]["implementing"] = [["UBND các xã, phường", "ubnd-cap-xa", False]]
        out.append(e)
    return {"document": fname, "spec": spec, "columns": cols,
            "note": "dimension/component are the PAPI names (the cell's number stripped); keys D.C.I with I the "
                    "row's first indicator number; agencies: [raw, catalogue type, requested]",
            "rows": out}


def build(spec):
    rows = make_rows(spec)
    cols, items = layout(spec, rows)
    rng = random.Random(spec["seed"] + 1)
    title = [t.format(no=rng.randint(10, 250), day=rng.randint(2, 27)) for t in TITLE]
    merged = {f: merge_spans(spec, items, f) for f in merged_fields(spec)}
    two_row = spec["structure"] == "twohead"
    name = f"{spec['name']}-{spec['producer']}-{spec['structure']}"
    pdf = HERE / f"{name}.pdf"
    args = dict(spec=spec, cols=cols, items=items, merged=merged, two_row=two_row, title=title,
                top_labels=TWO_ROW_TOP)
    if spec["producer"] == "docx":
        render.docx_pdf(HERE / f"{name}.docx", pdf, **args)
    elif spec["producer"] == "html":
        render.html_pdf(HERE / f"{name}.html", pdf, **args)
    else:
        render.reportlab_pdf(pdf, **args)
    exp = expected(spec, cols, rows, pdf.name)
    (HERE / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    print(name, len(rows), "rows", spec["font"], spec["size"], "landscape" if spec["landscape"] else "portrait",
          spec["extras"])


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    rng = random.Random(SEED)
    for spec in doc_specs(rng):
        if only and spec["name"] != only:
            continue
        build(spec)


if __name__ == "__main__":
    main()
