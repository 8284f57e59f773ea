#!/bin/sh
# Extract every second-audit document with phuluc and compare it with its expected rows.
#   sh samples/audit2/run_audit2.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per document phuluc's exit status and stderr, then samples/audit/compare_audit.py's report.
# The .xlsx is given to phuluc as is (b7): its expected rows are b6's, the same sheet.
out=${1:-/tmp/audit2}
mkdir -p "$out"
for f in samples/audit2/*.pdf samples/audit2/*.docx samples/audit2/*.xlsx; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    echo "exit status: $?"
    grep -v '^wrote ' "$out/$n.log"
    if [ -f "$out/$n/plan.json" ]; then
        .venv/bin/python samples/audit/compare_audit.py "samples/audit2/$stem.expected.json" "$out/$n/plan.json"
    fi
done
