#!/bin/sh
# timeit.sh RUN FILE...: phuluc extract each FILE alone under /usr/bin/time -v; one TSV line per run
# (file, run, rc, wall s, user s, sys s, max RSS KB of the largest process) to timings.tsv
cd /tmp/a31
R=$1; shift
for f in "$@"; do
  o=out-$(basename "$f" | tr . -)
  /usr/bin/time -v -o time.txt /work/main/.venv/bin/phuluc extract "$f" --out "$o" -q 2>err-$o.txt; rc=$?
  w=$(grep 'Elapsed (wall' time.txt | awk '{print $NF}'); u=$(grep 'User time' time.txt | awk '{print $NF}')
  s=$(grep 'System time' time.txt | awk '{print $NF}'); m=$(grep 'Maximum resident' time.txt | awk '{print $NF}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$f" "$R" "$rc" "$w" "$u" "$s" "$m" | tee -a timings.tsv
done
