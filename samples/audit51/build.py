"""Build audit51's 20 randomized plans (random.Random(5100 + n)) and their expected rows.

Usage: python build.py [train|heldout|all]
Writes docs/<name>.{docx,pdf} (the document to read) and expected/<name>.json (traits + expected rows).
LibreOffice converts every docx-pdf plan in one call; Chromium prints the HTML plans one at a time.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from plans import HELDOUT, all_plans, expected, issued, plain, title_lines  # noqa: E402
from producers import write_docx, write_html, write_reportlab  # noqa: E402

DOCS = os.path.join(HERE, "docs")
EXP = os.path.join(HERE, "expected")
SRC = os.path.join(HERE, "src")


def build(which):
    for d in (DOCS, EXP, SRC):
        os.makedirs(d, exist_ok=True)
    to_soffice = []
    for t, rows in all_plans():
        if which != "all" and (t["name"] in HELDOUT) != (which == "heldout"):
            continue
        name, prod = t["name"], t["producer"]
        if prod == "docx":
            doc = os.path.join(DOCS, f"{name}.docx")
            write_docx(t, rows, doc)
        elif prod == "docx-pdf":
            src = os.path.join(SRC, f"{name}.docx")
            write_docx(t, rows, src)
            to_soffice.append(src)
            doc = os.path.join(DOCS, f"{name}.pdf")
        elif prod == "html":
            src = os.path.join(SRC, f"{name}.html")
            write_html(t, rows, src)
            doc = os.path.join(DOCS, f"{name}.pdf")
            chromium(src, doc)
        else:
            doc = os.path.join(DOCS, f"{name}.pdf")
            write_reportlab(t, rows, doc)
        with open(os.path.join(EXP, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump(
                {
                    "traits": t,
                    "heldout": t["name"] in HELDOUT,
                    "document": os.path.relpath(doc, HERE),
                    "title_lines": [plain(x) for x in title_lines(t)],
                    "issued": issued(t),
                    "rows": expected(t, rows),
                },
                f,
                ensure_ascii=False,
                indent=1,
            )
    if to_soffice:
        soffice(to_soffice, DOCS)


def soffice(files, outdir):
    """One LibreOffice call for every DOCX to lay out as PDF."""
    if files:
        with tempfile.TemporaryDirectory() as prof:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{prof}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    outdir,
                    *files,
                ],
                check=True,
                capture_output=True,
            )


def chromium(src, out):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={prof}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out}",
                "file://" + src,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    if not os.path.exists(out):
        raise SystemExit(f"chromium made no {out}")


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "train"
    if which not in ("train", "heldout", "all"):
        raise SystemExit(__doc__)
    build(which)
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)
