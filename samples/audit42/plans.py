"""Draw random plan specs (traits + rows) and their expected rows, from a fixed seed."""

import random

from content import (
    COMMUNE_AGENCIES,
    COMMUNES,
    DEADLINES,
    DIMS,
    INDICATOR_TEMPLATES,
    PROVINCE_AGENCIES,
    PROVINCES,
    RESULTS,
    TASK_TEMPLATES,
)

SEED = 4242
N_PLANS = 20
HELDOUT = {"p03", "p08", "p12", "p16", "p19"}  # drawn before any results were seen

HEAD = {
    "stt": ["STT", "TT"],
    "dimension": ["Chỉ số nội dung", "Lĩnh vực", "Nội dung chỉ số", "Chỉ số"],
    "component": ["Nội dung thành phần", "Chỉ số thành phần", "Thành phần"],
    "indicators": ["Chỉ tiêu", "Mục tiêu", "Chỉ tiêu cần đạt", "Các chỉ tiêu"],
    "tasks": ["Nhiệm vụ và giải pháp", "Nhiệm vụ, giải pháp", "Hoạt động cụ thể", "Giải pháp thực hiện", "NV, GP"],
    "implementing": ["Cơ quan thực hiện", "Đơn vị thực hiện"],
    "lead": ["Cơ quan chủ trì", "Cơ quan tham mưu", "Đơn vị chủ trì", "Cơ quan chủ trì tổ chức, triển khai thực hiện"],
    "sector_guidance": ["Cơ quan quản lý ngành, lĩnh vực hướng dẫn", "Cơ quan hướng dẫn chuyên môn"],
    "coordinating": ["Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan liên quan"],
    "deadline": ["Thời gian thực hiện", "Thời hạn hoàn thành", "Tiến độ", "TG thực hiện", "Thời gian hoàn thành"],
    "expected_result": ["Kết quả", "Sản phẩm", "Sản phẩm đầu ra", "Kết quả dự kiến"],
    "combined": ["Cơ quan chủ trì, phối hợp", "Cơ quan chủ trì/phối hợp"],
}

AGENCY_SETS = {
    "four": ["implementing", "lead", "sector_guidance", "coordinating"],
    "three": ["implementing", "lead", "coordinating"],
    "two": ["lead", "coordinating"],
    "combined": ["combined"],
}

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
FIELDS = [
    "key",
    "dimension_no",
    "component_no",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
    "expected_result",
]


def draw_traits(rng, name):
    jur = rng.choice(["province", "commune"])
    t = {
        "name": name,
        "producer": rng.choice(["docx", "docx-pdf", "html", "reportlab"]),
        "borders": rng.choice(["grid", "grid", "hrules", "none"]),
        "orientation": rng.choice(["portrait", "landscape"]),
        "font": rng.choice([10, 11, 12, 13]),
        "jurisdiction": jur,
        "place": rng.choice(PROVINCES if jur == "province" else COMMUNES),
        "stt": rng.random() < 0.5,
        "deadline": rng.random() < 0.6,
        "result": rng.random() < 0.4,
        "agencies": rng.choice(["four", "three", "two", "combined"]),
        "groups": rng.choice(["merged", "repeated", "sections"]),
        "long": rng.random() < 0.5,
        "repeat_header": rng.random() < 0.5,
        "dim_number": rng.choice(["arabic", "roman", "chiso"]),
        "comp_number": rng.choice(["arabic", "dotted", "noidung"]),
    }
    if jur == "commune" and rng.random() < 0.3:
        t.update(columns="commune5", groups="sections", stt=True, agencies="two", deadline=True, result=False)
    else:
        t["columns"] = "full"
    if t["producer"] == "reportlab" and t["groups"] == "merged":
        t["groups"] = "repeated"  # reportlab spans do not split inside rows
    t["heads"] = {k: rng.choice(v) for k, v in HEAD.items()}
    if t["agencies"] == "combined":
        t["heads"]["lead"] = t["heads"]["combined"]
    return t


def dim_label(t, d, styled):
    name = DIMS[d][0]
    if not styled:
        return f"{d}. {name}"
    style = t["dim_number"]
    if style == "roman":
        return f"{ROMAN[d]}. {name.upper()}"
    if style == "chiso":
        return f"Chỉ số nội dung {d}: {name}"
    return f"{d}. {name}"


def comp_label(t, d, c, styled):
    name = DIMS[d][1][c][0]
    style = t["comp_number"] if styled else "arabic"
    if style == "dotted":
        return f"{d}.{c}. {name}"
    if style == "noidung":
        return f"Nội dung thành phần {c}: {name}"
    return f"{c}. {name}"


def draw_rows(rng, t):
    ag = PROVINCE_AGENCIES if t["jurisdiction"] == "province" else COMMUNE_AGENCIES
    n_rows = rng.randint(3, 8)
    rows, used = [], set()
    while len(rows) < n_rows and len(used) < len(DIMS):
        d = rng.choice([x for x in sorted(DIMS) if x not in used])
        used.add(d)
        comps = sorted(rng.sample(sorted(DIMS[d][1]), min(len(DIMS[d][1]), rng.randint(1, 2))))
        for c in comps:
            ind_no = 1
            for _ in range(rng.randint(1, 2)):
                if len(rows) >= n_rows:
                    break
                rows.append(make_row(rng, t, ag, d, c, ind_no, 0))
                ind_no += len(rows[-1]["ind_list"])
    rows.sort(key=lambda r: (r["d"], r["c"], r["ind_start"]))
    for i, r in enumerate(rows, 1):
        r["stt"] = i
    return rows


def dedupe(rows):
    seen, out = set(), []
    for r in rows:
        k = (r["d"], r["c"], r["ind_start"])
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def make_row(rng, t, ag, d, c, ind_no, stt):
    topic = DIMS[d][1][c][1]
    n_ind = rng.randint(1, 3)
    inds = [
        f"{ind_no + i}. " + rng.choice(INDICATOR_TEMPLATES).format(t=topic, n=rng.choice([70, 80, 85, 90]))
        for i in range(n_ind)
    ]
    n_task = rng.randint(3, 4) if t["long"] else rng.randint(1, 2)
    tasks = ["- " + s.format(t=topic) for s in rng.sample(TASK_TEMPLATES, n_task)]
    tasks[-1] = tasks[-1].rstrip(";.") + "."
    row = {
        "d": d,
        "c": c,
        "ind_start": ind_no,
        "stt": stt,
        "ind_list": inds,
        "task_list": tasks,
        "deadline": rng.choice(DEADLINES),
        "result": rng.choice(RESULTS),
    }
    for role in ("implementing", "lead", "sector_guidance", "coordinating"):
        row[role] = rng.choice(ag[role])
    return row


def combined_cell(r):
    return f"Chủ trì: {r['lead']}; Phối hợp: {r['coordinating']}"


def expected(t, rows):
    """Expected output rows, from the spec alone (never from phuluc)."""
    roles = AGENCY_SETS[t["agencies"]]
    out = []
    first_stt = {}
    for r in rows:
        first_stt.setdefault((r["d"], r["c"]), r["stt"])
        styled = t["groups"] == "sections"
        e = {
            "dimension_no": r["d"],
            "component_no": r["c"],
            "dimension": dim_label(t, r["d"], styled),
            "component": comp_label(t, r["d"], r["c"], styled),
            "indicators": "\n".join(r["ind_list"]),
            "tasks": "\n".join(r["task_list"]),
            "implementing": "",
            "lead": "",
            "sector_guidance": "",
            "coordinating": "",
            "deadline": r["deadline"] if t["deadline"] else "",
            "expected_result": r["result"] if t["result"] else "",
        }
        if t["columns"] == "commune5":
            e["indicators"] = ""
            e["tasks"] = "\n".join(r["task_list"])
            i = r["stt"] - first_stt[(r["d"], r["c"])] + 1
        else:
            i = r["ind_start"]
        for role in roles:
            if role == "combined":
                e["lead"], e["coordinating"] = r["lead"], r["coordinating"]
            else:
                e[role] = r[role]
        e["key"] = f"{r['d']}.{r['c']}.{i}"
        out.append({k: e[k] for k in FIELDS})
    return out


def columns(t):
    """Ordered (field, header label) of the table."""
    h = t["heads"]
    if t["columns"] == "commune5":
        return [
            ("stt", h["stt"]),
            ("tasks", "Nội dung"),
            ("lead", h["lead"] if t["agencies"] != "combined" else "Cơ quan chủ trì"),
            ("coordinating", h["coordinating"]),
            ("deadline", "Thời gian"),
        ]
    cols = [("stt", h["stt"])] if t["stt"] else []
    if t["groups"] != "sections":
        cols += [("dimension", h["dimension"]), ("component", h["component"])]
    cols += [("indicators", h["indicators"]), ("tasks", h["tasks"])]
    for role in AGENCY_SETS[t["agencies"]]:
        cols.append((role, h[role] if role != "combined" else h["combined"]))
    if t["deadline"]:
        cols.append(("deadline", h["deadline"]))
    if t["result"]:
        cols.append(("expected_result", h["expected_result"]))
    return cols


def all_plans():
    rng = random.Random(SEED)
    plans = []
    for i in range(N_PLANS):
        name = f"p{i:02d}"
        t = draw_traits(rng, name)
        rows = draw_rows(rng, t)
        plans.append((t, rows))
    return plans
