#!/bin/sh
# Extract every audit document with phuluc and compare it with its expected rows.
#   sh samples/audit/run_audit.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per document phuluc's exit status and stderr, then compare_audit.py's report.
out=${1:-/tmp/audit}
mkdir -p "$out"
for f in samples/audit/*.pdf samples/audit/*.docx samples/audit/*.odt; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    echo "exit status: $?"
    grep -v '^wrote ' "$out/$n.log"
    if [ -f "$out/$n/plan.json" ]; then
        skip=""
        case $stem in a7-*) skip="key,component_no" ;; a8-*) skip="key,indicators" ;; esac
        .venv/bin/python samples/audit/compare_audit.py "samples/audit/$stem.expected.json" "$out/$n/plan.json" $skip
    fi
done
