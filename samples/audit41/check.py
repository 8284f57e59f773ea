"""Run phuluc on audit41's documents and score them cell by cell against expected/*.json.

From the worktree root:
  PYTHONPATH=$PWD /work/main/.venv/bin/python samples/audit41/check.py            # the 13 plans
  PYTHONPATH=$PWD /work/main/.venv/bin/python samples/audit41/check.py --heldout  # the 3 held out
  ... check.py --no-run   # rescore results/*.json without running phuluc again
Compared: key, dimension/component (leading number and case ignored), every field the plan has a column for, extra
columns; whitespace runs are one space. Indicators of a code+name plan may carry the code in front.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from plans import HELDOUT, PLANS  # noqa: E402

PY = "/work/main/.venv/bin/python"
NUM = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[A-Z])[.)/]\s*")


def ws(text):
    return " ".join(str(text or "").split())


def label(text):
    return NUM.sub("", ws(text)).casefold()


def run(doc: Path, tag: str) -> dict:
    out = Path("/tmp/a41/out") / tag
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.run([PY, "-m", "phuluc", "extract", str(doc), "--out", str(out)], env=env, capture_output=True,
                       text=True, cwd=ROOT)
    res = {"exit": p.returncode, "stderr": p.stderr[-3000:], "rows": [], "warnings": []}
    if (out / "plan.json").exists() and p.returncode == 0:
        plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
        if plan["documents"]:
            d = plan["documents"][0]
            res["warnings"] = d["warnings"]
            res["rows"] = [{k: r.get(k) for k in ("key", "dimension", "component", "indicators", "tasks", "lead",
                                                   "coordinating", "implementing", "deadline", "expected_result",
                                                   "budget", "extra", "pages")} for r in d["rows"]]
    return res


def signature(r):
    """Rows are paired by their tasks' opening (unique in every plan here), else their indicators."""
    return ws(r.get("tasks"))[:70] or ws(r.get("indicators"))[:70]


def same(field, exp, got, key):
    if field in ("dimension", "component"):
        return label(exp) == label(got)
    if field == "indicators" and ws(got) != ws(exp):
        code = key.split("-")[0]
        return re.fullmatch(re.escape(code) + r"\.?\s+" + re.escape(ws(exp)), ws(got)) is not None
    return ws(exp) == ws(got)


def compare(expected, got):
    sm = difflib.SequenceMatcher(a=[signature(r) for r in expected], b=[signature(r) for r in got], autojunk=False)
    pairs, used = {}, set()
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            pairs[a + k] = b + k
            used.add(b + k)
    for op, a1, a2, b1, b2 in sm.get_opcodes():  # replaced runs of equal length: pair by place
        if op == "replace" and a2 - a1 == b2 - b1:
            for k in range(a2 - a1):
                pairs[a1 + k], _ = b1 + k, used.add(b1 + k)
    right, total, diffs = 0, 0, []
    for i, e in enumerate(expected):
        g = got[pairs[i]] if i in pairs else None
        cells = [(f, e[f], (g or {}).get(f)) for f in e["_fields"]]
        cells += [(f"extra[{k}]", v, ((g or {}).get("extra") or {}).get(k, "")) for k, v in e["extra"].items()]
        for f, ev, gv in cells:
            total += 1
            if g is not None and same(f, ev, gv, e["key"]):
                right += 1
            else:
                diffs.append({"key": e["key"], "field": f, "expected": ev, "got": None if g is None else gv})
    extra_rows = [got[j] for j in range(len(got)) if j not in used and j not in pairs.values()]
    return right, total, diffs, extra_rows


def main(argv):
    plans = HELDOUT if "--heldout" in argv else PLANS
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    lines = ["| file | rows exp/got | cells right/total | exit | warnings |", "|---|---|---|---|---|"]
    report = []
    for name in plans:
        expected = json.loads((HERE / "expected" / f"{name}.json").read_text(encoding="utf-8"))
        for ext in ("docx", "pdf") if plans[name][1] == "docx" else ("pdf",):
            doc = HERE / "docs" / f"{name}.{ext}"
            cache = results / f"{name}.{ext}.json"
            if "--no-run" in argv and cache.exists():
                res = json.loads(cache.read_text(encoding="utf-8"))
            else:
                res = run(doc, f"{name}.{ext}")
                cache.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            right, total, diffs, extra_rows = compare(expected, res["rows"])
            lines.append(f"| {name}.{ext} | {len(expected)}/{len(res['rows'])} | {right}/{total} | {res['exit']} | "
                         f"{len(res['warnings'])} |")
            if diffs or extra_rows or res["exit"]:
                report.append(f"## {name}.{ext} (exit {res['exit']})")
                report += [f"- {d['key']} {d['field']}: expected {ws(d['expected'])[:150]!r} got "
                           f"{ws(d['got'])[:150] if d['got'] is not None else 'ROW MISSING'!r}" for d in diffs]
                report += [f"- EXTRA ROW {r['key']}: {ws(r['indicators'])[:60]!r} | {ws(r['tasks'])[:80]!r} | "
                           f"lead {ws(r['lead'])[:40]!r}" for r in extra_rows]
                report += [f"  - warning: {ws(w)[:300]}" for w in res["warnings"]]
    print("\n".join(lines))
    print()
    print("\n".join(report))


if __name__ == "__main__":
    main(sys.argv[1:])
