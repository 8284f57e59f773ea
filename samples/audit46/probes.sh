#!/bin/sh
# audit46 probes: the smallest reproduction of each finding (run from the worktree root after build.py).
set -u
P="env PYTHONPATH=$PWD /work/main/.venv/bin/python -m phuluc"
B=$PWD/samples/audit46
W=$(mktemp -d /tmp/audit46-probe.XXXX)
cd "$W"
echo "== F1: a link to a folder inside the batch is skipped without a word (exit 0)"
mkdir p1 && ln -s "$B/outside/linked-dir" p1/linked && cp "$B/batch/g01-lao-cai.pdf" p1/
$P extract p1 --out o1; echo "rc=$?  (outside/linked-dir/x01-linked-dir-son-la.docx: 3 rows, not read, not named)"
echo "== F2: --update: a library document whose file is now damaged is dropped; only the file's error line says anything"
mkdir p2 && cp "$B/batch/g01-lao-cai.pdf" "$B/batch/g04-quang-tri.pdf" p2/
$P extract p2 --out o2 --update -q; head -c 5000 "$B/batch/g04-quang-tri.pdf" > p2/g04-quang-tri.pdf
$P extract p2 --out o2 --update; echo "rc=$?"
python3 -c "import json;print('documents now:', [d['path'] for d in json.load(open('o2/plan.json'))['documents']])"
echo "== F3: --update prints the same per-document line for a document read again and one taken from the library"
cp "$B/extra/g09-khanh-hoa.docx" p2/g09.docx; $P extract p2 --out o2 --update 2>/dev/null
echo "== F4: a PDF whose appendix table is a picture under a text title: refused as 'no ruled table', no hint of --ocr"
$P extract "$B/batch/b06-table-as-image.pdf" --out o4; echo "rc=$?"
$P extract "$B/batch/b06-table-as-image.pdf" --out o4 --ocr -q; echo "rc=$? with --ocr"
echo "== F5: NFC and NFD spellings of one name: two identical console lines"
$P extract "$B/batch" --out o5 -q 2>/dev/null; $P extract "$B/batch" --out o5 2>/dev/null | head -2
