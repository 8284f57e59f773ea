"""Where the wall time of one ``phuluc extract`` goes, across its processes: spans timed inside each.

``python bench/timeline.py [PDF] [--runs 5]`` wraps the stage functions the parent, the worker and
its forked helpers call (looked up by name at call time, so the wrappers reach the forked
processes), runs the CLI, and prints per run the spans: imports, the reader's start, the pages
(two readers taking turns), chaining, the rest of extract, merging, agency names, the crops left
after them, sending and writing. Each event is appended to a log file by the process it happens
in, so the wrappers cost a little (~5%); read the spans against each other, not against the bench.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: The functions timed: (module, attribute, "Class.method" allowed), all looked up by name where called.
WATCHED = (
    ("phuluc.pipeline", "extract"),
    ("phuluc.pipeline", "joined_rows"),
    ("phuluc.pipeline", "merge"),
    ("phuluc.pipeline", "AgencyLists.resolve"),
    ("phuluc.worker", "sanitized"),
    ("extract.pdf_pdfium", "_read_pages"),
    ("extract.pdf_pdfium", "pages_to_reading"),
)


def _log(path: str, started: float, message: str) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"{time.perf_counter() - started:.4f} {os.getpid()} {message}\n")


def _wrap(path: str, started: float, module: str, attribute: str) -> None:
    owner: Any = importlib.import_module(module)
    *classes, name = attribute.split(".")
    for cls in classes:
        owner = getattr(owner, cls)
    function = getattr(owner, name)

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        _log(path, started, f"> {attribute}")
        try:
            return function(*args, **kwargs)
        finally:
            _log(path, started, f"< {attribute}")

    setattr(owner, name, timed)


def one_run(pdf: str, log: str) -> None:
    """Run the CLI once in this process, logging each watched call (the child entry point of :func:`main`)."""
    started = time.perf_counter()
    import phuluc.pipeline  # noqa: F401 - every module the run loads, so the imports span ends here
    from phuluc.cli import main as cli_main

    _log(log, started, "imported")
    for module, attribute in WATCHED:
        _wrap(log, started, module, attribute)
    with tempfile.TemporaryDirectory() as out:
        cli_main(["extract", pdf, "--out", out, "--quiet"])
    _log(log, started, "done")


def spans(log: str) -> str:
    """Read one run's log into its spans."""
    events = [line.split(maxsplit=2) for line in Path(log).read_text(encoding="utf-8").splitlines()]

    def at(message: str, last: bool = False) -> float:
        times = [float(t) for t, _, m in events if m == message]
        return (times[-1] if last else times[0]) if times else float("nan")

    points = {
        "imports": (0.0, at("imported")),
        "start": (at("imported"), at("> _read_pages")),
        "pages": (at("> _read_pages"), at("< _read_pages", last=True)),
        "chaining": (at("> pages_to_reading"), at("< pages_to_reading")),
        "rest of extract": (at("< pages_to_reading"), at("< extract")),
        "merging": (at("> merge"), at("< merge")),
        "agency names": (at("> AgencyLists.resolve"), at("< AgencyLists.resolve")),
        "crops left": (at("< AgencyLists.resolve"), at("> sanitized")),
        "sending, writing": (at("> sanitized"), at("done")),
    }
    shown = " ".join(f"{name} {end - begin:.3f}" for name, (begin, end) in points.items())
    return f"{shown} | total {at('done'):.3f}"


def main() -> int:
    """Run the CLI ``--runs`` times, each in a fresh interpreter, and print each run's spans."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", default=str(ROOT / "samples/heldout/plan-2024-district-heldout.pdf"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        one_run(args.pdf, args.child)
        return 0
    for _ in range(args.runs):
        with tempfile.NamedTemporaryFile(suffix=".log", delete=False) as handle:
            log = handle.name
        subprocess.run([sys.executable, __file__, args.pdf, "--child", log], check=True, cwd=ROOT)
        print(spans(log))
        os.unlink(log)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
