"""Compare phuluc's output for one audit16 document with its hand-written expectations.

    python samples/audit16/compare_audit16.py EXPECTED.json OUTDIR STDERR_FILE EXIT_STATUS

Rule (fixed before the first run):
- rows are paired by key; a missing or extra row is wrong;
- every field of every row: phuluc's text, NFC and with white space folded, equals the expected text
  (or one of them, when the expected value is a list); key, numbers and papi exactly;
- a field still holding legacy bytes (Latin-1 characters that are no Vietnamese letter, or VNI mark
  pairs) is named "LEGACY LEFT"; a field differing in case only is named "case only" (still wrong);
- rows.csv must hold the same values as plan.json (each row's fields);
- the jurisdiction's name must be the place the Kèm theo line names;
- EXPECTED "pdf_lost_u": the PDF itself lacks every "ư" (LibreOffice lays U+00AD out as a soft hyphen
  and does not draw it, hyphenating at some): a field is also accepted when it equals the expected text
  with every ư/Ư, hyphen and white space taken out of both (reported as "right, as the page shows").
Verdict: traceback (a Python traceback on stderr) / loud refusal (exit != 0, the document in failures) /
right / WRONG-warned (wrong, and a warning other than the conversion notice) / SILENT (wrong, exit 0,
no warning but the conversion notice). The final verdicts in README.md are mine after reading the warnings.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

FIELDS = ("key", "dimension_no", "component_no", "papi", "dimension", "component", "indicators", "tasks",
          "implementing", "lead", "sector_guidance", "coordinating", "deadline", "expected_result", "budget")
VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
VNI_PAIR = re.compile(r"[aeouyAEOUY][ùøûõïåäëüÙØÛÕÏÅÄËÜ]|[öôÖÔ][ùøûõïÙØÛÕÏ]|ñ|Ñ")  # tone bytes after a vowel


def fold(v: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(v)).split())


def legacy_left(text: str) -> bool:
    bad = [c for c in text if "\u00a0" <= c <= "\u00ff" and c not in VIET_LATIN1]
    return bool(bad) or bool(VNI_PAIR.search(text))


def no_u(text: str) -> str:
    return re.sub(r"[ưƯ\-\s]", "", fold(text))


def compare(exp: dict, out: Path) -> tuple[list[str], dict]:
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    probs: list[str] = []
    info: dict = {"warnings": [], "failures": plan.get("failures", []), "page_note": 0}
    if not plan["documents"]:
        return ["no document"], info
    d = plan["documents"][0]
    info["warnings"] = d.get("warnings", [])
    info["engine"] = d.get("engine")
    got_rows = {r["key"]: r for r in d["rows"]}
    exp_rows = {r["key"]: r for r in exp["rows"]}
    info["rows"] = (len(exp_rows), len(d["rows"]))
    cells_wrong = 0
    for k, e in exp_rows.items():
        g = got_rows.get(k)
        if g is None:
            probs.append(f"{k}: row missing")
            cells_wrong += sum(1 for f in FIELDS[4:] if e[f])
            continue
        for f in FIELDS:
            want = e[f] if isinstance(e[f], list) else [e[f]]
            have = g.get(f, "")
            if any(fold(w) == fold(have) for w in want):
                continue
            if exp.get("pdf_lost_u") and isinstance(have, str) and any(no_u(w) == no_u(have) for w in want):
                info["page_note"] += 1
                continue
            cells_wrong += 1
            tag = "LEGACY LEFT" if isinstance(have, str) and legacy_left(have) else (
                "case only" if any(fold(w).lower() == fold(have).lower() for w in want) else "wrong")
            probs.append(f"{k}.{f} [{tag}]: expected {fold(want[0])!r} got {fold(have)!r}")
    for k in got_rows:
        if k not in exp_rows:
            probs.append(f"{k}: extra row")
    info["cells_wrong"] = cells_wrong
    j = d.get("jurisdiction") or {}
    if fold(j.get("name", "")) != fold(exp["jurisdiction"]["name"]):
        probs.append(f"jurisdiction: expected {exp['jurisdiction']['name']!r} got {j.get('name')!r}")
    # rows.csv holds what plan.json holds
    with open(out / "rows.csv", encoding="utf-8-sig", newline="") as fh:
        csv_rows = {r["key"]: r for r in csv.DictReader(fh)}
    for k, g in got_rows.items():
        c = csv_rows.get(k)
        if c is None:
            probs.append(f"rows.csv: {k} missing")
            continue
        for f in FIELDS[4:]:
            if fold(c.get(f, "")).lstrip("'") != fold(g.get(f, "")):
                probs.append(f"rows.csv: {k}.{f} differs from plan.json")
    return probs, info


def verdict(probs: list[str], info: dict, stderr: str, code: int) -> str:
    if "Traceback" in stderr:
        return "traceback"
    if code != 0 or info.get("failures"):
        return "loud refusal"
    if not probs:
        return "right"
    other = [w for w in info["warnings"] if "legacy encoding converted" not in str(w)]
    return "WRONG-warned" if other else "SILENT"


def main() -> None:
    exp_path, out, err_path, code = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    name = exp_path.name.replace(".expected.json", "")
    if not (out / "plan.json").exists():
        probs, info = ["no plan.json"], {"warnings": [], "failures": [stderr.strip()]}
    else:
        probs, info = compare(exp, out)
    v = verdict(probs, info, stderr, code)
    print(f"{name}: {v}  exit={code} engine={info.get('engine')} rows exp/got={info.get('rows')} "
          f"cells wrong={info.get('cells_wrong')}" + (f" (right as the page shows: {info['page_note']})" if info.get("page_note") else ""))
    for w in info["warnings"]:
        print(f"  warning: {w}")
    for f in info.get("failures", []):
        print(f"  failure: {f}")
    for p in probs[:40]:
        print(f"  - {p}")
    if len(probs) > 40:
        print(f"  ... {len(probs) - 40} more")


if __name__ == "__main__":
    main()
