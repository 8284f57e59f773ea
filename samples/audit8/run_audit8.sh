#!/bin/sh
# Extract every eighth-audit document (whole plans) with phuluc and compare it with its expected rows,
# leaks and jurisdiction.
#   sh samples/audit8/run_audit8.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per document phuluc's exit status and stderr, then compare_audit8.py's report and verdict.
out=${1:-/tmp/audit8}
mkdir -p "$out"
for f in samples/audit8/*.docx samples/audit8/*.pdf ; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$n.log"
    .venv/bin/python samples/audit8/compare_audit8.py "samples/audit8/$stem.expected.json" "$out/$n" "$out/$n.log" "$rc"
done
