"""metadata.json: Datasette serves plan.sqlite with titles, column descriptions, facets and search (in-process)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette

from export.datasette_metadata import schema_columns


def fetch(out: Path, *paths: str) -> list[Any]:
    """Start Datasette's ASGI app on the folder's plan.sqlite with its metadata, and GET each path."""
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))

    async def run() -> list[Any]:
        ds = Datasette([str(out / "plan.sqlite")], metadata=metadata)
        await ds.invoke_startup()
        answers = []
        for path in paths:
            response = await ds.client.get(path)
            assert response.status_code == 200, path
            answers.append(response.json() if ".json" in path else response.text)
        return answers

    return asyncio.run(run())


def test_the_rows_table_has_its_title_descriptions_and_search_box(samples_out: Path) -> None:
    (page,) = fetch(samples_out, "/plan/rows")
    assert "Appendix rows" in page and 'name="_search"' in page
    assert "Chỉ tiêu: the indicators" in page  # a column description


@pytest.mark.parametrize(("accented", "bare"), [("tài chính", "tai chinh"), ("đồng", "dong"), ("Nội vụ", "noi vu")])
def test_search_without_marks_finds_what_search_with_marks_finds(samples_out: Path, accented: str, bare: str) -> None:
    with_marks, without = fetch(
        samples_out,
        f"/plan/rows.json?_search={accented}&_shape=objects&_size=max&_col=id",
        f"/plan/rows.json?_search={bare}&_shape=objects&_size=max&_col=id",
    )
    found = {r["id"] for r in with_marks["rows"]}
    assert found and found <= {r["id"] for r in without["rows"]}


def test_rows_facet_on_dimension_and_mentions_on_agency(samples_out: Path) -> None:
    rows, mentions = fetch(samples_out, "/plan/rows.json?_size=1", "/plan/row_agencies.json?_size=1")
    assert {"dimension", "component"} <= set(rows["facet_results"])
    agency = mentions["facet_results"]["agency_id"]
    assert agency["results"] and all(r["label"] for r in agency["results"])  # ids shown with their names


def test_canned_queries_answer(samples_out: Path) -> None:
    (found,) = fetch(samples_out, "/plan/mentions_by_agency.json?agency=phong-noi-vu&_shape=array")
    assert found and {r["key"] for r in found}


def test_every_table_of_the_schema_is_described(samples_out: Path) -> None:
    metadata = json.loads((samples_out / "metadata.json").read_text(encoding="utf-8"))
    tables = metadata["databases"]["plan"]["tables"]
    for table, columns in schema_columns().items():
        assert tables[table]["title"] and set(tables[table]["columns"]) == set(columns)


def _review_query(database: Path) -> list[tuple[str, str, str, int]]:
    import sqlite3

    from export.datasette_metadata import QUERIES

    conn = sqlite3.connect(database)
    try:
        return [tuple(r[:4]) for r in conn.execute(QUERIES["mentions_to_review"]["sql"])]
    finally:
        conn.close()


def test_the_mentions_to_review_query_lists_what_review_csv_lists(samples_out: Path) -> None:
    import csv

    with (samples_out / "review.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert {line["method"] for line in lines} - {"", "fuzzy"}  # matches by rescue rules under 95 are among them
    listed = [(r["source"], r["key"], r["role"], int(r["position"])) for r in lines]
    assert listed and sorted(_review_query(samples_out / "plan.sqlite")) == sorted(listed)


def test_the_mentions_to_review_query_lists_every_mention_of_a_row_read_from_a_scan_under_80(
    samples_out: Path, tmp_path: Path
) -> None:
    import shutil
    import sqlite3

    database = tmp_path / "plan.sqlite"
    shutil.copy(samples_out / "plan.sqlite", database)
    conn = sqlite3.connect(database)
    with conn:
        (row_id,) = conn.execute(
            "SELECT r.id FROM rows r WHERE NOT EXISTS (SELECT 1 FROM row_agencies ra WHERE ra.row_id = r.id"
            " AND (ra.agency_id IS NULL OR ra.score < 95)) AND EXISTS (SELECT 1 FROM row_agencies ra"
            " WHERE ra.row_id = r.id) LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE rows SET ocr_confidence = 70.0 WHERE id = ?", (row_id,))
        (source, key, count) = conn.execute(
            "SELECT d.source, r.key, (SELECT count(*) FROM row_agencies ra WHERE ra.row_id = r.id) FROM rows r"
            " JOIN documents d ON d.id = r.document_id WHERE r.id = ?",
            (row_id,),
        ).fetchone()
    conn.close()
    assert sum(1 for s, k, _, _ in _review_query(database) if (s, k) == (source, key)) == count
