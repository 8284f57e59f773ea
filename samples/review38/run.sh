#!/bin/sh
# Run every probe: new code (this worktree, default and pdfplumber engines) and old code (288f35d in /tmp/r38-old).
cd "$(dirname "$0")"
WT=$(cd ../.. && pwd)
PY=/work/main/.venv/bin/python
for d in "$@"; do
  $PY check.py --code "$WT" --tag wt "$d"
  $PY check.py --code "$WT" --tag wt --engine pdfplumber "$d"
  $PY check.py --code /tmp/r38-old --tag old "$d"
done
