"""Compare phuluc's output for one audit17 workbook with its hand-written expectations.

    python samples/audit17/compare_audit17.py EXPECTED.json OUTDIR LOGFILE EXIT_STATUS

Rule (set before the first run): every expected row must be there with its key, and each compared field
(dimension, component, indicators, tasks, lead, coordinating, deadline, extra STT) must equal the text typed
after whitespace folding (NBSP and runs of spaces/tabs -> one space, each line stripped, empty lines kept
out); every other field must be empty; no other row. plan.json and rows.csv are both checked.
Verdicts: right (warnings allowed) / WRONG-warned (a difference and a warning that names its cause:
one saying "formula" or "hidden", the two causes these workbooks carry) / SILENT (a difference and no
warning naming its cause; the usual "sheet not read", "place" or "map to no field" warnings do not count) / loud refusal (exit != 0, one line naming the cause) / traceback.
Minor (not in the verdict): text that differs only by the folding (NBSP kept, edge spaces kept).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

FIELDS = ("dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")
EMPTY = ("implementing", "sector_guidance", "expected_result", "budget")


def fold(s: object) -> str:
    s = str(s or "").replace("\u00a0", " ").replace("\r", "")
    return "\n".join(ln for ln in (re.sub(r"[ \t]+", " ", x).strip() for x in s.split("\n")) if ln)


def compare(expected: Path, out: Path, log: Path, rc: int) -> tuple[str, list[str]]:
    exp = json.loads(expected.read_text(encoding="utf-8"))
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    notes: list[str] = []
    if "Traceback" in text:
        return "traceback", [text[-1500:]]
    plan_path = out / "plan.json"
    if rc != 0 or not plan_path.exists():
        return "loud refusal", [f"exit {rc}: " + " | ".join(l for l in text.splitlines() if not l.startswith("wrote"))[:600]]
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    if plan.get("failures"):
        return "loud refusal", [json.dumps(plan["failures"], ensure_ascii=False)[:600]]
    doc = plan["documents"][0]
    warnings = doc.get("warnings", [])
    got = {r["key"]: r for r in doc["rows"]}
    with open(out / "rows.csv", encoding="utf-8-sig", newline="") as fh:
        csvrows = {r["key"]: r for r in csv.DictReader(fh)}
    diffs: list[str] = []
    want = {r["key"]: r for r in exp["rows"]}
    for k in want:
        if k not in got:
            diffs.append(f"row {k} missing")
    for k in got:
        if k not in want:
            g = got[k]
            diffs.append(f"extra row {k}: " + json.dumps({f: g.get(f) for f in FIELDS + ("extra",)}, ensure_ascii=False)[:300])
    for k, e in want.items():
        g = got.get(k)
        if not g:
            continue
        for f in FIELDS:
            if fold(g.get(f)) != fold(e[f]):
                diffs.append(f"{k}.{f}: expected {fold(e[f])[:160]!r} got {fold(g.get(f))[:160]!r}")
            elif str(g.get(f) or "") != e[f].strip() and "\u00a0" in str(g.get(f) or "") + e[f]:
                notes.append(f"minor {k}.{f}: {str(g.get(f))[:80]!r} (NBSP/edge spaces)")
            c = csvrows.get(k, {}).get(f)
            if c is not None and c.lstrip("'") != str(g.get(f) or "") and c != str(g.get(f) or ""):
                diffs.append(f"{k}.{f}: rows.csv {c[:80]!r} differs from plan.json")
        for f in EMPTY:
            if g.get(f):
                diffs.append(f"{k}.{f}: expected empty, got {str(g[f])[:120]!r}")
        gx = {a: fold(b) for a, b in (g.get("extra") or {}).items()}
        ex = {a: fold(b) for a, b in e["extra"].items()}
        if gx != ex:
            diffs.append(f"{k}.extra: expected {ex} got {gx}")
    notes += [f"warning: {w}" for w in warnings]
    if not diffs:
        return "right", notes
    named = [w for w in warnings if re.search(r"\b(formula|hidden)\b", w, re.I)]
    return ("WRONG-warned" if named else "SILENT"), diffs + notes


def main() -> None:
    expected, out, log, rc = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    verdict, lines = compare(expected, out, log, rc)
    for line in lines:
        print("  " + line)
    print(f"VERDICT: {verdict}")


if __name__ == "__main__":
    main()
