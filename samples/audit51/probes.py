"""One- or two-trait variations of train plans (never of held-out ones), to find what triggers a failure.

Usage: python samples/audit51/probes.py && python samples/audit51/score.py probes
Writes probes/<q>.{docx,pdf} (+ the DOCX/HTML they came from) and expected/<q>.json (marked "probe").
"""

import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import chromium, soffice  # noqa: E402
from plans import HELDOUT, all_plans, expected, issued, plain, title_lines  # noqa: E402
from producers import write_docx, write_html, write_reportlab  # noqa: E402

OUT = os.path.join(HERE, "probes")

# name: (base plan, trait overrides)
PROBES = {
    "r01": ("p05", {"page_numbers": None}),
    "r02": ("p05", {"page_numbers": "{n}"}),
    "r03": ("p17", {"page_numbers": None}),
    "r04": ("p17", {"borders": "grid"}),
    "r05": ("p12", {"continued": None}),
    "r06": ("p12", {"continued": "(tiếp theo)"}),
    "r07": ("p12", {"dim_style": "roman"}),
    "r08": ("p05", {"page_numbers": None, "body_pages": False}),
    "r09": ("p17", {"page_numbers": None, "body_pages": False}),
    "r10": ("p17", {"producer": "docx"}),
}


def build_probe(q, base, over, plans):
    t, rows = copy.deepcopy(plans[base])
    t.update(over, name=q)
    prod = t["producer"]
    src = os.path.join(OUT, q)
    if prod == "docx":
        doc = src + ".docx"
        write_docx(t, rows, doc)
    elif prod == "docx-pdf":
        write_docx(t, rows, src + ".docx")
        doc = src + ".pdf"
    elif prod == "html":
        write_html(t, rows, src + ".html")
        doc = src + ".pdf"
        chromium(src + ".html", doc)
    else:
        doc = src + ".pdf"
        write_reportlab(t, rows, doc)
    spec = {
        "probe": {"base": base, "change": over},
        "traits": t,
        "heldout": False,
        "document": os.path.relpath(doc, HERE),
        "title_lines": [plain(x) for x in title_lines(t)],
        "issued": issued(t),
        "rows": expected(t, rows),
    }
    with open(os.path.join(HERE, "expected", f"{q}.json"), "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False, indent=1)
    return src + ".docx" if prod == "docx-pdf" else None


def main():
    os.makedirs(OUT, exist_ok=True)
    plans = {t["name"]: (t, rows) for t, rows in all_plans()}
    to_soffice = []
    for q, (base, over) in PROBES.items():
        assert base not in HELDOUT, base
        src = build_probe(q, base, over, plans)
        if src:
            to_soffice.append(src)
    soffice(to_soffice, OUT)


if __name__ == "__main__":
    main()
