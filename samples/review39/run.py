"""Run phuluc (new = this worktree, old = /tmp/review39-old at f0103d6) on probes; print compact rows.
Run: /work/main/.venv/bin/python run.py DOC... ; writes results/<doc>.<tag>.json (rows + warnings)."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"new": os.path.abspath(os.path.join(HERE, "../..")), "old": "/tmp/review39-old"}
F = ["indicators", "tasks", "implementing", "lead", "coordinating", "deadline", "budget"]


def run(doc, code):
    out = tempfile.mkdtemp(prefix="r39-")
    p = subprocess.run(["/work/main/.venv/bin/python", "-m", "phuluc", "extract", doc, "--out", out, "-q"],
                       capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=code))
    try:
        plan = json.load(open(os.path.join(out, "plan.json"), encoding="utf-8"))
    except OSError:
        return p.returncode, p.stderr, None
    return p.returncode, p.stderr, plan


for doc in sys.argv[1:]:
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    for tag, code in CODES.items():
        rc, err, plan = run(doc, code)
        print(f"== {os.path.basename(doc)} [{tag}] exit {rc}")
        if plan is None or not plan["documents"]:
            print("  FAILED", err[-400:], plan and plan.get("failures"))
            continue
        d = plan["documents"][0]
        keep = {"jurisdiction": d.get("jurisdiction"), "header": d.get("header"), "warnings": d.get("warnings"),
                "rows": [{k: r.get(k) for k in ["key", *F, "extra"]} | {"agencies": {role: [(m["raw"], m["id"]) for m in ms] for role, ms in r["agencies"].items()}} for r in d["rows"]]}
        json.dump(keep, open(os.path.join(HERE, "results", f"{os.path.basename(doc)}.{tag}.json"), "w"), ensure_ascii=False, indent=1)
        j = d.get("jurisdiction") or {}
        print("  jur:", {k: j.get(k) for k in ("level", "name", "province")}, "| header:", [(h.get("label"), h.get("field")) for h in d.get("header") or []] if isinstance(d.get("header"), list) else d.get("header"))
        for r in d["rows"]:
            print("  ", r["key"], " | ".join(f"{f[:4]}={(r.get(f) or '')[:38]!r}" for f in F if r.get(f)), ("extra=" + str(r.get("extra"))) if r.get("extra") else "")
        for w in d.get("warnings") or []:
            print("   W:", str(w)[:200])
