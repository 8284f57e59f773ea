"""Compare phuluc's output for one fifth-audit document (audit4's script, other strays) with its hand-written expected rows.

    python samples/audit5/compare_audit5.py EXPECTED.json OUTDIR LOGFILE EXIT_STATUS

Rows are paired in document order when the counts agree, else each expected row with the found
row whose indicators and tasks read most alike. Every field is compared with white space folded
(runs of spaces and new lines as one space) and NFC; line-break-only differences are listed apart
and do not make a row wrong. Prints the rows, the differences, the warnings, the title and one
verdict line: right / loud failure (ok if the file is really unreadable) / WRONG, warned (read whether the warnings name the
wrong rows) / SILENT LOSS (wrong rows, and no warning beyond the informational ones in
``INFO_WARNINGS``) / traceback.
"""

from __future__ import annotations

import csv
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


# Warnings that report what was done, not that text went missing: they do not make wrong rows loud.
INFO_WARNINGS = ("section rows gave the group labels", "paragraph(s) between the appendix's tables")


# Texts that are no plan row (a closing total, a second appendix that is a score table, its title):
# where each turns up is printed, in rows or in warnings or nowhere.
STRAYS = (
    "Văn hóa, Thể thao và Du lịch",
    "2025",
    "đã bỏ",
    "Sở Thông tin",
    "Đề nghị bổ sung",
    "đã đồng ý",
    "Xem lại thời hạn",
    "ghi chú soạn thảo",
    "REF ",
    "DOCPROPERTY",
    "MERGEFORMAT",
    "\u00ad",
    "\uf0b7",
    "UBND XA",
    "\t",
)


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


def main() -> int:
    exp_path, outdir, log, status = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    expected = json.loads(exp_path.read_text(encoding="utf-8"))
    stderr = log.read_text(encoding="utf-8", errors="replace")
    warn_lines = [ln for ln in stderr.splitlines() if "warning:" in ln]
    if "Traceback" in stderr:
        print("VERDICT: traceback")
        return 0
    plan_path = outdir / "plan.json"
    docs = json.loads(plan_path.read_text(encoding="utf-8"))["documents"] if plan_path.exists() else []
    if not docs:
        print(f"rows expected {len(expected)}, found 0; exit {status}")
        print(
            "VERDICT:",
            "loud failure (ok if the file is really unreadable: see README)"
            if status != 0
            else "SILENT LOSS (exit 0, nothing extracted)",
        )
        return 0
    doc = docs[0]
    got = doc["rows"]
    print(f"rows expected {len(expected)}, found {len(got)}; exit {status}; warnings on stderr {len(warn_lines)}")
    print("title:", repr(doc.get("title", ""))[:200])
    print("jurisdiction:", (doc.get("jurisdiction") or {}).get("label"))
    print("header:", json.dumps(doc.get("header"), ensure_ascii=False)[:500])
    for w in doc.get("warnings", []):
        print("warning:", str(w)[:400])
    bad_rows = bad_fields = 0
    for e, g in pair(expected, got):
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
        if diffs:
            bad_rows += 1
            bad_fields += len(diffs)
    extra = sorted({str(g["key"]) for g in got} - {str(e["key"]) for e in expected})
    if extra:
        print("keys found, not expected:", extra)
    csv_path = outdir / "rows.csv"
    if csv_path.exists():
        with csv_path.open(encoding="utf-8-sig", newline="") as fh:
            csv_rows = list(csv.DictReader(fh))
        same = len(csv_rows) == len(got) and all(
            fold(c.get(f, "")).lstrip("'") == fold(g.get(f, ""))
            for c, g in zip(csv_rows, got)
            for f in FIELDS
            if f != "extra" and f in c
        )
        print("rows.csv:", len(csv_rows), "rows,", "the same as plan.json" if same else "DIFFERS FROM plan.json")
    review = outdir / "review.csv"
    if review.exists():
        with review.open(encoding="utf-8-sig") as fh:
            print("review.csv lines:", sum(1 for _ in csv.DictReader(fh)))
    for stray in STRAYS:
        in_exp = any(stray in fold(e.get(f, "")) for e in expected for f in FIELDS)
        if in_exp:
            continue
        rows_with = [str(g.get("key")) for g in got if any(stray in fold(g.get(f, "")) for f in FIELDS)]
        warned = any(stray in str(w) for w in doc.get("warnings", []))
        in_title = stray in str(doc.get("title", ""))
        if rows_with or warned or in_title or stray in (outdir / "plan.json").read_text(encoding="utf-8"):
            print(f"stray {stray!r}: in rows {rows_with}, in a warning {warned}, in the title {in_title}")
    print(f"{bad_rows} of {len(expected)} expected rows wrong, {bad_fields} fields wrong")
    if bad_rows == 0 and len(got) == len(expected) and not extra:
        verdict = "right" + (" (with warnings)" if warn_lines else "")
    elif any(not any(i in w for i in INFO_WARNINGS) for w in warn_lines):
        verdict = "WRONG, warned (read whether the warnings name the wrong rows)"
    else:
        verdict = "SILENT LOSS"
    if not doc.get("jurisdiction") and not any("no appendix title" in w for w in warn_lines):
        verdict += "; no jurisdiction read and no warning says so (title: see above)"
    print("VERDICT:", verdict)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
