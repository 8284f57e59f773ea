"""Draw audit51's 20 plans (traits + rows) with random.Random(5100 + n), their expected rows and table model.

Copied from samples/audit47/plans.py and widened: indicator numbering "1." "1)" "a)" "-", italic law names in tasks
(marked *...* in the draw, rendered italic, left out of the expected text), bold dimension labels, "+"/"-" bullets
and ";"-ended agency lists, more deadline/result/budget columns, the italic "(Kèm theo Kế hoạch số ...)" line with
the number and day left blank or written, page numbers in the footer, portrait body pages before a landscape appendix.

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
    IND_STYLES,
    INDICATOR_TEMPLATES,
    LAW_TASKS,
    LETTERS,
    LOWER,
    NOTES,
    PLACES,
    RESULTS,
    TASK_TEMPLATES,
    UPPER,
)

N_PLANS = 20
SEED = 5100
# Held-out plans, drawn by seed before any plan was built or run.
HELDOUT = {f"p{i:02d}" for i in random.Random(5151).sample(range(N_PLANS), 6)}
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
        "stt": rng.random() < 0.6,
        "deadline": rng.random() < 0.75,
        "result": rng.random() < 0.55,
        "budget": rng.random() < 0.5,
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
        "separator": rng.choice(["\n", "; ", ";\n", "- ", "+ ", "-;"]),
        "long": rng.random() < 0.6,
        "n_rows": rng.randint(5, 12),
    }
    t.update(
        ind_style=rng.choice(sorted(IND_STYLES)),
        law=rng.random() < 0.6,
        bold_dims=rng.random() < 0.5,
        title_blank=rng.random() < 0.5,
        title_italic=rng.random() < 0.8,
        page_numbers=rng.choice([None, "{n}", "Trang {n}"]),
        body_pages=rng.random() < 0.45,
    )
    if t["body_pages"]:
        t["orientation"] = "landscape"  # the appendix; the body pages are portrait
    if t["ind_style"] == "letter":
        t["stt"] = False  # README leaves letters + STT open: keep the key rule unambiguous
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
    elif sep in ("- ", "+ "):
        text = "\n".join(sep + p[0] for p in picks)
    elif sep == "-;":
        text = "\n".join("- " + p[0] + (";" if i < len(picks) - 1 else ".") for i, p in enumerate(picks))
    elif sep == ";\n":
        text = "\n".join(p[0] + (";" if i < len(picks) - 1 else "") for i, p in enumerate(picks))
    else:
        text = sep.join(p[0] for p in picks)
    return text, [p[1] for p in picks]


def make_row(rng, t, d, c, ind_no):
    topic = DIMS[d][1][c][1]
    style = IND_STYLES[t["ind_style"]]
    inds = [
        style.format(n=ind_no + i, a=LETTERS[ind_no + i - 1])
        + rng.choice(INDICATOR_TEMPLATES).format(t=topic, n=rng.choice([70, 80, 85, 90]))
        for i in range(rng.randint(1, 3))
    ]
    tasks = [
        "- " + s.format(t=topic)
        for s in rng.sample(TASK_TEMPLATES, rng.randint(3, 5) if t["long"] else rng.randint(1, 2))
    ]
    if t["law"] and rng.random() < 0.5:
        tasks.insert(rng.randrange(len(tasks)), "- " + rng.choice(LAW_TASKS).format(t=topic))
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


def plain(s):
    """The text as read: the italic marks left out."""
    return s.replace("*", "")


def index_no(t, rows, i):
    """README's I: the first indicator's number, a letter's place, else the STT from the component's first, else 1."""
    r = rows[i]
    if t["ind_style"] != "dash":
        return r["ind_start"]
    if not t["stt"]:
        return 1
    first = next(x for x in rows if (x["d"], x["c"]) == (r["d"], r["c"]))
    return r["stt"] - first["stt"] + 1


def keys(t, rows):
    out, seen = [], {}
    for i, r in enumerate(rows):
        k = f"{r['d']}.{r['c']}.{index_no(t, rows, i)}"
        seen[k] = seen.get(k, 0) + 1
        out.append(k if seen[k] == 1 else f"{k}-{seen[k]}")
    return out


def expected(t, rows):
    roles = AGENCY_SETS[t["agencies"]]
    out = []
    for r, key in zip(rows, keys(t, rows)):
        e = {
            "key": key,
            "dimension_no": r["d"],
            "component_no": r["c"],
            "dimension": dim_label(t, r["d"], t["groups"] != "merged"),
            "component": comp_label(t, r["d"], r["c"], t["groups"] == "sections"),
            "indicators": "\n".join(r["ind_list"]),
            "tasks": plain("\n".join(r["task_list"])),
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
    """lines may hold *italic* marks; the producers render them."""
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
    bold = t["bold_dims"] and f == "dimension"
    if t["col_style"] == "repeated":
        return cell([label], bold=bold)
    if i > 0 and same(rows[i - 1]):
        return None
    span = 1
    while i + span < len(rows) and same(rows[i + span]):
        span += 1
    return cell([label], rowspan=span, bold=bold)


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


def issuer(t):
    upper = t["tier"] in ("province", "central-city")
    return f"{t['issuer']} {place_label(t)}" + ("" if upper else f", {t['province']}")


def title_lines(t):
    """The appendix title block; the last line is italic where the trait says (a *...* mark)."""
    number, day = ("     ", "     ") if t["title_blank"] else ("15", "10")
    attach = f"(Kèm theo Kế hoạch số {number}/KH-UBND ngày {day} tháng 3 năm 2026 của {issuer(t)})"
    return [
        f"ỦY BAN NHÂN DÂN {place_label(t).upper()}",
        "PHỤ LỤC",
        "Nhiệm vụ và giải pháp cụ thể nhằm nâng cao Chỉ số PAPI năm 2026",
        f"*{attach}*" if t["title_italic"] else attach,
    ]


def issued(t):
    return "" if t["title_blank"] else "2026-03-10"


def body_lines(t):
    """The plan's own pages before the appendix: (style, text), style in head/bold/text/italic."""
    from content import BODY

    day = "     " if t["title_blank"] else "10"
    out = [
        ("head", f"ỦY BAN NHÂN DÂN {place_label(t).upper()}"),
        ("head", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("head", "Độc lập - Tự do - Hạnh phúc"),
        ("italic", f"{t['place']}, ngày {day} tháng 3 năm 2026"),
        ("head", "KẾ HOẠCH"),
        ("head", "Duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2026"),
        ("bold", "I. MỤC ĐÍCH, YÊU CẦU"),
    ]
    out += [("text", x) for x in BODY["purpose"]]
    out.append(("bold", "II. NHIỆM VỤ, GIẢI PHÁP"))
    out += [("text", x) for x in BODY["tasks"]]
    out.append(("italic", "(Chi tiết tại Phụ lục kèm theo)"))
    out.append(("bold", "III. TỔ CHỨC THỰC HIỆN"))
    out += [("text", x) for x in BODY["org"]]
    out += [("bold", "TM. ỦY BAN NHÂN DÂN"), ("bold", "CHỦ TỊCH")]
    return out


def all_plans():
    plans = []
    for n in range(N_PLANS):
        rng = random.Random(SEED + n)
        t = draw_traits(rng, f"p{n:02d}")
        plans.append((t, draw_rows(rng, t)))
    return plans
