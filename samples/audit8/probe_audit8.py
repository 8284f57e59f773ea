"""Probes for the eighth audit's failures: the smallest inputs that show them, and their controls.

    .venv/bin/python samples/audit8/probe_audit8.py OUTDIR        (run by run_probes.sh)

Each probe is a short DOCX: a landscape page with the appendix title ("PHỤ LỤC ... Kèm theo ...")
and audit7's province table (build_audit8.appendix_table), with the one thing PROBES names; its PDF
is LibreOffice's. Writes OUTDIR/<probe>.docx and OUTDIR/<probe>.pdf.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit8_data import BUDGET_HEAD, BUDGET_ROWS, BUDGET_TITLE, CONTINUED, FOOTNOTES  # noqa: E402
from build_audit7 import page_break  # noqa: E402  (build_audit8 put samples/audit7 on the path)
from build_audit8 import (  # noqa: E402
    PROVINCE_ROWS,
    Doc,
    add_footnotes,
    appendix_table,
    appendix_title,
    base,
    orient,
    para,
    simple_table,
)

D = Doc("probe", "tỉnh", "Hưng Yên", "Hưng Yên", "")
ROWS = list(PROVINCE_ROWS)


def start():  # type: ignore[no-untyped-def]
    """A landscape document with the appendix title."""
    doc = base()
    orient(doc.sections[0], True)
    appendix_title(doc, D)
    return doc


def split(between: Callable[[object], None], header: str = "none") -> Callable[[object], None]:
    """Rows 1-3 in one table, what ``between`` adds, rows 4-6 in a second table (``header``)."""

    def make(doc) -> None:  # type: ignore[no-untyped-def]
        appendix_table(doc, ROWS[:3])
        between(doc)
        appendix_table(doc, ROWS[3:], header=header)

    return make


def continued(doc) -> None:  # type: ignore[no-untyped-def]
    para(doc, CONTINUED, bold=True, italic=True)


def empty(doc) -> None:  # type: ignore[no-untyped-def]
    para(doc, "")


def broken(doc) -> None:  # type: ignore[no-untyped-def]
    page_break(doc)
    continued(doc)


def empty_row(after: int, dash: int | None = None) -> Callable[[object], None]:
    def make(doc) -> None:  # type: ignore[no-untyped-def]
        appendix_table(doc, ROWS, empty_after=after, dash_row=dash)

    return make


def footnote(k: int) -> Callable[[object], None]:
    def make(doc) -> None:  # type: ignore[no-untyped-def]
        t, where = appendix_table(doc, ROWS)
        add_footnotes(doc, t, where, [n for n in FOOTNOTES if n[0] == k])

    return make


def table_after(title: bool, head: list[str], cols: list[int]) -> Callable[[object], None]:
    """The appendix, an empty paragraph (and the budget title), then the budget table's columns ``cols``."""

    def make(doc) -> None:  # type: ignore[no-untyped-def]
        appendix_table(doc, ROWS)
        para(doc, "")
        if title:
            para(doc, BUDGET_TITLE, bold=True)
        rows = [[r[i] for i in cols] for r in BUDGET_ROWS]
        simple_table(doc, [head[i] for i in cols], rows, [267 // len(cols)] * len(cols))

    return make


UNRECOGNISED = ["STT", "Hạng mục", "Số tiền", "Nguồn", "Đơn vị", "Đơn vị cùng làm", "Quý"]
PROBES: dict[str, Callable[[object], None]] = {
    "q01-split-continued-no-header": split(continued),  # a04 reduced
    "q02-split-empty-para-no-header": split(empty),
    "q03-split-pagebreak-continued-no-header": split(broken),
    "q04-split-continued-header": split(continued, "one"),  # control: a03 reduced
    "q05-empty-row-last": empty_row(5),
    "q06-empty-row-middle": empty_row(2),  # a09 reduced (no dashes)
    "q07-dash-row-only": empty_row(-1, dash=4),  # control: the dashes alone
    "q08-footnote-lead": footnote(3),  # a08 reduced: one footnote, in a lead cell
    "q09-budget7-no-title": table_after(False, BUDGET_HEAD, list(range(7))),
    "q10-budget7-title": table_after(True, BUDGET_HEAD, list(range(7))),  # a10 reduced
    "q11-budget5-title": table_after(True, BUDGET_HEAD, [0, 1, 2, 3, 6]),
    "q12-unrecognised7-title": table_after(True, UNRECOGNISED, list(range(7))),
}


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, make in PROBES.items():
        doc = start()
        make(doc)
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
                *(str(out / f"{n}.docx") for n in PROBES),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        for n in PROBES:
            shutil.copy(Path(tmp) / f"{n}.pdf", out / f"{n}.pdf")
