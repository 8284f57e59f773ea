"""audit23: compare phuluc's outputs (results/<doc>/) with the hand-written <doc>.expected.json.

Usage: /work/main/.venv/bin/python compare_audit23.py [--details]
Per document: jurisdiction (level, name, province) right?; per expected mention RIGHT (id is the expected
type at the expected level/place and `requested` as expected), FLAGGED (not right, but in review.csv),
SILENT (not right and not in review.csv). Expected "none" is right when unmatched. An expected mention no
output mention covers is MISSED (FLAGGED if its cell has a review line, else SILENT); an output mention
aligned to no expected one is STRAY (same rule). Writes results/summary.json."""
import csv
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return "-".join(s.split())


def key(s):
    s = unicodedata.normalize("NFC", s).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def id_ok(exp, m, unit_slug, prov_slug):
    mid = m.get("id")
    if exp["tier"] == "none":
        return mid is None
    if not mid:
        return False
    parts = mid.split("/")
    if parts[-1] != exp["type"]:
        return False
    if exp["tier"] == "own":
        return len(parts) >= 2 and parts[-2] == unit_slug
    # province: "<prov>/<type>"; "tinh/<type>" (province unknown) counted separately
    return len(parts) == 2 and parts[0] in (prov_slug, "tinh")


def align(exps, outs):
    pairs, used = [], set()
    for e in exps:
        best = None
        for j, m in enumerate(outs):
            if j in used:
                continue
            if key(m["raw"]) == key(e["raw"]):
                best = j
                break
        if best is None:
            for j, m in enumerate(outs):
                if j not in used and (key(e["raw"]) in key(m["raw"]) or key(m["raw"]) in key(e["raw"])):
                    best = j
                    break
        if best is not None:
            used.add(best)
        pairs.append((e, best))
    strays = [j for j in range(len(outs)) if j not in used]
    return pairs, strays


def compare(exp_path, details):
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    name = exp_path.name[: -len(".expected.json")]
    out = HERE / "results" / name
    doc = json.loads((out / "plan.json").read_text(encoding="utf-8"))["documents"][0]
    review = {(r["key"], r["role"], int(r["position"])) for r in csv.DictReader(
        open(out / "review.csv", encoding="utf-8-sig"))}
    ej, j = exp["jurisdiction"], doc.get("jurisdiction") or {}
    jur = {f: (j.get(f), ej[f], j.get(f) == ej[f]) for f in ("level", "name", "province", "year")}
    unit_slug = slug(f"{ej['word']} {ej['name']}")
    prov_slug = slug(ej["province"])
    counts = {"RIGHT": 0, "FLAGGED": 0, "SILENT": 0, "right_but_reviewed": 0, "right_generic_province": 0}
    lines = []
    rows = doc["rows"]
    for i, erow in enumerate(exp["rows"]):
        orow = next((r for r in rows if r["indicators"] == erow["indicators"]), rows[i] if i < len(rows) else None)
        for role in ("lead", "coordinating"):
            exps = [e for e in erow["mentions"] if e["role"] == role]
            outs = orow["agencies"][role] if orow else []
            cell_reviewed = orow and any((orow["key"], role, p + 1) in review for p in range(len(outs)))
            pairs, strays = align(exps, outs)
            for e, jx in pairs:
                if jx is None:
                    verdict = "FLAGGED" if cell_reviewed else "SILENT"
                    lines.append(f"{name} {orow and orow['key']} {role} MISSED {e['raw']!r} -> {verdict}")
                    counts[verdict] += 1
                    continue
                m = outs[jx]
                flagged = (orow["key"], role, jx + 1) in review
                ok = id_ok(e, m, unit_slug, prov_slug) and bool(m["requested"]) == e["requested"]
                if ok:
                    counts["RIGHT"] += 1
                    counts["right_but_reviewed"] += flagged
                    counts["right_generic_province"] += (m.get("id") or "").startswith("tinh/")
                    if details:
                        lines.append(f"{name} {orow['key']} {role} ok {e['raw']!r} -> {m['id']} ({m['method']}"
                                     f"{', reviewed' if flagged else ''})")
                else:
                    verdict = "FLAGGED" if flagged else "SILENT"
                    counts[verdict] += 1
                    lines.append(f"{name} {orow['key']} {role} {verdict} {e['raw']!r}: expected {e['tier']}/"
                                 f"{e['type']} req={e['requested']}; got raw={m['raw']!r} id={m['id']} "
                                 f"method={m['method']} score={m['score']} req={m['requested']}")
            for jx in strays:
                m = outs[jx]
                flagged = (orow["key"], role, jx + 1) in review
                verdict = "FLAGGED" if flagged else "SILENT"
                counts[verdict] += 1
                lines.append(f"{name} {orow['key']} {role} STRAY {m['raw']!r} id={m['id']} -> {verdict}")
    return name, jur, counts, lines, doc.get("warnings", [])


def main():
    details = "--details" in sys.argv
    summary = {}
    print(f"{'document':24} {'jurisdiction':38} {'right':>5} {'flag':>5} {'SILENT':>6}  (right+reviewed, generic tỉnh)")
    all_lines = []
    for p in sorted(HERE.glob("*.expected.json")):
        name, jur, c, lines, warns = compare(p, details)
        jr = all(v[2] for v in jur.values())
        got = ", ".join(f"{k}={v[0]!r}" for k, v in jur.items() if not v[2])
        print(f"{name:24} {'right' if jr else 'WRONG: ' + got:38} {c['RIGHT']:5} {c['FLAGGED']:5} {c['SILENT']:6}"
              f"  ({c['right_but_reviewed']}, {c['right_generic_province']})")
        summary[name] = {"jurisdiction": {k: list(v) for k, v in jur.items()}, "counts": c, "lines": lines,
                         "warnings": warns}
        all_lines += lines
    print()
    print("\n".join(all_lines))
    (HERE / "results" / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
