"""Run phuluc on each built plan (one at a time, -j 1) and score its rows against expected/<name>.json.

Usage: python score.py train|heldout|probes [--no-run]
Writes results/<name>/ (phuluc's output + run.txt) and results/score-<set>.json, and prints a table.
A cell is compared exactly; dimension/component also 'lenient' (numbering prefix and case dropped), reported apart.
A wrong cell with exit 0, complete (or null) coverage and no warnings at all is SILENT.
"""

import difflib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from plans import FIELDS, HELDOUT  # noqa: E402

PY = "/work/main/.venv/bin/python"
PREFIX = re.compile(r"^\s*(chỉ số nội dung\s*\d+\s*:|nội dung thành phần\s*\d+\s*:|[ivx]+\.|\d+(\.\d+)*\.)\s*", re.I)


def run(name, doc):
    out = os.path.join(HERE, "results", name)
    os.makedirs(out, exist_ok=True)
    p = subprocess.run(
        [PY, "-m", "phuluc", "extract", doc, "--out", out, "-j", "1"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": ROOT},
        capture_output=True,
        text=True,
        timeout=600,
    )
    with open(os.path.join(out, "run.txt"), "w", encoding="utf-8") as f:
        f.write(f"exit {p.returncode}\n--- stdout\n{p.stdout}\n--- stderr\n{p.stderr}")
    return p.returncode


def lenient(s):
    return PREFIX.sub("", str(s)).casefold().strip()


def text_of(row):
    return (str(row.get("indicators", "")) + " " + str(row.get("tasks", "")))[:300]


def match(exp, got):
    """Greedy in-order matching on indicator+task text; returns list of (e, g or None) and unused got rows."""
    used = set()
    pairs = []
    for e in exp:
        best, best_r = None, 0.5
        for j, g in enumerate(got):
            if j in used:
                continue
            r = difflib.SequenceMatcher(None, text_of(e), text_of(g)).ratio()
            if r > best_r:
                best, best_r = j, r
        if best is not None:
            used.add(best)
        pairs.append((e, got[best] if best is not None else None))
    return pairs, [g for j, g in enumerate(got) if j not in used]


def score(name):
    with open(os.path.join(HERE, "expected", f"{name}.json"), encoding="utf-8") as f:
        spec = json.load(f)
    out = os.path.join(HERE, "results", name)
    with open(os.path.join(out, "run.txt"), encoding="utf-8") as f:
        code = int(f.readline().split()[1])
    plan = {"documents": []}
    if os.path.exists(os.path.join(out, "plan.json")):
        with open(os.path.join(out, "plan.json"), encoding="utf-8") as f:
            plan = json.load(f)
    doc = plan["documents"][0] if plan["documents"] else {"rows": [], "warnings": [], "coverage": None}
    got = doc.get("rows", [])
    pairs, extra = match(spec["rows"], got)
    wrong, lenient_only = [], []
    cells = exact = 0
    for e, g in pairs:
        for fld in FIELDS:
            cells += 1
            gv = "" if g is None else g.get(fld, "")
            gv = "" if gv is None else gv
            if str(gv) == str(e[fld]):
                exact += 1
            elif fld in ("dimension", "component") and g is not None and lenient(gv) == lenient(e[fld]):
                exact += 1
                lenient_only.append({"key": e["key"], "field": fld, "expected": e[fld], "got": gv})
            elif g is not None:
                wrong.append({"key": e["key"], "field": fld, "expected": e[fld], "got": gv})
    cov = doc.get("coverage")
    complete = cov is None or cov.get("complete", False)
    warns = doc.get("warnings", [])
    missing = [e["key"] for e, g in pairs if g is None]
    bad = bool(wrong or missing or extra)
    return {
        "name": name,
        "traits": spec["traits"],
        "exit": code,
        "coverage": cov,
        "warnings": warns,
        "rows_expected": len(spec["rows"]),
        "rows_got": len(got),
        "missing": missing,
        "extra": [{"key": g.get("key"), "tasks": str(g.get("tasks", ""))[:80]} for g in extra],
        "cells": cells,
        "cells_exact": exact,
        "wrong": wrong,
        "lenient_only": lenient_only,
        "verdict": "exact" if not bad else ("SILENT" if code == 0 and complete and not warns else "warned"),
    }


def in_set(name, which):
    if which == "probes":
        return name.startswith("q")
    return name.startswith("p") and (name in HELDOUT) == (which == "heldout")


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "train"
    names = sorted(n[:-5] for n in os.listdir(os.path.join(HERE, "expected")) if in_set(n[:-5], which))
    results = []
    for n in names:
        with open(os.path.join(HERE, "expected", f"{n}.json"), encoding="utf-8") as f:
            doc = os.path.join(HERE, json.load(f)["document"])
        if "--no-run" not in sys.argv:
            run(n, doc)
        results.append(score(n))
    with open(os.path.join(HERE, "results", f"score-{which}.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1)
    tot = [0, 0, 0, 0, 0, 0]
    for r in results:
        t = r["traits"]
        print(
            f"{r['name']} {t['producer']:9} {t['borders']:6} {t['groups']:8} {t['agencies']:8} "
            f"rows {r['rows_got']}/{r['rows_expected']} cells {r['cells_exact']}/{r['cells']} "
            f"miss {len(r['missing'])} extra {len(r['extra'])} warn {len(r['warnings'])} {r['verdict']}"
        )
        for i, v in enumerate(
            [
                r["cells_exact"],
                r["cells"],
                r["rows_expected"] - len(r["missing"]),
                r["rows_expected"],
                len(r["extra"]),
                r["verdict"] == "exact",
            ]
        ):
            tot[i] += v
    print(f"TOTAL cells {tot[0]}/{tot[1]} rows {tot[2]}/{tot[3]} extra {tot[4]} exact plans {tot[5]}/{len(results)}")


if __name__ == "__main__":
    main()
