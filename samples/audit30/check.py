"""Run phuluc on converted DOCX files (and their source PDFs) and compare with the hand truth.

usage: python check.py TRUTH.json FILE...      (prints one line per file, details to results/)
Truth rows: dicts with key and the fields to compare (seed golden rows or truth/*.json).
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
WT = HERE.parent.parent
PY = "/work/main/.venv/bin/python"
SKIP = {"seed_lines"}


def run_extract(path):
    with tempfile.TemporaryDirectory() as td:
        env = dict(os.environ, PYTHONPATH=str(WT))
        r = subprocess.run([PY, "-m", "phuluc.cli", "extract", str(path), "--out", td + "/o"],
                           capture_output=True, text=True, env=env, timeout=900)
        plan = None
        p = Path(td) / "o" / "plan.json"
        if p.exists():
            plan = json.loads(p.read_text(encoding="utf-8"))
        return r.returncode, r.stderr, plan


def compare(truth, rows):
    by_key = {r["key"]: r for r in rows}
    by_ind = {}
    for r in rows:
        by_ind.setdefault(r.get("indicators", "")[:40], r)
    fields = [f for f in truth[0] if f not in SKIP]
    rows_exact = cells = cells_exact = cells_ws = 0
    squash = lambda v: "".join(str(v).split())
    misses, used = [], set()
    for t in truth:
        got = by_key.get(t["key"]) or by_ind.get(t["indicators"][:40])
        if got is None:
            misses.append({"key": t["key"], "missing": True})
            cells += len(fields)
            continue
        used.add(id(got))
        bad = {}
        for f in fields:
            cells += 1
            if got.get(f, "") == t[f]:
                cells_exact += 1
                cells_ws += 1
            else:
                if squash(got.get(f, "")) == squash(t[f]):
                    cells_ws += 1
                bad[f] = {"want": t[f], "got": got.get(f, "")}
        if bad:
            misses.append({"key": t["key"], "got_key": got["key"], "bad": bad})
        else:
            rows_exact += 1
    extra = [r["key"] for r in rows if id(r) not in used]
    return {"rows_expected": len(truth), "rows_got": len(rows), "rows_exact": rows_exact,
            "cells": cells, "cells_exact": cells_exact,
            "cells_same_but_spacing": cells_ws, "extra_rows": extra, "misses": misses}


def main():
    truth = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    outdir = HERE / "results"
    outdir.mkdir(exist_ok=True)
    for f in sys.argv[2:]:
        rc, err, plan = run_extract(f)
        res = {"file": f, "exit": rc, "stderr": err.strip().splitlines()}
        if plan and plan["documents"]:
            doc = plan["documents"][0]
            res["warnings"] = doc.get("warnings", [])
            res["engine"] = doc.get("engine")
            res.update(compare(truth, doc["rows"]))
        else:
            res.update({"rows_expected": len(truth), "rows_got": 0, "rows_exact": 0,
                        "failures": plan and plan.get("failures")})
        name = Path(f).name
        (outdir / f"{name}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{name}: exit {rc}, rows {res['rows_exact']}/{res['rows_expected']} exact "
              f"(got {res['rows_got']}), cells {res.get('cells_exact', 0)}/{res.get('cells', 0)}, "
              f"same-but-spacing {res.get('cells_same_but_spacing', 0)}, warnings {len(res.get('warnings', []))}, extra {res.get('extra_rows', [])[:5]}")


if __name__ == "__main__":
    main()
