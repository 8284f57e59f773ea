"""Run phuluc on audit48's scans (default, and --ocr) and score each against expected/<name>.json.

Usage: python samples/audit48/score.py [train|heldout|probe|all] [--no-run] [--digital]
Writes results/<name>[-ocr]/ (phuluc's output + run.txt) and results/score-<set>.json; prints one line per run.
Cells compare after whitespace normalisation. A wrong cell is a CHARACTER error when it is the expected text with a
few letters off (similarity >= 0.8), else STRUCTURAL (empty, cut, joined, or its text in another column: "moved").
A row's errors are FLAGGED when its ocr_confidence is under 80 (README: it then goes to review.csv).
Verdict, structure: exact | LOUD (exit != 0, or a warning naming lost/moved/misread text) | SILENT (hinted: some other
warning, "no title", "no dimension label") | SILENT.
Verdict, characters: none | flagged (every row with one has confidence < 80) | UNFLAGGED (n rows).
"""

import csv
import difflib
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from plans import FIELDS  # noqa: E402

PY = "/work/main/.venv/bin/python"
# Warnings every scan gets whatever its rows (judged on the train set): the OCR summary and audit47's routine ones.
ROUTINE = re.compile(
    r"section rows gave the group labels|continuation mark|group labels the plan does not number|"
    r"title\(s\) outside the table head the rows|^pages? [\d, -]+ (were |)OCR|OCR'd|mean word confidence"
)
# A warning that names text lost, moved or misread (judged on the train set, before the held-out run).
POINTING = re.compile(
    r"no row|not read|ROWS LOST|map to no field|misread|out of sequence|lost|missing|read two ways|check it", re.I
)
CHAR_RATIO = 0.8


def run(name, doc, ocr, suffix=None):
    out = os.path.join(HERE, "results", name + (suffix or ("-ocr" if ocr else "")))
    os.makedirs(out, exist_ok=True)
    cmd = [PY, "-m", "phuluc", "extract", doc, "--out", out, "-j", "1"] + (["--ocr"] if ocr else [])
    p = subprocess.run(
        cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT}, capture_output=True, text=True, timeout=900
    )
    with open(os.path.join(out, "run.txt"), "w", encoding="utf-8") as f:
        f.write(f"exit {p.returncode}\n--- stdout\n{p.stdout}\n--- stderr\n{p.stderr}")
    return out


def ws(s):
    return " ".join(unicodedata.normalize("NFC", "" if s is None else str(s)).split())


def lev(a, b):
    """Edit distance (characters), for the character error rate."""
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def text_of(row):
    return (ws(row.get("indicators", "")) + " " + ws(row.get("tasks", "")))[:300]


def match(exp, got):
    used, pairs = set(), []
    for e in exp:
        best, best_r = None, 0.5
        for j, g in enumerate(got):
            if j not in used:
                r = ratio(text_of(e), text_of(g))
                if r > best_r:
                    best, best_r = j, r
        if best is not None:
            used.add(best)
        pairs.append((e, got[best] if best is not None else None))
    return pairs, [g for j, g in enumerate(got) if j not in used]


def load(out):
    with open(os.path.join(out, "run.txt"), encoding="utf-8") as f:
        code = int(f.readline().split()[1])
        stderr = f.read().split("--- stderr\n", 1)[-1]
    plan, mentions, review = {"documents": [], "failures": []}, [], []
    for fn, target in (("agency_mentions.csv", mentions), ("review.csv", review)):
        if os.path.exists(os.path.join(out, fn)):
            with open(os.path.join(out, fn), encoding="utf-8-sig") as f:
                target.extend(csv.DictReader(f))
    if os.path.exists(os.path.join(out, "plan.json")):
        with open(os.path.join(out, "plan.json"), encoding="utf-8") as f:
            plan = json.load(f)
    return code, stderr, plan, mentions, review


def classify(e, g, fld):
    ev, gv = ws(e[fld]), ws(g.get(fld, ""))
    if ev == gv:
        return None
    if fld in ("dimension_no", "component_no", "key"):
        return "struct"
    if ev and gv and ratio(ev, gv) >= CHAR_RATIO:
        return "char"
    others = [f for f in FIELDS if f != fld and ev and ratio(ev, ws(g.get(f, ""))) >= CHAR_RATIO]
    return "moved" if others else "struct"


def mention_score(e, g, mentions):
    right = total = 0
    for role, wants in e["want"].items():
        got = sorted(
            (m for m in mentions if m["key"] == g.get("key") and m["role"] == role), key=lambda m: int(m["position"])
        )
        for i, want in enumerate(wants):
            total += 1
            m = got[i] if i < len(got) else None
            name = (m or {}).get("name", "").casefold()
            right += bool(m and len(got) == len(wants) and any(w in name for w in want))
    return right, total


def score(name, out):
    with open(os.path.join(HERE, "expected", f"{name}.json"), encoding="utf-8") as f:
        spec = json.load(f)
    code, stderr, plan, mentions, review = load(out)
    doc = plan["documents"][0] if plan["documents"] else {"rows": [], "warnings": []}
    mentions = [m for m in mentions if m["source"] == doc.get("source")]
    pairs, extra = match(spec["rows"], doc.get("rows", []))
    cells = exact = 0
    errs, ment, ment_total, edits, chars = [], 0, 0, 0, 0
    for e, g in pairs:
        cells += len(FIELDS)
        if g is None:
            continue
        conf = g.get("ocr_confidence")
        for fld in FIELDS:
            kind = classify(e, g, fld)
            if fld not in ("key", "dimension_no", "component_no"):
                edits += lev(ws(e[fld]), ws(g.get(fld, "")))
                chars += len(ws(e[fld]))
            if kind is None:
                exact += 1
                continue
            errs.append(
                {
                    "key": e["key"],
                    "got_key": g.get("key"),
                    "field": fld,
                    "kind": kind,
                    "conf": conf,
                    "expected": ws(e[fld])[:160],
                    "got": ws(g.get(fld, ""))[:160],
                }
            )
        r, n = mention_score(e, g, mentions)
        ment, ment_total = ment + r, ment_total + n
    missing = [e["key"] for e, g in pairs if g is None]
    warns = doc.get("warnings", [])
    pointing = [w for w in warns if not ROUTINE.search(w)]
    struct = [x for x in errs if x["kind"] != "char"]
    charx = [x for x in errs if x["kind"] == "char"]
    struct_bad = bool(struct or missing or extra)
    unflagged = sorted({x["key"] for x in charx if x["conf"] is None or x["conf"] >= 80})
    unflagged_struct = sorted({x["key"] for x in struct if x["conf"] is None or x["conf"] >= 80})
    if not struct_bad:
        verdict = "exact"
    elif code != 0 or any(POINTING.search(w) for w in pointing):
        verdict = "LOUD"
    else:
        verdict = "SILENT (hinted)" if pointing else "SILENT"
    confs = [g.get("ocr_confidence") for g in doc.get("rows", [])]
    return {
        "name": os.path.basename(out),
        "heldout": spec["heldout"],
        "probe": spec.get("probe", False),
        "about": spec["about"],
        "exit": code,
        "stderr": stderr.strip()[-600:],
        "failures": plan.get("failures", []),
        "engine": doc.get("engine"),
        "rows_expected": len(pairs),
        "rows_got": len(doc.get("rows", [])),
        "rows_found": len(pairs) - len(missing),
        "missing": missing,
        "extra": [{"key": g.get("key"), "tasks": ws(g.get("tasks"))[:80]} for g in extra],
        "cells": cells,
        "cells_exact": exact,
        "char_cells": len(charx),
        "struct_cells": len(struct),
        "cer": round(edits / chars, 4) if chars else None,
        "errors": errs,
        "mentions_right": ment,
        "mentions": ment_total,
        "confidences": confs,
        "review_lines": len([r for r in review if r.get("source") == doc.get("source")]),
        "review_ocr_lines": len([r for r in review if r.get("ocr_confidence")]),
        "warnings": warns,
        "pointing_warnings": pointing,
        "verdict": verdict,
        "chars_unflagged": unflagged,
        "struct_unflagged_rows": unflagged_struct,
    }


def scan_only(r, name):
    """The run's wrong cells that its born-digital PDF's run (results/<name>-digital) does not have: the scan's own."""
    dig = os.path.join(HERE, "results", name + "-digital")
    if r["name"].endswith("-digital") or not os.path.exists(os.path.join(dig, "run.txt")):
        return
    base = {(x["key"], x["field"]) for x in score(name, dig)["errors"]}
    own = [x for x in r["errors"] if (x["key"], x["field"]) not in base]
    r["scan_char"] = sum(x["kind"] == "char" for x in own)
    r["scan_struct"] = sum(x["kind"] != "char" for x in own)


def line(r):
    chars = "none" if not r["char_cells"] else ("flagged" if not r["chars_unflagged"] else "UNFLAGGED")
    return (
        f"{r['name']:8} exit {r['exit']} rows {r['rows_found']}/{r['rows_expected']} (got {r['rows_got']}, "
        f"extra {len(r['extra'])}) cells {r['cells_exact']}/{r['cells']} char {r['char_cells']} struct "
        f"{r['struct_cells']} CER {r['cer']} mentions {r['mentions_right']}/{r['mentions']} conf "
        f"{r['confidences']} warn {len(r['warnings'])} ({len(r['pointing_warnings'])} pointing) "
        f"review {r['review_lines']} | {r['verdict']} | chars {chars}"
        + (f" | scan-only char {r['scan_char']} struct {r['scan_struct']}" if "scan_char" in r else "")
    )


def totals(rs):
    k = ("rows_found", "rows_expected", "cells_exact", "cells", "char_cells", "struct_cells")
    t = [sum(r[x] for r in rs) for x in k]
    silent = sum(r["verdict"].startswith("SILENT") for r in rs)
    return (
        f"TOTAL rows {t[0]}/{t[1]} extra {sum(len(r['extra']) for r in rs)} cells {t[2]}/{t[3]} char {t[4]} "
        f"struct {t[5]} exact {sum(r['verdict'] == 'exact' for r in rs)}/{len(rs)} SILENT {silent}"
    )


def main():
    which = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "all"
    results = []
    for fn in sorted(os.listdir(os.path.join(HERE, "expected"))):
        with open(os.path.join(HERE, "expected", fn), encoding="utf-8") as f:
            spec = json.load(f)
        group = "probe" if spec.get("probe") else ("heldout" if spec["heldout"] else "train")
        if which not in ("all", group):
            continue
        name, doc = fn[:-5], os.path.join(HERE, spec["document"])
        if "--digital" in sys.argv:  # baseline: the born-digital PDF the scan was made from
            out = os.path.join(HERE, "results", name + "-digital")
            if "--no-run" not in sys.argv:
                out = run(name, os.path.join(HERE, spec["digital"]), False, "-digital")
            results.append(score(name, out))
            continue
        for ocr in (False, True):
            out = os.path.join(HERE, "results", name + ("-ocr" if ocr else ""))
            if "--no-run" not in sys.argv:
                out = run(name, doc, ocr)
            results.append(score(name, out))
            scan_only(results[-1], name)
    which += "-digital" if "--digital" in sys.argv else ""
    with open(os.path.join(HERE, "results", f"score-{which}.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1)
    for label, grp in (
        ("train", [r for r in results if not r["heldout"] and not r["probe"]]),
        ("held-out", [r for r in results if r["heldout"]]),
        ("probe", [r for r in results if r["probe"]]),
    ):
        if grp:
            print(f"== {label}")
            for r in grp:
                print(line(r))
            print(totals(grp))


if __name__ == "__main__":
    main()
