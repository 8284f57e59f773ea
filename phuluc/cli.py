"""The ``phuluc`` command: parse arguments, build settings, call the library, report.

Exit status: 0 when every input was extracted (``diff``: when the diff was written; ``search``: when
some row matched), 1 when some input failed or could not be read (``extract`` still writes the
rest; ``search``: when no row matched), 2 for usage errors (``search``: also no plan.sqlite there).

Each sub-command imports the library it runs when it runs: ``phuluc extract`` does not pay for
loading the diff package, nor ``--help`` for either.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import PhulucError
from core.settings import (
    DEFAULT_DIFF_FORMAT,
    DEFAULT_ENGINE,
    DIFF_FORMATS,
    ENGINE_NAMES,
    ExtractSettings,
    NormalizeSettings,
    Settings,
)

if TYPE_CHECKING:
    from core.model import Result

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def add_engine_option(command: argparse.ArgumentParser) -> None:
    """Add ``--engine``, shared by every sub-command that reads PDFs."""
    command.add_argument(
        "--engine", choices=ENGINE_NAMES, default=DEFAULT_ENGINE, help="the PDF engine (default: %(default)s)"
    )


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser, with one sub-command per job."""
    parser = argparse.ArgumentParser(prog="phuluc", description="Extract the appendix table of PAPI plan documents.")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="extract plan documents (PDF, DOCX) into plan.json, rows.csv and plan.sqlite",
        description="Extract plan documents. Example: phuluc extract samples/ --out out/",
    )
    extract.add_argument(
        "inputs", nargs="+", type=Path, metavar="INPUT", help="a PDF or DOCX file, or a folder of them"
    )
    extract.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write the outputs into")
    add_engine_option(extract)
    extract.add_argument("--password", default=None, help="the open password of encrypted PDFs")
    extract.add_argument(
        "--agencies", type=Path, default=None, metavar="FILE",
        help="a CSV of agencies that replaces the built-in lists for the run (columns as normalize/agencies.csv)",
    )
    extract.add_argument(
        "--agencies-add", type=Path, default=None, metavar="FILE",
        help="a CSV of agencies that extends the list each plan is read against (same columns)",
    )
    extract.add_argument(
        "--jurisdiction", default=None, metavar="PLACE",
        help="where the plans are from, e.g. 'tỉnh Quảng Trị' or 'phường Đông Hà, tỉnh Quảng Trị' (default: read "
        "from each title)",
    )
    extract.add_argument(
        "--strict", action="store_true",
        help="fail a document whose table region has characters in no row, instead of a warning",
    )
    extract.add_argument(
        "--docx-pdf", action="store_true",
        help="lay DOCX plans out as pages with LibreOffice, so review.html shows their page crops (slower)",
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    compare = commands.add_parser(
        "diff",
        help="show what changed between two plans (plan.json files or PDF/DOCX documents)",
        description="Compare two plans row by row. "
        "Example: phuluc diff out-2024/plan.json plan-2025.docx --format html --output diff.html",
    )
    compare.add_argument("old", type=Path, metavar="OLD", help="the earlier plan: a plan.json or a PDF/DOCX plan")
    compare.add_argument("new", type=Path, metavar="NEW", help="the later plan: a plan.json or a PDF/DOCX plan")
    compare.add_argument("--old-source", metavar="NAME", help="the document to take from an OLD plan.json of several")
    compare.add_argument("--new-source", metavar="NAME", help="the document to take from a NEW plan.json of several")
    compare.add_argument(
        "--format", choices=DIFF_FORMATS, default=DEFAULT_DIFF_FORMAT, help="the output format (default: %(default)s)"
    )
    compare.add_argument("--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    compare.add_argument("--agencies", type=Path, metavar="CSV", help="a CSV extending the canonical agency list")
    add_engine_option(compare)
    find = commands.add_parser(
        "search",
        help="find rows by words in their indicators, tasks or agency names (marks optional)",
        description="Search an output folder's plan.sqlite; the words are one phrase, marks and case do not matter. "
        'Example: phuluc search out/ "tai chinh"',
    )
    find.add_argument(
        "where", type=Path, metavar="OUT", help="an output folder of 'phuluc extract', or its plan.sqlite"
    )
    find.add_argument("query", metavar="WORDS", help='the words to find, e.g. "tài chính" or "tai chinh"')
    find.add_argument("--limit", type=int, default=None, metavar="N", help="print at most N rows")
    lists = commands.add_parser("agencies", help="work with agency lists")
    jobs = lists.add_subparsers(dest="job", required=True)
    propose = jobs.add_parser(
        "suggest",
        help="propose a canonical agency list from extracted plans",
        description="Cluster the agency mentions of extracted plans into a list in the --agencies format, "
        "with counts and the catalogue entries recognised, for a person to edit and pass back. "
        "Example: phuluc agencies suggest out/ --out list.csv",
    )
    propose.add_argument("where", nargs="+", type=Path, metavar="OUT", help="an output folder or its plan.json")
    propose.add_argument("--out", type=Path, required=True, metavar="FILE", help="the CSV to write")
    return parser


def _extract(args: argparse.Namespace) -> int:
    from phuluc.pipeline import run

    settings = Settings(
        extract=ExtractSettings(
            engine=args.engine, password=args.password, strict=args.strict, docx_pdf=args.docx_pdf
        ),
        normalize=NormalizeSettings(
            agencies=args.agencies, agencies_add=args.agencies_add, jurisdiction=args.jurisdiction
        ),
    )
    result, written = run(args.inputs, args.out, settings)
    for failure in result.failures:
        print(f"phuluc: error: {failure.source}: {failure.error}", file=sys.stderr)
    for doc in result.documents:
        if doc.coverage is not None and not doc.coverage.complete:
            print(f"phuluc: warning: {doc.provenance.path}: {doc.coverage.summary()}", file=sys.stderr)
    if not args.quiet:
        for doc in result.documents:
            prov = doc.provenance
            print(f"{prov.path}: {len(doc.rows)} rows, {prov.pages} pages ({prov.engine})")
            for warning in doc.warnings:
                print(f"  warning: {warning}")
        print(f"{_needing_review(result)} agency mentions need review (see review.csv)")
        print(f"wrote {', '.join(str(p) for p in written)}")
    return EXIT_SOME_FAILED if result.failures else EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from diff import load_agencies, render
    from export.atomic import write_text_atomic
    from phuluc.pipeline import diff_files

    settings = Settings(extract=ExtractSettings(engine=args.engine))
    result = diff_files(
        args.old,
        args.new,
        old_source=args.old_source,
        new_source=args.new_source,
        settings=settings,
        agencies=load_agencies(args.agencies),
    )
    report = render(result, args.format)
    if args.output is not None:
        write_text_atomic(args.output, report)
    else:
        sys.stdout.buffer.write(report.encode("utf-8"))
        sys.stdout.flush()
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from export.search_index import format_hit, search

    hits = search(args.where, args.query, args.limit)
    for hit in hits:
        print(format_hit(hit))
    if not hits:
        print(f"phuluc: no row holds {args.query!r}", file=sys.stderr)
    return EXIT_OK if hits else EXIT_SOME_FAILED


def _agencies(args: argparse.Namespace) -> int:
    from export.atomic import write_text_atomic
    from phuluc.pipeline import suggest_list

    text, clusters = suggest_list(args.where)
    write_text_atomic(args.out, text)
    print(f"wrote {args.out}: {clusters} bodies")
    return EXIT_OK


#: The function behind each sub-command.
COMMANDS = {"extract": _extract, "diff": _diff, "search": _search, "agencies": _agencies}


def _needing_review(result: Result) -> int:
    from export.agency_csv import review_mentions

    return sum(1 for _ in review_mentions(result))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting, for tests."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return COMMANDS[args.command](args)
    except PhulucError as exc:
        print(f"phuluc: error: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, ValueError) else EXIT_SOME_FAILED


def entry_point() -> None:
    """Exit with :func:`main`'s status: the console script."""
    sys.exit(main())
