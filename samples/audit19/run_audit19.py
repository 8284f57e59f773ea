"""Extract every audit-19 PDF with phuluc (pdfium and pdfplumber), compare with its expected rows, a verdict each.

    PYTHONPATH=$PWD .venv/bin/python samples/audit19/run_audit19.py [OUTDIR] [DOC ...]

Rule (fixed before the first run): every expected row, paired by key in order, every cell exact after
white-space folding and NFC. Verdicts: right; loud refusal (exit not 0 with the document under failures);
WRONG-warned (a cell wrong or a row missing, and plan.json or stderr warns about the document);
SILENT (the same with no warning, or only the warning that no appendix title was read, which is about
the place and year, not the rows: this reading of "warning" was fixed after the first run, when f16 showed
it); traceback (a Python traceback on stderr).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ["dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"]


def fold(v: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(v or "")).split())


def compare(exp: dict, plan: dict | None) -> list[str]:
    if plan is None or not plan.get("documents"):
        return ["no document"]
    rows = plan["documents"][0]["rows"]
    diffs = []
    if len(rows) != len(exp["rows"]):
        diffs.append("rows %d expected, %d got (keys %s)" % (len(exp["rows"]), len(rows), [r["key"] for r in rows]))
    for e, g in zip(exp["rows"], rows):
        if e["key"] != g["key"]:
            diffs.append("row %s: key %r" % (e["key"], g["key"]))
        for f in FIELDS:
            if fold(e[f]) != fold(g.get(f)):
                diffs.append("row %s %s: expected %r got %r" % (e["key"], f, fold(e[f]), fold(g.get(f))))
    return diffs


def run(pdf: Path, out: Path, engine: str) -> dict:
    cmd = [sys.executable, "-m", "phuluc", "extract", str(pdf), "--out", str(out), "--engine", engine]
    p = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(HERE.parents[1])})
    plan = json.loads((out / "plan.json").read_text()) if (out / "plan.json").exists() and p.returncode == 0 else None
    exp = json.loads(pdf.with_suffix(".expected.json").read_text())
    stderr = "\n".join(l for l in p.stderr.splitlines() if "warning" in l or "Traceback" in l or "error" in l.lower())
    warnings = plan["documents"][0]["warnings"] if plan and plan.get("documents") else []
    # a warning that the title (place, year) was not read says nothing about the rows' text
    about_text = [w for w in warnings if not w.startswith("no appendix title was read")]
    diffs = compare(exp, plan) if p.returncode == 0 else []
    if "Traceback" in p.stderr:
        verdict = "traceback"
    elif p.returncode != 0:
        verdict = "loud refusal"
    elif not diffs:
        verdict = "right"
    elif about_text:
        verdict = "WRONG-warned"
    else:
        verdict = "SILENT"
    cells = len(exp["rows"]) * len(FIELDS)
    bad = sum(1 for d in diffs if " expected " in d)
    return {"doc": pdf.stem, "engine": engine, "exit": p.returncode, "verdict": verdict,
            "cells_right": "%d/%d" % (cells - bad if p.returncode == 0 else 0, cells),
            "diffs": diffs, "warnings": warnings, "stderr": stderr if p.returncode else ""}


def main() -> int:
    args = sys.argv[1:]
    outdir = Path(args.pop(0)) if args and not args[0].startswith("f") else Path("/tmp/audit19")
    docs = [HERE / f"{d}.pdf" for d in args] or sorted(HERE.glob("f*.pdf"))
    results = []
    for pdf in docs:
        for engine in ("pdfium", "pdfplumber"):
            r = run(pdf, outdir / f"{pdf.stem}-{engine}", engine)
            results.append(r)
            print("%-34s %-10s exit %d  %-12s cells %s" % (r["doc"], engine, r["exit"], r["verdict"], r["cells_right"]))
            for line in r["diffs"] + ["warning: " + w for w in r["warnings"]] + ([r["stderr"]] if r["stderr"] else []):
                print("      " + line[:400])
    (outdir / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    counts: dict[str, int] = {}
    for r in results:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    print("verdicts:", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
