"""The twenty-eighth audit (samples/audit28): section rows as offices number them.

F1: a component section row "1. Hiệu quả tương tác với các cấp chính quyền" (no PAPI name phuluc
knows) was read as a data row in plans whose other component rows ("1. Tri thức công dân") were
section rows: an extra row, its component's rows keyed into another component. F5: a dimension row
written as "I" in the TT cell with its title merged over the other columns, from the first group
column, was three data rows in the DOCX. Expected rows and keys are the documents' own.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from conftest import ROOT

from extract import extract
from extract.merge import merge

DOCS = ROOT / "samples" / "audit28" / "docs"


def _expected(stem: str) -> list[tuple[str, str]]:
    rows = json.loads((DOCS / f"{stem}.expected.json").read_text(encoding="utf-8"))
    rows = rows["rows"] if isinstance(rows, dict) else rows
    return [(row["key"], row["component_title"]) for row in rows]


@pytest.mark.parametrize(
    "name",
    [
        "d01-roman-sections.docx",
        "d01-roman-sections.pdf",
        "d01-roman-sections.chromium.pdf",
        "d10-autonum-sections-indicators.docx",
        "d10-autonum-sections-indicators.pdf",
    ],
)
def test_an_unnamed_component_heading_numbered_as_the_named_ones_is_a_section_row(name: str) -> None:
    rows = merge(extract(DOCS / name)).rows
    expected = _expected(name.split(".")[0])
    assert [r.key for r in rows] == [key for key, _ in expected]
    assert all(r.component.endswith(title) for r, (_, title) in zip(rows, expected, strict=True))


def test_a_dimension_title_merged_from_the_first_group_column_beside_its_number_is_a_section_row() -> None:
    docx = merge(extract(DOCS / "d05-tt-restart-per-dimension.docx"))
    pdf = merge(extract(DOCS / "d05-tt-restart-per-dimension.pdf"))
    assert len(docx.rows) == 16
    assert [(r.key, r.dimension, r.component) for r in docx.rows] == [
        (r.key, r.dimension, r.component) for r in pdf.rows
    ]
    assert docx.rows[0].dimension == "CÔNG KHAI, MINH BẠCH TRONG VIỆC RA QUYẾT ĐỊNH Ở ĐỊA PHƯƠNG"
    assert not [w for w in docx.warnings if "overrides" in w]


def test_a_deleted_row_diffs_the_same_between_docx_and_pdf(tmp_path: Path) -> None:
    """F8: the spurious data row of F1 made the DOCX-to-PDF diff of p2 report rows that did not change."""
    from phuluc.cli import main

    pair = ROOT / "samples" / "audit28" / "pairs" / "p2-delete"
    out = tmp_path / "diff.json"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        args = ["diff", str(pair / "p2-2024.docx"), str(pair / "p2-2025.pdf"), "--format", "json", "-o", str(out)]
        assert main(args) == 0
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found["summary"] == {"added": 0, "removed": 1, "modified": 0, "renumbered": 1, "unchanged": 14}


def test_a_dimension_number_other_than_the_components_own_is_said() -> None:
    """F6: "I" over components "2.1.", "2.2." keys the rows 1.x.x, as the README rules; now said."""
    doc = merge(extract(DOCS / "d05-tt-restart-per-dimension.docx"))
    (said,) = [w for w in doc.warnings if "other than their component's own numbering" in w]
    assert said.startswith("16 row(s) have a dimension number") and "component '2.1. Tiếp cận thông tin'" in said
    clean = merge(extract(DOCS / "d01-roman-sections.docx"))
    assert not [w for w in clean.warnings if "other than their component's own numbering" in w]
