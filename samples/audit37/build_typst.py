"""Typst (d3): A4 landscape, Liberation Sans 8.5pt, table.header repeated, rows breakable
across pages, group labels merged with rowspan where consecutive rows share them."""
import json
from pathlib import Path
import typst
from docs_spec import rows_for, columns, render_text, write_expected, TITLE

HERE = Path(__file__).parent
OUT, SRC = HERE / "docs", HERE / "src"

TYP = r"""
#set page(paper: "a4", flipped: true, margin: (x: 1.2cm, y: 1.4cm))
#set text(font: "Liberation Sans", size: 8.5pt, lang: "vi")
#set par(justify: false, leading: 0.45em, spacing: 0.5em)
#let d = json("DATA")
#align(center, text(weight: "bold", d.title.join(linebreak())))
#v(6pt)
#let cellc(lines) = lines.map(l => [#l]).join(parbreak())
#table(
  columns: (9%, 9%, 16%, 32%, 8%, 9%, 9%, 8%),
  stroke: 0.5pt, inset: 3pt, align: left + top,
  table.header(repeat: true, ..d.heads.map(h => text(weight: "bold", h))),
  ..d.cells.map(c => if c.span > 1 { table.cell(rowspan: c.span, cellc(c.lines)) } else { cellc(c.lines) }),
)
"""


def d3():
    name = "d3-typst-liberation"
    heads, fields = columns(name)
    rows = rows_for(name)
    cells = []
    skip = set()
    for i, r in enumerate(rows):
        for f in fields:
            if (i, f) in skip:
                continue
            span = 1
            if f in ("dimension", "component"):
                while i + span < len(rows) and rows[i + span][f] == r[f] and \
                        rows[i + span]["dimension"] == r["dimension"]:
                    skip.add((i + span, f)); span += 1
            cells.append({"span": span, "lines": [render_text(l, name) for l in r[f]] or [""]})
    data = {"title": [render_text(t, name) for t in TITLE],
            "heads": [render_text(h, name) for h in heads], "cells": cells}
    (SRC / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    typ = SRC / f"{name}.typ"
    typ.write_text(TYP.replace("DATA", f"{name}.json"), encoding="utf-8")
    typst.compile(str(typ), output=str(OUT / f"{name}.pdf"),
                  font_paths=["/usr/share/fonts/truetype/liberation2"])
    write_expected(name, OUT / f"{name}.expected.json")


if __name__ == "__main__":
    d3()
