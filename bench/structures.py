"""Score plans of other structures against their expected rows: rows and fields right, spacing ignored.

    python bench/structures.py samples/heldout/plan-2024-district-heldout.pdf [--engine pdfium] [--details]

The expected rows are ``tests/golden/<stem>/rows.json`` (written from the plan's data by
``samples/build_structures.py --golden``). Rows are compared in document order; a row counts as
right when every field matches, and each field is also counted on its own. Section rows read as
data rows show up as extra rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.model import FIELDS, Row  # noqa: E402
from core.settings import ExtractSettings  # noqa: E402
from extract import extract  # noqa: E402
from extract.merge import merge  # noqa: E402

#: The fields scored: the key, group numbers and labels, the PAPI code, every text field, extra columns.
SCORED = ("key", "dimension_no", "component_no", "papi", *FIELDS, "extra")


def squeezed(value: Any) -> Any:
    """Return the value with white space runs made one space (dicts value by value)."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {k: squeezed(v) for k, v in value.items()}
    return value


def row_fields(row: Row) -> dict[str, Any]:
    """Return the scored fields of one extracted row."""
    out: dict[str, Any] = {
        "key": row.key,
        "dimension_no": row.dimension_no,
        "component_no": row.component_no,
        "papi": row.papi,
        "extra": dict(row.extra),
    }
    out.update({name: row.text(name) for name in FIELDS})
    return {name: squeezed(value) for name, value in out.items()}


def score(path: Path, engine: str, details: bool) -> dict[str, Any]:
    """Extract one plan and compare it with its expected rows."""
    expected = [squeezed(row) for row in json.loads((ROOT / "tests" / "golden" / path.stem / "rows.json").read_text())]
    doc = merge(extract(path, ExtractSettings(engine=engine)))
    got = [row_fields(row) for row in doc.rows]
    fields_right = {name: 0 for name in SCORED}
    rows_right = 0
    for i, (exp, row) in enumerate(zip(expected, got, strict=False)):
        wrong = [name for name in SCORED if exp.get(name, {} if name == "extra" else "") != row[name]]
        rows_right += not wrong
        for name in SCORED:
            fields_right[name] += name not in wrong
        if details and wrong:
            for name in wrong:
                print(f"  row {i + 1} {exp['key']} {name}: expected {exp.get(name)!r}\n{' ' * 8}got {row[name]!r}")
    return {
        "file": path.name,
        "engine": engine if path.suffix == ".pdf" else "python-docx",
        "expected_rows": len(expected),
        "rows": len(got),
        "rows_right": rows_right,
        "fields_wrong": {k: len(expected) - v for k, v in fields_right.items() if v < len(expected)},
        "warnings": list(doc.warnings),
    }


def main() -> int:
    """Score each plan given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("plans", nargs="+", type=Path)
    parser.add_argument("--engine", default="pdfplumber")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    for path in args.plans:
        print(json.dumps(score(path, args.engine, args.details), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
