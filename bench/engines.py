"""Do the PDF engines agree? Rows (every field but boxes), warnings and coverage, per PDF, against pdfplumber.

    .venv/bin/python bench/engines.py                      # pdfium on every sample and held-out layout
    .venv/bin/python bench/engines.py --engine camelot FILE.pdf ...

The held-out layouts are measured here, never tuned on. Boxes are left out: pdfium's character
boxes differ from pdfminer's by float noise, by up to ~1.5 pt along a long line of a font with
fractional widths, and by the descent where a font declares /Descent 0 (README, Options).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.settings import ExtractSettings  # noqa: E402
from extract import extract  # noqa: E402
from extract.merge import merge  # noqa: E402

#: The reference engine every other is held to.
REFERENCE = "pdfplumber"


def reading(path: Path, engine: str) -> tuple[Any, float]:
    """Rows (without boxes), warnings and coverage of one PDF with one engine, and the seconds it took."""
    start = time.perf_counter()
    try:
        doc = merge(extract(path, ExtractSettings(engine=engine)))
    except Exception as exc:  # a failure to read is a result to report
        return f"{type(exc).__name__}: {exc}", time.perf_counter() - start
    rows = [{k: v for k, v in dataclasses.asdict(row).items() if k != "boxes"} for row in doc.rows]
    coverage = doc.coverage.summary() if doc.coverage else None
    return (rows, doc.warnings, coverage), time.perf_counter() - start


def first_difference(expected: Any, got: Any) -> str:
    """Say where two readings first differ, in one line."""
    if isinstance(expected, str) or isinstance(got, str):
        return f"{str(expected)[:120]} | {str(got)[:120]}"
    for name, a, b in zip(("rows", "warnings", "coverage"), expected, got, strict=True):
        if a == b:
            continue
        if name == "rows" and len(a) == len(b):
            i, (x, y) = next((i, p) for i, p in enumerate(zip(a, b, strict=True)) if p[0] != p[1])
            field = next(k for k in x if x[k] != y[k])
            return f"row {i} {field}: {str(x[field])[:80]!r} | {str(y[field])[:80]!r}"
        return f"{name}: {str(a)[:120]} | {str(b)[:120]}"
    return ""


def main() -> int:
    """Compare each PDF's reading with the engine against pdfplumber's; exit 1 when any differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--engine", default="pdfium", help="the engine held to pdfplumber (default: %(default)s)")
    args = parser.parse_args()
    samples = ROOT / "samples"
    pdfs = args.pdfs or sorted(
        [*samples.glob("*.pdf"), *(samples / "layouts").glob("*.pdf"), *(samples / "heldout-layouts").glob("*.pdf")]
    )
    different = 0
    for pdf in pdfs:
        expected, t_ref = reading(pdf, REFERENCE)
        got, t_engine = reading(pdf, args.engine)
        same = expected == got
        different += not same
        shown = pdf.relative_to(ROOT) if pdf.is_relative_to(ROOT) else pdf
        print(f"{'same' if same else 'DIFFERENT':9} {shown}  {REFERENCE} {t_ref:.2f}s, {args.engine} {t_engine:.2f}s")
        if not same:
            print(f"          {first_difference(expected, got)}")
    print(f"{len(pdfs) - different} of {len(pdfs)} PDFs read the same with {args.engine} as with {REFERENCE}")
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())
