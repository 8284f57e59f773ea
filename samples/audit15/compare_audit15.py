"""Compare one phuluc output folder with a scan's hand-written expectations; print a verdict.

    .venv/bin/python samples/audit15/compare_audit15.py NAME OUTDIR EXIT SECONDS [STDERR_FILE]

The rule (written before any run; also in each <doc>.expected.json and README.md):
- rows are paired by key, then (for an expected row whose key is missing) by the most similar tasks text among
  the rows left (CER under 50%); keys must be exact;
- every compared field (FIELDS) of a paired row: character error rate = Levenshtein distance / expected
  length, after NFC and folding white space (a line break is a space); a cell is BAD over 3%;
- a BAD cell is "flagged" (a user is sent to it) when: its row has ocr_confidence < 80 (README: such rows
  go to review.csv and review.html); or it is an agency cell (lead, coordinating) with a mention of it in
  review.csv (unmatched or fuzzy: README's review outputs); or a warning that text or rows were lost or a
  table not read names one of the row's pages; or it is empty and a warning says a header column maps to
  no field; or it is a group label quoted in an OCR label warning (misread PAPI name, numbering out of
  sequence). A wrong key is flagged by ocr_confidence < 80 or a loss warning on its page (or the next); a
  missing or extra row only by a loss warning (any page); a loss warning on a page counts also for the last
  row of the page before (a row running onto a page whose text was lost);
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
LOSS = re.compile(r"ROWS LOST|no row|not read|could not|upside|sideways|lost", re.IGNORECASE)
PAGES = re.compile(r"pages? ?(?:\(s\))? ?([0-9][0-9, -]*)")


def warned_pages(warning: str) -> set[int]:
    out: set[int] = set()
    for m in PAGES.finditer(warning):
        for part in m.group(1).replace(" ", "").split(","):
            if "-" in part and all(x.isdigit() for x in part.split("-", 1)):
                a, b = part.split("-", 1)
                out |= set(range(int(a), int(b) + 1))
            elif part.isdigit():
                out.add(int(part))
    return out


def cell_flagged(field: str, row: dict, warnings: list[str], review: set[tuple[str, str]],
                 follow: frozenset[int] = frozenset()) -> str:
    """Why a user is sent to this cell ('' when nothing sends them)."""
    conf = row.get("ocr_confidence")
    if conf is not None and conf < 80:
        return "row in review (ocr_confidence < 80)"
    if field in ("lead", "coordinating") and (row.get("key"), field) in review:
        return "mention in review.csv"
    pages = set(row.get("pages") or []) | follow
    for w in warnings:
        if LOSS.search(w) and warned_pages(w) & pages:
            return "loss warning on its page or the next (where a row's end may be)"
        if not fold(row.get(field)) and "map to no field" in w:
            return "header column maps to no field"
        label = re.sub(r"^[0-9IVX]+[.,:]?\s*", "", fold(row.get(field)))[:15]  # the warning quotes it unnumbered
        if field in ("dimension", "component") and label and ("OCR group label" in w) and label in fold(w):
            return "OCR label warning"
    return ""


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
            best = min(left, key=lambda r: cer(e["tasks"], r.get("tasks")))
            if cer(e["tasks"], best.get("tasks")) < 0.5:
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
    review = {(r["key"], r["role"]) for r in csv.DictReader((outdir / "review.csv").open(encoding="utf-8-sig"))}
    faults, unflagged, worst = 0, 0, 0.0
    last: dict[int, int] = {}  # page -> the last row on it (its end may be lost on the next page)
    for i, r in enumerate(got):
        for p in r.get("pages") or []:
            last[p] = i
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
        follow = frozenset(p + 1 for p, i in last.items() if got[i] is g)
        bad = []
        for f in fields:
            c = cer(e[f], g.get(f, ""))
            worst = max(worst, c)
            if f == "key" and g.get("key") != e["key"]:
                why = cell_flagged("key", g, [w for w in warnings if LOSS.search(w)], set(), follow)
                bad.append((f"key {g.get('key')!r}", why))
            elif c > MAX_CER:
                bad.append((f"{f} {c:.1%}: {fold(g.get(f))[:90]!r}", cell_flagged(f, g, warnings, review, follow)))
        lines.append(f"  row {e['key']} pages {g.get('pages')} conf {conf} {'ok' if not bad else ''}")
        for label, text in (g.get("extra") or {}).items():
            lines.append(f"     extra[{label!r}] = {fold(text)[:80]!r}")
        for b, why in bad:
            faults += 1
            unflagged += not why
            lines.append(f"     {b}   <- {why or 'UNFLAGGED'}")
    lines.append(f"worst cell CER {worst:.1%}; faulty cells/rows {faults}, unflagged {unflagged}")
    verdict = "right" if not faults else ("SILENT" if unflagged else "WRONG-warned")
    lines.append(f"VERDICT: {verdict}")
    return "\n".join(lines)


if __name__ == "__main__":
    a = sys.argv[1:]
    print(main(a[0], Path(a[1]), int(a[2]), float(a[3]), Path(a[4]) if len(a) > 4 else None))
