#!/bin/sh
# run_audit24.sh CHAIN [ENGINE]: phuluc extract on every PDF of pdf/CHAIN, all in one run,
# into /tmp/a24out/CHAIN[-ENGINE]; stderr kept in results/CHAIN[-ENGINE].stderr.txt
set -u
here=$(cd "$(dirname "$0")" && pwd); wt=$(cd "$here/../.." && pwd)
chain=$1; eng=${2:-}
out=/tmp/a24out/$chain${eng:+-$eng}
mkdir -p "$here/results"
PYTHONPATH=$wt /work/main/.venv/bin/python -m phuluc extract "$here/pdf/$chain"/*.pdf --out "$out" ${eng:+--engine $eng} \
  2> "$here/results/$chain${eng:+-$eng}.stderr.txt"
echo "$chain${eng:+-$eng}: exit $?" >> "$here/results/$chain${eng:+-$eng}.stderr.txt"
