#!/bin/sh
# Build the eighth audit's probes (probe_audit8.py: DOCX and LibreOffice's PDF) and print what phuluc read
# from each: rows and their keys, warnings, and the probe texts found in rows.
#   sh samples/audit8/run_probes.sh [OUTDIR]     (from the repository root, after `make install`)
out=${1:-/tmp/audit8-probes}
.venv/bin/python samples/audit8/probe_audit8.py "$out" || exit 1
for f in "$out"/q*.docx "$out"/q*.pdf ; do
    n=$(basename "$f"); n=${n%.*}-${n##*.}
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
for w in doc["warnings"]:
    print("  warning:", w[:240])
marks = ("tiếp theo", "Ngân sách tỉnh", "In ấn tờ gấp", "Hạng mục", "Cộng", "Ban Tiếp công dân", "Hội nghị phân tích")
for r in doc["rows"]:
    text = json.dumps(r, ensure_ascii=False)
    hits = [m for m in marks if m in text]
    empty = not (r["indicators"] or r["tasks"] or r["lead"] or r["coordinating"] or r["deadline"])
    if hits or empty:
        print(f"  row {r['key']} holds {hits or 'nothing but its group labels'}: tasks {r['tasks'][:60]!r}"
              f" lead {r['lead'][:40]!r} budget {r['budget']!r} extra {r.get('extra')}")
PY
done
