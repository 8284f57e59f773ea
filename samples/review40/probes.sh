#!/bin/sh
# function-level probes, new (this worktree) vs old (1534940 at /tmp/review40-old)
cd "$(dirname "$0")"; R=$(cd ../.. && pwd)
for p in probe_jurisdiction probe_jurisdiction2 probe_labels probe_labels2; do
  PYTHONPATH=$R /work/main/.venv/bin/python $p.py > results/$p-new.txt
  PYTHONPATH=/tmp/review40-old /work/main/.venv/bin/python $p.py > results/$p-old.txt
done
