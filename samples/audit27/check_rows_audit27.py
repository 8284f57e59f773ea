"""Compare each extracted year with the rows the generator wrote (q<P>.pair.json): which side went wrong.
Usage: python check_rows_audit27.py PAIR...   (reads /tmp/a27/q<P>/out-*/plan.json written by run_audit27.py)"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def want(r, field, sep="\n"):
    return {"indicators": "\n".join(f"{n}. {t}" for n, t in r["inds"]), "tasks": "\n".join("- " + t for t in r["tasks"]),
            "lead": " ".join(r["lead"]), "coordinating": " ".join(r["coord"]),
            "component": r["cname"]}[field]


def check(p):
    info = json.loads((HERE / f"q{p}.pair.json").read_text(encoding="utf-8"))
    for side, stem in (("old_rows", info["old"]), ("new_rows", info["new"])):
        for ext in ("pdf", "docx"):
            out = Path(f"/tmp/a27/q{p}/out-{stem}-{ext}/plan.json")
            if not out.exists():
                continue
            doc = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
            got = {r["key"]: r for r in doc["rows"]}
            exp = {r["key"]: r for r in info[side]}
            bad = []
            for k in sorted(set(got) | set(exp)):
                if k not in got or k not in exp:
                    bad.append(f"  {k}: {'missing' if k not in got else 'extra'}")
                    continue
                for f in ("component", "indicators", "tasks", "lead", "coordinating"):
                    g = unicodedata.normalize("NFC", norm(got[k][f]))
                    w = unicodedata.normalize("NFC", norm(want(exp[k], f)))
                    if f == "component":
                        g = re.sub(r"^[\d.]+\s*", "", g)
                    if re.sub(r"\W", "", g) != re.sub(r"\W", "", w):
                        bad.append(f"  {k} {f}:\n     got  {norm(got[k][f])[:300]}\n     want {w[:300]}")
            print(f"q{p} {stem}.{ext}: {len(doc['rows'])} rows, {len(bad)} faults")
            print("\n".join(bad))


if __name__ == "__main__":
    for a in sys.argv[1:]:
        check(a)
