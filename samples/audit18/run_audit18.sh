#!/bin/sh
# Extract every audit18 document (one at a time) and compare: sh samples/audit18/run_audit18.sh [OUTDIR]
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-/tmp/audit18-out}
PY=${PY:-/work/main/.venv/bin/python}
mkdir -p "$OUT"
for f in "$HERE"/h*.docx "$HERE"/h*.pdf; do
  b=$(basename "$f"); n=${b%.*}
  d="$OUT/$b"; rm -rf "$d"
  (cd "$ROOT" && PYTHONPATH="$ROOT" "$PY" -m phuluc.cli extract "$f" --out "$d" -q) 2>"$d.stderr"
  code=$?
  echo "== $b (exit $code)"
  "$PY" "$HERE/compare_audit18.py" "$HERE/$n.expected.json" "$d" "$code" "$d.stderr"
done
