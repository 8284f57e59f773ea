"""Compare phuluc's outputs with the hand-written expected rows.

    /work/main/.venv/bin/python check.py OUTDIR EXPECTED_DIR [--detail]

Per document (source): rows expected/got, rows missing or extra, key differences, cell differences
(indicators, tasks, agencies, deadline, STT), dimension/component numbers, keys unique, and whether
plan.json, rows.csv and plan.sqlite agree row for row.
"""
import csv, difflib, json, re, sqlite3, sys, unicodedata
from pathlib import Path

FIELDS = ["indicators", "tasks", "implementing", "lead", "coordinating", "deadline"]


def nfc(s):
    return unicodedata.normalize("NFC", s or "").strip()


def sim(a, b):
    return difflib.SequenceMatcher(None, a, b).ratio()


def sig(r):
    return " | ".join(nfc(r.get(f, "")) for f in ("indicators", "tasks", "lead"))


def key_parts(key):
    m = re.match(r"(\d+)\.(\d+)\.", key)
    return (int(m.group(1)), int(m.group(2))) if m else None


def outputs_agree(out, source, rows):
    probs = []
    with open(out / "rows.csv", encoding="utf-8-sig") as f:
        csv_rows = [r for r in csv.DictReader(f) if r["source"] == source]
    db = sqlite3.connect(out / "plan.sqlite")
    db.row_factory = sqlite3.Row
    q = ("select r.* from rows r join documents d on d.id = r.document_id where d.source = ? order by r.position")
    sq = [dict(r) for r in db.execute(q, (source,))]
    if not (len(rows) == len(csv_rows) == len(sq)):
        probs.append(f"row counts differ: json {len(rows)}, csv {len(csv_rows)}, sqlite {len(sq)}")
    for j, c, s in zip(rows, csv_rows, sq):
        for f in ["key"] + FIELDS:
            vals = {nfc(str(j.get(f, ""))), nfc(c.get(f, "")), nfc(str(s.get(f) or ""))}
            if len(vals) > 1:
                probs.append(f"{j['key']}: {f} differs between outputs")
    return probs


def check(out, exp_dir, detail=False):
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    report = {}
    for doc in plan["documents"]:
        src = doc["source"]
        stem = re.sub(r"(\.chromium)?\.(pdf|docx)$", "", src)
        ef = exp_dir / f"{Path(stem).name}.expected.json"
        if not ef.exists():
            continue
        exp = json.loads(ef.read_text(encoding="utf-8"))["rows"]
        got = doc["rows"]
        used, pairs, missing = set(), [], []
        for e in exp:
            best, bi = 0, None
            for i, g in enumerate(got):
                if i in used:
                    continue
                s = sim(sig(e), sig(g))
                if s > best:
                    best, bi = s, i
            if bi is not None and best > 0.6:
                used.add(bi); pairs.append((e, got[bi]))
            else:
                missing.append(e["key"])
        extra = [(g["key"], nfc(g.get("indicators", ""))[:50] or nfc(g.get("tasks", ""))[:50])
                 for i, g in enumerate(got) if i not in used]
        keydiff, celldiff, stt = [], [], []
        for e, g in pairs:
            if e["key"] != g["key"]:
                keydiff.append(f"{e['key']}->{g['key']}")
            for f in FIELDS:
                if f in e and nfc(e[f]) != nfc(g.get(f, "")):
                    celldiff.append((e["key"], f, nfc(e[f])[:70], nfc(g.get(f, ""))[:70]))
            for lab, v in e.get("extra", {}).items():
                gv = nfc((g.get("extra") or {}).get(lab, ""))
                if nfc(v) != gv:
                    stt.append((e["key"], lab, v, gv))
        keys = [g["key"] for g in got]
        dups = sorted({k for k in keys if keys.count(k) > 1})
        report[src] = {"expected": len(exp), "got": len(got), "matched": len(pairs), "missing": missing,
                       "extra": extra, "key_diffs": keydiff, "cell_diffs": celldiff, "extra_col_diffs": stt,
                       "duplicate_keys": dups, "warnings": doc.get("warnings", []),
                       "outputs_disagree": outputs_agree(out, src, got)}
    return report


def show(report, detail):
    for src, r in report.items():
        ok = not (r["missing"] or r["extra"] or r["key_diffs"] or r["cell_diffs"] or r["extra_col_diffs"]
                  or r["duplicate_keys"] or r["outputs_disagree"])
        print(f"{'OK ' if ok else 'BAD'} {src}: expected {r['expected']} got {r['got']} matched {r['matched']}, "
              f"keys wrong {len(r['key_diffs'])}, cells wrong {len(r['cell_diffs'])}, "
              f"warnings {len(r['warnings'])}")
        if ok and not detail:
            continue
        for k in ("missing", "extra", "key_diffs", "duplicate_keys", "outputs_disagree"):
            if r[k]:
                print(f"    {k}: {r[k]}")
        for c in r["cell_diffs"][:8]:
            print(f"    cell {c[0]} {c[1]}:\n      exp {c[2]!r}\n      got {c[3]!r}")
        for c in r["extra_col_diffs"][:5]:
            print(f"    extra col {c}")
        if detail:
            for w in r["warnings"]:
                print(f"    warning: {w[:300]}")


if __name__ == "__main__":
    out, exp = Path(sys.argv[1]), Path(sys.argv[2])
    rep = check(out, exp, "--detail" in sys.argv)
    (out.parent / f"{out.name}.check.json").write_text(json.dumps(rep, ensure_ascii=False, indent=1), encoding="utf-8")
    show(rep, "--detail" in sys.argv)
