"""Write a plan as a web page and print it to PDF with headless Chromium, as "Save as PDF" does.

Offices that keep plans in a web system print the appendix from the browser. Chromium lays the
table out with ``border-collapse: collapse`` and draws each hairline border as a thin filled
rectangle, not a stroked line; it repeats a ``thead`` on every page (``display:
table-header-group``) and breaks a tall row inside the row at the page bottom. Group labels are
``rowspan`` cells. Needs Debian's ``chromium`` package.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from html import escape
from pathlib import Path

from layouts_plan import Plan, Style, group_runs
from seedtext import FIELDS

#: Chromium's print can take a while on a slow shared machine; a hung browser must not hang the build.
CHROMIUM_TIMEOUT_S = 180


def _lines(text: str) -> str:
    return "".join(f"<div>{escape(line)}</div>" for line in text.split("\n") if line)


def _small_table(rows: Sequence[Sequence[str]], css_class: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{_lines(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f'<table class="{css_class}">{body}</table>'


def _rowspans(rows: Sequence[dict[str, str]], group: str) -> list[int]:
    """Per row, how many rows its ``group`` cell spans (0: covered by the cell above)."""
    spans = [0] * len(rows)
    for first, last in group_runs(rows, group):
        spans[first] = last - first + 1
    return spans


def _css(style: Style, widths: Sequence[float]) -> str:
    size = f"{style.page} {'landscape' if style.landscape else 'portrait'}"
    total = sum(widths)
    cols = "".join(f"col.c{i} {{ width: {100 * w / total:.2f}%; }}\n" for i, w in enumerate(widths))
    return f"""
@page {{ size: {style.page} portrait; margin: {style.margin_pt}pt; }}
@page appendix {{ size: {size}; margin: {style.margin_pt}pt; }}
body {{ font-family: '{style.font}'; font-size: {style.font_size}pt; line-height: 1.25; }}
.appendix {{ page: appendix; }}
.title {{ text-align: center; font-weight: bold; }}
table {{ border-collapse: collapse; }}
table.plan {{ width: 100%; table-layout: fixed; }}
table.plan td, table.plan th, table.scores td {{ border: 0.5px solid black; padding: 2pt 3pt; }}
table.plan td {{ vertical-align: top; }}
table.plan th {{ vertical-align: middle; text-align: center; font-size: 0.8em; }}
{cols}"""


def plan_html(plan: Plan, style: Style, repeat_header: bool) -> str:
    """Return the plan as one HTML page: body text, then the appendix on pages of its own."""
    head = "<tr>" + "".join(f"<th>{_lines(label)}</th>" for label in plan.header) + "</tr>"
    spans = {group: _rowspans(plan.rows, group) for group in ("dimension", "component")}
    rows = []
    for i, row in enumerate(plan.rows):
        cells = []
        for name in FIELDS:
            span = spans[name][i] if name in spans else 1
            if span:
                attr = f' rowspan="{span}"' if span > 1 else ""
                cells.append(f"<td{attr}>{_lines(row[name])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    table_head = f"<thead>{head}</thead><tbody>" if repeat_header else f"<tbody>{head}"
    cols = "".join(f'<col class="c{i}">' for i in range(len(FIELDS)))
    body = "".join(f"<p>{escape(text)}</p>" for text in plan.body)
    title = "".join(f'<div class="title">{escape(line)}</div>' for line in plan.title_lines)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(plan.title_lines[0])}</title>
<style>{_css(style, style.widths)}</style></head><body>
{body}{_small_table(plan.scores, "scores")}<p>{escape(plan.closing)}</p>{_small_table(plan.recipients, "recipients")}
<div class="appendix">{title}<br>
<table class="plan"><colgroup>{cols}</colgroup>{table_head}{"".join(rows)}</tbody></table></div>
</body></html>
"""


def print_html(html_text: str, path: Path) -> Path:
    """Print ``html_text`` to ``path`` with headless Chromium, no header or footer lines.

    The structure tags Chromium adds by default are left out: they double the file and carry no
    geometry a reader of the page uses.
    """
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        msg = "Chromium is needed to print the browser samples: apt-get install chromium"
        raise SystemExit(msg)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "plan.html"
        page.write_text(html_text, encoding="utf-8")
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-pdf-tagging",
                f"--user-data-dir={tmp}/profile",
                "--no-pdf-header-footer",
                f"--print-to-pdf={path}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=CHROMIUM_TIMEOUT_S,
        )
    return path


def write_chromium(plan: Plan, style: Style, path: Path, repeat_header: bool = True) -> Path:
    """Write the plan as a web page printed by Chromium; the header repeats on each page or not."""
    return print_html(plan_html(plan, style, repeat_header), path)
