#!/bin/sh
# Extract every thirteenth-audit document with phuluc and compare it with its hand-written expected rows
# (audit9's compare script).   sh samples/audit13/run_audit13.sh [OUTDIR] [FILE...]   (from the repository root)
out=${1:-/tmp/audit13}; shift 2>/dev/null
mkdir -p "$out"
py=${PY:-.venv/bin/python}
files=${*:-$(ls samples/audit13/*.pdf samples/audit13/*.docx)}
for f in $files ; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    PYTHONPATH=$PWD $py -m phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$n.log"
    $py samples/audit9/compare_audit9.py "samples/audit13/$stem.expected.json" "$out/$n" "$out/$n.log" "$rc"
done
