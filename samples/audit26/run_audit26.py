"""Run audit26's cases, each mixed into a batch with two good documents, and record what happened.

python samples/audit26/run_audit26.py [CASE-PREFIX...]  ->  samples/audit26/results.jsonl (one line per run)
Each run: timeout 120 /usr/bin/time -v python -m phuluc extract GOOD1 BAD... GOOD2 --out /tmp/a26/out/NAME [ARGS]
The good documents' plan.json entries and rows.csv lines are compared with a run of the two alone.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
WT = HERE.parent.parent
PY = "/work/main/.venv/bin/python"
TMP = Path("/tmp/a26")
GOOD = ["samples/plan-2024-landscape.docx", "samples/layouts/long-row-reportlab.pdf"]
GOOD_SRC = {"plan-2024-landscape.docx", "long-row-reportlab.pdf"}
ENV = dict(os.environ, PYTHONPATH=str(WT))


def run(name: str, inputs: list[str], args: list[str] = (), out: Path | None = None, fresh: bool = True,
        prefix: list[str] = ()) -> dict:
    out = out or TMP / "out" / name
    if fresh and out.is_dir():
        shutil.rmtree(out)
    tfile = TMP / "time.txt"
    tfile.unlink(missing_ok=True)
    cmd = [*prefix, "timeout", "120", "/usr/bin/time", "-v", "-o", str(tfile), PY, "-m", "phuluc", "extract",
           *inputs, "--out", str(out), *args]
    t0 = time.time()
    p = subprocess.run(cmd, cwd=WT, env=ENV, capture_output=True)
    wall = time.time() - t0
    tt = tfile.read_text() if tfile.exists() else ""
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tt)
    err = p.stderr.decode(errors="replace")
    rec = {"case": name, "inputs": inputs, "args": list(args), "rc": p.returncode, "wall_s": round(wall, 1),
           "max_rss_mb": round(int(rss.group(1)) / 1024) if rss else None,
           "stdout": p.stdout.decode(errors="replace").splitlines(), "stderr": err.splitlines(),
           "traceback": "Traceback (most recent call last)" in err}
    rec.update(compare(out))
    return rec


def docs_of(out: Path):
    pj = out / "plan.json"
    if not pj.exists():
        return None, None, None
    plan = json.loads(pj.read_text())
    rows = (out / "rows.csv").read_bytes()
    return plan, rows, list(csv.reader(io.StringIO(rows.decode("utf-8-sig"))))


csv.field_size_limit(1 << 30)
BASE = None


def compare(out: Path) -> dict:
    plan, rows_bytes, rows = docs_of(out)
    if plan is None:
        return {"good": "NO OUTPUT"}
    if BASE is None:
        return {"good": "base"}
    bplan, brows_bytes, brows = BASE
    gdocs = [d for d in plan["documents"] if d["source"] in GOOD_SRC]
    bdocs = [d for d in bplan["documents"] if d["source"] in GOOD_SRC]
    strip = lambda ds: [{k: v for k, v in d.items() if k != "path"} for d in ds]
    same_json = strip(gdocs) == strip(bdocs)
    same_csv_bytes = rows_bytes == brows_bytes
    same_csv_lines = [r for r in rows if r and r[0] in GOOD_SRC] == [r for r in brows[1:]]
    other = [{"source": d["source"], "rows": len(d["rows"]), "pages": d.get("pages"), "warnings": d.get("warnings", [])}
             for d in plan["documents"] if d["source"] not in GOOD_SRC]
    verdict = "same" if same_json and same_csv_lines else "DIFF"
    return {"good": verdict, "json_same": same_json, "csv_bytes_same": same_csv_bytes,
            "csv_good_lines_same": same_csv_lines, "other_docs": other, "failures": plan.get("failures", [])}


def cases() -> list[tuple[str, list[str], list[str]]]:
    IN = "samples/audit26/in/"
    BIG = "samples/audit26/big/"
    out = []
    for f in sorted(os.listdir(HERE / "in")) + sorted(os.listdir(HERE / "big")):
        path = (IN if (HERE / "in" / f).exists() else BIG) + f
        out.append((f, [GOOD[0], path, GOOD[1]], []))
        if f == "p-encrypted.pdf":
            out.append((f + "+wrong-password", [GOOD[0], path, GOOD[1]], ["--password", "nope"]))
            out.append((f + "+right-password", [GOOD[0], path, GOOD[1]], ["--password", "secret"]))
    return out


def name_cases() -> list[tuple[str, list[str], list[str]]]:
    """Odd names and paths, made in /tmp at run time (git would not hold some of these names)."""
    base = WT / "samples/plan-2024-narrow.pdf"
    d = TMP / "names"
    shutil.rmtree(d, ignore_errors=True); d.mkdir(parents=True)
    names = {"n-newline": "ke\nhoach.pdf", "n-tab": "ke\thoach.pdf", "n-quote": 'ke "hoach" \'2024\'.pdf',
             "n-emoji": "kế hoạch 🚀📄.pdf", "n-nfd": unicodedata.normalize("NFD", "kế hoạch Quảng Trị.pdf"),
             "n-dash-start": "-kehoach.pdf", "n-formula": "=HYPERLINK(1).pdf"}
    out = []
    for case, n in names.items():
        shutil.copy(base, d / n)
        out.append((case, [GOOD[0], str(d / n), GOOD[1]], []))
    loop = TMP / "loopdir"; shutil.rmtree(loop, ignore_errors=True); (loop / "sub").mkdir(parents=True)
    shutil.copy(base, loop / "sub" / "narrow.pdf")
    os.symlink(".", loop / "self"); os.symlink("..", loop / "sub" / "up"); os.symlink(loop, loop / "sub" / "abs")
    out.append(("path-symlink-loop", [GOOD[0], str(loop), GOOD[1]], []))
    unread = TMP / "unreadable.pdf"; shutil.copy(base, unread); os.chmod(unread, 0)
    out.append(("path-chmod-000", [GOOD[0], str(unread), GOOD[1]], []))
    many = TMP / "many"; shutil.rmtree(many, ignore_errors=True); many.mkdir()
    for i in range(4000):
        ext = ["txt", "png", "json", "xml", "html", "csv", "md", "zip"][i % 8]
        (many / f"f{i:04d}.{ext}").write_bytes(b"not a plan %d\n" % i)
    out.append(("path-4000-nonplan-dir", [GOOD[0], str(many), GOOD[1]], []))
    many2 = TMP / "many2"; shutil.rmtree(many2, ignore_errors=True); shutil.copytree(many, many2)
    shutil.copy(base, many2 / "zz-narrow.pdf")
    out.append(("path-4000-nonplan-plus-1-plan", [GOOD[0], str(many2), GOOD[1]], []))
    g0 = GOOD[0]
    out.append(("path-same-file-4-ways", [g0, g0, "./" + g0, str(WT / g0), "samples/../" + g0, GOOD[1]], []))
    return out


def main() -> None:
    global BASE
    TMP.mkdir(exist_ok=True)
    only = sys.argv[1:]
    base = run("base", GOOD)  # compare() needs BASE; patch after
    BASE = docs_of(TMP / "out" / "base")
    results = HERE / "results.jsonl"
    todo = cases() + name_cases()
    todo = [c for c in todo if not only or any(c[0].startswith(o) for o in only)]
    with results.open("a") as fh:
        for name, inputs, args in todo:
            rec = run(name, inputs, args)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n"); fh.flush()
            print(f"{name:38} rc={rec['rc']:<4} {rec['wall_s']:>6}s {rec['max_rss_mb']}MB good={rec['good']} tb={rec['traceback']}",
                  flush=True)


if __name__ == "__main__":
    main()
