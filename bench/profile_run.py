"""Profile the whole ``phuluc extract`` run in one process: imports, reading, merging, agency names, crops, writing.

A normal run reads each document in a child process (``phuluc.worker``), which forks a page
reader and a crop renderer of its own, so a profile of the parent sees only waiting. Here the
reader runs in this process and with one core (no forked helpers), so cProfile sees every call:
``python bench/profile_run.py PDF [--sort tottime] [--limit 40] [--engine pdfium]``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Profile one CLI run in-process and print the top functions."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path, nargs="?", default=ROOT / "samples/heldout/plan-2024-district-heldout.pdf")
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative, ...)")
    parser.add_argument("--limit", type=int, default=40, help="functions shown")
    parser.add_argument("--engine", default=None, help="--engine for the run (default: the CLI's)")
    parser.add_argument("--save", type=Path, default=None, help="also write the raw profile here")
    args = parser.parse_args()
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    import core.process
    import phuluc.executors
    from phuluc.cli import main as cli_main

    def here(paths: Sequence[Path], read_one, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
        for path in paths:
            yield read_one(path, settings)

    core.process.set_reader_cores(1)  # no forked page reader or crop renderer: they would hide from the profile
    phuluc.executors.read_isolated = here  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as out:
        extra = ["--engine", args.engine] if args.engine else []
        code = cli_main(["extract", str(args.pdf), "--out", out, "--quiet", *extra])
    profile.disable()
    print(f"exit {code}, {time.perf_counter() - started:.2f} s with the profiler on", file=sys.stderr)
    if args.save:
        profile.dump_stats(args.save)
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
