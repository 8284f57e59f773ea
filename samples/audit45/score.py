"""Run phuluc on each audit45 DOCX (one at a time) and score its rows against expected/<name>.json.

Usage: python samples/audit45/score.py [train|probes|heldout|all] [--no-run] [--docx-pdf]
Writes results/<name>[-pdf]/ (phuluc's output + run.txt) and results/score[-pdf].json; prints a table.
Cells are compared after whitespace normalisation (NBSP is a space; runs of spaces/tabs one space; each line
stripped; empty lines dropped). dimension/component are also compared 'lenient' (number prefix, case dropped).
lost = expected words missing from the whole output (as a multiset), extra = output words not expected (duplicates
count), leaked = text Word does not show (deleted, hidden, field codes) found in the output.
SILENT = exit 0 and: a lost word no warning names, leaked text, or a wrong cell in a document with no warning.
"""

from __future__ import annotations

import collections
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
from plans import HELDOUT  # noqa: E402

PY = "/work/main/.venv/bin/python"
FIELDS = [
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
]
PREFIX = re.compile(r"^\s*([ivxlc]+|\d+|[a-z])[.)]\s*", re.I)
TRAIN = [
    "t01-vmerge-softbreaks-tabs",
    "t02-header2-gridspan-sections",
    "t03-tracked-hidden",
    "t04-auto-numbering",
    "t05-split-tables-repeated-header",
    "t06-fields-links-sdt-customxml",
    "t07-textbox-nested",
]
PROBES = ["p11-style-numbering-caps", "p12-multipara-field-math-vml", "p13-gridbefore-hmerge-blocksdt"]


def norm(s):
    s = unicodedata.normalize("NFC", str(s or "")).replace("\u00a0", " ")
    out = [re.sub(r"[ \t]+", " ", x).strip() for x in s.split("\n")]
    return "\n".join(x for x in out if x)


def lenient(s):
    return PREFIX.sub("", norm(s).replace("\n", " ")).casefold()


def words(s):
    return re.findall(r"\w+", norm(s).casefold())


def run(name, pdf):
    out = os.path.join(HERE, "results", name + ("-pdf" if pdf else ""))
    os.makedirs(out, exist_ok=True)
    cmd = [PY, "-m", "phuluc", "extract", os.path.join("samples/audit45/docs", name + ".docx"), "--out", out, "-j", "1"]
    if pdf:
        cmd.append("--docx-pdf")
    p = subprocess.run(
        cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT}, capture_output=True, text=True, timeout=900
    )
    with open(os.path.join(out, "run.txt"), "w", encoding="utf-8") as f:
        f.write(f"exit {p.returncode}\n--- stdout\n{p.stdout}\n--- stderr\n{p.stderr}")
    return out


def text_of(row):
    return norm(row.get("indicators", "")) + " " + norm(row.get("tasks", ""))[:200]


def match(exp, got):
    """In-order matching on indicator and task text: (expected, got or None) pairs."""
    pairs, used = [], set()
    for e in exp:
        best, best_r = None, 0.45
        for j, g in enumerate(got):
            if j in used:
                continue
            r = difflib.SequenceMatcher(None, text_of(e), text_of(g)).ratio()
            if r > best_r:
                best, best_r = j, r
        if best is not None:
            used.add(best)
        pairs.append((e, got[best] if best is not None else None))
    return pairs, [g for j, g in enumerate(got) if j not in used]


def all_text(row):
    vals = [row.get(f, "") for f in FIELDS] + list((row.get("extra") or {}).values())
    return " ".join(str(v) for v in vals)


def score(name, pdf=False, do_run=True):
    out = os.path.join(HERE, "results", name + ("-pdf" if pdf else ""))
    if do_run:
        out = run(name, pdf)
    exp = json.load(open(os.path.join(HERE, "expected", name + ".json"), encoding="utf-8"))
    with open(os.path.join(out, "run.txt"), encoding="utf-8") as f:
        exit_code = int(f.readline().split()[1])
    got, warnings, coverage = [], [], None
    if os.path.exists(os.path.join(out, "plan.json")):
        plan = json.load(open(os.path.join(out, "plan.json"), encoding="utf-8"))
        if plan["documents"]:
            doc = plan["documents"][0]
            got, warnings, coverage = doc["rows"], doc["warnings"], doc.get("coverage")
    pairs, unmatched = match(exp["rows"], got)
    cells = right = lenient_right = 0
    wrong = []
    for i, (e, g) in enumerate(pairs):
        keys = [f for f in FIELDS] + [f"extra.{k}" for k in (e.get("extra") or {})]
        for k in keys:
            want = e.get(k, "") if not k.startswith("extra.") else e["extra"][k[6:]]
            have = (
                ""
                if g is None
                else (g.get(k, "") if not k.startswith("extra.") else (g.get("extra") or {}).get(k[6:], ""))
            )
            cells += 1
            if norm(want) == norm(have):
                right += 1
                lenient_right += 1
            else:
                ok_len = k in ("dimension", "component") and lenient(want) == lenient(have)
                lenient_right += ok_len
                wrong.append(
                    {
                        "row": i,
                        "key": None if g is None else g.get("key"),
                        "field": k,
                        "want": norm(want),
                        "got": norm(have),
                        "lenient_ok": ok_len,
                    }
                )
    want_words = collections.Counter(w for e in exp["rows"] for w in words(all_text(e)))
    got_words = collections.Counter(w for g in got for w in words(all_text(g)))
    lost, extra = want_words - got_words, got_words - want_words
    shown = " ".join(norm(all_text(e)) for e in exp["rows"])
    decoys = sorted({d for d in exp["not_shown"] if norm(d) not in shown})
    out_text = " ".join(norm(all_text(g)) for g in got)
    leaked = [d for d in decoys if norm(d) in out_text]
    warned = collections.Counter(w for x in warnings for w in words(x))
    unwarned = {w: n for w, n in lost.items() if w not in warned}
    silent = exit_code == 0 and (bool(unwarned) or bool(leaked) or (bool(wrong) and not warnings))
    return {
        "name": name,
        "pdf": pdf,
        "exit": exit_code,
        "rows_expected": len(exp["rows"]),
        "rows_got": len(got),
        "rows_unmatched_expected": sum(1 for _, g in pairs if g is None),
        "rows_extra": len(unmatched),
        "cells": cells,
        "cells_right": right,
        "cells_lenient": lenient_right,
        "lost_words": sum(lost.values()),
        "lost": dict(lost.most_common(25)),
        "lost_unwarned": unwarned,
        "extra_words": sum(extra.values()),
        "extra": dict(extra.most_common(25)),
        "leaked": leaked,
        "warnings": warnings,
        "coverage": coverage,
        "silent": silent,
        "wrong": wrong,
    }


def main():
    which = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "all"
    pdf = "--docx-pdf" in sys.argv
    names = {"train": TRAIN, "probes": PROBES, "heldout": HELDOUT, "all": TRAIN + PROBES + HELDOUT}[which]
    results = [score(n, pdf, "--no-run" not in sys.argv) for n in names]
    path = os.path.join(HERE, "results", f"score-{which}{'-pdf' if pdf else ''}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1)
    print(f"{'doc':36} exit rows(exp/got) cells right lenient lost extra leaked warn silent")
    for r in results:
        print(
            f"{r['name']:36} {r['exit']:>4} {r['rows_expected']:>4}/{r['rows_got']:<4} {r['cells']:>5} {r['cells_right']:>5}"
            f" {r['cells_lenient']:>7} {r['lost_words']:>4} {r['extra_words']:>5} {len(r['leaked']):>6}"
            f" {len(r['warnings']):>4} {'SILENT' if r['silent'] else ''}"
        )
    print("wrote", path)


if __name__ == "__main__":
    main()
