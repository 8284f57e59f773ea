"""Audit49's 14 plans: traits drawn by audit47's plans.draw_traits with random.Random(4900 + n), then the office
format, encoding and Writer feature each document exercises (FORMATS). Expected rows come from the draw alone.

Cell text may carry tracked-change and comment marks, «del:...», «ins:...», «note:...»: the writers turn them into
Writer's tracked changes and annotations; the expected text is the text with every change accepted and no comment.
"""

import random
import re

from plans import draw_rows, draw_traits, expected, title_lines

# name: (format, built from, encoding, feature)
FORMATS = {
    "d01": ("doc", "docx", "uni", "merged cells and repeated header, python-docx -> Word 97"),
    "d02": ("doc", "fodt", "uni", "Writer table (rows spanned, header rows repeated) written as Word 97"),
    "d03": ("rtf", "rtf", "uni", "hand-written Word-style RTF: \\u escapes, \\clvmgf merges, \\trhdr"),
    "d04": ("odt", "fodt", "uni", "a nested table inside a tasks cell"),
    "d05": ("odt", "fodt", "uni", "the appendix table inside a text frame"),
    "d06": ("odt", "fodt", "uni", "portrait body text, the appendix in a landscape page style"),
    "d07": ("docx", "docx", "mixed-tcvn3", "TCVN3 .VnTime/.VnTimeH runs mixed with Unicode runs, landscape section"),
    "d08": ("docx", "docx", "mixed-vni", "VNI-Times runs mixed with Unicode runs in one cell"),
    "d09": ("doc", "docx", "tcvn3", "TCVN3 (Normal style .VnTime) saved as Word 97 by LibreOffice"),
    "d10": ("rtf", "rtf", "mixed-vni", "RTF with VNI-Times \\'xx bytes and Unicode \\u runs"),
    "d11": ("doc", "fodt", "uni", "tracked insertions, deletions and comments inside the table, as Word 97"),
    "d12": ("docx", "fodt", "uni", "DOCX saved by LibreOffice: portrait body, landscape appendix page style"),
    "d13": ("pdf", "docx", "tcvn3", "PDF printed by LibreOffice from a TCVN3-typed DOCX"),
    "d14": ("odt", "fodt", "mixed-tcvn3", "ODT with TCVN3 text styles beside Unicode ones, section rows"),
}
NAMES = sorted(FORMATS)
# Held out, drawn by seed before any document was built or read.
HELDOUT = set(random.Random(4949).sample(NAMES, 3))
MARK = re.compile(r"«(del|ins|note|table):([^»]*)»")


def accepted(text):
    """The text with tracked changes accepted and comments left out."""
    return MARK.sub(lambda m: m.group(2) if m.group(1) == "ins" else "", text) if isinstance(text, str) else text


def traits(n, name):
    rng = random.Random(4900 + n)
    t = draw_traits(rng, name)
    fmt, src, enc, feature = FORMATS[name]
    t.update(fmt=fmt, src=src, enc=enc, feature=feature, borders="grid", long=False)
    t["n_rows"] = min(t["n_rows"], 8)
    if src == "rtf" or t["agencies"] == "grouped" and src != "docx":
        t["agencies"] = rng.choice(["four", "three", "two"])
    if name == "d05":  # a frame does not flow over pages: a short appendix
        t["n_rows"], t["agencies"], t["groups"] = 3, "two", "merged"
    if name in ("d06", "d14"):
        t["groups"] = "sections"
    if name in ("d06", "d07", "d12"):
        t["orientation"] = "landscape"
    t["font"] = "Times New Roman"
    if src == "fodt" or name == "d01":
        t["repeat_header"] = True
    return t, rng


def decorate(name, rows, rng):
    """The feature's own cell content: nested table, tracked changes."""
    if name == "d04":
        rows[1]["nested"] = [["Năm 2025", "Năm 2026"], ["75%", "80%"]]
        rows[1]["task_list"].append("«table:" + "/".join("|".join(x) for x in rows[1]["nested"]) + "»")
    if name == "d11":
        r = rows[0]
        r["task_list"].insert(1, "«del:- Nội dung đã bỏ khi góp ý: tổ chức hội thảo cấp tỉnh;»")
        r["task_list"].append("«ins:- Công khai kết quả trên Cổng thông tin điện tử.»")
        r["deadline"] = f"«del:Quý II/2025»«ins:{r['deadline']}»"
        rows[2]["ind_list"][0] += "«note:Đề nghị Sở Nội vụ xem lại chỉ tiêu này»"
        rows[3]["lead"] = "«del:Sở Tư pháp»" + rows[3]["lead"]


def plan(n):
    name = NAMES[n]
    t, rng = traits(n, name)
    rows = draw_rows(rng, t)
    decorate(name, rows, rng)
    exp = expected(t, rows)
    for e, r in zip(exp, rows):
        for k, v in list(e.items()):
            e[k] = accepted(v)
        if r.get("nested"):
            e["tasks"] += "\n" + "\n".join(c for line in r["nested"] for c in line)
            e["nested"] = True
    return t, rows, exp


def all_plans():
    return [plan(n) for n in range(len(NAMES))]


def titles(t):
    return title_lines(t)
