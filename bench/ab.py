"""Time the CLI of two source trees on one PDF, alternating, in fresh processes: wall and CPU of each run.

``python bench/ab.py OLD_TREE [PDF] [--rounds 5]``: OLD_TREE is a checkout of the code to compare
with (``git archive COMMIT | tar -x -C DIR``), run with ``PYTHONPATH=OLD_TREE`` in this venv;
the new tree is this one. CPU counts the run's whole process tree (user + system), which a
loaded machine disturbs less than wall time. Both trees should be byte-compiled alike
(``python -m compileall``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(tree: Path, pdf: Path, out: Path) -> tuple[float, float]:
    """Run ``phuluc extract`` from ``tree`` once; return its wall and CPU seconds."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "phuluc", "extract", str(pdf), "--out", str(out), "-q"]
    subprocess.run(cmd, env=env, check=True, cwd=tree)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    """Alternate the two trees and print min and median wall and CPU of each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("pdf", type=Path, nargs="?", default=ROOT / "samples/heldout/plan-2024-district-heldout.pdf")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    trees = {"old": args.old.resolve(), "new": ROOT}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.rounds):
            for name, tree in trees.items():
                times[name].append(one_run(tree, args.pdf.resolve(), Path(tmp) / name))
    for name, runs in times.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(
            f"{name}: wall min {min(walls):.3f} median {statistics.median(walls):.3f} s;"
            f" CPU min {min(cpus):.3f} median {statistics.median(cpus):.3f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
