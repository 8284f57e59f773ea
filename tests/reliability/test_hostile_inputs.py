"""Hostile and damaged inputs, each beside a good document in one run: one quoted line per failure,
no traceback, no hang, and the good document exported in a complete output folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import (
    CELL_TEXT,
    GOOD_DOCX,
    GOOD_ROWS,
    OUTPUTS,
    docx_bomb,
    docx_control_chars,
    docx_entities,
    docx_list_level,
    docx_list_start,
    docx_many_rows,
    docx_symbol,
    pdf_bad_operands,
    pdf_many_rules,
    pdf_self_length,
    rewrite_docx,
)

from core.text import quote_name
from extract import NO_TABLE_MESSAGE
from phuluc.cli import main


def run_with_good(bad: Path, out: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, list[str]]:
    """Extract ``bad`` and the good DOCX into ``out``; return the status and the stderr lines."""
    status = main(["extract", str(bad), str(GOOD_DOCX), "--out", str(out), "-q", *options])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err.splitlines()


def assert_good_exported(out: Path, failed: Path | None = None) -> dict[str, object]:
    """The folder holds exactly the complete set, with the good document's rows and the failure listed."""
    assert {p.name for p in out.iterdir()} == OUTPUTS
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    good = [d for d in plan["documents"] if d["source"] == GOOD_DOCX.name]
    assert len(good) == 1 and len(good[0]["rows"]) == GOOD_ROWS
    if failed is not None:
        assert [f["source"] for f in plan["failures"]] == [str(failed)]
    assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]  # no stray staging or lock
    return plan


def fifo(folder: Path) -> Path:
    path = folder / "pipe.pdf"
    os.mkfifo(path)
    return path


def small_bomb(folder: Path) -> Path:
    return docx_bomb(folder, 64 << 20)


def lying_sizes(folder: Path) -> Path:
    """A DOCX whose central directory says document.xml inflates to 10 bytes: nothing past them may be read."""
    path = rewrite_docx(folder / "lying.docx", {})
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    at = data.index(b"PK\x01\x02")  # central directory entries: 46 fixed bytes, then the name
    while data[at + 46 : at + 46 + len(name)] != name:
        at = data.index(b"PK\x01\x02", at + 4)
    data[at + 24 : at + 28] = (10).to_bytes(4, "little")  # the uncompressed size
    path.write_bytes(bytes(data))
    return path


#: (builder, words the one error line must hold)
REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "entity-expansion": (lambda folder: docx_entities(folder, "laughs"), "declares a DTD"),
    "external-entity": (lambda folder: docx_entities(folder, "external"), "declares a DTD"),
    "decompression-bomb": (small_bomb, "decompression bomb"),
    "huge-xml": (lambda folder: docx_many_rows(folder, 7000), "far larger than any plan"),
    "lying-zip-sizes": (lying_sizes, "damaged"),
    # pdfium, the default engine, reads the stream to its endstream and finds the page's one line, no table.
    "self-referring-length": (pdf_self_length, "no appendix table found"),
    "many-rules": (lambda folder: pdf_many_rules(folder, 12_000), "rule segments"),
    "fifo": (fifo, "not a regular file"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_refused_input_is_one_quoted_line_and_the_good_document_is_exported(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build, cause = REFUSED[case]
    bad = build(tmp_path)
    out = tmp_path / "out"
    status, lines = run_with_good(bad, out, capsys, "--timeout", "60")
    assert status == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"phuluc: error: {quote_name(str(bad))}: ") and cause in lines[0]
    assert_good_exported(out, bad)


def test_a_document_over_the_time_limit_is_stopped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 10-40 s to read; the good document takes 0.5 s on a quiet machine and 1.5 s on two cores under
    # a load of 6, so the 4 s limit stops only the slow one however busy the machine is
    slow = docx_many_rows(tmp_path, 6000)
    out = tmp_path / "out"
    status, lines = run_with_good(slow, out, capsys, "--timeout", "4")
    assert status == 1 and len(lines) == 1
    assert "took longer than the time limit (4 s" in lines[0]
    assert_good_exported(out, slow)


def test_a_document_over_the_memory_limit_is_stopped(tmp_path: Path) -> None:
    # a fresh process: the readers' address space is the command's own, not pytest's
    big = docx_many_rows(tmp_path, 3000)  # a 16 MB document.xml: its XML tree needs far more than 100 MB
    out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "phuluc",
            "extract",
            str(big),
            str(GOOD_DOCX),
            "--out",
            str(out),
            "-q",
            "--max-memory",
            "100M",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = done.stderr.splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    cause = "needs more memory than the limit (100 MiB; raise it with --max-memory)"
    assert lines[0] == f"phuluc: error: {quote_name(str(big))}: {cause}"
    assert_good_exported(out, big)


@pytest.mark.parametrize(
    ("build", "check"),
    [
        (docx_symbol, lambda text: "\ufffd" in text),
        (lambda folder: docx_symbol(folder, "FFFFFFFFFFFF"), lambda text: "\ufffd" in text),
        (docx_control_chars, lambda text: text.endswith("31mx") and not any(0x7F <= ord(c) <= 0x9F for c in text)),
    ],
    ids=["lone-surrogate", "no-character", "control-characters"],
)
def test_damaged_characters_are_sanitized_and_every_writer_succeeds(
    build: Callable[[Path], Path], check: Callable[[str], bool], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = build(tmp_path)
    out = tmp_path / "out"
    status, _ = run_with_good(bad, out, capsys)
    assert status == 0
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    (doc,) = [d for d in plan["documents"] if d["source"] == bad.name]
    (cell,) = [r["indicators"] for r in doc["rows"] if CELL_TEXT in r["indicators"]]
    assert check(cell), cell
    assert (out / "rows.csv").read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    "build",
    [
        docx_list_level,
        docx_list_start,
        lambda folder: docx_list_start(folder, "9" * 5000, "upperLetter"),
        lambda folder: docx_list_start(folder, "1000000000", "decimal"),
    ],
    ids=["ilvl-1e8", "start-1e18-roman", "start-5000-digits", "start-1e9"],
)
def test_huge_list_levels_and_counters_are_bounded(
    build: Callable[[Path], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = build(tmp_path)
    out = tmp_path / "out"
    status, lines = run_with_good(bad, out, capsys, "--timeout", "60")
    assert status == 0, lines
    plan = assert_good_exported(out)
    labels = [r["indicators"].split(" ", 1)[0] for d in plan["documents"] for r in d["rows"]]  # type: ignore[attr-defined]
    assert max(map(len, labels)) < 60  # a 1e18 counter in Roman numerals would be 1e15 letters


def test_a_new_line_in_a_file_name_does_not_split_the_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad\nname\t.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    status, lines = run_with_good(bad, tmp_path / "out", capsys)
    assert status == 1 and len(lines) == 1
    assert '"' + str(tmp_path) + '/bad\\nname\\x09.pdf": ' in lines[0]


def test_pdf_library_log_lines_never_reach_the_user(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    # pdfminer logs a warning for each operator whose operands are not numbers (pdfium, the default
    # engine, logs nothing: it drops the text drawn under the broken matrix and says no text was read)
    bad = pdf_bad_operands(tmp_path)
    status = main(["extract", str(bad), str(GOOD_DOCX), "--out", str(tmp_path / "out"), "-q", "--engine", "pdfplumber"])
    err = capfd.readouterr().err.splitlines()
    assert status == 1
    assert len(err) == 1 and err[0].startswith(f"phuluc: error: {quote_name(str(bad))}: {NO_TABLE_MESSAGE}")
