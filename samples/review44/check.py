"""review44: extract every docs/*.pdf with the old code (2ccc78e) and the new (this tree), score both against
expected/*.json (written by build.py from the spec) and write results/{old,new}.json and results/table.md.

Run: /work/main/.venv/bin/python samples/review44/check.py [--base DIR] [NAME ...]
The base tree defaults to /work/wt/review44-base; if absent, it is made there (git worktree add --detach ... 2ccc78e).
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
FIELDS = ("dimension", "component", "indicators", "tasks", "lead", "sector_guidance", "coordinating", "deadline")
#: warnings every document of these layouts gives, said once (not a finding)
QUIET = ("section rows gave the group labels",)


def squeeze(text: str) -> str:
    text = re.sub(r"\s*\(tiếp theo\)", "", text)
    return " ".join(text.split())


def extract(tree: Path, pdfs: list[Path], out: Path) -> None:
    """One phuluc run over all the documents (the same code for each)."""
    cmd = [sys.executable, "-m", "phuluc", "extract", *map(str, pdfs), "--out", str(out), "-q"]
    subprocess.run(cmd, cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, capture_output=True)


def read(out: Path) -> dict[str, dict]:
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    rows: dict[str, list[dict]] = {}
    with open(out / "rows.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            rows.setdefault(r["source"], []).append(r)
    docs = {d["source"]: {"header": {h["field"]: h["label"] for h in d["header"]},
                          "warnings": [w for w in d["warnings"] if not w.startswith(QUIET)],
                          "rows": rows.get(d["source"], [])} for d in plan["documents"]}
    for fail in plan.get("failures", []):
        name = Path(fail.get("path", fail.get("source", "?"))).name
        docs[name] = {"header": {}, "warnings": [f"FAILED: {fail.get('error', fail)}"], "rows": []}
    return docs


def score(expected: list[dict], got: dict | None) -> dict:
    """Cells right of the expected cells; rows read that match no expected row; the wrong cells."""
    if got is None:
        return {"right": 0, "cells": sum(len(r) for r in expected), "spurious": 0, "wrong": ["no document"]}
    by_ind = {squeeze(r["indicators"]): r for r in got["rows"]}
    right, cells, wrong, used = 0, 0, [], set()
    for want in expected:
        key = squeeze(want["indicators"])
        row = by_ind.get(key)
        for field, value in want.items():
            cells += 1
            options = {squeeze(v) for v in value} if isinstance(value, list) else {squeeze(value)}
            text = squeeze(row[field]) if row else None
            unnumbered = field in ("dimension", "component") and text in {_num(o) for o in options}
            if row and (text in options or unnumbered):
                right += 1
            else:
                wrong.append(f"{key[:40]!r}.{field}: got {text!r:.90} want {sorted(options)[0]!r:.90}")
        if row:
            used.add(key)
    spurious = [k for k in by_ind if k not in used]
    return {"right": right, "cells": cells, "spurious": len(spurious), "wrong": wrong,
            "spurious_rows": [s[:90] for s in spurious]}


def _num(label: str) -> str:
    """A group label without its number ("I. ", "2. "): a reading may keep either."""
    return re.sub(r"^[IVX\d.]+\s+", "", label)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, default=Path("/work/wt/review44-base"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    if not args.base.exists():
        subprocess.run(["git", "-C", str(NEW), "worktree", "add", "--detach", str(args.base), BASE_COMMIT], check=True)
    pdfs = sorted((HERE / "docs").glob("*.pdf"))
    if args.names:
        pdfs = [p for p in pdfs if p.stem in args.names]
    results: dict[str, dict] = {}
    for tag, tree in (("old", args.base), ("new", NEW)):
        out = Path("/tmp/review44-out") / tag
        extract(tree, pdfs, out)
        docs = read(out)
        results[tag] = {}
        for pdf in pdfs:
            expected = json.loads((HERE / "expected" / f"{pdf.stem}.json").read_text(encoding="utf-8"))
            got = docs.get(pdf.name)
            results[tag][pdf.stem] = {**score(expected, got), "header": got["header"] if got else {},
                                      "warnings": got["warnings"] if got else []}
    (HERE / "results").mkdir(exist_ok=True)
    for tag, res in results.items():
        (HERE / "results" / f"{tag}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = ["| document | old cells | new cells | old spurious rows | new spurious rows | change |",
             "| --- | --- | --- | --- | --- | --- |"]
    tot = {"old": [0, 0], "new": [0, 0]}
    for pdf in pdfs:
        o, n = results["old"][pdf.stem], results["new"][pdf.stem]
        for tag, r in (("old", o), ("new", n)):
            tot[tag][0] += r["right"]
            tot[tag][1] += r["cells"]
        old_ok = o["right"] == o["cells"] and not o["spurious"]
        new_ok = n["right"] == n["cells"] and not n["spurious"]
        change = "" if (o["right"], o["spurious"]) == (n["right"], n["spurious"]) else (
            "fixed" if new_ok else "WORSE" if n["right"] < o["right"] or n["spurious"] > o["spurious"] else "better")
        if new_ok and old_ok:
            change = ""
        lines.append(f"| {pdf.stem} | {o['right']}/{o['cells']} | {n['right']}/{n['cells']} | {o['spurious']} | "
                     f"{n['spurious']} | {change} |")
    lines.append(f"| **all** | {tot['old'][0]}/{tot['old'][1]} | {tot['new'][0]}/{tot['new'][1]} | | | |")
    exact = {t: sum(1 for r in results[t].values() if r["right"] == r["cells"] and not r["spurious"]) for t in tot}
    lines.append(f"\nexact documents: old {exact['old']}/{len(pdfs)}, new {exact['new']}/{len(pdfs)}")
    (HERE / "results" / "table.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
