"""The document workers: each document in a process of its own, results in input order, every end a one-line failure."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from hostile import GOOD_DOCX

from core.model import Document, Failure, Provenance
from core.settings import LimitSettings, Settings
from core.text import sanitize
from phuluc.pipeline import read_document
from phuluc.worker import read_isolated, sanitized

SETTINGS = Settings(limits=LimitSettings(timeout=20))


def _provenance(path: Path) -> Provenance:
    return Provenance(path.name, str(path), "0" * 64, "docx", "test", 1)


def by_name(path: Path, settings: Settings) -> Document:
    """A reader whose behaviour the file name picks: the worker is real, only the reading is scripted."""
    name = path.name
    if name.startswith("sleep"):
        time.sleep(float(name.split("-")[1]))
    elif name.startswith("log-"):  # notes when it ran, in the folder it is in
        (path.parent / f"{name}.ran").write_text(f"{time.time()}\n")
        if name == "log-slow":
            time.sleep(3)
            (path.parent / "slow.done").write_text(f"{time.time()}\n")
    elif name == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif name == "exit":
        os._exit(3)
    elif name == "allocate-some":  # 256 MiB, well under a 1 GiB limit
        block = bytearray(256 << 20)
        del block
    elif name == "allocate":
        blocks = [bytearray(64 << 20) for _ in range(64)]  # 4 GiB, over the limit
        del blocks
    elif name == "surrogate":
        return Document(_provenance(path), title="x\ud800\x00y")
    elif name == "keyerror":
        msg = "/Root"
        raise KeyError(msg)
    return Document(_provenance(path), title=name)


def test_results_come_in_input_order_whatever_order_the_children_finish(tmp_path: Path) -> None:
    paths = [tmp_path / "sleep-1.5", tmp_path / "fast", tmp_path / "sleep-0.5", tmp_path / "quick"]
    settings = Settings(limits=LimitSettings(timeout=20, jobs=3))
    titles = [o.title for o in read_isolated(paths, by_name, settings) if isinstance(o, Document)]
    assert titles == ["sleep-1.5", "fast", "sleep-0.5", "quick"]


def test_the_memory_limit_counts_what_reading_adds_not_what_the_parent_had_mapped(tmp_path: Path) -> None:
    import mmap

    held = mmap.mmap(-1, 3 << 30)  # 3 GiB of address space, never touched: a big parent (a Dask worker)
    try:
        settings = Settings(limits=LimitSettings(timeout=20, max_memory=1 << 30))
        paths = [tmp_path / "allocate-some", tmp_path / "allocate"]
        some, over = read_isolated(paths, by_name, settings)
    finally:
        held.close()
    assert isinstance(some, Document)
    assert isinstance(over, Failure) and over.error.startswith("needs more memory than the limit")


def test_a_slow_document_holds_back_a_bounded_number_of_finished_ones(tmp_path: Path) -> None:
    from phuluc.worker import _AHEAD

    jobs = 2
    paths = [tmp_path / "log-slow", *(tmp_path / f"log-{i:02}" for i in range(24))]
    settings = Settings(limits=LimitSettings(timeout=20, jobs=jobs))
    assert len(list(read_isolated(paths, by_name, settings))) == len(paths)
    slow_done = float((tmp_path / "slow.done").read_text())
    ran_before = [p for p in tmp_path.glob("log-??.ran") if float(p.read_text()) < slow_done]
    assert len(ran_before) <= _AHEAD * jobs - 1  # the documents after the slow one it may read ahead


@pytest.mark.parametrize(
    ("name", "cause", "timeout"),
    [
        ("segfault", "the reader crashed (SIGSEGV) on this file", 10),
        ("exit", "the reader stopped with exit status 3 and no result", 10),
        # time enough to reach the memory limit on a busy machine (tests run two at a time)
        ("allocate", "needs more memory than the limit (1.0 GiB; raise it with --max-memory)", 10),
        ("keyerror", "could not be read: the file looks damaged (the reader stopped on KeyError: '/Root')", 10),
        ("sleep-30", "took longer than the time limit (2 s; raise it with --timeout)", 2),
    ],
)
def test_every_way_a_reader_ends_badly_is_one_failure_and_the_next_document_is_read(
    name: str, cause: str, timeout: int, tmp_path: Path
) -> None:
    settings = Settings(limits=LimitSettings(timeout=timeout, max_memory=1 << 30))
    started = time.monotonic()
    outcomes = list(read_isolated([tmp_path / name, tmp_path / "after"], by_name, settings))
    assert outcomes[0] == Failure(str(tmp_path / name), cause)
    assert isinstance(outcomes[1], Document) and outcomes[1].title == "after"
    assert time.monotonic() - started < 15


def test_text_crossing_back_is_sanitized(tmp_path: Path) -> None:
    (outcome,) = read_isolated([tmp_path / "surrogate"], by_name, SETTINGS)
    assert isinstance(outcome, Document) and outcome.title == "x\ufffdy"


def test_sanitized_walks_every_string_of_a_document() -> None:
    doc = Document(
        _provenance(Path("a\udcff.docx")), title="t\x1b", header=(("dimension", "\ud800"),), warnings=("w\r\nx",)
    )
    clean = sanitized(doc)
    assert (clean.provenance.source, clean.title, clean.header, clean.warnings) == (
        "a\ufffd.docx",
        "t",
        (("dimension", "\ufffd"),),
        ("w\nx",),
    )
    assert sanitize("ok\tline\n") == "ok\tline\n"


def test_a_clean_document_and_its_crops_cross_back_as_they_are() -> None:
    doc = Document(_provenance(Path("a.pdf")), title="Kế hoạch", header=(("dimension", "Nội dung"),))
    crops = {"page": {(1, 2.5): b"\x00\xed\xa0\x80png"}}  # bytes are no text, whatever they hold
    value = (doc, crops)
    assert sanitized(value) is value
    mixed = (doc, ["ok", "bad\x07"])
    clean = sanitized(mixed)
    assert clean[0] is doc and clean[1] == ["ok", "bad"]


def test_the_real_reader_through_a_worker_gives_what_it_gives_in_process() -> None:
    (outcome,) = read_isolated([GOOD_DOCX], read_document, SETTINGS)
    assert outcome == read_document(GOOD_DOCX, SETTINGS)


def test_the_spawn_fallback_reads_the_same(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import multiprocessing as mp

    from phuluc import worker

    monkeypatch.setattr(worker, "start_context", lambda: mp.get_context("spawn"))  # as on macOS and Windows
    outcomes = list(read_isolated([GOOD_DOCX, tmp_path / "missing.docx"], read_document, SETTINGS))
    assert outcomes[0] == read_document(GOOD_DOCX, SETTINGS)
    assert isinstance(outcomes[1], Failure) and "cannot read the file" in outcomes[1].error


def test_running_out_of_the_memory_limit_is_said_as_such_however_it_shows() -> None:
    from core.errors import ExtractError
    from core.settings import LimitSettings
    from phuluc.worker import failure_message

    limits = LimitSettings(max_memory=50 << 20)
    try:
        try:
            raise MemoryError
        except MemoryError as exc:
            raise ExtractError("a damaged or truncated PDF (MemoryError: )") from exc
    except ExtractError as wrapped:
        damage_from_memory: BaseException = wrapped
    shown = [
        failure_message(exc, limits)
        for exc in (
            damage_from_memory,
            RuntimeError("can't start new thread"),
            ImportError("libXau.so.6: failed to map segment from shared object"),
            MemoryError(),
        )
    ]
    assert shown == ["needs more memory than the limit (50 MiB; raise it with --max-memory)"] * 4
    assert failure_message(ExtractError("a damaged or truncated PDF (pdfium: bad xref)"), limits).startswith("a dam")
    assert "(2.0 GiB;" in failure_message(MemoryError(), LimitSettings())
