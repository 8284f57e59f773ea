"""Compare phuluc's output for one eighth-audit document with its hand-written expectations.

    python samples/audit8/compare_audit8.py EXPECTED.json OUTDIR LOGFILE EXIT_STATUS

audit7's comparison (samples/audit7/compare_audit7.py) with three additions for what surrounds and
interrupts the table:
- a field whose expected text is "-" (a dash standing for "none") is right as "-" or empty;
- footnotes (EXPECTED "footnotes": key, field, anchor, text, number). The rule a user would expect:
  the footnote text may stay with the row whose cell carries its mark (appended to that field, or in
  ``extra``), and the mark may stay after its anchor ("1", "¹", "[1]", "(1)"); both are removed before
  that field is compared. The text in any OTHER row is wrong (pasted into a random cell). In no row:
  a DOCX must name it in a warning (the file links mark and note; leaving the note out without a word
  is silent loss); a PDF may leave it out, as any text outside the table (its page foot);
- agency mentions (agency_mentions.csv) whose raw text is only a dash, or ends in a footnote mark
  glued to a name ("tỉnh2"), are listed (minor, not part of the verdict).

Checks, against EXPECTED.json (written by build_audit8.py, never from phuluc):
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

import csv
import difflib
import json
import re
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


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def without_footnote(value: str, note: dict) -> str:
    """A field with its footnote's text and the mark after its anchor taken out (both folded)."""
    anchor, n = fold(note["anchor"]), int(note["number"])
    v = fold(value).replace(fold(note["text"]), " ")
    mark = rf"\s*(?:\[\s*{n}\s*\]|\(\s*{n}\s*\)|{n}|{str(n).translate(SUPERSCRIPT)})(?!\d)"
    v = re.sub(re.escape(anchor) + mark, anchor.replace("\\", "\\\\"), v)
    v = re.sub(r"[\[(]\s*[\])]", " ", v)
    return fold(v)


def same(f: str, ev: object, gv: object) -> bool:
    if isinstance(ev, str) and fold(ev) == "-":
        return fold(gv) in {"", "-", "–"}
    return fold(ev) == fold(gv)


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
    notes = expected.get("footnotes", [])
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
            touched = False  # a field a footnote was taken out of is folded: its line breaks are not compared
            for note in notes:
                if note["key"] == e["key"] and note["field"] == f and isinstance(gv, str):
                    if fold(gv) != without_footnote(gv, note):
                        print(f"footnote {note['number']} kept in row {e['key']} {f}: {fold(gv)[-120:]!r}")
                        gv, touched = without_footnote(gv, note), True
            if not same(f, ev, gv):
                diffs.append(f"  {f}: {show(fold(ev), fold(gv)) if isinstance(ev, str) and ev else (ev, gv)}")
            elif isinstance(ev, str) and isinstance(gv, str) and ev.strip() != gv.strip() and not touched:
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
    # footnotes
    notes_wrong = notes_lost = 0
    for note in notes:
        text = fold(note["text"])
        where = [str(g.get("key")) for g in got if text in row_text(g)]
        other = [k for k in where if k != note["key"]]
        named = [w for w in warnings if text[:40] in fold(w) or "footnote" in w.lower() or "chú thích" in w.lower()]
        if other:
            notes_wrong += 1
            print(f"FOOTNOTE {note['number']} (mark in {note['key']} {note['field']}) IN OTHER ROWS {other}")
        elif where:
            print(f"footnote {note['number']} in its own row {note['key']}")
        elif named:
            print(f"footnote {note['number']} in no row, named in a warning: {named[0][:200]!r}")
        elif doc.get("file_type") == "docx":
            notes_lost += 1
            print(f"FOOTNOTE {note['number']} LOST: in no row and no warning ({note['text'][:60]!r})")
        else:
            print(f"footnote {note['number']} in no row (PDF: page-foot text outside the table)")
    # agency mentions that are a dash or carry a footnote mark
    mentions = outdir / "agency_mentions.csv"
    if mentions.exists():
        with mentions.open(encoding="utf-8-sig", newline="") as fh:
            for m in csv.DictReader(fh):
                raw = fold(m.get("raw", ""))
                if raw in {"-", "–", ""} or re.search(r"[^\W\d]\d+$", raw):
                    print(f"minor: agency mention {raw!r} (row {m.get('key')}, {m.get('role')}, id {m.get('id')!r})")
    # jurisdiction
    jd = juris_diffs(expected["jurisdiction"], doc.get("jurisdiction"), expected.get("province_also", []))
    print("jurisdiction expected:", expected["jurisdiction"])
    print("jurisdiction got:     ", doc.get("jurisdiction"))
    for d in jd:
        print("  JURISDICTION", d)
    rows_wrong = (
        bad_rows > 0
        or len(got) != len(exp_rows)
        or bool(lost)
        or bool(spurious)
        or bool(leaks)
        or bool(notes_wrong)
        or bool(notes_lost)
    )
    print(
        f"{bad_rows} of {len(exp_rows)} expected rows wrong; {len(spurious)} rows not expected; {len(lost)} lost; "
        f"{len(leaks)} leaked texts; footnotes {notes_wrong} misplaced, {notes_lost} lost"
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
