"""Compare phuluc's plan.json rows with the generator's expected rows.

python check.py DATA.json OUT/plan.json [--source NAME]
Counts: rows expected / got, keys missing / extra / duplicated, per field exact and
whitespace-insensitive matches; prints the first differences.
"""
import difflib
import json
import re
import sys
import unicodedata

FIELDS = ["indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"]


def ws(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def label(s):
    return re.sub(r"^\s*\d+\.\s*", "", ws(s))


def main(a):
    exp = json.load(open(a[0], encoding="utf-8"))["expected"]
    plan = json.load(open(a[1], encoding="utf-8"))
    docs = plan["documents"]
    if "--source" in a:
        docs = [d for d in docs if d["source"] == a[a.index("--source") + 1]]
    doc = docs[0]
    got = doc["rows"]
    print(f"{doc['source']}: pages {doc.get('pages')} expected {len(exp)} rows, got {len(got)}; "
          f"warnings {len(doc.get('warnings', []))}; failures {len(plan.get('failures', []))}")
    for w in doc.get("warnings", [])[:8]:
        print("  WARN", str(w)[:300])
    gk = {}
    for r in got:
        gk.setdefault(r["key"], []).append(r)
    ek = {r["key"]: r for r in exp}
    missing = [k for k in ek if k not in gk]
    extra = [k for k in gk if k not in ek]
    dup = [k for k, v in gk.items() if len(v) > 1]
    print(f"  keys: missing {len(missing)} {missing[:10]} extra {len(extra)} {extra[:10]} dup {len(dup)}")
    exact = {f: 0 for f in FIELDS + ["dimension", "component"]}
    loose = dict(exact)
    shown = 0
    for k, e in ek.items():
        if k not in gk:
            continue
        g = gk[k][0]
        for f in exact:
            ev, gv = e[f], g.get(f, "")
            if f in ("dimension", "component"):
                ev, gv = label(ev), label(gv)
            if ev == gv:
                exact[f] += 1
            if ws(ev) == ws(gv):
                loose[f] += 1
            elif shown < int(a[a.index("--show") + 1]) if "--show" in a else shown < 6:
                shown += 1
                sm = difflib.SequenceMatcher(None, ws(ev), ws(gv), autojunk=False)
                ops = [(t, ws(ev)[i1:i2][:80], ws(gv)[j1:j2][:80]) for t, i1, i2, j1, j2 in sm.get_opcodes() if t != "equal"]
                print(f"  DIFF {k} {f} len exp {len(ev)} got {len(gv)} pages {g.get('pages')}: {ops[:3]}")
    n = len(ek)
    print("  exact:", {f: f"{v}/{n}" for f, v in exact.items()})
    print("  ws-insensitive:", {f: f"{v}/{n}" for f, v in loose.items()})
    bad = sum(1 for k, e in ek.items() if k not in gk or any(ws(e[f]) != ws(gk[k][0].get(f, "")) for f in FIELDS))
    print(f"  rows with every text field right (spacing aside): {n - bad}/{n}")


if __name__ == "__main__":
    main(sys.argv[1:])
