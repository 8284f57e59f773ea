"""Compare phuluc's plan.json for one audit document with its hand-written expected rows.

    python samples/audit/compare_audit.py samples/audit/a1-chromium-2row-header.expected.json OUT/plan.json

Rows are paired in document order (and by key where the counts differ); every field is compared
with white space folded (runs of spaces and new lines as one space) and NFC; a difference in
line breaks only is reported apart. For rows with ``content`` (the commune plan's "Nội dung"),
the text must be the indicators or the tasks, the other one empty. Also prints the document's warnings and coverage.
"""

from __future__ import annotations

import difflib
import json
import sys
import unicodedata

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


def fold(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, dict) else str(value)
    return " ".join(unicodedata.normalize("NFC", text).split())


def show(text: str, other: str) -> str:
    """The first place two texts part, with some context."""
    sm = difflib.SequenceMatcher(None, text, other, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op != "equal":
            return f"at {a0}: expected …{text[max(0, a0 - 40) : a1 + 40]!r}… got …{other[max(0, b0 - 40) : b1 + 40]!r}…"
    return ""


def compare(expected: list[dict[str, object]], got: list[dict[str, object]], skip: set[str]) -> int:
    bad = 0
    pairs = list(zip(expected, got))
    if len(expected) != len(got):
        # pair each expected row with the found row whose indicators and tasks read most alike
        def text(r: dict[str, object]) -> str:
            return fold(r.get("indicators", "")) + " " + fold(r.get("tasks", "")) + " " + fold(r.get("content", ""))

        pairs = []
        for e in expected:
            best = max(
                got, key=lambda g: difflib.SequenceMatcher(None, text(e), text(g), autojunk=False).ratio(), default={}
            )
            pairs.append((e, best))
    for e, g in pairs:
        diffs = []
        for f in FIELDS:
            if f in skip:
                continue
            ev, gv = e.get(f, ""), g.get(f, "" if f != "extra" else {})
            if f == "extra" and not ev:
                continue
            if "content" in e and f in ("indicators", "tasks"):
                continue  # checked below: the content whole in one of the two, the other empty
            if fold(ev) != fold(gv):
                diffs.append(f"  {f}: {show(fold(ev), fold(gv)) if isinstance(ev, str) and ev else (ev, gv)}")
            elif isinstance(ev, str) and isinstance(gv, str) and ev.strip() != gv.strip():
                diffs.append(f"  {f}: same words, other line breaks: expected {ev[:80]!r} got {gv[:80]!r}")
        if "content" in e:
            c = fold(e["content"])
            where = [f for f in ("indicators", "tasks") if fold(g.get(f, "")) == c]
            others = [f for f in ("indicators", "tasks") if f not in where and fold(g.get(f, ""))]
            if len(where) != 1 or others:
                diffs.append(
                    f"  content: not whole in indicators/tasks: {c[:60]!r} / got ind={fold(g.get('indicators', ''))[:60]!r} tasks={fold(g.get('tasks', ''))[:60]!r}"
                )
        if diffs:
            bad += 1
            print(f"row expected {e['key'] or e.get('extra')} / got {g.get('key')}:")
            print("\n".join(diffs))
    return bad


def main() -> int:
    expected = json.load(open(sys.argv[1], encoding="utf-8"))
    plan = json.load(open(sys.argv[2], encoding="utf-8"))
    skip = set(sys.argv[3].split(",")) if len(sys.argv) > 3 else set()
    doc = plan["documents"][0]
    got = doc["rows"]
    print(f"rows expected {len(expected)}, found {len(got)}")
    print("header:", json.dumps(doc.get("header"), ensure_ascii=False)[:600])
    for w in doc.get("warnings", []):
        print("warning:", str(w)[:300])
    print("coverage:", json.dumps(doc.get("coverage"), ensure_ascii=False)[:400])
    bad = compare(expected, got, skip)
    print(f"{bad} of {len(expected)} expected rows differ")
    extra = {str(g["key"]) for g in got} - {str(e["key"]) for e in expected}
    if extra:
        print("keys found, not expected:", sorted(extra))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
