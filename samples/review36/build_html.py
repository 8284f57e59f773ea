"""Build the Chromium-printed probes of review36.  Run: /work/main/.venv/bin/python build_html.py"""
import html, json, os, subprocess
from common import HEADER, ROWS, expected

HERE = os.path.dirname(os.path.abspath(__file__))
CSS = """@page { size: A4 landscape; margin: 12mm; }
body { font-family: 'DejaVu Serif Condensed', serif; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000; padding: 3px; vertical-align: top; }
th { font-weight: bold; }
h3 { text-align: center; margin: 2px; }"""


def cell(text, raw=None):
    return "<td>" + (raw if raw is not None else "<br>".join(html.escape(t) for t in text.split("\n"))) + "</td>"


def table(rows, raws=None, header=True, style=""):
    raws = raws or {}
    out = [f'<table style="{style}">']
    if header:
        out.append("<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in HEADER) + "</tr>")
    for i, r in rows:
        out.append("<tr>" + "".join(cell(t, raws.get((i, j))) for j, t in enumerate(r[1:])) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def page(body):
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>" \
           "<h3>PHỤ LỤC</h3><h3>KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2025</h3>" + body + "</body></html>"


def build(name, body, expect):
    src = os.path.join(HERE, "docs", name + ".html")
    pdf = os.path.join(HERE, "docs", name + ".pdf")
    open(src, "w", encoding="utf-8").write(page(body))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir=/tmp/chr-review36", f"--print-to-pdf={pdf}", src],
                   check=True, capture_output=True)
    json.dump(expect, open(os.path.join(HERE, "expected", name + ".pdf.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)


ALL = list(enumerate(ROWS))
BOX = "border:1px solid #000; padding:1px 3px"
build("h01-badge-in-cell",  # a word framed in a cell (an inline box), a framed note under a task
      table(ALL, {(0, 2): html.escape(ROWS[0][3]) + f'<br><span style="{BOX}">Đạt 95%</span>',
                  (1, 3): html.escape(ROWS[1][4]) + f'<div style="{BOX}; margin-top:3px">Mục tiêu: 100% thôn, tổ dân phố</div>'}),
      expected({(0, "indicators"): ROWS[0][3] + "\nĐạt 95%",
                (1, "tasks"): ROWS[1][4] + "\nMục tiêu: 100% thôn, tổ dân phố"}))
build("h02-nested-table-in-cell",  # a real 1x1 table nested in a cell
      table(ALL, {(0, 2): html.escape(ROWS[0][3]) + '<table style="width:auto;margin-top:3px"><tr><td>Đạt 95%</td></tr></table>'}),
      expected({(0, "indicators"): ROWS[0][3] + "\nĐạt 95%"}))
build("h03-dotted-separator-in-cell",  # two tasks parted by a dotted rule (Chromium draws it dot by dot)
      table(ALL, {(0, 3): html.escape(ROWS[0][4]) + '<div style="border-top:1px dotted #000;margin:3px 0"></div>- Tổ chức hội nghị đối thoại với Nhân dân.'}),
      expected({(0, "tasks"): ROWS[0][4] + "\n- Tổ chức hội nghị đối thoại với Nhân dân."}))
build("h04-two-tables-4px",  # the appendix in two tables 5 px (3.75 pt) apart, the second without header
      table(ALL[:2]) + table(ALL[2:], header=False, style="margin-top:5px"),
      expected())
build("h05-checkbox-in-cell",  # a drawn checkbox (an empty framed span) before a word
      table(ALL, {(1, 7): '<span style="display:inline-block;width:7px;height:7px;border:1px solid #000"></span> Đã triển khai'}),
      expected({(1, "coordinating"): "Đã triển khai"}))
