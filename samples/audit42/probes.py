"""Probes narrowing a train finding's trigger: a train plan's spec with one trait changed (names q..)."""

import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import DOCS, EXP, SRC, chromium  # noqa: E402
from plans import all_plans, expected  # noqa: E402
from producers import write_docx, write_html, write_reportlab  # noqa: E402

PLANS = {t["name"]: (t, rows) for t, rows in all_plans()}

# name: (base plan, trait changes, row edit, why)
PROBES = {
    "q01": ("p06", {}, None, "p06 as is (reportlab commune5)"),
    "q02": ("p06", {"producer": "html"}, None, "p06 via Chromium"),
    "q03": ("p06", {"columns": "full", "agencies": "two"}, None, "full columns, STT, sections"),
    "q04": ("p06", {"stt": False, "columns": "full"}, None, "full columns, no STT, sections"),
    "q05": ("p06", {}, "first_comp_1", "first component renumbered 1 (c=1)"),
    "q06": ("p06", {"dim_number": "chiso"}, None, "dimension section 'Chỉ số nội dung 5:'"),
    "q07": ("p06", {"comp_number": "dotted"}, None, "component sections '5.2.'"),
    "q08": ("p00", {"producer": "reportlab"}, None, "p00 via reportlab"),
    "q09": ("p06", {"columns": "full", "dim_number": "roman"}, None, "q03 with Roman dimension sections"),
    "q10": ("p06", {"columns": "full"}, "first_comp_1", "q03 with the first component numbered 1"),
    "q11": ("p06", {"columns": "full", "producer": "docx"}, None, "q03 as DOCX"),
    "q12": ("p06", {"columns": "full", "producer": "html"}, None, "q03 via Chromium"),
    "q14": ("p19", {"comp_number": "arabic"}, None, "held-out p19 with components '4. ...'"),
    "q15": ("p19", {"repeat_header": True}, None, "held-out p19 with the header repeated on each page"),
    "q16": ("p19", {"borders": "grid"}, None, "held-out p19 with a full grid"),
    "q17": ("p19", {"borders": "grid", "comp_number": "arabic"}, None, "held-out p19, grid, components '4. ...'"),
    "q13": ("p06", {"columns": "full", "comp_number": "dotted"}, None, "q03 with components '5.2.'"),
}


def first_comp_1(rows):
    d, c = rows[0]["d"], rows[0]["c"]
    for r in rows:
        if (r["d"], r["c"]) == (d, c):
            r["c"] = 1 if c != 1 else 2
    return rows


def build():
    for name, (base, change, edit, _why) in PROBES.items():
        t, rows = copy.deepcopy(PLANS[base])
        t.update(change, name=name)
        if edit:
            rows = globals()[edit](rows)
        doc = os.path.join(DOCS, f"{name}.pdf")
        if t["producer"] == "html":
            src = os.path.join(SRC, f"{name}.html")
            write_html(t, rows, src)
            chromium(src, doc)
        elif t["producer"] == "reportlab":
            write_reportlab(t, rows, doc)
        else:
            doc = os.path.join(DOCS, f"{name}.docx")
            write_docx(t, rows, doc)
        with open(os.path.join(EXP, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump(
                {"traits": t, "document": os.path.relpath(doc, HERE), "rows": expected(t, rows), "why": _why},
                f,
                ensure_ascii=False,
                indent=1,
            )


if __name__ == "__main__":
    build()
