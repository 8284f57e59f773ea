"""Compare phuluc's output for one seventh-audit document (a whole plan) with its hand-written expectations.

    python samples/audit7/compare_audit7.py EXPECTED.json OUTDIR LOGFILE EXIT_STATUS

Checks, against EXPECTED.json (written by build_audit7.py from audit7_data.py, never from phuluc):
- the rows: paired in document order when the counts agree, else each expected row with the found row
  whose indicators and tasks read most alike; every field compared with white space folded and NFC
  (line-break-only differences listed apart, not wrong); rows found beyond the expected ones listed;
- the leaks: texts of the heading, body, body tables and signature that must be in no row field;
- the jurisdiction: level, word, name, province, year (names case-folded; a province in "province_also",
  the one a document that does not name its province is really in, is right too).

Prints the differences, the warnings, the title, and one verdict: right / loud failure (refused with
an error) / WRONG, warned (every kind of problem found is named by a warning) / SILENT (wrong rows,
a leak, a lost row or a wrong jurisdiction with exit 0 and no warning naming it) / traceback.
A rows problem counts as warned by any warning beyond the informational ones in INFO_WARNINGS; a
jurisdiction problem by a warning naming the plan's place (JURIS_WORDS). Read the warnings: the
verdict in the README is mine after reading them.
"""

from __future__ import annotations

import difflib
import json
import sys
import unicodedata
from pathlib import Path

FIELDS = (
    "key",
    "dimension_no",
    "component_no",
    "papi",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
    "expected_result",
    "budget",
    "extra",
)
TEXT_FIELDS = (
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
    "expected_result",
    "budget",
)
# Warnings that report what was done, not that text went missing or elsewhere: they do not make wrong rows loud.
INFO_WARNINGS = ("section rows gave the group labels",)
JURIS_WORDS = ("jurisdiction", "--jurisdiction", "where the plan", "plan's place")


def fold(value: object) -> str:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if str(v).strip()}  # empty extra values are not compared
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, dict) else str(value)
    return " ".join(unicodedata.normalize("NFC", text).split())


def show(a: str, b: str) -> str:
    """Where two texts first part, with some context."""
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            return f"at {a0}: expected …{a[max(0, a0 - 30) : a1 + 30]!r}… got …{b[max(0, b0 - 30) : b1 + 30]!r}…"
    return ""


def pair(expected: list[dict], got: list[dict]) -> list[tuple[dict, dict]]:
    if len(expected) == len(got):
        return list(zip(expected, got))

    def text(r: dict) -> str:
        return fold(r.get("indicators", "")) + " " + fold(r.get("tasks", ""))

    return [
        (e, max(got, key=lambda g: difflib.SequenceMatcher(None, text(e), text(g), autojunk=False).ratio(), default={}))
        for e in expected
    ]


def juris_diffs(exp: dict, got: dict | None, province_also: list[str]) -> list[str]:
    if not got:
        return ["no jurisdiction (null)"]
    out = []
    for k in ("level", "word", "name", "province", "year"):
        ok = fold(exp[k]).casefold() == fold(got.get(k, "")).casefold()
        if k == "province" and not ok:
            ok = fold(got.get(k, "")).casefold() in {fold(p).casefold() for p in province_also}
        if not ok:
            out.append(f"{k}: expected {exp[k]!r}, got {got.get(k)!r}")
    return out


def row_text(g: dict) -> str:
    return " | ".join([fold(g.get(f, "")) for f in TEXT_FIELDS] + [fold(v) for v in (g.get("extra") or {}).values()])


def main() -> int:
    exp_path, outdir, log, status = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    expected = json.loads(exp_path.read_text(encoding="utf-8"))
    exp_rows = expected["rows"]
    stderr = log.read_text(encoding="utf-8", errors="replace")
    if "Traceback" in stderr:
        print("VERDICT: traceback")
        return 0
    plan_path = outdir / "plan.json"
    docs = json.loads(plan_path.read_text(encoding="utf-8"))["documents"] if plan_path.exists() else []
    if not docs:
        print(f"rows expected {len(exp_rows)}, found 0; exit {status}")
        print("VERDICT:", "loud failure" if status != 0 else "SILENT (exit 0, nothing extracted)")
        return 0
    doc = docs[0]
    got = doc["rows"]
    warnings = [str(w) for w in doc.get("warnings", [])]
    print(
        f"rows expected {len(exp_rows)}, found {len(got)}; exit {status}; pages {doc.get('pages')}; "
        f"warnings {len(warnings)}; coverage {json.dumps(doc.get('coverage'))}"
    )
    print("title:", repr(doc.get("title", ""))[:300])
    print(
        "header:",
        json.dumps(
            [h.get("label", h) if isinstance(h, dict) else h for h in (doc.get("header") or [])], ensure_ascii=False
        )[:400],
    )
    for w in warnings:
        print("warning:", w[:500])
    # rows
    bad_rows = 0
    for e, g in pair(exp_rows, got):
        diffs, breaks = [], []
        for f in FIELDS:
            ev, gv = e.get(f, ""), g.get(f, "" if f != "extra" else {})
            if f == "extra" and not ev:
                continue
            if fold(ev) != fold(gv):
                diffs.append(f"  {f}: {show(fold(ev), fold(gv)) if isinstance(ev, str) and ev else (ev, gv)}")
            elif isinstance(ev, str) and isinstance(gv, str) and ev.strip() != gv.strip():
                breaks.append(f"  {f}: line breaks only: expected {ev[:70]!r} got {gv[:70]!r}")
        if diffs or breaks:
            print(f"row expected {e['key']} / got {g.get('key')} (pages {g.get('pages')}):")
            print("\n".join(diffs + breaks))
        bad_rows += bool(diffs)
    exp_keys = [str(e["key"]) for e in exp_rows]
    got_keys = [str(g.get("key")) for g in got]
    lost = [k for k in exp_keys if k not in got_keys]
    spurious = [g for g in got if str(g.get("key")) not in exp_keys]
    for g in spurious:
        print(f"ROW NOT EXPECTED {g.get('key')} (pages {g.get('pages')}): {row_text(g)[:300]!r}")
    if lost:
        print("ROWS LOST (keys expected, not found):", lost)
    # leaks
    leaks = []
    for text in expected["leaks"]:
        where = [str(g.get("key")) for g in got if fold(text) in row_text(g)]
        if where:
            leaks.append(text)
            print(f"LEAK {text!r} in rows {where}")
    # jurisdiction
    jd = juris_diffs(expected["jurisdiction"], doc.get("jurisdiction"), expected.get("province_also", []))
    print("jurisdiction expected:", expected["jurisdiction"])
    print("jurisdiction got:     ", doc.get("jurisdiction"))
    for d in jd:
        print("  JURISDICTION", d)
    rows_wrong = bad_rows > 0 or len(got) != len(exp_rows) or bool(lost) or bool(spurious) or bool(leaks)
    print(
        f"{bad_rows} of {len(exp_rows)} expected rows wrong; {len(spurious)} rows not expected; {len(lost)} lost; "
        f"{len(leaks)} leaked texts"
    )
    if not rows_wrong and not jd:
        verdict = "right" + (" (with warnings)" if warnings else "")
    else:
        loud_rows = any(not any(i in w for i in INFO_WARNINGS) for w in warnings)
        loud_juris = any(any(j in w.lower() for j in JURIS_WORDS) for w in warnings)
        warned = (not rows_wrong or loud_rows) and (not jd or loud_juris)
        what = ", ".join(x for x, bad in (("rows", rows_wrong), ("jurisdiction", bool(jd))) if bad)
        verdict = f"{'WRONG, warned' if warned else 'SILENT'} ({what} wrong)"
    print("VERDICT:", verdict)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
