"""Run phuluc on each audit37 document with both engines and compare with the expected rows.

Comparison: whitespace runs (incl. newlines) normalised to one space ("ws"); newline
structure is compared separately (a cell's lines joined by \n) and reported as "nl" only.
Usage: check.py [DOC-STEM ...]   (results in results/<stem>.<engine>/)
"""
import difflib, json, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WT = HERE.parents[1]
PY = "/work/main/.venv/bin/python"
FIELDS = ["key", "dimension", "component", "indicators", "tasks", "implementing", "lead",
          "sector_guidance", "coordinating"]


def ws(s):
    return re.sub(r"\s+", " ", s or "").strip()


def run(doc, engine):
    out = HERE / "results" / f"{doc.stem}.{engine}"
    cmd = [PY, "-m", "phuluc.cli", "extract", str(doc), "--out", str(out)]
    if engine != "pdfium":
        cmd += ["--engine", engine]
    p = subprocess.run(cmd, cwd=WT, capture_output=True, text=True,
                       env={"PYTHONPATH": str(WT), "PATH": "/usr/bin:/bin"})
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / f"{doc.stem}.{engine}.stderr").write_text(p.stderr)
    return p, out


def compare(doc, engine):
    exp = json.load(open(doc.with_suffix("").with_suffix(".expected.json") if False else
                         doc.parent / (doc.stem + ".expected.json"), encoding="utf-8"))["rows"]
    p, out = run(doc, engine)
    rep = {"doc": doc.name, "engine": engine, "rc": p.returncode,
           "traceback": "Traceback" in p.stderr}
    try:
        d = json.load(open(out / "plan.json", encoding="utf-8"))["documents"][0]
    except Exception as e:  # noqa
        rep["error"] = f"no plan.json: {e}; stderr: {p.stderr[-500:]}"
        return rep
    got = d["rows"]
    rep["warnings"] = d.get("warnings", [])
    rep["coverage"] = d.get("coverage")
    rep["n_expected"], rep["n_got"] = len(exp), len(got)
    sm = difflib.SequenceMatcher(a=[ws(e["tasks"])[:60] for e in exp],
                                 b=[ws(g["tasks"])[:60] for g in got], autojunk=False)
    pairs = []
    i = j = 0
    # align by position when counts match, else by the opening of tasks
    if len(exp) == len(got):
        pairs = list(zip(range(len(exp)), range(len(got))))
    else:
        for a, b, n in sm.get_matching_blocks():
            pairs += [(a + k, b + k) for k in range(n)]
    matched_e = {a for a, _ in pairs}
    matched_g = {b for _, b in pairs}
    rep["missing_rows"] = [exp[a]["key"] for a in range(len(exp)) if a not in matched_e]
    rep["extra_rows"] = [got[b]["key"] + " | " + ws(got[b]["tasks"])[:80]
                         for b in range(len(got)) if b not in matched_g]
    wrong, nl, exact = [], [], 0
    for a, b in pairs:
        e, g = exp[a], got[b]
        bad = False
        for f in FIELDS:
            if ws(e[f]) != ws(g.get(f, "")):
                bad = True
                wrong.append({"row": a + 1, "key": e["key"], "field": f,
                              "expected": e[f], "got": g.get(f, "")})
            elif e[f].strip() != (g.get(f) or "").strip():
                nl.append({"row": a + 1, "field": f, "expected_lines": e[f].count("\n") + 1,
                           "got_lines": (g.get(f) or "").count("\n") + 1})
        if "extra" in e and (g.get("extra") or {}).get("STT", "").rstrip(".") != e["extra"]["STT"]:
            bad = True
            wrong.append({"row": a + 1, "key": e["key"], "field": "extra.STT",
                          "expected": e["extra"]["STT"], "got": g.get("extra")})
        exact += not bad
    rep["rows_exact"] = exact
    rep["cells_wrong"] = wrong
    rep["newline_diffs"] = nl
    return rep


def short(s, n=160):
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[:n] + "…"


def diffpos(a, b):
    a, b = ws(a), ws(b)
    k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    return f"@{k}: exp …{a[max(0,k-40):k+60]!r} / got …{b[max(0,k-40):k+60]!r}"


if __name__ == "__main__":
    docs = sorted((HERE / "docs").glob("*.pdf")) + sorted((HERE / "docs").glob("*.docx"))
    if sys.argv[1:]:
        docs = [d for d in docs if any(d.stem.startswith(x) for x in sys.argv[1:])]
    allrep = []
    for doc in docs:
        for eng in ("pdfium", "pdfplumber"):
            r = compare(doc, eng)
            allrep.append(r)
            print(f"== {doc.name} [{eng}] rc={r['rc']} tb={r['traceback']} "
                  f"rows {r.get('rows_exact')}/{r.get('n_expected')} exact (got {r.get('n_got')}), "
                  f"cells wrong {len(r.get('cells_wrong', []))}, nl-only diffs {len(r.get('newline_diffs', []))}")
            if "error" in r:
                print("  ERROR", r["error"]); continue
            print("  coverage", r["coverage"])
            for w in r["warnings"]:
                print("  WARN", short(w, 300))
            if r["missing_rows"] or r["extra_rows"]:
                print("  missing", r["missing_rows"], "extra", r["extra_rows"])
            for c in r["cells_wrong"]:
                print(f"  CELL row{c['row']} {c['key']} {c['field']}: "
                      + (diffpos(c['expected'], c['got']) if isinstance(c['got'], str) else repr(c['got'])))
    json.dump(allrep, open(HERE / "results" / "report.json", "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
