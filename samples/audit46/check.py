"""Run audit46's national batch through phuluc as an analyst would, and check it against expected.json.

Usage (from the worktree root): python samples/audit46/check.py [--keep]
Runs `python -m phuluc` with PYTHONPATH = the worktree and the lead's venv, in a fresh copy of the batch under
/tmp/audit46-work. Prints one line per check (PASS/FAIL) and writes samples/audit46/results/summary.json.
"""

import csv
import difflib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PY = "/work/main/.venv/bin/python"
WORK = Path("/tmp/audit46-work")
OUTPUTS = [
    "plan.json",
    "rows.csv",
    "plan.sqlite",
    "agency_mentions.csv",
    "review.csv",
    "datapackage.json",
    "metadata.json",
    "review.html",
]
FIELDS = [
    "key",
    "dimension_no",
    "component_no",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "lead",
    "coordinating",
    "deadline",
]
LEVELS = {"tỉnh": "province", "xã": "commune", "phường": "ward"}
BAD = {  # file -> words its one error line must hold (the cause)
    "b01-empty.pdf": ["empty"],
    "b02-truncated.pdf": ["damaged", "truncated"],
    "b03-encrypted.pdf": ["encrypted", "password"],
    "b04-corrupt-xml.docx": ["damaged", "xml"],
    "b05-prose-no-table.pdf": ["no appendix table"],
    "b06-table-as-image.pdf": ["no appendix table"],
}
RESULTS = []
TIMES = {}


def record(name, ok, detail=""):
    RESULTS.append({"check": name, "ok": bool(ok), "detail": detail})
    print(("PASS " if ok else "FAIL ") + name + (f"  -- {detail}" if detail else ""), flush=True)


def phuluc(tag, *args):
    """One timed run; returns (rc, stdout, stderr without the time lines)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = ["/usr/bin/time", "-f", "TIME %e %M", PY, "-m", "phuluc", *args]
    p = subprocess.run(cmd, cwd=WORK, env=env, capture_output=True, text=True, timeout=900)
    lines = p.stderr.splitlines()
    t = [x for x in lines if x.startswith("TIME ")]
    if t:
        wall, rss = t[-1].split()[1:]
        TIMES[tag] = {"wall_s": float(wall), "max_rss_mb": round(int(rss) / 1024, 1)}
    err = "\n".join(x for x in lines if not x.startswith("TIME ") and "exited with non-zero" not in x)
    return p.returncode, p.stdout, err


def squash(s):
    return re.sub(r"\s+", " ", str(s)).strip()


def docs_by_path(out):
    plan = json.loads((WORK / out / "plan.json").read_text(encoding="utf-8"))
    return plan, {d["path"]: d for d in plan["documents"]}


def check_doc(tag, exp, doc):
    """Every expected row present, every checked cell exact (white space folded; scans: keys + 90% similar)."""
    name = exp["name"]
    if doc is None:
        record(f"{tag} {name}: present", False, "document missing")
        return
    rows = doc["rows"]
    ok_n = len(rows) == len(exp["rows"])
    bad = []
    for i, er in enumerate(exp["rows"]):
        got = rows[i] if i < len(rows) else {}
        for f in FIELDS:
            e, g = squash(er[f]), squash(got.get(f, "<missing>"))
            if exp.get("ocr") and f not in ("key", "dimension_no", "component_no"):
                if difflib.SequenceMatcher(None, e, g).ratio() < 0.9:
                    bad.append(f"row{i} {f}: {g[:60]!r} != {e[:60]!r}")
            elif e != g:
                bad.append(f"row{i} {f}: {g[:70]!r} != {e[:70]!r}")
    record(f"{tag} {name}: {len(rows)}/{len(exp['rows'])} rows, cells", ok_n and not bad, "; ".join(bad[:3]))
    j = doc.get("jurisdiction") or {}
    want = (LEVELS[exp["level"]], exp["place"], exp["province"])
    got = (j.get("level"), j.get("name"), j.get("province"))
    record(f"{tag} {name}: jurisdiction", got == want, f"got {got} want {want}" if got != want else "")


def check_tables(tag, out, plan):
    """rows.csv and plan.sqlite hold the same rows as plan.json, under the same document."""
    with open(WORK / out / "rows.csv", encoding="utf-8-sig", newline="") as fh:
        csv_rows = [(r["source"], r["key"], r["tasks"].lstrip("'"), r["lead"].lstrip("'")) for r in csv.DictReader(fh)]
    js = [(d["source"], r["key"], r["tasks"], r["lead"]) for d in plan["documents"] for r in d["rows"]]
    record(f"{tag} rows.csv == plan.json rows", csv_rows == js, f"{len(csv_rows)} vs {len(js)}")
    con = sqlite3.connect(WORK / out / "plan.sqlite")
    sq = con.execute(
        "SELECT d.source, r.key, r.tasks, r.lead FROM rows r JOIN documents d ON d.id = r.document_id "
        "ORDER BY d.id, r.position"
    ).fetchall()
    record(f"{tag} plan.sqlite == plan.json rows", [tuple(x) for x in sq] == js, f"{len(sq)} vs {len(js)}")
    srcs = [d["source"] for d in plan["documents"]]
    record(f"{tag} sources unique", len(set(srcs)) == len(srcs), str([s for s in srcs if srcs.count(s) > 1]))


def check_errors(tag, rc, err, plan):
    record(f"{tag} exit status 1 (some inputs failed)", rc == 1, f"rc={rc}")
    record(f"{tag} no traceback", "Traceback" not in err)
    err_lines = [x for x in err.splitlines() if x.startswith("phuluc: error")]
    for f, words in BAD.items():
        mine = [x for x in err_lines if f in x]
        ok = len(mine) == 1 and all(w in mine[0].lower() for w in words)
        record(f"{tag} {f}: one error line with its cause", ok, mine[0][:160] if mine else "no line")
    failed = {Path(x["source"]).name for x in plan["failures"]}
    record(f"{tag} failures == the bad files", failed == set(BAD), str(sorted(failed ^ set(BAD))))
    others = [x for x in err_lines if not any(f in x for f in BAD)]
    record(f"{tag} no other error lines", not others, "; ".join(others)[:200])


def same_outputs(a, b, names=OUTPUTS):
    diff = [n for n in names if (WORK / a / n).read_bytes() != (WORK / b / n).read_bytes()]
    return not diff, diff


def fresh():
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    shutil.copytree(HERE / "batch", WORK / "batch", symlinks=True)
    shutil.copytree(HERE / "outside", WORK / "outside", symlinks=True)
    shutil.copytree(HERE / "extra", WORK / "extra", symlinks=True)


def main():
    exp = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    first = {n: e for n, e in exp.items() if not e.get("round3_only") and n != "g09-edited"}
    fresh()
    # 1. the national batch, -j 2 and -j 1
    rc, out, err = phuluc("extract -j 2", "extract", "batch", "--out", "outA", "-j", "2")
    (WORK / "A.err").write_text(err)
    plan, by_path = docs_by_path("outA")
    for e in first.values():
        check_doc("A", e, by_path.get("batch/" + e["path"]))
    record("A no document from behind the folder link", not any("linked-dir" in p for p in by_path))
    record("A document count", len(plan["documents"]) == len(first), f"{len(plan['documents'])} vs {len(first)}")
    check_errors("A", rc, err, plan)
    check_tables("A", "outA", plan)
    nfd = [d for d in plan["documents"] if not unicodedata.is_normalized("NFC", d["source"])]
    record("A sources NFC", not nfd, str([d["source"] for d in nfd]))
    rc1, _, _ = phuluc("extract -j 1", "extract", "batch", "--out", "outB", "-j", "1")
    ok, diff = same_outputs("outA", "outB")
    record("-j 1 and -j 2 outputs byte-identical", ok and rc1 == rc, f"differ: {diff}")
    # 2. the --update library: first run, then nothing changed
    phuluc("update 1 (first)", "extract", "batch", "--out", "lib", "--update", "-j", "2")
    ok, diff = same_outputs("outA", "lib")
    record("update 1 outputs == plain run", ok, f"differ: {diff}")
    rc2, out2, err2 = phuluc("update 2 (unchanged)", "extract", "batch", "--out", "lib", "--update", "-j", "2")
    ok, diff = same_outputs("outA", "lib")
    record("update 2 outputs unchanged", ok, f"differ: {diff}")
    m = re.search(r"library: (\d+) documents, (\d+) read, (\d+) unchanged", out2)
    record("update 2 re-read nothing", bool(m) and m.group(2) == "0", m.group(0) if m else out2[-300:])
    # 3. the year goes on: g09 edited, g10 deleted, g19 added
    shutil.copyfile(WORK / "extra" / "g09-khanh-hoa.docx", WORK / "batch" / "g09-khanh-hoa.docx")
    (WORK / "batch" / "g10-phuoc-son.docx").unlink()
    shutil.copyfile(WORK / "extra" / "g19-new-vinh-long.docx", WORK / "batch" / "g19-new-vinh-long.docx")
    rc3, out3, err3 = phuluc(
        "update 3 (1 edited, 1 gone, 1 new)", "extract", "batch", "--out", "lib", "--update", "-j", "2"
    )
    (WORK / "U3.out").write_text(out3)
    (WORK / "U3.err").write_text(err3)
    plan3, by3 = docs_by_path("lib")
    check_doc("U3", exp["g09-edited"], by3.get("batch/g09-khanh-hoa.docx"))
    check_doc("U3", exp["g19-new-vinh-long"], by3.get("batch/g19-new-vinh-long.docx"))
    check_doc("U3", exp["g10-phuoc-son"], by3.get("batch/g10-phuoc-son.docx"))
    m = re.search(r"library: (\d+) documents, (\d+) read, (\d+) unchanged", out3)
    record("U3 re-read exactly 2 (edited + new)", bool(m) and m.group(2) == "2", m.group(0) if m else out3[-300:])
    gone = [x for x in (err3 + out3).splitlines() if "gone" in x]
    record(
        "U3 gone file said (one warning + its line)", any("g10-phuoc-son" in x for x in gone), " | ".join(gone)[:300]
    )
    order = [d["path"] for d in plan3["documents"]]
    record(
        "U3 edited keeps place, new goes last",
        order.index("batch/g09-khanh-hoa.docx")
        == [d["path"] for d in plan["documents"]].index("batch/g09-khanh-hoa.docx")
        and order[-1] == "batch/g19-new-vinh-long.docx",
        str(order[-3:]),
    )
    check_tables("U3", "lib", plan3)
    rc4, out4, _ = phuluc("update 4 (unchanged again)", "extract", "batch", "--out", "lib", "--update", "-j", "2")
    m = re.search(r"library: (\d+) documents, (\d+) read, (\d+) unchanged", out4)
    record("U4 re-read nothing", bool(m) and m.group(2) == "0", m.group(0) if m else out4[-300:])
    # 4. diff between documents of the batch
    diffs()
    summary = {"checks": RESULTS, "times": TIMES, "passed": sum(r["ok"] for r in RESULTS), "total": len(RESULTS)}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(TIMES, indent=1))
    print(f"{summary['passed']}/{summary['total']} checks passed")


def diffs():
    exp = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    edited_key = exp["g09-edited"]["rows"][1]["key"]
    src = HERE / "src" / "g09-khanh-hoa.docx"
    rc, out, err = phuluc("diff docx", "diff", str(src), "extra/g09-khanh-hoa.docx", "--format", "json")
    try:
        d = json.loads(out)
    except ValueError:
        d = None
    (WORK / "diff.json").write_text(out)
    text = json.dumps(d, ensure_ascii=False) if d else ""
    record("diff old vs edited g09 runs", rc in (0, 1) and d is not None and "Traceback" not in err, err[:200])
    record("diff names the edited row and tasks", edited_key in text and "tasks" in text, text[:200])
    rc, out, err = phuluc(
        "diff in library",
        "diff",
        "outA",
        "outA",
        "--old-source",
        "g01-lao-cai.pdf",
        "--new-source",
        "g17-copy-of-g01.pdf",
    )
    (WORK / "diff-dup.txt").write_text(out + err)
    record("diff of a file and its copy: runs, no traceback", "Traceback" not in err and rc in (0, 1), err[:200])
    rc, out, err = phuluc(
        "diff two provinces",
        "diff",
        "outA",
        "outA",
        "--old-source",
        "g01-lao-cai.pdf",
        "--new-source",
        "g04-quang-tri.pdf",
        "--format",
        "csv",
    )
    (WORK / "diff-prov.txt").write_text(out + err)
    record("diff of two provinces' plans: runs", "Traceback" not in err and rc in (0, 1) and out, err[:200])


if __name__ == "__main__":
    main()
    sys.exit(0 if all(r["ok"] for r in RESULTS) else 1)
