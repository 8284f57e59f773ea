#!/bin/sh
# Extract every ninth-audit document (DOCX and its LibreOffice PDF) with phuluc and compare it with its
# expected rows, leaks and jurisdiction; then the DOCX's rows against the PDF's.
#   sh samples/audit9/run_audit9.sh [OUTDIR]     (from the repository root, after `make install`)
# Prints per file phuluc's exit status and stderr, then compare_audit9.py's report and verdict.
out=${1:-/tmp/audit9}
mkdir -p "$out"
for f in samples/audit9/*.docx samples/audit9/*.pdf ; do
    b=$(basename "$f"); stem=${b%.*}; n=$stem-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    rc=$?
    echo "exit status: $rc"
    grep -v '^wrote ' "$out/$n.log"
    .venv/bin/python samples/audit9/compare_audit9.py "samples/audit9/$stem.expected.json" "$out/$n" "$out/$n.log" "$rc"
done
for f in samples/audit9/*.docx ; do
    stem=$(basename "$f" .docx)
    echo "=================== $stem: DOCX against PDF"
    .venv/bin/python samples/audit9/compare_audit9.py --pair "$out/$stem-docx" "$out/$stem-pdf"
done
