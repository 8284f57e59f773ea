"""Every sample document must give exactly the 36 hand-checked logical rows of the seed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import COMPARED, sample_documents

from core.model import FIELDS
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

ENGINES = ("pdfplumber", "camelot", "pdfium")


def _cases() -> list[Any]:
    cases = []
    for path in sample_documents():
        engines = ENGINES if path.suffix == ".pdf" else ("python-docx",)
        cases.extend(pytest.param(path, engine, id=f"{path.name}-{engine}") for engine in engines)
    return cases


def _diff(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    return [f"{name}: expected {expected[name]!r}\n      got      {got[name]!r}" for name in COMPARED if expected[name] != got[name]]


@pytest.mark.parametrize(("path", "engine"), _cases())
def test_sample_gives_the_hand_checked_rows(path: Path, engine: str, seed_rows: list[dict[str, Any]]) -> None:
    settings = ExtractSettings(engine="pdfplumber" if engine == "python-docx" else engine)
    doc = merge(extract(path, settings))
    got = [{name: getattr(row, name) for name in COMPARED} for row in doc.rows]
    problems = []
    for i, (exp, row) in enumerate(zip(seed_rows, got)):
        problems += [f"row {i + 1} ({exp['key']}) {d}" for d in _diff(exp, row)]
    assert not problems, "\n".join(problems[:12])
    assert len(got) == len(seed_rows) == 36


@pytest.mark.parametrize("path", sample_documents(), ids=lambda p: p.name)
def test_pages_are_in_order_and_within_the_document(path: Path) -> None:
    doc = merge(extract(path))
    pages = [p for row in doc.rows for p in row.pages]
    assert pages == sorted(pages)
    assert all(1 <= p <= doc.provenance.pages for p in pages)


@pytest.mark.parametrize("path", sample_documents(), ids=lambda p: p.name)
def test_merging_loses_no_character(path: Path) -> None:
    """Conservation: every character of the table pieces ends up in the logical rows."""
    doc = extract(path)
    merged = merge(doc)
    body = FIELDS[2:]

    def squeeze(text: str) -> list[str]:
        return sorted(text.replace(" ", "").replace("\n", ""))

    assert squeeze("".join(row.text(n) for row in merged.rows for n in body)) == squeeze(
        "".join(line.text for row in doc.physical_rows for n in body for line in row.cells[n].lines)
    )
    labels = {row.text(n) for row in merged.rows for n in FIELDS[:2]}
    for row in doc.physical_rows:
        for name in FIELDS[:2]:
            for line in row.cells[name].lines:
                assert any(line.text in label for label in labels), line.text
