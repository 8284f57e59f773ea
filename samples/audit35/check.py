"""Extract every audit35 document with phuluc and compare cell by cell with expected/.
Run: /work/main/.venv/bin/python check.py [--engine pdfplumber] [DOC...]
Writes results/<doc>.<engine>.json and prints per document: exact cells / total,
then each cell that differs (expected vs got), the run's exit status and warnings."""
import argparse, difflib, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["key", "dimension", "component", "indicators", "tasks", "implementing", "lead",
          "sector_guidance", "coordinating"]


def run(doc, engine):
    out = tempfile.mkdtemp(prefix="a35-")
    cmd = [os.environ.get("PY", "/work/main/.venv/bin/python"), "-m", "phuluc", "extract",
           os.path.join(HERE, "docs", doc), "--out", out]
    if engine and doc.endswith(".pdf"):
        cmd += ["--engine", engine]
    env = dict(os.environ, PYTHONPATH=os.environ.get("PHULUC", os.path.abspath(os.path.join(HERE, "..", ".."))))
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    try:
        plan = json.load(open(os.path.join(out, "plan.json"), encoding="utf-8"))
    except OSError:
        plan = {"documents": [], "failures": []}
    return p.returncode, p.stderr, plan


def compare(exp, got):
    """Pair rows by position after pairing by key where possible."""
    diffs, exact, total = [], 0, 0
    by_key = {}
    for g in got:
        by_key.setdefault(g.get("key"), []).append(g)
    used = set()
    for i, e in enumerate(exp):
        cand = by_key.get(e["key"]) or []
        g = next((c for c in cand if id(c) not in used), None)
        if g is None and i < len(got) and id(got[i]) not in used:
            g = got[i]
        if g is not None:
            used.add(id(g))
        for f in FIELDS:
            total += 1
            want, have = e.get(f, ""), (g or {}).get(f, None)
            if have == want:
                exact += 1
            else:
                diffs.append((e["key"], f, want, have))
    extra = [g for g in got if id(g) not in used]
    return exact, total, diffs, extra


def snippet(want, have):
    """The differing stretch of two cell texts, with a few characters around it."""
    if have is None or len(want) + len(have) < 160:
        return f"want {want!r} | got {have!r}"
    sm = difflib.SequenceMatcher(None, want, have, autojunk=False)
    parts = []
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op != "equal":
            parts.append(f"want {want[max(0, a0 - 25):a1 + 25]!r} | got {have[max(0, b0 - 25):b1 + 25]!r}")
    return " ;; ".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default=None)
    ap.add_argument("docs", nargs="*")
    a = ap.parse_args()
    docs = a.docs or sorted(f for f in os.listdir(os.path.join(HERE, "docs")) if f.endswith((".pdf", ".docx")))
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    for doc in docs:
        if a.engine and not doc.endswith(".pdf"):
            continue
        exp = json.load(open(os.path.join(HERE, "expected", doc + ".json"), encoding="utf-8"))
        rc, err, plan = run(doc, a.engine)
        d = plan["documents"][0] if plan["documents"] else {"rows": [], "warnings": []}
        exact, total, diffs, extra = compare(exp, d["rows"])
        eng = a.engine or "default"
        print(f"== {doc} [{eng}] exit={rc} rows={len(d['rows'])}/{len(exp)} cells {exact}/{total}")
        for w in d.get("warnings", []):
            print("   WARNING:", w[:300])
        for fl in plan.get("failures", []):
            print("   FAILURE:", fl)
        for k, f, want, have in diffs:
            print(f"   {k} {f}: " + snippet(want, have))
        for g in extra:
            print("   EXTRA ROW:", {f: g.get(f) for f in FIELDS})
        json.dump({"doc": doc, "engine": eng, "exit": rc, "stderr": err, "exact": exact, "total": total,
                   "diffs": diffs, "extra": extra, "warnings": d.get("warnings", [])},
                  open(os.path.join(HERE, "results", f"{doc}.{eng}.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
