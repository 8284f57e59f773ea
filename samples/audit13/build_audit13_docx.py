"""Build the thirteenth audit's DOCX from other generators: pandoc, the npm package `docx`, a clerk's tabs, an .odt.

    .venv/bin/python samples/audit13/build_audit13_docx.py     (needs pandoc, node with `docx` installed in
                                                                 $DOCX_NODE_MODULES or /tmp/a13node/node_modules,
                                                                 soffice, python-docx)

The same five rows as build_audit13.py (audit9's cut of audit7's province table) and audit7's title; each
generator writes its own DOCX (DOCS below). Expected rows as build_audit13.py: written from the data by hand.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "audit9"), str(HERE.parent / "audit8"), str(HERE.parent / "audit7")]
from audit7_data import COMPONENTS, DIMENSIONS, PROVINCE_HEAD  # noqa: E402
from build_audit7 import Doc, base, kem_theo, orient, para  # noqa: E402
from build_audit13 import ROWS, base_docx, doc, exp_rows, write_expected  # noqa: E402

TITLE = ["PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026"]
NODE_MODULES = os.environ.get("DOCX_NODE_MODULES", "/tmp/a13node/node_modules")


def cells(r: dict[str, object]) -> list[list[str]]:
    """A row's seven cells, each a list of lines (paragraphs)."""
    d, c = r["d"], r["c"]
    return [
        [f"{d}. {DIMENSIONS[d]}"],
        [f"{c}. {COMPONENTS[(d, c)]}"],
        list(r["ind"]),  # type: ignore[index, call-overload]
        str(r["tasks"]).split("\n"),
        [str(r["lead"])],
        [str(r["coordinating"])],
        [str(r["deadline"])],
    ]


def title_lines(d: Doc) -> list[str]:
    return TITLE + [kem_theo(d)]


# ---------------------------------------------------------------- d07 pandoc from an HTML table
def pandoc(d: Doc, dst: Path, spans: bool = False) -> None:
    """An HTML page (title paragraphs, a table with a header row, one <p> per line) through pandoc.

    ``spans``: the dimension cell of rows that share it is one cell with a rowspan (pandoc writes w:vMerge).
    """

    def tds(lines: list[str], tag: str = "td", span: int = 1) -> str:
        at = f' rowspan="{span}"' if span > 1 else ""
        return f"<{tag}{at}>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + f"</{tag}>"

    body = "".join(f"<p><strong>{html.escape(x)}</strong></p>" for x in title_lines(d))
    head = "<tr>" + "".join(tds([h], "th") for h in PROVINCE_HEAD) + "</tr>"
    rows = ""
    for i, r in enumerate(ROWS):
        cs = cells(r)
        dims = [x["d"] for x in ROWS]
        if spans and i and dims[i - 1] == dims[i]:
            first = ""
        else:
            n = next((k for k in range(i, len(ROWS)) if dims[k] != dims[i]), len(ROWS)) - i if spans else 1
            first = tds(cs[0], span=n)
        rows += "<tr>" + first + "".join(tds(c) for c in cs[1:]) + "</tr>"
    page = (
        f"<html><head><meta charset='utf-8'><title>Phụ lục</title></head><body>{body}"
        f"<table><thead>{head}</thead><tbody>{rows}</tbody></table></body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "p.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(["pandoc", "-f", "html", "-t", "docx", "-o", str(dst), str(src)], check=True)


# ---------------------------------------------------------------- d08 the npm package docx, vertical merges
JS = r"""
const fs = require("fs");
const {Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, VerticalMergeType,
       PageOrientation, AlignmentType} = require("docx");
const data = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const p = (t, bold) => new Paragraph({children: [new TextRun({text: t, bold: !!bold, size: 24,
                                                             font: "Times New Roman"})]});
const cell = (lines, merge, bold) => new TableCell({children: lines.map(t => p(t, bold)),
                                                   ...(merge ? {verticalMerge: merge} : {})});
const rows = [new TableRow({tableHeader: true, children: data.head.map(h => cell([h], null, true))})];
for (const r of data.rows) {
  rows.push(new TableRow({children: r.cells.map((c, i) => {
    if (i < 2) {   // dimension, component: merged down while the label repeats
      const m = r.merge[i];
      return cell(m === "continue" ? [] : c, m === "restart" ? VerticalMergeType.RESTART :
                  m === "continue" ? VerticalMergeType.CONTINUE : null);
    }
    return cell(c, null);
  })}));
}
const doc = new Document({creator: "hethong-quanly-kehoach", sections: [{
  properties: {page: {size: {orientation: PageOrientation.LANDSCAPE}}},
  children: [...data.title.map(t => new Paragraph({alignment: AlignmentType.CENTER,
                                                   children: [new TextRun({text: t, bold: true, size: 26})]})),
             new Table({rows, width: {size: 100, type: WidthType.PERCENTAGE}})]}]});
Packer.toBuffer(doc).then(b => fs.writeFileSync(process.argv[3], b));
"""


def npm_docx(d: Doc, dst: Path) -> None:
    rows = []
    for i, r in enumerate(ROWS):
        merge = []
        for k, key in enumerate(("d", "c")):
            same = [x[key] for x in ROWS]
            up = i > 0 and same[i - 1] == same[i] and (k == 0 or ROWS[i - 1]["d"] == r["d"])
            down = i + 1 < len(ROWS) and same[i + 1] == same[i] and (k == 0 or ROWS[i + 1]["d"] == r["d"])
            merge.append("continue" if up else "restart" if down else None)
        rows.append({"cells": cells(r), "merge": merge})
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "data.json").write_text(
            json.dumps({"title": title_lines(d), "head": PROVINCE_HEAD, "rows": rows}, ensure_ascii=False),
            encoding="utf-8",
        )
        (Path(tmp) / "make.js").write_text(JS, encoding="utf-8")
        subprocess.run(
            ["node", str(Path(tmp) / "make.js"), str(Path(tmp) / "data.json"), str(dst)],
            check=True,
            env=dict(os.environ, NODE_PATH=NODE_MODULES),
        )


# ---------------------------------------------------------------- d09 a clerk's table made of tabs
def tabs(d: Doc, dst: Path) -> None:
    """No Word table: one paragraph per printed line, the columns set by tab stops (the header first)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    document = base()
    orient(document.sections[0], True)
    for x in title_lines(d):
        para(document, x, bold=True)
    stops = [Mm(x) for x in (32, 64, 112, 182, 212, 240)]

    def line(values: list[str], bold: bool = False) -> None:
        p = document.add_paragraph()
        for s in stops:
            p.paragraph_format.tab_stops.add_tab_stop(s, WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run("\t".join(values))
        r.bold, r.font.size = bold, Pt(9)

    line(PROVINCE_HEAD, bold=True)
    for r in ROWS:
        cs = cells(r)
        for k in range(max(len(c) for c in cs)):
            line([c[k] if k < len(c) else "" for c in cs])
    document.save(str(dst))


# ---------------------------------------------------------------- d10 LibreOffice: Writer's .odt saved as DOCX
def odt(d: Doc, dst: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "a").mkdir(), (t / "b").mkdir()
        base_docx(d, t / "plan.docx")
        for src, fmt, out in (
            (t / "plan.docx", "odt", t / "a"),
            (t / "a" / "plan.odt", "docx:MS Word 2007 XML", t / "b"),
        ):
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{tmp}/u",
                    "--headless",
                    "--convert-to",
                    fmt,
                    "--outdir",
                    str(out),
                    str(src),
                ],
                check=True,
                capture_output=True,
                timeout=600,
            )
        shutil.copy(t / "b" / "plan.docx", dst)


DOCS = [
    (
        doc(
            "d07-pandoc-html",
            "Bắc Kạn",
            "pandoc 2.17 from an HTML table (header row, one <p> per line, the "
            "dimension and component repeated on each row: no spans)",
        ),
        pandoc,
        [],
        "The five rows, each field as the HTML cell's paragraphs (one per line).",
    ),
    (
        doc(
            "d08-npm-docx",
            "Yên Bái",
            "the npm package docx (9.x) as web apps write it: the dimension and component "
            "merged down with verticalMerge restart/continue, a repeated header row, widths in percent",
        ),
        npm_docx,
        [],
        "The five rows; a merged dimension or component cell is each row's label.",
    ),
    (
        doc(
            "d09-tab-table",
            "Sơn La",
            "no Word table: a clerk's table of tab-separated paragraphs with tab stops, "
            "one paragraph per printed line, a row's second lines starting with empty columns",
        ),
        tabs,
        [],
        "A user expects the five rows, or a clear refusal (no table found / not read): exit 0 with no rows and no "
        "warning, or rows that mix the columns, is wrong.",
    ),
    (
        doc(
            "d10-odt-to-docx",
            "Bắc Giang",
            "the audit9-style plan saved by LibreOffice Writer as .odt, then the .odt "
            "converted to DOCX by LibreOffice (its own DOCX writer)",
        ),
        odt,
        [],
        "The five rows as printed.",
    ),
]


def main(chosen: list[str]) -> None:
    for d, make, leaks, rule in DOCS:
        if chosen and d.name not in chosen:
            continue
        make(d, HERE / f"{d.name}.docx")
        write_expected(d, rule, exp_rows(), leaks)


if __name__ == "__main__":
    main(sys.argv[1:])
