r"""OCR accuracy and speed on scanned plans: rows and keys found, character error rate, seconds per page.

    .venv/bin/python bench/ocr.py build/scans/plan-2024-scan300.pdf          # against the 36 golden rows
    .venv/bin/python bench/ocr.py samples/scanned/plan-2024-scan300-p1-3.pdf \\
        --reference samples/plan-2024-landscape.pdf --pages 1-3             # against the text layer

The character error rate (CER) is the edit distance between all row text read and all row
text expected (the eight fields of every row in order, joined by new lines), divided by the
expected length. ``build/scans/`` is made by ``make samples-legacy``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "seed" / "rows.json"
FIELDS = ("dimension", "component", "indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating")


@dataclass(frozen=True)
class OcrScore:
    """How a scan read against the expected rows."""

    rows: int
    expected_rows: int
    keys_right: int
    labels_right: int
    cer: float
    seconds: float
    pages: int


def rows_text(rows: list[dict[str, Any]]) -> str:
    """All row text in order: the eight fields of each row joined by new lines."""
    return "\n".join(str(row[name]) for row in rows for name in FIELDS)


def cer(expected: str, got: str) -> float:
    """Character error rate: edit distance over the expected length."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(expected, got) / max(1, len(expected))


def document_rows(path: Path) -> tuple[list[dict[str, Any]], int]:
    """Extract and merge one document; its rows as dicts, and its page count."""
    from extract import extract
    from extract.merge import merge

    doc = merge(extract(path))
    keys = ("key", *FIELDS)
    return [{name: getattr(row, name) for name in keys} for row in doc.rows], doc.provenance.pages


def excerpt(pdf: Path, first: int, last: int, dest: Path) -> Path:
    """Write pages ``first``-``last`` (1-based) of a PDF to ``dest``."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(pdf))
    out = pdfium.PdfDocument.new()
    out.import_pages(source, list(range(first - 1, last)))
    out.save(str(dest))
    return dest


def score(scan: Path, expected: list[dict[str, Any]]) -> OcrScore:
    """Read a scan and score its rows against the expected ones (in order)."""
    start = time.perf_counter()
    got, pages = document_rows(scan)
    seconds = time.perf_counter() - start
    # strict=False: OCR may find more or fewer rows than expected; the extra ones score nothing.
    pairs = list(zip(expected, got, strict=False))
    return OcrScore(
        rows=len(got),
        expected_rows=len(expected),
        keys_right=sum(e["key"] == g["key"] for e, g in pairs),
        labels_right=sum(e["dimension"] == g["dimension"] and e["component"] == g["component"] for e, g in pairs),
        cer=cer(rows_text(expected), rows_text(got)),
        seconds=seconds,
        pages=pages,
    )


def main() -> int:
    """Score one scan against the golden rows or against a digital PDF's pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scan", type=Path)
    parser.add_argument("--reference", type=Path, help="a digital PDF whose text layer gives the expected rows")
    parser.add_argument("--pages", help="first-last pages of the reference the scan shows, e.g. 1-3")
    args = parser.parse_args()
    if args.reference is None:
        expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            reference = args.reference
            if args.pages:
                first, last = (int(p) for p in args.pages.split("-"))
                reference = excerpt(reference, first, last, Path(tmp) / "reference.pdf")
            expected = document_rows(reference)[0]
    result = score(args.scan, expected)
    print(
        f"{args.scan.name}: {result.rows}/{result.expected_rows} rows, keys right {result.keys_right}, "
        f"group labels right {result.labels_right}, CER {result.cer:.2%}, "
        f"{result.seconds:.1f} s = {result.seconds / result.pages:.2f} s/page"
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
