#!/bin/sh
# Compare again the outputs a run of run_audit15.sh left in OUTDIR (no OCR): after a change to compare_audit15.py.
#   sh samples/audit15/recompare.sh [OUTDIR]
OUT=${1:-/tmp/audit15-out}
PY=${PY:-/work/main/.venv/bin/python}
for dir in "$OUT"/s*/; do
    tag=""; name=$(basename "$dir"); case $name in *-ocr) tag="-ocr"; name=${name%-ocr};; esac
    [ -f "samples/audit15/$name.expected.json" ] || continue  # a probe not built now
    head=$(head -1 "$dir/report.txt")
    code=$(echo "$head" | sed -n 's/.* exit \([0-9]*\) .*/\1/p'); secs=$(echo "$head" | sed -n 's/.* \([0-9.]*\) s .*/\1/p')
    "$PY" samples/audit15/compare_audit15.py "$name" "$dir/out" "$code" "$secs" "$dir/stderr" > "$dir/report.txt" 2>&1
    sed -i "1s/\$/  (${tag:-no flag})/" "$dir/report.txt"
    cat "$dir/report.txt"; echo
done
