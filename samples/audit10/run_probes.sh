#!/bin/sh
# Build the tenth audit's probes (probe_audit10.py, not committed) and extract each with phuluc; print the
# warnings, the rows' keys and the cells the probes change.
#   sh samples/audit10/run_probes.sh [OUTDIR]     (from the repository root, after `make install`)
out=${1:-/tmp/audit10-probes}
py=${PY:-.venv/bin/python}
$py samples/audit10/probe_audit10.py "$out" || exit 1
for f in "$out"/*.pdf ; do
    n=$(basename "$f" .pdf)
    echo "=================== $n.pdf"
    rm -rf "$out/$n"
    PYTHONPATH=$PWD $py -m phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    echo "exit status: $?"
    grep -v '^wrote ' "$out/$n.log"
    $py - "$out/$n/plan.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))["documents"][0]
print("keys:", [r["key"] for r in doc["rows"]], "warnings:", doc.get("warnings"))
r = {x["key"]: x for x in doc["rows"]}
for k, f in (("1.1.1", "tasks"), ("1.1.1", "deadline"), ("3.2.1", "component"), ("3.2.1", "indicators"),
             ("3.2.1", "tasks"), ("3.2.1", "coordinating")):
    print(f"{k} {f}: {r.get(k, {}).get(f)!r}"[:300])
PY
done
