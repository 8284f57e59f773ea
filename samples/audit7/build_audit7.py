"""Build the seventh audit's documents: whole plans as issued, the appendix at the end (or not).

    .venv/bin/python samples/audit7/build_audit7.py        (needs python-docx, soffice and chromium)

Every document is a full plan (Kế hoạch): the two-column heading table ("ỦY BAN NHÂN DÂN / TỈNH X" |
motto, "Số: 45/KH-UBND", place and date), the title "KẾ HOẠCH / Cải thiện, nâng cao Chỉ số PAPI năm
2026", about a page and a half of body text, the signature block and "Nơi nhận", then the appendix
"PHỤ LỤC ... (Kèm theo Kế hoạch số 45/KH-UBND ngày ... của UBND tỉnh X)" with its table. What varies
(one thing per document, see DOCS): a landscape section, body lists that look like rows, a scores or
deadlines table in the body, the signature as a borderless table, the appendix title on its own page,
two appendices, the table first, a commune plan, an HTML page printed by Chromium, the header row
repeated or not, the issuer named on page 1 only.

Writes samples/audit7/<name>.docx and <name>.pdf (LibreOffice; Chromium for the HTML one) and
<name>.expected.json: {"note", "jurisdiction", "province_also", "rows", "leaks"}, written from audit7_data.py by the
rules stated there (never from phuluc's output). "leaks" are texts of the document outside the
appendix table (body, heading, signature, body tables) that must not be in any row; "province_also" the
province that is also right when the document does not name it (the one it is really in).
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from audit7_data import (  # noqa: E402
    COMMON_LEAKS,
    COMMUNE_HEAD,
    COMMUNE_ROWS,
    COMPONENTS,
    DEADLINES,
    DEADLINES_AGENCY,
    DEADLINES_AGENCY_HEAD,
    DEADLINES_HEAD,
    DEADLINES_LEAKS,
    DIMENSIONS,
    LISTS_BODY,
    LISTS_LEAKS,
    MOTTO,
    PROVINCE_HEAD,
    PROVINCE_ROWS,
    ROMAN,
    SCORES,
    SCORES_HEAD,
    SCORES_LEAKS,
    SIGNATURE,
    body,
    recipients,
)

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
Row = dict[str, object]
PROVINCE_MM = [30, 30, 45, 80, 28, 32, 22]  # landscape, 267 mm between the margins
COMMUNE_MM = [10, 78, 32, 38, 22]  # portrait, 180 mm


@dataclass
class Doc:
    """One full plan: where it is from and the one thing that varies."""

    name: str
    unit: str  # "tỉnh" or "xã"
    place: str  # the unit's name
    province: str  # its province
    note: str
    variant: set[str] = field(default_factory=set)
    issuer_in_appendix: bool = True  # the Kèm theo line names the place
    pdf: bool = True
    leaks: list[str] = field(default_factory=list)
    province_also: list[str] = field(default_factory=list)  # also right: the province it is in, unnamed


# ---------------------------------------------------------------- python-docx helpers
def base():  # type: ignore[no-untyped-def]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(30), Mm(15), Mm(20), Mm(20)
    return doc


def orient(sec, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    sec.left_margin, sec.right_margin = (Mm(15), Mm(15)) if landscape else (Mm(30), Mm(15))
    sec.top_margin = sec.bottom_margin = Mm(18)


def para(
    doc,
    text: str,
    bold: bool = False,
    italic: bool = False,
    align: str = "center",  # type: ignore[no-untyped-def]
    size: int | None = None,
    style: str | None = None,
) -> None:
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    p.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)


def page_break(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def put(cell, text: str, bold: bool = False, align: str = "left", size: int | None = None) -> None:  # type: ignore[no-untyped-def]
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT
        if line:
            r = p.add_run(line)
            r.bold = bold
            if size:
                r.font.size = Pt(size)


def widths(t, mm: list[float]) -> None:  # type: ignore[no-untyped-def]
    """Column widths in the grid (LibreOffice reads these) and in every cell (Word reads these)."""
    for gc, w in zip(t._tbl.tblGrid.gridCol_lst, mm):
        gc.w = Mm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, mm):
            cell.width = Mm(w)


def repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def heading(doc, d: Doc) -> None:  # type: ignore[no-untyped-def]
    """The borderless two-column heading table and the title of the plan."""
    issuer = "ỦY BAN NHÂN DÂN"
    left = [issuer, f"{d.unit.upper()} {d.place.upper()}", "Số: 45/KH-UBND"]
    right = MOTTO + [f"{d.place}, ngày 12 tháng 3 năm 2026"]
    t = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = not (line.startswith("Số") or ", ngày" in line)
            r.italic = ", ngày" in line
            r.font.size = Pt(12 if i < 2 else 13)
    widths(t, [65, 100])
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, size=14)
    para(doc, "Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công", bold=True, size=14)
    para(doc, "cấp tỉnh (PAPI) năm 2026", bold=True, size=14)
    para(doc, "")


def write_body(doc, items: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    for kind, text in items:
        if kind == "h":
            para(doc, text, bold=True, align="left")
        elif kind == "b":
            para(doc, text, bold=True, align="justify")
        elif kind == "n":
            para(doc, text, align="justify", style="List Number")
        else:
            para(doc, text, align="justify")


def signature(doc, d: Doc, as_table: bool) -> None:  # type: ignore[no-untyped-def]
    rec = recipients(d.unit)
    if as_table:
        t = doc.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        for i, line in enumerate(rec):
            p = left.paragraphs[0] if i == 0 else left.add_paragraph()
            r = p.add_run(line)
            r.bold, r.italic = i == 0, i == 0
            r.font.size = Pt(11 if i else 12)
        put(right, "\n".join(SIGNATURE), bold=True, align="center")
        widths(t, [80, 85])
        return
    para(doc, "")
    for line in SIGNATURE:
        para(doc, line, bold=True, align="right")
    for i, line in enumerate(rec):
        para(doc, line, bold=i == 0, italic=i == 0, align="left", size=11 if i else 12)


def simple_table(doc, head: list[str], rows: list[list[str]], mm: list[float]) -> None:  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=0, cols=len(head))
    t.style = "Table Grid"
    t.autofit = False
    for c, lab in zip(t.add_row().cells, head):
        put(c, lab, bold=True, align="center", size=12)
    for r in rows:
        for c, x in zip(t.add_row().cells, r):
            put(c, x, bold=r[0] == "", size=12)
    widths(t, mm)


def titled_scores(doc, title: str = "PHỤ LỤC II: KẾT QUẢ CHỈ SỐ PAPI CỦA TỈNH NĂM 2024 VÀ NĂM 2025") -> None:  # type: ignore[no-untyped-def]
    """The scores table with its title typed into a first row merged over the columns."""
    simple_table(doc, SCORES_HEAD, SCORES, [12, 120, 35, 35, 30])
    t = doc.tables[-1]
    new = t.add_row()
    t.rows[0]._tr.addprevious(new._tr)
    cell = new.cells[0].merge(new.cells[-1])
    put(cell, title, bold=True, align="center")


def kem_theo(d: Doc) -> str:
    who = f"của UBND {d.unit} {d.place}" if d.issuer_in_appendix else f"của UBND {d.unit}"
    return f"(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 {who})"


def appendix_title(doc, d: Doc, number: str = "") -> None:  # type: ignore[no-untyped-def]
    para(doc, f"PHỤ LỤC{number}", bold=True)
    para(doc, "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026", bold=True)
    para(doc, kem_theo(d), italic=True)
    para(doc, "")


# ---------------------------------------------------------------- the appendix tables and their rows
def province_table(doc, repeat: bool) -> list[Row]:  # type: ignore[no-untyped-def]
    """Dimension and component as vertically merged columns, indicators numbered "1.", header row first."""
    t = doc.add_table(rows=0, cols=len(PROVINCE_HEAD))
    t.style = "Table Grid"
    t.autofit = False
    for c, lab in zip(t.add_row().cells, PROVINCE_HEAD):
        put(c, lab, bold=True, align="center", size=12)
    if repeat:
        repeat_header(t.rows[0])
    out: list[Row] = []
    for r in PROVINCE_ROWS:
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        cells = t.add_row().cells
        texts = ["", "", "\n".join(r["ind"]), r["tasks"], r["lead"], r["coordinating"], r["deadline"]]  # type: ignore[call-overload]
        for cell, x in zip(cells[2:], texts[2:]):
            put(cell, str(x), size=12)
        e: Row = {f: "" for f in FIELDS}
        e.update(
            key=f"{d}.{c}.{str(r['ind'][0]).split('.')[0]}",
            dimension_no=d,
            component_no=c,  # type: ignore[index]
            papi=f"{d}.{c}",
            dimension=f"{d}. {DIMENSIONS[d]}",
            component=f"{c}. {COMPONENTS[(d, c)]}",
            indicators=texts[2],
            tasks=r["tasks"],
            lead=r["lead"],
            coordinating=r["coordinating"],
            deadline=r["deadline"],
        )
        out.append(e)
    # vertical merges: the dimension over its rows, the component over its rows
    for col, label in ((0, "dimension"), (1, "component")):
        start = 0
        for i in range(1, len(out) + 1):
            if i == len(out) or out[i][label] != out[start][label]:
                top = t.cell(start + 1, col)
                if i - 1 > start:
                    top = top.merge(t.cell(i, col))
                for p in top.paragraphs[1:]:
                    p._p.getparent().remove(p._p)
                put(top, str(out[start][label]), size=12)
                start = i
    widths(t, PROVINCE_MM)
    return out


def commune_table(doc, repeat: bool) -> list[Row]:  # type: ignore[no-untyped-def]
    """The commune plan's five columns, section rows "I. ..." / "1. ..." spanning the table."""
    t = doc.add_table(rows=0, cols=len(COMMUNE_HEAD))
    t.style = "Table Grid"
    t.autofit = False
    for c, lab in zip(t.add_row().cells, COMMUNE_HEAD):
        put(c, lab, bold=True, align="center")
    if repeat:
        repeat_header(t.rows[0])
    out: list[Row] = []
    last = (0, 0)
    first_tt: dict[tuple[int, int], int] = {}
    for i, r in enumerate(COMMUNE_ROWS, 1):
        d, c = int(r["d"]), int(r["c"])  # type: ignore[call-overload]
        dim, comp = f"{ROMAN[d]}. {DIMENSIONS[d]}", f"{c}. {COMPONENTS[(d, c)]}"
        for text, new in ((dim, d != last[0]), (comp, (d, c) != last)):
            if new:
                cells = t.add_row().cells
                put(cells[0].merge(cells[-1]), text, bold=True)
        last = (d, c)
        for cell, x in zip(t.add_row().cells, [str(i), r["tasks"], r["lead"], r["coordinating"], r["deadline"]]):
            put(cell, str(x))
        first_tt.setdefault((d, c), i)
        e: Row = {f: "" for f in FIELDS}
        e.update(
            key=f"{d}.{c}.{i - first_tt[(d, c)] + 1}",
            dimension_no=d,
            component_no=c,
            papi=f"{d}.{c}",
            dimension=dim,
            component=comp,
            tasks=r["tasks"],
            lead=r["lead"],
            coordinating=r["coordinating"],
            deadline=r["deadline"],
            extra={"TT": str(i)},
        )
        out.append(e)
    widths(t, COMMUNE_MM)
    return out


# ---------------------------------------------------------------- one document
def build(d: Doc) -> None:
    v = d.variant
    doc = base()
    rows: list[Row] = []
    commune = d.unit == "xã"

    def appendix() -> None:
        nonlocal rows
        if not commune:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            orient(sec, True)
        elif not v & {"table-first"}:
            page_break(doc)
        appendix_title(doc, d, " I" if "two-appendices" in v else "")
        if "title-own-page" in v:
            page_break(doc)
        table = commune_table if commune else province_table
        rows = table(doc, "no-repeat" not in v)
        if "two-appendices" in v:
            page_break(doc)
            para(doc, "PHỤ LỤC II", bold=True)
            para(doc, f"KẾT QUẢ CHỈ SỐ PAPI CỦA {d.unit.upper()} {d.place.upper()} NĂM 2024 VÀ NĂM 2025", bold=True)
            para(doc, kem_theo(d), italic=True)
            para(doc, "")
            simple_table(doc, SCORES_HEAD, SCORES, [12, 120, 35, 35, 30])
        if "second-title-in-table" in v:
            page_break(doc)
            titled_scores(
                doc, f"PHỤ LỤC II: KẾT QUẢ CHỈ SỐ PAPI CỦA {d.unit.upper()} {d.place.upper()} NĂM 2024 VÀ NĂM 2025"
            )

    if "table-first" in v:
        orient(doc.sections[0], not commune)
        appendix_title(doc, d)
        rows = province_table(doc, True)
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        orient(sec, False)
    heading(doc, d)
    items = body(d.unit, d.place if d.issuer_in_appendix else "")
    if "lists" in v:
        k = items.index(("h", "II. NHIỆM VỤ, GIẢI PHÁP"))
        items = items[:k] + LISTS_BODY + items[k + 5 :]
    k3 = next(i for i, (_, t) in enumerate(items) if t.startswith("III."))
    write_body(doc, items[:k3])
    if "scores" in v:
        para(doc, "Kết quả Chỉ số PAPI của tỉnh năm 2024 và năm 2025 theo từng chỉ số nội dung:", align="justify")
        simple_table(doc, SCORES_HEAD, SCORES, [12, 90, 22, 22, 19])
        para(doc, "")
    write_body(doc, items[k3 : k3 + 1])
    if "deadlines" in v:
        para(doc, "1. Thời gian thực hiện các nội dung chính của Kế hoạch:", align="justify")
        simple_table(doc, DEADLINES_HEAD, DEADLINES, [12, 118, 35])
        para(doc, "")
    if "deadlines-agency" in v:
        para(doc, "1. Lộ trình thực hiện các nội dung chính của Kế hoạch:", align="justify")
        simple_table(doc, DEADLINES_AGENCY_HEAD, DEADLINES_AGENCY, [12, 78, 45, 30])
        para(doc, "")
    write_body(doc, items[k3 + 1 :])
    signature(doc, d, "signature-table" in v)
    if "table-first" not in v:
        appendix()
    doc.save(str(HERE / f"{d.name}.docx"))
    write_expected(d, rows)


def write_expected(d: Doc, rows: list[Row]) -> None:
    juris = {
        "level": "province" if d.unit == "tỉnh" else "commune",
        "word": d.unit,
        "name": d.place,
        "province": d.province,
        "year": 2026,
    }
    exp = {
        "note": d.note,
        "jurisdiction": juris,
        "province_also": d.province_also,
        "rows": rows,
        "leaks": COMMON_LEAKS + d.leaks,
    }
    (HERE / f"{d.name}.expected.json").write_text(
        json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


# ---------------------------------------------------------------- the HTML page printed by Chromium
def html_doc(d: Doc) -> None:
    """The province plan as a web page (body portrait, appendix on a landscape named page, the table's
    header in <thead>, which Chromium repeats on every page), printed without header and footer lines.
    """
    rows = province_table(base(), True)  # the expected rows of the same table (the DOCX built and dropped)
    e = html.escape

    def cell(text: str) -> str:
        return "<td>" + "<br>".join(e(x) for x in text.split("\n")) + "</td>"

    trs = []
    for i, r in enumerate(rows):
        tds = ""
        for lab in ("dimension", "component"):
            if i == 0 or rows[i - 1][lab] != r[lab]:
                n = sum(1 for x in rows[i:] if x[lab] == r[lab])
                tds += f'<td rowspan="{n}">{e(str(r[lab]))}</td>'
        tds += "".join(cell(str(r[f])) for f in ("indicators", "tasks", "lead", "coordinating", "deadline"))
        trs.append(f"<tr>{tds}</tr>")
    items = body(d.unit, d.place)
    body_html = "".join(f"<p class={'h' if k == 'h' else 'p'}>{e(t)}</p>" for k, t in items)
    sig = "".join(f"<p class=s>{e(x) or '&nbsp;'}</p>" for x in SIGNATURE)
    rec = "".join(f"<p class=r>{e(x)}</p>" for x in recipients(d.unit))
    cols = "".join(f'<col style="width:{w}mm">' for w in PROVINCE_MM)
    page = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{e(d.name)}</title><style>
@page {{ size: A4; margin: 20mm 15mm 20mm 30mm; }} @page land {{ size: A4 landscape; margin: 15mm; }}
body {{ font-family: 'Liberation Serif'; font-size: 13pt; }} p {{ margin: 0 0 4pt 0; }}
.c {{ text-align: center; font-weight: bold; }} .i {{ text-align: center; font-style: italic; }}
.h {{ font-weight: bold; }} .p {{ text-align: justify; }} .s {{ text-align: right; font-weight: bold; }}
.r {{ font-size: 11pt; }} table.hd td {{ text-align: center; font-weight: bold; vertical-align: top; }}
.appendix {{ page: land; break-before: page; }}
table.p {{ border-collapse: collapse; width: 100%; font-size: 12pt; }}
table.p td, table.p th {{ border: 0.6pt solid black; padding: 2pt; vertical-align: top; }}
</style></head><body>
<table class="hd" style="width:100%"><tr><td>ỦY BAN NHÂN DÂN<br>{e(d.unit.upper())} {e(d.place.upper())}<br>
<span style="font-weight:normal">Số: 45/KH-UBND</span></td><td>{MOTTO[0]}<br>{MOTTO[1]}<br>
<i style="font-weight:normal">{e(d.place)}, ngày 12 tháng 3 năm 2026</i></td></tr></table><br>
<p class=c>KẾ HOẠCH</p><p class=c>Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công<br>cấp tỉnh (PAPI)
năm 2026</p><br>{body_html}<br>{sig}{rec}
<div class="appendix"><p class=c>PHỤ LỤC</p><p class=c>NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026</p>
<p class=i>{e(kem_theo(d))}</p><br>
<table class="p"><colgroup>{cols}</colgroup><thead><tr>{"".join(f"<th>{e(h)}</th>" for h in PROVINCE_HEAD)}</tr>
</thead><tbody>{"".join(trs)}</tbody></table></div></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{d.name}.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/prof",
                "--no-pdf-header-footer",
                f"--print-to-pdf={HERE / (d.name + '.pdf')}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    write_expected(d, rows)


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
        "k01-landscape-appendix-at-end",
        "tỉnh",
        "Nghệ An",
        "Nghệ An",
        "full province plan, portrait body, the appendix at the end in a landscape section, its header row "
        "repeated on every page (w:tblHeader); row 2.1.1's ten task items cut by the page break",
        {"base"},
    ),
    Doc(
        "k02-body-numbered-lists-bullets",
        "tỉnh",
        "Thanh Hóa",
        "Thanh Hóa",
        "section II of the body written like the appendix: '1. Tham gia ...', '1.1. Tri thức công dân', '- Sở Tư "
        "pháp chủ trì, phối hợp ...; thời gian: quý II/2026', and a Word-numbered list (List Number)",
        {"lists"},
        leaks=LISTS_LEAKS,
    ),
    Doc(
        "k03-scores-table-in-body",
        "tỉnh",
        "Lào Cai",
        "Lào Cai",
        "a bordered table of last year's scores in the body (TT | Chỉ số nội dung | Điểm 2024 | Điểm 2025 | "
        "Tăng/giảm, the eight dimension names, a 'Tổng điểm' row) before the appendix",
        {"scores"},
        leaks=SCORES_LEAKS,
    ),
    Doc(
        "k04-deadlines-table-in-body",
        "tỉnh",
        "Tây Ninh",
        "Tây Ninh",
        "a bordered deadlines table in section III of the body (TT | Nội dung | Thời gian)",
        {"deadlines"},
        leaks=DEADLINES_LEAKS,
    ),
    Doc(
        "k05-signature-borderless-table",
        "tỉnh",
        "Đồng Tháp",
        "Đồng Tháp",
        "signature block and 'Nơi nhận' as the usual borderless two-column table, right before the appendix's "
        "section break",
        {"signature-table"},
    ),
    Doc(
        "k06-appendix-title-own-page",
        "tỉnh",
        "Phú Thọ",
        "Phú Thọ",
        "the appendix title (PHỤ LỤC, its name, Kèm theo) alone on a page, the table from the next page",
        {"title-own-page"},
    ),
    Doc(
        "k07-two-appendices-scores-second",
        "tỉnh",
        "Quảng Trị",
        "Quảng Trị",
        "two appendices: Phụ lục I the plan table, Phụ lục II a scores table (TT | Chỉ số nội dung | Điểm 2024 "
        "| Điểm 2025 | Tăng/giảm)",
        {"two-appendices"},
        leaks=SCORES_LEAKS,
    ),
    Doc(
        "k08-appendix-table-first-body-after",
        "tỉnh",
        "Lâm Đồng",
        "Lâm Đồng",
        "the appendix (title and table, landscape) first, then the heading block, the plan's body and the "
        "signature (portrait)",
        {"table-first"},
    ),
    Doc(
        "k09-commune-full-plan",
        "xã",
        "Tân Kỳ",
        "",
        "a commune's full plan (heading 'ỦY BAN NHÂN DÂN / XÃ TÂN KỲ', body, signature), the appendix in the same "
        "portrait section: TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian, section rows; the "
        "document does not name its province (Nghệ An)",
        set(),
        province_also=["Nghệ An"],
    ),
    Doc(
        "k11-header-not-repeated",
        "tỉnh",
        "Hà Tĩnh",
        "Hà Tĩnh",
        "as k01 but the appendix's header row is not repeated on the following pages",
        {"no-repeat"},
    ),
    Doc(
        "k12-issuer-on-page-1-only",
        "tỉnh",
        "Gia Lai",
        "Gia Lai",
        "the place is named only in the heading on page 1 ('ỦY BAN NHÂN DÂN / TỈNH GIA LAI', 'Gia Lai, ngày ...'); "
        "the body says 'Ủy ban nhân dân tỉnh', the Kèm theo line 'của UBND tỉnh'",
        set(),
        issuer_in_appendix=False,
    ),
    Doc(
        "k13-deadlines-table-with-agency",
        "tỉnh",
        "Ninh Bình",
        "Ninh Bình",
        "a bordered table in section III of the body headed like a commune appendix: TT | Nội dung công việc | Cơ "
        "quan chủ trì | Thời gian hoàn thành",
        {"deadlines-agency"},
        leaks=DEADLINES_LEAKS,
    ),
]
DOCS.append(
    Doc(
        "k14-second-appendix-title-in-table",
        "tỉnh",
        "Cà Mau",
        "Cà Mau",
        "two appendices, the second's title typed into the first row of its table (merged over the columns): "
        "Phụ lục I the plan table, a page break, then the scores table whose first row is 'PHỤ LỤC II: KẾT QUẢ "
        "CHỈ SỐ PAPI CỦA TỈNH CÀ MAU NĂM 2024 VÀ NĂM 2025'",
        {"second-title-in-table"},
        leaks=SCORES_LEAKS,
    )
)
HTML_DOC = Doc(
    "k10-chromium-html-province",
    "tỉnh",
    "Khánh Hòa",
    "Khánh Hòa",
    "the province plan as a web page printed by Chromium: body portrait, appendix on a landscape named "
    "page, header in <thead> (repeated by Chromium), dimension and component as rowspan cells",
    set(),
    pdf=False,
)


if __name__ == "__main__":
    only: Callable[[Doc], bool] = (lambda d: d.name in sys.argv[1:]) if sys.argv[1:] else (lambda d: True)
    chosen = [d for d in DOCS if only(d)]
    for d in chosen:
        build(d)
    if chosen:
        to_pdf([d.name for d in chosen if d.pdf])
    if only(HTML_DOC):
        html_doc(HTML_DOC)
