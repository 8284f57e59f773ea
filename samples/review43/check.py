"""review43: extract each PDF with this worktree (after) and /work/wt/review43-base (85011d5, before 0.35) and compare
rows.csv with the hand expectation: the cells typed into the builder (REP / R), one row per data row, nothing in extra.
Run: /work/main/.venv/bin/python check.py docs/g-*.pdf"""
import csv
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "review38"))
from build_html import R  # noqa: E402

REP = {k: v[:2] + ("UBND cấp xã", "Phòng Nội vụ") + v[4:] for k, v in R.items()}
FIELDS = ("indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating")
KEYS = {"1.1.1": "111", "1.1.2": "112", "1.2.1": "121", "1.3.1": "131", "2.1.1": "211", "2.2.1": "221"}
TREES = {"after": HERE.parent.parent, "before": Path("/work/wt/review43-base")}


def squeeze(s):
    return " ".join(s.split())


def run(tree, pdf, out):
    p = subprocess.run([sys.executable, "-m", "phuluc", "extract", str(pdf.resolve()), "--out", str(out), "-j", "1"],
                       cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    return p.returncode, [ln.split("warning: ", 1)[1] for ln in (p.stdout + p.stderr).splitlines() if "warning: " in ln and "section rows gave" not in ln]


def score(pdf, out):
    src = REP if pdf.name.startswith("g") else R
    rows = list(csv.DictReader(open(out / "rows.csv", encoding="utf-8-sig"))) if (out / "rows.csv").exists() else []
    bad = []
    got = {r["key"]: r for r in rows}
    for key, k in KEYS.items():
        r = got.get(key)
        if r is None:
            bad.append(f"{key} missing")
            continue
        for f, want in zip(FIELDS, src[k]):
            if squeeze(r[f]) != squeeze(want):
                bad.append(f"{key}.{f}={r[f]!r}")
        if r["extra"] not in ("", "{}"):
            bad.append(f"{key}.extra={r['extra']}")
    bad += [f"unexpected key {k}" for k in got if k not in KEYS]
    return bad


if __name__ == "__main__":
    for name in sys.argv[1:]:
        pdf = Path(name)
        for tag, tree in TREES.items():
            out = Path("/tmp/r43") / tag / pdf.stem
            rc, warns = run(tree, pdf, out)
            bad = score(pdf, out)
            print(f"{pdf.name:32} {tag:6} rc={rc} {'OK' if not bad else 'MISS ' + str(len(bad))} warns={len(warns)}")
            for b in bad[:4]:
                print("    ", b[:160])
            for w in warns:
                print("     W", w[:220])
