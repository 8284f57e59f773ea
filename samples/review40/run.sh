#!/bin/sh
# run new (this worktree) and old (1534940 at /tmp/review40-old) phuluc on docs*/ -> results/{new,old}.txt
cd "$(dirname "$0")"
R=$(cd ../.. && pwd)
PYTHONPATH=$R /work/main/.venv/bin/python -m phuluc extract docs docs2 docs3 docs4 --out /tmp/review40-new-out -q
PYTHONPATH=/tmp/review40-old /work/main/.venv/bin/python -m phuluc extract docs docs2 docs3 docs4 --out /tmp/review40-old-out -q
/work/main/.venv/bin/python summarize.py /tmp/review40-new-out/plan.json > results/new.txt
/work/main/.venv/bin/python summarize.py /tmp/review40-old-out/plan.json > results/old.txt
cp /tmp/review40-new-out/plan.json results/plan-new.json; cp /tmp/review40-old-out/plan.json results/plan-old.json
