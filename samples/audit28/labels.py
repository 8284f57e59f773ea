"""Group labels: does each row's dimension/component text name the group the document puts it in?
(matched to the expected row by check.py's pairing; compares the title words, numbering and case aside)

    /work/main/.venv/bin/python labels.py OUTDIR EXPECTED_DIR
"""
import json, sys, unicodedata
from pathlib import Path

from check import check


def fold(s):
    return unicodedata.normalize("NFC", s or "").casefold()


if __name__ == "__main__":
    out, exp_dir = Path(sys.argv[1]), Path(sys.argv[2])
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    for doc in plan["documents"]:
        stem = doc["source"].replace(".chromium", "").rsplit(".", 1)[0]
        ef = exp_dir / f"{stem}.expected.json"
        if not ef.exists():
            continue
        exp = json.loads(ef.read_text(encoding="utf-8"))["rows"]
        bad = []
        for e in exp:
            g = next((g for g in doc["rows"] if fold(g["indicators"]) == fold(e["indicators"])
                      and fold(g["tasks"]) == fold(e["tasks"])), None)
            if g is None:
                continue
            if fold(e["component_title"]) not in fold(g["component"]):
                bad.append(f"{g['key']}: component {g['component']!r} (expected {e['component_title']!r})")
            if fold(e["dimension_title"]) not in fold(g["dimension"]):
                bad.append(f"{g['key']}: dimension {g['dimension'][:40]!r} (expected {e['dimension_title'][:40]!r})")
        print(f"{'OK ' if not bad else 'BAD'} {doc['source']}: {len(bad)} label problems")
        for b in bad[:6]:
            print("    " + b)
