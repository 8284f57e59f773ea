"""The tenth audit's web pages: the appendix as HTML printed by Chromium (``--print-to-pdf``).

audit7's k10 page (samples/audit7/build_audit7.py ``html_doc``) cut to the appendix on a landscape
page: title, Kèm theo line, the table with dimension and component as rowspan cells and the header in
<thead>. ``cell(i, field, text)`` may return a cell's inner HTML of its own (letter-spaced spans, white
text, a clipped box, ...); ``css`` is added to the page's style sheet.
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from rl_audit10 import COLS, HEAD, WIDTH_MM

e = html.escape


def plain(text: str) -> str:
    return "<br>".join(e(x) for x in text.split("\n"))


def page(
    title: list[str],
    rows: list[dict[str, object]],
    cell: Callable[[int, str, str], str | None],
    css: str = "",
    font: str = "Liberation Serif",
) -> str:
    trs = []
    for i, r in enumerate(rows):
        tds = ""
        for f in COLS:
            text = str(r[f])
            inner = cell(i, f, text) or plain(text)
            if f in ("dimension", "component"):
                if i and rows[i - 1][f] == r[f]:
                    continue
                n = sum(1 for x in rows[i:] if x[f] == r[f])
                tds += f'<td class="{f}" rowspan="{n}">{inner}</td>'
            else:
                tds += f'<td class="{f}">{inner}</td>'
        trs.append(f"<tr>{tds}</tr>")
    cols = "".join(f'<col style="width:{w}mm">' for w in WIDTH_MM)
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>phu luc</title><style>
@page {{ size: A4 landscape; margin: 15mm; }}
body {{ font-family: '{font}'; font-size: 13pt; }} p {{ margin: 0 0 4pt 0; }}
.c {{ text-align: center; font-weight: bold; }} .i {{ text-align: center; font-style: italic; }}
table.p {{ border-collapse: collapse; width: 100%; font-size: 12pt; }}
table.p td, table.p th {{ border: 0.6pt solid black; padding: 2pt; vertical-align: top; }}
{css}
</style></head><body>
<p class=c>{e(title[0])}</p><p class=c>{e(title[1])}</p><p class=i>{e(title[2])}</p><br>
<table class="p"><colgroup>{cols}</colgroup><thead><tr>{"".join(f"<th>{e(h)}</th>" for h in HEAD)}</tr>
</thead><tbody>{"".join(trs)}</tbody></table></body></html>"""


def print_pdf(text: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(text, encoding="utf-8")
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/prof",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
