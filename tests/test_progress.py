"""The progress line: drawn on a terminal only, with documents, pages, rate, time left and the file read."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SAMPLES

from phuluc.progress import Progress


def test_the_line_counts_documents_pages_and_time_left() -> None:
    shown = Progress(4, io.StringIO(), enabled=True)
    shown.started = 100.0
    shown.done, shown.pages = 1, 20
    line = shown.line(110.0, Path("plans/b.pdf"))
    assert line == "[1/4] 25% 20 pages, 2.0 pages/s, 0:30 left, reading b.pdf"


def test_nothing_is_drawn_when_the_stream_is_no_terminal() -> None:
    stream = io.StringIO()
    shown = Progress(2, stream)
    shown.advance(10, Path("b.pdf"))
    shown.advance(5, None)
    shown.close()
    assert stream.getvalue() == ""


def test_a_terminal_sees_the_line_and_then_a_clean_line(tmp_path: Path) -> None:
    """Run the real CLI under a pseudo-terminal: the line shows, and is cleared before the summary."""
    main, child = pty.openpty()
    code = "from phuluc.cli import main; import sys; sys.exit(main(sys.argv[1:]))"
    args = [sys.executable, "-c", code, "extract", str(SAMPLES / "plan-2024-grouped.docx"), "--out", str(tmp_path)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=child, cwd=ROOT)
    os.close(child)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait(timeout=300) == 0
    text = seen.decode("utf-8", "replace")
    assert "[1/1] 100% " in text and " pages/s" in text
    assert text.rstrip(" ").endswith("\r")  # the line is cleared again


def test_quiet_runs_and_pipes_show_no_progress(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "phuluc", "extract", str(SAMPLES / "plan-2024-grouped.docx"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0 and "pages/s" not in done.stderr
