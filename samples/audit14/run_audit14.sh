#!/bin/sh
# Extract every audit14 document (DOCX and PDF) and compare it with its expected file.
#   sh samples/audit14/run_audit14.sh [OUTDIR]       (from the repository root)
set -u
HERE=$(dirname "$0")
OUT=${1:-/tmp/audit14-out}
PY=${PY:-.venv/bin/python}
[ -x "$PY" ] || PY=/work/main/.venv/bin/python
mkdir -p "$OUT"
for exp in "$HERE"/*.expected.json; do
  name=$(basename "$exp" .expected.json)
  for ext in docx pdf; do
    f="$HERE/$name.$ext"
    [ -f "$f" ] || continue
    d="$OUT/$name-$ext"
    PYTHONPATH=. "$PY" -m phuluc.cli extract "$f" --out "$d" > "$d.log" 2>&1
    echo "$? exit" >> "$d.log"
    "$PY" "$HERE/compare_audit14.py" "$exp" "$d"
    grep -i "warning" "$d.log" | sed 's/^/  log: /'
  done
done
