"""MANIFEST.csv: every committed sample, how it was built, what it exercises, its source and licence.

Several build scripts write samples; each rewrites only its own lines and keeps the others.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

MANIFEST = Path(__file__).resolve().parent / "MANIFEST.csv"
COLUMNS = ("file", "built_by", "exercises", "source", "licence")
LICENCE = "public document"
#: The source of every sample built from the seed's rows.
SEED_SOURCE = "seed/papi-plan-2024-appendix.txt (a real 2024 city plan)"


def update_manifest(lines: Sequence[tuple[str, str, str, str]], owns: Callable[[str], bool]) -> None:
    """Replace the lines whose file ``owns`` accepts by ``lines`` (file, built_by, exercises, source)."""
    kept: list[list[str]] = []
    if MANIFEST.exists():
        with MANIFEST.open(encoding="utf-8", newline="") as handle:
            kept = [row for row in csv.reader(handle)][1:]
    rows = [row for row in kept if not owns(row[0])] + [[*line, LICENCE] for line in lines]
    with MANIFEST.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def replace_lines(lines: Sequence[tuple[str, str, str, str]]) -> None:
    """Write ``lines`` in place of the manifest's lines of the same files (a build script's own samples)."""
    own = {line[0] for line in lines}
    update_manifest(lines, owns=lambda name: name in own)
