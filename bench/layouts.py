"""How the default pipeline reads the PDF layout samples: rows and cells exact, warnings, per file.

    .venv/bin/python bench/layouts.py                 # the held-out set, samples/heldout-layouts/
    .venv/bin/python bench/layouts.py --set layouts   # the committed layout samples, samples/layouts/

The held-out set (built by ``samples/build_layouts.py`` from another plan's text, with random
producers and styles) is for measuring only: never tune the reader on it, never test it. A row
is exact when all eleven compared fields equal the expected ones with spacing ignored (runs of
spaces inside a line; line breaks count); expected and found rows are paired by key, in order.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.settings import ExtractSettings  # noqa: E402
from extract import extract  # noqa: E402
from extract.merge import merge  # noqa: E402

COMPARED = (
    "key",
    "dimension_no",
    "component_no",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
)
SETS = {"heldout": ROOT / "samples" / "heldout-layouts", "layouts": ROOT / "samples" / "layouts"}


def without_spacing(value: object) -> object:
    """Collapse runs of spaces inside each line of a text and strip its lines; other values as they are."""
    if not isinstance(value, str):
        return value
    return "\n".join(" ".join(line.split()) for line in value.split("\n"))


def same_field(expected: object, got: object) -> bool:
    """Tell whether a found field equals the expected one, spacing ignored."""
    return without_spacing(expected) == without_spacing(got)


def expected_rows(folder: Path, pdf: Path) -> list[dict[str, Any]]:
    """Return the logical rows ``pdf`` must give: the held-out set's rows.json, or the file expected.csv names."""
    if folder == SETS["heldout"]:
        rows: list[dict[str, Any]] = json.loads((folder / "rows.json").read_text(encoding="utf-8"))["rows"]
        return rows
    with (folder / "expected.csv").open(encoding="utf-8", newline="") as handle:
        listed = {record["file"]: record["expected_rows"] for record in csv.DictReader(handle)}
    found: list[dict[str, Any]] = json.loads((ROOT / listed[pdf.name]).read_text(encoding="utf-8"))
    return found


Record = dict[str, Any]


def pair_by_key(expected: list[Record], got: list[Record]) -> list[tuple[Record, Record | None]]:
    """Pair each expected row with the next unused found row of the same key (None when there is none)."""
    unused = list(got)
    pairs: list[tuple[Record, Record | None]] = []
    for row in expected:
        match = next((g for g in unused if g["key"] == row["key"]), None)
        if match is not None:
            unused.remove(match)
        pairs.append((row, match))
    return pairs


def score(pdf: Path, expected: list[dict[str, Any]]) -> dict[str, Any]:
    """Read ``pdf`` with the default engine and count rows and cells exact against ``expected``."""
    try:
        doc = merge(extract(pdf, ExtractSettings()))
    except Exception as exc:  # a failure to read is a result to report, not a reason to stop
        return {"file": pdf.name, "error": f"{type(exc).__name__}: {exc}"}
    got = [{name: getattr(row, name) for name in COMPARED} for row in doc.rows]
    pairs = pair_by_key(expected, got)
    cells = sum(g is not None and same_field(e[n], g[n]) for e, g in pairs for n in COMPARED)
    rows = sum(g is not None and all(same_field(e[n], g[n]) for n in COMPARED) for e, g in pairs)
    return {
        "file": pdf.name,
        "found": len(got),
        "expected": len(expected),
        "rows_exact": rows,
        "cells_exact": cells,
        "cells": len(expected) * len(COMPARED),
        "warnings": len(doc.warnings),
    }


def main(argv: list[str] | None = None) -> int:
    """Print one line per PDF of the chosen set and a total line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="heldout")
    args = parser.parse_args(argv)
    folder = SETS[args.set]
    pdfs = sorted(folder.glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs in {folder}: run `make layouts`", file=sys.stderr)
        return 1
    totals = {"rows_exact": 0, "expected": 0, "cells_exact": 0, "cells": 0}
    print(f"{'file':45} {'rows found':>10} {'rows exact':>11} {'cells exact':>12} {'warnings':>8}")
    for pdf in pdfs:
        expected = expected_rows(folder, pdf)
        result = score(pdf, expected)
        if "error" in result:  # a file that fails counts all its rows and cells as missed
            totals["expected"] += len(expected)
            totals["cells"] += len(expected) * len(COMPARED)
            print(f"{pdf.name:45} failed: {result['error']}")
            continue
        for key in totals:
            totals[key] += result[key]
        print(
            f"{pdf.name:45} {result['found']:>10} {result['rows_exact']:>5} / {result['expected']:<3} "
            f"{result['cells_exact']:>5} / {result['cells']:<4} {result['warnings']:>8}"
        )
    print(
        f"{'total':45} {'':>10} {totals['rows_exact']:>5} / {totals['expected']:<3} "
        f"{totals['cells_exact']:>5} / {totals['cells']:<4}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
