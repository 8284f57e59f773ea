"""review43: borderless plan tables in wide-space fonts (change 3, WORD_GAP_FILL 0.35) and tables with a blank
header cell (change 4), printed by Chromium (HTML) and by LibreOffice (python-docx DOCX).
Text and table shape from samples/review38/build_html.py. Run: /work/main/.venv/bin/python build_pdf.py"""
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent.parent / "review38"))
from build_html import C11, C12, C13, C21, C22, D1, D2, HEAD6, R, TITLE, W6  # noqa: E402
from build_docx import no_borders  # noqa: E402

OUT = Path(__file__).parent / "docs"
# every data row gets the same short phrase in the implementing and lead columns (change 3's repeated phrase)
REP = {k: v[:2] + ("UBND cấp xã", "Phòng Nội vụ") + v[4:] for k, v in R.items()}
ORDER = [("sec", D1), ("sec", C11), ("row", "111"), ("row", "112"), ("sec", C12), ("row", "121"), ("sec", C13),
         ("row", "131"), ("sec", D2), ("sec", C21), ("row", "211"), ("sec", C22), ("row", "221")]


def html_table(rows, head, widths, stt=False):
    h = "".join(f'<th style="width:{w}">{t}</th>' for t, w in zip(head, widths))
    body, n = [], 0
    for kind, val in ORDER:
        if kind == "sec":
            body.append(f'<tr><td colspan="{len(head)}"><b>{val}</b></td></tr>')
        else:
            n += 1
            cells = ((str(n),) if stt else ()) + rows[val]
            body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table><thead><tr>{h}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def html_pdf(name, font, size, table, extra_css=""):
    css = f"""@page {{ size: A4 landscape; margin: 1.5cm }}
body {{ font-family: '{font}'; font-size: {size}pt }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 }}
td, th {{ border: none; padding: 2px 6px 2px 0; vertical-align: top; text-align: left }}
{extra_css}"""
    h = OUT / f"{name}.html"
    h.write_text(f'<html><head><meta charset="utf-8"><style>{css}</style></head><body>{TITLE}{table}</body></html>',
                 encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT / (name + '.pdf')}", h.as_uri()], check=True, capture_output=True)


def docx(name, font, size, rows, head, widths_cm, justify=False, stt=False, borders=False):
    doc = Document()
    s = doc.sections[0]
    s.orientation, s.page_width, s.page_height = WD_ORIENT.LANDSCAPE, Cm(29.7), Cm(21)
    s.left_margin = s.right_margin = Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("PHỤ LỤC\nNhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2024").bold = True
    t = doc.add_table(rows=1, cols=len(head))
    if borders:
        t.style = "Table Grid"
    else:
        no_borders(t)
    for c, (txt, w) in enumerate(zip(head, widths_cm)):
        t.rows[0].cells[c].width = Cm(w)
        t.rows[0].cells[c].paragraphs[0].add_run(txt).bold = True
    n = 0
    for kind, val in ORDER:
        r = t.add_row()
        for c, w in enumerate(widths_cm):
            r.cells[c].width = Cm(w)
        if kind == "sec":
            r.cells[0].merge(r.cells[-1]).paragraphs[0].add_run(val).bold = True
            continue
        n += 1
        for c, text in enumerate(((str(n),) if stt else ()) + rows[val]):
            para = r.cells[c].paragraphs[0]
            para.add_run(text)
            if justify:
                para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.save(OUT / f"{name}.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    JUST = "td { text-align: justify }"
    # change 3: wide-space fonts, 13-14 pt, justified, the repeated phrase in two columns on every row
    for font, tag in (("DejaVu Sans", "dvs"), ("DejaVu Serif", "dvserif"), ("Liberation Sans", "lsans")):
        for size in (13, 14):
            html_pdf(f"g-{tag}-{size}", font, size, html_table(REP, HEAD6, W6))
            html_pdf(f"g-{tag}-{size}-just", font, size, html_table(REP, HEAD6, W6), JUST)
    # narrow agency columns so "UBND cấp xã" / "Phòng Nội vụ" wrap into "UBND cấp / xã" etc. (justified lines)
    html_pdf("g-dvs-14-narrow-just", "DejaVu Sans", 14, html_table(REP, HEAD6, ["20%", "44%", "7%", "9%", "10%", "10%"]), JUST)
    # word-spacing stretched a little (a common Word habit: expanded spacing) at 13 pt
    html_pdf("g-dvs-13-wordspace", "DejaVu Sans", 13, html_table(REP, HEAD6, W6), "td { word-spacing: 1.5pt }")
    WCM = [5.4, 9.8, 2.9, 2.9, 2.9, 2.8]
    for font, tag in (("DejaVu Sans", "dvs"), ("Liberation Sans", "lsans")):
        for size in (13, 14):
            docx(f"gd-{tag}-{size}-just", font, size, REP, HEAD6, WCM, justify=True)
    # change 4: a blank header cell over an STT column (narrow), and a blank last column holding notes
    HSTT = [""] + HEAD6
    html_pdf("h-stt-blank-html", "Liberation Serif", 12,
             html_table(R, HSTT, ["4%", "18%", "36%", "9%", "11%", "11%", "11%"], stt=True))
    docx("h-stt-blank", "Liberation Serif", 12, R, HSTT, [1.0, 5.0, 8.8, 2.6, 2.9, 2.9, 2.8], stt=True, borders=True)
    NOTES = {k: v + (("Ưu tiên năm 2024",) if k in ("111", "211") else ("",)) for k, v in R.items()}
    docx("h-notes-blank", "Liberation Serif", 12, NOTES, HEAD6 + [""], [4.8, 8.6, 2.4, 2.8, 2.8, 2.8, 2.6], borders=True)
    html_pdf("h-notes-blank-html", "Liberation Serif", 12,
             html_table(NOTES, HEAD6 + [""], ["18%", "34%", "9%", "10%", "10%", "10%", "9%"]))
    # control: the same STT table with its label (the warning must not fire)
    docx("h-stt-labelled", "Liberation Serif", 12, R, ["STT"] + HEAD6, [1.0, 5.0, 8.8, 2.6, 2.9, 2.9, 2.8], stt=True, borders=True)
    docs = sorted(str(p) for p in OUT.glob("*.docx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), *docs], check=True,
                   capture_output=True)
