"""Stage 4: write the run's result into an output folder (JSON, CSV, SQLite)."""

from __future__ import annotations

from pathlib import Path

from core.model import Result
from export.stream import export_result


def export(result: Result, out_dir: Path) -> list[Path]:
    """Write every output file into ``out_dir`` and return their paths (document by document: export/stream.py)."""
    return export_result(result, out_dir)
