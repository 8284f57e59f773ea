"""Probes for the ninth audit's failures: the smallest inputs that show them.

    .venv/bin/python samples/audit9/probe_audit9.py OUTDIR        (run by run_probes.sh)

Each probe is c-documents' page (the appendix title and the five-row table of build_audit9) with one
cell changed; its PDF is LibreOffice's. Writes OUTDIR/<probe>.docx and OUTDIR/<probe>.pdf.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_audit7 import Doc  # noqa: E402
from build_audit9 import COL, ROWS, appendix_table, appendix_title, base, orient, para, run, set_cell  # noqa: E402

D = Doc("probe", "tỉnh", "Khánh Hòa", "Khánh Hòa", "")
SYMBOLS = "F0B3 F0A3 F0AE F0B4 F0B1"  # Symbol: ≥ ≤ → × ±


def symbols(t, where) -> None:  # type: ignore[no-untyped-def]
    """r1: Symbol-font characters inside an indicator (only the bullet ones were mapped in c03)."""
    parts = [run("1. Tỷ lệ hài lòng ")]
    for ch in SYMBOLS.split():
        parts += [run(inner=f'<w:sym w:font="Symbol" w:char="{ch}"/>'), run(" ")]
    set_cell(t.cell(where[0], COL["indicators"]), para(*parts, run("80%.")))


def nfd_lead(t, where) -> None:  # type: ignore[no-untyped-def]
    """r2: one decomposed (NFD) agency name in one lead cell, nothing else changed."""
    set_cell(t.cell(where[0], COL["lead"]), para(run(unicodedata.normalize("NFD", "Sở Tư pháp"))))


def emoji_page1(t, where) -> None:  # type: ignore[no-untyped-def]
    """r3: emoji outside the BMP in row 1.2.3's task items (page 1 only)."""
    a, b = str(ROWS[1]["tasks"]).split("\n")
    set_cell(t.cell(where[1], COL["tasks"]), para(run("📱 " + a[2:] + " 👍")), para(run(b)))


def nested_1x2(t, where) -> None:  # type: ignore[no-untyped-def]
    """r4: a one-row nested table (two cells) under row 1.2.3's task items."""
    cell = t.cell(where[1], COL["tasks"])
    inner = cell.add_table(rows=1, cols=2)
    inner.style = "Table Grid"
    for c, x in zip(inner.rows[0].cells, ("Đợt 1", "Trước ngày 30/4/2026")):
        c.paragraphs[0].add_run(x)
    cell.add_paragraph()


PROBES = {
    "r1-symbol-chars": symbols,
    "r2-nfd-lead": nfd_lead,
    "r3-emoji-page1": emoji_page1,
    "r4-nested-table-1x2": nested_1x2,
}


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, make in PROBES.items():
        doc = base()
        orient(doc.sections[0], True)
        appendix_title(doc, D)
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
                *[str(out / f"{n}.docx") for n in PROBES],
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for n in PROBES:
            shutil.copy(Path(tmp) / f"{n}.pdf", out / f"{n}.pdf")
