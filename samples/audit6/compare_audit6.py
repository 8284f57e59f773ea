"""Compare phuluc's output for one sixth-audit document with its hand-written expected jurisdiction and rows.

    python samples/audit6/compare_audit6.py EXPECTED.json OUTDIR LOGFILE EXIT_STATUS

Prints the jurisdiction expected and got (level, word, name, province, year), the warnings, the rows
that differ (key, group labels, tasks, agency cells, deadline: white space folded, NFC), which lists
the agency mentions were resolved against (the id's first part: a place slug for the catalogue of a
jurisdiction, "tinh"/"thanh-pho"/... for the built-in list) and their methods, then one verdict:
right / WRONG-warned (a wrong or missing jurisdiction and a warning that names the jurisdiction) /
SILENT (wrong or missing jurisdiction, or wrong rows, and no such warning) / wrong refusal / traceback.
Names are compared after NFC and case folding (a name in the document's capitals is right); a
province in "province_also" (the one a document that does not name its province is really in) is right.
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROW_FIELDS = ("key", "dimension", "component", "tasks", "lead", "coordinating", "deadline")
JURIS_WORDS = ("jurisdiction", "--jurisdiction", "where the plan")


def fold(value: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(value)).split()).casefold()


def juris_diffs(exp: dict, got: dict | None, province_also: list[str]) -> list[str]:
    if not got:
        return ["no jurisdiction (null)"]
    out = []
    for k in ("level", "word", "name", "province", "year"):
        ok = fold(exp[k]) == fold(got.get(k, ""))
        if k == "province" and not ok:
            ok = fold(got.get(k, "")) in {fold(p) for p in province_also}
        if not ok:
            out.append(f"{k}: expected {exp[k]!r}, got {got.get(k)!r}")
    return out


def main() -> int:
    exp_path, outdir, log, status = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    expected = json.loads(exp_path.read_text(encoding="utf-8"))
    stderr = log.read_text(encoding="utf-8", errors="replace")
    if "Traceback" in stderr:
        print("VERDICT: traceback")
        return 0
    plan_path = outdir / "plan.json"
    docs = json.loads(plan_path.read_text(encoding="utf-8"))["documents"] if plan_path.exists() else []
    if status != 0 or not docs:
        print(f"exit {status}, documents {len(docs)}")
        print("VERDICT: wrong refusal")
        return 0
    doc = docs[0]
    got = doc.get("jurisdiction")
    print("expected jurisdiction:", expected["jurisdiction"], "| also:", expected["province_also"])
    print("got jurisdiction:     ", got)
    jd = juris_diffs(expected["jurisdiction"], got, expected["province_also"])
    for d in jd:
        print("  JURISDICTION", d)
    warnings = doc.get("warnings", [])
    for w in warnings:
        print("  warning:", w[:300])
    rows, exp_rows = doc.get("rows", []), expected["rows"]
    wrong_rows = 0
    if len(rows) != len(exp_rows):
        print(f"  ROWS expected {len(exp_rows)}, got {len(rows)}")
    for e, g in zip(exp_rows, rows):
        bad = [f for f in ROW_FIELDS if fold(e[f]) != fold(g.get(f, ""))]
        if bad:
            wrong_rows += 1
            print(f"  ROW {e['key']}: " + "; ".join(f"{f}: expected {e[f]!r} got {g.get(f)!r}" for f in bad))
    lists: Counter[str] = Counter()
    methods: Counter[str] = Counter()
    with (outdir / "agency_mentions.csv").open(encoding="utf-8-sig") as f:
        for m in csv.DictReader(f):
            lists[m["id"].rsplit("/", 1)[0] if "/" in m["id"] else ("(unmatched)" if not m["id"] else m["id"])] += 1
            methods[m["method"] or "(none)"] += 1
    print("  mention lists:", dict(lists))
    print("  mention methods:", dict(methods))
    rows_ok = len(rows) == len(exp_rows) and wrong_rows == 0
    warned = any(any(w in x.lower() for w in JURIS_WORDS) for x in warnings)
    if not jd and rows_ok:
        verdict = "right"
    elif warned:
        verdict = "WRONG-warned"
    else:
        verdict = "SILENT"
    print(f"VERDICT: {verdict} (jurisdiction {'right' if not jd else 'WRONG'}, rows {'right' if rows_ok else 'WRONG'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
