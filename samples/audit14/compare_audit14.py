"""Compare one extraction with its hand-written <doc>.expected.json (the fourteenth audit).

    .venv/bin/python samples/audit14/compare_audit14.py EXPECTED.json OUTDIR [--json]
    .venv/bin/python samples/audit14/compare_audit14.py --table OUTDIR     (markdown tables over a run)

Reads OUTDIR/plan.json, agency_mentions.csv and review.csv. Per (row key, agency column) the expected
mentions are paired in order with the mentions phuluc gave (by raw text: equal after NFC, case and
white space folding, or one holding the other). Each expected mention gets a verdict:
  right         the expected body (or unresolved where "X": no canonical body exists)
  flagged       a body expected, none given, and the mention is in review.csv
  WRONG-warned  another body given, but the mention is in review.csv (a person checks it)
  SILENT        another body given (or a body where none exists) and not in review.csv; or a body
                expected and the mention lost / unresolved without a review line
A mention phuluc gave that pairs with no expected one is an extra fragment: SILENT when it carries
an id no expected mention of the cell has and is not in review.csv, else noted.
Also: the row keys, each agency cell's text, and the jurisdiction (level, name, province, year).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICTS = ("right", "flagged", "WRONG-warned", "SILENT", "traceback")


def slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s or "").casefold().replace("–", "-")
    return " ".join(s.split())


def ids(target: str, exp: dict) -> list[str | None]:
    j = exp["jurisdiction"]
    out: list[str | None] = []
    for t in target.split("|"):
        if t == "X":
            out.append(None)
        elif t.startswith("P:"):
            out.append(f"{slug(j['province'])}/{t[2:]}")
        else:
            out.append(f"{slug(j['province'])}/{slug(j['word'] + ' ' + j['name'])}/{t[2:]}")
    return out


def load(out: Path) -> tuple[dict, list[dict], set[tuple[str, str, str]]]:
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    with open(out / "agency_mentions.csv", encoding="utf-8-sig") as f:
        ments = list(csv.DictReader(f))
    with open(out / "review.csv", encoding="utf-8-sig") as f:
        review = {(r["key"], r["role"], r["position"]) for r in csv.DictReader(f)}
    return plan, ments, review


def compare(exp: dict, out: Path) -> dict:
    plan, ments, review = load(out)
    doc = plan["documents"][0] if plan["documents"] else None
    res: dict = {"name": exp["name"], "mentions": [], "extras": [], "problems": []}
    if doc is None:
        res["problems"].append(f"no document: {plan['failures']}")
        return res
    j, want = doc.get("jurisdiction") or {}, exp["jurisdiction"]
    got_j = {k: j.get(k) for k in ("level", "name", "province", "year")}
    want_j = {k: want[k] for k in ("level", "name", "province", "year")}
    res["jurisdiction"] = {"expected": want_j, "got": got_j, "right": got_j == want_j}
    got_rows = {r["key"]: r for r in doc["rows"]}
    res["keys"] = {"expected": [r["key"] for r in exp["rows"]], "got": list(got_rows)}
    res["warnings"] = doc.get("warnings", [])
    for er in exp["rows"]:
        row = got_rows.get(er["key"])
        if row is None:
            res["problems"].append(f"row {er['key']} missing")
        for role, cell in er["cells"].items():
            if row is not None and fold(row.get(role, "")) != fold(cell):
                res["problems"].append(f"{er['key']} {role}: cell {row.get(role)!r} != {cell!r}")
            got = [m for m in ments if m["key"] == er["key"] and m["role"] == role]
            used: set[int] = set()
            for em in er["mentions"][role]:
                want_ids = ids(em["target"], exp)
                k = next((i for i, g in enumerate(got) if i not in used and fold(g["raw"]) == fold(em["raw"])), None)
                if k is None:
                    k = next((i for i, g in enumerate(got) if i not in used
                              and (fold(em["raw"]) in fold(g["raw"]) or fold(g["raw"]) in fold(em["raw"]))), None)
                line = {"key": er["key"], "role": role, "raw": em["raw"], "class": em["class"],
                        "target": em["target"], "expected_id": want_ids[0]}
                if k is None:
                    line.update(got_raw=None, got_id=None, method=None, reviewed=False, verdict="SILENT",
                                why="lost (no mention with this text)")
                else:
                    used.add(k)
                    g = got[k]
                    gid = g["id"] or None
                    rev = (g["key"], g["role"], g["position"]) in review
                    ns_off = gid is not None and gid not in want_ids and any(
                        w and w.split("/")[1:] == gid.split("/")[-(w.count("/")):] for w in want_ids)
                    if gid in want_ids or ns_off:
                        v = "right"
                        if ns_off:
                            line["ns_off"] = True    # the right type under another catalogue's ids
                    elif gid is None:
                        v = "flagged" if rev else "SILENT"
                    else:
                        v = "WRONG-warned" if rev else "SILENT"
                    line.update(got_raw=g["raw"], got_id=gid, method=g["method"], score=g["score"], note=g["note"],
                                reviewed=rev, verdict=v)
                res["mentions"].append(line)
            expected_ids = {i for em in er["mentions"][role] for i in ids(em["target"], exp)}
            for i, g in enumerate(got):
                if i in used:
                    continue
                rev = (g["key"], g["role"], g["position"]) in review
                bad = bool(g["id"]) and g["id"] not in expected_ids and not rev
                res["extras"].append({"key": er["key"], "role": role, "raw": g["raw"], "got_id": g["id"] or None,
                                      "method": g["method"], "reviewed": rev, "verdict": "SILENT" if bad else "extra"})
    return res


def main() -> None:
    if sys.argv[1] == "--table":
        table(Path(sys.argv[2]))
        return
    exp = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    res = compare(exp, Path(sys.argv[2]))
    if "--json" in sys.argv:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    counts = {v: 0 for v in VERDICTS}
    for m in res["mentions"]:
        counts[m["verdict"]] += 1
    jr = res.get("jurisdiction", {})
    ns = sum(1 for m in res["mentions"] if m.get("ns_off"))
    print(f"== {res['name']} ({sys.argv[2]}): jurisdiction {'right' if jr.get('right') else 'WRONG'} "
          f"{jr.get('got')}; " + ", ".join(f"{k} {n}" for k, n in counts.items() if n)
          + (f" ({ns} of the right type under another catalogue's ids)" if ns else ""))
    for p in res["problems"]:
        print("  problem:", p)
    for m in res["mentions"]:
        if m["verdict"] != "right":
            print(f"  {m['verdict']:12} {m['key']} {m['role']:12} [{m['class']}] {m['raw']!r} -> expected "
                  f"{m['target']}, got {m.get('got_raw')!r} = {m.get('got_id')} ({m.get('method')}, "
                  f"{m.get('score')}) note={m.get('note')!r}")
    for x in res["extras"]:
        print(f"  {x['verdict']:12} {x['key']} {x['role']:12} extra fragment {x['raw']!r} = {x['got_id']} "
              f"({x['method']}) reviewed={x['reviewed']}")



def table(out: Path) -> None:
    """Markdown tables over every extraction in OUT (<name>-docx, <name>-pdf): per document, per class."""
    per_class: dict[str, dict[str, int]] = {}
    print("| document | file | jurisdiction got | mentions | right | flagged | WRONG-warned | SILENT | X unresolved "
          "but not in review.csv |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for e in sorted(HERE.glob("*.expected.json")):
        exp = json.loads(e.read_text(encoding="utf-8"))
        for ext in ("docx", "pdf"):
            d = out / f"{exp['name']}-{ext}"
            if not (d / "plan.json").exists():
                continue
            res = compare(exp, d)
            n = {v: 0 for v in VERDICTS}
            quiet = 0
            for m in res["mentions"]:
                n[m["verdict"]] += 1
                per_class.setdefault(m["class"], {v: 0 for v in VERDICTS})[m["verdict"]] += 1
                quiet += m["target"].startswith("X") and m.get("got_id") is None and not m.get("reviewed")
            n["SILENT"] += sum(x["verdict"] == "SILENT" for x in res["extras"])
            j = res["jurisdiction"]
            jg = f"{j['got']['level']} {j['got']['name']} / {j['got']['province'] or '**none**'} / {j['got']['year']}"
            ns = sum(1 for m in res["mentions"] if m.get("ns_off"))
            print(f"| `{exp['name']}` | {ext} | {jg}{'' if j['right'] else ' (**wrong**)'} | {len(res['mentions'])} | "
                  f"{n['right']}{f' ({ns} under the nameless catalogue)' if ns else ''} | {n['flagged']} | "
                  f"{n['WRONG-warned']} | {n['SILENT']} | {quiet} |")
    print("\n| class | right | flagged | WRONG-warned | SILENT |\n| --- | --- | --- | --- | --- |")
    for k, n in sorted(per_class.items()):
        print(f"| {k} | {n['right']} | {n['flagged']} | {n['WRONG-warned']} | {n['SILENT']} |")


if __name__ == "__main__":
    main()
