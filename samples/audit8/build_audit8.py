"""Build the eighth audit's documents: what surrounds and interrupts the appendix table.

    .venv/bin/python samples/audit8/build_audit8.py            (needs python-docx and soffice)
    .venv/bin/python samples/audit8/build_audit8.py a03-split-continued-header-repeated   # one

Every document is audit7's whole province plan (``samples/audit7/build_audit7.py``): the heading
table, the title, the body, the signature and "Nơi nhận" as paragraphs, then a landscape section
with "PHỤ LỤC / ... / (Kèm theo ...)" and the six-row province table of ``audit7_data.py`` (header
row repeated, dimension and component as vertically merged columns, row 2.1.1's ten task items cut
by a page end in LibreOffice's PDF). ONE thing varies per document (DOCS): notes under the table,
the signature after it, the table split in two, a "Tổng cộng" row, rows that may not break, two
header rows, footnotes in cells, an empty row and dashes, a body table after it.

Writes samples/audit8/<name>.docx, <name>.pdf (LibreOffice) and <name>.expected.json:
{"note", "jurisdiction", "province_also", "rows", "leaks", "footnotes"}, the rows made from the data
by audit7's rules (never from phuluc's output); "leaks" are texts that must be in no row field;
"footnotes" (a8) where each footnote's mark stands and its text (rules in compare_audit8.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "audit7")]
from audit7_data import COMMON_LEAKS, COMPONENTS, DIMENSIONS, PROVINCE_HEAD, PROVINCE_ROWS, body  # noqa: E402
from audit8_data import (  # noqa: E402
    BUDGET_HEAD,
    BUDGET_LABEL,
    BUDGET_LEAKS,
    BUDGET_ROWS,
    BUDGET_TITLE,
    BUDGETS,
    CONTINUED,
    CONTINUED_LEAKS,
    DASH_ROW,
    EMPTY_ROW_AFTER,
    FOOTNOTES,
    GROUP_LABEL,
    GROUP_SUB,
    NOTES,
    NOTES_LEAKS,
    TOTAL,
    TOTAL_LABEL,
    TOTAL_LEAKS,
    TOTAL_NOTE,
)
from build_audit7 import (  # noqa: E402
    FIELDS,
    PROVINCE_MM,
    Doc,
    appendix_title,
    base,
    heading,
    orient,
    para,
    put,
    repeat_header,
    signature,
    simple_table,
    widths,
    write_body,
)

Row = dict[str, object]
BUDGET_MM = [27, 27, 42, 72, 26, 30, 21, 22]  # the province widths with room for an eighth column: 267 mm
BUDGET_TABLE_MM = [10, 95, 25, 30, 35, 45, 27]  # a10's budget table, as wide as the appendix
COLUMN = {"indicators": 2, "tasks": 3, "lead": 4, "coordinating": 5, "deadline": 6}
CANT_SPLIT_ITEMS = 8  # a06: row 2.1.1's first 8 task items, short of a landscape page, too tall for what is left
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


# ---------------------------------------------------------------- expected rows
def expected(r: Row, **over: object) -> Row:
    """One logical row by audit7's rules: key D.C.I (I the first indicator's number), labels as printed."""
    d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
    ind = list(r["ind"])  # type: ignore[call-overload]
    e: Row = {f: "" for f in FIELDS}
    e.update(
        key=f"{d}.{c}.{ind[0].split('.')[0]}",
        dimension_no=d,
        component_no=c,
        papi=f"{d}.{c}",
        dimension=f"{d}. {DIMENSIONS[d]}",
        component=f"{c}. {COMPONENTS[(d, c)]}",
        indicators="\n".join(ind),
        tasks=r["tasks"],
        lead=r["lead"],
        coordinating=r["coordinating"],
        deadline=r["deadline"],
    )
    e.update(over)
    return e


# ---------------------------------------------------------------- the appendix table, with its variations
def trpr(row, tag: str) -> None:  # type: ignore[no-untyped-def]
    el = OxmlElement(tag)
    row._tr.get_or_add_trPr().append(el)


def header_rows(t, head: list[str], two: bool, repeat: bool) -> None:  # type: ignore[no-untyped-def]
    """One header row, or two: "Cơ quan thực hiện" over "Chủ trì" | "Phối hợp", the other labels merged down."""
    if not two:
        for c, lab in zip(t.add_row().cells, head):
            put(c, lab, bold=True, align="center", size=12)
        if repeat:
            repeat_header(t.rows[-1])
        return
    top, sub = t.add_row(), t.add_row()
    group = top.cells[4].merge(top.cells[5])
    put(group, GROUP_LABEL, bold=True, align="center", size=12)
    for cell, lab in zip(sub.cells[4:6], GROUP_SUB):
        put(cell, lab, bold=True, align="center", size=12)
    for i in (0, 1, 2, 3, 6):
        put(top.cells[i].merge(sub.cells[i]), head[i], bold=True, align="center", size=12)
    if repeat:
        repeat_header(top)
        repeat_header(sub)


def appendix_table(
    doc,
    rows: list[Row],
    *,
    header: str = "one",
    budget: bool = False,  # type: ignore[no-untyped-def]
    total: bool = False,
    cant_split: bool = False,
    empty_after: int | None = None,
    dash_row: int | None = None,
) -> tuple[object, list[int]]:
    """The province table of ``rows``; returns the table and each row's index in it.

    header "one" / "two" (grouped agency columns) / "none"; ``budget`` adds the Kinh phí column (the
    value of each row from BUDGETS by its place in PROVINCE_ROWS), ``total`` a "Tổng cộng" last row;
    ``empty_after`` an empty row after that row; ``dash_row`` the row whose agency cells are "-".
    """
    head = PROVINCE_HEAD + ([BUDGET_LABEL] if budget else [])
    t = doc.add_table(rows=0, cols=len(head))
    t.style = "Table Grid"
    t.autofit = False
    if header != "none":
        header_rows(t, head, header == "two", repeat=True)
    where: list[int] = []
    for i, r in enumerate(rows):
        k = next(j for j, x in enumerate(PROVINCE_ROWS) if (x["d"], x["c"]) == (r["d"], r["c"]))
        lead, coord = ("-", "-") if k == dash_row else (r["lead"], r["coordinating"])
        texts = ["\n".join(r["ind"]), r["tasks"], lead, coord, r["deadline"]]  # type: ignore[call-overload]
        texts += [BUDGETS[k]] if budget else []
        where.append(len(t.rows))
        for cell, x in zip(t.add_row().cells[2:], texts):
            put(cell, str(x), size=12)
        if empty_after is not None and i == empty_after:
            t.add_row()
    labels = [(f"{r['d']}. {DIMENSIONS[r['d']]}", f"{r['c']}. {COMPONENTS[(r['d'], r['c'])]}") for r in rows]  # type: ignore[index]
    for col in (0, 1):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or labels[i][col] != labels[start][col]:
                top = t.cell(where[start], col)
                if i - 1 > start:
                    top = top.merge(t.cell(where[i - 1], col))
                for p in top.paragraphs[1:]:
                    p._p.getparent().remove(p._p)
                put(top, labels[start][col], size=12)
                start = i
    if total:
        cells = t.add_row().cells
        put(cells[0].merge(cells[len(head) - 2]), TOTAL_LABEL, bold=True, align="center", size=12)
        put(cells[-1], TOTAL, bold=True, size=12)
    if cant_split:
        for row in t.rows:
            trpr(row, "w:cantSplit")
    widths(t, BUDGET_MM if budget else PROVINCE_MM)
    return t, where


# ---------------------------------------------------------------- footnotes (raw XML: python-docx has none)
def footnote_xml(notes: list[str]) -> bytes:
    """word/footnotes.xml: Word's two separators (ids -1, 0), then one footnote per text, ids 1, 2, ..."""
    sep = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
    )
    body_ = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
        f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr>'
        f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for i, text in enumerate(notes, 1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>{sep}{body_}'
        "</w:footnotes>"
    ).encode()


def add_footnotes(doc, t, where: list[int], notes=FOOTNOTES) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """Put a footnote mark after each anchor of ``notes`` in its cell; write the footnotes part."""
    out = []
    for n, (k, fld, anchor, text) in enumerate(notes, 1):
        cell = t.cell(where[k], COLUMN[fld])
        p = next(p for p in cell.paragraphs if p.text == anchor)
        p._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{n}"/></w:r>'
            )
        )
        out.append({"row": k, "field": fld, "anchor": anchor, "text": text, "number": n})
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, footnote_xml([f[3] for f in notes]), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    return out


# ---------------------------------------------------------------- one document
def build(d: Doc) -> None:
    v = d.variant
    doc = base()
    heading(doc, d)
    write_body(doc, body(d.unit, d.place))
    if "signature-after" not in v:
        signature(doc, d, as_table=False)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    orient(sec, True)
    appendix_title(doc, d)
    rows = list(PROVINCE_ROWS)
    if "cant-split" in v:  # a row that may not break must fit on a page: LibreOffice clips a taller one
        rows[2] = dict(rows[2], tasks="\n".join(str(rows[2]["tasks"]).split("\n")[:CANT_SPLIT_ITEMS]))
    exp = [expected(r) for r in rows]
    notes: list[dict[str, object]] = []
    if v & {"split-header", "split-no-header"}:
        appendix_table(doc, rows[:3])
        para(doc, CONTINUED, bold=True, italic=True)
        appendix_table(doc, rows[3:], header="one" if "split-header" in v else "none")
    elif "total" in v:
        appendix_table(doc, rows, budget=True, total=True)
        exp = [expected(r, budget=b) for r, b in zip(rows, BUDGETS)]
        para(doc, TOTAL_NOTE, italic=True, align="left")
    else:
        t, where = appendix_table(
            doc,
            rows,
            header="two" if "two-header-rows" in v else "one",
            cant_split="cant-split" in v,
            empty_after=EMPTY_ROW_AFTER if "empty-dash" in v else None,
            dash_row=DASH_ROW if "empty-dash" in v else None,
        )
        if "empty-dash" in v:
            exp[DASH_ROW] = expected(rows[DASH_ROW], lead="-", coordinating="-")
        if "footnotes" in v:
            notes = add_footnotes(doc, t, where)
            for f in notes:
                f["key"] = exp[int(f.pop("row"))]["key"]  # type: ignore[call-overload]
    if "notes" in v:
        for i, line in enumerate(NOTES):
            para(doc, line, bold=i == 0, italic=i == len(NOTES) - 1, align="left")
    if "signature-after" in v:
        para(doc, "")
        signature(doc, d, as_table=True)
    if "budget-table-after" in v:
        para(doc, "")
        para(doc, BUDGET_TITLE, bold=True)
        simple_table(doc, BUDGET_HEAD, BUDGET_ROWS, BUDGET_TABLE_MM)
    doc.save(str(HERE / f"{d.name}.docx"))
    juris = {"level": "province", "word": d.unit, "name": d.place, "province": d.province, "year": 2026}
    out = {
        "note": d.note,
        "jurisdiction": juris,
        "province_also": d.province_also,
        "rows": exp,
        "leaks": COMMON_LEAKS + d.leaks,
        "footnotes": notes,
    }
    (HERE / f"{d.name}.expected.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def to_pdf(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(HERE / f"{n}.docx") for n in names]
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/u",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                *files,
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for n in names:
            shutil.copy(Path(tmp) / f"{n}.pdf", HERE / f"{n}.pdf")


DOCS = [
    Doc(
        "a01-notes-and-source-under-table",
        "tỉnh",
        "Sơn La",
        "Sơn La",
        "a 'Ghi chú:' paragraph with two '- ' items and a 'Nguồn: ...' line right under the appendix table",
        {"notes"},
        leaks=NOTES_LEAKS,
    ),
    Doc(
        "a02-signature-table-after-appendix",
        "tỉnh",
        "Lạng Sơn",
        "Lạng Sơn",
        "no signature before the appendix: the borderless two-column table 'Nơi nhận: ...' | 'TM. ỦY BAN NHÂN "
        "DÂN / KT. CHỦ TỊCH / ...' right after the appendix table (one empty paragraph between)",
        {"signature-after"},
        leaks=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "(Đã ký)", "Bộ Nội vụ"],
    ),
    Doc(
        "a03-split-continued-header-repeated",
        "tỉnh",
        "Quảng Ninh",
        "Quảng Ninh",
        "the table split into two tables after its third row by a paragraph 'Phụ lục (tiếp theo)'; the second "
        "table repeats the header row",
        {"split-header"},
        leaks=CONTINUED_LEAKS,
    ),
    Doc(
        "a04-split-continued-no-header",
        "tỉnh",
        "Cao Bằng",
        "Cao Bằng",
        "as a03, the second table without a header row (same seven columns and widths)",
        {"split-no-header"},
        leaks=CONTINUED_LEAKS,
    ),
    Doc(
        "a05-total-row-and-note",
        "tỉnh",
        "Tuyên Quang",
        "Tuyên Quang",
        "an eighth column 'Kinh phí (triệu đồng)', a last row 'Tổng cộng' (merged over the first seven columns) "
        "| '1.250', then a 'Ghi chú:' paragraph",
        {"total"},
        leaks=TOTAL_LEAKS,
    ),
    Doc(
        "a06-rows-cant-split",
        "tỉnh",
        "Thái Nguyên",
        "Thái Nguyên",
        "every row marked not to break across pages (w:cantSplit): row 2.1.1's ten task items move whole to the "
        "next page, leaving white space under row 1.2.3",
        {"cant-split"},
    ),
    Doc(
        "a07-two-header-rows-grouped",
        "tỉnh",
        "Bắc Ninh",
        "Bắc Ninh",
        "two header rows, both repeated (w:tblHeader): 'Cơ quan thực hiện' merged over 'Chủ trì' | 'Phối hợp', "
        "the other labels merged down over both rows",
        {"two-header-rows"},
    ),
    Doc(
        "a08-footnotes-in-cells",
        "tỉnh",
        "Hưng Yên",
        "Hưng Yên",
        "Word footnotes (word/footnotes.xml, w:footnoteReference) after row 1.1.1's first indicator and after "
        "row 3.2.1's lead 'Thanh tra tỉnh'",
        {"footnotes"},
    ),
    Doc(
        "a09-empty-row-and-dash-agencies",
        "tỉnh",
        "Quảng Ngãi",
        "Quảng Ngãi",
        "an empty table row after row 2.1.1, and row 5.3.1 with only '-' in both agency columns",
        {"empty-dash"},
    ),
    Doc(
        "a10-budget-table-after-appendix",
        "tỉnh",
        "Đồng Nai",
        "Đồng Nai",
        "after the appendix table, in the same section: a title paragraph and a seven-column budget table "
        "(TT | Nội dung | Kinh phí (triệu đồng) | Nguồn kinh phí | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian)",
        {"budget-table-after"},
        leaks=BUDGET_LEAKS,
    ),
]


if __name__ == "__main__":
    only: Callable[[Doc], bool] = (lambda d: d.name in sys.argv[1:]) if sys.argv[1:] else (lambda d: True)
    chosen = [d for d in DOCS if only(d)]
    for d in chosen:
        build(d)
    if chosen:
        to_pdf([d.name for d in chosen])
