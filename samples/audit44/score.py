"""Run `phuluc extract` on each audit44 document (one at a time, -j 1) and score it against expected/<doc>.json.

    python samples/audit44/score.py             # training documents (d01-d06), then the held-out d07, d08
    python samples/audit44/score.py --no-run    # score the outputs already in results/
    python samples/audit44/score.py d03 d05-pdf # only these

Cells are compared after whitespace normalisation (every run of white space, line breaks too, is one space).
A row is matched to an expected row by key, else by its indicator text. Leak = a cell of any row (extra too)
holding text from outside the appendix (heading, prose, prose table, signature, footnote, page furniture,
Phụ lục II). SILENT = rows lost or cells wrong with exit 0 and no warning at all.
Writes results/<doc>/ (phuluc's output and run.txt), results/scores.json and results/scores.md."""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PY = "/work/main/.venv/bin/python"
FIELDS = ["key", "dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"]


def norm(s) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip()


BASE = HERE  # probes.py scores under probes/


def run(stem: str, doc: Path) -> None:
    out = BASE / "results" / stem
    out.mkdir(parents=True, exist_ok=True)
    p = subprocess.run([PY, "-m", "phuluc", "extract", str(doc), "--out", str(out), "-j", "1"], cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=900)
    (out / "run.txt").write_text(f"exit {p.returncode}\n--- stdout\n{p.stdout}\n--- stderr\n{p.stderr}",
                                 encoding="utf-8")


def match(exp: list[dict], got: list[dict]) -> tuple[list, list]:
    used: set[int] = set()
    pairs = []
    for e in exp:
        pick = next((j for j, g in enumerate(got) if j not in used and g.get("key") == e["key"]
                     and difflib.SequenceMatcher(None, norm(e["indicators"]), norm(g.get("indicators"))).ratio()
                     > 0.6), None)
        if pick is None:
            best = 0.6
            for j, g in enumerate(got):
                r = difflib.SequenceMatcher(None, norm(e["indicators"]) + norm(e["tasks"])[:200],
                                            norm(g.get("indicators")) + norm(g.get("tasks"))[:200]).ratio()
                if j not in used and r > best:
                    pick, best = j, r
        if pick is not None:
            used.add(pick)
        pairs.append((e, None if pick is None else got[pick]))
    return pairs, [g for j, g in enumerate(got) if j not in used]


def leaks(pairs: list, extra: list[dict], outside: dict) -> list[dict]:
    """Outside text in a matched row's cell that its expected cell lacks, or in an extra row's cell that no
    expected row holds (agency names and dimension names are shared with prose tables: not a leak there)."""
    every = " | ".join(norm(e[f]) for e, _ in pairs for f in FIELDS)
    found = []
    for e, g in [*pairs, *[(None, g) for g in extra]]:
        if g is None:
            continue
        cells = {f: norm(g.get(f)) for f in FIELDS[1:]} | {f"extra:{k}": norm(v) for k, v in
                                                           (g.get("extra") or {}).items()}
        for where, texts in outside.items():
            for t in texts:
                probe = norm(t)[:40]
                if len(probe) < 6:
                    continue
                for f, v in cells.items():
                    mine = norm(e.get(f)) if e is not None and f in e else ""
                    if probe in v and probe not in mine and (e is not None or probe not in every):
                        found.append({"key": g.get("key"), "field": f, "source": where, "text": probe})
    return found


def named(warnings: list[str], table: dict | None, kind: str) -> bool | None:
    """Whether a warning names the prose table / Phụ lục II (its title, caption, header or a row's text)."""
    if not table:
        return None
    w = norm(" ".join(warnings)).casefold()
    probes = ([table["caption"]] if kind == "ptable" else table["title"][:2]) + table["header"][1:3] + table["rows"][0][1:2]
    return any(norm(p).casefold()[:25] in w for p in probes)


def score(stem: str) -> dict:
    spec = json.loads((BASE / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    out = BASE / "results" / stem
    head = (out / "run.txt").read_text(encoding="utf-8")
    code = int(head.split()[1])
    stderr = head.split("--- stderr\n", 1)[1].strip()
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8")) if (out / "plan.json").exists() else {}
    doc = (plan.get("documents") or [{}])[0]
    got = doc.get("rows", [])
    pairs, extra = match(spec["rows"], got)
    wrong, cells, exact = [], 0, 0
    for e, g in pairs:
        if g is None:
            continue
        for f in FIELDS:
            cells += 1
            if norm(e[f]) == norm(g.get(f)):
                exact += 1
            else:
                wrong.append({"key": e["key"], "field": f, "expected": norm(e[f]), "got": norm(g.get(f))})
    missing = [e["key"] for e, g in pairs if g is None]
    warns = doc.get("warnings", [])
    j = doc.get("jurisdiction") or {}
    leak = leaks(pairs, extra, spec["outside"])
    bad = bool(missing or wrong or extra or leak)
    title = norm(" ".join(spec["apptitle"]))
    title_ok = norm(doc.get("title")) == title
    meta_bad = not (title_ok and j.get("label") == spec["jurisdiction"] and j.get("issued") == spec["issued"]
                    and j.get("year") == spec["year"])
    quiet = code == 0 and not warns and not stderr
    return {
        "doc": stem, "heldout": spec["heldout"], "spec": spec["spec"], "exit": code, "stderr": stderr,
        "rows_expected": len(spec["rows"]), "rows_got": len(got), "rows_matched": len(spec["rows"]) - len(missing),
        "missing": missing, "extra": [{"key": g.get("key"), "text": norm(g.get("indicators") or g.get("tasks"))[:90]}
                                      for g in extra],
        "cells": cells, "cells_exact": exact, "wrong": wrong, "leaks": leak,
        "ptable_named": named(warns, spec["ptable"], "ptable"), "app2_named": named(warns, spec["app2"], "app2"),
        "jurisdiction": j.get("label"), "jurisdiction_ok": j.get("label") == spec["jurisdiction"],
        "year_ok": j.get("year") == spec["year"], "issued": j.get("issued"), "issued_ok": j.get("issued") == spec["issued"],
        "title": doc.get("title"), "warnings": warns, "coverage": doc.get("coverage"),
        "title_ok": title_ok,
        "verdict": ("SILENT" if quiet else "warned") if bad else (("meta SILENT" if not any(
            "no appendix title" in w for w in warns) else "meta warned") if meta_bad else "exact"),
    }


def table(results: list[dict]) -> str:
    lines = ["| doc | producer / traits | exit | rows got/exp | matched | cells exact | extra rows | leaks | "
             "prose table named | Phụ lục II named | jurisdiction / issued | title | warnings | verdict |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        s = r["spec"]
        traits = (f"{s['producer']} {s['position']}{' land' if s['landscape'] else ''} pt:{s['ptable']} "
                  f"II:{s['second']}{' titlepage' if s['title_page'] else ''}{' fn' if s['footnote'] else ''}")
        lines.append(
            f"| {r['doc']}{' (held-out)' if r['heldout'] else ''} | {traits} | {r['exit']} | "
            f"{r['rows_got']}/{r['rows_expected']} | {r['rows_matched']} | {r['cells_exact']}/{r['cells']} | "
            f"{len(r['extra'])} | {len(r['leaks'])} | {r['ptable_named']} | {r['app2_named']} | "
            f"{'ok' if r['jurisdiction_ok'] else r['jurisdiction']} / {'ok' if r['issued_ok'] else r['issued']} | "
            f"{'ok' if r['title_ok'] else 'WRONG'} | "
            f"{len(r['warnings'])} | {r['verdict']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    stems = sorted(p.stem for p in (BASE / "expected").glob("*.json"))
    stems = sorted(stems, key=lambda s: (s[:3] in ("d07", "d08"), s))
    if args:
        stems = [s for s in stems if any(s.startswith(a) for a in args)]
    results = []
    for stem in stems:
        spec = json.loads((BASE / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
        if "--no-run" not in sys.argv:
            run(stem, HERE / spec["document"])
        results.append(score(stem))
    if not args:
        (BASE / "results").mkdir(exist_ok=True)
        (BASE / "results" / "scores.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
        (BASE / "results" / "scores.md").write_text(table(results), encoding="utf-8")
    print(table(results))


if __name__ == "__main__":
    main()
