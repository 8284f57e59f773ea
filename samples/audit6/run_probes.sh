#!/bin/sh
# Build the sixth audit's probes (probe_audit6.py) and print, per probe, the jurisdiction phuluc read,
# the agency lists its mentions were resolved against, how many are unmatched, and its other warnings.
#   sh samples/audit6/run_probes.sh [OUTDIR]     (from the repository root, after `make install`)
out=${1:-/tmp/audit6-probes}
mkdir -p "$out"
(cd samples/audit6 && ../../.venv/bin/python probe_audit6.py "$out") || exit 1
for f in "$out"/p*.docx ; do
    n=$(basename "$f" .docx)
    rm -rf "$out/out-$n"
    .venv/bin/phuluc extract "$f" --out "$out/out-$n" -q >"$out/$n.log" 2>&1 || echo "$n: exit $?"
    .venv/bin/python - "$out/out-$n" "$n" <<'PY'
import csv, json, sys
d = json.load(open(f"{sys.argv[1]}/plan.json", encoding="utf-8"))["documents"][0]
j = d["jurisdiction"]
ms = list(csv.DictReader(open(f"{sys.argv[1]}/agency_mentions.csv", encoding="utf-8-sig")))
lists = sorted({m["id"].rsplit("/", 1)[0] for m in ms if "/" in m["id"]})
warn = [w[:70] for w in d["warnings"] if "section rows" not in w]
print(sys.argv[2], {k: j[k] for k in ("level", "word", "name", "province", "year")} if j else None, lists,
      "unmatched", sum(1 for m in ms if not m["id"]), warn)
PY
done
