#!/bin/sh
# Extract every tenth-audit PDF with phuluc and compare it with its expected rows, leaks and jurisdiction.
#   sh samples/audit10/run_audit10.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per file phuluc's exit status and stderr, then compare_audit10.py's report and verdict.
out=${1:-/tmp/audit10}
py=${PY:-.venv/bin/python}
mkdir -p "$out"
for f in samples/audit10/*.pdf ; do
    stem=$(basename "$f" .pdf)
    echo "=================== $stem.pdf"
    rm -rf "$out/$stem"
    PYTHONPATH=$PWD $py -m phuluc extract "$f" --out "$out/$stem" >"$out/$stem.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$stem.log"
    $py samples/audit10/compare_audit10.py "samples/audit10/$stem.expected.json" "$out/$stem" "$out/$stem.log" "$rc"
done
