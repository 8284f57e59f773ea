"""Compare one extraction's plan.json with <doc>.expected.json and give a verdict.

    python compare_audit18.py EXPECTED.json OUTDIR EXIT_CODE [STDERR_FILE]

Rule (set before the first run): every row's key, dimension_no, component_no and each field of
FIELDS must equal the expected text (white space folded, NFC); each expected ``extra`` entry must be
in the row's extra (label white space folded); a row count other than 5 is wrong. Verdicts: right;
WRONG-warned (wrong, and a warning names the header label of every column whose text went wrong); SILENT
(wrong, exit 0, no warning naming those columns; 'SILENT in part' when some are named, some not); loud refusal (non-zero exit naming the file, no traceback); traceback.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

FIELDS = ("key", "dimension_no", "component_no", "dimension", "component", "indicators", "tasks", "implementing",
          "lead", "sector_guidance", "coordinating", "deadline", "expected_result", "budget")  # fmt: skip


def fold(v: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(v)).split())


def compare(exp: dict, out: Path, code: int, stderr: str = "") -> tuple[str, list[str], list[str]]:
    if "Traceback" in stderr:
        return "traceback", [stderr.strip().splitlines()[-1]], []
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8")) if (out / "plan.json").exists() else None
    if code != 0 or not plan or not plan["documents"]:
        return "loud refusal", [stderr.strip()[-300:]], []
    doc = plan["documents"][0]
    warnings = [str(w) for w in doc.get("warnings", [])]
    diffs: list[str] = []
    bad_labels: set[str] = set()
    erows, grows = exp["rows"], doc["rows"]
    if len(erows) != len(grows):
        diffs.append(f"rows: expected {len(erows)}, got {len(grows)}")
    field_label = {}
    for label, _what, field in exp.get("columns", []):
        field_label[field] = label
    for e, g in zip(erows, grows):
        for f in FIELDS:
            if fold(e.get(f, "")) != fold(g.get(f, "")):
                diffs.append(f"{e['key']} {f}: expected {fold(e.get(f, ''))[:60]!r}, got {fold(g.get(f, ''))[:60]!r}")
                owner = {"key": "dimension", "dimension_no": "dimension", "component_no": "component"}.get(f, f)
                if fold(e.get(f, "")) and owner in field_label:  # the column whose text went wrong
                    bad_labels.add(field_label[owner])
        gx = {fold(k): fold(v) for k, v in (g.get("extra") or {}).items()}
        for k, v in (e.get("extra") or {}).items():
            if gx.get(fold(k)) != fold(v):
                diffs.append(f"{e['key']} extra[{k}]: expected {fold(v)!r}, got {gx.get(fold(k))!r} (extra={gx})")
                bad_labels.add(k)
    if not diffs:
        return "right", [], warnings
    def squash(x: str) -> str:  # a label as a warning may quote it: line breaks and spaces dropped
        return "".join(fold(x).lower().split())

    unnamed = sorted(lab for lab in bad_labels if not any(squash(lab) in squash(w) for w in warnings))
    if unnamed:
        diffs.append(f"columns gone wrong that no warning names: {unnamed}")
        return ("SILENT" if len(unnamed) == len(bad_labels) else "SILENT in part"), diffs, warnings
    return "WRONG-warned", diffs, warnings


def main() -> int:
    exp = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    stderr = Path(sys.argv[4]).read_text(encoding="utf-8") if len(sys.argv) > 4 else ""
    verdict, diffs, warnings = compare(exp, Path(sys.argv[2]), int(sys.argv[3]), stderr)
    print(f"VERDICT {verdict}")
    for d in diffs:
        print("  diff:", d)
    for w in warnings:
        print("  warning:", w[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
