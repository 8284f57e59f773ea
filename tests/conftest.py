"""Shared fixtures: sample documents, the hand-checked golden rows, and stage runners."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TEST_DATA = ROOT / "tests" / "data"
GOLDEN = ROOT / "tests" / "golden"

#: The fields every sample must reproduce exactly.
COMPARED = ("key", "dimension_no", "component_no", "dimension", "component", "indicators", "tasks",
            "implementing", "lead", "sector_guidance", "coordinating")


def sample_documents() -> list[Path]:
    """Every plan document in samples/: adding a file adds a test."""
    return sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in (".pdf", ".docx"))


@pytest.fixture(scope="session")
def seed_rows() -> list[dict[str, Any]]:
    """The 36 logical rows of the seed, checked by hand (tests/golden/seed/rows.json)."""
    rows: list[dict[str, Any]] = json.loads((GOLDEN / "seed" / "rows.json").read_text(encoding="utf-8"))
    return rows


@pytest.fixture
def sample_path():
    """``sample_path("plan-2024-landscape.pdf")``: a sample document by name."""
    def find(name: str) -> Path:
        for folder in (SAMPLES, TEST_DATA):
            if (folder / name).exists():
                return folder / name
        raise FileNotFoundError(name)
    return find
