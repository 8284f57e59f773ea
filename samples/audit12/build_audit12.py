"""Build the twelfth audit's plans: pairs of years of one province and one commune.

    /work/main/.venv/bin/python samples/audit12/build_audit12.py     (needs python-docx, soffice, chromium)

Each document is an appendix as issued on its own (landscape for the province, portrait for the
commune): "PHỤ LỤC / NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM <year> / (Kèm theo Kế hoạch số
45/KH-UBND ngày 12/3/<year> của UBND tỉnh Hà Tĩnh)" and its table, built with audit7's python-docx
helpers (``samples/audit7/build_audit7.py``): the province table has dimension and component as
vertically merged columns and numbered indicators, the header row repeated; the commune table is
audit7's five columns with section rows. The rows come from ``audit12_data.py`` (the base plan and one
edit per case). PDFs are LibreOffice's export (own profile, -env:UserInstallation); one PDF is the
same plan as an HTML page printed by Chromium.

Writes samples/audit12/<doc>.docx, <doc>.pdf and <case>.expected.json (from audit12_expected.py,
written by hand).
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "audit7")]
import audit12_data as D  # noqa: E402
from audit12_expected import EXPECTED  # noqa: E402
from build_audit7 import base, orient, para, put, repeat_header, widths  # noqa: E402

LABEL = {
    "ind": "Chỉ tiêu",
    "tasks": "Nhiệm vụ, giải pháp",
    "lead": "Cơ quan chủ trì",
    "coord": "Cơ quan phối hợp",
    "deadline": "Thời gian thực hiện",
    "budget": "Kinh phí",
    "deadline2": "Thời hạn hoàn thành",
    "result": "Sản phẩm",
}
MM = {6: [30, 30, 50, 90, 30, 37], 7: [30, 30, 45, 80, 28, 32, 22], 8: [27, 27, 42, 72, 26, 30, 21, 22]}
COLS7 = ("ind", "tasks", "lead", "coord", "deadline")
COMMUNE_HEAD = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
COMMUNE_MM = [10, 78, 32, 38, 22]


def labels(r: dict[str, object], dims: dict[int, str], style: str = "") -> tuple[str, str]:
    """The group labels as printed: "1. Tham gia ..." / "2. Cơ hội tham gia", or with style "roman"
    "I. Tham gia ..." / "1.2. Cơ hội tham gia".
    """
    d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
    comp = str(r.get("comp") or D.COMPONENTS[(d, c)])
    if style == "roman":
        return f"{D.ROMAN[d]}. {dims.get(d, D.DIMENSIONS[d])}", f"{d}.{c}. {comp}"
    return f"{d}. {dims.get(d, D.DIMENSIONS[d])}", f"{c}. {comp}"


def title(doc, year: int, unit: str, place: str | None) -> None:  # type: ignore[no-untyped-def]
    para(doc, "PHỤ LỤC", bold=True)
    para(doc, f"NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM {year}", bold=True)
    if place is not None:  # None: no Kèm theo line at all
        para(
            doc,
            f"(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/{year} của UBND {unit} {place})".replace(" )", ")"),
            italic=True,
        )
    para(doc, "")


def province_docx(
    name: str,
    rows: list[dict[str, object]],
    year: int,
    cols: tuple[str, ...] = COLS7,
    dims: dict[int, str] | None = None,
    pad: int = 0,
    style: str = "",
    place: str | None = D.PROVINCE,
    merge: tuple[tuple[str, int, int], ...] = (),
) -> None:
    """``merge``: (column, first row, last row) of body cells merged vertically (rows from 0), the text
    written once, as plans do where consecutive rows share a lead body or a deadline.
    """
    doc = base()
    orient(doc.sections[0], True)
    for _ in range(pad):
        para(doc, "")
    title(doc, year, "tỉnh", place)
    head = ["Chỉ số nội dung", "Nội dung thành phần"] + [LABEL[c] for c in cols]
    t = doc.add_table(rows=0, cols=len(head))
    t.style = "Table Grid"
    t.autofit = False
    for cell, lab in zip(t.add_row().cells, head):
        put(cell, lab, bold=True, align="center", size=12)
    repeat_header(t.rows[0])
    labs = [labels(r, dims or {}, style) for r in rows]
    for r in rows:
        cells = t.add_row().cells
        for cell, col in zip(cells[2:], cols):
            text = "\n".join(r["ind"]) if col == "ind" else str(r["deadline" if col == "deadline2" else col])  # type: ignore[call-overload]
            put(cell, text, size=12)
    for col in (0, 1):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or labs[i][col] != labs[start][col] or labs[i][0] != labs[start][0]:
                top = t.cell(start + 1, col)
                if i - 1 > start:
                    top = top.merge(t.cell(i, col))
                for p in top.paragraphs[1:]:
                    p._p.getparent().remove(p._p)
                put(top, labs[start][col], size=12)
                start = i
    for col, first, last in merge:
        k = 2 + cols.index(col)
        top = t.cell(first + 1, k).merge(t.cell(last + 1, k))
        for p in top.paragraphs[1:]:
            p._p.getparent().remove(p._p)
    widths(t, MM[len(head)])
    doc.save(str(HERE / f"{name}.docx"))


def commune_docx(name: str, rows: list[dict[str, object]], year: int) -> None:
    doc = base()
    title(doc, year, "xã", D.COMMUNE)
    t = doc.add_table(rows=0, cols=len(COMMUNE_HEAD))
    t.style = "Table Grid"
    t.autofit = False
    for c, lab in zip(t.add_row().cells, COMMUNE_HEAD):
        put(c, lab, bold=True, align="center")
    repeat_header(t.rows[0])
    last = (0, 0)
    for i, r in enumerate(rows, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        for text, new in (
            (f"{D.ROMAN[d]}. {D.DIMENSIONS[d]}", d != last[0]),
            (f"{c}. {D.COMPONENTS[(d, c)]}", (d, c) != last),
        ):
            if new:
                cells = t.add_row().cells
                put(cells[0].merge(cells[-1]), text, bold=True)
        last = (d, c)
        for cell, x in zip(t.add_row().cells, [str(i), r["tasks"], r["lead"], r["coord"], r["deadline"]]):
            put(cell, str(x))
    widths(t, COMMUNE_MM)
    doc.save(str(HERE / f"{name}.docx"))


def html_pdf(name: str, rows: list[dict[str, object]], year: int) -> None:
    """The province plan as an HTML page (rowspan group cells, header in <thead>) printed by Chromium."""
    e = html.escape
    labs = [labels(r, {}) for r in rows]
    trs = []
    for i, r in enumerate(rows):
        tds = ""
        for col in (0, 1):
            if i == 0 or labs[i - 1][col] != labs[i][col]:
                n = 1
                while i + n < len(rows) and labs[i + n][col] == labs[i][col]:
                    n += 1
                tds += f'<td rowspan="{n}">{e(labs[i][col])}</td>'
        for col in COLS7:
            text = "\n".join(r["ind"]) if col == "ind" else str(r[col])  # type: ignore[call-overload]
            tds += "<td>" + "<br>".join(e(x) for x in text.split("\n")) + "</td>"
        trs.append(f"<tr>{tds}</tr>")
    head = ["Chỉ số nội dung", "Nội dung thành phần"] + [LABEL[c] for c in COLS7]
    cols = "".join(f'<col style="width:{w}mm">' for w in MM[7])
    page = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{e(name)}</title><style>
@page {{ size: A4 landscape; margin: 18mm 15mm; }}
body {{ font-family: 'Liberation Serif'; font-size: 13pt; }} p {{ margin: 0 0 4pt 0; }}
.c {{ text-align: center; font-weight: bold; }} .i {{ text-align: center; font-style: italic; }}
table {{ border-collapse: collapse; width: 100%; font-size: 12pt; }}
td, th {{ border: 0.6pt solid black; padding: 2pt; vertical-align: top; }}
</style></head><body><p class=c>PHỤ LỤC</p><p class=c>NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM {year}</p>
<p class=i>(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/{year} của UBND tỉnh {e(D.PROVINCE)})</p><br>
<table><colgroup>{cols}</colgroup><thead><tr>{"".join(f"<th>{e(h)}</th>" for h in head)}</tr></thead>
<tbody>{"".join(trs)}</tbody></table></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/prof",
                "--no-pdf-header-footer",
                f"--print-to-pdf={HERE / (name + '.pdf')}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )


def to_pdf(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(HERE / f"{n}.docx") for n in names]
        subprocess.run(
            [
                "soffice",
                "-env:UserInstallation=file:///tmp/lo-audit12",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                *files,
            ],
            check=True,
            capture_output=True,
            timeout=900,
        )
        for n in names:
            shutil.copy(Path(tmp) / f"{n}.pdf", HERE / f"{n}.pdf")


def resave(src: str, dst: str) -> None:
    """The DOCX opened and saved again as DOCX by LibreOffice (MS Word 2007 XML filter)."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(HERE / f"{src}.docx", Path(tmp) / f"{dst}.odt.docx")
        subprocess.run(
            [
                "soffice",
                "-env:UserInstallation=file:///tmp/lo-audit12",
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                f"{tmp}/out",
                f"{tmp}/{dst}.odt.docx",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copy(Path(tmp) / "out" / f"{dst}.odt.docx", HERE / f"{dst}.docx")


def build() -> None:
    b = D.base
    province_docx("p2026-base", b(), 2026)
    province_docx("p2027-c02-wording", D.c02_wording(b()), 2027)
    province_docx("p2027-c02p-punctuation", D.c02p_punctuation(b()), 2027)
    province_docx("p2027-c03-rows", D.c03_rows(b()), 2027)
    province_docx("p2027-c04-agency-spelling", D.c04_spelling(b()), 2027)
    province_docx("p2027-c05-roles", D.c05_roles(b()), 2027)
    province_docx("p2025-c06-old", D.c06_old_2025(b()), 2025)
    province_docx("p2026-c06-new", D.c06_new_2026(b()), 2026)
    province_docx("p2027-c07-padded", b(), 2027, pad=14)
    province_docx("p2027-c08-groups", D.c08_groups(b()), 2027, dims={2: D.C08_DIM2})
    province_docx("p2026-c09-no-deadline", b(), 2026, cols=("ind", "tasks", "lead", "coord"))
    province_docx("p2027-c09-extra-columns", b(), 2027, cols=COLS7 + ("budget",))
    province_docx("p2024-c04b-old", D.c04b_old_2024(D.c06_old_2025(b())), 2024)
    province_docx("p2025-c04b-new", D.c04b_new_2025(D.c06_old_2025(b())), 2025)
    province_docx("p2027-c08b-label-style", b(), 2027, style="roman")
    province_docx("p2027-c12-renumbered-and-changed", D.c12_renumbered_and_changed(b()), 2027)
    province_docx("p2027-c13-swap", D.c13_swap(b()), 2027)
    province_docx("p2027-c14-indicator-reworded", D.c14_indicator_reworded(b()), 2027)
    province_docx("p2027-c16-split-row", D.c16_split_row(b()), 2027)
    province_docx("p2027-c17-reordered", D.c17_reordered(b()), 2027)
    province_docx("p2026-c18-old", D.c18_old(b()), 2026)
    province_docx("p2027-c18-new", D.c18_new(b()), 2027)
    commune_docx("x2027-c15-commune", D.c15_commune_insert_reword([dict(r) for r in D.COMMUNE_BASE]), 2027)
    province_docx("p2026-c20-old", D.c20_old(b()), 2026)
    province_docx("p2027-c20-new", D.c20_new(b()), 2027)
    province_docx("p2027-c21-numbers", D.c21_numbers(b()), 2027)
    province_docx("p2026-c22-old", D.c22_old(b()), 2026)
    province_docx("p2027-c22-new", D.c22_new(b()), 2027)
    province_docx("p2027-c23-unnamed-issuer", b(), 2027, place="")
    province_docx("p2025-c24-quang-binh", b(), 2025, place="Quảng Bình")
    province_docx("p2026-c24-quang-tri", b(), 2026, place="Quảng Trị")
    province_docx(
        "p2027-c09c-deadline-header-and-result",
        D.with_result(b()),
        2027,
        cols=("ind", "tasks", "lead", "coord", "deadline2", "result"),
    )
    province_docx("p2027-c25-component-inserted", D.c25_component_inserted(b()), 2027)
    province_docx("p2026-c26-old", D.c26_old(b()), 2026)
    province_docx("p2027-c26-new", D.c26_new(b()), 2027)
    province_docx("p2027-c26b-new", D.c26b_new(b()), 2027)
    province_docx("p2027-c27-cosmetic-lists", D.c27_cosmetic(b()), 2027)
    province_docx("p2027-c28-nfd", D.c28_nfd(b()), 2027)
    province_docx("p2027-c29-merged-body-cells", b(), 2027, merge=(("lead", 1, 2), ("deadline", 1, 2)))
    province_docx("p2026-c04c-old", D.c04c_old(b()), 2026)
    province_docx("p2027-c04c-new", D.c04c_new(b()), 2027)
    province_docx("p2026-c30-merged-indicator", D.c30_two_task_rows(b()), 2026, merge=(("ind", 0, 1),))
    commune_docx("x2026-commune", [dict(r) for r in D.COMMUNE_BASE], 2026)
    commune_docx("x2027-commune", D.c11_commune([dict(r) for r in D.COMMUNE_BASE]), 2027)
    to_pdf(sorted(p.stem for p in HERE.glob("*.docx") if p.stem != "p2027-c01c-resaved"))
    resave("p2026-base", "p2027-c01c-resaved")
    html_pdf("p2026-base-chromium", b(), 2026)


def write_expected() -> None:
    for case, exp in EXPECTED.items():
        out = {"case": case, "changes_made": D.CHANGES[case], **exp}
        (HERE / f"{case}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    if sys.argv[1:] != ["--expected-only"]:
        build()
    write_expected()
