"""Smallest reproductions of audit45's findings: one-row appendices, each with one Word feature.

Usage: python samples/audit45/repro.py   (writes repro/*.docx and repro/*.expected.json, then runs phuluc on each)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import build  # noqa: E402
from ooxml import Cell, Para, Row  # noqa: E402
from plans import EIGHT, fill_of, plain  # noqa: E402

ROW = build.seed_row(21, 3, 2)


def one_row(name, change):
    """A one-row appendix; change(cells, doc) edits the cells."""
    d = build.Doc(name, EIGHT)
    c = plain(ROW, EIGHT)
    change(c, d)
    d.table([d.header(), Row([c[f] for f in EIGHT])])
    d.expect(c, fill=fill_of(ROW) if "caps" not in name else None)
    d.save_to = os.path.join(HERE, "repro")
    return d


def math(c, d):
    c["indicators"] = Cell([Para([("t", "Tỷ lệ hộ có bảo hiểm y tế "), ("math", "≥95%")])])


def math_para(c, d):
    c["indicators"] = Cell([Para([("t", "Tỷ lệ hộ có bảo hiểm y tế đạt")]), Para([("math", "x≥95%")])])


def style_level(c, d):
    ps = [Para([("t", x.split(". ", 1)[1])], style="DanhSachChiTieu") for x in ROW["indicators"]]
    ps[-1].num = (None, 1)
    c["indicators"] = Cell(ps)


def caps(c, d):
    c["dimension"] = Cell([Para([("caps", ROW["dimension"])])])
    c["component"] = Cell([Para([("t", ROW["component"])])])


CASES = {
    "r1-math-in-cell": math,
    "r2-math-paragraph": math_para,
    "r3-style-list-level": style_level,
    "r4-all-caps-label": caps,
}


def main():
    os.makedirs(os.path.join(HERE, "repro"), exist_ok=True)
    for name, change in CASES.items():
        d = one_row(name, change)
        path = d.save()
        target = os.path.join(HERE, "repro", name + ".docx")
        os.replace(path, target)
        os.replace(os.path.join(HERE, "expected", name + ".json"), os.path.join(HERE, "repro", name + ".expected.json"))
        out = os.path.join("/tmp", "a45-" + name)
        subprocess.run(
            [sys.executable, "-m", "phuluc", "extract", target, "--out", out, "-q"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": ROOT},
            check=False,
        )
        got = json.load(open(os.path.join(out, "plan.json"), encoding="utf-8"))["documents"][0]
        want = d.expected[0]
        field = {"r4-all-caps-label": "dimension"}.get(name, "indicators")
        print(f"== {name}: warnings {got['warnings']}\n  want {want[field]!r}\n  got  {got['rows'][0][field]!r}")


if __name__ == "__main__":
    main()
