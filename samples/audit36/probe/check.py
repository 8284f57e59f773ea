"""Extract every audit36 document with phuluc and compare cell by cell with expected/.
Run: /work/main/.venv/bin/python check.py [--engine pdfplumber] [DOC...]
Prints per document: exit status, rows, exact cells / total, warnings, each differing cell
(expected vs got), rows it gave that match none, and whether the stamp text reached a cell.
Writes results/<doc>.<engine>.json."""
import argparse, difflib, json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["key", "dimension", "component", "indicators", "tasks", "implementing", "lead",
          "sector_guidance", "coordinating"]
STAMP = "ĐÃ KÝ"


def run(doc, engine):
    out = tempfile.mkdtemp(prefix="a36-")
    cmd = [os.environ.get("PY", "/work/main/.venv/bin/python"), "-m", "phuluc", "extract",
           os.path.join(HERE, "docs", doc), "--out", out]
    if engine:
        cmd += ["--engine", engine]
    env = dict(os.environ, PYTHONPATH=os.environ.get("PHULUC", "/work/main"))
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    try:
        plan = json.load(open(os.path.join(out, "plan.json"), encoding="utf-8"))
    except OSError:
        plan = {"documents": [], "failures": []}
    return p.returncode, p.stderr, plan


def compare(exp, got):
    """Pair rows by key (first unused), else by position."""
    diffs, exact, total, used = [], 0, 0, set()
    by_key = {}
    for g in got:
        by_key.setdefault(g.get("key"), []).append(g)
    rows_exact = 0
    for i, e in enumerate(exp):
        g = next((c for c in by_key.get(e["key"], []) if id(c) not in used), None)
        if g is None and i < len(got) and id(got[i]) not in used:
            g = got[i]
        if g is not None:
            used.add(id(g))
        ok = True
        for f in FIELDS:
            total += 1
            want, have = e.get(f, ""), (g or {}).get(f)
            if have == want:
                exact += 1
            else:
                ok = False
                diffs.append((e["key"], f, want, have))
        rows_exact += ok
    return exact, total, rows_exact, diffs, [g for g in got if id(g) not in used]


def snippet(want, have):
    if have is None or len(want) + len(have) < 160:
        return f"want {want!r} | got {have!r}"
    sm = difflib.SequenceMatcher(None, want, have, autojunk=False)
    parts = [f"want {want[max(0, a0 - 25):a1 + 25]!r} | got {have[max(0, b0 - 25):b1 + 25]!r}"
                       for op, a0, a1, b0, b1 in sm.get_opcodes() if op != "equal"]
    return " ;; ".join(parts[:3]) + (f" ;; (+{len(parts) - 3} more)" if len(parts) > 3 else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default=None)
    ap.add_argument("docs", nargs="*")
    a = ap.parse_args()
    docs = a.docs or sorted(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith((".pdf", ".docx")))
    for doc in docs:
        if a.engine and not doc.endswith(".pdf"):
            continue
        exp = json.load(open(os.path.join(HERE, "expected", doc + ".json"), encoding="utf-8"))
        rc, err, plan = run(doc, a.engine)
        d = plan["documents"][0] if plan["documents"] else {"rows": [], "warnings": []}
        exact, total, rows_exact, diffs, extra = compare(exp, d["rows"])
        eng = a.engine or "default"
        stamp_cells = [(r.get("key"), f) for r in d["rows"] for f in FIELDS if STAMP in (r.get(f) or "")]
        print(f"== {doc} [{eng}] exit={rc} rows={len(d['rows'])}/{len(exp)} rows-exact={rows_exact} "
              f"cells {exact}/{total} coverage={d.get('coverage')}")
        for w in d.get("warnings", []):
            print("   WARNING:", w[:400])
        if rc != 0:
            print("   STDERR:", err.strip()[:600])
        for fl in plan.get("failures", []):
            print("   FAILURE:", fl)
        for k, f, want, have in diffs[: int(os.environ.get("MAXDIFF", "40"))]:
            print(f"   {k} {f}: " + snippet(want, have))
        for g in extra:
            print("   EXTRA ROW:", {f: (g.get(f) or "")[:80] for f in FIELDS})
        if stamp_cells:
            print("   STAMP TEXT IN CELLS:", stamp_cells)
        json.dump({"doc": doc, "engine": eng, "exit": rc, "stderr": err, "rows": len(d["rows"]),
                   "rows_exact": rows_exact, "exact": exact, "total": total, "diffs": diffs,
                   "extra": extra, "warnings": d.get("warnings", []), "stamp_cells": stamp_cells,
                   "coverage": d.get("coverage")},
                  open(os.path.join(HERE, "results", f"{doc}.{eng}.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
