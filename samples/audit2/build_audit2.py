"""Build the second audit's plans: producers and shapes neither the samples nor samples/audit use.

    /tmp/audit2-venv/bin/python samples/audit2/build_audit2.py [b1 b2 ...]

Needs, beside LibreOffice (soffice): WeasyPrint and openpyxl (pip, e.g. into a private venv:
``python3 -m venv /tmp/audit2-venv && /tmp/audit2-venv/bin/pip install weasyprint openpyxl``),
Debian's ``pandoc`` and ``wkhtmltopdf`` (apt-get). Writes into samples/audit2/:

- ``b1-weasy-landscape-groups.pdf``: HTML report printed by WeasyPrint, A4 landscape, DejaVu Sans
  9.5 pt, ``thead`` repeated, rowspan dimension/component columns ("5." / "5.1."), rows split
  across pages; header "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian
  thực hiện", "Kết quả/sản phẩm".
- ``b2-weasy-a3-14pt-long.pdf``: WeasyPrint, A3 landscape, Liberation Sans 14 pt, section rows
  ("V." dimension, "1." component), STT, unnumbered indicators, one task cell of 44 bullets that
  runs over two page breaks.
- ``b3-wkhtml-portrait-13pt.pdf``: wkhtmltopdf (Qt WebKit), A4 portrait, Liberation Sans 13 pt
  (Arial's metrics), ``thead`` repeated, rowspan groups ("3." / "1."), rows cut by the page.
- ``b4-pandoc-md.docx`` / ``.pdf``: Markdown (one grid table per dimension, each under a heading
  "## V. THỦ TỤC HÀNH CHÍNH CÔNG") turned into DOCX by pandoc (its default borderless table
  style), that DOCX as is and exported to PDF by LibreOffice.
- ``b5-pandoc-html.docx`` / ``.pdf``: an HTML table with rowspan group cells ("VI." / "1.")
  turned into DOCX by pandoc (vMerge), and its LibreOffice PDF.
- ``b6-calc-merged.xlsx`` / ``.pdf``: a spreadsheet made with openpyxl as an office keeps its
  appendix (title rows merged across, header row repeated on every printed page, merged
  dimension/component cells, wrapped text, thin borders, Arial 11, A4 landscape fit to width),
  exported to PDF by LibreOffice Calc; the ``.xlsx`` is also given to phuluc as is.
- ``b8-calc-gridlines.pdf``: a spreadsheet with no cell borders, printed with Calc's grid lines,
  DejaVu Sans 10, A4 portrait; dimension and component as merged section rows ("V." / "5.1."), STT.
- ``<doc>.expected.json``: each document's logical rows, from ``audit2_data.py`` by its stated rules.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from audit2_data import COMPONENTS, DIMENSIONS, LONG, ROMAN, ROWS, pick  # noqa: E402

Row = dict[str, object]
Label = Callable[[Row], str]

TEMPLATE = (
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
BODY = (
    "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về nâng cao Chỉ số hiệu quả quản trị và hành chính "
    "công cấp tỉnh (PAPI) năm 2026, các cơ quan, đơn vị triển khai các nhiệm vụ, giải pháp tại Phụ lục kèm theo.",
    "Các cơ quan chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15 "
    "tháng cuối quý.",
)


# ---- labels ----------------------------------------------------------------------------------


def dim_arabic(r: Row) -> str:
    return f"{r['d']}. {DIMENSIONS[int(str(r['d']))]}"


def dim_roman(r: Row) -> str:
    return f"{ROMAN[int(str(r['d']))]}. {DIMENSIONS[int(str(r['d']))]}"


def dim_roman_upper(r: Row) -> str:
    return f"{ROMAN[int(str(r['d']))]}. {DIMENSIONS[int(str(r['d']))].upper()}"


def comp_plain(r: Row) -> str:
    return f"{r['c']}. {COMPONENTS[(int(str(r['d'])), int(str(r['c'])))]}"


def comp_dotted(r: Row) -> str:
    return f"{r['d']}.{r['c']}. {COMPONENTS[(int(str(r['d'])), int(str(r['c'])))]}"


def indicators(r: Row, numbered: bool, markdown_list: bool = False) -> str:
    """The indicator lines; ``markdown_list``: as a Markdown list shows them, its items numbered on
    from the first item's number (pandoc writes "1. a" / "3. b" as the list 1., 2.).
    """
    items = r["ind"]
    assert isinstance(items, list)
    if markdown_list:
        items = [(int(items[0][0]) + k, t) for k, (_, t) in enumerate(items)]
    return "\n".join(f"{n}. {t}" if numbered else str(t) for n, t in items)


# ---- expected rows ---------------------------------------------------------------------------


def expected(
    rows: list[Row],
    dim: Label,
    comp: Label,
    fields: tuple[str, ...],
    numbered: bool,
    stt_label: str | None = None,
    markdown_list: bool = False,
) -> list[Row]:
    """The logical rows as phuluc's plan.json has them, by the rules stated in audit2_data.py.

    ``fields`` are the plan fields the document has columns (or section rows) for; an STT column
    numbers the rows 1, 2, ... through the table; ``markdown_list``: the indicators as a Markdown
    list numbers them (see ``indicators``).
    """
    out: list[Row] = []
    seen: dict[str, int] = {}
    first_stt: dict[tuple[int, int], int] = {}
    for i, r in enumerate(rows, start=1):
        d, c = int(str(r["d"])), int(str(r["c"]))
        items = r["ind"]
        assert isinstance(items, list)
        if numbered and "indicators" in fields:
            inum = int(items[0][0])
        elif stt_label:
            inum = i - first_stt.setdefault((d, c), i) + 1
        else:
            inum = 1
        key = f"{d}.{c}.{inum}"
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}-{seen[key]}"
        values = {
            "dimension": dim(r),
            "component": comp(r),
            "indicators": indicators(r, numbered, markdown_list),
            "tasks": r["tasks"],
            "lead": r["lead"],
            "coordinating": r["coordinating"],
            "deadline": r["deadline"],
            "expected_result": r["result"],
        }
        row: Row = {"key": key, "dimension_no": d, "component_no": c, "papi": f"{d}.{c}"}
        for f in TEMPLATE:
            row[f] = values.get(f, "") if f in fields else ""
        row["extra"] = {stt_label: str(i)} if stt_label else {}
        out.append(row)
    return out


def write_expected(name: str, rows: list[Row]) -> None:
    (HERE / f"{name}.expected.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---- HTML ------------------------------------------------------------------------------------


def _lines(text: str, tag: str = "div") -> str:
    return "".join(f"<{tag}>{escape(line)}</{tag}>" for line in text.split("\n") if line)


def _spans(rows: list[Row], label: Label) -> list[int]:
    """Rowspan per row for a merged group column (0 where the cell above covers it)."""
    spans = [0] * len(rows)
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and label(rows[j + 1]) == label(rows[i]):
            j += 1
        spans[i] = j - i + 1
        i = j + 1
    return spans


def _cells(r: Row, fields: tuple[str, ...], numbered: bool) -> list[str]:
    values = {
        "indicators": indicators(r, numbered),
        "tasks": str(r["tasks"]),
        "lead": str(r["lead"]),
        "coordinating": str(r["coordinating"]),
        "deadline": str(r["deadline"]),
        "result": str(r["result"]),
    }
    return [f"<td>{_lines(values[f])}</td>" for f in fields]


def grouped_table(
    rows: list[Row],
    dim: Label,
    comp: Label,
    labels: tuple[str, ...],
    widths: tuple[float, ...],
    fields: tuple[str, ...],
    numbered: bool,
) -> str:
    """A table with rowspan dimension and component columns, then ``fields``, header in thead."""
    cols = "".join(f'<col style="width:{w / sum(widths) * 100:.2f}%">' for w in widths)
    head = "<tr>" + "".join(f"<th>{escape(x)}</th>" for x in labels) + "</tr>"
    ds, cs = _spans(rows, dim), _spans(rows, comp)
    body = []
    for i, r in enumerate(rows):
        cells = []
        if ds[i]:
            cells.append(f'<td rowspan="{ds[i]}">{_lines(dim(r))}</td>')
        if cs[i]:
            cells.append(f'<td rowspan="{cs[i]}">{_lines(comp(r))}</td>')
        body.append("<tr>" + "".join(cells + _cells(r, fields, numbered)) + "</tr>")
    return f'<table class="plan"><colgroup>{cols}</colgroup><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'


def section_table(
    rows: list[Row],
    dim: Label,
    comp: Label,
    labels: tuple[str, ...],
    widths: tuple[float, ...],
    fields: tuple[str, ...],
    numbered: bool,
) -> str:
    """A table with an STT column and full-width section rows for each new dimension and component."""
    cols = "".join(f'<col style="width:{w / sum(widths) * 100:.2f}%">' for w in widths)
    head = "<tr>" + "".join(f"<th>{escape(x)}</th>" for x in labels) + "</tr>"
    body, last_d, last_c = [], "", ""
    for i, r in enumerate(rows, start=1):
        if dim(r) != last_d:
            body.append(f'<tr><td colspan="{len(labels)}" class="sec"><b>{escape(dim(r))}</b></td></tr>')
            last_d, last_c = dim(r), ""
        if comp(r) != last_c:
            body.append(f'<tr><td colspan="{len(labels)}" class="sec"><b><i>{escape(comp(r))}</i></b></td></tr>')
            last_c = comp(r)
        body.append(f'<tr><td class="c">{i}</td>' + "".join(_cells(r, fields, numbered)) + "</tr>")
    return f'<table class="plan"><colgroup>{cols}</colgroup><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'


def page(title: tuple[str, ...], table: str, css: str) -> str:
    head = "".join(f'<p class="t"><b>{escape(t)}</b></p>' for t in title)
    body = "".join(f"<p>{escape(t)}</p>" for t in BODY)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title[0])}</title>'
        f"<style>{css}</style></head><body>{body}{head}{table}</body></html>"
    )


TABLE_CSS = (
    " .t { text-align: center; margin: 0; } table.plan { border-collapse: collapse; width: 100%;"
    " table-layout: fixed; } td, th { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: top; }"
    " th { vertical-align: middle; } div { margin: 0; } td.c { text-align: center; }"
)


# ---- producers -------------------------------------------------------------------------------


def soffice(source: Path, out_dir: Path, target: str) -> Path:
    """Convert with LibreOffice headless, a profile of its own; returns the written file."""
    exe = shutil.which("soffice")
    if exe is None:
        raise SystemExit("LibreOffice is needed: apt-get install libreoffice")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / f"{source.stem}.{target.split(':')[0]}"


def lo_pdf(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        out = soffice(path, Path(tmp), "pdf")
        dest = HERE / f"{path.stem}.pdf"
        shutil.copyfile(out, dest)
    return dest


def weasyprint_pdf(html_text: str, dest: Path) -> None:
    from weasyprint import HTML

    HTML(string=html_text).write_pdf(dest)


def wkhtmltopdf(html_text: str, dest: Path, *args: str) -> None:
    exe = shutil.which("wkhtmltopdf")
    if exe is None:
        raise SystemExit("wkhtmltopdf is needed: apt-get install wkhtmltopdf")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "plan.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run([exe, "-q", *args, str(src), str(dest)], check=True, capture_output=True, timeout=300)


#: A4 landscape, 2 cm margins (twips), the page an office sets in its reference document.
A4_LANDSCAPE_SECT = (
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" '
    'w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>'
    "</w:sectPr>"
)


def _reference_docx(exe: str, tmp: Path) -> Path:
    """Pandoc's own reference.docx with its empty section properties set to A4 landscape."""
    import zipfile

    plain = tmp / "default.docx"
    subprocess.run([exe, "-o", str(plain), "--print-default-data-file", "reference.docx"], check=True, timeout=60)
    ref = tmp / "reference.docx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(ref, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:sectPr />", A4_LANDSCAPE_SECT.encode())
            zout.writestr(item, data)
    return ref


def pandoc(source_text: str, fmt: str, dest: Path, landscape: bool = False) -> None:
    exe = shutil.which("pandoc")
    if exe is None:
        raise SystemExit("pandoc is needed: apt-get install pandoc")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"plan.{fmt}"
        src.write_text(source_text, encoding="utf-8")
        ref = ["--reference-doc", str(_reference_docx(exe, Path(tmp)))] if landscape else []
        subprocess.run(
            [exe, "-f", fmt, "-t", "docx", *ref, "-o", str(dest), str(src)],
            check=True,
            capture_output=True,
            timeout=300,
        )


# ---- B1: WeasyPrint, A4 landscape, rowspan groups ----------------------------------------------

B1_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 52/KH-UBND ngày 18/3/2026 của UBND tỉnh Đắk Lắk)",
)
B1_LABELS = (
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ, giải pháp",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian thực hiện",
    "Kết quả/sản phẩm",
)
B1_FIELDS = ("indicators", "tasks", "lead", "coordinating", "deadline", "result")
ALL_FIELDS = ("dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline", "expected_result")


def build_b1() -> None:
    rows = ROWS
    table = grouped_table(
        rows, dim_arabic, comp_dotted, B1_LABELS, (2.2, 2.6, 4.0, 8.0, 2.4, 3.0, 2.0, 2.6), B1_FIELDS, numbered=True
    )
    css = (
        "@page { size: A4 landscape; margin: 12mm 10mm; } body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }"
        + TABLE_CSS
    )
    weasyprint_pdf(page(B1_TITLE, table, css), HERE / "b1-weasy-landscape-groups.pdf")
    write_expected("b1-weasy-landscape-groups", expected(rows, dim_arabic, comp_dotted, ALL_FIELDS, numbered=True))


# ---- B2: WeasyPrint, A3 landscape, 14 pt, section rows, a task over two page breaks -------------

B2_TITLE = (
    "PHỤ LỤC",
    "CÁC NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI GIAI ĐOẠN 2026 - 2030",
    "(Kèm theo Kế hoạch số 96/KH-UBND ngày 22/4/2026 của UBND tỉnh Khánh Hòa)",
)
B2_LABELS = ("STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện")
B2_FIELDS = ("indicators", "tasks", "lead", "coordinating", "deadline")


def b2_rows() -> list[Row]:
    return [*pick(3, 4, 5, 6, 7), LONG, pick(9)[0]]


def build_b2() -> None:
    rows = b2_rows()
    table = section_table(
        rows, dim_roman, comp_plain, B2_LABELS, (1.2, 6.0, 14.0, 4.0, 5.0, 3.0), B2_FIELDS, numbered=False
    )
    css = (
        "@page { size: A3 landscape; margin: 20mm 15mm 15mm 25mm; }"
        " body { font-family: 'Liberation Sans'; font-size: 14pt; }" + TABLE_CSS
    )
    weasyprint_pdf(page(B2_TITLE, table, css), HERE / "b2-weasy-a3-14pt-long.pdf")
    fields = ("dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")
    write_expected(
        "b2-weasy-a3-14pt-long", expected(rows, dim_roman, comp_plain, fields, numbered=False, stt_label="STT")
    )


# ---- B3: wkhtmltopdf, A4 portrait, 13 pt -----------------------------------------------------

B3_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 30/KH-UBND ngày 04/3/2026 của UBND tỉnh Tây Ninh)",
)
B3_LABELS = (
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ, giải pháp",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
)
B3_FIELDS = ("indicators", "tasks", "lead", "coordinating")
#: wkhtmltopdf draws CSS points at its own 96 dpi, smaller than printed points; the zoom makes
#: the 13 pt text print near 13 pt, as an office would set it after a first print came out small.
B3_ZOOM = "1.3"


def build_b3() -> None:
    rows = ROWS
    table = grouped_table(
        rows, dim_arabic, comp_plain, B3_LABELS, (2.4, 2.6, 4.0, 7.0, 2.6, 3.0), B3_FIELDS, numbered=True
    )
    css = "body { font-family: 'Liberation Sans'; font-size: 13pt; }" + TABLE_CSS
    wkhtmltopdf(
        page(B3_TITLE, table, css),
        HERE / "b3-wkhtml-portrait-13pt.pdf",
        "--page-size",
        "A4",
        "--orientation",
        "Portrait",
        "--disable-smart-shrinking",
        "--zoom",
        B3_ZOOM,
        "-T",
        "15mm",
        "-B",
        "15mm",
        "-L",
        "12mm",
        "-R",
        "12mm",
        "--encoding",
        "utf-8",
    )
    fields = ("dimension", "component", "indicators", "tasks", "lead", "coordinating")
    write_expected("b3-wkhtml-portrait-13pt", expected(rows, dim_arabic, comp_plain, fields, numbered=True))


# ---- B4: pandoc Markdown -> DOCX, one grid table per dimension ----------------------------------

B4_LABELS = (
    "TT",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ, giải pháp",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian thực hiện",
)
B4_WIDTHS = (4, 16, 22, 40, 14, 16, 12)


def _md_cell(text: str) -> list[str]:
    """A grid table cell's lines: each line its own paragraph, a leading "- " kept as text."""
    out: list[str] = []
    for line in text.split("\n"):
        if out:
            out.append("")
        out.append(line.replace("- ", "\\- ", 1) if line.startswith("- ") else line)
    return out


def _wrap(line: str, width: int) -> list[str]:
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


def grid_table(header: tuple[str, ...], body: list[tuple[str, ...]], widths: tuple[int, ...]) -> str:
    """A pandoc grid table (cells may hold several paragraphs)."""
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = sep.replace("-", "=")

    def render(cells: tuple[str, ...]) -> list[str]:
        cols = [
            [piece for para in _md_cell(c) for piece in (_wrap(para, w) if para else [""])]
            for c, w in zip(cells, widths, strict=True)
        ]
        height = max(len(c) for c in cols)
        return [
            "| " + " | ".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(cols, widths, strict=True)) + " |"
            for k in range(height)
        ]

    out = [sep, *render(header), hsep]
    for cells in body:
        out += render(cells) + [sep]
    return "\n".join(out)


def build_b4() -> None:
    rows = pick(3, 4, 5, 6, 7, 8, 11, 12)
    parts = [
        "# PHỤ LỤC",
        "",
        "**NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026**",
        "",
        "*(Kèm theo Kế hoạch số 64/KH-UBND ngày 25/3/2026 của UBND tỉnh An Giang)*",
        "",
    ]
    for t in BODY:
        parts += [t, ""]
    by_dim: dict[int, list[tuple[int, Row]]] = {}
    for i, r in enumerate(rows, start=1):
        by_dim.setdefault(int(str(r["d"])), []).append((i, r))
    for members in by_dim.values():
        parts += [f"## {dim_roman_upper(members[0][1])}", ""]
        body = [
            (
                str(i),
                comp_plain(r),
                indicators(r, True),
                str(r["tasks"]),
                str(r["lead"]),
                str(r["coordinating"]),
                str(r["deadline"]),
            )
            for i, r in members
        ]
        parts += [grid_table(B4_LABELS, body, B4_WIDTHS), ""]
    docx = HERE / "b4-pandoc-md.docx"
    pandoc("\n".join(parts), "markdown", docx, landscape=True)
    lo_pdf(docx)
    fields = ("dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")
    write_expected(
        "b4-pandoc-md",
        expected(rows, dim_roman_upper, comp_plain, fields, numbered=True, stt_label="TT", markdown_list=True),
    )


# ---- B5: pandoc HTML (rowspan) -> DOCX ---------------------------------------------------------

B5_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 71/KH-UBND ngày 02/4/2026 của UBND tỉnh Phú Thọ)",
)


def build_b5() -> None:
    rows = pick(7, 8, 9, 10, 11, 12)
    table = grouped_table(
        rows, dim_roman, comp_plain, B1_LABELS, (2.2, 2.6, 4.0, 8.0, 2.4, 3.0, 2.0, 2.6), B1_FIELDS, numbered=True
    )
    docx = HERE / "b5-pandoc-html.docx"
    pandoc(page(B5_TITLE, table, ""), "html", docx, landscape=True)
    lo_pdf(docx)
    write_expected("b5-pandoc-html", expected(rows, dim_roman, comp_plain, ALL_FIELDS, numbered=True))


# ---- B6 / B8: spreadsheets (openpyxl), PDF by LibreOffice Calc ----------------------------------

B6_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 88/KH-UBND ngày 15/4/2026 của UBND tỉnh Lào Cai)",
)
B6_LABELS = ("TT", *B1_LABELS)
B6_WIDTHS = (5, 16, 18, 30, 55, 16, 22, 13, 17)  # characters, as an office sets them by eye


def _sheet_base(
    ws: object, labels: tuple[str, ...], widths: tuple[int, ...], title: tuple[str, ...], font: str, size: int
) -> int:
    """Title rows merged across, the header row; returns the header's row number."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    n = len(labels)
    for k, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(k)].width = w  # type: ignore[attr-defined]
    for k, t in enumerate(title, start=1):
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=n)  # type: ignore[attr-defined]
        cell = ws.cell(row=k, column=1, value=t)  # type: ignore[attr-defined]
        cell.font = Font(name=font, size=size + 1, bold=k < len(title), italic=k == len(title))
        cell.alignment = Alignment(horizontal="center")
    head = len(title) + 2
    for k, label in enumerate(labels, start=1):
        cell = ws.cell(row=head, column=k, value=label)  # type: ignore[attr-defined]
        cell.font = Font(name=font, size=size, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    return head


#: Characters of body text per unit of column width: a unit is the width of a "0" in the default
#: font (about 5.25 pt), a Vietnamese letter of Arial 11 / DejaVu Sans 10 is wider on average.
CHARS_PER_WIDTH = 0.85


def _fit_heights(ws: object, first: int, last: int, widths: tuple[int, ...], size: int) -> None:
    """Set each row's height to its text, as Excel's autofit leaves it in the file (openpyxl writes none)."""
    import math

    ranges = ws.merged_cells.ranges  # type: ignore[attr-defined]
    merged = {(c.row, c.column) for rng in ranges for c in _cells_of(ws, rng)}
    for x in range(first, last + 1):
        lines = 1
        for col, w in enumerate(widths, start=1):
            value = ws.cell(row=x, column=col).value  # type: ignore[attr-defined]
            if value is None or (x, col) in merged:
                continue
            n = sum(max(1, math.ceil(len(par) / (w * CHARS_PER_WIDTH))) for par in str(value).split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[x].height = round(lines * size * 1.25 + 4, 1)  # type: ignore[attr-defined]


def _cells_of(ws: object, rng: object) -> list[object]:
    return [
        ws.cell(row=r, column=c)  # type: ignore[attr-defined]
        for r in range(rng.min_row, rng.max_row + 1)  # type: ignore[attr-defined]
        for c in range(rng.min_col, rng.max_col + 1)
    ]  # type: ignore[attr-defined]


def build_b6() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    rows = ROWS
    wb = Workbook()
    ws = wb.active
    ws.title = "Phu luc"
    head = _sheet_base(ws, B6_LABELS, B6_WIDTHS, B6_TITLE, "Arial", 11)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = Alignment(vertical="top", wrap_text=True)
    font = Font(name="Arial", size=11)
    for k, r in enumerate(rows, start=1):
        x = head + k
        values = (
            str(k),
            dim_arabic(r),
            comp_dotted(r),
            indicators(r, True),
            str(r["tasks"]),
            str(r["lead"]),
            str(r["coordinating"]),
            str(r["deadline"]),
            str(r["result"]),
        )
        for col, v in enumerate(values, start=1):
            cell = ws.cell(row=x, column=col, value=v)
            cell.alignment = Alignment(horizontal="center", vertical="top") if col == 1 else top
            cell.font = font
    for col, label in ((2, dim_arabic), (3, comp_dotted)):
        for i, span in enumerate(_spans(rows, label)):
            if span > 1:
                ws.merge_cells(start_row=head + 1 + i, start_column=col, end_row=head + i + span, end_column=col)
    for line in ws.iter_rows(min_row=head, max_row=head + len(rows), max_col=len(B6_LABELS)):
        for cell in line:
            cell.border = box
    _fit_heights(ws, head, head + len(rows), B6_WIDTHS, 11)
    ws.print_title_rows = f"{head}:{head}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    xlsx = HERE / "b6-calc-merged.xlsx"
    wb.save(xlsx)
    lo_pdf(xlsx)
    write_expected("b6-calc-merged", expected(rows, dim_arabic, comp_dotted, ALL_FIELDS, numbered=True, stt_label="TT"))


B8_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ CẢI THIỆN CÁC CHỈ SỐ PAPI CÓ ĐIỂM GIẢM NĂM 2025",
    "(Kèm theo Kế hoạch số 40/KH-UBND ngày 09/3/2026 của UBND tỉnh Thái Nguyên)",
)
B8_LABELS = ("STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện")
B8_WIDTHS = (6, 26, 48, 18, 22, 14)


def build_b8() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    rows = pick(3, 4, 5, 6, 7, 8, 9)
    wb = Workbook()
    ws = wb.active
    ws.title = "Phu luc"
    head = _sheet_base(ws, B8_LABELS, B8_WIDTHS, B8_TITLE, "DejaVu Sans", 10)
    top = Alignment(vertical="top", wrap_text=True)
    font = Font(name="DejaVu Sans", size=10)
    x, last_d, last_c = head, "", ""
    for k, r in enumerate(rows, start=1):
        for label, last, italic in ((dim_roman(r), last_d, False), (comp_dotted(r), last_c, True)):
            if label != last:
                x += 1
                ws.merge_cells(start_row=x, start_column=1, end_row=x, end_column=len(B8_LABELS))
                cell = ws.cell(row=x, column=1, value=label)
                cell.font = Font(name="DejaVu Sans", size=10, bold=True, italic=italic)
        last_d, last_c = dim_roman(r), comp_dotted(r)
        x += 1
        values = (
            str(k),
            indicators(r, False),
            str(r["tasks"]),
            str(r["lead"]),
            str(r["coordinating"]),
            str(r["deadline"]),
        )
        for col, v in enumerate(values, start=1):
            cell = ws.cell(row=x, column=col, value=v)
            cell.alignment = Alignment(horizontal="center", vertical="top") if col == 1 else top
            cell.font = font
    _fit_heights(ws, head, x, B8_WIDTHS, 10)
    ws.print_options.gridLines = True
    ws.print_title_rows = f"{head}:{head}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "b8-calc-gridlines.xlsx"
        wb.save(xlsx)
        lo_pdf(xlsx)
    fields = ("dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline")
    write_expected("b8-calc-gridlines", expected(rows, dim_roman, comp_dotted, fields, numbered=False, stt_label="STT"))


BUILDERS = {
    "b1": build_b1,
    "b2": build_b2,
    "b3": build_b3,
    "b4": build_b4,
    "b5": build_b5,
    "b6": build_b6,
    "b8": build_b8,
}


def main() -> int:
    wanted = sys.argv[1:] or list(BUILDERS)
    for name in wanted:
        BUILDERS[name]()
        print("built", name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
