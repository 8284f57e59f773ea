#!/bin/sh
# Extract each audit16 document ONE AT A TIME, compare with its expectations, print a verdict each.
#   sh samples/audit16/run_audit16.sh [OUTDIR] [NAME-PREFIX...]     (from the worktree root)
set -u
OUT=${1:-/tmp/audit16-out}; [ $# -gt 0 ] && shift
PY=${PY:-/work/main/.venv/bin/python}
HERE=samples/audit16
mkdir -p "$OUT"
for exp in "$HERE"/t*.expected.json; do
    name=$(basename "$exp" .expected.json)
    if [ $# -gt 0 ]; then
        keep=0; for p in "$@"; do case $name in "$p"*) keep=1;; esac; done
        [ $keep = 1 ] || continue
    fi
    file=$(ls "$HERE/$name".* | grep -v expected.json | head -1)
    dir="$OUT/$name"; rm -rf "$dir"; mkdir -p "$dir"
    PYTHONPATH=$PWD "$PY" -m phuluc.cli extract "$file" --out "$dir/out" > "$dir/stdout" 2> "$dir/stderr"
    code=$?
    "$PY" "$HERE/compare_audit16.py" "$exp" "$dir/out" "$dir/stderr" "$code" > "$dir/report.txt" 2>&1
    cat "$dir/report.txt"; echo
done
