"""Run `phuluc extract` on audit33's documents and compare with the rows written by build.py.

Usage: python check.py DOC...   (DOC = docs/NAME.pdf, docs/NAME.xlsx or docs/raw/NAME.pdf|.xlsx)
For each: exit status, rows expected/got/exact, cells expected/exact (a cell is one field of one
row: the columns the plan has), the misses (field, expected, got: shortened), and the warnings.
Expected rows are the workbook's shown cell values (expected.json); hidden rows are left out.
Cut and tall cells are compared with the full value the workbook holds and marked (cut)/(tall).
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
FIELD = {"dim": "dimension", "comp": "component", "ind": "indicators", "tasks": "tasks",
         "lead": "lead", "coord": "coordinating", "deadline": "deadline", "budget": "budget"}
EXTRA = {"stt": "STT", "note": "Ghi chú", "code": "Mã chỉ số"}


def number(label):
    m = re.match(r"\s*(\d+)\.", label)
    return int(m.group(1)) if m else None


def expected_rows(doc):
    name = doc.stem
    exp = json.loads((HERE / "docs" / f"{name}.expected.json").read_text())
    rows = []
    for r in exp["rows"]:
        if r["hidden"]:
            continue
        key = f'{number(r["dim"])}.{number(r["comp"])}.{number(r["ind"])}'
        rows.append((key, r))
    return exp, rows


def got_value(row, col):
    if col in FIELD:
        return row.get(FIELD[col], "")
    return (row.get("extra") or {}).get(EXTRA[col], "")


def short(s, n=90):
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[:n // 2] + " … " + s[-n // 2:]


def first_diff(a, b):
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return f"@{i}: exp {short(a[max(0, i - 20):i + 40], 70)!r} got {short(b[max(0, i - 20):i + 40], 70)!r}"


def check(doc):
    exp, rows = expected_rows(doc)
    cols = [c for c in exp["columns"] if c != "code"] if doc.suffix == ".pdf" else [
        c for c in exp["columns"] if c not in exp["setup"].get("hide_cols", [])]
    with tempfile.TemporaryDirectory() as out:
        p = subprocess.run([sys.executable, "-m", "phuluc.cli", "extract", str(doc), "--out", out],
                           capture_output=True, text=True, cwd=ROOT,
                           env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        try:
            plan = json.loads((Path(out) / "plan.json").read_text())
        except FileNotFoundError:
            plan = {"documents": [], "failures": []}
    lines = [f"== {doc.relative_to(HERE)}  exit {p.returncode}"]
    if not plan["documents"]:
        lines.append("   no document: " + short(p.stderr, 400))
        return lines, (len(rows), 0, 0, len(rows) * len(cols), 0)
    d = plan["documents"][0]
    got = {r["key"]: r for r in d["rows"]}
    exact_rows = cells_ok = 0
    misses = []
    for key, r in rows:
        g = got.pop(key, None)
        if g is None:
            misses.append(f"   MISSING row {key} (sheet row {r['sheet_row']})")
            continue
        ok = True
        for c in cols:
            want, have = r[c], got_value(g, c)
            if want == have:
                cells_ok += 1
                continue
            ok = False
            tag = " (cut)" if r["cut"] and doc.suffix == ".pdf" else (" (tall)" if r["tall"] else "")
            same_ws = " ".join(want.split()) == " ".join(have.split())
            misses.append(f"   {key} {c}{tag}{' [spacing only]' if same_ws else ''}: "
                          f"len {len(want)}->{len(have)} {first_diff(want, have)}")
        exact_rows += ok
    for key, g in got.items():
        misses.append(f"   EXTRA row {key}: tasks {short(g.get('tasks', ''), 60)!r} "
                      f"indicators {short(g.get('indicators', ''), 60)!r}")
    n = len(rows)
    lines.append(f"   pages {d.get('pages')} engine {d.get('engine')} rows exp {n} got "
                 f"{len(d['rows'])} exact {exact_rows}/{n}; cells exact {cells_ok}/{n * len(cols)}"
                 f"; coverage {json.dumps(d.get('coverage'))}")
    lines.append(f"   header map: {json.dumps(d.get('header'), ensure_ascii=False)[:300]}")
    lines += misses
    for w in d.get("warnings", []):
        lines.append("   WARN " + short(w, 400))
    if p.stderr.strip():
        lines.append("   STDERR " + short(p.stderr.strip(), 400))
    return lines, (n, len(d["rows"]), exact_rows, n * len(cols), cells_ok)


if __name__ == "__main__":
    for a in sys.argv[1:]:
        lines, nums = check(Path(a).resolve())
        print("\n".join(lines), flush=True)
