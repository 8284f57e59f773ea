"""A progress line on a terminal: documents and pages done, the rate, the time left, the file being read.

Drawn on stderr only when stderr is a terminal and the run is not quiet, so logs, pipes and tests
never see it; the line is cleared when the run ends, before the messages and the summary.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import TextIO

#: Seconds between two redraws: often enough to look alive, rarely enough to cost nothing.
REDRAW_SECONDS = 0.2


class Progress:
    """Counts finished documents and their pages, and redraws one line on ``stream``."""

    def __init__(self, total: int, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.pages = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def advance(self, pages: int, current: Path | None) -> None:
        """Count one finished document of ``pages`` pages; ``current`` is the next one being read."""
        self.done += 1
        self.pages += pages
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= REDRAW_SECONDS or self.done == self.total):
            self._drawn = now
            self._draw(self.line(now, current))

    def line(self, now: float, current: Path | None) -> str:
        """Return the progress line: "[12/40] 30% 4.1 pages/s 0:42 left reading plan.pdf"."""
        elapsed = max(now - self.started, 1e-6)
        share = self.done / self.total if self.total else 1.0
        left = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        minutes, seconds = divmod(int(left), 60)
        text = (
            f"[{self.done}/{self.total}] {share:.0%} {self.pages} pages, {self.pages / elapsed:.1f} pages/s,"
            f" {minutes}:{seconds:02d} left"
        )
        return text + (f", reading {current.name}" if current is not None and self.done < self.total else "")

    def _draw(self, text: str) -> None:
        width = shutil.get_terminal_size((80, 20)).columns - 1
        self.stream.write("\r" + text[:width].ljust(width))
        self.stream.flush()

    def close(self) -> None:
        """Clear the line, so the messages after it start on a clean line."""
        if self.enabled and self.done:
            width = shutil.get_terminal_size((80, 20)).columns - 1
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()
