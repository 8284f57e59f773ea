#!/bin/sh
# Extract every third-audit document with phuluc and compare it with its expected rows.
#   sh samples/audit3/run_audit3.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per document phuluc's exit status and stderr, then compare_audit3.py's report and verdict.
out=${1:-/tmp/audit3}
mkdir -p "$out"
for f in samples/audit3/*.pdf samples/audit3/*.docx samples/audit3/*.odt; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$n.log"
    .venv/bin/python samples/audit3/compare_audit3.py "samples/audit3/$stem.expected.json" "$out/$n" "$out/$n.log" "$rc"
done
