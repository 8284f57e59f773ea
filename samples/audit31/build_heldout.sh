#!/bin/sh
# Held-out documents, built and checked only at the end: a reportlab PDF (rows split inside,
# one 12,000-character tasks cell) and the 2025 plan as LibreOffice PDF for the diff.
set -e
D=${1:-/tmp/a31}; H=$(cd "$(dirname "$0")" && pwd); P=/work/main/.venv/bin/python
cd "$D"
$P "$H/gen.py" 400 4077 rl400.json --long-row 12000 && (cd "$H" && $P build_rl.py "$D/rl400.json" "$D/rl400-reportlab.pdf")
