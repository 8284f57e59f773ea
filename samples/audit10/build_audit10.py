"""Build the tenth audit's documents: every character of a PDF cell.

    .venv/bin/python samples/audit10/build_audit10.py              (needs soffice, chromium, gs, qpdf, poppler)
    .venv/bin/python samples/audit10/build_audit10.py e05-fake-bold  # one (and what it is made from)

Every document is audit9's short province appendix: audit7's title ("PHỤ LỤC / NHIỆM VỤ, GIẢI PHÁP ... /
(Kèm theo Kế hoạch số 45/KH-UBND ... của UBND tỉnh X)") and audit7's province table cut to five rows
(``audit9_data.ROW_INDEXES``). ONE PDF-level construct varies per document, made the way a real producer
makes it: LibreOffice (a DOCX by audit8's ``appendix_table``, converted by soffice), Chromium (an HTML
page printed, ``html_audit10``), reportlab (a report generator's canvas, ``rl_audit10``), or a
re-processing of LibreOffice's plain PDF (Ghostscript, pdftocairo, qpdf, a rendered page with an OCR
layer).

Writes samples/audit10/<name>.pdf and <name>.expected.json (audit9's format: rows written by hand from
the data and each construct's own text, a list = any of these; "rule" = what a user expects). Never
from phuluc's output.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "audit9"), str(HERE.parent / "audit8"), str(HERE.parent / "audit7")]
from audit7_data import PROVINCE_ROWS  # noqa: E402
from audit9_data import ROW_INDEXES  # noqa: E402
from build_audit7 import Doc as _Doc  # noqa: E402,F401
from build_audit7 import appendix_title, base, kem_theo, orient  # noqa: E402
from build_audit8 import COLUMN, appendix_table, expected  # noqa: E402
from build_audit9 import para, run, set_cell  # noqa: E402
from html_audit10 import page, plain, print_pdf  # noqa: E402
from rl_audit10 import draw_appendix  # noqa: E402

Row = dict[str, object]
ROWS = [PROVINCE_ROWS[i] for i in ROW_INDEXES]
COL = dict(COLUMN, dimension=0, component=1)
Change = dict[int, dict[str, object]]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class Doc:
    name: str
    place: str
    how: str  # "lo", "html", "rl", or "from:<doc>" (re-processed)
    note: str
    rule: str
    leaks: list[str] = field(default_factory=list)


def title(place: str) -> list[str]:
    return [
        "PHỤ LỤC",
        "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026",
        kem_theo(_Doc("x", "tỉnh", place, place, "")),
    ]


def rows_data() -> list[Row]:
    return [expected(r) for r in ROWS]


# ---------------------------------------------------------------- the constructs
# LibreOffice: a DOCX, a few cells changed, converted by soffice. Each returns the expected changes.
def lo_plain(doc, t, where) -> Change:  # type: ignore[no-untyped-def]
    return {}


def lo_justified(doc, t, where) -> Change:  # type: ignore[no-untyped-def]
    for w in where:
        for f in ("indicators", "tasks", "coordinating"):
            for p in t.cell(w, COL[f]).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return {}


SUP = '<w:vertAlign w:val="superscript"/>'


def lo_superscripts(doc, t, where) -> Change:  # type: ignore[no-untyped-def]
    a, b = str(ROWS[3]["tasks"]).split("\n")
    set_cell(
        t.cell(where[3], COL["tasks"]),
        para(run(a[:-1] + " (khu vực chờ rộng tối thiểu 40 m"), run("2", rpr=SUP), run(").")),
        para(run(b)),
    )
    set_cell(t.cell(where[2], COL["lead"]), para(run("Thanh tra tỉnh"), run("1", rpr=SUP)))
    set_cell(t.cell(where[4], COL["deadline"]), para(run("Năm 2026"), run("(*)", rpr=SUP)))
    sub = '<w:vertAlign w:val="subscript"/>'
    set_cell(t.cell(where[0], COL["deadline"]), para(run("Thường xuyên"), run("(a)", rpr=sub)))
    task3 = a[:-1] + " (khu vực chờ rộng tối thiểu 40 m{}).\n" + b
    return {
        3: {"tasks": [task3.format("²"), task3.format("2"), task3.format(" 2")]},
        2: {"lead": ["Thanh tra tỉnh1", "Thanh tra tỉnh¹", "Thanh tra tỉnh 1"]},
        4: {"deadline": ["Năm 2026(*)", "Năm 2026 (*)"]},
        0: {"deadline": ["Thường xuyên(a)", "Thường xuyên (a)"]},
    }


#: e25: each clipped cell's whole text, or the part its cell shows (read on the rendered page).
CLIPPED_SHOWN: Change = {
    1: {"lead": ["Sở Nội vụ"]},
    3: {"lead": ["Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ", "Trung tâm Phục v"]},
    2: {"deadline": ["Quý IV/2026"]},
}


def lo_exact_height(doc, t, where) -> Change:  # type: ignore[no-untyped-def]
    """Row 3.2.1 at an exact height of 15 mm: its cells' last lines are cut off at the row's bottom."""
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), "850")
    h.set(qn("w:hRule"), "exact")
    t.rows[where[2]]._tr.get_or_add_trPr().append(h)
    r = ROWS[2]
    return {
        2: {
            "component": [
                "2. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
                "2. Giải đáp khiếu nại, tố cáo, khúc mắc",
            ],
            "indicators": ["\n".join(r["ind"]), "1. Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền."],  # type: ignore[call-overload]
            "tasks": [
                str(r["tasks"]),
                "- Giải quyết khiếu nại, tố cáo đúng thời hạn; công khai kết quả giải quyết tại nơi tiếp công dân.",
            ],
        }
    }


PDFA_TAGGED = (
    '{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"},'
    '"ExportBookmarks":{"type":"boolean","value":"true"}}'
)


def lo_char_format(rpr: str, fields: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """Word's character formatting ``rpr`` (scale w:w, spacing w:spacing) on every run of ``fields``' cells."""

    def make(doc, t, where) -> Change:  # type: ignore[no-untyped-def]
        for w in where:
            for f in fields:
                for p in t.cell(w, COL[f]).paragraphs:
                    for r in p.runs:
                        r._r.get_or_add_rPr().append(parse_xml(f'<w:x xmlns:w="{W_NS}">{rpr}</w:x>')[0])
        return {}

    return make


def lo_rotated(doc, t, where) -> Change:  # type: ignore[no-untyped-def]
    for w in where:
        for col in (0, 1):
            tc_pr = t.cell(w, col)._tc.get_or_add_tcPr()
            if tc_pr.find(qn("w:textDirection")) is None:
                el = OxmlElement("w:textDirection")
                el.set(qn("w:val"), "btLr")
                tc_pr.append(el)
    return {}


# Chromium: the page's CSS and a cell's own HTML.
def html_justified(i: int, f: str, text: str) -> str | None:
    return None


def html_spaced(i: int, f: str, text: str) -> str | None:
    return None


WHITE = "(nội dung năm 2025, đã bỏ)"
CLIPPED = "dự kiến tháng 11/2026"


def html_hidden(i: int, f: str, text: str) -> str | None:
    if (i, f) == (0, "tasks"):
        a, b = text.split("\n")
        return f'{plain(a)} <span style="color:#fff">{WHITE}</span><br>{plain(b)}'
    if (i, f) == (2, "deadline"):
        return f'<div style="line-height:1.2em;height:2.4em;overflow:hidden">{plain(text)}<br>{CLIPPED}</div>'
    if (i, f) == (3, "coordinating"):
        return (
            f'<div style="position:relative;line-height:1.2em">{plain(text)}<div style="position:absolute;left:0;'
            f'top:1.2em;background:#fff;width:100%;height:2.4em"></div></div>'
        )
    return None


LIG_TASKS = {
    0: "- Cung cấp file mềm tờ gấp pháp luật trên cổng thông tin điện tử, định dạng Office và PDF.\n"
    "- Cập nhật profile lãnh đạo chủ chốt của tỉnh và của xã, phường; in flyer phát tại khu dân cư.",
    4: "- Lắp đặt điểm Wifi miễn phí tại nhà văn hóa các thôn chưa có kết nối.\n"
    "- Duy trì Tổ công nghệ số cộng đồng hướng dẫn người dân tra cứu trên ứng dụng official của tỉnh.",
}


def html_ligatures(i: int, f: str, text: str) -> str | None:
    return plain(LIG_TASKS[i]) if f == "tasks" and i in LIG_TASKS else None


HTML: dict[str, tuple[Callable[[int, str, str], str | None], str, str, Change]] = {
    "e02": (html_justified, "td { text-align: justify; }", "Liberation Serif", {}),
    "e03": (
        html_spaced,
        "td.lead, td.coordinating { letter-spacing: 2pt; } td.dimension { letter-spacing: 1pt; }"
        " th { letter-spacing: 1.5pt; }",
        "Liberation Serif",
        {},
    ),
    "e26": (
        html_justified,
        "th { background: #1f4e79; color: #fff; } td.dimension { background: #404040; color: #fff; }",
        "Liberation Serif",
        {},
    ),
    "e12": (
        html_hidden,
        "",
        "Liberation Serif",
        {3: {"coordinating": ["Sở Nội vụ; UBND các xã, phường", "Sở Nội vụ;"]}},
    ),
    "e13": (html_ligatures, "", "DejaVu Serif", {i: {"tasks": v} for i, v in LIG_TASKS.items()}),
}

# reportlab: how each cell is drawn, {(row index, field): mode} (rl_audit10.MODES).
RL: dict[str, dict[tuple[int, str], str]] = {
    "e04": {
        **{(i, "tasks"): "glyphs" for i in (0, 1)},
        **{(i, "tasks"): "words" for i in (2, 3, 4)},
        **{(i, "lead"): "words" for i in range(5)},
        **{(i, "coordinating"): "charspace" for i in range(5)},
        (0, "indicators"): "glyphs",
        **{(i, "deadline"): "glyphs" for i in range(5)},
    },
    "e18": {**{(i, f): "tj" for i in range(5) for f in ("indicators", "tasks", "lead", "coordinating")}},
    "e19": {**{(i, f): "justify" for i in range(5) for f in ("indicators", "tasks", "coordinating", "component")}},
    "e21": {},
    "e25": {(1, "lead"): "clip", (3, "lead"): "clip", (2, "deadline"): "clip"},
    "e05": {
        **{(i, f): "fakebold" for i in range(5) for f in ("dimension", "component", "lead")},
        (1, "tasks"): "fakebold",
    },
}


# ---------------------------------------------------------------- builders
def build_lo(d: Doc, make: Callable[..., Change], out: Path) -> Change:
    doc = base()
    orient(doc.sections[0], True)
    appendix_title(doc, _Doc(d.name, "tỉnh", d.place, d.place, ""))
    t, where = appendix_table(doc, ROWS)
    change = make(doc, t, where)
    target = "pdf" if d.name[:3] != "e22" else "pdf:writer_pdf_Export:" + PDFA_TAGGED
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{d.name}.docx"
        doc.save(str(src))
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/u",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        shutil.copy(Path(tmp) / f"{d.name}.pdf", out)
    return change


def rl_title(place: str) -> list[tuple[str, str]]:
    a, b, c = title(place)
    return [(a, "b"), (b, "b"), (c, "i")]


def watermark_page(path: Path, text: str, size: float, angle: float) -> None:
    """A landscape page holding only ``text``, light grey, ``size`` pt, turned ``angle`` degrees at its centre."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas
    from rl_audit10 import B

    c = Canvas(str(path), pagesize=landscape(A4))
    c.setFillGray(0.88)
    c.setFont(B, size)
    c.translate(landscape(A4)[0] / 2, landscape(A4)[1] / 2)
    c.rotate(angle)
    c.drawCentredString(0, -size * 0.36, text)
    c.showPage()
    c.save()


def reprocess(kind: str, src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "gs":
            subprocess.run(
                ["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}", str(src)],
                check=True,
            )
        elif kind == "outlines":
            subprocess.run(
                [
                    "gs",
                    "-q",
                    "-dBATCH",
                    "-dNOPAUSE",
                    "-dSAFER",
                    "-sDEVICE=pdfwrite",
                    "-dNoOutputFonts",
                    f"-sOutputFile={out}",
                    str(src),
                ],
                check=True,
            )
        elif kind == "cairo":
            subprocess.run(["pdftocairo", "-pdf", str(src), str(out)], check=True)
        elif kind == "owner":
            subprocess.run(
                [
                    "qpdf",
                    "--encrypt",
                    "",
                    "owner-secret",
                    "256",
                    "--print=full",
                    "--modify=none",
                    "--extract=n",
                    "--",
                    str(src),
                    str(out),
                ],
                check=True,
            )
        elif kind == "linear":
            subprocess.run(["qpdf", "--linearize", "--object-streams=generate", str(src), str(out)], check=True)
        elif kind == "untounicode":
            q = Path(tmp) / "q.pdf"
            subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(src), str(q)], check=True)
            data = re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), q.read_bytes())
            q.write_bytes(data)
            subprocess.run(["qpdf", str(q), str(out)], check=False)  # exit 3: warnings (the qdf's unused objects)
        elif kind == "watermark":
            stamp = Path(tmp) / "stamp.pdf"
            watermark_page(stamp, WATERMARK, 110, 30)
            subprocess.run(["qpdf", str(src), "--underlay", str(stamp), "--repeat=1", "--", str(out)], check=True)
        elif kind == "form":
            from reportlab.lib.pagesizes import A4, landscape
            from reportlab.pdfgen.canvas import Canvas

            blank = Path(tmp) / "blank.pdf"
            c = Canvas(str(blank), pagesize=landscape(A4))
            for _ in range(2):
                c.showPage()
            c.save()
            subprocess.run(["qpdf", str(blank), "--overlay", str(src), "--", str(out)], check=True)
        elif kind == "scan":
            plainpdf = Path(tmp) / "plain.pdf"
            draw_appendix(plainpdf, rl_title(SCAN_PLACE), rows_data(), {})
            subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(plainpdf), f"{tmp}/page"], check=True)
            draw_appendix(
                out, rl_title(SCAN_PLACE), rows_data(), {}, rules=False, text_mode="invisible", image=f"{tmp}/page.png"
            )
        else:
            raise ValueError(kind)


SCAN_PLACE = "Sơn La"
WATERMARK = "DỰ THẢO"
REFUSAL_OK = {"e08", "e14"}  # no text to read: a refusal or a warning naming it is what a user needs
EVERY = "Every character the page shows once, in order: no word glued to the next or split, none doubled or lost."
DOCS: list[Doc] = [
    Doc(
        "e00-libreoffice-plain",
        "Tuyên Quang",
        "lo",
        "the control: LibreOffice's PDF of audit9's appendix, nothing changed",
        EVERY,
    ),
    Doc(
        "e01-justified-libreoffice",
        "Cao Bằng",
        "lo",
        "indicators, tasks and coordinating paragraphs justified "
        "(LibreOffice stretches the spaces of every line but a paragraph's last)",
        EVERY,
    ),
    Doc("e02-justified-chromium", "Lạng Sơn", "html", "every cell text-align: justify, printed by Chromium", EVERY),
    Doc(
        "e03-letter-spaced-chromium",
        "Thái Nguyên",
        "html",
        "CSS letter-spacing 2 pt on lead and coordinating cells, 1 pt on dimension labels, 1.5 pt on the header",
        EVERY + " Letter-spaced words are words, not letters.",
    ),
    Doc(
        "e04-report-generator-glyphs",
        "Quảng Ninh",
        "rl",
        "reportlab canvas: task cells of two rows and deadlines "
        "drawn one glyph at a time, other tasks and leads one word at a time (no space characters, gaps only), "
        "coordinating cells with character spacing Tc 1.5 pt",
        EVERY,
    ),
    Doc(
        "e05-fake-bold",
        "Hưng Yên",
        "rl",
        "reportlab canvas: dimension, component and lead cells and one task cell "
        "drawn twice, the second copy 0.3 pt to the right (an old printer driver's bold)",
        EVERY + " Text drawn twice over itself is read once.",
    ),
    Doc(
        "e06-ghostscript-redistilled",
        "Tuyên Quang",
        "from:e00-libreoffice-plain:gs",
        "e00 re-distilled by Ghostscript (gs -sDEVICE=pdfwrite)",
        EVERY,
    ),
    Doc(
        "e07-pdftocairo",
        "Tuyên Quang",
        "from:e00-libreoffice-plain:cairo",
        "e00 rewritten by pdftocairo -pdf (cairo's own font subsets)",
        EVERY,
    ),
    Doc(
        "e08-outlines",
        "Tuyên Quang",
        "from:e00-libreoffice-plain:outlines",
        "e00 re-distilled by Ghostscript with -dNoOutputFonts: every glyph a path, no text layer",
        "No text layer: the rows are not in the file as text. "
        "A refusal (exit non-zero), an OCR reading of the rows, or a warning saying the pages hold no text are "
        "acceptable; exit 0 with missing rows and no warning is not.",
    ),
    Doc(
        "e09-searchable-scan",
        SCAN_PLACE,
        "from:-:scan",
        "a searchable scan: the page as a 150 dpi image (rules in "
        "the image only, no vector lines) with an invisible OCR text layer, one word at a time in text render "
        "mode 3 (as ocrmypdf / tesseract write)",
        "A searchable scan is text for a user: the rows from the invisible layer, as the page shows them.",
    ),
    Doc(
        "e10-superscripts",
        "Điện Biên",
        "lo",
        "superscripts: 'm' + raised '2' in a task, a raised footnote mark "
        "'1' after a lead, a raised '(*)' after a deadline, a lowered '(a)' after another deadline",
        EVERY + " A raised or lowered mark stays in its field, after its word ('m²' or 'm2'); it opens no line or row.",
    ),
    Doc(
        "e11-rotated-labels",
        "Lai Châu",
        "lo",
        "dimension and component cells with vertical text (w:textDirection btLr: bottom to top)",
        EVERY + " A label written bottom to top reads as the label, in order.",
    ),
    Doc(
        "e12-white-and-clipped",
        "Quảng Trị",
        "html",
        f"hidden text: a white span '{WHITE}' after a task item, a "
        f"second line '{CLIPPED}' clipped away (overflow:hidden) in a deadline cell, a white box painted over "
        "the second line of an agency cell",
        "What the page shows: white text and text clipped out of view are not "
        "seen by a reader and are not in the field (or named in a warning); text under a white box is in the "
        "file but covered: this audit expects the visible text only and accepts the covered words too.",
        [WHITE, "đã bỏ", CLIPPED],
    ),
    Doc(
        "e13-ligatures-chromium",
        "Vĩnh Long",
        "html",
        "DejaVu Serif (which has fi/fl ligatures) printed by "
        "Chromium: 'file', 'Office', 'profile', 'flyer', 'Wifi', 'official' in task cells drawn with ligature "
        "glyphs",
        EVERY + " A ligature glyph is its letters ('fi' not U+FB01).",
    ),
    Doc(
        "e14-no-tounicode",
        "Vĩnh Long",
        "from:e13-ligatures-chromium:untounicode",
        "e13 with every /ToUnicode "
        "map removed (a producer that writes none): Identity-H fonts whose glyph ids say nothing",
        "No way from codes to text: a refusal, an OCR reading, or a warning that the text cannot be read are "
        "acceptable; rows of garbage or missing rows with exit 0 and no warning are not.",
    ),
    Doc(
        "e17-exact-row-height",
        "Bình Định",
        "lo",
        "row 3.2.1 at an exact height (w:trHeight hRule=exact, 15 mm) "
        "too low for its text: LibreOffice cuts each cell at the row's bottom (the component's last words, the "
        "second indicator and task item are not seen)",
        "What the page shows or what the document holds: a cut "
        "cell's field is its visible lines or its whole text; the cut text goes to no other row or field.",
    ),
    Doc(
        "e18-report-generator-tj-kerning",
        "Gia Lai",
        "rl",
        "reportlab canvas, content written by hand: indicator, "
        "task and agency cells as TJ arrays with kerning numbers between letters and every word gap a number "
        "(no space glyph), as Word's and many drivers' PDFs do",
        EVERY,
    ),
    Doc(
        "e19-report-generator-justified",
        "Đắk Lắk",
        "rl",
        "reportlab canvas: component, indicator, task and "
        "coordinating lines stretched to the column by word spacing (Tw), every line but a paragraph's last",
        EVERY,
    ),
    Doc(
        "e20-draft-watermark",
        "Tuyên Quang",
        "from:e00-libreoffice-plain:watermark",
        f"e00 stamped on every page "
        f"with a large grey '{WATERMARK}' (draft) turned 30 degrees across the table (qpdf --underlay of a reportlab "
        "page, a form XObject, as PDF stamping tools do)",
        "The watermark is no cell's text: every field as e00's, the stamp in no row (or named in a warning).",
        [WATERMARK, "THẢO"],
    ),
    Doc(
        "e21-report-generator-reverse-order",
        "Kon Tum",
        "rl",
        "reportlab canvas: the body cells' lines written "
        "into the content stream last first (row 8.2.1's deadline first, row 1.1.1's dimension label last; each "
        "cell's lines bottom up): the page looks as any other",
        EVERY + " Reading order is the page's, not the content stream's.",
    ),
    Doc(
        "e22-pdfa-tagged-libreoffice",
        "Quảng Ngãi",
        "lo",
        "LibreOffice's PDF/A-2b export, tagged (structure tree, marked content around every text run), bookmarks",
        EVERY,
    ),
    Doc(
        "e23-condensed-scale-libreoffice",
        "Đồng Nai",
        "lo",
        "Word's character scale 75% (w:w) on the lead, "
        "coordinating, deadline and dimension cells: narrower glyphs (LibreOffice writes a scaled font matrix)",
        EVERY,
    ),
    Doc(
        "e24-condensed-spacing-libreoffice",
        "An Giang",
        "lo",
        "Word's condensed character spacing -0.6 pt "
        "(w:spacing -12) on the indicator, task and component cells: letters closer, word gaps narrower",
        EVERY,
    ),
    Doc(
        "e25-report-generator-clipped",
        "Hà Tĩnh",
        "rl",
        "reportlab canvas: the leads of rows 1.2.3 and 5.3.1 and the "
        "deadline of row 3.2.1 drawn unwrapped, each paragraph one line clipped at the cell's edges (a report "
        "engine's fixed text field): 'Trung tâm Phục vụ hành chính công tỉnh' shows as its first words only",
        "What the page shows or what the document holds: a clipped cell's field is its visible part or its whole "
        "text; the clipped text goes into no other cell (the next column's agencies stay as they are).",
    ),
    Doc(
        "e26-white-on-dark-header",
        "Thanh Hóa",
        "html",
        "Chromium: header cells white bold text on dark blue, "
        "dimension cells white text on dark grey (visible white text: a fix for e12 must keep it)",
        EVERY,
    ),
    Doc(
        "e27-page-as-form-xobject",
        "Tuyên Quang",
        "from:e00-libreoffice-plain:form",
        "e00's pages each drawn as "
        "a form XObject on a blank page (qpdf --overlay onto blank pages, as stamping and imposition tools do): "
        "all text inside a form",
        "The rows as e00's.",
    ),
    Doc(
        "e15-owner-password",
        "Tuyên Quang",
        "from:e00-libreoffice-plain:owner",
        "e00 encrypted by qpdf with an "
        "owner password only (AES-256, no user password: opens without asking; copying text forbidden)",
        "Opens without a password, as in any viewer: the rows as e00's.",
    ),
    Doc(
        "e16-linearized-objstreams",
        "Tuyên Quang",
        "from:e00-libreoffice-plain:linear",
        "e00 linearized by qpdf with object streams (compressed cross-reference stream)",
        "The rows as e00's.",
    ),
]


def build(d: Doc) -> None:
    out = HERE / f"{d.name}.pdf"
    change: Change = {}
    if d.how == "lo":
        make = {
            "e00": lo_plain,
            "e01": lo_justified,
            "e10": lo_superscripts,
            "e11": lo_rotated,
            "e17": lo_exact_height,
            "e22": lo_plain,
            "e23": lo_char_format('<w:w w:val="75"/>', ("lead", "coordinating", "deadline", "dimension")),
            "e24": lo_char_format('<w:spacing w:val="-12"/>', ("indicators", "tasks", "component")),
        }[d.name[:3]]
        change = build_lo(d, make, out)
    elif d.how == "html":
        cell, css, font, change = HTML[d.name[:3]]
        print_pdf(page(title(d.place), rows_data(), cell, css, font), out)
    elif d.how == "rl":
        draw_appendix(out, rl_title(d.place), rows_data(), RL[d.name[:3]], reverse=d.name[:3] == "e21")
        if d.name[:3] == "e25":  # what shows of the clipped cells, read off the page (pdftoppm) by hand
            change = CLIPPED_SHOWN
    else:
        _, src, kind = d.how.split(":")
        reprocess(kind, HERE / f"{src}.pdf", out)
        if src[:3] in HTML:  # the source's own text changes hold for what is made of it
            change = HTML[src[:3]][3]
    exp = rows_data()
    for k, fields in change.items():
        exp[k].update(fields)
    juris = {"level": "province", "word": "tỉnh", "name": d.place, "province": d.place, "year": 2026}
    doc = {
        "note": d.note,
        "rule": d.rule,
        "jurisdiction": juris,
        "province_also": [],
        "rows": exp,
        "leaks": d.leaks,
        "footnotes": [],
        "loose": [],
        "strict_nfc": False,
        "pdf": {},
        "refusal_ok": d.name[:3] in REFUSAL_OK,
    }
    (HERE / f"{d.name}.expected.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    chosen = [d for d in DOCS if not sys.argv[1:] or d.name in sys.argv[1:]]
    names = {d.name for d in chosen}
    for d in DOCS:  # a re-processed document needs its source first
        if d.name in names or any(x.how.startswith(f"from:{d.name}:") for x in chosen):
            print("building", d.name, flush=True)
            build(d)
