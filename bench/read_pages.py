"""CPU of the pdfium engine's page reading (``read_pages_pdfium``) on one core, in-process: the best of several runs.

``python bench/read_pages.py PDF [--runs 5] [--old TREE] [--rounds 3]``: with ``--old`` (a checkout of
the code to compare with, ``git archive COMMIT | tar -x -C TREE``) the old and this tree are timed
in turn, each in a fresh process (``PYTHONPATH=TREE``), ``--rounds`` times: on a loaded machine
only the ratio of two figures taken together means anything. CPU seconds (process time), after one
warm-up run that loads pdfium and the modules.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def best_cpu(pdf: Path, runs: int) -> list[float]:
    """Read ``pdf`` ``runs`` times after a warm-up, one core; return each run's CPU seconds."""
    import core.process

    core.process.set_reader_cores(1)  # no forked half-reader: the whole reading in this process
    from extract.pdf_pdfium import read_pages_pdfium

    read_pages_pdfium(pdf)
    times = []
    for _ in range(runs):
        started = time.process_time()
        read_pages_pdfium(pdf)
        times.append(time.process_time() - started)
    return times


def main() -> int:
    """Time this tree (and ``--old``'s, alternating) and print the best and every run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per process")
    parser.add_argument("--old", type=Path, default=None, help="a source tree to compare with")
    parser.add_argument("--rounds", type=int, default=3, help="processes per tree, alternating (with --old)")
    parser.add_argument("--here", action="store_true", help=argparse.SUPPRESS)  # one timing in this process
    args = parser.parse_args()
    if args.here or args.old is None:
        times = best_cpu(args.pdf.resolve(), args.runs)
        print(f"best {min(times):.3f}  all " + " ".join(f"{t:.3f}" for t in times), flush=True)
        return 0
    trees = {"old": args.old.resolve(), "new": ROOT}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            print(f"{name:4}", end=" ", flush=True)
            cmd = [sys.executable, __file__, str(args.pdf.resolve()), "--runs", str(args.runs), "--here"]
            subprocess.run(cmd, env={**os.environ, "PYTHONPATH": str(tree)}, cwd=tree, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
