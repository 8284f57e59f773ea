#!/bin/sh
# Extract every audit17 workbook with phuluc, one at a time, and compare it with its expectations.
#   sh samples/audit17/run_audit17.sh [OUTDIR]     (from the repository root; PHULUC and PY may be set)
out=${1:-/tmp/audit17}
PY=${PY:-.venv/bin/python}
PHULUC=${PHULUC:-"$PY -m phuluc.cli"}
mkdir -p "$out"
for f in samples/audit17/w*.xlsx samples/audit17/w*.xls samples/audit17/w*.ods ; do
    b=$(basename "$f"); stem=${b%.*}
    echo "=================== $b"
    rm -rf "$out/$stem"
    $PHULUC extract "$f" --out "$out/$stem" >"$out/$stem.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$stem.log"
    $PY samples/audit17/compare_audit17.py "samples/audit17/$stem.expected.json" "$out/$stem" "$out/$stem.log" "$rc"
done
