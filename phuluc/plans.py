"""Read back what ``phuluc extract`` wrote: the agency mentions of a plan.json, the entries of a plan.sqlite."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from core.errors import SettingsError
from core.model import Agency
from normalize.suggest import Seen


def read_mentions(plan: Path) -> list[Seen]:
    """Return every agency mention of every document of a plan.json, in document order.

    Raises
    ------
    SettingsError
        When the file cannot be read or is not a plan.json of ``phuluc extract``.
    """
    try:
        payload: Any = json.loads(plan.read_text(encoding="utf-8"))
        return [
            Seen(mention["raw"], mention["id"])
            for doc in payload["documents"]
            for row in doc["rows"]
            for mentions in row["agencies"].values()
            for mention in mentions
        ]
    except OSError as exc:
        msg = f"{plan}: cannot read ({exc.strerror or exc}); give an output folder of 'phuluc extract' or its plan.json"
        raise SettingsError(msg) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        msg = f"{plan}: not a plan.json of 'phuluc extract' ({type(exc).__name__}: {exc})"
        raise SettingsError(msg) from exc


def read_entries(database: Path) -> dict[str, Agency]:
    """Return the agency entries of a plan.sqlite by id; empty when there is no such file.

    Raises
    ------
    SettingsError
        When the file is there but holds no agencies table.
    """
    if not database.is_file():
        return {}
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
            rows = conn.execute(
                "SELECT id, name, kind, level, aliases, replaced_by, replaced_since FROM agencies"
            ).fetchall()
    except sqlite3.Error as exc:
        msg = f"{database}: cannot read its agencies table ({exc})"
        raise SettingsError(msg) from exc
    return {
        row[0]: Agency(
            row[0],
            row[1],
            row[2],
            row[3] or "",
            tuple(a for a in (row[4] or "").split(";") if a),
            row[5],
            date.fromisoformat(row[6]) if row[6] else None,
        )
        for row in rows
    }
