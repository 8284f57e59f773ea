#!/bin/sh
# Rebuild the audit37 documents (needs /tmp/a37venv with weasyprint fpdf2 typst odfpy matplotlib,
# plus chromium, pdftocairo, pandoc, soffice) and check them with both engines.
set -e
cd "$(dirname "$0")"
V=${A37VENV:-/tmp/a37venv}/bin/python
if [ "$1" = "--build" ]; then
  $V build_html.py; $V build_fpdf2.py; $V build_typst.py; $V build_odt.py; $V build_mpl.py
fi
/work/main/.venv/bin/python check.py | tee results/summary.txt
