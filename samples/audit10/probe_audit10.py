"""Probes for the tenth audit's failures: the smallest inputs that show them.

    .venv/bin/python samples/audit10/probe_audit10.py OUTDIR        (run by run_probes.sh)

Each probe is the e-documents' page (title and five-row table of build_audit10) with ONE cell changed,
made by LibreOffice (a DOCX) or Chromium (HTML). Writes OUTDIR/<probe>.pdf (and the DOCX).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_audit10 import (  # noqa: E402
    COL,
    ROWS,
    _Doc,
    appendix_table,
    appendix_title,
    base,
    orient,
    para,
    rows_data,
    run,
    set_cell,
    title,
    watermark_page,
)
from html_audit10 import page, plain, print_pdf  # noqa: E402

PLACE = "Yên Bái"


def rotate(cell, how: str = "btLr") -> None:  # type: ignore[no-untyped-def]
    el = OxmlElement("w:textDirection")
    el.set(qn("w:val"), how)
    cell._tc.get_or_add_tcPr().append(el)


def q1(t, where) -> None:  # type: ignore[no-untyped-def]
    """One component cell (row 3.2.1) written bottom to top."""
    rotate(t.cell(where[2], COL["component"]))


def q2(t, where) -> None:  # type: ignore[no-untyped-def]
    """One component cell (row 3.2.1) written top to bottom (tbRl)."""
    rotate(t.cell(where[2], COL["component"]), "tbRl")


def q3(t, where) -> None:  # type: ignore[no-untyped-def]
    """One white word (w:color FFFFFF) after row 1.1.1's first task item."""
    a, b = str(ROWS[0]["tasks"]).split("\n")
    set_cell(
        t.cell(where[0], COL["tasks"]), para(run(a + " "), run("(bỏ)", rpr='<w:color w:val="FFFFFF"/>')), para(run(b))
    )


def q4(t, where) -> None:  # type: ignore[no-untyped-def]
    """Row 3.2.1 at an exact height (w:trHeight hRule=exact) too low for its cells: their last lines cut off."""
    tr = t.rows[where[2]]._tr
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), "850")  # 15 mm: three of the indicator cell's five lines
    h.set(qn("w:hRule"), "exact")
    tr.get_or_add_trPr().append(h)


def q5(t, where) -> None:  # type: ignore[no-untyped-def]
    """One task item (row 1.1.1) in DejaVu Serif holding 'file' (LibreOffice's ligatures)."""
    a, b = str(ROWS[0]["tasks"]).split("\n")
    font = '<w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:cs="DejaVu Serif"/>'
    set_cell(t.cell(where[0], COL["tasks"]), para(run("- Gửi file mềm, định dạng Office.", rpr=font)), para(run(b)))


def q13(t, where) -> None:  # type: ignore[no-untyped-def]
    """One short cell (row 3.2.1's deadline "Quý IV/2026", one vertical line) written bottom to top."""
    rotate(t.cell(where[2], COL["deadline"]))


def q14(t, where) -> None:  # type: ignore[no-untyped-def]
    """One short dimension label alone in its cell (row 8.2.1's "8. Quản trị điện tử") written bottom to top."""
    rotate(t.cell(where[4], COL["dimension"]))


LO = {
    "q13-rotated-one-line-deadline": q13,
    "q14-rotated-short-label": q14,
    "q1-rotated-one-cell-btlr": q1,
    "q2-rotated-one-cell-tbrl": q2,
    "q3-white-word-libreoffice": q3,
    "q4-exact-row-height-cut": q4,
    "q5-ligature-file-libreoffice": q5,
}


def h6(i: int, f: str, text: str) -> str | None:
    """One white word after row 1.1.1's first task item (Chromium)."""
    if (i, f) == (0, "tasks"):
        a, b = text.split("\n")
        return f'{plain(a)} <span style="color:#fff">(bỏ)</span><br>{plain(b)}'
    return None


def h7(i: int, f: str, text: str) -> str | None:
    """'file' alone in the deadline cell of row 1.1.1 (Chromium, DejaVu Serif)."""
    return "Theo file" if (i, f) == (0, "deadline") else None


def h8(i: int, f: str, text: str) -> str | None:
    """One component cell (row 3.2.1) in CSS vertical writing (read bottom to top)."""
    if (i, f) == (2, "component"):
        return f'<div style="writing-mode:vertical-rl;transform:rotate(180deg);height:40mm">{plain(text)}</div>'
    return None


HTML = {
    "q6-white-word-chromium": (h6, "Liberation Serif"),
    "q7-ligature-file-chromium": (h7, "DejaVu Serif"),
    "q8-rotated-one-cell-css": (h8, "Liberation Serif"),
}


#: Stamps under the plain page (e00): (text, size in pt, angle in degrees).
STAMPS = {
    "q9-watermark-flat": ("DỰ THẢO", 110, 0),
    "q10-watermark-one-letter-30": ("O", 110, 30),
    "q11-watermark-small-30": ("DỰ THẢO", 40, 30),
    "q12-watermark-one-letter-flat": ("O", 110, 0),
}


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, make in LO.items():
        doc = base()
        orient(doc.sections[0], True)
        appendix_title(doc, _Doc(name, "tỉnh", PLACE, PLACE, ""))
        t, where = appendix_table(doc, ROWS)
        make(t, where)
        doc.save(str(out / f"{name}.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/u",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                *[str(out / f"{n}.docx") for n in LO],
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for n in LO:
            shutil.copy(Path(tmp) / f"{n}.pdf", out / f"{n}.pdf")
    base_pdf = Path(__file__).resolve().parent / "e00-libreoffice-plain.pdf"
    for name, (text, size, angle) in STAMPS.items():
        watermark_page(out / f"{name}-stamp.pdf", text, size, angle)
        subprocess.run(
            [
                "qpdf",
                str(base_pdf),
                "--underlay",
                str(out / f"{name}-stamp.pdf"),
                "--repeat=1",
                "--",
                str(out / f"{name}.pdf"),
            ],
            check=True,
        )
        (out / f"{name}-stamp.pdf").unlink()
    for name, (cell, font) in HTML.items():
        print_pdf(page(title(PLACE), rows_data(), cell, "", font), out / f"{name}.pdf")
