"""Build review47's documents: Chromium/LibreOffice/reportlab PDFs and DOCX (python samples/review47/build.py)."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from cases import DASH_ROWS, HEADER, ITALIC_ROWS, LOST_ROWS, PLAIN_ROWS, TITLE  # noqa: E402

DOCS = Path(__file__).parent / "docs"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")


def html_doc(rows, *, font="Liberation Serif", spacing="normal", narrow_coord=False, size=12) -> str:
    css = (f"@page {{size: A4 landscape; margin: 15mm}} body {{font-family: '{font}'; font-size: {size}pt}}"
           " table {border-collapse: collapse; width: 100%} td, th {border: 1px solid black; padding: 3px;"
           f" vertical-align: top}} i {{letter-spacing: {spacing}}} .t {{text-align: center; font-weight: bold}}")
    coord = " style='width:1%'" if narrow_coord else ""
    out = [f"<!doctype html><html lang=vi><meta charset=utf-8><style>{css}</style><body>"]
    out += [f"<p class=t>{html.escape(t)}</p>" for t in TITLE]
    out.append("<table><tr>" + "".join(f"<th{coord if k == 3 else ''}>{h}</th>" for k, h in enumerate(HEADER)))
    for n, row in enumerate(rows, 1):
        out.append(f"<tr><td>{n}</td>" + "".join(f"<td{coord if k == 2 else ''}>{c}</td>" for k, c in enumerate(row)))
    return "\n".join(out) + "</table></body></html>"


def chromium(html_text: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.html"
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True)


def docx_doc(rows, out: Path, *, spacing_pt: float = 0.0) -> None:
    """A DOCX; "<i>…</i>" runs italic, with w:spacing (letter spacing) when given."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Liberation Serif", Pt(12)
    for t in TITLE:
        doc.add_paragraph().add_run(t).bold = True
    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for cell, h in zip(table.rows[0].cells, HEADER):
        cell.text = h
    for n, row in enumerate(rows, 1):
        cells = table.add_row().cells
        cells[0].text = str(n)
        for cell, text in zip(cells[1:], row):
            para = cell.paragraphs[0]
            for k, part in enumerate(re.split(r"</?i>", text)):
                if not part:
                    continue
                run = para.add_run(part)
                if k % 2:
                    run.italic = True
                    if spacing_pt:
                        sp = OxmlElement("w:spacing")
                        sp.set(qn("w:val"), str(round(spacing_pt * 20)))
                        run._r.get_or_add_rPr().append(sp)
    doc.save(out)


def reportlab_doc(rows, out: Path, *, char_space: float = 0.0) -> None:
    """reportlab platypus table; italic runs in Liberation Serif Italic, letter spacing by charSpace."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    from reportlab.lib.fonts import addMapping

    for name, file in (("LS", "LiberationSerif-Regular"), ("LS-I", "LiberationSerif-Italic"),
                       ("LS-B", "LiberationSerif-Bold"), ("LS-BI", "LiberationSerif-BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{file}.ttf")))
    addMapping("LS", 0, 0, "LS"), addMapping("LS", 0, 1, "LS-I"), addMapping("LS", 1, 0, "LS-B")
    addMapping("LS", 1, 1, "LS-BI")
    style = ParagraphStyle("c", fontName="LS", fontSize=11, leading=14, charSpace=char_space)  # the whole cell

    def para(text: str) -> Paragraph:
        return Paragraph(text, style)

    title = [Paragraph(html.escape(t), ParagraphStyle("t", parent=style, alignment=1)) for t in TITLE]
    data = [[Paragraph(h, style) for h in HEADER]]
    data += [[para(str(n)), *(para(c) for c in row)] for n, row in enumerate(rows, 1)]
    table = Table(data, colWidths=[30, 330, 120, 160, 100])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build([*title, table])


def plain(text: str) -> str:
    return re.sub(r"</?i>", "", text)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    chromium(html_doc(DASH_ROWS, narrow_coord=True), DOCS / "b1-dash-chromium.pdf")
    for name, spacing in (("normal", "normal"), ("wide1", "1pt"), ("wide2", "2pt"), ("tight", "-0.5pt")):
        chromium(html_doc(ITALIC_ROWS, spacing=spacing), DOCS / f"i-chromium-{name}.pdf")
    chromium(html_doc(ITALIC_ROWS, font="DejaVu Math TeX Gyre"), DOCS / "i-chromium-synthetic.pdf")
    chromium(html_doc(ITALIC_ROWS, font="DejaVu Sans", spacing="1pt"), DOCS / "i-chromium-dejavu-wide1.pdf")
    for name, char_space in (("normal", 0.0), ("wide1", 1.0), ("tight", -0.4)):
        reportlab_doc(ITALIC_ROWS, DOCS / f"i-reportlab-{name}.pdf", char_space=char_space)
    soffice_src = []
    for name, spacing in (("normal", 0.0), ("wide1", 1.0), ("wide3", 3.0), ("tight", -0.5)):
        docx_doc(ITALIC_ROWS, DOCS / f"i-lo-{name}.docx", spacing_pt=spacing)
        soffice_src.append(DOCS / f"i-lo-{name}.docx")
    docx_doc(LOST_ROWS, DOCS / "l1-lost.docx")
    docx_doc(PLAIN_ROWS, DOCS / "l2-plain-km.docx")
    soffice_src += [DOCS / "l1-lost.docx"]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(DOCS), *map(str, soffice_src)],
                   check=True, capture_output=True)
    for src in soffice_src[:4]:
        src.unlink()  # the italic DOCX only feed LibreOffice's PDFs


if __name__ == "__main__":
    main()
