"""Plans for the diff tests, made from the hand-checked golden rows (tests/golden/seed/rows.json)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from core.model import Document
from diff.inputs import row_from_dict
from diff.model import Plan
from phuluc.pipeline import run_documents

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def golden_dicts() -> list[dict[str, Any]]:
    """The 36 seed rows as plan.json row dicts (fresh copies: tests may change them)."""
    rows: list[dict[str, Any]] = json.loads((GOLDEN / "seed" / "rows.json").read_text(encoding="utf-8"))
    return [{**row, "pages": [1]} for row in rows]


def plan(rows: list[dict[str, Any]], name: str = "plan") -> Plan:
    return Plan(name, tuple(row_from_dict(row) for row in rows))


def by_key(rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return next(row for row in rows if row["key"] == key)


def plan_json(*documents: tuple[str, list[dict[str, Any]]]) -> str:
    """A plan.json text holding the given (source, rows) documents."""
    docs = [{"source": source, "path": f"plans/{source}", "rows": rows} for source, rows in documents]
    return json.dumps({"documents": docs, "failures": []}, ensure_ascii=False, indent=2) + "\n"


@cache
def extracted(path: Path) -> Document:
    """Run the whole pipeline on one document, once per test session."""
    result = run_documents([path])
    assert not result.failures, result.failures
    (document,) = result.documents
    return document
