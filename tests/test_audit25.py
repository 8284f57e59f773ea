"""The twenty-fifth audit (samples/audit25): the column structures offices use, each as DOCX and its PDF.

Twelve 2026 appendices (one agency column with the roles in its text, columns in other orders,
indicators and tasks in one column, a leader column, budget and deadline columns, column-number rows,
"Nội dung 1:" section rows, two or four agency columns); each ``.expected.json`` was written from
the audit's own data. One run reads the 24 files and ``compare_audit25.py`` judges each.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from core.model import Row
from extract.header import tasks_hold_indicators
from extract.row_keys import parent_number
from extract.sections import no_dimension_warnings

AUDIT25 = ROOT / "samples" / "audit25"
sys.path.insert(0, str(AUDIT25))
from compare_audit25 import compare  # noqa: E402

EXPECTED = sorted(AUDIT25.glob("s*.expected.json"))
DOCUMENTS = [e.with_name(e.name.replace(".expected.json", f".{kind}")) for e in EXPECTED for kind in ("docx", "pdf")]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from phuluc.cli import main

    folder = tmp_path_factory.mktemp("audit25") / "out"
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        main(["extract", *map(str, DOCUMENTS), "--out", str(folder)])
    return folder


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_a_column_structure_is_read_right(out: Path, path: Path) -> None:
    expected = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json")
    result: dict[str, Any] = compare(out, f"{expected}::{path.name}")
    assert result["verdict"] == "right", result["faults"][:5]


def test_a_tasks_column_that_names_the_indicators_gives_the_keys_their_numbers() -> None:
    assert tasks_hold_indicators((("component", "Chỉ số thành phần"), ("tasks", "Chỉ tiêu, nhiệm vụ, giải pháp")))
    assert not tasks_hold_indicators((("indicators", "Chỉ tiêu"), ("tasks", "Nhiệm vụ, giải pháp")))
    assert not tasks_hold_indicators((("tasks", "Nhiệm vụ, giải pháp"),))


def test_rows_with_a_component_but_no_dimension_are_said_and_keyed_by_the_components_numbering() -> None:
    assert (parent_number("2.1. Tiếp cận thông tin"), parent_number("3. Thủ tục"), parent_number("Thủ tục")) == (
        2,
        None,
        None,
    )
    blank = dict.fromkeys(("indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating"), "")
    rows = [
        Row(key="2.1.1", dimension_no=2, component_no=1, dimension="", component="2.1. Tiếp cận", pages=(1,), **blank),
        Row(key="2.1.2", dimension_no=2, component_no=1, dimension="2. X", component="2.1. Y", pages=(1,), **blank),
    ]
    (said,) = no_dimension_warnings(rows)
    assert said.startswith("1 row(s) have a component but no dimension label (2.1.1)")
