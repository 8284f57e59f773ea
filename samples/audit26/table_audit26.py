"""Print audit26's results table (markdown) from results.jsonl: the last run of each case.

The verdict is the rule below, overridden where reading the output showed more (VERDICTS, each
explained in FINDINGS.md): rows compared by hand against the clean document's rows.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICTS = {
    "p-flip-content.pdf": "SILENT (F1)", "p-flip-xref-entry.pdf": "SILENT (F1)",
    "p-xref-entry-past-end.pdf": "SILENT (F1)", "p-200k-char-ops.pdf": "SLOW: 300 s limit (F3)",
    "p-page-14400pt.pdf": "WRONG-MESSAGE + MEMORY 1.1 GB (F2)", "p-count-low.pdf": "WRONG-MESSAGE (F4)",
    "d-vmerge-all-continue.docx": "SILENT, odd input (F6)", "x-formula-errors.xlsx": "OK (error text kept, F7)",
    "x-formula-errors.ods": "OK (error text kept, F7)", "path-chmod-000": "OK (root reads it; not testable, F8)",
    "path-chmod-000-as-nobody": "NOT RUN (venv python not executable by nobody)",
    "p-image-20000px.pdf": "OK (with --ocr: WRONG-MESSAGE, F5)",
}


def short(rec: dict) -> str:
    lines = [s for s in rec["stderr"] if "error" in s or "warning" in s]
    lines = [s for s in lines if not s.startswith(('"samples/plan-2024-landscape.docx"', '"samples/layouts/long-row'))]
    if not lines:
        bad = rec.get("other_docs") or []
        if len(bad) > 3:
            return f"{len(bad)} other documents (kept from the library), 0 errors"
        return "; ".join(f"{d['rows']} rows, {len(d['warnings'])} warning(s)" for d in bad) or "-"
    text = lines[0].replace("phuluc: error: ", "").replace("|", "/")
    return (text[:150] + "…" if len(text) > 150 else text) + (f" (+{len(lines) - 1} lines)" if len(lines) > 1 else "")


def main() -> None:
    last = {}
    for line in (HERE / "results.jsonl").open():
        r = json.loads(line)
        last[r["case"]] = r
    print("| case | exit | s | max RSS MB | stderr (first error/warning line, or the bad document's rows) | good docs same | verdict |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, r in last.items():
        if name == "base":
            continue
        if r["rc"] == 124:
            v = "HANG"
        elif r["traceback"]:
            v = "TRACEBACK"
        elif r["good"] not in ("same",) and not name.startswith(("out-is", "out-inside", "out-equals")):
            v = "GOOD DOCS LOST"
        else:
            v = "OK"
        v = VERDICTS.get(name, v)
        good = r["good"] if r["good"] != "DIFF" else "same set, folder order"
        print(f"| {name} | {r['rc']} | {r['wall_s']} | {r['max_rss_mb']} | {short(r)} | {good} | {v} |")


if __name__ == "__main__":
    main()
