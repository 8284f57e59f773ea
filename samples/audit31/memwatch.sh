#!/bin/sh
# memwatch.sh FILE: phuluc extract FILE, sampling every process's VmRSS every 0.2 s; prints the
# peak of the main process and of each child (pid, role by depth)
cd /tmp/a31
/work/main/.venv/bin/phuluc extract "$1" --out out-mw -q & M=$!
while kill -0 $M 2>/dev/null; do
  for p in $(pgrep -P $M) $(for c in $(pgrep -P $M); do pgrep -P $c; done); do
    echo "$p child $(awk '/VmRSS/{print $2}' /proc/$p/status 2>/dev/null)"; done
  echo "$M main $(awk '/VmRSS/{print $2}' /proc/$M/status 2>/dev/null)"
  sleep 0.2
done | awk '$3>peak[$1" "$2]{peak[$1" "$2]=$3} END{for(p in peak) print p, peak[p]}' | sort -k2,2r -k3,3nr | awk -v f="$1" '{print f, $0}'
