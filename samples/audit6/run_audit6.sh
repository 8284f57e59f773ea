#!/bin/sh
# Extract every sixth-audit document with phuluc and compare its jurisdiction and rows with the expected ones.
#   sh samples/audit6/run_audit6.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per document phuluc's exit status and stderr, then compare_audit6.py's report and verdict.
out=${1:-/tmp/audit6}
mkdir -p "$out"
for f in samples/audit6/*.docx samples/audit6/*.pdf ; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$n.log"
    .venv/bin/python samples/audit6/compare_audit6.py "samples/audit6/$stem.expected.json" "$out/$n" "$out/$n.log" "$rc"
done
