"""Run audit27: per pair, `phuluc extract` each year (default engine), then `phuluc diff` on the output folders in
every format, on the documents themselves, and on an `--update` library holding both years; score the JSON
against the hand-written EXPECTED and check the other formats agree with it.

Usage (from the worktree): PYTHONPATH=$PWD /work/main/.venv/bin/python samples/audit27/run_audit27.py PAIR...
Writes samples/audit27/results/q<PAIR>/ (every diff output, stderr) and prints the verdicts."""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data_audit27 import EXPECTED  # noqa: E402

CLI = [sys.executable, "-m", "phuluc.cli"]
TMP = Path("/tmp/a27")
SLUG = {"Sở Nội vụ": "so-noi-vu", "Sở Y tế": "so-y-te", "Ủy ban MTTQ Việt Nam tỉnh": "ubmttq"}
FORMATS = ["text", "json", "markdown", "html", "csv"]


def run(args, out=None):
    p = subprocess.run(CLI + args, capture_output=True, text=True, env=dict(os.environ))
    if out:
        Path(out).write_text(p.stdout, encoding="utf-8")
        if p.stderr.strip():
            Path(str(out) + ".stderr").write_text(p.stderr, encoding="utf-8")
    return p


def sides(p):
    info = json.loads((HERE / f"q{p}.pair.json").read_text(encoding="utf-8"))
    old, new = HERE / info["old"], HERE / info["new"]
    olds = [old.with_suffix(".pdf")] + ([old.with_suffix(".docx")] if old.with_suffix(".docx").exists() else [])
    news = [new.with_suffix(".pdf")] + ([new.with_suffix(".docx")] if new.with_suffix(".docx").exists() else [])
    return olds, news


def agency_ok(entries, names):
    got = {e.get("id") or e.get("name") for e in entries}
    want = {SLUG.get(n, n) for n in names}
    return all(any(g and (g.endswith("/" + w) or g == w) for g in got) for w in want) and len(got) == len(want)


def score(p, d):
    """-> (right, missed, spurious) lists of strings, comparing the diff's JSON d with EXPECTED[p]."""
    exp = EXPECTED[int(str(p).rstrip("v"))]
    right, missed, spur = [], [], []
    for part in ("added", "removed"):
        got = set(d[part]) if isinstance(d[part], list) else set(d[part])
        for k in exp[part]:
            (right if k in got else missed).append(f"{part} {k}")
        spur += [f"{part} {k}" for k in sorted(got - set(exp[part]))]
    for o, n in exp["renumbered"].items():
        (right if d["renumbered"].get(o) == n else missed).append(f"renumbered {o}->{n}")
    spur += [f"renumbered {o}->{n}" for o, n in d["renumbered"].items() if exp["renumbered"].get(o) != n]
    mod = d["modified"]
    if isinstance(exp["modified"], str):    # pair 3: agencies only, renamed ideally
        for k, fields in mod.items():
            for f in fields:
                if f in ("lead", "coordinating", "implementing", "sector_guidance"):
                    ch = d["changes"].get(k, {}).get(f, {})
                    kind = "renamed" if ch.get("renamed") and not ch.get("added") and not ch.get("removed") else \
                        "reassigned/added/removed"
                    (right if kind == "renamed" else missed).append(f"{k} {f} {kind}")
                else:
                    spur.append(f"modified {k} {f}")
        return right, missed, spur
    for k, fields in exp["modified"].items():
        for f, want in fields.items():
            if f not in mod.get(k, []):
                missed.append(f"modified {k} {f}")
                continue
            if isinstance(want, dict):
                ch = d["changes"][k][f]
                ok = agency_ok(ch.get("added", []), want["added"]) and agency_ok(ch.get("removed", []), want["removed"])
                (right if ok else spur).append(f"modified {k} {f}" + ("" if ok else f" (wrong bodies: {ch})"))
            else:
                right.append(f"modified {k} {f}")
    for k, fields in mod.items():
        for f in fields:
            if f not in exp["modified"].get(k, {}):
                spur.append(f"modified {k} {f}")
    for part in ("only_old", "only_new"):
        got = set(d["fields"][part])
        for f in exp[part]:
            (right if f in got else missed).append(f"{part} {f}")
        spur += [f"{part} {f}" for f in sorted(got - set(exp[part]))]
    return right, missed, spur


def csv_keys(text):
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    return {(r["key"] or r["old_key"], r["field"]) for r in rows if r["change"] not in ("row_added", "row_removed")}, rows


def check_formats(d, outs):
    """The other formats name the same rows as the JSON."""
    notes = []
    keys = set(d["added"]) | set(d["removed"]) | set(d["modified"]) | set(d["renumbered"].values())
    for f in ("text", "markdown", "html"):
        miss = [k for k in keys if k not in outs[f]]
        if miss:
            notes.append(f"{f} lacks {miss}")
    ck, rows = csv_keys(outs["csv"])
    jk = {(k, f) for k, fs in d["modified"].items() for f in fs}
    if not jk <= ck:
        notes.append(f"csv lacks {sorted(jk - ck)}")
    ch = {r["change"] for r in rows}
    if d["added"] and "row_added" not in ch or d["removed"] and "row_removed" not in ch:
        notes.append("csv lacks row_added/removed lines")
    return notes


def core(d):
    return {k: d[k] for k in ("added", "removed", "modified", "renumbered", "changes", "fields")}


def pair(p):
    res = HERE / "results" / f"q{p}"
    shutil.rmtree(res, ignore_errors=True)
    res.mkdir(parents=True)
    work = TMP / f"q{p}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    olds, news = sides(p)
    lines = []
    outdirs = {}
    for doc in olds + news:
        out = work / ("out-" + doc.name.replace(".", "-"))
        r = run(["extract", str(doc), "--out", str(out), "-q"])
        (res / f"extract-{doc.name}.stderr").write_text(r.stderr, encoding="utf-8")
        outdirs[doc] = out
        lines.append(f"extract {doc.name}: exit {r.returncode}" + (f" stderr: {r.stderr.strip()[:300]}" if r.stderr.strip() else ""))
    reports = {}
    for o in olds:
        for n in news:
            tag = f"{o.suffix[1:]}-{n.suffix[1:]}"
            outs = {}
            for f in FORMATS:
                r = run(["diff", str(outdirs[o]), str(outdirs[n]), "--format", f], res / f"diff-{tag}.{f[:4]}")
                outs[f] = r.stdout
                if r.returncode:
                    lines.append(f"diff {tag} {f}: exit {r.returncode} {r.stderr.strip()[:300]}")
            d = json.loads(outs["json"])
            reports[tag] = d
            right, missed, spur = score(p, d)
            lines.append(f"[{tag}] {d['summary']}  right {len(right)}, missed {len(missed)}, spurious {len(spur)}")
            lines += [f"    right   {x}" for x in right] + [f"    MISSED  {x}" for x in missed] + \
                     [f"    SPURIOUS {x}" for x in spur]
            for nt in check_formats(d, outs):
                lines.append(f"    FORMAT  {nt}")
            r = run(["diff", str(o), str(n), "--format", "json"], res / f"diff-docs-{tag}.json")
            if r.returncode or core(json.loads(r.stdout)) != core(d):
                lines.append(f"    DOCS    the documents' diff differs from the folders' (exit {r.returncode})")
    # --update library holding both years (the first of each side)
    lib = work / "library"
    for doc in (olds[0], news[0]):
        r = run(["extract", str(doc), "--out", str(lib), "--update", "-q"])
        lines.append(f"extract --update {doc.name}: exit {r.returncode}")
    r = run(["diff", str(lib), str(lib), "--old-source", olds[0].stem, "--new-source", news[0].stem, "--format",
             "json"], res / "diff-library.json")
    tag = f"{olds[0].suffix[1:]}-{news[0].suffix[1:]}"
    same = r.returncode == 0 and core(json.loads(r.stdout)) == core(reports[tag])
    lines.append(f"[library] exit {r.returncode}; same report as the folders' {tag}: {same}"
                 + ("" if r.returncode == 0 else f" {r.stderr.strip()[:300]}"))
    r = run(["diff", str(outdirs[olds[0]]), str(outdirs[news[0]]), "--sqlite", str(work / "changes.sqlite"),
             "--format", "csv"])
    import sqlite3
    n = sqlite3.connect(work / "changes.sqlite").execute("select count(*) from changes").fetchone()[0]
    ncsv = len(csv_keys(r.stdout)[1])
    lines.append(f"[sqlite] changes {n}, csv lines {ncsv}: {'same' if n == ncsv else 'DIFFERENT'}")
    text = "\n".join(lines)
    (res / "verdict.txt").write_text(text + "\n", encoding="utf-8")
    print(f"== pair {p}\n{text}")


if __name__ == "__main__":
    for a in sys.argv[1:]:
        pair(a)
