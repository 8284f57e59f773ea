"""data.json -> HTML appendix for a Chromium print (rowspan group labels, thead repeated).

python build_html.py DATA.json OUT.html [--size 10]
then: chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf=OUT.pdf OUT.html
"""
import html
import json
import sys

from build_docx import FIELDS, HEADER

CSS = """@page { size: A4 landscape; margin: 1cm; }
body { font-family: 'Liberation Serif', serif; font-size: %spt; }
table { border-collapse: collapse; width: 100%%; }
th, td { border: 0.6pt solid #000; vertical-align: top; padding: 2pt 3pt; }
th { font-weight: bold; }
p { margin: 0; }
col.g { width: 9%%; } col.i { width: 15%%; } col.t { width: 30%%; } col.a { width: 9.25%%; }"""


def cell(lines, attrs=""):
    return f"<td{attrs}>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</td>"


def build(data, size=10):
    rows = data["rows"]
    span_d, span_c = {}, {}
    for r in rows:
        span_d[r["d"]] = span_d.get(r["d"], 0) + 1
        span_c[(r["d"], r["c"])] = span_c.get((r["d"], r["c"]), 0) + 1
    out = ["<!doctype html><html lang=vi><meta charset=utf-8><style>", CSS % size, "</style><body>",
           "<p style='text-align:center'><b>PHỤ LỤC</b></p>",
           "<p style='text-align:center'>Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI</p>",
           "<p style='text-align:center'><i>(Kèm theo Kế hoạch số /KH-UBND năm 2024 của UBND tỉnh)</i></p>",
           "<table><colgroup><col class=g><col class=g><col class=i><col class=t>" + "<col class=a>" * 4 + "</colgroup>",
           "<thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in HEADER) + "</tr></thead><tbody>"]
    prev = (None, None)
    for r in rows:
        tr = ["<tr>"]
        if r["d"] != prev[0]:
            tr.append(cell([r["dimension"]], f" rowspan={span_d[r['d']]}"))
        if (r["d"], r["c"]) != prev[1]:
            tr.append(cell([r["component"]], f" rowspan={span_c[(r['d'], r['c'])]}"))
        prev = (r["d"], (r["d"], r["c"]))
        tr += [cell(r[f]) for f in FIELDS]
        out.append("".join(tr) + "</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out)


if __name__ == "__main__":
    a = sys.argv[1:]
    size = float(a[a.index("--size") + 1]) if "--size" in a else 10
    open(a[1], "w", encoding="utf-8").write(build(json.load(open(a[0], encoding="utf-8")), size))
