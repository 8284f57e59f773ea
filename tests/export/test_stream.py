"""The writers take one document at a time and give the bytes a whole-result writer gives, and leave nothing else."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.model import Failure, Result
from export.plan_json import PlanJsonWriter, document_to_dict, result_to_json
from export.plan_sqlite import fill_database
from export.search_index import FTS_COLUMNS, FTS_TABLE, index_rows
from export.stream import OutputWriter, export_result
from phuluc.pipeline import run_documents

INPUTS = [SAMPLES / "plan-2024-landscape.docx", SAMPLES / "plan-2024-grouped.docx", SAMPLES / "plan-2024-portrait.docx"]
#: Failures whose text a careless writer would break: quotes, new lines, marks, a formula.
FAILURES = (Failure('bad "one".pdf', "line\nbreak"), Failure("Kế hoạch.docx", "=HYPERLINK(x)"))
OUTPUT_NAMES = [
    "plan.json",
    "rows.csv",
    "plan.sqlite",
    "agency_mentions.csv",
    "review.csv",
    "datapackage.json",
    "metadata.json",
    "review.html",
]


@pytest.fixture(scope="module")
def result() -> Result:
    done = run_documents(INPUTS)
    assert len(done.documents) == 3 and not done.failures
    return done


@pytest.mark.parametrize("documents", [0, 1, 3])
@pytest.mark.parametrize("failures", [0, 2])
def test_plan_json_is_what_json_dumps_gives_the_whole_payload(result: Result, documents: int, failures: int) -> None:
    """The oracle: the whole payload dumped at once, as plan.json was written before the writers streamed."""
    part = Result(result.documents[:documents], FAILURES[:failures], result.agencies)
    payload = {
        "documents": [document_to_dict(doc) for doc in part.documents],
        "failures": [{"source": f.source, "error": f.error} for f in part.failures],
    }
    assert result_to_json(part) == json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def test_the_plan_json_writer_writes_as_documents_come(result: Result, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    with path.open("w", encoding="utf-8") as handle:
        writer = PlanJsonWriter(handle)
        writer.add(result.documents[0])
        handle.flush()
        assert path.stat().st_size > 1000  # the first document is on disk before the second comes
        writer.add(result.documents[1])
        writer.close(())
    assert [d["source"] for d in json.loads(path.read_text(encoding="utf-8"))["documents"]] == [
        INPUTS[0].name,
        INPUTS[1].name,
    ]


def test_the_writers_leave_only_the_outputs(result: Result, tmp_path: Path) -> None:
    written = export_result(Result(result.documents, FAILURES, result.agencies), tmp_path)
    assert [p.name for p in written] == OUTPUT_NAMES
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUT_NAMES)  # journal and sections: gone


def test_a_stopped_writer_leaves_no_temporary_file(result: Result, tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt), OutputWriter(tmp_path) as writer:
        writer.add(result.documents[0], {a.id: a for a in result.agencies})
        raise KeyboardInterrupt
    assert not [p for p in tmp_path.iterdir() if p.name not in OUTPUT_NAMES]


def test_the_database_from_the_journal_is_the_database_from_the_whole_result(result: Result, tmp_path: Path) -> None:
    whole = Result(result.documents, FAILURES, result.agencies)
    fill_database(whole, tmp_path / "whole.sqlite")
    export_result(whole, tmp_path / "streamed")
    assert (tmp_path / "streamed" / "plan.sqlite").read_bytes() == (tmp_path / "whole.sqlite").read_bytes()


def test_the_index_built_in_small_batches_is_the_same(result: Result, tmp_path: Path) -> None:
    export_result(result, tmp_path / "out")
    again = tmp_path / "again.sqlite"
    shutil.copyfile(tmp_path / "out" / "plan.sqlite", again)
    columns = ", ".join(FTS_COLUMNS)
    with sqlite3.connect(tmp_path / "out" / "plan.sqlite") as conn:
        expected = conn.execute(f"SELECT rowid, {columns} FROM {FTS_TABLE} ORDER BY rowid").fetchall()
    conn = sqlite3.connect(again)
    try:
        conn.execute(f"DROP TABLE {FTS_TABLE}")
        assert index_rows(conn, batch=7) == len(expected) > 7 * 3
        assert conn.execute(f"SELECT rowid, {columns} FROM {FTS_TABLE} ORDER BY rowid").fetchall() == expected
    finally:
        conn.close()
