import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from compare import compare
O = Path("/tmp/a38out")
exp = json.loads(Path(__file__).with_name("expected.json").read_text())
res = {}
for rc in sorted(O.glob("*.rc")):
    run = rc.name[:-3]
    n = run.split("--")[0]
    name = n[:-5] if n.endswith("-html") else n
    r = dict(rc=int(rc.read_text()), stderr=(O / (run + ".stderr")).read_text())
    pj = O / run / "plan.json"
    if pj.exists() and json.loads(pj.read_text())["documents"]:
        r.update(compare(exp[name], json.loads(pj.read_text())["documents"][0]))
    res[run] = r
    print(f"{run:60s} rc={r['rc']} rows {r.get('rows_exact')}/{r.get('expected_rows')} (got {r.get('got_rows')}) "
          f"cells_wrong={len(r.get('cells_wrong', []))} jur={r.get('jurisdiction')}")
Path(__file__).with_name("results.json").write_text(json.dumps(res, ensure_ascii=False, indent=1))
