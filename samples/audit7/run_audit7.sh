#!/bin/sh
# Extract every seventh-audit document (whole plans) with phuluc and compare it with its expected rows,
# leaks and jurisdiction.
#   sh samples/audit7/run_audit7.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per document phuluc's exit status and stderr, then compare_audit7.py's report and verdict.
out=${1:-/tmp/audit7}
mkdir -p "$out"
for f in samples/audit7/*.docx samples/audit7/*.pdf ; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$n.log"
    .venv/bin/python samples/audit7/compare_audit7.py "samples/audit7/$stem.expected.json" "$out/$n" "$out/$n.log" "$rc"
done
