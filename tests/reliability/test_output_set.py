"""The output folder holds one complete set: old or new, never a mix; faults are one line and keep the old set."""

from __future__ import annotations

import fcntl
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import GOOD_DOCX, GOOD_PDF, OUTPUTS, SAMPLES

from core.errors import ExportError
from export import outputset
from export.outputset import OutputSet, write_output_set
from phuluc.cli import main

OTHER_DOCX = SAMPLES / "plan-2024-portrait.docx"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder by name, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def leftovers(out: Path) -> list[str]:
    """Staging folders, old sets and lock files of ``out`` left beside or inside it."""
    beside = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]
    inside = [p.name for p in out.iterdir() if p.name.startswith(".")] if out.is_dir() else []
    return beside + inside


@pytest.fixture
def old_set(tmp_path: Path) -> Path:
    """An output folder holding a complete set from an earlier run (the good DOCX)."""
    out = tmp_path / "out"
    assert main(["extract", str(GOOD_DOCX), "--out", str(out), "-q"]) == 0
    return out


def cli(*args: str, limit_file_size: int | None = None, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m phuluc`` in a fresh process, optionally with a file size limit (a full disk) or a umask."""

    def prepare() -> None:
        if limit_file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        [sys.executable, "-m", "phuluc", *args],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=prepare,
        check=False,
    )


def test_a_second_run_into_a_folder_in_use_says_so_and_changes_nothing(
    old_set: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(old_set)
    lock = old_set.parent / f".{old_set.name}.lock"
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # what a run does while it writes
        status = main(["extract", str(OTHER_DOCX), "--out", str(old_set), "-q"])
    err = capsys.readouterr().err.splitlines()
    assert status == 1 and len(err) == 1 and "another phuluc run is writing into this folder" in err[0]
    assert snapshot(old_set) == before
    lock.unlink()
    assert main(["extract", str(OTHER_DOCX), "--out", str(old_set), "-q"]) == 0
    assert snapshot(old_set) != before and leftovers(old_set) == []


def test_a_second_run_is_refused_while_the_first_is_running(old_set: Path) -> None:
    """A run holds the folder from start to end; one started meanwhile says so in one line and writes nothing.

    The first run is this test holding the folder the way ``phuluc extract`` does (no race on
    how long a document takes to read).
    """
    before = snapshot(old_set)
    with OutputSet(old_set):
        lock = old_set.parent / f".{old_set.name}.lock"
        assert lock.exists(), "a held output folder has its lock"
        second = cli("extract", str(GOOD_DOCX), "--out", str(old_set), "-q")
        assert second.returncode == 1 and second.stderr.count("\n") == 1
        assert "another phuluc run is writing into this folder" in second.stderr
    assert snapshot(old_set) == before and leftovers(old_set) == []


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid``, from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")
def test_kill_9_leaves_the_old_set_and_no_reader_processes(old_set: Path) -> None:
    import pypdf

    before = snapshot(old_set)
    long_pdf = old_set.parent / "long.pdf"  # 176 pages: the reader forks a second reader for half of them
    writer = pypdf.PdfWriter()
    for _ in range(4):
        writer.append(str(GOOD_PDF))
    writer.write(long_pdf)
    run = subprocess.Popen([sys.executable, "-m", "phuluc", "extract", str(long_pdf), "--out", str(old_set), "-q"])
    readers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(readers) < 2 and time.monotonic() < deadline and run.poll() is None:
        readers = _descendants(run.pid)  # the document's reader and its page reader
        time.sleep(0.05)
    assert len(readers) >= 2, "the run never had a reader with a page reader"
    run.kill()
    run.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in readers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in readers)
    assert snapshot(old_set) == before
    assert main(["extract", str(OTHER_DOCX), "--out", str(old_set), "-q"]) == 0
    assert {p.name for p in old_set.iterdir()} == OUTPUTS and leftovers(old_set) == []


def test_an_out_that_is_a_file_is_refused_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    assert main(["extract", str(GOOD_DOCX), "--out", str(target), "-q"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f'phuluc: error: "{target}": is not a folder; give --out a folder (it is created when missing)']
    assert target.read_text(encoding="utf-8") == "keep me"


def test_a_full_disk_is_one_line_and_keeps_the_old_set(old_set: Path) -> None:
    before = snapshot(old_set)
    done = cli("extract", str(OTHER_DOCX), "--out", str(old_set), "-q", limit_file_size=100_000)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "cannot write the outputs (File too large)" in done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(old_set) == before and leftovers(old_set) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_one_line_and_keeps_the_old_set(
    old_set: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(old_set)
    old_set.chmod(0o555)
    try:
        assert main(["extract", str(OTHER_DOCX), "--out", str(old_set), "-q"]) == 1
    finally:
        old_set.chmod(0o755)
    assert capsys.readouterr().err.count("\n") == 1
    assert snapshot(old_set) == before


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_outputs_get_the_permissions_of_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    out = tmp_path / "out"
    assert cli("extract", str(GOOD_DOCX), "--out", str(out), "-q", umask=umask).returncode == 0
    assert {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()} == dict.fromkeys(OUTPUTS, mode)
    assert out.stat().st_mode & 0o777 == 0o777 & ~umask


def test_no_document_read_leaves_the_old_set(old_set: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(old_set)
    empty = old_set.parent / "empty-folder"
    empty.mkdir()
    assert main(["extract", str(empty), "--out", str(old_set), "-q"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f'phuluc: error: "{empty}": the folder holds no plan document (.pdf, .docx, .doc, .odt, .rtf, .xlsx, .xls, .ods)',
        f'phuluc: error: no document was extracted; "{old_set}" is left as it was',
    ]
    assert snapshot(old_set) == before


def test_a_folder_holding_other_files_keeps_them(old_set: Path) -> None:
    (old_set / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["extract", str(OTHER_DOCX), "--out", str(old_set), "-q"]) == 0
    assert (old_set / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert {p.name for p in old_set.iterdir()} == OUTPUTS | {"notes.txt"} and leftovers(old_set) == []


def test_a_staged_file_that_fails_its_check_keeps_the_old_set(old_set: Path) -> None:
    before = snapshot(old_set)

    def fill(folder: Path) -> list[Path]:
        (folder / "plan.json").write_text('{"documents": [', encoding="utf-8")  # cut short
        return [folder / "plan.json"]

    with pytest.raises(ExportError, match="did not read back"):
        write_output_set(old_set, fill)
    assert snapshot(old_set) == before and leftovers(old_set) == []


def test_jobs_2_gives_the_same_bytes_as_jobs_1(tmp_path: Path) -> None:
    inputs = [
        str(SAMPLES / name)
        for name in ("plan-2024-landscape.docx", "plan-2024-grouped.docx", "plan-2024-portrait.docx")
    ]
    missing = str(tmp_path / "missing.docx")
    one, two = tmp_path / "j1", tmp_path / "j2"
    assert main(["extract", *inputs, missing, "--out", str(one), "-q", "-j", "1"]) == 1
    assert main(["extract", *inputs, missing, "--out", str(two), "-q", "--jobs", "2"]) == 1
    assert snapshot(one) == snapshot(two)


def test_an_output_folder_named_with_uri_characters_is_written(tmp_path: Path) -> None:
    out = tmp_path / "results #1?draft" / "out 2025"
    assert main(["extract", str(GOOD_DOCX), "--out", str(out), "-q"]) == 0
    assert {p.name for p in out.iterdir()} == OUTPUTS


@pytest.mark.parametrize(
    "text",
    [
        '{"documents": [{"a": [1, 2.5, "xé"], "b": null}, {"c": {"d": true}}], "failures": [], "n": 12345678901234}',
        "[1, 2, 3]",
        '"text"',
        "{}",
    ],
)
def test_a_staged_json_file_is_checked_an_item_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(outputset, "CHECK_CHUNK", 7)  # tiny chunks: a value cut at every place
    path = tmp_path / "plan.json"
    path.write_text(text, encoding="utf-8")
    outputset.check_json(path)


@pytest.mark.parametrize(
    "text", ['{"documents": [{"a": 1},]}', '{"a": [1, 2', '{"a" 1}', "[1, 2] x", '{"a": 1} {', '{"a": 12', ""]
)
def test_a_staged_json_file_that_does_not_parse_fails_its_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(outputset, "CHECK_CHUNK", 7)
    path = tmp_path / "plan.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        outputset.check_json(path)


def test_a_staged_csv_file_is_checked_as_utf8_a_chunk_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outputset, "CHECK_CHUNK", 3)  # "ệ" is 3 bytes: cut across chunks
    path = tmp_path / "rows.csv"
    path.write_bytes("key,text\n1.1.1,Kiểm tra việc\n".encode())
    outputset.check_utf8(path)
    path.write_bytes(b"key,text\n1.1.1,\xff\n")
    with pytest.raises(UnicodeDecodeError):
        outputset.check_utf8(path)


def test_an_out_that_is_a_link_to_a_folder_is_written_through(tmp_path: Path) -> None:
    # outputs kept on another disk: out -> /mnt/big/out; the folder is written, the link stays
    target, link = tmp_path / "big" / "out", tmp_path / "out"
    target.mkdir(parents=True)
    link.symlink_to(target)
    assert main(["extract", str(GOOD_DOCX), "--out", str(link), "-q"]) == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert sorted(p.name for p in target.iterdir()) == sorted(OUTPUTS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big", "out"]  # no stray staging or lock left
