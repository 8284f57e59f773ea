"""Run phuluc on the audit32 plans and compare the agency mentions with the hand expectations.

    python check.py plans_dev [--only slug] [--variants docx,pdf,docx-j,pdf-j]

Per plan and variant (docx / pdf, with -j: --jurisdiction given) it counts expected mentions,
right ones, wrong ids given silently (not in review.csv), wrong ids flagged for review, expected
mentions lost silently and lost but flagged, and lists every non-right item.
Writes results-<module>.md next to this file.
"""
import csv
import importlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PY = "/work/main/.venv/bin/python"
OUT = "/tmp/a32"


def run(plan, variant):
    ext = "pdf" if variant.startswith("pdf") else "docx"
    out = os.path.join(OUT, f"{plan['slug']}-{variant}")
    cmd = [PY, "-m", "phuluc.cli", "extract", os.path.join(HERE, "docs", f"{plan['slug']}.{ext}"),
           "--out", out, "-q"]
    if variant.endswith("-j"):
        cmd += ["--jurisdiction", plan["jurisdiction"]]
    env = dict(os.environ, PYTHONPATH=ROOT)
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        print("FAILED", cmd, p.stderr[-500:])
    return out


def token(mention, prov):
    mid = mention["id"]
    if not mid:
        return "U"
    parts = mid.split("/")
    if len(parts) == 2 and parts[0] == prov:
        return "P:" + parts[1]
    if len(parts) == 3 and parts[0] == prov:
        return "C:" + parts[2]
    return "X:" + mid


def parse_expected(text):
    out = []
    for t in text.split():
        req = t.startswith("r:")
        t = t[2:] if req else t
        tok, _, old = t.partition(">")
        out.append({"tok": tok, "alts": set(tok.split("|")), "req": req, "old": old})
    return out


def compare(plan, out):
    doc = json.load(open(os.path.join(out, "plan.json"), encoding="utf-8"))["documents"][0]
    review = set()
    with open(os.path.join(out, "review.csv"), encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            review.add((r["key"], r["role"], r["position"]))
    rows = doc["rows"]
    res = {"exp": 0, "right": 0, "silent_wrong": 0, "flag_wrong": 0, "silent_lost": 0,
           "flag_lost": 0, "extra_flag": 0, "cosmetic": 0, "right_rev": 0, "items": [],
           "jur": (doc.get("jurisdiction") or {}).get("label"), "nrows": len(rows)}
    if len(rows) != len(plan["rows"]):
        res["items"].append(f"ROWS: {len(rows)} extracted, {len(plan['rows'])} expected")
    for i, prow in enumerate(plan["rows"]):
        if i >= len(rows):
            break
        row = rows[i]
        for role, (text, exp_text) in prow[4].items():
            exp = parse_expected(exp_text)
            res["exp"] += len(exp)
            acts = []
            for pos, m in enumerate(row["agencies"].get(role, []), 1):
                acts.append(dict(m, tok=token(m, plan["prov"]),
                                 rev=(row["key"], role, str(pos)) in review, used=False))
            lost = []
            for e in exp:
                hit = next((a for a in acts if not a["used"] and a["tok"] in e["alts"]), None)
                if hit is None:
                    lost.append(e)
                    continue
                hit["used"] = True
                res["right"] += 1
                if hit["rev"] and hit["tok"] != "U":
                    res["right_rev"] += 1
                if hit["tok"] == "U" and not hit["rev"]:
                    res["items"].append(f"COSMETIC? unmatched not in review: {hit['raw']!r}")
                if e["req"] != bool(hit["requested"]):
                    res["cosmetic"] += 1
                    res["items"].append(f"REQUESTED {hit['requested']} (expected {e['req']}): {row['key']} {role} {hit['raw']!r}")
                if e["old"] and hit["method"] != "successor":
                    res["items"].append(f"NOTE successor via {hit['method']} {hit['score']}: {hit['raw']!r} -> {hit['name']}")
            left = [a for a in acts if not a["used"]]
            for a in left:
                desc = f"{row['key']} {role} raw={a['raw']!r} -> {a['tok']} ({a['method']} {a['score']}) cell={text!r}"
                if a["tok"] == "U":
                    res["extra_flag" if a["rev"] else "silent_lost"] += 1
                    res["items"].append(("FLAGGED unmatched " if a["rev"] else "SILENT unmatched-not-reviewed ") + desc)
                elif a["rev"]:
                    res["flag_wrong"] += 1
                    res["items"].append("WRONG-flagged " + desc)
                else:
                    res["silent_wrong"] += 1
                    res["items"].append("SILENT wrong " + desc)
            flagged_here = any(a["rev"] for a in left)
            for e in lost:
                kind = "flag_lost" if flagged_here else "silent_lost"
                res[kind] += 1
                res["items"].append(f"{'LOST-flagged' if flagged_here else 'SILENT lost'} expected {e['tok']}"
                                    f"{' (req)' if e['req'] else ''} in {row['key']} {role} cell={text!r}")
    return res


def main():
    args = sys.argv[1:]
    module = args[0]
    only = args[args.index("--only") + 1] if "--only" in args else None
    variants = (args[args.index("--variants") + 1] if "--variants" in args
                else "docx,pdf,docx-j,pdf-j").split(",")
    sys.path.insert(0, HERE)
    plans = importlib.import_module(module).PLANS
    lines = ["| plan | variant | jurisdiction read | rows | expected | right | right but reviewed | silent wrong | "
             "wrong flagged | lost silently | lost flagged | extra flagged | requested-flag off |",
             "|" + " --- |" * 13]
    details = []
    for plan in plans:
        if only and plan["slug"] != only:
            continue
        for v in variants:
            r = compare(plan, run(plan, v))
            lines.append(f"| {plan['slug']} | {v} | {r['jur']} | {r['nrows']} | {r['exp']} | {r['right']} | {r['right_rev']} | "
                         f"{r['silent_wrong']} | {r['flag_wrong']} | {r['silent_lost']} | {r['flag_lost']} | "
                         f"{r['extra_flag']} | {r['cosmetic']} |")
            details.append(f"\n### {plan['slug']} {v}\n")
            details += [f"- {it}" for it in r["items"]]
    text = "\n".join(lines) + "\n\n## Items\n" + "\n".join(details) + "\n"
    name = f"results-{module}{'-' + only if only else ''}.md"
    open(os.path.join(HERE, name), "w", encoding="utf-8").write(text)
    print(text)


if __name__ == "__main__":
    main()
