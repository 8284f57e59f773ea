"""Inputs of ``phuluc diff``: plan.json, its output folder, documents, folders of documents, in any mix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES
from plans import golden_dicts, plan, plan_json

from core.model import FIELDS
from diff import load_plan
from diff.errors import DiffInputError, DiffUsageError
from diff.fields import BASE_FIELDS, compared_fields, plan_fields
from diff.inputs import row_from_dict
from phuluc.cli import main
from phuluc.pipeline import run_documents

DOCX = SAMPLES / "plan-2024-landscape.docx"


def test_an_output_folder_reads_its_plan_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out-2024"
    assert main(["extract", str(DOCX), "--out", str(out), "--quiet"]) == 0
    assert main(["diff", str(out), str(out / "plan.json")]) == 0
    assert "no changes" in capsys.readouterr().out


def test_a_folder_of_documents_gives_the_one_named(tmp_path: Path) -> None:
    for name in ("plan-2024-landscape.docx", "plan-2024-portrait.docx"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    with pytest.raises(DiffUsageError, match="holds 2 documents"):
        load_plan(tmp_path, None, run_documents)
    plan = load_plan(tmp_path, "plan-2024-portrait", run_documents)
    assert plan.name == "plan-2024-portrait.docx" and len(plan.rows) == 36
    with pytest.raises(DiffUsageError, match="no document named 'plan-2030'"):
        load_plan(tmp_path, "plan-2030", run_documents)


def test_a_folder_with_no_plan_is_one_line_status_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["diff", str(tmp_path / "empty"), str(DOCX)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds neither plan.json nor a plan document" in err


def test_a_plan_json_document_is_chosen_by_file_stem_or_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(plan_json(("a.docx", golden_dicts()), ("b.pdf", golden_dicts())), encoding="utf-8")
    assert load_plan(path, "b").name == "b.pdf"
    assert load_plan(tmp_path, "A.DOCX").name == "a.docx"


def test_a_plan_json_against_a_document_in_both_orders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(DOCX), "--out", str(out), "--quiet"]) == 0
    for pair in ((out, SAMPLES / "plan-2024-landscape.pdf"), (SAMPLES / "plan-2024-landscape.pdf", out)):
        assert main(["diff", *map(str, pair), "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["summary"]["unchanged"] == 36


def test_the_template_fields_are_required_in_plan_json() -> None:
    row = golden_dicts()[0]
    row.pop("tasks")
    with pytest.raises(KeyError):
        row_from_dict(row)


def test_a_field_only_one_plan_has_is_not_compared() -> None:
    base = frozenset(BASE_FIELDS)
    with_deadline = base | {"deadline"}
    assert "deadline" not in compared_fields(with_deadline, base)
    assert compared_fields(with_deadline, with_deadline) == tuple(n for n in FIELDS if n in with_deadline)
    assert compared_fields(base, base) == BASE_FIELDS


def test_a_plan_has_the_fields_its_header_maps_or_its_rows_fill() -> None:
    rows = golden_dicts()
    for row in rows:
        row["lead"] = ""
    assert "lead" in plan_fields(plan(rows).rows)  # a template field is always there
    assert plan_fields(plan(rows).rows) == frozenset(n for n in FIELDS if n in BASE_FIELDS)


def test_a_malformed_header_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    data = json.loads(plan_json(("a.docx", golden_dicts())))
    data["documents"][0]["header"] = ["not an object"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DiffInputError, match="malformed"):
        load_plan(path)
