"""Compare phuluc's plan.json with audit38's hand-made expected rows.

Normalization: every whitespace run (spaces, new lines) becomes one space, ends stripped; nothing
else. Group labels (dimension/component) are also compared with their opening number left out
and case folded (the plan's numbering style is the tool's choice), reported separately.
Usage: compare.py EXPECTED_NAME PLAN_JSON  -> prints JSON summary
"""
import json
import re
import sys
from pathlib import Path

FIELDS = ["key", "dimension_no", "component_no", "indicators", "tasks", "implementing", "lead",
          "sector_guidance", "coordinating", "deadline", "expected_result", "budget"]
NUM = re.compile(r"^\s*(?:[IVXL]+|\d+(?:\.\d+)*)\.\s*")


def ws(v):
    return re.sub(r"\s+", " ", str(v)).strip()


def lab(v):
    return ws(NUM.sub("", str(v))).casefold()


def compare(exp, doc):
    got = doc["rows"]
    out = dict(expected_rows=len(exp["rows"]), got_rows=len(got), rows_exact=0, cells_wrong=[],
               jurisdiction=None, warnings=doc.get("warnings", []), coverage=doc.get("coverage"))
    j = doc.get("jurisdiction") or {}
    ej = exp["jurisdiction"]
    bad = {k: (ej[k], j.get(k)) for k in ej if j.get(k) != ej[k]}
    out["jurisdiction"] = "ok" if not bad else bad
    for n in range(max(len(exp["rows"]), len(got))):
        e = exp["rows"][n] if n < len(exp["rows"]) else None
        g = got[n] if n < len(got) else None
        if e is None or g is None:
            out["cells_wrong"].append(dict(row=n, field="(row)", exp=e and e["key"], got=g and g["key"]))
            continue
        wrong = []
        for f in FIELDS:
            if ws(e[f]) != ws(g.get(f, "")):
                wrong.append(dict(row=n, key=e["key"], field=f, exp=ws(e[f]), got=ws(g.get(f, ""))))
        for f in ("dimension", "component"):
            if lab(e[f]) != lab(g.get(f, "")):
                wrong.append(dict(row=n, key=e["key"], field=f, exp=e[f], got=g.get(f, "")))
        gx = g.get("extra", {}) or {}
        for k, v in e["extra"].items():
            if ws(gx.get(k, "")) != ws(v):
                wrong.append(dict(row=n, key=e["key"], field="extra." + k, exp=v, got=gx.get(k)))
        for k in gx:
            if k not in e["extra"]:
                wrong.append(dict(row=n, key=e["key"], field="extra." + k, exp=None, got=gx[k]))
        if not wrong:
            out["rows_exact"] += 1
        out["cells_wrong"] += wrong
    ag = []
    for g in got:
        for role, ms in (g.get("agencies") or {}).items():
            for m in ms:
                ag.append((g["key"], role, m["raw"], m["name"], m["method"], m.get("note")))
    out["agencies"] = ag
    return out


if __name__ == "__main__":
    exp = json.loads(Path(__file__).with_name("expected.json").read_text())[sys.argv[1]]
    doc = json.loads(Path(sys.argv[2]).read_text())["documents"][0]
    print(json.dumps(compare(exp, doc), ensure_ascii=False, indent=1))
