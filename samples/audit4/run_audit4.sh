#!/bin/sh
# Extract every fourth-audit document with phuluc and compare it with its expected rows.
#   sh samples/audit4/run_audit4.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per document phuluc's exit status and stderr, then compare_audit4.py's report and verdict.
out=${1:-/tmp/audit4}
mkdir -p "$out"
for f in samples/audit4/*.pdf samples/audit4/*.docx ; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$n.log"
    .venv/bin/python samples/audit4/compare_audit4.py "samples/audit4/$stem.expected.json" "$out/$n" "$out/$n.log" "$rc"
done
