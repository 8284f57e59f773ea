"""Compare phuluc's plan.json with audit25's expected rows (adapted from audit22's compare: budget, a combined
indicators+tasks column, mentions by raw name and catalogue type, role notes of a one-agency column counted apart).

Usage: python compare_audit22.py OUTDIR EXPECTED.json[::SOURCE]... [--details] [--lines] [--json FILE]
OUTDIR is a phuluc --out folder (plan.json, review.csv). For each expected file: rows count, every field
after whitespace normalisation (a line break = a space), the agency mentions of lead/coordinating/
implementing (canonical id's type and the requested flag), and a verdict:
  right         no fault
  WRONG-warned  every fault is named by a warning on the row's page(s) or, for a mention, by review.csv
  SILENT        a fault with no flag
  refused       the document is under failures (a loud refusal)
"""
import csv
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "audit22"))
from data_audit22 import AGENCIES  # noqa: E402

TEXT_FIELDS = ["indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating", "deadline",
               "expected_result", "budget"]
# a label keeps its own numbering ("1.", "I.", "Nội dung 1:"): the same group label, compared without it
NUM_PREFIX = re.compile(r"^\s*(?:Nội dung\s+\d+\s*:|(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.:)]?)\s+", re.I)
INFO_WARNINGS = ("section rows gave the group labels",)


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return " ".join(s.split())


def label(s):
    return NUM_PREFIX.sub("", norm(s)).casefold()


def load_review(outdir):
    p = Path(outdir) / "review.csv"
    flagged = set()
    if p.exists():
        with open(p, encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                flagged.add((r["source"], r["key"], r["role"], r["position"]))
    return flagged


def warned_pages(doc):
    pages = set()
    for w in doc.get("warnings", []):
        if any(x in w for x in INFO_WARNINGS):
            continue
        for m in re.finditer(r"pages?(?:\(s\))? ((?:\d+(?:\s*[-,]\s*|\s+and\s+)?)+)", w):
            for a, b in re.findall(r"(\d+)(?:\s*-\s*(\d+))?", m.group(1)):
                pages.update(range(int(a), int(b or a) + 1))
    return pages


def compare_row(e, g, source, review, wpages):
    """Faults of one aligned row pair: list of (what, expected, got, flagged)."""
    faults = []
    rowflag = bool(set(g.get("pages", [])) & wpages)
    for f in ("key", "dimension_no", "component_no", "papi"):
        if str(e[f]) != str(g.get(f)):
            faults.append((f, e[f], g.get(f), rowflag))
    for f in ("dimension", "component"):
        if label(e[f]) != label(g.get(f)):
            faults.append((f, e[f], g.get(f), rowflag))
    for f in TEXT_FIELDS:
        if "combined" in e and f in ("indicators", "tasks"):
            continue
        if norm(e[f]) != norm(g.get(f)):
            faults.append((f, e[f], g.get(f), rowflag))
    if "combined" in e:
        got = norm((g.get("indicators") or "") + " " + (g.get("tasks") or ""))
        if norm(e["combined"]) != got:
            faults.append(("indicators+tasks", e["combined"], got, rowflag))
    gextra = {norm(k).casefold(): norm(v) for k, v in (g.get("extra") or {}).items()}
    for k, v in e["extra"].items():
        got = gextra.get(norm(k).casefold(), "")
        if norm(v) != got:
            faults.append(("extra:" + k, v, got, rowflag))
    for role, exp in e["agencies"].items():
        got = (g.get("agencies") or {}).get(role, [])
        cell_flag = any((source, g.get("key"), role, str(i + 1)) in review for i in range(len(got)))
        if len(got) != len(exp):
            faults.append((f"mentions:{role}", list(exp), [m["raw"] for m in got], cell_flag or rowflag))
            continue
        for i, (raw, m) in enumerate(zip(exp, got)):
            typ, req = AGENCIES.get(raw, "?"), False
            ok = (m.get("id") or "").split("/")[-1] == typ and bool(m.get("requested")) == req
            if not ok:
                fl = (source, g.get("key"), role, str(i + 1)) in review
                faults.append((f"mention:{role}#{i + 1}", f"{raw} -> {typ} req={req}",
                               f"{m['raw']} -> {m.get('id')} ({m.get('method')}) req={m.get('requested')}", fl))
    return faults


def line_diffs(e, g):
    """Fields equal after whitespace normalisation whose lines differ (a list item read as a wrap, or the reverse):
    not faults under this audit's rule, counted apart (--lines)."""
    out = []
    for f in TEXT_FIELDS:
        a, b = e[f] or "", g.get(f) or ""
        if norm(a) == norm(b) and [x.strip() for x in a.split("\n")] != [x.strip() for x in b.split("\n")]:
            out.append({"row": e["key"], "field": f, "expected": a, "got": b})
    return out


def compare(outdir, exp_path, details=False):
    exp_path, _, as_source = exp_path.partition("::")  # EXPECTED.json::other-source.docx: the same rows, another file
    exp = json.loads(Path(exp_path).read_text(encoding="utf-8"))
    plan = json.loads((Path(outdir) / "plan.json").read_text(encoding="utf-8"))
    src = as_source or exp["document"]
    res = {"document": src, "expected_rows": len(exp["rows"]), "faults": []}
    fails = [f for f in plan.get("failures", []) if Path(f["source"]).name == src]
    docs = [d for d in plan.get("documents", []) if Path(d["source"]).name == src]
    if fails or not docs:
        res.update(verdict="refused", error=(fails[0]["error"] if fails else "not in plan.json"), got_rows=0)
        return res
    doc = docs[0]
    review = load_review(outdir)
    wpages = warned_pages(doc)
    res["warnings"] = doc.get("warnings", [])
    res["coverage"] = doc.get("coverage")
    rows = doc["rows"]
    res["got_rows"] = len(rows)
    ek = [r["key"] for r in exp["rows"]]
    gk = [r["key"] for r in rows]
    sm = difflib.SequenceMatcher(a=ek, b=gk, autojunk=False)
    count_flag = bool(wpages)
    fields_wrong = 0
    rows_exact = 0
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal" or (op == "replace" and a1 - a0 == b1 - b0):
            for i, j in zip(range(a0, a1), range(b0, b1)):
                fs = compare_row(exp["rows"][i], rows[j], doc["source"], review, wpages)
                res.setdefault("line_diffs", []).extend(line_diffs(exp["rows"][i], rows[j]))
                if not fs:
                    rows_exact += 1
                fields_wrong += len(fs)
                for f in fs:
                    res["faults"].append({"row": ek[i], "field": f[0], "expected": f[1], "got": f[2], "flagged": f[3]})
        else:
            for i in range(a0, a1):
                res["faults"].append({"row": ek[i], "field": "ROW MISSING", "expected": ek[i], "got": None,
                                      "flagged": count_flag})
            for j in range(b0, b1):
                res["faults"].append({"row": gk[j], "field": "ROW EXTRA", "expected": None,
                                      "got": norm(rows[j].get("indicators"))[:80], "flagged": count_flag})
                fields_wrong += 1
    res.update(rows_exact=rows_exact, fields_wrong=fields_wrong,
               flagged=sum(1 for f in res["faults"] if f["flagged"]),
               unflagged=sum(1 for f in res["faults"] if not f["flagged"]))
    res["verdict"] = "right" if not res["faults"] else ("WRONG-warned" if not res["unflagged"] else "SILENT")
    return res


def main(argv):
    details = "--details" in argv
    out_json = argv[argv.index("--json") + 1] if "--json" in argv else None
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--json")]
    outdir, exps = args[0], args[1:]
    results = []
    for e in exps:
        r = compare(outdir, e, details)
        results.append(r)
        print(f"{r['document']}: {r['verdict']}  rows {r.get('got_rows')}/{r['expected_rows']}"
              f" exact {r.get('rows_exact', 0)}  fields wrong {r.get('fields_wrong', 0)}"
              f"  flagged {r.get('flagged', 0)} unflagged {r.get('unflagged', 0)}"
              + (f"  line-structure diffs {len(r.get('line_diffs', []))}" if "--lines" in argv else "")
              + (f"  error: {r['error'][:200]}" if r.get("error") else ""))
        if details:
            for w in r.get("warnings", []):
                print("   warning:", w[:300])
            for f in r["faults"]:
                print(f"   [{'flag' if f['flagged'] else 'SILENT'}] {f['row']} {f['field']}:\n"
                      f"      expected: {str(f['expected'])[:400]}\n      got:      {str(f['got'])[:400]}")
    if out_json:
        Path(out_json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
