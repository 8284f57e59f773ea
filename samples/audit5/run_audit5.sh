#!/bin/sh
# Extract every fifth-audit document with phuluc and compare it with its expected rows.
#   sh samples/audit5/run_audit5.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per document phuluc's exit status and stderr, then compare_audit5.py's report and verdict.
out=${1:-/tmp/audit5}
mkdir -p "$out"
for f in samples/audit5/*.pdf samples/audit5/*.docx ; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$n.log"
    .venv/bin/python samples/audit5/compare_audit5.py "samples/audit5/$stem.expected.json" "$out/$n" "$out/$n.log" "$rc"
done
