"""One- or two-trait variations of train plans (never of held-out ones), to find what triggers a failure.

Usage: python samples/audit47/probes.py && python samples/audit47/score.py probes
Writes probes/<q>.{docx,pdf,html} and expected/<q>.json (marked "probe").
"""

import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import chromium, soffice  # noqa: E402
from content import DIMS  # noqa: E402
from plans import HELDOUT, all_plans, expected, make_row, title_lines  # noqa: E402
from producers import write_docx, write_html, write_reportlab  # noqa: E402

OUT = os.path.join(HERE, "probes")


def every_component(t):
    """One row per PAPI component, in order (bare or numbered labels as the traits say)."""
    rng = random.Random(4799)
    rows = [make_row(rng, t, d, c, 1) for d in sorted(DIMS) for c in sorted(DIMS[d][1])]
    for i, r in enumerate(rows, 1):
        r["stt"] = i
    return rows


def paraphrased(t):
    """Components 2.1 and 2.4, 3.2 and 3.1 bare: 2.4 and 3.1 are worded as offices paraphrase the 2024 index."""
    rng = random.Random(4798)
    rows = [make_row(rng, t, d, c, 1) for d, c in ((2, 1), (2, 4), (3, 1), (3, 2))]
    for i, r in enumerate(rows, 1):
        r["stt"] = i
    return rows


# name: (base plan, trait overrides, rows function or None)
PROBES = {
    "q01": ("p19", {"producer": "docx"}, every_component),
    "q02": ("p19", {"producer": "docx", "col_style": "repeated"}, every_component),
    "q03": ("p10", {"borders": "grid"}, None),
    "q04": ("p18", {"borders": "none"}, None),
    "q05": ("p10", {"producer": "docx"}, None),
    "q06": ("p10", {"producer": "html"}, None),
    "q07": ("p01", {"borders": "grid"}, None),
    "q08": ("p23", {"borders": "grid"}, None),
    "q09": ("p21", {"borders": "grid"}, None),
    "q10": ("p21", {"orientation": "portrait"}, None),
    "q11": ("p00", {"font": "Times New Roman"}, None),
    "q12": ("p23", {"repeat_header": True}, None),
    "q13": ("p18", {"borders": "none", "bold_header": False}, None),
    "q14": ("p18", {"borders": "none", "tight": False}, None),
    "q15": ("p18", {"borders": "none", "font": "Times New Roman"}, None),
    "q17": ("p19", {"producer": "docx"}, paraphrased),
    "q16": ("p18", {"borders": "none", "tight": False, "bold_header": False, "font": "Times New Roman"}, None),
}


def build():
    os.makedirs(OUT, exist_ok=True)
    plans = {t["name"]: (t, rows) for t, rows in all_plans()}
    to_soffice = []
    for q, (base, over, rows_fn) in PROBES.items():
        assert base not in HELDOUT
        t, rows = copy.deepcopy(plans[base])
        t.update(over, name=q)
        rows = rows_fn(t) if rows_fn else rows
        doc = os.path.join(OUT, f"{q}.pdf")
        if t["producer"] == "docx":
            doc = os.path.join(OUT, f"{q}.docx")
            write_docx(t, rows, doc)
        elif t["producer"] == "docx-pdf":
            write_docx(t, rows, os.path.join(OUT, f"{q}.docx"))
            to_soffice.append(os.path.join(OUT, f"{q}.docx"))
        elif t["producer"] == "html":
            write_html(t, rows, os.path.join(OUT, f"{q}.html"))
            chromium(os.path.join(OUT, f"{q}.html"), doc)
        else:
            write_reportlab(t, rows, doc)
        with open(os.path.join(HERE, "expected", f"{q}.json"), "w", encoding="utf-8") as f:
            json.dump(
                {
                    "traits": t,
                    "heldout": False,
                    "probe": {"base": base, "over": over},
                    "document": os.path.relpath(doc, HERE),
                    "title_lines": title_lines(t),
                    "rows": expected(t, rows),
                },
                f,
                ensure_ascii=False,
                indent=1,
            )
    if to_soffice:
        soffice(to_soffice, OUT)


if __name__ == "__main__":
    build()
