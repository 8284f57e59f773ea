"""Run phuluc on each audit51 plan (one at a time, -j 1) and score it against expected/<name>.json.

Copied from samples/audit47/score.py; audit51 adds the issued date, and the verdict "refused" for exit != 0.
Usage: python samples/audit51/score.py [train|heldout|all|probes] [--no-run]   (all: train + held-out)
Held-out PDFs are also read with --engine pdfplumber. Writes results/<name>/ (phuluc's output + run.txt),
results/score-<set>.json and prints one line per document; held-out lines show scores only.
Cells are compared after whitespace normalisation (every run of spaces and line breaks is one space);
dimension/component also leniently (numbering prefix and case dropped). A document with a wrong, missing or
extra row or cell, exit 0 and no warning but the routine ones (ROUTINE) is SILENT.
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
# Warnings every plan of a trait gets whatever its rows: they point at no wrong cell (judged on the train set).
ROUTINE = re.compile(
    r"section rows gave the group labels|continuation mark|group labels the plan does not number|"
    r"title\(s\) outside the table head the rows"
)
PREFIX = re.compile(r"^\s*(chỉ số nội dung\s*\d+\s*:|[ivx]+\.|\d+(\.\d+)*\.)\s*", re.I)
TITLE = "Nhiệm vụ và giải pháp cụ thể nhằm nâng cao Chỉ số PAPI năm 2026"


def run(name, doc, engine=None):
    out = os.path.join(HERE, "results", name + (f"-{engine}" if engine else ""))
    os.makedirs(out, exist_ok=True)
    cmd = [PY, "-m", "phuluc", "extract", doc, "--out", out, "-j", "1"] + (["--engine", engine] if engine else [])
    p = subprocess.run(
        cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT}, capture_output=True, text=True, timeout=900
    )
    with open(os.path.join(out, "run.txt"), "w", encoding="utf-8") as f:
        f.write(f"exit {p.returncode}\n--- stdout\n{p.stdout}\n--- stderr\n{p.stderr}")
    return out


def ws(s):
    return " ".join(unicodedata.normalize("NFC", "" if s is None else str(s)).split())


def lenient(s):
    return PREFIX.sub("", ws(s)).casefold().strip()


def fold(s):
    s = unicodedata.normalize("NFC", ws(s)).casefold()
    for a, b in (("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("uý", "úy"), ("–", "-"), ("ubnd", "ủy ban nhân dân")):
        s = s.replace(a, b)
    return s


def text_of(row):
    return (ws(row.get("indicators", "")) + " " + ws(row.get("tasks", "")))[:300]


def match(exp, got):
    used, pairs = set(), []
    for e in exp:
        best, best_r = None, 0.5
        for j, g in enumerate(got):
            if j not in used:
                r = difflib.SequenceMatcher(None, text_of(e), text_of(g)).ratio()
                if r > best_r:
                    best, best_r = j, r
        if best is not None:
            used.add(best)
        pairs.append((e, got[best] if best is not None else None))
    return pairs, [g for j, g in enumerate(got) if j not in used]


def load(out):
    with open(os.path.join(out, "run.txt"), encoding="utf-8") as f:
        code = int(f.readline().split()[1])
    plan, mentions = {"documents": []}, []
    if os.path.exists(os.path.join(out, "plan.json")):
        with open(os.path.join(out, "plan.json"), encoding="utf-8") as f:
            plan = json.load(f)
    if os.path.exists(os.path.join(out, "agency_mentions.csv")):
        with open(os.path.join(out, "agency_mentions.csv"), encoding="utf-8-sig") as f:
            mentions = list(csv.DictReader(f))
    return code, plan, mentions


def cell_diffs(e, g):
    wrong, lenient_only = [], []
    for fld in FIELDS + ["notes"]:
        if fld == "notes":
            if e["notes"] is None:
                continue
            gv = (g.get("extra") or {}).get("Ghi chú", "")
        else:
            gv = g.get(fld, "")
        ev = e[fld]
        if ws(gv) == ws(ev):
            continue
        if fld in ("dimension", "component") and lenient(gv) == lenient(ev):
            lenient_only.append(fld)
            continue
        wrong.append({"key": e["key"], "field": fld, "expected": ev, "got": gv})
    return wrong, lenient_only


def mention_score(e, g, mentions):
    right = total = 0
    bad = []
    for role, wants in e["want"].items():
        got = sorted(
            (m for m in mentions if m["key"] == g.get("key") and m["role"] == role), key=lambda m: int(m["position"])
        )
        for i, want in enumerate(wants):
            total += 1
            m = got[i] if i < len(got) else None
            if m and any(fold(w) in fold(m["name"]) for w in want) and len(got) == len(wants):
                right += 1
            else:
                bad.append(
                    {
                        "key": e["key"],
                        "role": role,
                        "want": want,
                        "cell": e[role],
                        "got": [(x["raw"], x["name"], x["method"]) for x in got],
                    }
                )
    return right, total, bad


def jurisdiction_ok(t, doc):
    j = doc.get("jurisdiction") or {}
    want_level = t["tier"]
    ok = j.get("level") == want_level and fold(t["place"]) in fold(j.get("name"))
    prov = t["province"].removeprefix("tỉnh ").removeprefix("thành phố ")
    return ok and fold(prov) in fold(j.get("province")), j


def score(name, out):
    with open(os.path.join(HERE, "expected", f"{name}.json"), encoding="utf-8") as f:
        spec = json.load(f)
    code, plan, mentions = load(out)
    doc = plan["documents"][0] if plan["documents"] else {"rows": [], "warnings": []}
    source = doc.get("source")
    mentions = [m for m in mentions if m["source"] == source]
    pairs, extra = match(spec["rows"], doc.get("rows", []))
    wrong, lenient_n, cells, ment, ment_total, ment_bad = [], 0, 0, 0, 0, []
    for e, g in pairs:
        cells += len(FIELDS) + (e["notes"] is not None)
        if g is None:
            continue
        w, lo = cell_diffs(e, g)
        wrong += w
        lenient_n += len(lo)
        r, n, b = mention_score(e, g, mentions)
        ment, ment_total, ment_bad = ment + r, ment_total + n, ment_bad + b
    missing = [e["key"] for e, g in pairs if g is None]
    missing_cells = sum(len(FIELDS) + (e["notes"] is not None) for e, g in pairs if g is None)
    jur_ok, jur = jurisdiction_ok(spec["traits"], doc)
    title_ok = fold(TITLE) in fold(doc.get("title"))
    issued_ok = ((doc.get("jurisdiction") or {}).get("issued") or "") == spec["issued"]
    cov = doc.get("coverage")
    complete = cov is None or cov.get("complete", False)
    warns = doc.get("warnings", [])
    bad = bool(wrong or missing or extra or not (jur_ok and title_ok and issued_ok))
    pointing = [w for w in warns if not ROUTINE.search(w)]
    if code != 0:
        verdict = "refused"
    else:
        verdict = "exact" if not bad else ("SILENT" if not pointing else "wrong, warned")
    return {
        "name": os.path.basename(out),
        "heldout": spec["heldout"],
        "exit": code,
        "rows_expected": len(pairs),
        "rows_got": len(doc.get("rows", [])),
        "rows_found": len(pairs) - len(missing),
        "missing": missing,
        "extra": [{"key": g.get("key"), "tasks": ws(g.get("tasks"))[:80]} for g in extra],
        "cells": cells,
        "cells_exact": cells - len(wrong) - missing_cells,
        "lenient_only": lenient_n,
        "wrong": wrong,
        "mentions_right": ment,
        "mentions": ment_total,
        "mentions_bad": ment_bad,
        "jurisdiction_ok": jur_ok,
        "jurisdiction": jur,
        "title_ok": title_ok,
        "title": doc.get("title"),
        "issued_ok": issued_ok,
        "issued": (doc.get("jurisdiction") or {}).get("issued"),
        "coverage_complete": complete,
        "warnings": warns,
        "verdict": verdict,
        "meta_silent": code == 0 and not warns and not (jur_ok and title_ok),
    }


def line(r):
    return (
        f"{r['name']:16} exit {r['exit']} rows {r['rows_found']}/{r['rows_expected']} (got {r['rows_got']}) "
        f"extra {len(r['extra'])} cells {r['cells_exact']}/{r['cells']} mentions {r['mentions_right']}/"
        f"{r['mentions']} jur {'ok' if r['jurisdiction_ok'] else 'NO'} title {'ok' if r['title_ok'] else 'NO'} "
        f"issued {'ok' if r['issued_ok'] else 'NO'} "
        f"warn {len(r['warnings'])} {r['verdict']} {fields(r)}"
    )


def fields(r):
    """Wrong cells per field, e.g. tasks:2 (a score, not the cells' text)."""
    count = {}
    for w in r["wrong"]:
        count[w["field"]] = count.get(w["field"], 0) + 1
    return " ".join(f"{k}:{v}" for k, v in sorted(count.items()))


def totals(rs):
    t = [
        sum(r[k] for r in rs)
        for k in ("rows_found", "rows_expected", "cells_exact", "cells", "mentions_right", "mentions")
    ]
    exact = sum(r["verdict"] == "exact" for r in rs)
    silent = sum(r["verdict"] == "SILENT" for r in rs)
    return (
        f"TOTAL rows {t[0]}/{t[1]} extra {sum(len(r['extra']) for r in rs)} cells {t[2]}/{t[3]} mentions "
        f"{t[4]}/{t[5]} jur {sum(r['jurisdiction_ok'] for r in rs)}/{len(rs)} title "
        f"{sum(r['title_ok'] for r in rs)}/{len(rs)} issued {sum(r['issued_ok'] for r in rs)}/{len(rs)} "
        f"exact {exact}/{len(rs)} SILENT {silent} refused {sum(r['verdict'] == 'refused' for r in rs)}"
    )


def main():
    which = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "all"
    results = []
    for fn in sorted(os.listdir(os.path.join(HERE, "expected"))):
        with open(os.path.join(HERE, "expected", fn), encoding="utf-8") as f:
            spec = json.load(f)
        if (which == "probes") != ("probe" in spec):
            continue
        if which in ("train", "heldout") and spec["heldout"] != (which == "heldout"):
            continue
        name, doc = fn[:-5], os.path.join(HERE, spec["document"])
        engines = [None] + (["pdfplumber"] if spec["heldout"] and doc.endswith(".pdf") else [])
        for eng in engines:
            out = os.path.join(HERE, "results", name + (f"-{eng}" if eng else ""))
            if "--no-run" not in sys.argv:
                out = run(name, doc, eng)
            results.append(score(name, out))
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", f"score-{which}.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1)
    for label, group in (
        (which if which == "probes" else "train", [r for r in results if not r["heldout"]]),
        ("held-out", [r for r in results if r["heldout"] and not r["name"].endswith("pdfplumber")]),
        ("held-out pdfplumber", [r for r in results if r["name"].endswith("pdfplumber")]),
    ):
        if group:
            print(f"== {label}")
            for r in group:
                print(line(r))
            print(totals(group))


if __name__ == "__main__":
    main()
