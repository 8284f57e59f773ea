#!/bin/sh
# Build every audit31 document into $1 (default /tmp/a31). Big files are not committed.
set -e
D=${1:-/tmp/a31}; H=$(cd "$(dirname "$0")" && pwd); P=/work/main/.venv/bin/python
mkdir -p "$D"; cd "$D"
soff() { soffice --headless -env:UserInstallation=file:///tmp/lo-audit31 --convert-to pdf "$1" >/dev/null 2>&1; }
for n in 150 300 600 1000; do
  $P "$H/gen.py" $n $n p$n.json && $P "$H/build_docx.py" p$n.json p$n.docx --size 10 && soff p$n.docx
done
$P "$H/pair.py" 600 2024 y2024.json y2025.json changes.json
for y in y2024 y2025; do $P "$H/build_docx.py" $y.json $y.docx --size 10 && soff $y.docx; done
# Chromium print, one row's tasks cell of ~10,000 characters (3+ pages)
$P "$H/gen.py" 250 31 long250.json --long-row 10000 && (cd "$H" && $P build_html.py "$D/long250.json" "$D/long250.html")
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$D/long250-chromium.pdf" "$D/long250.html" 2>/dev/null
# second, unrelated plans of the same sizes (diff scaling probe: rows mostly unpaired by key)
for n in 150 300 600 1000; do $P "$H/gen.py" $n $((n+7)) q$n.json && $P "$H/build_docx.py" q$n.json q$n.docx --size 10; done
