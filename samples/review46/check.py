"""review46: extract docs/*.pdf with the base (2ccc78e, asked for), the tree right before the change (fc5c56c) and
the new code (this tree), score rows.csv against expected/*.json (written by build.py from the spec, never from
phuluc); write results/{base,pre,new}.json and results/table.md.

Run: /work/main/.venv/bin/python samples/review46/check.py [NAME ...]
     (worktrees made when missing: /work/wt/review46-base at 2ccc78e, /work/wt/review46-pre at fc5c56c)
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEW = HERE.parent.parent
TREES = {"base": ("/work/wt/review46-base", "2ccc78e"), "pre": ("/work/wt/review46-pre", "fc5c56c")}
FIELDS = ["dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"]


def squeeze(text: str) -> str:
    return " ".join(text.replace("(tiếp theo)", "").split())


def extract(tree: Path, doc: Path, out: Path) -> dict:
    """One document at a time: a failure of one is its own."""
    cmd = [sys.executable, "-m", "phuluc", "extract", str(doc), "--out", str(out), "-q"]
    proc = subprocess.run(cmd, cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, capture_output=True,
                          text=True)
    rows, warnings = [], []
    if (out / "rows.csv").exists():
        with open(out / "rows.csv", encoding="utf-8-sig") as f:
            rows = [r for r in csv.DictReader(f)]
        plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
        warnings = [w for d in plan["documents"] for w in d["warnings"]]
    return {"rc": proc.returncode, "rows": rows, "warnings": warnings, "stderr": proc.stderr[-300:]}


def agree(want: dict, got: dict) -> int:
    return sum(squeeze(got.get(f, "")) == squeeze(want[f]) for f in FIELDS)


def score(expected: list[dict], got: dict) -> dict:
    """Cells right (rows paired greedily in order: the unused read row agreeing on most fields), extra rows."""
    read = got["rows"]
    used: set[int] = set()
    right, wrong = 0, []
    for n, want in enumerate(expected):
        best = max((i for i in range(len(read)) if i not in used), key=lambda i: (agree(want, read[i]), -i),
                   default=None)
        if best is not None and agree(want, read[best]) >= 2:
            used.add(best)
            row = read[best]
        else:
            row = None
        for f in FIELDS:
            text = squeeze(row.get(f, "")) if row else None
            if text == squeeze(want[f]):
                right += 1
            else:
                wrong.append(f"row {n + 1}.{f}: got {text!r:.100} want {squeeze(want[f])!r:.100}")
    extra = [f"{squeeze(r['indicators'])[:50]!r} / {squeeze(r['tasks'])[:50]!r}" for i, r in enumerate(read)
             if i not in used]
    return {"right": right, "cells": len(expected) * len(FIELDS), "rows_read": len(read), "rows_want": len(expected),
            "extra": extra, "wrong": wrong}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    trees = {"new": NEW}
    for tag, (path, commit) in TREES.items():
        if not Path(path).exists():
            subprocess.run(["git", "-C", str(NEW), "worktree", "add", "--detach", path, commit], check=True)
        trees[tag] = Path(path)
    docs = sorted((HERE / "docs").glob("*.pdf"))
    if args.names:
        docs = [p for p in docs if p.stem in args.names]
    results: dict[str, dict] = {tag: {} for tag in ("base", "pre", "new")}
    for doc in docs:
        spec = json.loads((HERE / "expected" / f"{doc.stem}.json").read_text(encoding="utf-8"))
        for tag in results:
            got = extract(trees[tag], doc, Path("/tmp/review46-out") / tag / doc.stem)
            results[tag][doc.stem] = {**score(spec["rows"], got), "rc": got["rc"], "warnings": got["warnings"],
                                      "stderr": got["stderr"] if got["rc"] else ""}
    (HERE / "results").mkdir(exist_ok=True)
    if not args.names:
        for tag, res in results.items():
            (HERE / "results" / f"{tag}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1),
                                                          encoding="utf-8")
    lines = ["| document | probes | base 2ccc78e | pre fc5c56c | new | rows want / pre / new | new warnings |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    tot = {t: [0, 0, 0] for t in results}
    for doc in docs:
        note = json.loads((HERE / "expected" / f"{doc.stem}.json").read_text(encoding="utf-8"))["note"]
        cells = []
        for tag in results:
            r = results[tag][doc.stem]
            tot[tag][0] += r["right"]
            tot[tag][1] += r["cells"]
            tot[tag][2] += r["right"] == r["cells"] and not r["extra"]
            cells.append(f"{r['right']}/{r['cells']}" + (" (exit 1)" if r["rc"] else ""))
        p, n = results["pre"][doc.stem], results["new"][doc.stem]
        lines.append(f"| {doc.stem} | {note} | {' | '.join(cells)} | {n['rows_want']} / {p['rows_read']} / "
                     f"{n['rows_read']} | {len(n['warnings'])} |")
    lines.append(f"| **all** | | {' | '.join(f'{v[0]}/{v[1]}' for v in tot.values())} | | |")
    lines.append(f"\nexact documents: {', '.join(f'{t} {v[2]}/{len(docs)}' for t, v in tot.items())}")
    if not args.names:
        (HERE / "results" / "table.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
