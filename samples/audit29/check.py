"""Run phuluc extract on each audit29 document and compare its rows with the hand-written expectation.

Usage: python check.py [NAME...]   (default: the non-held-out documents)
Writes out/<name>/ (phuluc's outputs) and results/<name>.txt (every differing cell)."""
import csv, difflib, json, os, re, sqlite3, subprocess, sys
from pathlib import Path
from spec import DOCS, LAYOUTS, doc

HERE = Path(__file__).parent
FIELDS = ["key", "dimension_no", "component_no", "dimension", "component", "indicators", "tasks",
          "implementing", "lead", "sector_guidance", "coordinating", "deadline", "expected_result", "budget"]
PHULUC = [sys.executable, "-m", "phuluc.cli"]


def line_ends(s):
    return "\n".join(x.rstrip() for x in str(s).split("\n")).strip()


def fold(s):
    return " ".join(str(s).split())


def run(name):
    d = doc(name)
    ext = ".pdf" if d["producer"] in ("lo", "html", "rl") else ".docx"
    out = HERE / "out" / name
    p = subprocess.run(PHULUC + ["extract", str(HERE / (name + ext)), "--out", str(out)],
                       capture_output=True, text=True, cwd=HERE)
    return d, out, p


def compare(name):
    d, out, p = run(name)
    exp = json.loads((HERE / (name + ".expected.json")).read_text(encoding="utf-8"))
    rep = [f"# {name}: exit {p.returncode}", "stderr: " + p.stderr.strip().replace("\n", "\n  ")]
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    if not plan["documents"]:
        rep.append(f"failures: {plan['failures']}")
        return rep, dict(name=name, exit=p.returncode, rows=f"0/{len(exp)}", cells=f"0/?", warnings="-")
    docj = plan["documents"][0]
    got = docj["rows"]
    rep.append("warnings: " + json.dumps(docj.get("warnings"), ensure_ascii=False))
    rep.append("coverage: " + json.dumps(docj.get("coverage")))
    fields = ["key", "dimension_no", "component_no"] + [f for _, f in LAYOUTS[d["layout"]]]
    sm = difflib.SequenceMatcher(None, [e["key"] for e in exp], [g["key"] for g in got], autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal" or (i2 - i1 == j2 - j1):
            pairs += list(zip(range(i1, i2), range(j1, j2)))
        else:
            rep.append(f"ROWS DIFFER: expected {[e['key'] for e in exp[i1:i2]]} got {[g['key'] for g in got[j1:j2]]}")
            pairs += list(zip(range(i1, i2), range(j1, j2)))
    exact = folded = total = rows_ok = 0
    for i, j in pairs:
        e, g = exp[i], got[j]
        ok = True
        for f in fields:
            if f.startswith("extra:"):
                ev, gv = e["extra"][f[6:]], (g.get("extra") or {}).get(f[6:], "")
            else:
                ev, gv = e[f], g.get(f, "")
            total += 1
            if line_ends(ev) == line_ends(gv):
                exact += 1
                continue
            ok = False
            if fold(ev) == fold(gv):
                folded += 1
                kind = "LINES"
            else:
                kind = "TEXT"
            rep.append(f"[{kind}] row {e['key']} -> {g['key']} {f}:\n  expected {ev!r}\n  got      {gv!r}")
        for f in FIELDS:  # fields the layout has no column for must stay empty
            if f not in fields and g.get(f):
                rep.append(f"[EXTRA-FIELD] row {g['key']} {f} = {g[f]!r}")
        rows_ok += ok
    missing = len(exp) - len(pairs)
    total += missing * len(fields)
    rep += agreement(out, got)
    s = dict(name=name, exit=p.returncode, rows=f"{rows_ok}/{len(exp)} (got {len(got)})",
             cells=f"{exact}/{total}", folded=folded, warnings=len(docj.get("warnings") or []))
    return rep, s


def agreement(out, got):
    """rows.csv and plan.sqlite must hold plan.json's text (CSV: a documented leading ' allowed)."""
    rep = []
    with open(out / "rows.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    con = sqlite3.connect(out / "plan.sqlite")
    con.row_factory = sqlite3.Row
    sq = [dict(r) for r in con.execute("select * from rows order by position")]
    if len(rows) != len(got) or len(sq) != len(got):
        rep.append(f"[AGREE] counts json {len(got)} csv {len(rows)} sqlite {len(sq)}")
    for g, c, s in zip(got, rows, sq):
        for f in FIELDS:
            jv = "" if g.get(f) is None else str(g.get(f))
            cv = c.get(f, "")
            if cv != jv and not (cv == "'" + jv and jv[:1] in "=+-@\t\r"):
                rep.append(f"[AGREE] csv {g['key']} {f}: json {jv!r} csv {cv!r}")
            sv = "" if s.get(f) is None else str(s.get(f))
            if sv != jv:
                rep.append(f"[AGREE] sqlite {g['key']} {f}: json {jv!r} sqlite {sv!r}")
        if g.get("extra"):
            if json.loads(c.get("extra") or "{}") != g["extra"]:
                rep.append(f"[AGREE] csv extra {g['key']}: {c.get('extra')!r} vs {g['extra']!r}")
    return rep


if __name__ == "__main__":
    names = sys.argv[1:] or [x["name"] for x in DOCS if not x.get("heldout")]
    if names == ["all"]:
        names = [x["name"] for x in DOCS]
    (HERE / "results").mkdir(exist_ok=True)
    summary = []
    for n in names:
        rep, s = compare(n)
        (HERE / "results" / f"{n}.txt").write_text("\n".join(rep) + "\n", encoding="utf-8")
        summary.append(s)
        print(s, flush=True)
    if len(names) > 1:
        (HERE / "results" / "SUMMARY.txt").write_text("\n".join(map(str, summary)) + "\n", encoding="utf-8")
