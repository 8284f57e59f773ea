"""Compare one phuluc output folder with a scan's hand-written expectations; print a verdict.

    .venv/bin/python samples/audit15/compare_audit15.py NAME OUTDIR EXIT SECONDS [STDERR_FILE]

The rule (written before any run; also in each <doc>.expected.json and README.md):
- rows are paired by key, then (for an expected row whose key is missing) by the most similar text of
  indicators + tasks among the rows left; keys must be exact;
- every compared field (FIELDS) of a paired row: character error rate = Levenshtein distance / expected
  length, after NFC and folding white space (a line break is a space); a cell is BAD over 3%;
- a BAD cell is "flagged" when its row has ocr_confidence < 80 (the README: such rows go to review.csv
  and review.html) or a warning names that row's page as losing text; a missing or extra row, or a wrong
  key, is flagged only by a warning that text/rows were lost or a page not read;
- verdict: "right" (all rows, keys, every cell <= 3%), "WRONG-warned" (every fault flagged), "SILENT"
  (a fault with no flag), "loud refusal" (exit 1, one line; right or wrong by the scan's rule_name),
  "traceback" (a Python traceback on stderr).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

from rapidfuzz.distance import Levenshtein

HERE = Path(__file__).resolve().parent
MAX_CER = 0.03
#: A warning that says text or rows were lost, or a page not read (checked by hand in README's table too).
LOSS = re.compile(r"ROWS LOST|in no row|read as no row|not read|no row|could not|upside|rotat|sideways|lost",
                  re.IGNORECASE)


def fold(text: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text or "")).split())


def cer(exp: str, got: str) -> float:
    exp, got = fold(exp), fold(got)
    if not exp:
        return 0.0 if not got else 1.0
    return Levenshtein.distance(exp, got) / len(exp)


def pair(exp_rows: list[dict], got_rows: list[dict]) -> list[tuple[dict, dict | None]]:
    left = list(got_rows)
    out: list[tuple[dict, dict | None]] = []
    for e in exp_rows:
        g = next((r for r in left if r.get("key") == e["key"]), None)
        out.append((e, g))
        if g is not None:
            left.remove(g)
    for i, (e, g) in enumerate(out):
        if g is None and left:
            text = fold(e["indicators"]) + " " + fold(e["tasks"])
            best = min(left, key=lambda r: cer(text, fold(r.get("indicators")) + " " + fold(r.get("tasks"))))
            if cer(text, fold(best.get("indicators")) + " " + fold(best.get("tasks"))) < 0.5:
                out[i] = (e, best)
                left.remove(best)
    out += [({}, g) for g in left]
    return out


def main(name: str, outdir: Path, code: int, seconds: float, stderr: Path | None = None) -> str:
    spec = json.loads((HERE / f"{name}.expected.json").read_text(encoding="utf-8"))
    fields, rule = spec["fields"], spec["rule_name"]
    err = stderr.read_text(encoding="utf-8", errors="replace") if stderr and stderr.exists() else ""
    lines = [f"== {name}  exit {code}  {seconds:.1f} s  rule {rule}"]
    if "Traceback (most recent call last)" in err:
        lines.append(err[-2000:])
        lines.append("VERDICT: traceback")
        return "\n".join(lines)
    plan_path = outdir / "plan.json"
    plan = json.loads(plan_path.read_text(encoding="utf-8")) if plan_path.exists() else {"documents": [], "failures": []}
    if code != 0 or not plan["documents"]:
        msg = "; ".join(f["error"] for f in plan.get("failures", [])) or err.strip()
        lines.append(f"refusal: {msg}")
        clear = "OCR" in msg or "scan" in msg or "image" in msg
        ok = rule == "rows-or-refused" and clear
        lines.append(f"VERDICT: loud refusal ({'right' if ok else 'wrong'} by its rule)")
        return "\n".join(lines)
    doc = plan["documents"][0]
    warnings = doc.get("warnings", [])
    got = doc["rows"]
    csv_rows = list(csv.DictReader((outdir / "rows.csv").open(encoding="utf-8")))
    lines.append(f"engine {doc.get('engine')}  rows exp/got {len(spec['rows'])}/{len(got)} (rows.csv {len(csv_rows)})")
    for w in warnings:
        lines.append(f"  warning: {w[:300]}")
    loss = [w for w in warnings if LOSS.search(w)]
    faults, unflagged, worst = 0, 0, 0.0
    for e, g in pair(spec["rows"], got):
        if not e:
            faults += 1
            unflagged += not loss
            lines.append(f"  EXTRA row key {g.get('key')}: {fold(g.get('indicators'))[:60]!r} | {fold(g.get('tasks'))[:60]!r}")
            continue
        if g is None:
            faults += 1
            unflagged += not loss
            lines.append(f"  MISSING row {e['key']}")
            continue
        conf = g.get("ocr_confidence")
        flagged = (conf is not None and conf < 80) or bool(loss)
        bad = []
        for f in fields:
            c = cer(e[f], g.get(f, ""))
            worst = max(worst, c)
            if f == "key" and g.get("key") != e["key"]:
                bad.append(f"key {g.get('key')!r}")
            elif c > MAX_CER:
                bad.append(f"{f} {c:.1%}: {fold(g.get(f))[:90]!r}")
        status = "ok" if not bad else ("flagged" if flagged else "UNFLAGGED")
        lines.append(f"  row {e['key']} conf {conf} {status}")
        for b in bad:
            lines.append(f"     {b}")
        if bad:
            faults += 1
            unflagged += not flagged
    lines.append(f"worst cell CER {worst:.1%}; faults {faults}, unflagged {unflagged}")
    verdict = "right" if not faults else ("SILENT" if unflagged else "WRONG-warned")
    lines.append(f"VERDICT: {verdict}")
    return "\n".join(lines)


if __name__ == "__main__":
    a = sys.argv[1:]
    print(main(a[0], Path(a[1]), int(a[2]), float(a[3]), Path(a[4]) if len(a) > 4 else None))
