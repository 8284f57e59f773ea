#!/bin/sh
# Build the ninth audit's probes (probe_audit9.py, not committed) and extract each with phuluc; print the
# cells each probe changes, the warnings and the rows' keys.
#   sh samples/audit9/run_probes.sh [OUTDIR]     (from the repository root, after `make install`)
out=${1:-/tmp/audit9-probes}
.venv/bin/python samples/audit9/probe_audit9.py "$out" || exit 1
for f in "$out"/*.docx "$out"/*.pdf ; do
    b=$(basename "$f"); n=${b%.*}-${b##*.}
    echo "=================== $b"
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" >"$out/$n.log" 2>&1
    echo "exit status: $?"
    grep -v '^wrote ' "$out/$n.log"
    .venv/bin/python - "$out/$n/plan.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))["documents"][0]
print("keys:", [r["key"] for r in doc["rows"]])
r = {x["key"]: x for x in doc["rows"]}
for k, f in (("1.1.1", "indicators"), ("1.1.1", "lead"), ("1.2.3", "tasks")):
    print(f"{k} {f}: {r.get(k, {}).get(f)!r}"[:300])
PY
done
