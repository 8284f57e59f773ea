#!/bin/sh
# Extract each scan of samples/audit15 ONE AT A TIME (OCR is slow; the machine is shared), compare, verdict.
#   sh samples/audit15/run_audit15.sh [OUTDIR] [NAME-PREFIX...]      (from the repository root)
# Each document is read without --ocr (image-only pages are OCR'd anyway, README "Scans"); s10 (digital
# page 1, scanned page 2) and s01 are read a second time with --ocr. Results in OUTDIR/<name>/report.txt.
set -u
OUT=${1:-/tmp/audit15-out}; [ $# -gt 0 ] && shift
PY=${PY:-/work/main/.venv/bin/python}
HERE=samples/audit15
mkdir -p "$OUT"
run() {  # run NAME TAG [extra args]
    name=$1; tag=$2; shift 2
    dir="$OUT/$name$tag"; rm -rf "$dir"; mkdir -p "$dir"
    start=$(date +%s.%N)
    PYTHONPATH=$PWD "$PY" -m phuluc.cli extract "$HERE/$name.pdf" --out "$dir/out" "$@" > "$dir/stdout" 2> "$dir/stderr"
    code=$?
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc)
    "$PY" "$HERE/compare_audit15.py" "$name" "$dir/out" "$code" "$secs" "$dir/stderr" > "$dir/report.txt" 2>&1
    sed -i "1s/\$/  (${tag:-no flag})/" "$dir/report.txt"
    cat "$dir/report.txt"; echo
}
for pdf in "$HERE"/s*.pdf; do
    name=$(basename "$pdf" .pdf)
    if [ $# -gt 0 ]; then
        keep=0; for p in "$@"; do case $name in "$p"*) keep=1;; esac; done
        [ $keep = 1 ] || continue
    fi
    run "$name" ""
    case $name in s01*|s10*) run "$name" "-ocr" --ocr;; esac
done
