"""The command line: a closed pipe ends quietly; ``phuluc diff`` checks plan.json against the published schema."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hostile import GOOD_DOCX

from core.schema import first_problem, plan_schema
from phuluc.cli import main


@pytest.fixture(scope="module")
def written_plan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A plan.json as ``phuluc extract`` writes it (the good DOCX)."""
    out = tmp_path_factory.mktemp("plan") / "out"
    assert main(["extract", str(GOOD_DOCX), "--out", str(out), "-q"]) == 0
    plan: dict[str, Any] = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    return plan


def test_a_closed_standard_output_ends_the_command_quietly(tmp_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # like `| head -1` once head has gone
    try:
        done = subprocess.run(
            [sys.executable, "-m", "phuluc", "extract", str(GOOD_DOCX), "--out", str(tmp_path / "o")],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, "")


def test_the_schema_is_valid_json_schema_and_holds_what_extract_writes(written_plan: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(plan_schema())
    jsonschema.validate(written_plan, plan_schema(), cls=jsonschema.Draft202012Validator)
    assert first_problem(written_plan) is None


def _set(plan: dict[str, Any], place: tuple[str | int, ...], value: object) -> dict[str, Any]:
    broken = copy.deepcopy(plan)
    target: Any = broken
    for step in place[:-1]:
        target = target[step]
    if value is KeyError:
        del target[place[-1]]
    else:
        target[place[-1]] = value
    return broken


BREAKS = [
    (("documents",), {"a": 1}, "documents: expected array, found object"),
    (("documents", 0, "rows", 2, "dimension_no"), "1", "rows[2].dimension_no: expected integer, found string"),
    (("documents", 0, "rows", 0, "tasks"), KeyError, "documents[0].rows[0]: 'tasks' is missing"),
    (("documents", 0, "rows", 1, "pages", 0), True, "documents[0].rows[1].pages[0]: expected integer, found boolean"),
    (("documents", 0, "rows", 0, "agencies", "lead", 0, "score"), 250, "agencies.lead[0].score: 250 is above 100"),
    (
        ("documents", 0, "file_type"),
        "pptx",
        "documents[0].file_type: 'pptx' is not one of 'pdf', 'docx', 'doc', 'odt', 'rtf', 'xlsx', 'xls', 'ods'",
    ),
    (("documents", 0, "source"), None, "documents[0].source: expected string, found null"),
]


@pytest.mark.parametrize(("place", "value", "problem"), BREAKS)
def test_the_validator_names_the_first_problem_where_jsonschema_finds_one(
    written_plan: dict[str, Any], place: tuple[str | int, ...], value: object, problem: str
) -> None:
    broken = _set(written_plan, place, value)
    found = first_problem(broken)
    assert found is not None and found.endswith(problem)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, plan_schema(), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(("place", "value", "problem"), BREAKS)
def test_diff_reports_a_malformed_plan_json_in_one_line(
    written_plan: dict[str, Any],
    place: tuple[str | int, ...],
    value: object,
    problem: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(written_plan, ensure_ascii=False), encoding="utf-8")
    bad.write_text(json.dumps(_set(written_plan, place, value), ensure_ascii=False), encoding="utf-8")
    assert main(["diff", str(good), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"phuluc: error: {bad}: ") and problem in err
    assert "Traceback" not in err


@pytest.mark.parametrize("text", ["[" * 100_000, '{"documents": ' + "[" * 50_000 + "]" * 50_000 + "}", "\ud800"])
def test_diff_survives_deeply_nested_or_undecodable_json(
    text: str, written_plan: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(written_plan, ensure_ascii=False), encoding="utf-8")
    bad.write_bytes(text.encode("utf-8", "surrogatepass"))
    status = main(["diff", str(good), str(bad)])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "Traceback" not in err
