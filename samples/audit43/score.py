"""Runs `phuluc diff OLD NEW` (text and json) on each audit43 pair, one run at a time, and scores the json
against the generator's edit list: edits reported right, missed, spurious changes, and whether a wrong answer
was silent (exit 0, nothing on stderr).

    PYTHONPATH=$PWD python samples/audit43/score.py [p00 p01 ...]
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = "/work/main/.venv/bin/python"


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").lower()
    text = re.sub(r"^\s*\d+[.)]\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


def run(pair: Path, fmt: str) -> tuple[int, str, str]:
    files = json.loads((pair / "expected.json").read_text(encoding="utf-8"))["files"]
    cmd = [PY, "-m", "phuluc", "diff", str(pair / files["old"]), str(pair / files["new"]), "--format", fmt]
    p = subprocess.run(cmd, capture_output=True, text=True, env=os.environ | {"PYTHONPATH": os.getcwd()})
    return p.returncode, p.stdout, p.stderr


def key_of(keys: dict, indicator: str) -> str | None:
    return next((k for k, v in keys.items() if fold(v) == fold(indicator)), None)


def score_pair(exp: dict, got: dict) -> dict:
    ok, missed, notes = [], [], []
    explained: dict[str, set] = {}  # old key -> fields the edits explain
    added = {fold(r["indicators"]): r["key"] for r in got.get("added_rows", [])}
    removed = {fold(r["indicators"]): r["key"] for r in got.get("removed_rows", [])}
    modified = got.get("modified", {})
    pair_of = {p["old"]: p["new"] for p in got.get("pairs", [])}
    new_to_old = {v: k for k, v in pair_of.items()}
    renum = got.get("renumbered", {})
    used_added, used_removed, used_renum = set(), set(), set()

    def fields_at(old_key: str) -> list:
        new_key = pair_of.get(old_key)
        return modified.get(new_key, modified.get(old_key, [])) if new_key else []

    for e in exp["edits"]:
        kind = e["kind"]
        label = f"{kind}: {e.get('indicator', e.get('old', ''))[:60]}"
        if kind in ("add", "add_middle"):
            hit = fold(e["indicator"]) in added
            used_added.add(fold(e["indicator"]))
        elif kind in ("remove", "remove_first"):
            hit = fold(e["indicator"]) in removed
            used_removed.add(fold(e["indicator"]))
        elif kind in ("task", "deadline", "coord_to_lead"):
            k = key_of(exp["old_keys"], e["indicator"])
            want = {"task": {"tasks"}, "deadline": {"deadline"}, "coord_to_lead": {"lead", "coordinating"}}[kind]
            explained.setdefault(k, set()).update(want)
            hit = want <= set(fields_at(k))
        elif kind == "comp_label":
            ks = [key_of(exp["old_keys"], i) for i in e["indicators"]]
            ks = [k for k in ks if k]
            for k in ks:
                explained.setdefault(k, set()).add("component")
            hit = bool(ks) and all("component" in fields_at(k) for k in ks)
        elif kind == "rename":
            groups = [g for g in got.get("agency_groups", []) if g["kind"] in ("renamed", "merged")
                      and any(o["name"] == e["old"] for o in g["old"]) and any(n["name"] == e["new"] for n in g["new"])]
            olds = {key_of(exp["old_keys"], i) for i in e["indicators"]} - {None}  # rows NEW adds are no rename
            hit = bool(groups) and len(groups[0]["rows"]) == len(olds)
            for k in olds:
                explained.setdefault(k, set()).add("rename")
            if groups and not hit:
                notes.append(f"rename {e['old']} rows {groups[0]['rows']} vs expected {sorted(olds)}")
        elif kind == "renumber":
            hit = True
            for m in e["rows"]:
                used_renum.add(m["old_key"])
                if renum.get(m["old_key"], {}).get("new") != m["new_key"] if isinstance(renum.get(m["old_key"]), dict) \
                        else renum.get(m["old_key"]) != m["new_key"]:
                    hit = False
            label = f"renumber: {[(m['old_key'], m['new_key']) for m in e['rows']]}"
        else:
            continue
        (ok if hit else missed).append(label)

    spurious = []
    for ind, key in added.items():
        if ind not in used_added:
            spurious.append(f"added {key}")
    for ind, key in removed.items():
        if ind not in used_removed:
            spurious.append(f"removed {key}")
    changes = got.get("changes", {})
    for new_key, fields in modified.items():
        old_key = new_to_old.get(new_key, new_key)
        for f in fields:
            if f in explained.get(old_key, set()):
                continue
            ch = changes.get(new_key, {}).get(f, {})
            only_rename = ch.get("kind") == "agencies" and not ch.get("added") and not ch.get("removed")
            if only_rename and "rename" in explained.get(old_key, set()):
                continue
            spurious.append(f"modified {old_key}->{new_key}: {f}")
    for old_key in renum:
        if old_key not in used_renum:
            spurious.append(f"renumbered {old_key}")
    return {"right": ok, "missed": missed, "spurious": spurious, "notes": notes}


def main() -> None:
    names = sys.argv[1:] or sorted(p.name for p in (HERE / "pairs").iterdir())
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    table = {}
    for name in names:
        pair = HERE / "pairs" / name
        exp = json.loads((pair / "expected.json").read_text(encoding="utf-8"))
        rc, text, err = run(pair, "text")
        (out / f"{name}.txt").write_text(text + ("\n--- stderr (rc=%d)\n" % rc) + err, encoding="utf-8")
        rcj, js, _ = run(pair, "json")
        (out / f"{name}.json").write_text(js, encoding="utf-8")
        got = json.loads(js) if rcj == 0 else {}
        s = score_pair(exp, got)
        wrong = bool(s["missed"] or s["spurious"])
        s.update({"rc": rc, "stderr_lines": len(err.strip().splitlines()) if err.strip() else 0,
                  "silent_wrong": wrong and rc == 0 and not err.strip(), "heldout": exp.get("heldout"),
                  "rows": [got.get("old", {}).get("rows"), got.get("new", {}).get("rows")],
                  "rows_expected": [len(exp["old_keys"]), len(exp["new_keys"])]})
        table[name] = s
        print(name, f"right {len(s['right'])} missed {len(s['missed'])} spurious {len(s['spurious'])}",
              f"rc {rc} stderr {s['stderr_lines']} silent_wrong {s['silent_wrong']} rows {s['rows']}/{s['rows_expected']}")
        for k in ("missed", "spurious", "notes"):
            for x in s[k]:
                print("   ", k, x)
    path = out / "scores.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    path.write_text(json.dumps(old | table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
