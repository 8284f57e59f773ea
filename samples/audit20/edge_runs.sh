#!/bin/bash
# Folder-level edge behaviour of phuluc extract's outputs (README l.66-75, l.177-194).
# Usage: bash samples/audit20/edge_runs.sh WORKDIR   (run from the worktree root)
W=${1:-/tmp/a20/edge-runs}; rm -rf "$W"; mkdir -p "$W"
PX="env PYTHONPATH=$PWD /work/main/.venv/bin/python -m phuluc.cli extract"
head -c 3000 samples/plan-2024-landscape.pdf > "$W/truncated.pdf"
snap() { (cd "$1" && find . -type f -o -type l | sort | xargs -r sha256sum) ; ls -la --time-style=+%s "$1" | sed 1,3d; }

echo "== 1. all inputs fail, into an existing output folder"
$PX samples/plan-2024-grouped.docx --out "$W/out" -q; echo "first exit $?"
snap "$W/out" > "$W/before.txt"
$PX "$W/truncated.pdf" "$W/missing.pdf" --out "$W/out"; echo "all-fail exit $?"
snap "$W/out" > "$W/after.txt"
diff "$W/before.txt" "$W/after.txt" && echo "SAME: folder left as it was"
ls -a "$W" | grep -E '^\.' | grep -v -E '^\.\.?$' && echo "(leftovers beside --out above)"

echo "== 2. all inputs fail, into a folder that does not exist"
$PX "$W/truncated.pdf" --out "$W/new-out"; echo "exit $?"
ls -la "$W/new-out" 2>&1 | head -5

echo "== 3. re-run into an existing folder (fewer documents, a stray file of the user's inside)"
$PX samples/plan-2024-grouped.docx samples/plan-2024-sheet.xlsx --out "$W/re" -q; echo "exit $?"
echo "user notes" > "$W/re/notes.txt"
$PX samples/plan-2024-sheet.xlsx --out "$W/re" -q; echo "exit $?"
ls -a "$W/re"
/work/main/.venv/bin/python -c "
import json,csv,sqlite3,sys
d=sys.argv[1]
print('plan.json sources', [x['source'] for x in json.load(open(d+'/plan.json'))['documents']])
print('rows.csv sources', sorted({r['source'] for r in csv.DictReader(open(d+'/rows.csv',encoding='utf-8-sig'))}))
print('sqlite sources', sqlite3.connect(d+'/plan.sqlite').execute('select source from documents').fetchall())
" "$W/re"

echo "== 4. --out . style: folder holding other files, then all fail"
echo keep > "$W/re/keep.txt"
$PX "$W/truncated.pdf" --out "$W/re" -q; echo "exit $?"; ls -a "$W/re"

echo "== 5. partial failure: good docs written, exit 1, failure recorded"
$PX samples/plan-2024-sheet.xlsx "$W/truncated.pdf" --out "$W/part" -q; echo "exit $?"
/work/main/.venv/bin/python -c "import json;print(json.load(open('$W/part/plan.json'))['failures'])"

echo "== 6. a run without --update into an --update folder drops the library"
$PX samples/plan-2024-sheet.xlsx --out "$W/lib" --update -q; echo "update exit $?"; ls -a "$W/lib" | grep phuluc-cache
$PX samples/plan-2024-sheet.xlsx --out "$W/lib" -q; echo "plain exit $?"; ls -a "$W/lib" | grep -c phuluc-cache

echo "== 7. two runs into one folder at once: the second says so, exits 1"
$PX samples/plan-2024-landscape.pdf --out "$W/lock" -q & P1=$!
sleep 0.7; $PX samples/plan-2024-sheet.xlsx --out "$W/lock"; echo "second exit $?"
wait $P1; echo "first exit $?"
/work/main/.venv/bin/python -c "import json;print([d['source'] for d in json.load(open('$W/lock/plan.json'))['documents']])"
