"""Probes: a training document rebuilt with one or two traits changed, to find what triggers a finding.

    python samples/audit44/probes.py           # build probes/docs, run and score them (probes/results)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402
import plans  # noqa: E402
import score  # noqa: E402

PROBES = {
    # F1: the prose score table after an appendix placed first
    "q51": ("d05", {"ptable": "budget"}),         # a 6-column budget table instead
    "q52": ("d05", {"ptable": "scores6"}),        # the score table with 6 columns, not the appendix's 7
    "q53": ("d05", {"ptable": "none"}),           # no prose table
    "q54": ("d05", {"producer": "rl"}),           # same plan by reportlab
    "q55": ("d01", {"position": "middle"}),       # appendix between II and III, score table before it
    # F2: appendix title on a page of its own
    "q41": ("d04", {"runhead": False}),
    "q42": ("d04", {"title_page": False}),
    "q43": ("d04", {"runhead": False, "pagenum": False}),
    "q61": ("d06", {"title_page": False}),
}


def main() -> None:
    plans.PROBES.update(PROBES)
    names = [n for n in PROBES if len(sys.argv) < 2 or n in sys.argv[1:]]
    build.build(names, HERE / "probes" / "docs", HERE / "probes" / "expected")
    score.BASE = HERE / "probes"
    sys.argv = [sys.argv[0]]
    score.main()


if __name__ == "__main__":
    main()
