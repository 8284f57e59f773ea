"""audit27 probes (smallest reproductions, FINDINGS.md). Usage from the worktree:
PYTHONPATH=$PWD /work/main/.venv/bin/python samples/audit27/probe_audit27.py
P1: reportlab Table, repeatRows=1, splitInRow=1: a page that opens with the rest of a split row. Six rows of
component 3.1/3.2 at 13 pt landscape, splitInRow on, with the dimension column merged (a row is then split at the page end) and without; counts the rows phuluc reads and its warnings."""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_audit27 as b  # noqa: E402
from data_audit27 import base_rows  # noqa: E402

OUT = HERE / "probes"
CLI = [sys.executable, "-m", "phuluc.cli"]


def p1():
    rows = base_rows([(3, 1, [1, 1]), (3, 2, [1, 1]), (3, 3, [1, 1])])
    for split, merge in ((True, ("dimension",)), (True, ())):
        sp = b.spec("reportlab", "merged", b.MERGED, "province", 2025, size=13, split=split, merge=merge)
        b.HERE = OUT
        pdf = b.render_one(sp, rows, f"p1-merge{len(merge)}")
        out = Path(f"/tmp/a27/probe-p1-{len(merge)}")
        r = subprocess.run(CLI + ["extract", str(pdf), "--out", str(out)], capture_output=True, text=True,
                           env=dict(os.environ))
        doc = json.loads((out / "plan.json").read_text(encoding="utf-8"))["documents"][0]
        pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0]
        print(f"P1 splitInRow={split}, merged={merge}: {pages} pages, {len(rows)} rows written, {len(doc['rows'])} read "
              f"{[r['key'] for r in doc['rows']]}; coverage complete={doc['coverage']['complete']}")
        for w in doc["warnings"]:
            print("   warning:", w[:200])


if __name__ == "__main__":
    p1()
