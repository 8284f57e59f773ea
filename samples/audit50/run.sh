#!/usr/bin/env bash
# audit50: run phuluc over the hostile batch that build.py writes, file by file and as one folder.
# Usage (from the worktree root): samples/audit50/run.sh [WORK]   (WORK defaults to /tmp/a50)
# Writes WORK/batch (the inputs), WORK/runs/* (outputs, stdout, stderr, /usr/bin/time -v) and
# WORK/runs/perfile.tsv (file, exit, seconds, peak RSS KiB, stderr lines, traceback?, first error line).
set -u
WORK=${1:-/tmp/a50}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY=/work/main/.venv/bin/python
B=$WORK/batch
R=$WORK/runs

"$PY" "$ROOT/samples/audit50/build.py" "$B"
rm -rf "$R"; mkdir -p "$R"

# timed NAME CMD...: run CMD under /usr/bin/time -v with a 20-minute guard against a hang
timed() {
  local name=$1; shift
  /usr/bin/time -v -o "$R/$name.time" timeout 1200 env PYTHONPATH="$ROOT" "$PY" -m phuluc "$@" \
    >"$R/$name.stdout" 2>"$R/$name.stderr"
  echo $? >"$R/$name.rc"
}

summary() {  # summary NAME -> exit, wall s, peak KiB, stderr lines, traceback flag, first error line
  local name=$1
  local wall rss lines tb err
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$R/$name.time")
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$R/$name.time")
  lines=$(wc -l <"$R/$name.stderr")
  tb=$(grep -c 'Traceback\|File ".*", line' "$R/$name.stderr")
  err=$(grep -m1 'error' "$R/$name.stderr" | sed "s|$B/||" | cut -c1-220)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(cat "$R/$name.rc")" "$wall" "$rss" "$lines" "$tb" "$err"
}

# 1. every file alone (links and the loop folder too)
printf 'file\texit\twall\tpeakKiB\tstderr_lines\ttraceback\tfirst_error\n' >"$R/perfile.tsv"
for f in "$B"/* ; do
  n=$(basename "$f" | tr -c 'A-Za-z0-9.\n-' '_')
  timed "one-$n" extract "$f" --out "$R/one-$n.out"
  summary "one-$n" >>"$R/perfile.tsv"
done
timed one-encrypted-pw extract "$B/encrypted.pdf" --password secret50 --out "$R/one-encrypted-pw.out"
summary one-encrypted-pw >>"$R/perfile.tsv"
timed one-encrypted-badpw extract "$B/encrypted.pdf" --password wrong --out "$R/one-encrypted-badpw.out"
summary one-encrypted-badpw >>"$R/perfile.tsv"

# 2. the whole folder: -j 1 twice, -j 2, with the password, --update twice
timed batch-j1 extract "$B" --out "$R/batch-j1"
timed batch-j1b extract "$B" --out "$R/batch-j1b"
timed batch-j2 extract "$B" -j 2 --out "$R/batch-j2"
timed batch-pw extract "$B" --password secret50 --out "$R/batch-pw"
timed batch-up1 extract "$B" --update --out "$R/batch-up"
timed batch-up2 extract "$B" --update --out "$R/batch-up"
printf 'run\texit\twall\tpeakKiB\tstderr_lines\ttraceback\tfirst_error\n' >"$R/batch.tsv"
for n in batch-j1 batch-j1b batch-j2 batch-pw batch-up1 batch-up2; do summary $n >>"$R/batch.tsv"; done

# 3. byte-identical reruns
: >"$R/cmp.txt"
for f in plan.json rows.csv plan.sqlite agency_mentions.csv review.csv datapackage.json metadata.json review.html; do
  for other in batch-j1b batch-j2 batch-up; do
    if cmp -s "$R/batch-j1/$f" "$R/$other/$f"; then echo "same $f batch-j1 $other"; else echo "DIFF $f batch-j1 $other"; fi
  done >>"$R/cmp.txt"
done

# 4. a file that cannot be read: we run as root, so chmod 000 is still readable; drop the DAC capabilities
setpriv --bounding-set -dac_override,-dac_read_search env PYTHONPATH="$ROOT" "$PY" -m phuluc extract \
  "$B/unreadable.pdf" "$B/good-portrait.pdf" --out "$R/nocap" >"$R/nocap.stdout" 2>"$R/nocap.stderr"
echo $? >"$R/nocap.rc"

# 5. diff between outputs that hold hostile leftovers (failures), and against a hostile file
timed diff-j1-pw diff "$R/batch-j1" "$R/batch-pw" --old-source good-portrait.pdf --new-source encrypted.pdf
timed diff-hostile diff "$R/batch-j1" "$B/zipbomb.docx" --old-source good-portrait.pdf
timed diff-folder diff "$B" "$R/batch-j1"
cp "$B/bomb-lying.docx" "$WORK/bomb-lying-copy.docx"
# 6. limits: the time and memory guards on the 20000 px image, and the engines on the cycling page tree
timed lim-timeout extract "$B/image-20000.pdf" "$B/good-portrait.pdf" --timeout 3 --out "$R/lim-timeout"
timed lim-mem256 extract "$B/image-20000.pdf" "$B/good-portrait.pdf" --max-memory 256M --out "$R/lim-mem256"
timed lim-bomb-j2 extract "$B/bomb-lying.docx" "$WORK/bomb-lying-copy.docx" "$B/good-portrait.pdf" -j 2 --out "$R/lim-bomb-j2"
timed cycle-pdfium extract "$B/pagetree-cycle-plan.pdf" --out "$R/cycle-pdfium"
timed cycle-pdfplumber extract "$B/pagetree-cycle-plan.pdf" --engine pdfplumber --out "$R/cycle-pdfplumber"
printf 'run\texit\twall\tpeakKiB\tstderr_lines\ttraceback\tfirst_error\n' >"$R/limits.tsv"
for n in lim-timeout lim-mem256 lim-bomb-j2 cycle-pdfium cycle-pdfplumber diff-j1-pw diff-hostile diff-folder; do
  summary $n >>"$R/limits.tsv"
done
grep -h 'rows,' "$R"/cycle-*.stdout >>"$R/limits.tsv"
cat "$R/perfile.tsv" "$R/batch.tsv" "$R/cmp.txt" "$R/limits.tsv"
