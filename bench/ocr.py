r"""OCR accuracy and speed on scanned plans: rows, keys and group labels right, character error rate, s/page.

    .venv/bin/python bench/ocr.py                                            # every scan in build/scans/
    .venv/bin/python bench/ocr.py build/scans/plan-2024-scan300.pdf --details  # one scan, its wrong rows
    .venv/bin/python bench/ocr.py samples/scanned/plan-2024-scan300-p1-3.pdf \\
        --reference samples/plan-2024-landscape.pdf --pages 1-3             # against the text layer

Each scan of ``build/scans/`` (made by ``samples/build_legacy.py --scans-only``, or ``make
samples-legacy``) is scored against its source: the landscape scans against the 36 hand-checked
golden rows, the held-out ones (``build/scans/heldout/``) against the rows of the digital PDF
they were printed from. A row's key is right when it equals the expected row's key at the same
place; its group labels when both the dimension and the component label equal the expected
ones. The character error rate (CER) is the edit distance between all row text read and all
row text expected (the eight fields of every row in order, joined by new lines), divided by the
expected length. Seconds per page are given as wall time and as CPU time (this process, its page
workers and their Tesseract runs): on a shared machine the CPU time is the one to compare.
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
SCANS = ROOT / "build" / "scans"
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
    cpu_seconds: float
    pages: int
    wrong: tuple[str, ...]
    doubts: tuple[str, ...] = ()


def rows_text(rows: list[dict[str, Any]]) -> str:
    """All row text in order: the eight fields of each row joined by new lines."""
    return "\n".join(str(row[name]) for row in rows for name in FIELDS)


def cer(expected: str, got: str) -> float:
    """Character error rate: edit distance over the expected length."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(expected, got) / max(1, len(expected))


#: The document warnings that name OCR readings for a person to check (misread numbers, labels).
DOUBT_MARKS = ("may be misread", "read two ways")


def document_rows(path: Path) -> tuple[list[dict[str, Any]], int, tuple[str, ...]]:
    """Extract and merge one document; its rows as dicts, its page count and its OCR doubts."""
    from extract import extract
    from extract.merge import merge

    doc = merge(extract(path))
    keys = ("key", *FIELDS)
    doubts = tuple(w for w in doc.warnings if any(mark in w for mark in DOUBT_MARKS))
    return [{name: getattr(row, name) for name in keys} for row in doc.rows], doc.provenance.pages, doubts


def excerpt(pdf: Path, first: int, last: int, dest: Path) -> Path:
    """Write pages ``first``-``last`` (1-based) of a PDF to ``dest``."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(pdf))
    out = pdfium.PdfDocument.new()
    out.import_pages(source, list(range(first - 1, last)))
    out.save(str(dest))
    return dest


def _cpu_seconds() -> float:
    """CPU seconds (user and system) of this process and of its ended children (page workers, Tesseract)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def score(scan: Path, expected: list[dict[str, Any]]) -> OcrScore:
    """Read a scan and score its rows against the expected ones (in order)."""
    start, cpu = time.perf_counter(), _cpu_seconds()
    got, pages, doubts = document_rows(scan)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    # strict=False: OCR may find more or fewer rows than expected; the extra ones score nothing.
    pairs = list(zip(expected, got, strict=False))
    return OcrScore(
        wrong=tuple(_wrong(e, g) for e, g in pairs if _wrong(e, g)),
        rows=len(got),
        expected_rows=len(expected),
        keys_right=sum(e["key"] == g["key"] for e, g in pairs),
        labels_right=sum(e["dimension"] == g["dimension"] and e["component"] == g["component"] for e, g in pairs),
        cer=cer(rows_text(expected), rows_text(got)),
        seconds=seconds,
        cpu_seconds=cpu,
        pages=pages,
        doubts=doubts,
    )


def _wrong(expected: dict[str, Any], got: dict[str, Any]) -> str:
    """Say how a row's key or group labels differ from the expected row's, or ``""``."""
    out = []
    for name in ("key", "dimension", "component"):
        if expected[name] != got[name]:
            out.append(f"  {expected['key']} {name}: expected {expected[name]!r}, read {got[name]!r}")
    return "\n".join(out)


def scan_reference(scan: Path) -> Path | None:
    """Return the digital PDF a scan under build/scans/ was printed from (None: the golden rows)."""
    sys.path.insert(0, str(ROOT / "samples"))
    from build_legacy import SOURCE_PDF, WHOLE_SCANS

    for whole in WHOLE_SCANS:
        if (SCANS / f"{whole.name}.pdf").resolve() == scan.resolve():
            return None if whole.source == SOURCE_PDF else whole.source
    return None


def expected_rows(reference: Path | None, pages: str | None) -> list[dict[str, Any]]:
    """Return the rows a scan should give: the golden rows, or those of (some pages of) a digital PDF."""
    if reference is None:
        rows: list[dict[str, Any]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
        return rows
    with tempfile.TemporaryDirectory() as tmp:
        if pages:
            first, last = (int(p) for p in pages.split("-"))
            reference = excerpt(reference, first, last, Path(tmp) / "reference.pdf")
        return document_rows(reference)[0]


def _shown(path: Path) -> str:
    """Return a path as short as it can be shown: relative to the repository when inside it."""
    full = path.resolve()
    return str(full.relative_to(ROOT)) if full.is_relative_to(ROOT) else str(path)


def main() -> int:
    """Score scans against the golden rows or against a digital PDF's pages, one line per scan."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scans", type=Path, nargs="*", help="scanned PDFs (default: every PDF in build/scans/)")
    parser.add_argument("--reference", type=Path, help="a digital PDF whose text layer gives the expected rows")
    parser.add_argument("--pages", help="first-last pages of the reference the scan shows, e.g. 1-3")
    parser.add_argument("--details", action="store_true", help="print each row whose key or labels are wrong")
    args = parser.parse_args()
    scans = args.scans or sorted(SCANS.rglob("*.pdf"))
    if not scans:
        print("no scans: run samples/build_legacy.py --scans-only first", file=sys.stderr)
        return 1
    for scan in scans:
        reference = args.reference if args.reference is not None else scan_reference(scan)
        result = score(scan, expected_rows(reference, args.pages))
        print(
            f"{_shown(scan)}: "
            f"rows {result.rows}/{result.expected_rows}, keys {result.keys_right}/{result.expected_rows}, "
            f"group labels {result.labels_right}/{result.expected_rows}, CER {result.cer:.2%}, "
            f"{result.seconds:.1f} s = {result.seconds / result.pages:.2f} s/page wall, "
            f"{result.cpu_seconds / result.pages:.2f} CPU-s/page",
            flush=True,
        )
        if args.details and result.wrong:
            print("\n".join(result.wrong), flush=True)
        if args.details and result.doubts:
            print("\n".join(f"  doubt: {doubt}" for doubt in result.doubts), flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
