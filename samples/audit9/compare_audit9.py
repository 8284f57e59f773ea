"""Compare phuluc's output for one ninth-audit document with its hand-written expectations.

    python samples/audit9/compare_audit9.py EXPECTED.json OUTDIR LOGFILE EXIT_STATUS
    python samples/audit9/compare_audit9.py --pair DOCX_OUTDIR PDF_OUTDIR    (the two forms field by field)

audit8's comparison (samples/audit8/compare_audit8.py: rows, leaks, footnotes, jurisdiction, verdicts)
with what the constructs of a cell need:
- an expected field may be a list: any of these texts is right (the first preferred), e.g. a bullet
  drawn by w:sym as "•", "-" or dropped; a field in "caps" as stored or in capitals;
- EXPECTED "pdf" {key: {field: value}} replaces the expected value for the PDF where LibreOffice's PDF
  shows other text than Word (tracked moves printed struck through; Symbol glyphs whose text layer holds
  private-use code points);
- EXPECTED "loose" [[key, field]]: compared word by word (a nested table's cells: any separators);
- EXPECTED "strict_nfc": the fields are compared without NFC folding (a decomposed letter is wrong);
- characters no reader sees or wants in a field (soft hyphen U+00AD, private-use U+E000-U+F8FF, U+FFFC,
  U+FFFD, control characters) are listed per row (they make a field wrong unless an expected
  alternative holds them);
- agency mentions with no id (not matched) are listed as minor, not part of the verdict.
Verdicts: right / loud failure / WRONG, warned / SILENT / traceback, as audit8's.
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


NFC = [True]  # False for a "strict_nfc" document: got text is not normalised before it is compared
ODD = re.compile("[\u00ad\ue000-\uf8ff\ufffc\ufffd\x00-\x08\x0b-\x1f\x7f]")


def fold(value: object) -> str:
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if str(v).strip()}  # empty extra values are not compared
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, dict) else str(value)
    return " ".join((unicodedata.normalize("NFC", text) if NFC[0] else text).split())


def words(value: object) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", str(value)))


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


def same(f: str, ev: object, gv: object, loose: bool = False) -> bool:
    if isinstance(ev, list):
        return any(same(f, e, gv, loose) for e in ev)
    if isinstance(ev, str) and fold(ev) == "-":
        return fold(gv) in {"", "-", "–"}
    if loose:
        return words(ev) == words(gv)
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


def pair_forms(a: Path, b: Path) -> int:
    """The DOCX's and the PDF's rows field by field (white space folded, NFC): where the two forms part."""
    ra, rb = (
        [d["rows"] for d in json.loads((x / "plan.json").read_text(encoding="utf-8"))["documents"]][0]
        if (x / "plan.json").exists()
        else []
        for x in (a, b)
    )
    diffs = 0
    ka, kb = {str(r.get("key")): r for r in ra}, {str(r.get("key")): r for r in rb}
    if len(ra) != len(rb) or ka.keys() != kb.keys():
        print(
            f"DOCX vs PDF: {len(ra)} rows against {len(rb)}; only in the DOCX {sorted(ka.keys() - kb.keys())}, "
            f"only in the PDF {sorted(kb.keys() - ka.keys())}"
        )
    for k in ka.keys() & kb.keys():
        x, y = ka[k], kb[k]
        for f in TEXT_FIELDS:
            if fold(x.get(f, "")) != fold(y.get(f, "")):
                diffs += 1
                print(f"DOCX vs PDF {k} {f}: {show(fold(x.get(f, '')), fold(y.get(f, '')))}")
    print(f"DOCX vs PDF: {diffs} fields differ")
    return 0


def main() -> int:
    if sys.argv[1] == "--pair":
        return pair_forms(Path(sys.argv[2]), Path(sys.argv[3]))
    exp_path, outdir, log, status = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    expected = json.loads(exp_path.read_text(encoding="utf-8"))
    exp_rows = expected["rows"]
    notes = expected.get("footnotes", [])
    loose = {(k, f) for k, f in expected.get("loose", [])}
    NFC[0] = not expected.get("strict_nfc", False)
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
    if doc.get("file_type") == "pdf":
        exp_rows = [dict(e, **expected.get("pdf", {}).get(str(e["key"]), {})) for e in exp_rows]
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
            if isinstance(gv, str) and ODD.search(gv):
                print(f"odd characters in {g.get('key')} {f}: {sorted({hex(ord(c)) for c in ODD.findall(gv)})}")
            if not same(f, ev, gv, (e["key"], f) in loose):
                first = ev[0] if isinstance(ev, list) else ev
                diffs.append(f"  {f}: {show(fold(first), fold(gv)) if isinstance(first, str) and first else (ev, gv)}")
                if isinstance(gv, str) and gv != unicodedata.normalize("NFC", gv):
                    diffs.append(f"  {f}: not NFC: {[c for c in gv if unicodedata.combining(c)][:6]}")
            elif (
                isinstance(ev, str)
                and isinstance(gv, str)
                and ev.strip() != gv.strip()
                and not touched
                and (e["key"], f) not in loose
            ):
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
                if (
                    raw in {"-", "–", ""}
                    or re.search(r"[^\W\d]\d+$", raw)
                    or (not m.get("id") and "doanh nghiệp viễn thông" not in raw)
                ):
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
