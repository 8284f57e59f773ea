"""The thirteenth audit (samples/audit13): plans as offices send them, and DOCX from other generators.

PDFs stamped with a seal and a signature image, annotated, with a filled form field, saved again as
incremental updates (a changed cell, a signature field, a white-box correction), with a cover page,
page labels and bookmarks; DOCX written by pandoc, the npm package ``docx``, a clerk's tabs and
LibreOffice from an .odt. Each document's rows were written by hand (samples/audit13/README.md);
audit9's comparison judges each extraction, run as ``phuluc extract`` runs. A document not yet read
right is a strict xfail naming what goes wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

AUDIT13 = ROOT / "samples" / "audit13"
AUDIT9 = ROOT / "samples" / "audit9"
DOCUMENTS = sorted(p.name for p in AUDIT13.iterdir() if p.suffix in {".pdf", ".docx"})
#: Documents not yet read right (samples/audit13/README.md, FINDINGS.md).
FAILS: dict[str, str] = {}
#: A clear refusal is right too for these (the rule in their expected file).
REFUSAL_RIGHT = {"d09-tab-table.docx"}


def _report(name: str, out: Path) -> str:
    """audit_report with audit9's comparison (audit13 has no compare script of its own)."""
    import contextlib
    import io
    import subprocess
    import sys

    from phuluc.cli import main

    log = out.with_suffix(".log")
    with contextlib.redirect_stderr(io.StringIO()) as err, contextlib.redirect_stdout(io.StringIO()) as said:
        code = main(["extract", str(AUDIT13 / name), "--out", str(out)])
    log.write_text(said.getvalue() + err.getvalue(), encoding="utf-8")
    expected = AUDIT13 / f"{Path(name).stem}.expected.json"
    command = [sys.executable, str(AUDIT9 / "compare_audit9.py"), str(expected), str(out), str(log), str(code)]
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=FAILS[n])] if n in FAILS else []) for n in DOCUMENTS],
)
def test_a_plan_as_offices_send_it_reads_as_printed(name: str, tmp_path: Path) -> None:
    report = _report(name, tmp_path / "out")
    verdict = [line for line in report.splitlines() if line.startswith("VERDICT:")]
    ok = ("VERDICT: right", "VERDICT: loud failure") if name in REFUSAL_RIGHT else ("VERDICT: right",)
    assert verdict and verdict[-1].startswith(ok), report


@pytest.mark.parametrize("name", ["d04-incremental-update.pdf", "d05-signed.pdf", "d11-cover-up-correction.pdf"])
def test_the_revised_documents_are_incremental_updates(name: str) -> None:
    # the first revision's bytes stay in the file, a second revision appended (two end-of-file marks)
    assert (AUDIT13 / name).read_bytes().count(b"%%EOF") == 2


def test_a_table_typed_with_tabs_is_refused_naming_its_lines() -> None:
    from core.errors import ExtractError
    from extract import extract

    with pytest.raises(ExtractError, match=r"lines of tab-separated text \(the first: 'Chỉ số nội dung \| Nội dung"):
        extract(AUDIT13 / "d09-tab-table.docx")
