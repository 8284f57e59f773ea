"""Engine-agreement sweep: every sample PDF with expected rows, read by pdfium and pdfplumber (camelot on a few).

    PYTHONPATH=$PWD /work/main/.venv/bin/python samples/engines37/sweep.py            # list + run + report
    ... sweep.py --list                       # only the PDFs found and why others were skipped
    ... sweep.py --camelot 30                 # also camelot on 30 ruled-table PDFs
    ... sweep.py --only samples/audit22       # PDFs under one folder

Each PDF is read with ``phuluc extract PDF --out DIR -q --engine E`` (a subprocess each, at most two at
once). The engines are compared on ``rows.csv`` (bytes) and on plan.json's rows without ``boxes`` (cell
by cell). Each engine's rows are compared with the expected file where its format maps to row fields
(a list of rows, or ``{"rows": [...]}``): the README's row fields the expected rows carry, spacing folded
(bench/layouts.py ``same_field``), paired by key (bench/layouts.py ``pair_by_key``) or else by order.
Outputs are kept under WORK (default /tmp/engines37) so a rerun only reads what is missing.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import csv
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from layouts import pair_by_key, same_field  # noqa: E402

PYTHON = "/work/main/.venv/bin/python"
SAMPLES = ROOT / "samples"
MAX_PAGES = 40
#: The README's logical-row fields an expected row may carry.
ROW_FIELDS = (
    "key", "dimension_no", "component_no", "papi", "dimension", "component", "indicators", "tasks",
    "implementing", "lead", "sector_guidance", "coordinating", "deadline", "expected_result", "budget", "extra",
)
SKIP_FOLDERS = {"scanned", "engines37", "sweep"}


def pdf_pages(pdf: Path) -> int:
    """Page count by pdfinfo (0 when it cannot tell)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    return next((int(line.split()[1]) for line in out.splitlines() if line.startswith("Pages:")), 0)


def is_scan(pdf: Path) -> bool:
    """A PDF whose first three pages hold (almost) no text layer."""
    cmd = ["pdftotext", "-l", "3", str(pdf), "-"]
    text = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
    return len("".join(text.split())) < 100


def layouts_expected() -> dict[str, Path]:
    """samples/layouts/expected.csv: file -> expected rows."""
    with (SAMPLES / "layouts" / "expected.csv").open(encoding="utf-8", newline="") as handle:
        return {r["file"]: ROOT / r["expected_rows"] for r in csv.DictReader(handle)}


def find_expected(pdf: Path) -> Path | None:
    """The expected-output file of one PDF, by each folder's naming, or None."""
    stem, folder = pdf.stem, pdf.parent
    if folder == SAMPLES:
        own = ROOT / "tests" / "golden" / stem / "rows.json"
        return own if own.exists() else ROOT / "tests" / "golden" / "seed" / "rows.json"
    if folder.name == "layouts":
        return layouts_expected().get(pdf.name)
    if folder.name == "heldout-layouts":
        return folder / "rows.json"
    top = SAMPLES / pdf.relative_to(SAMPLES).parts[0]
    for base in (folder, folder.parent, top):
        for cand in (
            base / f"{stem}.expected.json",
            base / "expected" / f"{stem}.expected.json",
            base / "expected" / f"{pdf.name}.json",
            base / "truth" / f"{stem}.json",
        ):
            if cand.exists():
                return cand
    hits = sorted(top.rglob(f"{stem}.expected.json"))
    return hits[0] if hits else None


def discover(only: list[str]) -> tuple[list[tuple[Path, Path]], list[tuple[str, str]]]:
    """The PDFs to sweep (with their expected file) and the skipped ones with the reason."""
    found, skipped = [], []
    for pdf in sorted(SAMPLES.rglob("*.pdf")):
        rel = pdf.relative_to(ROOT).as_posix()
        if only and not any(rel.startswith(o.rstrip("/")) for o in only):
            continue
        parts = set(pdf.relative_to(SAMPLES).parts[:-1])
        if parts & SKIP_FOLDERS or any(p.startswith("out") or p == "results" for p in parts):
            skipped.append((rel, "output/scan folder"))
            continue
        expected = find_expected(pdf)
        if expected is None:
            skipped.append((rel, "no expected file"))
            continue
        pages = pdf_pages(pdf)
        if pages > MAX_PAGES:
            skipped.append((rel, f"{pages} pages"))
        elif is_scan(pdf):
            skipped.append((rel, "scan (no text layer)"))
        else:
            found.append((pdf, expected))
    return found, skipped


def out_dir(work: Path, pdf: Path, engine: str) -> Path:
    """Where one engine's reading of one PDF goes."""
    tag = hashlib.sha1(pdf.relative_to(ROOT).as_posix().encode()).hexdigest()[:10]
    return work / "out" / f"{pdf.stem[:40]}-{tag}" / engine


def run_one(pdf: str, engine: str, out: str) -> dict[str, Any]:
    """``phuluc extract PDF --out OUT -q --engine E``; its status, stderr and seconds (cached in run.json)."""
    done = Path(out).parent / f"{engine}.run.json"
    if done.exists():
        cached: dict[str, Any] = json.loads(done.read_text(encoding="utf-8"))
        return cached
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [PYTHON, "-m", "phuluc.cli", "extract", pdf, "--out", out, "-q", "--engine", engine, "--timeout", "600"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    result = {"rc": proc.returncode, "stderr": proc.stderr[-4000:], "seconds": round(time.perf_counter() - start, 2)}
    done.parent.mkdir(parents=True, exist_ok=True)
    done.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return result


def plan_rows(out: Path) -> tuple[list[dict[str, Any]] | None, list[str]]:
    """plan.json's rows of the one document (boxes left out) and its warnings; None when there is none."""
    try:
        docs = json.loads((out / "plan.json").read_text(encoding="utf-8"))["documents"]
    except (OSError, ValueError, KeyError):
        return None, []
    if not docs:
        return None, []
    rows = [{k: v for k, v in r.items() if k != "boxes"} for r in docs[0]["rows"]]
    return rows, [str(w) for w in docs[0].get("warnings", [])]


def excerpt(a: object, b: object, width: int = 30) -> tuple[str, str]:
    """Both values around their first differing character (whole when short)."""
    x, y = str(a), str(b)
    i = next((n for n, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
    start = max(0, i - width)
    return x[start : i + width], y[start : i + width]


def cell_differences(a: list[dict[str, Any]], b: list[dict[str, Any]], limit: int = 6) -> list[str]:
    """The cells where two readings differ, row by row in order (and a row-count note)."""
    diffs = []
    if len(a) != len(b):
        diffs.append(f"row count {len(a)} vs {len(b)}")
    for i, (x, y) in enumerate(zip(a, b)):
        for k in sorted(set(x) | set(y)):
            if x.get(k) != y.get(k):
                p, q = excerpt(x.get(k), y.get(k))
                diffs.append(f"row {i} ({x.get('key')}) {k}: {p!r} | {q!r}")
                if len(diffs) >= limit:
                    return diffs
    return diffs


def expected_rows(path: Path) -> list[dict[str, Any]] | None:
    """The expected rows when the file's format is a list of rows or {"rows": [...]} of dicts, else None."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data.get("rows") if isinstance(data, dict) else data
    if not isinstance(rows, list) or not rows or not all(isinstance(r, dict) for r in rows):
        return None
    if not any(k in ROW_FIELDS for k in rows[0]):
        return None
    return rows


def against_expected(expected: list[dict[str, Any]], got: list[dict[str, Any]] | None) -> list[str]:
    """Differences of the found rows from the expected rows in the fields the expected rows carry."""
    if got is None:
        return ["no rows (no document)"]
    diffs = [] if len(expected) == len(got) else [f"rows {len(got)}, expected {len(expected)}"]
    keyed = all(r.get("key") for r in expected)
    pairs = pair_by_key(expected, got) if keyed else list(zip(expected, got + [None] * len(expected)))
    for i, (exp, found) in enumerate(pairs):
        if found is None:
            diffs.append(f"expected row {i} ({exp.get('key')}) missing")
            continue
        for k in ROW_FIELDS:
            want, have = exp.get(k), found.get(k)
            if k == "extra":
                want, have = want or {}, have or {}
            elif k in ("dimension_no", "component_no"):
                want, have = str(want), str(have)
            if k in exp and not same_field(want, "" if have is None else have):
                p, q = excerpt(want, have)
                diffs.append(f"row {i} ({exp.get('key') or found.get('key')}) {k}: exp {p!r} got {q!r}")
    return diffs


#: Folders whose own compare_auditN.py takes ``EXPECTED.json OUTDIR LOGFILE EXIT_STATUS`` and ends in "VERDICT: ...".
NATIVE = {"audit3", "audit4", "audit5", "audit6", "audit7", "audit8", "audit9", "audit10", "audit16", "audit17"}


def native_verdict(pdf: Path, expected: Path, out: Path, run: dict[str, Any]) -> str | None:
    """The folder's own comparison's VERDICT line for one engine's output, or None when it has none."""
    top = pdf.relative_to(SAMPLES).parts[0]
    scripts = sorted((SAMPLES / top).glob("compare_audit*.py"))
    if top not in NATIVE or not scripts or expected.name != f"{pdf.stem}.expected.json":
        return None
    log = out.parent / f"{out.name}.log"
    log.write_text(run["stderr"], encoding="utf-8")
    cmd = [PYTHON, str(scripts[0]), str(expected), str(out), str(log), str(run["rc"])]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    said = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False).stdout
    return next((line for line in reversed(said.splitlines()) if line.startswith("VERDICT")), "no VERDICT line")


def compare_pdf(work: Path, pdf: Path, expected: Path, engines: list[str], runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One PDF's record: per engine status and expected-diffs, and the engines' agreement."""
    rec: dict[str, Any] = {"pdf": pdf.relative_to(ROOT).as_posix(), "expected": expected.relative_to(ROOT).as_posix()}
    exp = expected_rows(expected)
    rec["expected_mappable"] = exp is not None
    readings = {}
    for e in engines:
        out = out_dir(work, pdf, e)
        rows, warnings = plan_rows(out)
        readings[e] = (rows, warnings, (out / "rows.csv").read_bytes() if (out / "rows.csv").exists() else None)
        run = runs[e]
        rec[e] = {
            "rc": run["rc"], "seconds": run["seconds"], "traceback": "Traceback" in run["stderr"],
            "stderr": run["stderr"].strip()[-600:], "rows": None if rows is None else len(rows),
            "warnings": warnings, "vs_expected": against_expected(exp, rows)[:8] if exp is not None else None,
            "native": native_verdict(pdf, expected, out, run),
        }
    base = engines[0]
    for e in engines[1:]:
        a, b = readings[base], readings[e]
        rec[f"{base}~{e}"] = {
            "csv_identical": a[2] == b[2],
            "both_failed": a[2] is None and b[2] is None,
            "cells": cell_differences(a[0] or [], b[0] or []),
            "warnings_same": a[1] == b[1],
        }
    return rec


def ruled_sample(found: list[tuple[Path, Path]], n: int) -> list[tuple[Path, Path]]:
    """``n`` PDFs for camelot: the ruled LibreOffice/layout samples first, then a spread of the rest."""
    first = [f for f in found if f[0].parent in (SAMPLES, SAMPLES / "layouts", SAMPLES / "heldout-layouts")]
    rest = [f for f in found if f not in first]
    step = max(1, len(rest) // max(1, n - len(first)))
    return (first + rest[::step])[:n]


def report(work: Path) -> str:
    """A markdown summary of results.jsonl: counts, disagreements, failures, agreed-but-wrong."""
    recs = [json.loads(line) for line in (work / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    pair = "pdfium~pdfplumber"
    same = [r for r in recs if r[pair]["csv_identical"]]
    lines = [f"- PDFs swept: {len(recs)}; pdfium and pdfplumber rows.csv byte-identical: {len(same)}",
             f"- expected file maps to row fields: {sum(r['expected_mappable'] for r in recs)}", ""]
    lines += ["## pdfium vs pdfplumber disagreements", "", "| PDF | cells (pdfium \\| pdfplumber) | warnings same | pdfium vs expected | pdfplumber vs expected |", "|---|---|---|---|---|"]
    for r in recs:
        if not r[pair]["csv_identical"]:
            d = r[pair]
            ve = [r[e]["vs_expected"] for e in ("pdfium", "pdfplumber")]
            show = ["n/a" if v is None else (f"{len(v)} diffs" if v else "exact") for v in ve]
            show = [f"{x}; {r[e]['native']}" if r[e]["native"] else x for x, e in zip(show, ("pdfium", "pdfplumber"))]
            cells = "<br>".join(c.replace("|", "\\|") for c in d["cells"]) or "(plan.json rows same; rows.csv bytes differ)"
            lines.append(f"| {r['pdf']} | {cells} | {d['warnings_same']} | {show[0]} | {show[1]} |")
    lines += ["", "## non-zero exit or traceback", ""]
    for r in recs:
        for e in ("pdfium", "pdfplumber", "camelot"):
            if e in r and (r[e]["rc"] != 0 or r[e]["traceback"]):
                lines.append(f"- {r['pdf']} {e}: rc {r[e]['rc']}, traceback {r[e]['traceback']}: {r[e]['stderr'][-200:]!r}")
    lines += ["", "## both engines agree, differ from the expected file (generic field comparison)", ""]
    for r in recs:
        v, nat = r["pdfium"]["vs_expected"], r["pdfium"]["native"]
        if not r[pair]["csv_identical"]:
            continue
        if nat is not None and nat.strip() != "VERDICT: right":
            lines.append(f"- {r['pdf']}: folder's compare says {nat!r}; generic first diff: {(v or ['-'])[0][:140]}")
        elif nat is None and v:
            lines.append(f"- {r['pdf']} ({r['expected']}): generic {len(v)}{'+' if len(v) == 8 else ''} diffs; first: {v[0][:160]}")
    cam = [r for r in recs if "camelot" in r]
    lines += ["", f"## camelot ({len(cam)} PDFs)", ""]
    for r in cam:
        d = r["pdfium~camelot"]
        lines.append(f"- {r['pdf']}: {'identical' if d['csv_identical'] else 'DIFFERENT: ' + '; '.join(d['cells'][:3])}")
    return "\n".join(lines)


def main() -> int:
    """Discover, run (two at a time), compare, write results.jsonl."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/engines37"))
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--camelot", type=int, default=0, help="also camelot on this many ruled-table PDFs")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--report", action="store_true", help="only print the summary of WORK/results.jsonl")
    args = ap.parse_args()
    if args.report:
        print(report(args.work))
        return 0
    found, skipped = discover(args.only)
    args.work.mkdir(parents=True, exist_ok=True)
    (args.work / "skipped.json").write_text(json.dumps(skipped, indent=1), encoding="utf-8")
    print(f"{len(found)} PDFs to sweep, {len(skipped)} skipped", flush=True)
    if args.list:
        for pdf, exp in found:
            print(pdf.relative_to(ROOT), "->", exp.relative_to(ROOT))
        return 0
    camelot = {p for p, _ in ruled_sample(found, args.camelot)} if args.camelot else set()
    tasks = [(p, e) for p, _ in found for e in ("pdfium", "pdfplumber")] + [(p, "camelot") for p in sorted(camelot)]
    runs: dict[tuple[Path, str], dict[str, Any]] = {}
    with concurrent.futures.ProcessPoolExecutor(max_workers=min(2, args.jobs)) as pool:
        futs = {pool.submit(run_one, str(p), e, str(out_dir(args.work, p, e))): (p, e) for p, e in tasks}
        for n, fut in enumerate(concurrent.futures.as_completed(futs), 1):
            runs[futs[fut]] = fut.result()
            if n % 20 == 0:
                print(f"  {n}/{len(tasks)} runs done", flush=True)
    with (args.work / "results.jsonl").open("w", encoding="utf-8") as handle:
        for pdf, exp in found:
            engines = ["pdfium", "pdfplumber"] + (["camelot"] if pdf in camelot else [])
            rec = compare_pdf(args.work, pdf, exp, engines, {e: runs[(pdf, e)] for e in engines})
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {args.work / 'results.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
