#!/bin/sh
# Run phuluc on every audit38 document: DOCX (default), PDF (default, pdfplumber), HTML-printed PDF (both).
# Outputs in /tmp/a38out/<doc>--<format>--<engine>/, stderr and rc kept beside; summary in results.json.
cd "$(dirname "$0")/../.." || exit 1
W=$PWD; D=samples/audit38/docs; O=/tmp/a38out
PY=/work/main/.venv/bin/python
for f in $D/*.docx $D/*.pdf; do
  b=$(basename "$f"); n=${b%.*}; ext=${b##*.}
  case $ext in docx) engines=default;; pdf) engines="default pdfplumber";; esac
  for e in $engines; do
    out=$O/$n--$ext--$e; rm -rf "$out"; mkdir -p "$O"
    if [ $e = default ]; then PYTHONPATH=$W $PY -m phuluc.cli extract "$f" --out "$out" >"$out.stdout" 2>"$out.stderr"
    else PYTHONPATH=$W $PY -m phuluc.cli extract "$f" --out "$out" --engine $e >"$out.stdout" 2>"$out.stderr"; fi
    echo $? >"$out.rc"
  done
done
$PY samples/audit38/summarize.py
