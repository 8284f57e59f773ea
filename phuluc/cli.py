"""The ``phuluc`` command: parse arguments, build settings, call the library, report.

Exit status: 0 when every input was extracted (``diff``: when the diff was written; ``search``: when
some row matched), 1 when some input failed or could not be read (``extract`` still writes the
rest; ``search``: when no row matched), 2 for usage errors (``search``: also no plan.sqlite there).

Each sub-command imports the library it runs when it runs: ``phuluc extract`` does not pay for
loading the diff package, nor ``--help`` for either.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import ExportError, PhulucError
from core.settings import (
    DEFAULT_DIFF_FORMAT,
    DEFAULT_ENGINE,
    DEFAULT_EXECUTOR,
    DEFAULT_JOBS,
    DEFAULT_MAX_MEMORY,
    DEFAULT_TIMEOUT,
    DIFF_FORMATS,
    ENGINE_NAMES,
    EXECUTOR_NAMES,
    ExtractSettings,
    LimitSettings,
    NormalizeSettings,
    Settings,
)
from core.text import one_line, quote_name

if TYPE_CHECKING:
    from phuluc.batch import Report

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def add_engine_option(command: argparse.ArgumentParser) -> None:
    """Add ``--engine``, shared by every sub-command that reads PDFs."""
    command.add_argument(
        "--engine", choices=ENGINE_NAMES, default=DEFAULT_ENGINE, help="the PDF engine (default: %(default)s)"
    )


#: Size suffixes ``--max-memory`` accepts, in bytes.
_SIZE_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def memory_size(text: str) -> int:
    """Parse a size such as "2G", "512M" or "1073741824" (bytes) for ``--max-memory``."""
    number, unit = text.strip().upper().removesuffix("B").removesuffix("I"), ""
    if number and number[-1] in _SIZE_UNITS:
        number, unit = number[:-1], number[-1]
    try:
        return int(float(number) * _SIZE_UNITS[unit])
    except ValueError:
        msg = f"not a size: {text!r} (write e.g. 2G, 512M or a number of bytes)"
        raise argparse.ArgumentTypeError(msg) from None


def add_limit_options(command: argparse.ArgumentParser) -> None:
    """Add ``--timeout``, ``--max-memory``, ``--jobs``, ``--executor``, ``--scheduler``: how and where to read."""
    command.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="give up a document that takes longer than this (default: %(default)g)",
    )
    command.add_argument(
        "--max-memory",
        type=memory_size,
        default=DEFAULT_MAX_MEMORY,
        metavar="SIZE",
        help="give up a document whose reader needs more memory than this, e.g. 1G, 512M (default: 2G)",
    )
    command.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=DEFAULT_JOBS,
        metavar="N",
        help="read N documents at once; the outputs are the same for every N (default: %(default)s)",
    )
    command.add_argument(
        "--executor",
        choices=EXECUTOR_NAMES,
        default=DEFAULT_EXECUTOR,
        help="where documents are read: here, or on a Dask cluster (needs --scheduler; the outputs are the same)"
        " (default: %(default)s)",
    )
    command.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="the Dask scheduler of --executor dask, e.g. tcp://10.0.0.5:8786; its workers must see the input paths",
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
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="a PDF or DOCX file, or a folder of them (none is needed with --forget)",
    )
    extract.add_argument(
        "-o", "--out", type=Path, required=True, metavar="DIR", help="the folder to write the outputs into"
    )
    add_engine_option(extract)
    extract.add_argument("--password", default=None, help="the open password of encrypted PDFs")
    extract.add_argument(
        "--agencies",
        type=Path,
        default=None,
        metavar="FILE",
        help="a CSV of agencies that replaces the built-in lists for the run (columns as normalize/agencies.csv)",
    )
    extract.add_argument(
        "--agencies-add",
        type=Path,
        default=None,
        metavar="FILE",
        help="a CSV of agencies that extends the list each plan is read against (same columns)",
    )
    extract.add_argument(
        "--jurisdiction",
        default=None,
        metavar="PLACE",
        help="where the plans are from, e.g. 'tỉnh Quảng Trị' or 'phường Đông Hà, tỉnh Quảng Trị' (default: read "
        "from each title)",
    )
    extract.add_argument(
        "--strict",
        action="store_true",
        help="fail a document whose table region has characters in no row, instead of a warning",
    )
    extract.add_argument(
        "--ocr",
        action="store_true",
        help="read every PDF page by OCR of its rendering, setting its text layer aside (for a PDF whose text "
        "layer reads as wrong letters or glyph codes; needs Tesseract, about 3-5 s a page)",
    )
    extract.add_argument(
        "--docx-pdf",
        action="store_true",
        help="lay DOCX plans out as pages with LibreOffice, so review.html shows their page crops (slower)",
    )
    extract.add_argument(
        "--update",
        action="store_true",
        help="add the inputs to DIR's library: its other documents stay, and only files changed since they were "
        "read (bytes, engine, settings or phuluc version) are read again",
    )
    extract.add_argument(
        "--forget",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="with --update: drop the document of this path from DIR's library (e.g. a plan whose file is gone); "
        "may be given again",
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="print only errors and warnings of lost text")
    add_limit_options(extract)
    compare = commands.add_parser(
        "diff",
        help="show what changed between two plans (plan.json files or PDF/DOCX documents)",
        description="Compare two plans row by row. "
        "Example: phuluc diff out-2024/ plan-2025.docx --format html --output diff.html --sqlite changes.sqlite",
    )
    compare.add_argument(
        "old",
        type=Path,
        metavar="OLD",
        help="the earlier plan: a plan.json, the folder phuluc extract wrote it into, a PDF/DOCX, or a folder of them",
    )
    compare.add_argument("new", type=Path, metavar="NEW", help="the later plan: any input OLD can be")
    compare.add_argument(
        "--old-source", metavar="NAME", help="the document to take from an OLD of several (source, file name or stem)"
    )
    compare.add_argument(
        "--new-source", metavar="NAME", help="the document to take from a NEW of several (source, file name or stem)"
    )
    compare.add_argument(
        "--format", choices=DIFF_FORMATS, default=DEFAULT_DIFF_FORMAT, help="the output format (default: %(default)s)"
    )
    compare.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    compare.add_argument(
        "--sqlite",
        type=Path,
        metavar="FILE",
        help="also write the changes, one row per changed field, to an SQLite FILE",
    )
    compare.add_argument("--agencies", type=Path, metavar="CSV", help="a CSV extending the canonical agency list")
    add_engine_option(compare)
    add_limit_options(compare)
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
    propose.add_argument("-o", "--out", type=Path, required=True, metavar="FILE", help="the CSV to write")
    return parser


def limit_settings(args: argparse.Namespace) -> LimitSettings:
    """Build the readers' limits from ``--timeout``, ``--max-memory``, ``--jobs``, ``--executor``, ``--scheduler``."""
    return LimitSettings(
        timeout=args.timeout,
        max_memory=args.max_memory,
        jobs=args.jobs,
        executor=args.executor,
        scheduler=args.scheduler,
    )


def _extract(args: argparse.Namespace) -> int:
    from phuluc.pipeline import OutputSet, extract_to, pages_folder
    from phuluc.progress import Progress

    if not args.inputs and not args.forget:
        print("phuluc extract: error: give at least one INPUT (or --forget PATH with --update)", file=sys.stderr)
        return EXIT_USAGE
    settings = Settings(
        extract=ExtractSettings(
            engine=args.engine, password=args.password, strict=args.strict, docx_pdf=args.docx_pdf, ocr=args.ocr
        ),
        normalize=NormalizeSettings(
            agencies=args.agencies, agencies_add=args.agencies_add, jurisdiction=args.jurisdiction
        ),
        limits=limit_settings(args),
    )
    with OutputSet(args.out) as outputs, pages_folder(settings) as pdf_dir:  # held from the start
        progress = None if args.quiet else Progress
        report, written = extract_to(
            args.inputs, outputs, settings, pdf_dir=pdf_dir, progress=progress, update=args.update, forget=args.forget
        )
    for failure in report.failures:
        print(f"phuluc: error: {quote_name(failure.source)}: {failure.error}", file=sys.stderr)
    for doc in report.documents:
        if doc.coverage is not None and not doc.coverage.complete:
            where = quote_name(doc.provenance.path)
            print(f"phuluc: warning: {where}: {one_line(doc.coverage.summary())}", file=sys.stderr)
    if report.gone:
        print(f"phuluc: warning: {gone_line(report.gone, args.out)}", file=sys.stderr)
    if not written:
        where = quote_name(str(args.out))
        print(f"phuluc: error: no document was extracted; {where} is left as it was", file=sys.stderr)
        return EXIT_SOME_FAILED
    if not args.quiet:
        for doc in report.documents:
            prov = doc.provenance
            kept = "; kept from the library, its file is gone" if doc.gone else ""
            kept = kept or ("; from the library" if doc.from_library else "; read" if args.update else "")
            print(f"{quote_name(prov.path)}: {doc.rows} rows, {prov.pages} pages ({prov.engine}{kept})")
            for warning in doc.warnings:
                print(f"{quote_name(prov.path)}: warning: {one_line(warning)}")
        if args.update:
            print(library_line(report))
        print(f"{report.reviewed} agency mentions need review (see review.csv)")
        print(f"wrote {', '.join(str(p) for p in written)}")
    return EXIT_SOME_FAILED if report.failures else EXIT_OK


#: Paths a summary line names before it says how many more there are.
NAMED = 3


def named_paths(paths: Sequence[str]) -> str:
    """Return the first few paths (quoted as error lines quote them), and how many more there are."""
    from core.text import quote_name

    return _first_few([quote_name(path) for path in paths])


def named_moves(moves: Sequence[tuple[str, str]]) -> str:
    """Return the first few moves as "old" -> "new", and how many more there are."""
    from core.text import quote_name

    return _first_few([f"{quote_name(old)} -> {quote_name(new)}" for old, new in moves])


def _first_few(named: Sequence[str]) -> str:
    """Return the first :data:`NAMED` of a list, and how many more there are."""
    return ", ".join(named[:NAMED]) + (f" and {len(named) - NAMED} more" if len(named) > NAMED else "")


def gone_line(gone: Sequence[str], out: Path) -> str:
    """Return the warning that library documents are kept while their files are gone, and how to drop them."""
    from core.text import quote_name

    some = "1 library document's file is gone" if len(gone) == 1 else f"{len(gone)} library documents' files are gone"
    return (
        f"{some}, kept as read: {named_paths(gone)}; to drop one: phuluc extract --out {quote_name(str(out))} "
        "--update --forget PATH"
    )


def library_line(report: Report) -> str:
    """Return the ``--update`` summary: documents, read, unchanged, and files renamed or read again by themselves."""
    read = len(report.documents) - report.reused
    line = f"library: {len(report.documents)} documents, {read} read, {report.reused} unchanged"
    if report.renamed:
        line += f"; {len(report.renamed)} renamed or moved (same bytes, the old file gone): "
        line += named_moves(report.renamed)
    if report.refreshed:
        line += f"; {len(report.refreshed)} damaged library copies read again from their files: "
        line += named_paths(report.refreshed)
    if report.dropped:
        line += f"; {len(report.dropped)} dropped, their files now failing (errors above; fix and give again): "
        line += named_paths(report.dropped)
    return line


def _diff(args: argparse.Namespace) -> int:
    from diff import load_agencies, render
    from diff.render_table import render_sqlite
    from export.atomic import write_atomic, write_text_atomic
    from phuluc.pipeline import diff_files

    settings = Settings(extract=ExtractSettings(engine=args.engine), limits=limit_settings(args))
    result = diff_files(
        args.old,
        args.new,
        old_source=args.old_source,
        new_source=args.new_source,
        settings=settings,
        agencies=load_agencies(args.agencies),
    )
    for side in (result.old, result.new):
        if side.lost:  # a row its reading lost shows in the diff as added or removed
            print(
                f"{quote_name(side.name)}: note: {side.lost}; what its reading lost shows here as changes",
                file=sys.stderr,
            )
        for warning in side.warnings:  # a document read here: its plan.json warnings would be nowhere else
            print(f"{quote_name(side.name)}: note: its reading: {warning}", file=sys.stderr)
    report = render(result, args.format)
    try:
        if args.sqlite is not None:
            database = render_sqlite(result)

            def fill(tmp: Path) -> None:
                tmp.write_bytes(database)

            write_atomic(args.sqlite, fill)
        if args.output is not None:
            write_text_atomic(args.output, report, bom=args.format == "csv")  # a BOM so Excel reads UTF-8
    except OSError as exc:  # the folder cannot be made (a file stands in its way, no permission)
        msg = f"{exc.filename or args.output or args.sqlite}: cannot write ({exc.strerror or exc})"
        raise ExportError(msg) from exc
    if args.output is None:
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
        print(f"phuluc: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, ValueError) else EXIT_SOME_FAILED


#: Exit status when the reader of standard output went away (``| head -1``): 128 + SIGPIPE, as shells report it.
EXIT_BROKEN_PIPE = 141
#: Exit status after Ctrl-C: 128 + SIGINT.
EXIT_INTERRUPTED = 130


def entry_point() -> None:
    """Exit with :func:`main`'s status: the console script.

    A closed standard output (``phuluc extract ... | head -1``) ends the command quietly, and
    Ctrl-C with one line; neither prints a traceback.
    """
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit must not fail again
        status = EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("phuluc: interrupted", file=sys.stderr)
        status = EXIT_INTERRUPTED
    sys.exit(status)


if __name__ == "__main__":  # python -m phuluc.cli, as python -m phuluc
    entry_point()
