#!/bin/sh
# Run phuluc (this worktree's code) on review37 probes: DOCX default; PDF default and pdfplumber.
# Usage: sh run.sh docs/NAME.docx docs/NAME.pdf ...   (log in results/run.log)
cd "$(dirname "$0")" || exit 1
W=$(cd ../.. && pwd); PY=/work/main/.venv/bin/python
for f in "$@"; do
  case $f in
    *.pdf) $PY check.py --code "$W" --tag wt "$f"; $PY check.py --code "$W" --tag wt --engine pdfplumber "$f";;
    *) $PY check.py --code "$W" --tag wt "$f";;
  esac
done
