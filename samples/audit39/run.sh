#!/bin/sh
# Rebuild audit39's plans, extract them, and check against the blind expectations.
set -e
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
ROOT=$(cd ../.. && pwd)
$PY build.py
(cd docs && soffice --headless -env:UserInstallation=file:///tmp/lo-audit39 --convert-to pdf *.docx >/dev/null)
rm -rf results/pdf results/docx
PYTHONPATH=$ROOT $PY -m phuluc extract docs/*.pdf --out results/pdf -q
PYTHONPATH=$ROOT $PY -m phuluc extract docs/*.docx --out results/docx -q
$PY check.py results/pdf/plan.json results/docx/plan.json
