import json, sys
d = json.load(open(sys.argv[1]))
for doc in sorted(d["documents"], key=lambda x: x["source"]):
    j = doc.get("jurisdiction") or {}
    print("==", doc["source"], "| jur:", j.get("level"), j.get("name"), j.get("province"))
    print("   header:", [(h.get("label"), h.get("field")) if isinstance(h, dict) else h for h in doc.get("header", [])])
    for w in doc.get("warnings", []):
        if any(k in w for k in ("another size", "two fields", "map to no field", "stamp")):
            print("   WARN:", w[:300])
    for r in doc.get("rows", []):
        print("   row:", r.get("key"), "| tasks:", (r.get("tasks") or "")[:160].replace("\n", " / "), "| deadline:", r.get("deadline"),
              "| extra:", r.get("extra") or "", "| coord:", [m.get("raw") for m in r.get("agencies", {}).get("coordinating", [])])
for f in d.get("failures", []):
    print("FAIL", f)
