#!/bin/sh
# Extract each year and diff the pairs: sh samples/audit34/run.sh (from the worktree root)
D=samples/audit34/docs; O=samples/audit34/out
PH="env PYTHONPATH=$PWD /work/main/.venv/bin/python -m phuluc.cli"
mkdir -p $O
for p in "p1 p1-quangbinh-2024.docx p1-quangtri-2026.docx" "p2 p2-hagiang-2024.pdf p2-tuyenquang-2026.pdf" \
         "p3 p3-xa-camthuy-2024.docx p3-xa-camlo-2026.pdf" "p4 p4-binhduong-2024.docx p4-hcm-2026.pdf" \
         "p5 p5-huyen-camlo-2024.docx p5-xa-camlo-2026.docx" "p6 p6-quangninh-2024.docx p6-quangninh-2026.pdf" \
         "p7 p7-tt-meovac-2024.pdf p7-xa-meovac-2026.pdf"; do
  set -- $p
  $PH extract $D/$2 --out $O/$1-old -q > $O/$1-old.log 2>&1; echo "$1 extract old rc=$?"
  $PH extract $D/$3 --out $O/$1-new -q > $O/$1-new.log 2>&1; echo "$1 extract new rc=$?"
  $PH diff $O/$1-old $O/$1-new > $O/$1-diff.txt 2> $O/$1-diff.err; echo "$1 diff rc=$?"
  $PH diff $O/$1-old $O/$1-new --format csv > $O/$1-diff.csv 2>/dev/null
done
# the same pairs diffed from the documents (extracted on the fly)
for p in "p1 p1-quangbinh-2024.docx p1-quangtri-2026.docx" "p2 p2-hagiang-2024.pdf p2-tuyenquang-2026.pdf" \
         "p3 p3-xa-camthuy-2024.docx p3-xa-camlo-2026.pdf" "p4 p4-binhduong-2024.docx p4-hcm-2026.pdf" \
         "p5 p5-huyen-camlo-2024.docx p5-xa-camlo-2026.docx" "p6 p6-quangninh-2024.docx p6-quangninh-2026.pdf" \
         "p7 p7-tt-meovac-2024.pdf p7-xa-meovac-2026.pdf"; do
  set -- $p
  $PH diff $D/$2 $D/$3 > $O/$1-docdiff.txt 2> $O/$1-docdiff.err; echo "$1 docdiff rc=$?"
  $PH diff $D/$2 $D/$3 --format csv > $O/$1-docdiff.csv 2>/dev/null
done
# one folder holding both years of P6, diffed by source name
$PH extract $D/p6-quangninh-2024.docx $D/p6-quangninh-2026.pdf --out $O/p6-both -q > $O/p6-both.log 2>&1
$PH diff $O/p6-both $O/p6-both --old-source p6-quangninh-2024 --new-source p6-quangninh-2026 > $O/p6-bothdiff.txt 2>&1; echo "p6 both rc=$?"
