"""A batch is written as it is read: each document is let go once written, and the outputs are those of a whole run."""

from __future__ import annotations

import csv
import gc
import weakref
from pathlib import Path

import pytest
from conftest import SAMPLES

from core.model import Document, Result
from export import export
from phuluc.batch import DocumentReport
from phuluc.pipeline import OutputSet, agency_lists, extract_to, run_documents

INPUTS = [SAMPLES / "plan-2024-landscape.docx", SAMPLES / "plan-2024-grouped.docx", SAMPLES / "plan-2024-portrait.docx"]


def test_each_document_is_let_go_once_written(tmp_path: Path) -> None:
    seen: list[weakref.ref[Document]] = []
    alive_then: list[int] = []

    def keep(doc: Document) -> None:  # called once each document is written
        gc.collect()
        alive_then.append(sum(1 for ref in seen if ref() is not None))
        seen.append(weakref.ref(doc))

    with OutputSet(tmp_path / "out") as outputs:
        report, written = extract_to([*INPUTS, tmp_path / "missing.docx"], outputs, keep=keep)
    assert alive_then == [0, 0, 0]  # no earlier document is still held when the next one is written
    gc.collect()
    assert all(ref() is None for ref in seen)
    assert all(isinstance(doc, DocumentReport) for doc in report.documents) and len(report.failures) == 1
    assert written and report.reviewed == sum(1 for line in (tmp_path / "out" / "review.csv").open()) - 1


def test_the_streamed_outputs_are_those_of_the_whole_result(tmp_path: Path) -> None:
    inputs = [*INPUTS, tmp_path / "missing.docx"]
    with OutputSet(tmp_path / "streamed") as outputs:
        extract_to(inputs, outputs)
    whole = run_documents(inputs)
    export(Result(whole.documents, whole.failures, whole.agencies), tmp_path / "whole")
    names = sorted(p.name for p in (tmp_path / "whole").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "streamed").iterdir())
    for name in names:
        assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name


PDF_INPUTS = [SAMPLES / "plan-2024-landscape.pdf", SAMPLES / "plan-2024-portrait.pdf"]


def test_the_readers_render_the_review_crops_and_the_writer_only_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_here(doc: Document) -> object:
        raise AssertionError(f"the writer rendered the crops of {doc.provenance.source}")

    monkeypatch.setattr("export.stream.document_images", not_here)  # the writer's; the readers use their own
    with OutputSet(tmp_path / "streamed") as outputs:
        report, _ = extract_to(PDF_INPUTS, outputs)
    assert not report.failures and len(report.documents) == 2
    assert (tmp_path / "streamed" / "review.html").read_text(encoding="utf-8").count("data:image/png;base64,") > 36


@pytest.mark.parametrize("inputs", [PDF_INPUTS, PDF_INPUTS[:1]], ids=["one-core-each", "alone-crops-in-a-child"])
def test_crops_rendered_by_the_readers_are_those_the_writer_renders(tmp_path: Path, inputs: list[Path]) -> None:
    # one document alone gets every core: its crops are rendered by a forked child while its names are resolved
    with OutputSet(tmp_path / "streamed") as outputs:
        extract_to(inputs, outputs)
    whole = run_documents(inputs)  # documents without crops: export renders them itself
    export(Result(whole.documents, whole.failures, whole.agencies), tmp_path / "whole")
    for name in ("review.html", "plan.json", "rows.csv"):
        assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name


def test_a_file_given_twice_is_one_document(tmp_path: Path) -> None:
    doc = SAMPLES / "plan-2024-grouped.docx"
    with OutputSet(tmp_path / "out") as outputs:
        report, _ = extract_to([doc, SAMPLES / "plan-2024-portrait.docx", doc], outputs)
    assert [d.provenance.source for d in report.documents] == ["plan-2024-grouped.docx", "plan-2024-portrait.docx"]
    assert len(run_documents([doc, doc]).documents) == 1


def test_documents_of_one_file_name_in_different_folders_keep_their_rows_apart(tmp_path: Path) -> None:
    # a national batch laid out as <province>/ke-hoach.docx: rows.csv's source tells the documents apart
    for folder, sample in (("ha-noi", "plan-2024-grouped.docx"), ("hue", "plan-2024-portrait.docx")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "ke-hoach.docx").write_bytes((SAMPLES / sample).read_bytes())
    inputs = [tmp_path / "ha-noi" / "ke-hoach.docx", tmp_path / "hue" / "ke-hoach.docx"]
    with OutputSet(tmp_path / "out") as outputs:
        report, _ = extract_to(inputs, outputs)
    assert [d.provenance.source for d in report.documents] == ["ha-noi/ke-hoach.docx", "hue/ke-hoach.docx"]
    with (tmp_path / "out" / "rows.csv").open(encoding="utf-8-sig", newline="") as handle:
        keys = [(row["source"], row["key"]) for row in csv.DictReader(handle)]
    assert len(keys) == len(set(keys)) == 72  # (source, key), the Data Package's primary key, is unique
    assert [d.provenance.source for d in run_documents(inputs).documents] == [
        "ha-noi/ke-hoach.docx",
        "hue/ke-hoach.docx",
    ]


def test_a_reader_forked_after_another_resolves_none_of_the_agency_cells_it_handed_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each document is read in a fork of the main process: the cells one reader resolved reach the next."""
    import multiprocessing

    import normalize

    resolved_in = multiprocessing.get_context("fork").SimpleQueue()
    resolve = normalize.resolve_cell

    def counted(text: str, agencies: object) -> object:
        resolved_in.put(text)
        return resolve(text, agencies)  # type: ignore[arg-type]

    monkeypatch.setattr(normalize, "resolve_cell", counted)
    agency_lists.cache_clear()  # the run's lists as a new process has them: no cell resolved by an earlier test
    plan = SAMPLES / "plan-2024-landscape.docx"
    copies = []
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        copies.append(tmp_path / name / plan.name)
        copies[-1].write_bytes(plan.read_bytes())
    with OutputSet(tmp_path / "out") as outputs:
        extract_to(copies, outputs)
    texts = []
    while not resolved_in.empty():
        texts.append(resolved_in.get())
    assert texts and len(texts) == len(set(texts))  # every cell of the first copy once, none again
    alone = tmp_path / "alone"
    with OutputSet(alone) as outputs:
        extract_to(copies[:1], outputs)
    assert (tmp_path / "out" / "agency_mentions.csv").read_text(encoding="utf-8").count("\n") == 3 * (
        alone / "agency_mentions.csv"
    ).read_text(encoding="utf-8").count("\n") - 2  # one header each


def test_the_cells_kept_for_later_readers_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    import phuluc.pipeline as pipeline
    from core.settings import NormalizeSettings

    monkeypatch.setattr(pipeline, "MAX_KEPT_CELLS", 3)
    lists = pipeline.AgencyLists(NormalizeSettings())
    doc = run_documents([SAMPLES / "plan-2024-landscape.docx"]).documents[0]
    lists.learn(doc, {f"cell {n}": () for n in range(5)})
    lists.learn(doc, {"cell 9": ()})
    assert list(lists.resolved[lists.list_for(doc.jurisdiction)]) == ["cell 0", "cell 1", "cell 2"]
