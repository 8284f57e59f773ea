"""Build the third audit's documents and their expected rows (see README.md).

    /tmp/audit3-venv/bin/python samples/audit3/build_audit3.py [NAME ...]

Needs, in a private venv: typst, fpdf2, pymupdf, python-docx (pip); on the machine: chromium,
soffice (LibreOffice), gs and ps2pdf (Ghostscript), pdftops and pdftoppm (poppler-utils),
tesseract with the ``vie`` data, DejaVu fonts under /usr/share/fonts/truetype/dejavu.
Every expected row comes from ``audit3_data`` by the rules stated there, never from phuluc.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from audit3_data import COMPONENTS, DIMENSIONS, ROMAN, ROWS  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIELDS = (
    "key",
    "dimension_no",
    "component_no",
    "papi",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
    "expected_result",
    "budget",
)


def title_lines(place: str, number: str) -> list[str]:
    return [
        "PHỤ LỤC",
        "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026",
        f"(Kèm theo Kế hoạch số {number}/KH-UBND ngày 12 tháng 3 năm 2026 của UBND {place})",
    ]


def indicators(row: dict[str, object]) -> str:
    return "\n".join(f"{n}. {t}" for n, t in row["ind"])  # type: ignore[attr-defined]


# Label styles: how a document prints its dimension / component labels.
def dim_upper_roman(d: int) -> str:
    return f"{ROMAN[d]}. {DIMENSIONS[d].upper()}"


def comp_dotted(d: int, c: int) -> str:
    return f"{d}.{c}. {COMPONENTS[(d, c)]}"


def dim_arabic(d: int) -> str:
    return f"{d}. {DIMENSIONS[d]}"


def comp_plain(d: int, c: int) -> str:
    return f"{c}. {COMPONENTS[(d, c)]}"


def expected(
    rows: list[dict[str, object]],
    dim: Callable[[int], str],
    comp: Callable[[int, int], str],
    stt: str | None = None,
    deadline: bool = True,
) -> list[dict[str, object]]:
    """The logical rows a document holding ``rows`` must give, by the README's rules."""
    out: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    for i, r in enumerate(rows, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        key = f"{d}.{c}.{r['ind'][0][0]}"  # type: ignore[index]
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key += f"-{seen[key]}"
        e: dict[str, object] = {f: "" for f in FIELDS}
        e.update(
            key=key,
            dimension_no=d,
            component_no=c,
            papi=f"{d}.{c}",
            dimension=dim(d),
            component=comp(d, c),
            indicators=indicators(r),
            tasks=r["tasks"],
            lead=r["lead"],
            coordinating=r["coordinating"],
            deadline=r["deadline"] if deadline else "",
        )
        if stt:
            e["extra"] = {stt: str(i)}
        out.append(e)
    return out


def write_expected(name: str, rows: list[dict[str, object]]) -> None:
    (HERE / f"{name}.expected.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def run(cmd: list[str], **kw: object) -> None:
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


# ---------------------------------------------------------------- c1: Typst
def typst_str(text: str) -> str:
    """A Typst string literal for one line (nothing in it is markup)."""
    return '#"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typst_cell(text: str) -> str:
    return "[" + " \\ ".join(typst_str(line) for line in text.split("\n")) + "]"


def build_c1_typst() -> None:
    """A4 landscape, DejaVu Sans 9 pt, ``table.header(repeat: true)``, group rows across the
    table (colspan), the indicator column headed "Nội dung / Chỉ số"; Typst breaks rows across
    pages.
    """
    typst_doc("c1-typst-header-repeat", "Nội dung / Chỉ số")


def build_c1b_typst() -> None:
    """c1 with the indicator column headed "Chỉ tiêu" (the README's word), to see the page-split
    rows apart from the header wording.
    """
    typst_doc("c1b-typst-chi-tieu", "Chỉ tiêu")


def build_c10_typst_footnote() -> None:
    """c1b with a footnote on the title line and a 1 cm bottom margin: Typst sets the footnote at
    the foot of page 1, right under row 2.1.1, which the page break cuts (pages 1-2).
    """
    typst_doc("c10-typst-footnote-under-cut-row", "Chỉ tiêu", footnotes=True)


FOOTNOTES = [
    "Năm 2025, Chỉ số PAPI của tỉnh đạt 41,87 điểm, xếp thứ 38/63 tỉnh, thành phố; giảm 4 bậc so với năm 2024.",
    "Tên cơ quan, đơn vị ghi theo tổ chức bộ máy sau sắp xếp từ ngày 01/7/2025; các sở có tên mới thực hiện "
    "nhiệm vụ của sở cũ tương ứng.",
]


def typst_doc(name: str, indicator_label: str, footnotes: bool = False, out: Path | None = None) -> None:
    import typst

    head = ["TT", indicator_label, "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    cells: list[str] = []
    last: tuple[int, int] = (0, 0)
    for i, r in enumerate(ROWS, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        if d != last[0]:
            cells.append(f"table.cell(colspan: 6, fill: luma(235))[*{typst_str(dim_upper_roman(d))}*]")
        if (d, c) != last:
            cells.append(f"table.cell(colspan: 6)[_{typst_str(comp_dotted(d, c))}_]")
        last = (d, c)
        cells += [
            typst_cell(str(i)),
            typst_cell(indicators(r)),
            typst_cell(str(r["tasks"])),
            typst_cell(str(r["lead"])),
            typst_cell(str(r["coordinating"])),
            typst_cell(str(r["deadline"])),
        ]
    title = title_lines("tỉnh Nghệ An", "45")
    notes = "".join(f"#footnote[{typst_str(n)}]" for n in FOOTNOTES[:1]) if footnotes else ""
    src = f"""#set page(paper: "a4", flipped: true, margin: (x: 1.6cm, top: 1.8cm, bottom: {"1.0cm" if footnotes else "1.8cm"}))
#set text(font: "DejaVu Sans", size: 9pt, lang: "vi")
#align(center)[*{typst_str(title[0])}* \\ *{typst_str(title[1])}* \\ _{typst_str(title[2])}_{notes}]
#v(0.6em)
#table(
  columns: (2.4em, 1.6fr, 3fr, 1.1fr, 1.5fr, 0.9fr),
  stroke: 0.5pt,
  inset: 4pt,
  table.header(repeat: true, {", ".join(f"[*{typst_str(h)}*]" for h in head)}),
  {("," + chr(10) + "  ").join(cells)}
)
"""
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "plan.typ"
        p.write_text(src, encoding="utf-8")
        (out or HERE / f"{name}.pdf").write_bytes(typst.compile(str(p), font_paths=[str(FONTS)]))
    if out is None:
        write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="TT"))


def build_c14_typst_rowspan() -> None:
    """Typst, A4 portrait, DejaVu Sans 8.5 pt, ``table.header(repeat: true)``, dimension and
    component as rowspan cells (``table.cell(rowspan: n)``) that Typst breaks across pages with
    the rows they span; header "Chỉ số nội dung | Nội dung thành phần | Chỉ tiêu | Nhiệm vụ, giải
    pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn".
    """
    import typst

    name = "c14-typst-rowspan"
    head = [
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn",
    ]
    span_d = {d: sum(1 for r in ROWS if r["d"] == d) for d in DIMENSIONS}
    span_c = {k: sum(1 for r in ROWS if (r["d"], r["c"]) == k) for k in COMPONENTS}
    cells: list[str] = []
    last = (0, 0)
    for r in ROWS:
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        if d != last[0]:
            cells.append(f"table.cell(rowspan: {span_d[d]}){typst_cell(dim_arabic(d))}")
        if (d, c) != last:
            cells.append(f"table.cell(rowspan: {span_c[(d, c)]}){typst_cell(comp_plain(d, c))}")
        last = (d, c)
        cells += [typst_cell(str(x)) for x in (indicators(r), r["tasks"], r["lead"], r["coordinating"], r["deadline"])]
    title = title_lines("tỉnh Lào Cai", "14")
    src = f"""#set page(paper: "a4", margin: (x: 1.4cm, y: 1.6cm))
#set text(font: "DejaVu Sans", size: 8.5pt, lang: "vi")
#align(center)[*{typst_str(title[0])}* \\ *{typst_str(title[1])}* \\ _{typst_str(title[2])}_]
#v(0.5em)
#table(
  columns: (1.1fr, 1.1fr, 1.6fr, 2.6fr, 1fr, 1.2fr, 0.8fr),
  stroke: 0.5pt,
  inset: 3.5pt,
  table.header(repeat: true, {", ".join(f"[*{typst_str(h)}*]" for h in head)}),
  {("," + chr(10) + "  ").join(cells)}
)
"""
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "plan.typ"
        p.write_text(src, encoding="utf-8")
        (HERE / f"{name}.pdf").write_bytes(typst.compile(str(p), font_paths=[str(FONTS)]))
    write_expected(name, expected(ROWS, dim_arabic, comp_plain))


def build_c13_two_up() -> None:
    """c2's three fpdf2 pages printed two to a sheet (A4 landscape, "2 trang trên 1 tờ", as a
    print-to-PDF driver's n-up does): two copies of the table, each under its own header, side by
    side on sheet 1; page 3 alone on the left of sheet 2. The vectors and text are kept.
    """
    import pymupdf

    name = "c13-two-up-side-by-side"
    with tempfile.TemporaryDirectory() as tmp:
        src_path = Path(tmp) / "plan.pdf"
        fpdf2_pdf(src_path)
        src = pymupdf.open(src_path)
        out = pymupdf.open()
        w, h = pymupdf.paper_size("a4-l")
        for first in range(0, len(src), 2):
            sheet = out.new_page(width=w, height=h)
            for k in range(2):
                if first + k < len(src):
                    sheet.show_pdf_page(pymupdf.Rect(k * w / 2 + 10, 10, (k + 1) * w / 2 - 10, h - 10), src, first + k)
        out.ez_save(HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))


def build_c15_fit_to_page() -> None:
    """c2's pages each drawn, scaled to 88 %, centred on an A4 page (as "fit to printable area"
    printing to PDF does): every page's content is one Form XObject under a scaling matrix.
    """
    import pymupdf

    name = "c15-fit-to-page-xobject"
    with tempfile.TemporaryDirectory() as tmp:
        src_path = Path(tmp) / "plan.pdf"
        fpdf2_pdf(src_path)
        src = pymupdf.open(src_path)
        out = pymupdf.open()
        w, h = pymupdf.paper_size("a4")
        m = 0.06
        for i in range(len(src)):
            out.new_page(width=w, height=h).show_pdf_page(pymupdf.Rect(w * m, h * m, w * (1 - m), h * (1 - m)), src, i)
        out.ez_save(HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))


def build_c16_owner_password() -> None:
    """c2 with an owner password only (no user password; printing allowed, copying and editing
    not), RC4 128-bit as fpdf2 writes it: every viewer opens it without asking.
    """
    from fpdf.enums import AccessPermission

    name = "c16-fpdf2-owner-password"
    with tempfile.TemporaryDirectory() as tmp:
        fpdf2_pdf(
            Path(tmp) / "plan.pdf",
            owner_password="ubnd-2026",
            permissions=AccessPermission.PRINT_LOW_RES | AccessPermission.PRINT_HIGH_RES,
        )
        shutil.copy(Path(tmp) / "plan.pdf", HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))


# ---------------------------------------------------------------- c2: fpdf2
def fpdf2_rowspan_pdf(path: Path) -> None:
    """fpdf2, A4 landscape, the dimension label in every row, the component as a rowspan cell."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, 14)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    t = title_lines("tỉnh Yên Bái", "73")
    for line in t[:2]:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, t[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    head = [
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
    ]
    span_c = {k: sum(1 for r in ROWS if (r["d"], r["c"]) == k) for k in COMPONENTS}
    with pdf.table(
        col_widths=(30, 30, 48, 76, 26, 36, 23),
        repeat_headings=1,
        line_height=4.6,
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD"),
        padding=1.2,
    ) as table:
        row = table.row()
        for h in head:
            row.cell(h)
        last = (0, 0)
        for r in ROWS:
            d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
            row = table.row()
            row.cell(dim_arabic(d))  # fpdf2 keeps a rowspan group on one page: dimension 2 is too tall
            if (d, c) != last:
                row.cell(comp_plain(d, c), rowspan=span_c[(d, c)])
            last = (d, c)
            for text in (indicators(r), str(r["tasks"]), str(r["lead"]), str(r["coordinating"]), str(r["deadline"])):
                row.cell(text)
    pdf.output(str(path))


def build_c12_fpdf2_rowspan() -> None:
    """fpdf2 ``table()``, A4 landscape, repeated headings, the dimension label repeated in every
    row and the component as a rowspan cell (fpdf2 refuses a rowspan group taller than a page, so
    the dimension cannot be one); a row that does not fit moves whole to the next page.
    """
    name = "c12-fpdf2-rowspan"
    fpdf2_rowspan_pdf(HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_arabic, comp_plain))


def fpdf2_pdf(path: Path, owner_password: str = "", permissions: object = None) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="P", format="A4")
    if owner_password:
        pdf.set_encryption(owner_password=owner_password, permissions=permissions)
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    t = title_lines("tỉnh Hà Tĩnh", "27")
    for line in t[:2]:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, t[2], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    head = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    bold = FontFace(emphasis="BOLD")
    with pdf.table(
        col_widths=(9, 38, 62, 24, 30, 17),
        repeat_headings=1,
        line_height=4.4,
        text_align="LEFT",
        headings_style=bold,
        padding=1.2,
    ) as table:
        row = table.row()
        for h in head:
            row.cell(h)
        last = (0, 0)
        for i, r in enumerate(ROWS, 1):
            d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
            if d != last[0]:
                table.row().cell(dim_upper_roman(d), colspan=6, style=bold)
            if (d, c) != last:
                table.row().cell(comp_dotted(d, c), colspan=6)
            last = (d, c)
            row = table.row()
            for text in (
                str(i),
                indicators(r),
                str(r["tasks"]),
                str(r["lead"]),
                str(r["coordinating"]),
                str(r["deadline"]),
            ):
                row.cell(text)
    pdf.output(str(path))


def build_c2_fpdf2() -> None:
    """fpdf2 ``table()`` with repeated headings, DejaVu Sans 9 pt, A4 portrait, group rows
    (colspan); fpdf2 moves a row that does not fit whole to the next page.
    """
    name = "c2-fpdf2-table"
    fpdf2_pdf(HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))


# ---------------------------------------------------------------- HTML (c3 Story, c4 Chromium)
def html_table(rowspan: bool, head: list[str], css: str, place: str, number: str) -> str:
    """The plan as one HTML page. ``rowspan``: dimension and component as merged first
    columns; else group rows across the table under an STT column.
    """
    t = [html.escape(x) for x in title_lines(place, number)]
    out = [
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
        f"<p class='t'><b>{t[0]}<br/>{t[1]}</b><br/><i>{t[2]}</i></p>",
        "<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr></thead><tbody>",
    ]

    def cell(text: str, extra: str = "") -> str:
        return f"<td{extra}>" + "<br/>".join(html.escape(x) for x in text.split("\n")) + "</td>"

    if rowspan:
        span_d = {d: sum(1 for r in ROWS if r["d"] == d) for d in DIMENSIONS}
        span_c = {k: sum(1 for r in ROWS if (r["d"], r["c"]) == k) for k in COMPONENTS}
        last = (0, 0)
        for r in ROWS:
            d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
            tds = ""
            if d != last[0]:
                tds += cell(dim_arabic(d), f" rowspan='{span_d[d]}'")
            if (d, c) != last:
                tds += cell(comp_plain(d, c), f" rowspan='{span_c[(d, c)]}'")
            last = (d, c)
            tds += "".join(cell(str(x)) for x in (indicators(r), r["tasks"], r["lead"], r["coordinating"]))
            out.append(f"<tr>{tds}</tr>")
    else:
        last = (0, 0)
        n = len(head)
        for i, r in enumerate(ROWS, 1):
            d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
            if d != last[0]:
                out.append(f"<tr class='g'><td colspan='{n}'><b>{html.escape(dim_upper_roman(d))}</b></td></tr>")
            if (d, c) != last:
                out.append(f"<tr><td colspan='{n}'><i>{html.escape(comp_dotted(d, c))}</i></td></tr>")
            last = (d, c)
            out.append(
                "<tr>"
                + "".join(
                    cell(str(x)) for x in (i, indicators(r), r["tasks"], r["lead"], r["coordinating"], r["deadline"])
                )
                + "</tr>"
            )
    out.append("</tbody></table></body></html>")
    return "\n".join(out)


def build_c3_story() -> None:
    """PyMuPDF ``Story`` (MuPDF's own HTML layout), A4 landscape, DejaVu Sans 9 pt, dimension
    and component as rowspan columns, header "Chỉ số nội dung | Nội dung thành phần | Chỉ tiêu |
    Nhiệm vụ và giải pháp | Cơ quan chủ trì | Cơ quan phối hợp" (no deadline column).
    """
    import pymupdf

    name = "c3-pymupdf-story-rowspan"
    head = [
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ và giải pháp",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
    ]
    css = (
        "@font-face {font-family: dv; src: url(DejaVuSans.ttf);} "
        "@font-face {font-family: dv; src: url(DejaVuSans-Bold.ttf); font-weight: bold;} "
        "body {font-family: dv; font-size: 9pt;} p.t {text-align: center;} "
        "table {border-collapse: collapse; width: 100%;} "
        "td, th {border: 0.6pt solid black; padding: 3pt; vertical-align: top;}"
    )
    doc_html = html_table(True, head, css, "tỉnh Quảng Bình", "61")
    story = pymupdf.Story(html=doc_html, archive=pymupdf.Archive(str(FONTS)))
    writer = pymupdf.DocumentWriter(str(HERE / f"{name}.pdf"))
    box = pymupdf.paper_rect("a4-l")
    where = box + (40, 40, -40, -40)
    more = 1
    while more:
        dev = writer.begin_page(box)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    # Story embeds the whole fonts (1.5 MB): subset them, as a producer saving for the web would
    doc = pymupdf.open(HERE / f"{name}.pdf")
    doc.subset_fonts()
    doc.ez_save(HERE / f"{name}.sub.pdf")
    doc.close()
    (HERE / f"{name}.sub.pdf").replace(HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_arabic, comp_plain, deadline=False))


CHROME_CSS = (
    "@page {size: A4 portrait; margin: 16mm 14mm;} body {font-family: 'DejaVu Serif'; font-size: 10pt;} "
    "p.t {text-align: center;} table {border-collapse: collapse; width: 100%;} "
    "thead {display: table-header-group;} "
    "td, th {border: 0.7pt solid #000; padding: 3px 4px; vertical-align: top;} tr.g td {background: #eee;}"
)


def build_c4_chromium_gs() -> None:
    """Chromium print of an HTML table (thead repeated, group rows, DejaVu Serif 10 pt, A4
    portrait, bold header), then re-distilled by Ghostscript ``pdfwrite``: fonts subset and
    re-encoded. Ghostscript 10.0.0 writes wrong ToUnicode entries for many Vietnamese glyphs
    (pdftotext reads "Chá tiêu" for "Chỉ tiêu", "cāa" for "của"); the raw Chromium PDF reads right.
    """
    chromium_gs("c4-chromium-gs-redistilled", CHROME_CSS)


def build_c4b_chromium_gs_plain_header() -> None:
    """c4 with the header cells in regular weight: Ghostscript's wrong ToUnicode entries then
    leave the header words readable, while body text still has wrong letters.
    """
    chromium_gs("c4b-chromium-gs-plain-header", CHROME_CSS + " th {font-weight: normal;}")


def build_c18_chromium_header_footer() -> None:
    """c4's HTML printed by Chromium with its default page header and footer (the date and the
    document title at the top, the file URL and "N/M" at the bottom of every page), no Ghostscript.
    """
    name = "c18-chromium-print-header-footer"
    head = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ke-hoach-papi-2026.html"
        page = html_table(False, head, CHROME_CSS, "tỉnh Quảng Trị", "88")
        page = page.replace("<head>", "<head><title>Kế hoạch cải thiện Chỉ số PAPI năm 2026</title>", 1)
        src.write_text(page, encoding="utf-8")
        run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/prof",
                f"--print-to-pdf={HERE / (name + '.pdf')}",
                src.as_uri(),
            ],
            capture_output=True,
        )
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))


def chromium_gs(name: str, css: str) -> None:
    head = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan.html"
        src.write_text(html_table(False, head, css, "tỉnh Quảng Trị", "88"), encoding="utf-8")
        raw = Path(tmp) / "raw.pdf"
        run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/prof",
                "--no-pdf-header-footer",
                f"--print-to-pdf={raw}",
                src.as_uri(),
            ],
            capture_output=True,
        )
        run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=pdfwrite",
                f"-sOutputFile={HERE / (name + '.pdf')}",
                str(raw),
            ]
        )
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))


# ---------------------------------------------------------------- python-docx (c5, c6, c7)
def _docx_base(landscape: bool):  # type: ignore[no-untyped-def]
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(18)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    return doc


def _title(doc, place: str, number: str) -> None:  # type: ignore[no-untyped-def]
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for i, line in enumerate(title_lines(place, number)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run_ = p.add_run(line)
        run_.bold = i < 2
        run_.italic = i == 2


def _set_cell(cell, text: str, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    cell.paragraphs[0].add_run(lines[0]).bold = bold
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).bold = bold


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _widths(table, mm: list[float]) -> None:  # type: ignore[no-untyped-def]
    from docx.shared import Mm

    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, mm):
            cell.width = Mm(w)


def _merged_table(doc, rows: list[dict[str, object]], head: list[str], mm: list[float]) -> None:  # type: ignore[no-untyped-def]
    """One table: dimension and component as vertically merged first columns (vMerge)."""
    table = doc.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, head):
        _set_cell(cell, h, bold=True)
    _repeat_header(table.rows[0])
    for i, r in enumerate(rows, 1):
        cells = table.rows[i].cells
        for j, text in enumerate((indicators(r), r["tasks"], r["lead"], r["coordinating"], r["deadline"]), 2):
            _set_cell(cells[j], str(text))
    # merge runs of the same dimension / component
    for col, key in ((0, lambda r: (r["d"],)), (1, lambda r: (r["d"], r["c"]))):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or key(rows[i]) != key(rows[start]):
                r = rows[start]
                d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
                top = table.cell(start + 1, col)
                if i - 1 > start:
                    top = top.merge(table.cell(i, col))
                _set_cell(top, dim_arabic(d) if col == 0 else comp_plain(d, c))
                start = i
    _widths(table, mm)


HEAD_MERGED = [
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ, giải pháp",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời hạn hoàn thành",
]
MM_MERGED = [26.0, 28.0, 48.0, 80.0, 28.0, 34.0, 17.0]


def c5_docx(path: Path) -> None:
    doc = _docx_base(landscape=True)
    _title(doc, "tỉnh Thanh Hóa", "102")
    first = [r for r in ROWS if r["d"] == 1]
    rest = [r for r in ROWS if r["d"] != 1]
    _merged_table(doc, first, HEAD_MERGED, MM_MERGED)
    doc.add_paragraph("Các nội dung 2 và 3 dưới đây do Văn phòng UBND tỉnh theo dõi, tổng hợp.")
    _merged_table(doc, rest, HEAD_MERGED, MM_MERGED)
    doc.save(str(path))


def build_c17_docx_table_in_frame() -> None:
    """python-docx, A4 landscape: the title, then a one-cell borderless outer table (a layout
    frame) holding the appendix table (vMerge dimension / component columns, all nine rows, header
    row marked repeating) nested in its cell. The DOCX and its LibreOffice PDF.
    """
    from docx.shared import Mm

    name = "c17-docx-table-in-frame"
    doc = _docx_base(landscape=True)
    _title(doc, "tỉnh Cao Bằng", "56")
    frame = doc.add_table(rows=1, cols=1)
    frame.autofit = False
    frame.cell(0, 0).width = Mm(259)
    cell = frame.cell(0, 0)
    cell.paragraphs[0].text = "Bảng phân công nhiệm vụ:"
    _merged_table(cell, ROWS, HEAD_MERGED, [m * 0.95 for m in MM_MERGED])
    cell.add_paragraph("")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        doc.save(str(HERE / f"{name}.docx"))
        shutil.copy(soffice(HERE / f"{name}.docx", "pdf", t), HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_arabic, comp_plain))


def build_c19_docx_running_header() -> None:
    """python-docx, A4 landscape, all nine rows in one vMerge table with a repeating header row,
    and on every page a running header ("Phụ lục kèm theo Kế hoạch số 102/KH-UBND ...") and a
    footer "Trang N" (a PAGE field). The DOCX and its LibreOffice PDF.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    name = "c19-docx-running-header-footer"
    doc = _docx_base(landscape=True)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Phụ lục kèm theo Kế hoạch số 102/KH-UBND ngày 12/3/2026 của UBND tỉnh Điện Biên"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Trang ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t_ = OxmlElement("w:t")
    t_.text = "1"
    r.append(t_)
    fld.append(r)
    fp._p.append(fld)
    _title(doc, "tỉnh Điện Biên", "102")
    _merged_table(doc, ROWS, HEAD_MERGED, MM_MERGED)
    with tempfile.TemporaryDirectory() as tmp:
        doc.save(str(HERE / f"{name}.docx"))
        shutil.copy(soffice(HERE / f"{name}.docx", "pdf", Path(tmp)), HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_arabic, comp_plain))


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    with tempfile.TemporaryDirectory() as prof:
        run(
            [
                "soffice",
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                str(src),
            ],
            capture_output=True,
        )
    return outdir / (src.stem + "." + fmt.split(":")[0])


def build_c5_docx_two_tables() -> None:
    """python-docx, A4 landscape, dimension / component as vMerge columns, the appendix split
    into two tables (dimension 1; dimensions 2-3) with a paragraph between, header row marked
    repeating in both; no STT column.
    """
    name = "c5-docx-vmerge-two-tables"
    c5_docx(HERE / f"{name}.docx")
    write_expected(name, expected(ROWS, dim_arabic, comp_plain))


def build_c6_ps2pdf() -> None:
    """c5's DOCX printed by LibreOffice, then pdftops | ps2pdf: the text re-encoded through
    PostScript Type 3 / re-embedded fonts, the rules redrawn as paths.
    """
    name = "c6-lo-pdftops-ps2pdf"
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        c5_docx(t / "plan.docx")
        pdf = soffice(t / "plan.docx", "pdf", t)
        run(["pdftops", str(pdf), str(t / "plan.ps")])
        run(["ps2pdf", str(t / "plan.ps"), str(HERE / f"{name}.pdf")])
    write_expected(name, expected(ROWS, dim_arabic, comp_plain))


def build_c11_lo_gs() -> None:
    """c5's DOCX printed by LibreOffice, then re-distilled by Ghostscript ``pdfwrite``."""
    name = "c11-lo-gs-redistilled"
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        c5_docx(t / "plan.docx")
        pdf = soffice(t / "plan.docx", "pdf", t)
        run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=pdfwrite",
                f"-sOutputFile={HERE / (name + '.pdf')}",
                str(pdf),
            ]
        )
    write_expected(name, expected(ROWS, dim_arabic, comp_plain))


def build_c7_odt() -> None:
    """An .odt saved by LibreOffice from a DOCX whose first section is A4 portrait (title and two
    paragraphs of text) and second A4 landscape (a heading line, then the table); group rows are
    one cell across the table (gridSpan), the header row is NOT marked as repeating; STT column.
    Also its PDF (LibreOffice), and the python-docx DOCX it came from.
    """
    odt_doc("c7-odt-landscape-after-portrait", heading=True)


def build_c9_wider_than_page() -> None:
    """c7 without the heading line: the landscape section opens with the table, and LibreOffice's
    DOCX -> ODT conversion drops the section's page style, so the 267 mm table is printed on
    portrait pages and runs past the right edge (the PDF holds the text only up to the page edge:
    part of "Cơ quan phối hợp" and all of "Tiến độ" are cut). The .odt itself is not used.
    """
    odt_doc("c9-lo-table-wider-than-page", heading=False, keep_odt=False)


def odt_doc(
    name: str, heading: bool, keep_odt: bool = True, indicator_label: str = "Chỉ tiêu", docx_only: bool = False
) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    doc = _docx_base(landscape=False)
    _title(doc, "tỉnh Phú Thọ", "19")
    doc.add_paragraph(
        "Căn cứ kết quả Chỉ số PAPI năm 2025 của tỉnh, UBND tỉnh giao nhiệm vụ cho các cơ "
        "quan, đơn vị như trong bảng dưới đây."
    )
    doc.add_paragraph("Các cơ quan chủ trì báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15 tháng 11 năm 2026.")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    if heading:
        doc.add_paragraph("Bảng nhiệm vụ, giải pháp")
    head = ["STT", indicator_label, "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ"]
    groups = sum(1 for d in DIMENSIONS) + len({(r["d"], r["c"]) for r in ROWS})
    table = doc.add_table(rows=1 + len(ROWS) + groups, cols=len(head))
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, head):
        _set_cell(cell, h, bold=True)
    k = 1
    last = (0, 0)
    for i, r in enumerate(ROWS, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        for label, new in ((dim_upper_roman(d), d != last[0]), (comp_dotted(d, c), (d, c) != last)):
            if new:
                cells = table.rows[k].cells
                _set_cell(cells[0].merge(cells[-1]), label, bold=label.isupper())
                k += 1
        last = (d, c)
        cells = table.rows[k].cells
        for j, text in enumerate((i, indicators(r), r["tasks"], r["lead"], r["coordinating"], r["deadline"])):
            _set_cell(cells[j], str(text))
        k += 1
    _widths(table, [12, 60, 95, 35, 45, 20])
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        doc.save(str(t / "plan.docx"))
        if keep_odt:
            shutil.copy(t / "plan.docx", HERE / f"{name}.docx")
        if docx_only:
            write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))
            return
        odt = soffice(t / "plan.docx", "odt", t)
        if keep_odt:
            shutil.copy(odt, HERE / f"{name}.odt")
        pdf = soffice(odt, "pdf", t)
        shutil.copy(pdf, HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))


# ---------------------------------------------------------------- c8: tesseract searchable PDF
def build_c20_docx_noi_dung_chi_so() -> None:
    """c7's DOCX (gridSpan group rows, STT) with the indicator column headed "Nội dung / Chỉ số",
    to see c1's header wording in a DOCX.
    """
    odt_doc("c20-docx-noi-dung-chi-so", heading=True, indicator_label="Nội dung / Chỉ số", docx_only=True)


def build_c21_tesseract_typst() -> None:
    """c1b's Typst pages (A4 landscape, rows cut by page breaks) made a searchable PDF like c8."""
    name = "c21-tesseract-searchable-typst"
    with tempfile.TemporaryDirectory() as tmp:
        typst_doc("c1b-typst-chi-tieu", "Chỉ tiêu", out=Path(tmp) / "plan.pdf")
        searchable(Path(tmp), HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="TT"))


def searchable(t: Path, out: Path) -> None:
    """``t/plan.pdf`` rendered at 200 dpi black and white, OCR'd by tesseract into ``out``."""
    run(["pdftoppm", "-r", "200", "-mono", "-png", str(t / "plan.pdf"), str(t / "p")])
    pages = sorted(t.glob("p-*.png"))
    (t / "list.txt").write_text("\n".join(str(p) for p in pages) + "\n")
    run(["tesseract", str(t / "list.txt"), str(t / "ocr"), "-l", "vie", "pdf"], capture_output=True)
    shutil.copy(t / "ocr.pdf", out)


def build_c8_tesseract() -> None:
    """c2's fpdf2 pages rendered at 200 dpi in black and white (as a scanner would give them) and made a
    searchable PDF by ``tesseract ... pdf`` (vie): page image plus an invisible OCR text layer.
    """
    name = "c8-tesseract-searchable"
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        fpdf2_pdf(t / "plan.pdf")
        run(["pdftoppm", "-r", "200", "-mono", "-png", str(t / "plan.pdf"), str(t / "p")])
        pages = sorted(t.glob("p-*.png"))
        (t / "list.txt").write_text("\n".join(str(p) for p in pages) + "\n")
        run(["tesseract", str(t / "list.txt"), str(t / "ocr"), "-l", "vie", "pdf"], capture_output=True)
        shutil.copy(t / "ocr.pdf", HERE / f"{name}.pdf")
    write_expected(name, expected(ROWS, dim_upper_roman, comp_dotted, stt="STT"))


def probe_c8_image_only() -> None:
    """Not a sample: c8's page images without the OCR text layer, written to
    /tmp/c8-image-only.pdf, to compare phuluc's own OCR with its reading of c8's text layer.
    """
    import pymupdf

    src = pymupdf.open(HERE / "c8-tesseract-searchable.pdf")
    out = pymupdf.open()
    for page in src:
        pix = pymupdf.Pixmap(src, page.get_images(full=True)[0][0])
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, pixmap=pix)
    out.save("/tmp/c8-image-only.pdf", deflate=True)


BUILDERS = {
    "c1": build_c1_typst,
    "c1b": build_c1b_typst,
    "c2": build_c2_fpdf2,
    "c3": build_c3_story,
    "c4": build_c4_chromium_gs,
    "c4b": build_c4b_chromium_gs_plain_header,
    "c5": build_c5_docx_two_tables,
    "c6": build_c6_ps2pdf,
    "c7": build_c7_odt,
    "c8": build_c8_tesseract,
    "c9": build_c9_wider_than_page,
    "c10": build_c10_typst_footnote,
    "c11": build_c11_lo_gs,
    "c12": build_c12_fpdf2_rowspan,
    "c13": build_c13_two_up,
    "c8-probe": probe_c8_image_only,
    "c14": build_c14_typst_rowspan,
    "c15": build_c15_fit_to_page,
    "c16": build_c16_owner_password,
    "c17": build_c17_docx_table_in_frame,
    "c18": build_c18_chromium_header_footer,
    "c19": build_c19_docx_running_header,
    "c20": build_c20_docx_noi_dung_chi_so,
    "c21": build_c21_tesseract_typst,
}


def main() -> None:
    for key in sys.argv[1:] or [k for k in BUILDERS if k != "c8-probe"]:
        BUILDERS[key]()
        print("built", key)


if __name__ == "__main__":
    main()
