"""Draw audit47's 24 plans (traits + rows) with random.Random(4700 + n), their expected rows and table model.

Expected rows come from the draw alone, never from phuluc's output.
"""

import random

from content import (
    BUDGETS,
    DEADLINES,
    DIMS,
    ECONOMY,
    GROUP_SUB,
    GROUP_TOP,
    HEAD,
    INDICATOR_TEMPLATES,
    LOWER,
    NOTES,
    PLACES,
    RESULTS,
    TASK_TEMPLATES,
    UPPER,
)

N_PLANS = 24
# Held-out plans, drawn by seed before any output was seen.
HELDOUT = {f"p{i:02d}" for i in random.Random(4747).sample(range(N_PLANS), 8)}
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
    "budget",
]
ROLES = ["implementing", "lead", "sector_guidance", "coordinating"]
AGENCY_SETS = {
    "four": ["implementing", "lead", "sector_guidance", "coordinating"],
    "three": ["implementing", "lead", "coordinating"],
    "two": ["lead", "coordinating"],
    "grouped": ["lead", "coordinating"],
}
FONTS = ["Times New Roman", "Arial", "DejaVu Sans", "Liberation Serif"]
CONTINUED = ["(tiếp theo)", "(tiếp)", "- tiếp theo"]


def draw_traits(rng, name):
    tier = rng.choice(["province", "central-city", "commune", "ward"])
    place = rng.choice(PLACES[tier])
    t = {
        "name": name,
        "producer": rng.choice(["docx", "docx-pdf", "html", "reportlab"]),
        "borders": rng.choice(["grid", "none", "hrules"]),
        "groups": rng.choice(["merged", "sections", "dimsections"]),
        "col_style": rng.choice(["merged", "merged", "repeated"]),
        "label_numbers": rng.random() < 0.6,
        "dim_style": rng.choice(["roman", "arabic", "chiso"]),
        "comp_style": rng.choice(["arabic", "dotted"]),
        "continued": rng.choice([None, None] + CONTINUED),
        "stt": rng.random() < 0.5,
        "deadline": rng.random() < 0.6,
        "result": rng.random() < 0.4,
        "budget": rng.random() < 0.35,
        "notes": rng.random() < 0.3,
        "agencies": rng.choice(["four", "three", "two", "grouped"]),
        "orientation": rng.choice(["portrait", "landscape"]),
        "font": rng.choice(FONTS),
        "size": rng.randint(10, 14),
        "repeat_header": rng.random() < 0.5,
        "tier": tier,
        "level_word": place[0],
        "place": place[1],
        "province": place[2] if len(place) > 2 else f"{place[0]} {place[1]}",
        "issuer": rng.choice(["UBND", "Ủy ban nhân dân"]),
        "agency_style": rng.choice(["full", "abbr", "pre", "mixed"]),
        "separator": rng.choice(["\n", "; ", ", ", "- "]),
        "long": rng.random() < 0.6,
        "n_rows": rng.randint(5, 12),
    }
    if t["producer"] == "reportlab":
        t["col_style"] = "repeated"  # reportlab spans do not split inside rows
    t["heads"] = {k: rng.choice(v) for k, v in HEAD.items()}
    t["group_top"] = rng.choice(GROUP_TOP)
    t["group_sub"] = {k: rng.choice(v) for k, v in GROUP_SUB.items()}
    return t


def place_label(t):
    return f"{t['level_word']} {t['place']}"


def dim_label(t, d, section):
    name = DIMS[d][0]
    if section:
        return {
            "roman": f"{ROMAN[d]}. {name.upper()}",
            "arabic": f"{d}. {name}",
            "chiso": f"Chỉ số nội dung {d}: {name}",
        }[t["dim_style"]]
    return f"{d}. {name}" if t["label_numbers"] else name


def comp_label(t, d, c, section):
    name = DIMS[d][1][c][0]
    if section:
        return f"{d}.{c}. {name}" if t["comp_style"] == "dotted" else f"{c}. {name}"
    return (
        f"{d}.{c}. {name}"
        if t["label_numbers"] and t["comp_style"] == "dotted"
        else (f"{c}. {name}" if t["label_numbers"] else name)
    )


def agency_pool(t, rng):
    upper = t["tier"] in ("province", "central-city")
    pool = UPPER if upper else LOWER
    style = t["agency_style"] if t["agency_style"] != "mixed" else rng.choice(["full", "abbr", "pre"])
    items = list(pool[style])
    if not upper and style == "full":
        items.append(ECONOMY[t["level_word"]])
    return [(raw.replace("{T}", t["level_word"]), want) for raw, want in items]


def agency_cell(t, rng, role):
    n = rng.randint(1, 3) if role in ("coordinating", "implementing") else 1
    picks = []
    while len(picks) < n:
        a = rng.choice(agency_pool(t, rng))
        if a[0] not in [p[0] for p in picks]:
            picks.append(a)
    sep = t["separator"]
    if len(picks) == 1:
        text = picks[0][0]
    elif sep == "- ":
        text = "\n".join("- " + p[0] for p in picks)
    else:
        text = sep.join(p[0] for p in picks)
    return text, [p[1] for p in picks]


def make_row(rng, t, d, c, ind_no):
    topic = DIMS[d][1][c][1]
    inds = [
        f"{ind_no + i}. " + rng.choice(INDICATOR_TEMPLATES).format(t=topic, n=rng.choice([70, 80, 85, 90]))
        for i in range(rng.randint(1, 3))
    ]
    tasks = [
        "- " + s.format(t=topic)
        for s in rng.sample(TASK_TEMPLATES, rng.randint(3, 5) if t["long"] else rng.randint(1, 2))
    ]
    tasks[-1] = tasks[-1].rstrip(";.") + "."
    row = {
        "d": d,
        "c": c,
        "ind_start": ind_no,
        "ind_list": inds,
        "task_list": tasks,
        "deadline": rng.choice(DEADLINES),
        "result": rng.choice(RESULTS),
        "budget": rng.choice(BUDGETS),
        "notes": rng.choice(NOTES),
        "want": {},
    }
    for role in ROLES:
        row[role], row["want"][role] = agency_cell(t, rng, role)
    return row


def draw_rows(rng, t):
    rows, used = [], set()
    while len(rows) < t["n_rows"] and len(used) < len(DIMS):
        d = rng.choice([x for x in sorted(DIMS) if x not in used])
        used.add(d)
        for c in sorted(rng.sample(sorted(DIMS[d][1]), min(len(DIMS[d][1]), rng.randint(1, 2)))):
            ind_no = 1
            for _ in range(rng.randint(1, 2)):
                if len(rows) >= t["n_rows"]:
                    break
                rows.append(make_row(rng, t, d, c, ind_no))
                ind_no += len(rows[-1]["ind_list"])
    rows.sort(key=lambda r: (r["d"], r["c"], r["ind_start"]))
    for i, r in enumerate(rows, 1):
        r["stt"] = i
    return rows


def expected(t, rows):
    roles = AGENCY_SETS[t["agencies"]]
    out = []
    for r in rows:
        e = {
            "key": f"{r['d']}.{r['c']}.{r['ind_start']}",
            "dimension_no": r["d"],
            "component_no": r["c"],
            "dimension": dim_label(t, r["d"], t["groups"] != "merged"),
            "component": comp_label(t, r["d"], r["c"], t["groups"] == "sections"),
            "indicators": "\n".join(r["ind_list"]),
            "tasks": "\n".join(r["task_list"]),
            "deadline": r["deadline"] if t["deadline"] else "",
            "expected_result": r["result"] if t["result"] else "",
            "budget": r["budget"] if t["budget"] else "",
        }
        for role in ROLES:
            e[role] = r[role] if role in roles else ""
        e = {k: e[k] for k in FIELDS}
        e["notes"] = r["notes"] if t["notes"] else None
        e["want"] = {role: r["want"][role] for role in roles}
        out.append(e)
    return out


def columns(t):
    """(field, label) of the table's leaf columns, left to right."""
    h = t["heads"]
    cols = [("stt", h["stt"])] if t["stt"] else []
    if t["groups"] == "merged":
        cols += [("dimension", h["dimension"]), ("component", h["component"])]
    elif t["groups"] == "dimsections":
        cols.append(("component", h["component"]))
    cols += [("indicators", h["indicators"]), ("tasks", h["tasks"])]
    for role in AGENCY_SETS[t["agencies"]]:
        cols.append((role, t["group_sub"][role] if t["agencies"] == "grouped" else h[role]))
    for f, on in (("deadline", "deadline"), ("expected_result", "result"), ("budget", "budget"), ("notes", "notes")):
        if t[on]:
            cols.append((f, h[f]))
    return cols


def cell(lines, rowspan=1, colspan=1, bold=False):
    return {"lines": lines, "rowspan": rowspan, "colspan": colspan, "bold": bold}


def header(t, cols):
    """One or two header rows of cells (None where a span covers)."""
    if t["agencies"] != "grouped":
        return [[cell([label], bold=True) for _, label in cols]]
    top, sub = [], []
    for i, (f, label) in enumerate(cols):
        if f == "lead":
            top.append(cell([t["group_top"]], colspan=2, bold=True))
            sub.append(cell([label], bold=True))
        elif f == "coordinating":
            top.append(None)
            sub.append(cell([label], bold=True))
        else:
            top.append(cell([label], rowspan=2, bold=True))
            sub.append(None)
    return [top, sub]


def value(t, f, r):
    if f == "stt":
        return [str(r["stt"])]
    if f == "indicators":
        return r["ind_list"]
    if f == "tasks":
        return r["task_list"]
    key = {"deadline": "deadline", "expected_result": "result", "budget": "budget", "notes": "notes"}.get(f, f)
    return r[key].split("\n")


def group_cell(t, rows, i, f):
    r = rows[i]
    same = (lambda a: a["d"] == r["d"]) if f == "dimension" else (lambda a: (a["d"], a["c"]) == (r["d"], r["c"]))
    label = dim_label(t, r["d"], False) if f == "dimension" else comp_label(t, r["d"], r["c"], False)
    if t["col_style"] == "repeated":
        return cell([label])
    if i > 0 and same(rows[i - 1]):
        return None
    span = 1
    while i + span < len(rows) and same(rows[i + span]):
        span += 1
    return cell([label], rowspan=span)


def section(n, text):
    return [cell([text], colspan=n, bold=True)] + [None] * (n - 1)


def body(t, rows, cols):
    n, out, prev = len(cols), [], (None, None)
    for i, r in enumerate(rows):
        if t["groups"] != "merged" and r["d"] != prev[0]:
            out.append(section(n, dim_label(t, r["d"], True)))
        elif t["groups"] != "merged" and r["c"] != prev[1] and t["continued"]:
            out.append(section(n, f"{dim_label(t, r['d'], True)} {t['continued']}"))
        if t["groups"] == "sections" and (r["d"], r["c"]) != prev:
            out.append(section(n, comp_label(t, r["d"], r["c"], True)))
        line = []
        for f, _ in cols:
            line.append(
                group_cell(t, rows, i, f)
                if f in ("dimension", "component") and t["groups"] != "sections"
                else cell(value(t, f, r))
            )
        out.append(line)
        prev = (r["d"], r["c"])
    return out


def title_lines(t):
    upper = t["tier"] in ("province", "central-city")
    issuer = f"{t['issuer']} {place_label(t)}" + ("" if upper else f", {t['province']}")
    return [
        f"ỦY BAN NHÂN DÂN {place_label(t).upper()}",
        "PHỤ LỤC",
        "Nhiệm vụ và giải pháp cụ thể nhằm nâng cao Chỉ số PAPI năm 2026",
        f"(Kèm theo Kế hoạch số 15/KH-UBND ngày 10 tháng 3 năm 2026 của {issuer})",
    ]


def all_plans():
    plans = []
    for n in range(N_PLANS):
        rng = random.Random(4700 + n)
        t = draw_traits(rng, f"p{n:02d}")
        plans.append((t, draw_rows(rng, t)))
    return plans
