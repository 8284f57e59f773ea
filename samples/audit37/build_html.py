"""HTML producers: WeasyPrint (d1), pandoc -> HTML -> WeasyPrint (d4), Chromium -> pdftocairo (d7)."""
import html, subprocess, sys, tempfile
from pathlib import Path
from docs_spec import rows_for, columns, render_text, write_expected, TITLE

OUT = Path(__file__).parent / "docs"
WIDTHS8 = [10, 10, 16, 30, 8, 9, 9, 8]
WIDTHSSTT = [4, 11, 11, 17, 31, 9, 8, 9]


def cell(lines, name):
    return "".join(f"<p>{html.escape(render_text(l, name))}</p>" for l in lines)


def table_html(name, rowspan):
    heads, fields = columns(name)
    widths = WIDTHS8 if len(fields) == 8 and fields[0] == "dimension" else WIDTHSSTT
    rows = rows_for(name)
    out = ["<table><colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths)
           + "</colgroup><thead><tr>"
           + "".join(f"<th>{html.escape(render_text(h, name))}</th>" for h in heads)
           + "</tr></thead><tbody>"]
    spans = {}
    if rowspan:  # merge consecutive equal group labels
        for f in ("dimension", "component"):
            i = 0
            while i < len(rows):
                j = i
                while j + 1 < len(rows) and rows[j + 1][f] == rows[i][f] and (
                        f == "dimension" or rows[j + 1]["dimension"] == rows[i]["dimension"]):
                    j += 1
                spans[(i, f)] = j - i + 1
                for k in range(i + 1, j + 1):
                    spans[(k, f)] = 0
                i = j + 1
    for i, r in enumerate(rows):
        tds = []
        for f in fields:
            n = spans.get((i, f), 1)
            if n == 0:
                continue
            rs = f' rowspan="{n}"' if n > 1 else ""
            tds.append(f"<td{rs}>{cell(r[f], name)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def page(name, css, rowspan):
    title = "".join(f'<p class="t">{html.escape(render_text(t, name))}</p>' for t in TITLE)
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>{css}</style>'
            f"</head><body>{title}{table_html(name, rowspan)}</body></html>")


CSS1 = """@page { size: A4 landscape; margin: 1.5cm 1.2cm; }
body { font-family: 'DejaVu Sans'; font-size: 8pt; }
p.t { text-align: center; font-weight: bold; margin: 0 0 2pt; }
table { border-collapse: collapse; width: 100%; margin-top: 8pt; }
th, td { border: 0.6pt solid black; vertical-align: top; padding: 2pt 3pt; }
th { font-weight: bold; }
td p, th p { margin: 0 0 1pt; }"""

CSS7 = """@page { size: A4 portrait; margin: 1.4cm 1cm; }
body { font-family: 'Liberation Sans'; font-size: 8.5pt; }
p.t { text-align: center; font-weight: bold; margin: 0 0 2pt; }
table { border-collapse: collapse; width: 100%; margin-top: 8pt; }
thead { display: table-header-group; }
tr { break-inside: auto; }
th, td { border: 1px solid #000; vertical-align: top; padding: 2px 3px; }
td p { margin: 0 0 2px; }"""


def weasy(html_text, pdf):
    from weasyprint import HTML
    HTML(string=html_text).write_pdf(pdf)


def d1():
    name = "d1-weasyprint-dejavu"
    weasy(page(name, CSS1, rowspan=True), OUT / f"{name}.pdf")
    write_expected(name, OUT / f"{name}.expected.json")


def d4():
    """Markdown grid table -> pandoc HTML (its own markup) -> WeasyPrint, Liberation Serif."""
    name = "d4-pandoc-weasyprint"
    heads, fields = columns(name)
    widths = [4, 11, 11, 17, 31, 9, 8, 9]
    # pandoc pipe table can't hold paragraphs: write HTML-in-markdown raw table via pandoc's
    # own reader of an HTML table, then let pandoc write a standalone html5 page
    src = Path(tempfile.mkdtemp()) / "in.html"
    src.write_text("<h3>" + "<br>".join(html.escape(t) for t in TITLE) + "</h3>"
                   + table_html(name, rowspan=False), encoding="utf-8")
    css = Path(src.parent) / "s.css"
    css.write_text("""@page { size: A4 portrait; margin: 2cm 1.5cm; }
body { font-family: 'Liberation Serif'; font-size: 9pt; max-width: none; margin: 0; padding: 0; }
h3 { text-align: center; font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border-top: 0.5pt solid black; border-bottom: 0.5pt solid black; vertical-align: top; padding: 2pt; }
td p { margin: 0 0 2pt; }""", encoding="utf-8")
    html_out = src.parent / "out.html"
    subprocess.run(["pandoc", str(src), "-f", "html", "-t", "html5", "-s",
                    "--metadata", "title=Phụ lục", "-c", str(css), "-o", str(html_out)], check=True)
    from weasyprint import HTML
    HTML(filename=str(html_out)).write_pdf(OUT / f"{name}.pdf")
    (OUT / f"{name}.pandoc.html").write_text(html_out.read_text(encoding="utf-8"), encoding="utf-8")
    write_expected(name, OUT / f"{name}.expected.json")


def d7():
    name = "d7-chromium-pdftocairo-nfd"
    tmp = Path(tempfile.mkdtemp())
    (tmp / "p.html").write_text(page(name, CSS7, rowspan=False), encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={tmp / 'c.pdf'}",
                    f"file://{tmp / 'p.html'}"], check=True, capture_output=True)
    subprocess.run(["pdftocairo", "-pdf", str(tmp / "c.pdf"), str(OUT / f"{name}.pdf")], check=True)
    write_expected(name, OUT / f"{name}.expected.json")


if __name__ == "__main__":
    for f in sys.argv[1:] or ["d1", "d4", "d7"]:
        globals()[f]()
