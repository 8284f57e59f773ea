"""Every sample document must give exactly its hand-checked logical rows: the seed's 36, or its own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import COMPARED, GOLDEN, sample_documents

from core.model import FIELDS, Row
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge
from extract.sections import find_headings

ENGINES = ("pdfplumber", "camelot", "pdfium")


def _cases() -> list[Any]:
    cases = []
    for path in sample_documents():
        engines = ENGINES if path.suffix == ".pdf" else (path.suffix[1:],)  # the file's own reader
        cases.extend(pytest.param(path, engine, id=f"{path.name}-{engine}") for engine in engines)
    return cases


def _diff(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    return [
        f"{name}: expected {expected[name]!r}\n      got      {got[name]!r}"
        for name in COMPARED
        if expected[name] != got[name]
    ]


def _own_golden(path: Path) -> Path:
    return GOLDEN / path.stem / "rows.json"


def _squeezed(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        return {k: _squeezed(v) for k, v in value.items()}
    return value


def _row_fields(row: Row) -> dict[str, Any]:
    return {
        "key": row.key,
        "dimension_no": row.dimension_no,
        "component_no": row.component_no,
        "papi": row.papi,
        **{name: row.text(name) for name in FIELDS},
        "extra": dict(row.extra),
    }


def _seed_cases() -> list[Any]:
    return [case for case in _cases() if not _own_golden(case.values[0]).exists()]


def _structure_cases() -> list[Any]:
    return [case for case in _cases() if _own_golden(case.values[0]).exists()]


@pytest.mark.parametrize(("path", "engine"), _structure_cases())
def test_structure_sample_gives_its_hand_checked_rows(path: Path, engine: str) -> None:
    """Plans of other structures (section rows, other columns): every field of every row, spacing ignored."""
    expected = json.loads(_own_golden(path).read_text(encoding="utf-8"))
    settings = ExtractSettings(engine=engine if engine in ENGINES else "pdfplumber")
    doc = merge(extract(path, settings))
    got = [_squeezed(_row_fields(row)) for row in doc.rows]
    problems = []
    for i, (exp, row) in enumerate(zip(expected, got, strict=False)):  # the count is asserted below
        problems += [
            f"row {i + 1} ({exp['key']}) {name}: expected {_squeezed(exp[name])!r}\n      got {row[name]!r}"
            for name in row
            if _squeezed(exp[name]) != row[name]
        ]
    assert not problems, "\n".join(problems[:12])
    assert len(got) == len(expected)
    titles = {_squeezed(exp[name]) for exp in expected for name in ("dimension", "component")}
    assert not [row["key"] for row in got if {row["indicators"], row["tasks"]} & titles]  # no section row as data


@pytest.mark.parametrize(("path", "engine"), _seed_cases())
def test_sample_gives_the_hand_checked_rows(path: Path, engine: str, seed_rows: list[dict[str, Any]]) -> None:
    settings = ExtractSettings(engine=engine if engine in ENGINES else "pdfplumber")
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
    headings = find_headings(doc.physical_rows)
    data = [row for i, row in enumerate(doc.physical_rows) if i not in headings]

    def squeeze(text: str) -> list[str]:
        return sorted(text.replace(" ", "").replace("\n", ""))

    assert squeeze("".join(row.text(n) for row in merged.rows for n in body)) == squeeze(
        "".join(line.text for row in data for n in body for line in row.cells[n].lines)
    )
    labels = {row.text(n) for row in merged.rows for n in FIELDS[:2]}
    for row in doc.physical_rows:
        for name in FIELDS[:2]:
            for line in row.cells[name].lines:
                assert any(line.text in label for label in labels), line.text
    for heading in headings.values():  # a section row's title is a group label, never lost
        assert heading.text in labels, heading.text
