"""The ``phuluc`` command: parse arguments, build settings, call the library, report.

Exit status: 0 when every input was extracted, 1 when some failed (the rest are still written),
2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from phuluc.errors import PhulucError
from phuluc.pipeline import run
from phuluc.settings import DEFAULT_ENGINE, ENGINE_NAMES, ExtractSettings, Settings

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-command per job."""
    parser = argparse.ArgumentParser(prog="phuluc", description="Extract the appendix table of PAPI plan documents.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="extract plan documents (PDF, DOCX) into plan.json, rows.csv and plan.sqlite",
        description="Extract plan documents. Example: phuluc extract samples/ --out out/",
    )
    extract.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="a PDF or DOCX file, or a folder of them")
    extract.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write the outputs into")
    extract.add_argument("--engine", choices=ENGINE_NAMES, default=DEFAULT_ENGINE, help="the PDF engine (default: %(default)s)")
    extract.add_argument("--password", default=None, help="the open password of encrypted PDFs")
    extract.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    return parser


def _extract(args: argparse.Namespace) -> int:
    settings = Settings(extract=ExtractSettings(engine=args.engine, password=args.password))
    result, written = run(args.inputs, args.out, settings)
    for failure in result.failures:
        print(f"phuluc: error: {failure.source}: {failure.error}", file=sys.stderr)
    if not args.quiet:
        for doc in result.documents:
            prov = doc.provenance
            print(f"{prov.path}: {len(doc.rows)} rows, {prov.pages} pages ({prov.engine})")
            for warning in doc.warnings:
                print(f"  warning: {warning}")
        print(f"wrote {', '.join(str(p) for p in written)}")
    return EXIT_SOME_FAILED if result.failures else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting, for tests."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return _extract(args)
    except PhulucError as exc:
        print(f"phuluc: error: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, ValueError) else EXIT_SOME_FAILED


def entry_point() -> None:
    """The console script: exit with :func:`main`'s status."""
    sys.exit(main())
