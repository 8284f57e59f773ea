"""Run the twelfth audit's cases through `phuluc diff` and compare with the expected diffs written by hand.

    cd <repo> && PYTHONPATH=$PWD /work/main/.venv/bin/python samples/audit12/compare_audit12.py [CASE...] [--out DIR]

Per run (an OLD, NEW pair of a case): `phuluc diff OLD NEW --format json` and `--format csv` (and, for
c10, the same pair's report as documents, compared byte for byte). An input "out:FILE" is the folder
`phuluc extract FILE --out DIR` wrote, "json:FILE" that folder's plan.json. The JSON is compared with
``<case>.expected.json`` (rules in audit12_expected.py): rows added, removed, renumbered; per modified
row the fields changed and, per field, the words (text) or the bodies added / removed / renamed
(agencies); the summary's rename and merge groups; the fields only one side has. The CSV is checked
against the same JSON (the same row keys added, removed, renumbered, the same (key, field) changes).

Verdicts: ``right``; ``traceback``; ``loud failure`` (exit status not 0); ``SILENT`` (a difference
from the expected diff, exit 0, nothing on stderr); ``WRONG-warned`` (a difference, with something on
stderr: to be read by hand).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PY = os.environ.get("PHULUC_PYTHON", sys.executable)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run phuluc from this checkout (or from PHULUC_CODE, another checkout's root, on these documents)."""
    code = os.environ.get("PHULUC_CODE", str(ROOT))  # also the working directory: `-m` puts it first
    env = dict(os.environ, PYTHONPATH=code)
    return subprocess.run([PY, "-m", "phuluc", *args], cwd=code, env=env, capture_output=True, text=True, timeout=600)


def resolve(spec: str, tmp: Path) -> str:
    """A run's input: a file of samples/audit12, or "out:FILE" / "json:FILE", FILE extracted first."""
    kind, _, name = spec.rpartition(":")
    path = HERE / name
    if not kind:
        return str(path)
    out = tmp / f"out-{name.replace('.', '-')}"
    if not out.exists():
        r = cli("extract", str(path), "--out", str(out), "-q")
        if r.returncode != 0:
            raise RuntimeError(f"extract {name}: {r.returncode} {r.stderr}")
    return str(out / "plan.json") if kind == "json" else str(out)


def inputs(old: str, new: str, tmp: Path, n: int) -> tuple[str, str, list[str]]:
    """OLD and NEW as given to phuluc diff, and the --old-source/--new-source options.

    "both:FILE": both files extracted into ONE output folder; "dir:FILE": both files copied into one folder
    of plans; each side then picks its document by file stem.
    """
    kind = old.split(":")[0] if ":" in old else ""
    if kind not in ("both", "dir"):
        return resolve(old, tmp), resolve(new, tmp), []
    fa, fb = (HERE / x.split(":", 1)[1] for x in (old, new))
    folder = tmp / f"{kind}-{n}-{fa.stem}-{fb.stem}"
    if not folder.exists():
        if kind == "both":
            r = cli("extract", str(fa), str(fb), "--out", str(folder), "-q")
            if r.returncode != 0:
                raise RuntimeError(f"extract: {r.returncode} {r.stderr}")
        else:
            folder.mkdir()
            for f in (fa, fb):
                shutil.copy(f, folder / f.name)
    return str(folder), str(folder), ["--old-source", fa.stem, "--new-source", fb.stem]


# ---------------------------------------------------------------- folding and matching
def words(text: str) -> list[str]:
    """NFC, lower case, punctuation out, pure numbers out; tone-mark placement kept as written."""
    text = unicodedata.normalize("NFC", text).lower()
    out = []
    for w in re.split(r"\s+", text):
        w = re.sub(r"[^\w]", "", w)
        if w and not w.isdigit():
            out.append(w)
    return out


def text_change(ch: dict) -> tuple[Counter, Counter]:
    """The words a text change takes out and puts in, net (a word out and in again cancels)."""
    old, new = Counter(), Counter()
    for op in ch.get("words", []):
        if op.get("op") == "equal":
            continue
        old.update(words(op.get("old", "") or ""))
        new.update(words(op.get("new", "") or ""))
    return old - new, new - old


def numbers_change(ch: dict) -> tuple[Counter, Counter]:
    """The numbers a text change takes out and puts in, net."""
    old, new = Counter(), Counter()
    for op in ch.get("words", []):
        if op.get("op") != "equal":
            old.update(re.findall(r"\d+", op.get("old", "") or ""))
            new.update(re.findall(r"\d+", op.get("new", "") or ""))
    return old - new, new - old


def fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


def fits(spellings: list[str], name: str) -> bool:
    return any(fold(s) in fold(name or "") for s in spellings)


def names(x: object) -> list[str]:
    """Names out of an agency entry: {"id", "name"} or a list of them."""
    if isinstance(x, dict):
        return [str(x.get("name") or x.get("raw") or x.get("id") or "")]
    if isinstance(x, list):
        return [n for e in x for n in names(e)]
    return [str(x)]


def match_bodies(expected: list[list[str]], got: list[str]) -> list[str]:
    """Differences between expected bodies (lists of spellings) and the names reported."""
    left = list(got)
    problems = []
    for spellings in expected:
        hit = next((g for g in left if fits(spellings, g)), None)
        if hit is None:
            problems.append(f"missing {spellings[0]!r}")
        else:
            left.remove(hit)
    problems += [f"unexpected {g!r}" for g in left]
    return problems


def agency_change(exp: dict, ch: dict) -> list[str]:
    out = []
    for side in ("added", "removed"):
        out += [f"{side}: {p}" for p in match_bodies(exp.get(side, []), names(ch.get(side, [])))]
    got = [(names(r.get("old")), names(r.get("new"))) for r in ch.get("renamed", [])]
    for old, new in exp.get("renamed", []):
        hit = next((g for g in got if any(fits(old, n) for n in g[0]) and any(fits(new, n) for n in g[1])), None)
        if hit is None:
            out.append(f"renamed: missing {old[0]!r} -> {new[0]!r}")
        else:
            got.remove(hit)
    for g in got:
        # a merge of several old bodies may be one entry naming them all: fine if each was expected
        if not any(any(fits(o, n) for n in g[0]) for o, _ in exp.get("renamed", [])):
            out.append(f"renamed: unexpected {g[0]} -> {g[1]}")
    return out


# ---------------------------------------------------------------- one run
def compare(exp: dict, got: dict) -> list[str]:
    diffs = []
    if sorted(got.get("added", [])) != sorted(exp["added"]):
        diffs.append(f"added: expected {sorted(exp['added'])}, got {sorted(got.get('added', []))}")
    if sorted(got.get("removed", [])) != sorted(exp["removed"]):
        diffs.append(f"removed: expected {sorted(exp['removed'])}, got {sorted(got.get('removed', []))}")
    if got.get("renumbered", {}) != exp["renumbered"]:
        diffs.append(f"renumbered: expected {exp['renumbered']}, got {got.get('renumbered', {})}")
    back = {v: k for k, v in exp["renumbered"].items()}
    gmod = got.get("modified", {})
    changes = got.get("changes", {})
    seen = set()
    for key, fields in exp["modified"].items():
        gk = key if key in gmod else back.get(key, key)
        seen.add(gk)
        if gk not in gmod:
            diffs.append(f"{key}: expected modified ({', '.join(fields)}), not reported")
            continue
        if sorted(gmod[gk]) != sorted(fields):
            diffs.append(f"{key}: fields expected {sorted(fields)}, got {sorted(gmod[gk])}")
        chs = changes.get(gk) or changes.get(key) or {}
        for f, e in fields.items():
            ch = chs.get(f)
            if ch is None:
                continue
            if e.get("scope"):
                continue
            if "numbers" in e:
                nd, ni = numbers_change(ch)
                if nd != Counter(e["numbers"]["del"]) or ni != Counter(e["numbers"]["ins"]):
                    diffs.append(
                        f"{key} {f}: numbers out {sorted(nd.elements())} in {sorted(ni.elements())}; "
                        f"expected out {e['numbers']['del']} in {e['numbers']['ins']}"
                    )
            if "del" in e:
                d, i = text_change(ch)
                if d != Counter(e["del"]) or i != Counter(e["ins"]):
                    diffs.append(
                        f"{key} {f}: words out {sorted(d.elements())} in {sorted(i.elements())}; expected "
                        f"out {e['del']} in {e['ins']}"
                    )
            else:
                diffs += [f"{key} {f}: {p}" for p in agency_change(e, ch)]
    if exp.get("renames_ok"):
        for gk in list(gmod):
            chs = changes.get(gk, {})
            if gk not in seen and all(
                c.get("kind") == "agencies" and not c.get("added") and not c.get("removed") for c in chs.values()
            ):
                seen.add(gk)
    for gk in gmod:
        if gk not in seen:
            detail = json.dumps(changes.get(gk, {}), ensure_ascii=False)[:400]
            diffs.append(f"{gk}: reported modified ({', '.join(gmod[gk])}), no change made: {detail}")
    groups = [
        g for g in got.get("agency_groups", []) if g.get("kind") in ("renamed", "merged") and not exp.get("renames_ok")
    ]
    for e in exp["renames"]:
        hit = next(
            (
                g
                for g in groups
                if not match_bodies(e["old"], names(g["old"])) and not match_bodies(e["new"], names(g["new"]))
            ),
            None,
        )
        if hit is None:
            diffs.append(f"summary: no rename/merge group {[o[0] for o in e['old']]} -> {[n[0] for n in e['new']]}")
            continue
        groups.remove(hit)
        if sorted(hit.get("rows", [])) != sorted(e["rows"]):
            diffs.append(f"summary: group {[o[0] for o in e['old']]} rows {hit.get('rows')}, expected {e['rows']}")
    diffs += [f"summary: unexpected {g['kind']} group {names(g['old'])} -> {names(g['new'])}" for g in groups]
    fields = got.get("fields", {})
    for side in ("only_old", "only_new"):
        if sorted(fields.get(side, [])) != sorted(exp[side]):
            diffs.append(f"fields {side}: expected {exp[side]}, got {fields.get(side)}")
    return diffs


def check_csv(text: str, got: dict) -> list[str]:
    """The CSV says what the JSON says."""
    import csv
    import io

    lines = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    out = []
    add = sorted({r["key"] for r in lines if r["change"] == "row_added"})
    rem = sorted({r["old_key"] or r["key"] for r in lines if r["change"] == "row_removed"})
    ren = {r["old_key"]: r["key"] for r in lines if r["change"] == "renumbered"}
    mod = sorted(
        {(r["key"], r["field"]) for r in lines if r["change"] not in ("row_added", "row_removed", "renumbered")}
    )
    jmod = sorted((k, f) for k, fs in got.get("modified", {}).items() for f in fs)
    if add != sorted(got.get("added", [])):
        out.append(f"csv added {add} != json {got.get('added')}")
    if rem != sorted(got.get("removed", [])):
        out.append(f"csv removed {rem} != json {got.get('removed')}")
    if ren != got.get("renumbered", {}):
        out.append(f"csv renumbered {ren} != json {got.get('renumbered')}")
    if mod != jmod:
        out.append(f"csv modified {mod} != json {jmod}")
    return out


def run_case(case: str, tmp: Path, csv_too: bool = True) -> list[dict]:
    exp = json.loads((HERE / f"{case}.expected.json").read_text(encoding="utf-8"))
    results = []
    for n, (old, new) in enumerate(exp["runs"]):
        a, b, pick = inputs(old, new, tmp, n)
        r = cli("diff", a, b, *pick, "--format", "json")
        res = {"case": case, "old": old, "new": new, "rc": r.returncode, "stderr": r.stderr.strip(), "diffs": []}
        if "Traceback" in r.stderr:
            res["verdict"] = "traceback"
        elif r.returncode != 0:
            res["verdict"] = "loud failure"
        else:
            got = json.loads(r.stdout)
            res["summary"] = got.get("summary")
            res["diffs"] = compare(exp, got)
            if csv_too:
                c = cli("diff", a, b, *pick, "--format", "csv")
                res["diffs"] += check_csv(c.stdout, got) if c.returncode == 0 else [f"csv exit {c.returncode}"]
            if exp.get("formats") and n == 0:
                res["diffs"] += formats(a, b, pick, tmp)
            if exp.get("html_contains"):
                h = cli("diff", a, b, *pick, "--format", "html").stdout
                res["diffs"] += [f"html: {x!r} not in the page" for x in exp["html_contains"] if x not in h]
                res["diffs"] += ["html: markup of a cell left unescaped"] if "<b>mỗi quý" in h else []
            if "same_as" in exp:
                da, db = (str(HERE / x) for x in exp["same_as"][n])
                for fmt in ("text", "json"):
                    x, y = cli("diff", a, b, *pick, "--format", fmt).stdout, cli("diff", da, db, "--format", fmt).stdout
                    if fmt == "text":  # the first line names the inputs, which differ by design
                        x, y = x.split("\n", 1)[-1], y.split("\n", 1)[-1]
                    else:
                        x, y = _no_names(x), _no_names(y)
                    if x != y:
                        res["diffs"].append(f"{fmt} report differs from the documents' ({da}, {db})")
            res["verdict"] = "right" if not res["diffs"] else ("SILENT" if not r.stderr.strip() else "WRONG-warned")
        results.append(res)
    return results


def formats(a: str, b: str, pick: list[str], tmp: Path) -> list[str]:
    """Every format exits 0; the same inputs give the same bytes; --sqlite holds the CSV's lines."""
    import sqlite3

    out = []
    for fmt in ("text", "json", "markdown", "html", "csv"):
        x, y = cli("diff", a, b, *pick, "--format", fmt), cli("diff", a, b, *pick, "--format", fmt)
        if x.returncode or y.returncode:
            out.append(f"{fmt}: exit {x.returncode}/{y.returncode}")
        elif x.stdout != y.stdout:
            out.append(f"{fmt}: two runs differ")
    db = tmp / "changes.sqlite"
    db.unlink(missing_ok=True)
    c = cli("diff", a, b, *pick, "--format", "csv", "--sqlite", str(db))
    lines = len(c.stdout.strip().splitlines()) - 1
    with sqlite3.connect(db) as con:
        n = con.execute("select count(*) from changes").fetchone()[0]
    if n != lines:
        out.append(f"--sqlite: {n} lines in changes, the CSV has {lines}")
    return out


def _no_names(js: str) -> str:
    d = json.loads(js)
    for side in ("old", "new"):
        if isinstance(d.get(side), dict):
            d[side].pop("name", None)
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def main(argv: list[str]) -> int:
    cases = [a for a in argv if not a.startswith("-")] or sorted(p.name[:-14] for p in HERE.glob("*.expected.json"))
    with tempfile.TemporaryDirectory() as t:
        for case in cases:
            for res in run_case(case, Path(t)):
                print(
                    f"{res['verdict']:13} {case}: {res['old']} -> {res['new']} (exit {res['rc']}) "
                    f"{json.dumps(res.get('summary'))}"
                )
                for d in res["diffs"]:
                    print(f"      - {d}")
                if res["stderr"]:
                    print("      stderr: " + res["stderr"].replace("\n", "\n              "))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
