#!/bin/sh
# Build the seventh audit's probes (probe_audit7.py) and print what phuluc read from each: rows and their
# keys, title, jurisdiction, warnings, and texts of the heading or body tables found in rows.
#   sh samples/audit7/run_probes.sh [OUTDIR]     (from the repository root, after `make install`)
out=${1:-/tmp/audit7-probes}
.venv/bin/python samples/audit7/probe_audit7.py "$out" || exit 1
for f in "$out"/p*.docx ; do
    n=$(basename "$f" .docx)
    rm -rf "$out/$n"
    .venv/bin/phuluc extract "$f" --out "$out/$n" -q >"$out/$n.log" 2>&1
    echo "=== $n: exit $?"
    .venv/bin/python - "$out/$n/plan.json" <<'PY'
import json, sys
try:
    doc = json.load(open(sys.argv[1], encoding="utf-8"))["documents"][0]
except (OSError, IndexError) as exc:
    print("  no document:", exc); raise SystemExit
print("  rows:", [r["key"] for r in doc["rows"]])
print("  title:", repr(doc["title"][:120]))
print("  jurisdiction:", (doc.get("jurisdiction") or {}).get("label"))
for w in doc["warnings"]:
    print("  warning:", w[:240])
marks = ("ỦY BAN", "CỘNG HÒA", "Tháng 4/2026", "Trước ngày", "TỈNH NINH", "Tân Kỳ, ngày", "Ninh Bình, ngày", "KẾ HOẠCH")
for r in doc["rows"]:
    text = json.dumps(r, ensure_ascii=False)
    hits = [m for m in marks if m in text]
    if hits:
        print(f"  row {r['key']} holds {hits}: dimension {r['dimension'][-60:]!r} component {r['component'][-60:]!r}"
              f" tasks {r['tasks'][:60]!r}")
PY
done
