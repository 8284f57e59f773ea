"""Compare phuluc's plan.json with expected.json, column by column.

python samples/audit40/check.py results/all/plan.json [--verbose]

For every expected row and column, the cell's text is looked up in the output row's fields:
  ok       found in an acceptable field (and nowhere else is needed)
  WRONG    found only in a field not acceptable for the column  (class a, or b if warned)
  LOST     found in no field of the row                         (class a, or b if warned)
A column is "mapped right" when it is ok in every row. dimension/component from section rows
are checked too (case-insensitive containment).
"""
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).parent
FIELDS = ["dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance",
          "coordinating", "deadline", "expected_result", "budget"]


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip().casefold()


def fields_of(row):
    out = {f: norm(row.get(f, "")) for f in FIELDS}
    extra = row.get("extra") or {}
    out["extra"] = [norm(v) for v in extra.values()]
    return out


def where(text, frow):
    """Fields holding text; a short text (an STT "1", "50") must be a whole value or line."""
    t = norm(text)
    if not t:
        return []
    res = []
    for f, v in frow.items():
        vals = v if isinstance(v, list) else [v]
        for x in vals:
            if (len(t) > 4 and t in x) or t == x or t in re.split(r"\s*[|;\n]\s*|\s+", x):
                res.append(f)
                break
    return res


def check_doc(exp, doc, verbose):
    rows = doc["rows"]
    frows = [fields_of(r) for r in rows]
    col_ok = {c["label"]: True for c in exp["columns"]}
    problems = []
    used = set()
    for ei, er in enumerate(exp["rows"]):
        # match output row: the one holding the longest cell text anywhere, else by position
        anchor = max(er["cells"].values(), key=len)
        cand = [i for i, fr in enumerate(frows) if i not in used and where(anchor, fr)]
        oi = cand[0] if cand else (ei if ei < len(frows) else None)
        if oi is None:
            problems.append(f"row {ei + 1}: no output row")
            for c in col_ok:
                col_ok[c] = False
            continue
        used.add(oi)
        fr = frows[oi]
        for c in exp["columns"]:
            text = er["cells"][c["label"]]
            if not text.strip():
                continue
            w = where(text, fr)
            if not w:
                # a short text (STT "1") may be absorbed; say LOST only if truly absent
                col_ok[c["label"]] = False
                problems.append(f"row {ei + 1} [{c['label']!r}] LOST: {text!r}")
            elif not set(w) & set(c["fields"]):
                col_ok[c["label"]] = False
                problems.append(f"row {ei + 1} [{c['label']!r}] WRONG in {w} (expected {c['fields']}): {text!r}")
            elif verbose and len(w) > 1:
                problems.append(f"row {ei + 1} [{c['label']!r}] note: also in {w}")
        for k in ("dimension", "component"):
            if k in er and norm(er[k]) not in fr[k]:
                problems.append(f"row {ei + 1} {k}: expected {er[k]!r}, got {rows[oi].get(k, '')!r}")
    exact = len(rows) == len(exp["rows"]) and not problems
    return dict(n_out=len(rows), n_exp=len(exp["rows"]), col_ok=col_ok, problems=problems, exact=exact,
                warnings=doc.get("warnings", []), header=doc.get("header"))


def main():
    plan = json.loads(pathlib.Path(sys.argv[1]).read_text())
    verbose = "--verbose" in sys.argv
    exp_all = json.loads((HERE / "expected.json").read_text())
    docs = {d["source"]: d for d in plan["documents"]}
    tot_docs = tot_exact = tot_cols = tot_cols_ok = 0
    for f in plan.get("failures", []):
        print("FAILURE", f)
    for exp in exp_all:
        for ext in ("pdf", "docx"):
            src = f"{exp['name']}.{ext}"
            if src not in docs:
                continue
            r = check_doc(exp, docs[src], verbose)
            tot_docs += 1
            tot_exact += r["exact"]
            tot_cols += len(r["col_ok"])
            tot_cols_ok += sum(r["col_ok"].values())
            print(f"== {src}: rows {r['n_out']}/{r['n_exp']}, columns right "
                  f"{sum(r['col_ok'].values())}/{len(r['col_ok'])}, {'EXACT' if r['exact'] else 'differs'}")
            for c, ok in r["col_ok"].items():
                if not ok:
                    print(f"   column {c!r}: NOT right")
            for p in r["problems"]:
                print("   ", p)
            for w in r["warnings"]:
                print("   warning:", (w if isinstance(w, str) else json.dumps(w, ensure_ascii=False))[:300])
    print(f"TOTAL documents exact {tot_exact}/{tot_docs}, columns mapped right {tot_cols_ok}/{tot_cols}")


if __name__ == "__main__":
    main()
