"""Build the HTML/CSS documents of audit36 and print them with headless Chromium.
Run: /work/main/.venv/bin/python build_html.py"""
import html, os, subprocess, sys

from content import HEADER, HEADER_TT, ROWS, STAMP, pieces

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTHS = [8, 9.5, 16, 28, 8.5, 9, 10, 11]  # per cent

TITLE = """<p class="t"><b>PHỤ LỤC</b></p>
<p class="t">Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao</p>
<p class="t">Chỉ số PAPI năm 2024 và những năm tiếp theo</p>
<p class="t"><i>(Kèm theo Kế hoạch số:/KH-UBND ngày.....tháng 6 năm 2024 của UBND thành phố)</i></p>"""

TAGS = {"h": ("<mark>", "</mark>"), "s": ("<s>", "</s>"), "u": ("<u>", "</u>"), None: ("", "")}


def cell_html(pars):
    out = []
    for par in pars:
        out.append("<p>" + "".join(TAGS[k][0] + html.escape(t) + TAGS[k][1] for t, k in pieces(par)) + "</p>")
    return "".join(out)


def table_html(sections):
    head = HEADER_TT if sections else HEADER
    cols = "".join(f'<col style="width:{w}%">' for w in WIDTHS)
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = []
    n_dim = {}
    n_comp = {}
    for r in ROWS:
        n_dim[r[1]] = n_dim.get(r[1], 0) + 1
        n_comp[(r[1], r[2])] = n_comp.get((r[1], r[2]), 0) + 1
    seen_dim, seen_comp = set(), set()
    i = 0
    for key, dim, comp, *cells in ROWS:
        tds = []
        if sections:
            if dim not in seen_dim:
                body.append(f'<tr class="sec"><td colspan="8">{html.escape(dim)}</td></tr>')
            i += 1
            tds.append(f"<td>{i}</td>")
        elif dim not in seen_dim:
            tds.append(f'<td rowspan="{n_dim[dim]}">{html.escape(dim)}</td>')
        seen_dim.add(dim)
        if (dim, comp) not in seen_comp:
            tds.append(f'<td rowspan="{n_comp[(dim, comp)]}">{html.escape(comp)}</td>')
            seen_comp.add((dim, comp))
        tds += [f"<td>{cell_html(c)}</td>" for c in cells]
        body.append(f'<tr class="d">{"".join(tds)}</tr>')
    return (f'<table><colgroup>{cols}</colgroup><thead><tr>{th}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


BASE = """@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt; }
p { margin: 0; } p.t { text-align: center; font-size: 12pt; margin: 2pt 0; }
table { width: 100%; table-layout: fixed; margin-top: 8pt; }
td, th { vertical-align: top; padding: 2pt 3pt; text-align: left; }
th { font-weight: bold; }
mark { background: #ffff00; }
"""

STYLES = {
    # each cell bordered separately: two parallel lines with a gap of 3 px between cells
    "t04-html-separate": dict(sections=False, css="""
table { border-collapse: separate; border-spacing: 3px; border: 1.5pt solid #000; }
td, th { border: 0.75pt solid #000; }
th { background: #d9d9d9; }
"""),
    # booktabs: no vertical rules, top/mid/bottom rules only, zebra bands, shaded section rows, a stamp
    "t05-html-booktabs-zebra": dict(sections=True, stamp=True, css="""
table { border-collapse: collapse; border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }
th { border-bottom: 0.75pt solid #000; background: #e7e6e6; }
tr.d:nth-child(even) td { background: #f2f2f2; }
tr.sec td { font-weight: bold; background: #d0cece; }
.stamp { position: absolute; top: 250px; left: 760px; width: 120px; height: 40px; border: 2.5pt solid #c00000;
         color: #c00000; font: bold 15pt 'Liberation Sans', sans-serif; text-align: center; line-height: 40px; }
"""),
    # hairline blue dashed/dotted inner rules, a double outer frame and header rule, underlines at the cell's foot
    "t06-html-hairline-blue": dict(sections=False, css="""
table { border-collapse: collapse; border: 3px double #1f4e79; }
td { border-left: 0.25pt dotted #4472c4; border-right: 0.25pt dotted #4472c4;
     border-top: 0.25pt dashed #4472c4; border-bottom: 0.25pt dashed #4472c4; padding-bottom: 0; }
th { border: 0.25pt solid #4472c4; border-bottom: 3px double #1f4e79; background: #dbe5f1; }
u { text-decoration-thickness: 0.8pt; text-underline-offset: 2pt; }
"""),
}


def build(name, st):
    stamp = f'<div class="stamp">{STAMP}</div>' if st.get("stamp") else ""
    doc = (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>{BASE}{st["css"]}</style>'
           f'</head><body>{TITLE}{table_html(st["sections"])}{stamp}</body></html>')
    src = os.path.join(HERE, "docs", name + ".html")
    open(src, "w", encoding="utf-8").write(doc)
    pdf = os.path.join(HERE, "docs", name + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/chr-audit36", f"--print-to-pdf={pdf}", "file://" + src],
                   check=True, capture_output=True, timeout=120)
    return pdf


if __name__ == "__main__":
    for name in sys.argv[1:] or STYLES:
        print("built", build(name, STYLES[name]))
