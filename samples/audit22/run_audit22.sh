#!/bin/sh
# usage: run_audit22.sh NAME...   (each alone into /tmp/a22out/NAME; run from the worktree root)
for n in "$@"; do
  f=$(ls samples/audit22/$n-*.pdf)
  PYTHONPATH=$PWD /work/main/.venv/bin/python -m phuluc.cli extract "$f" --out /tmp/a22out/$n > /tmp/a22out/$n.stdout 2> /tmp/a22out/$n.stderr
  echo "$n exit $?" | tee -a /tmp/a22out/exits.txt
done
