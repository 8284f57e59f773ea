"""review45: extract docs/* with the old code (2ccc78e) and the new (this tree), score rows against expected/*.json
(written by build.py from the spec), diff agency_mentions.csv and warnings; write results/{old,new}.json, table.md.

Run: /work/main/.venv/bin/python samples/review45/check.py [--base DIR] [NAME ...]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEW = HERE.parent.parent
BASE_COMMIT = "2ccc78e"


def squeeze(text: str) -> str:
    return " ".join(re.sub(r"\s*\(tiếp theo\)", "", text).split())


def extract(tree: Path, docs: list[Path], out: Path) -> None:
    cmd = [sys.executable, "-m", "phuluc", "extract", *map(str, docs), "--out", str(out), "-q"]
    subprocess.run(cmd, cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, capture_output=True)


def read(out: Path) -> dict[str, dict]:
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    rows: dict[str, list[dict]] = {}
    with open(out / "rows.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            rows.setdefault(r["source"], []).append(r)
    mentions: dict[str, list[str]] = {}
    with open(out / "agency_mentions.csv", encoding="utf-8-sig") as f:
        for m in csv.DictReader(f):
            mentions.setdefault(m["source"], []).append(
                "|".join(m.get(k, "") for k in ("key", "role", "raw", "id", "method") if k in m))
    docs = {d["source"]: {"warnings": d["warnings"], "rows": rows.get(d["source"], []),
                          "mentions": sorted(mentions.get(d["source"], []))} for d in plan["documents"]}
    for fail in plan.get("failures", []):
        name = Path(fail.get("path", fail.get("source", "?"))).name
        docs[name] = {"warnings": [f"FAILED: {fail.get('error', fail)}"], "rows": [], "mentions": []}
    return docs


def options(value) -> set[str]:
    if isinstance(value, dict):
        return {squeeze(v) for v in value["any_of"]}
    return {squeeze(value)}


def score(expected: list[dict], got: dict | None) -> dict:
    """Cells right of the expected cells (rows matched by their STT-free order of indicators), spurious rows."""
    if got is None:
        return {"right": 0, "cells": sum(len(r) for r in expected), "spurious": 0, "wrong": ["no document"]}
    read_rows = list(got["rows"])
    right, cells, wrong, used = 0, 0, [], set()
    for want in expected:
        keys = options(want["indicators"])
        idx = next((i for i, r in enumerate(read_rows) if i not in used and squeeze(r["indicators"]) in keys), None)
        if idx is None:  # fall back to the component + lead (an indicator read wrong)
            idx = next((i for i, r in enumerate(read_rows) if i not in used and squeeze(r["tasks"])[:30]
                        == squeeze(want["tasks"] if isinstance(want["tasks"], str) else "")[:30]), None)
        row = read_rows[idx] if idx is not None else None
        if idx is not None:
            used.add(idx)
        for field, value in want.items():
            cells += 1
            text = squeeze(row[field]) if row else None
            if text in options(value):
                right += 1
            else:
                wrong.append(f"{sorted(keys)[0][:40]!r}.{field}: got {text!r:.90} want {sorted(options(value))[0]!r:.90}")
    spurious = [squeeze(r["indicators"])[:60] or squeeze(r["tasks"])[:60] for i, r in enumerate(read_rows)
                if i not in used]
    return {"right": right, "cells": cells, "spurious": len(spurious), "wrong": wrong, "spurious_rows": spurious}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, default=Path("/work/wt/review45-base"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    if not args.base.exists():
        subprocess.run(["git", "-C", str(NEW), "worktree", "add", "--detach", str(args.base), BASE_COMMIT], check=True)
    docs = sorted(p for p in (HERE / "docs").iterdir() if p.suffix in (".docx", ".pdf"))
    if args.names:
        docs = [p for p in docs if p.stem in args.names or p.name in args.names]
    results: dict[str, dict] = {}
    for tag, tree in (("old", args.base), ("new", NEW)):
        out = Path("/tmp/review45-out") / tag
        extract(tree, docs, out)
        got = read(out)
        results[tag] = {}
        for doc in docs:
            spec = json.loads((HERE / "expected" / f"{doc.stem}.json").read_text(encoding="utf-8"))
            g = got.get(doc.name)
            results[tag][doc.name] = {**score(spec["rows"], g), "warnings": g["warnings"] if g else [],
                                      "mentions": g["mentions"] if g else []}
    (HERE / "results").mkdir(exist_ok=True)
    for tag, res in results.items():
        (HERE / "results" / f"{tag}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = ["| document | old cells | new cells | old spurious | new spurious | mentions changed | warnings changed |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    tot = {"old": [0, 0], "new": [0, 0]}
    for doc in docs:
        o, n = results["old"][doc.name], results["new"][doc.name]
        for tag, r in (("old", o), ("new", n)):
            tot[tag][0] += r["right"]
            tot[tag][1] += r["cells"]
        ment = len(set(o["mentions"]) ^ set(n["mentions"]))
        warn = "yes" if o["warnings"] != n["warnings"] else ""
        lines.append(f"| {doc.name} | {o['right']}/{o['cells']} | {n['right']}/{n['cells']} | {o['spurious']} | "
                     f"{n['spurious']} | {ment or ''} | {warn} |")
    lines.append(f"| **all** | {tot['old'][0]}/{tot['old'][1]} | {tot['new'][0]}/{tot['new'][1]} | | | | |")
    exact = {t: sum(1 for r in results[t].values() if r["right"] == r["cells"] and not r["spurious"]) for t in tot}
    lines.append(f"\nexact documents: old {exact['old']}/{len(docs)}, new {exact['new']}/{len(docs)}")
    (HERE / "results" / "table.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
