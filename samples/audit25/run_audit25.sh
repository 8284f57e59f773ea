#!/bin/sh
# Usage: sh samples/audit25/run_audit25.sh OUTROOT   (from the worktree root; builds nothing, extracts and compares)
OUT=${1:-/tmp/a25}; mkdir -p "$OUT"
for f in samples/audit25/s*.docx samples/audit25/s*.pdf; do
  b=$(basename "$f")
  PYTHONPATH=$PWD timeout 300 /work/main/.venv/bin/python -m phuluc extract "$f" --out "$OUT/out-$b" -q 2>"$OUT/err-$b"
done
for e in samples/audit25/s*.expected.json; do
  b=$(basename "$e" .expected.json)
  for x in docx pdf; do /work/main/.venv/bin/python samples/audit25/compare_audit25.py "$OUT/out-$b.$x" "$e::$b.$x"; done
done
