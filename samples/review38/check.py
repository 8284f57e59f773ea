"""Run phuluc on review38 probes and compare with expected/ (written by hand).
Run: /work/main/.venv/bin/python check.py [--code DIR] [--engine pdfplumber] [--tag TAG] DOC...
Prints per document: exit, rows got/expected, exact rows, each differing cell, warnings.
Writes results/<doc>.<tag>.<engine>.json."""
import argparse, json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["key", "dimension", "component", "indicators", "tasks", "implementing", "lead",
          "sector_guidance", "coordinating", "deadline"]


import re

LABEL_NO = re.compile(r"^\s*(?:[IVX]+|\d+(?:\.\d+)*)[.)/]?\s+")


def norm(field, value):
    """Group labels compared without their opening number ("1. Tri thức" ~ "Tri thức"); "*" matches anything."""
    value = value or ""
    value = " ".join(value.split())
    return LABEL_NO.sub("", value) if field in ("dimension", "component") else value


def same(field, exp, got):
    """Text fields: the expected text is a prefix of what was read (expected written short by hand)."""
    e, g = norm(field, exp), norm(field, got)
    return g.startswith(e) if field in ("indicators", "tasks") and e else e == g


def run(doc, code, engine):
    out = tempfile.mkdtemp(prefix="r38-")
    cmd = ["/work/main/.venv/bin/python", "-m", "phuluc", "extract", doc, "--out", out]
    if engine:
        cmd += ["--engine", engine]
    p = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=code))
    try:
        plan = json.load(open(os.path.join(out, "plan.json"), encoding="utf-8"))
    except OSError:
        plan = {"documents": [], "failures": []}
    return p.returncode, p.stderr, plan


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", default="/work/main")
    ap.add_argument("--engine", default="")
    ap.add_argument("--tag", default="main")
    ap.add_argument("docs", nargs="+")
    a = ap.parse_args()
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    for doc in a.docs:
        name = os.path.basename(doc)
        exp = json.load(open(os.path.join(HERE, "expected", name + ".json"), encoding="utf-8"))
        exp = exp["rows"] if isinstance(exp, dict) else exp
        rc, err, plan = run(doc, a.code, a.engine)
        d = plan["documents"][0] if plan["documents"] else {}
        got = d.get("rows", [])
        diffs, exact = [], 0
        for i in range(max(len(exp), len(got))):
            e = exp[i] if i < len(exp) else {}
            g = got[i] if i < len(got) else {}
            bad = [(f, e.get(f, "-"), g.get(f, "-")) for f in FIELDS if f in e and e.get(f) != "*"
                   and not same(f, e.get(f, "-"), g.get(f, "-"))]
            exact += not bad
            diffs += [f"  row {i} {f}: expected {ev!r} got {gv!r}" for f, ev, gv in bad]
        warns = d.get("warnings", [])
        tag = f"{a.tag}.{a.engine or 'default'}"
        print(f"{name} [{tag}] exit {rc} rows {len(got)}/{len(exp)} exact {exact}/{len(exp)} warnings {len(warns)}")
        for line in diffs[:12]:
            print(line[:300])
        print("  J:", d.get("jurisdiction"), "| title:", (d.get("title") or "")[:80])
        for w in warns:
            print("  W:", str(w)[:300])
        if plan["failures"]:
            print("  FAIL:", plan["failures"])
        if rc and not plan["documents"]:
            print("  stderr:", err[-400:])
        json.dump({"exit": rc, "rows": got, "warnings": warns, "failures": plan["failures"],
                   "extra": [r.get("extra") for r in got], "jurisdiction": d.get("jurisdiction")},
                  open(os.path.join(HERE, "results", f"{name}.{tag}.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
