"""show.py FILE [engine] [code-root]: extract FILE with a tree's code and print rows, agency ids, issued, warnings."""
import json, subprocess, sys, os, hashlib
f = sys.argv[1]; eng = sys.argv[2] if len(sys.argv) > 2 else "pdfium"; root = sys.argv[3] if len(sys.argv) > 3 else "/work/main"
out = f"/tmp/r35out/{os.path.basename(f)}-{eng}-{hashlib.md5(root.encode()).hexdigest()[:6]}"
subprocess.run(["rm", "-rf", out])
args = [sys.executable, "-m", "phuluc", "extract", f, "--out", out] + (["--engine", eng] if f.endswith(".pdf") else [])
p = subprocess.run(args, env={**os.environ, "PYTHONPATH": root}, capture_output=True, text=True)
if p.returncode: print("EXIT", p.returncode, p.stderr[-600:])
d = json.load(open(out + "/plan.json"))
for x in d["failures"]: print("FAIL", x)
for doc in d["documents"]:
    print(f"== {os.path.basename(f)} {eng} {root} pages={doc['pages']} jur={doc.get('jurisdiction')}")
    for r in doc["rows"]:
        ids = {k: [m["id"] for m in v] for k, v in r.get("agencies", {}).items()}
        print(f"{r['key']:8} p{r['pages']} ind={r['indicators']!r}\n         tasks={r['tasks']!r}\n         lead={r['lead']!r} coord={r['coordinating']!r} ids={ids}")
    for w in doc["warnings"]: print("  W:", w[:500])
