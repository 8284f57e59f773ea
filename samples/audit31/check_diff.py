"""Compare `phuluc diff --format json` with the known changes of pair.py.

python check_diff.py CHANGES.json DIFF.json
"""
import json
import sys


def keys(items, *names):
    out = []
    for x in items:
        if isinstance(x, str):
            out.append(x)
            continue
        for n in names:
            if x.get(n):
                out.append(x[n])
                break
        else:
            out.append(json.dumps(x, ensure_ascii=False)[:120])
    return sorted(out)


def main(a):
    exp = json.load(open(a[0], encoding="utf-8"))
    got = json.load(open(a[1], encoding="utf-8"))
    ok = True
    for cat in ("added", "removed"):
        g = keys(got.get(cat, []), "key", "new_key", "old_key")
        e = sorted(exp[cat])
        ok &= g == e
        print(f"{cat}: expected {len(e)} got {len(g)} {'OK' if g == e else f'MISMATCH exp-only {sorted(set(e)-set(g))} got-only {sorted(set(g)-set(e))}'}")
    rn = got.get("renumbered", [])
    rn = [f"{k} -> {v}" for k, v in rn.items()] if isinstance(rn, dict) else rn
    g = sorted(f"{x['old_key']} -> {x['new_key']}" if isinstance(x, dict) else x for x in rn)
    e = sorted(exp["renumbered"])
    ok &= g == e
    print(f"renumbered: expected {len(e)} got {len(g)} {'OK' if g == e else f'MISMATCH exp-only {sorted(set(e)-set(g))} got-only {sorted(set(g)-set(e))}'}")
    gm = {}
    mod = got.get("modified", [])
    if isinstance(mod, dict):
        gm = {k: sorted(v) for k, v in mod.items()}
        mod = []
    for x in mod:
        k = x["new_key"] if isinstance(x, dict) and "new_key" in x else x.get("key") if isinstance(x, dict) else x
        gm[k] = sorted(x.get("fields", [])) if isinstance(x, dict) else []
    em = {k: sorted(v) for k, v in exp["modified"].items()}
    ok &= gm == em
    print(f"modified: expected {len(em)} got {len(gm)} {'OK' if gm == em else 'MISMATCH'}")
    for k in sorted(set(em) | set(gm)):
        if em.get(k) != gm.get(k):
            print(f"   {k}: expected {em.get(k)} got {gm.get(k)}")
    print("VERDICT", "EXACT" if ok else "DIFFERS")


if __name__ == "__main__":
    main(sys.argv[1:])
