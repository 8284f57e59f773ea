"""Run `phuluc diff --format json` on each pair (DOCX->DOCX, PDF->PDF, DOCX->PDF) and compare with the
hand-written expected-diff.json; then the same-plan diffs (a document's DOCX against its own PDF: expected
empty, README "The same plan in any format is the same plan").

    /work/main/.venv/bin/python diffcheck.py
"""
import json, os, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = dict(os.environ, PYTHONPATH=str(HERE.parents[1]))
PY = "/work/main/.venv/bin/python"


def diff(old, new):
    p = subprocess.run([PY, "-m", "phuluc.cli", "diff", str(old), str(new), "--format", "json"],
                       capture_output=True, text=True, env=ENV)
    if p.returncode:
        return None, p.returncode, p.stderr.strip()
    return json.loads(p.stdout), 0, p.stderr.strip()


def summary(d):
    mod = d["modified"]
    mod = {k: sorted(v) if isinstance(v, list) else v for k, v in (mod.items() if isinstance(mod, dict) else [])}
    return {"added": sorted(d["added"]), "removed": sorted(d["removed"]),
            "renumbered": sorted([list(x) for x in d["renumbered"].items()]) if isinstance(d["renumbered"], dict)
            else sorted(d["renumbered"]), "modified": mod}


def main():
    results = []
    for pair in sorted((HERE / "pairs").iterdir()):
        exp = json.loads((pair / "expected-diff.json").read_text(encoding="utf-8"))
        want = {"added": sorted(exp["added"]), "removed": sorted(exp["removed"]),
                "renumbered": sorted(exp["renumbered"]), "modified": {k: sorted(v) for k, v in exp["modified"].items()}}
        olds = sorted(pair.glob("*-2024.*")); news = sorted(pair.glob("*-2025.*"))
        o = {p.suffix: p for p in olds if p.suffix in (".docx", ".pdf")}
        n = {p.suffix: p for p in news if p.suffix in (".docx", ".pdf")}
        for a, b in ((".docx", ".docx"), (".pdf", ".pdf"), (".docx", ".pdf")):
            d, rc, err = diff(o[a], n[b])
            got = summary(d) if d else {"error": err, "rc": rc}
            if d and isinstance(d["modified"], dict):
                got["modified"] = {k: sorted(v.get("fields", v) if isinstance(v, dict) else v)
                                   for k, v in d["modified"].items()}
            ok = got == want
            results.append({"pair": pair.name, "old": o[a].name, "new": n[b].name, "ok": ok, "want": want,
                            "got": got, "stderr": err[:400]})
            print(f"{'OK ' if ok else 'BAD'} {pair.name}: {o[a].name} -> {n[b].name}")
            if not ok:
                print(f"    want {want}\n    got  {got}")
    for extra in sys.argv[1:]:   # same-plan checks: DIR/stem.docx vs DIR/stem.pdf
        p = Path(extra)
        d, rc, err = diff(p.with_suffix(".docx"), p.with_suffix(".pdf"))
        s = summary(d) if d else {"error": err}
        empty = d and not (s["added"] or s["removed"] or s["renumbered"] or s["modified"])
        print(f"{'OK ' if empty else 'BAD'} same plan {p.name}.docx -> .pdf: {s if not empty else 'empty'}")
        results.append({"same_plan": p.name, "ok": bool(empty), "got": s})
    (HERE / "diffcheck.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
