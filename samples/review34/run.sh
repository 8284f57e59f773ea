#!/bin/sh
# run.sh FILE [engine] [code-root]: extract FILE with main's (or another tree's) code, print rows and warnings
root=${3:-/work/main}; out=/tmp/r34out/$(basename "$1")-${2:-pdfium}-$(basename $root)
rm -rf "$out"; PYTHONPATH=$root /work/main/.venv/bin/python -m phuluc extract "$1" --out "$out" --engine ${2:-pdfium} >/dev/null 2>&1
/work/main/.venv/bin/python - "$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1] + "/plan.json"))
for f in d["failures"]: print("FAIL", f)
for doc in d["documents"]:
    print("pages", doc["pages"])
    for r in doc["rows"]:
        print(f'{r["key"]:10} d{r["dimension_no"]} c{r["component_no"]} papi={r["papi"]!r:7} p{r["pages"]} | {r["indicators"][:70]!r} | tasks={r["tasks"][:40]!r} | lead={r["lead"][:30]!r}')
    for w in doc["warnings"]: print("  W:", w[:400])
PY
