"""Scans for review47 part 5: Chromium HTML -> PDF -> pdftoppm (200 and 300 dpi, grey) -> image PDF (PIL)."""

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build import DOCS, chromium  # noqa: E402
from cases import SCAN_ROWS, TITLE  # noqa: E402


def scan_html(padding: str) -> str:
    css = ("@page {size: A4 landscape; margin: 15mm} body {font-family: 'Liberation Serif'; font-size: 12pt}"
           f" table {{border-collapse: collapse; width: 100%}} td, th {{border: 1px solid black; padding: {padding};"
           " vertical-align: top} .t {text-align: center; font-weight: bold} .n {width: 3%; text-align: center}")
    out = [f"<!doctype html><html lang=vi><meta charset=utf-8><style>{css}</style><body>"]
    out += [f"<p class=t>{html.escape(t)}</p>" for t in TITLE]
    out.append("<table><tr><th rowspan=2>STT</th><th rowspan=2>Nhiệm vụ, giải pháp</th>"
               "<th colspan=2>Cơ quan thực hiện</th><th rowspan=2>Thời gian hoàn thành</th>"
               "<th rowspan=2 class=n>Ghi chú</th></tr><tr><th>Chủ trì</th><th>Phối hợp</th></tr>")
    n = 0
    for row in SCAN_ROWS:
        if row[0] == "section":
            out.append(f"<tr><td colspan=6><b>{row[1]}</b></td></tr>")
            continue
        n += 1
        out.append(f"<tr><td>{n}</td>" + "".join(f"<td>{c}</td>" for c in row[:4]) + f"<td class=n>{row[4]}</td></tr>")
    return "\n".join(out) + "</table></body></html>"


def scan(pdf: Path, out: Path, dpi: int) -> None:
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("p*.png"))]
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)


def main() -> None:
    for name, padding in (("loose", "4px"), ("tight", "0px 2px")):
        digital = DOCS / f"s-{name}-digital.pdf"
        chromium(scan_html(padding), digital)
        for dpi in (200, 300):
            scan(digital, DOCS / f"s-{name}-{dpi}.pdf", dpi)


if __name__ == "__main__":
    main()
