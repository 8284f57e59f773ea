"""Stage 4: write the run's result into an output folder (JSON, CSV, SQLite)."""

from __future__ import annotations

from pathlib import Path

from core.model import Result
from export import agency_csv, datapackage, datasette_metadata, plan_json, plan_sqlite, review_html, tables_csv


def export(result: Result, out_dir: Path) -> list[Path]:
    """Write every output file into ``out_dir`` and return their paths."""
    return [
        plan_json.export(result, out_dir),
        tables_csv.export(result, out_dir),
        plan_sqlite.export(result, out_dir),
        *agency_csv.export(result, out_dir),
        datapackage.export(result, out_dir),
        datasette_metadata.export(result, out_dir),
        review_html.export(result, out_dir),
    ]
