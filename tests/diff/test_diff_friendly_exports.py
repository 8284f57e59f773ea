"""The exports are diff-friendly: fixed key order, document row order, same bytes when nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.model import FIELDS
from phuluc.cli import main
from phuluc.pipeline import diff_files

DOCX = SAMPLES / "plan-2024-landscape.docx"
#: The row keys of plan.json, in the order export/plan_json.py writes them.
ROW_KEY_ORDER = ["key", "dimension_no", "component_no", "papi", *FIELDS, "pages", "boxes"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    for out in (first, second):
        assert main(["extract", str(DOCX), "--out", str(out), "--quiet"]) == 0
    return first, second


@pytest.mark.parametrize("name", ["plan.json", "rows.csv", "plan.sqlite"])
def test_every_export_is_byte_identical_when_nothing_changed(runs: tuple[Path, Path], name: str) -> None:
    first, second = runs
    assert (first / name).read_bytes() == (second / name).read_bytes()


def test_rows_keep_document_order_and_a_fixed_key_order(runs: tuple[Path, Path]) -> None:
    (doc,) = json.loads((runs[0] / "plan.json").read_text(encoding="utf-8"))["documents"]
    assert all([k for k in row if k not in ("extra", "agencies")] == ROW_KEY_ORDER for row in doc["rows"])
    golden = json.loads((SAMPLES.parent / "tests" / "golden" / "seed" / "rows.json").read_text(encoding="utf-8"))
    assert [row["key"] for row in doc["rows"]] == [row["key"] for row in golden]


def test_a_plan_json_against_its_own_document_is_no_change(runs: tuple[Path, Path]) -> None:
    assert diff_files(runs[0] / "plan.json", DOCX).is_empty
