"""Build audit27's six (2025, 2026) pairs with audit22's renderers: python-docx -> LibreOffice PDF, HTML ->
Chromium PDF, reportlab Table. Usage: python build_audit27.py [PAIR...]   (writes next to this file)"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "audit22"))
import render_audit22 as render  # noqa: E402
from data_audit27 import DIMENSIONS, EXPECTED, PAIRS, key  # noqa: E402

render.LO_PROFILE = "file:///tmp/lo-audit27"
render.WEIGHTS["budget"] = 1.1
LABELS = {"dimension": "Chỉ số nội dung", "component": "Nội dung thành phần", "indicators": "Chỉ tiêu",
          "tasks": "Nhiệm vụ và giải pháp", "implementing": "Cơ quan thực hiện", "lead": "Cơ quan chủ trì",
          "sector_guidance": "Cơ quan quản lý ngành, lĩnh vực hướng dẫn", "coordinating": "Cơ quan phối hợp",
          "deadline": "Tiến độ thực hiện", "budget": "Nguồn kinh phí"}
PLAIN8 = ["dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]
MERGED = ["dimension", "component", "indicators", "tasks", "lead", "coordinating"]
SECTIONS = ["indicators", "tasks", "lead", "coordinating"]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
ISSUER = {"province": "UBND tỉnh Thanh Hóa", "district": "UBND huyện Quảng Xương",
          "commune": "UBND xã Tiên Trang, tỉnh Thanh Hóa"}


def spec(producer, structure, fields, issuer, year, landscape=True, font="Liberation Serif", size=11.5,
         repeat=True, split=True, sep="\n", merge=("dimension", "component"), widths=None):
    return dict(producer=producer, structure=structure, fields=fields, issuer=issuer, year=year, landscape=landscape,
                font=font, size=size, repeat_header=repeat, split_in_row=split, section_stt_cell=False, sep=sep,
                merge=list(merge), widths=widths or {})


SPECS = {
    1: (spec("docx", "merged", MERGED, "province", 2025),
        spec("html", "sections", SECTIONS, "province", 2026, font="Times New Roman", size=12)),
    2: (spec("reportlab", "plain8", PLAIN8, "province", 2025, size=10.5, merge=()),
        spec("docx", "plain8", PLAIN8, "province", 2026, size=11)),
    3: (spec("docx", "merged", MERGED, "district", 2025, landscape=False, size=12),
        spec("docx", "merged", MERGED, "commune", 2026, size=12.5)),
    4: (spec("reportlab", "merged", MERGED, "province", 2025, font="Liberation Serif", size=12, sep="\n"),
        spec("html", "merged", MERGED, "province", 2026, landscape=False, font="DejaVu Sans", size=9.5, sep="; ",
             widths={"indicators": 3.0, "tasks": 3.2, "lead": 1.6, "coordinating": 2.4, "dimension": 1.0})),
    5: (spec("docx", "sections", SECTIONS, "province", 2025, size=12),
        spec("reportlab", "twohead", MERGED, "province", 2026, font="DejaVu Sans", size=10.5, merge=("dimension",))),
    6: (spec("reportlab", "plain8", PLAIN8, "province", 2025, size=11, merge=("dimension",)),
        spec("html", "plain8", PLAIN8 + ["deadline", "budget"], "province", 2026, size=11, merge=())),
}


def title(sp):
    return ["PHỤ LỤC", f"NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM {sp['year']}",
            f"(Kèm theo Kế hoạch số 27/KH-UBND ngày 14/02/{sp['year']} của {ISSUER[sp['issuer']]})"]


def cell_values(sp, r):
    sep = sp["sep"]
    return {"dimension": f"{r['d']}. {DIMENSIONS[r['d']]}", "component": f"{r['c']}. {r['cname']}",
            "indicators": "\n".join(f"{n}. {t}" for n, t in r["inds"]), "tasks": "\n".join("- " + t for t in r["tasks"]),
            "implementing": r["implementing"], "lead": sep.join(r["lead"]), "sector_guidance": r["sector_guidance"],
            "coordinating": sep.join(r["coord"]), "deadline": r["deadline"], "budget": r["budget"]}


def layout(sp, rows):
    cols = [(f, LABELS[f]) for f in sp["fields"]]
    items, last = [], (None, None)
    for r in rows:
        if sp["structure"] == "sections":
            if r["d"] != last[0]:
                t = f"{ROMAN[r['d']]}. {DIMENSIONS[r['d']]}"
                items.append(("section", ROMAN[r["d"]], t, t.split(" ", 1)[1]))
            if (r["d"], r["c"]) != last:
                t = f"{r['d']}.{r['c']}. {r['cname']}"
                items.append(("section", f"{r['d']}.{r['c']}", t, r["cname"]))
        v = cell_values(sp, r)
        items.append(("row", r, {f: v[f] for f, _ in cols}))
        last = (r["d"], r["c"])
    return cols, items


def spans(items, field):
    out, idx, k = {}, [i for i, it in enumerate(items) if it[0] == "row"], 0
    while k < len(idx):
        j = k
        while j + 1 < len(idx) and items[idx[j + 1]][2][field] == items[idx[k]][2][field] \
                and items[idx[j + 1]][2]["dimension"] == items[idx[k]][2]["dimension"]:
            j += 1
        out[idx[k]] = j - k + 1
        for m in range(k + 1, j + 1):
            out[idx[m]] = 0
        k = j + 1
    return out


def render_one(sp, rows, stem):
    cols, items = layout(sp, rows)
    merged = {f: spans(items, f) for f in sp["merge"] if f in sp["fields"]} if sp["structure"] != "sections" else {}
    saved = dict(render.WEIGHTS)
    render.WEIGHTS.update(sp["widths"])
    args = dict(spec=sp, cols=cols, items=items, merged=merged, two_row=sp["structure"] == "twohead",
                title=title(sp), top_labels={"lead": "Chủ trì", "coordinating": "Phối hợp"})
    pdf = HERE / f"{stem}.pdf"
    try:
        if sp["producer"] == "docx":
            render.docx_pdf(HERE / f"{stem}.docx", pdf, **args)
        elif sp["producer"] == "html":
            render.html_pdf(HERE / f"{stem}.html", pdf, **args)
        else:
            render.reportlab_pdf(pdf, **args)
    finally:
        render.WEIGHTS.clear()
        render.WEIGHTS.update(saved)
    return pdf


def main():
    which = sys.argv[1:] or [str(p) for p in sorted(PAIRS)]
    for tag in which:      # "4v": pair 4 with reportlab's splitInRow off (a control run after the held-out run)
        p = int(tag.rstrip("v"))
        old, new = PAIRS[p]()
        so, sn = (dict(s, split_in_row=False) for s in SPECS[p]) if tag.endswith("v") else SPECS[p]
        names = []
        for sp, rows, yr in ((so, old, 2025), (sn, new, 2026)):
            stem = f"q{tag}-{yr}-{sp['producer']}-{sp['structure']}"
            render_one(sp, rows, stem)
            names.append(stem)
        info = {"pair": p, "old": names[0], "new": names[1], "specs": [so, sn], "expected": EXPECTED[p],
                "old_rows": [dict(r, key=key(r)) for r in old], "new_rows": [dict(r, key=key(r)) for r in new]}
        (HERE / f"q{tag}.pair.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
        print(p, names, len(old), "->", len(new), "rows")


if __name__ == "__main__":
    main()
