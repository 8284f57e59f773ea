"""Reading on a Dask cluster (``--executor dask``): a local run's bytes, each failure one line, Dask only then."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile import GOOD_DOCX, GOOD_ROWS, OUTPUTS, SAMPLES, docx_symbol

from core.errors import ClusterError
from core.model import Document, Failure, Provenance
from core.settings import LimitSettings, Settings
from phuluc import executors
from phuluc.cli import main
from phuluc.executors import read_on_dask, read_on_worker
from phuluc.pipeline import read_document
from phuluc.worker import read_isolated

distributed = pytest.importorskip("distributed")  # the test extra installs it; `pip install '.[dask]'` elsewhere

#: Inputs of the byte-identity run, as names inside samples/ (relative paths: the workers must take them from
#: the client's working folder, not their own).
SAMPLE_NAMES = ("plan-2024-landscape.docx", "plan-2024-grouped.pdf", "plan-2024-portrait.docx")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a local Dask cluster of two worker processes, one thread each."""
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder by name, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_dask_cluster_writes_the_bytes_of_a_local_run(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    inputs = [*SAMPLE_NAMES, str(bad), str(docx_symbol(tmp_path)), str(tmp_path / "missing.docx")]
    monkeypatch.chdir(SAMPLES)
    local, remote = tmp_path / "local", tmp_path / "dask"
    assert main(["extract", *inputs, "--out", str(local), "-q", "-j", "1"]) == 1
    local_err = capsys.readouterr().err
    options = ["--executor", "dask", "--scheduler", scheduler]
    assert main(["extract", *inputs, "--out", str(remote), "-q", *options]) == 1
    remote_err = capsys.readouterr().err
    assert set(snapshot(local)) >= OUTPUTS
    assert snapshot(remote) == snapshot(local)
    assert remote_err == local_err
    failed = [f'phuluc: error: "{bad}": ', f'phuluc: error: "{tmp_path / "missing.docx"}": no such file or folder']
    assert [line[: len(start)] for line, start in zip(remote_err.splitlines(), failed, strict=True)] == failed


def by_name(path: Path, settings: Settings) -> Document:
    """A reader whose behaviour the file name picks; it runs on the workers, which import this module."""
    if path.name == "sleep":
        time.sleep(60)
    elif path.name == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif path.name == "allocate":
        blocks = [bytearray(64 << 20) for _ in range(64)]  # 4 GiB, over the limit
        del blocks
    return Document(Provenance(path.name, str(path), "0" * 64, "docx", "test", 1), title="x\ud800y")


def test_the_time_and_memory_limits_hold_on_the_workers_as_here(scheduler: str, tmp_path: Path) -> None:
    paths = [tmp_path / name for name in ("sleep", "segfault", "allocate", "after")]
    for path in paths:
        path.touch()
    # 5 s: four readers on a loaded 2-core machine may take 2 s to fill 1 GiB before the limit stops them
    settings = Settings(limits=LimitSettings(timeout=5, max_memory=1 << 30, jobs=4))
    here = list(read_isolated(paths, by_name, settings))
    there = list(read_on_dask(paths, by_name, settings, scheduler))
    assert there == here
    assert [type(o) for o in there] == [Failure, Failure, Failure, Document]
    assert isinstance(there[3], Document) and there[3].title == "x\ufffdy"  # sanitized on the way back


@pytest.mark.parametrize(
    ("name", "folder"),
    [
        ("plan.docx", "not-mounted"),  # a relative path from a working folder the worker does not have
        ("{tmp}/gone.docx", "."),  # an absolute path the worker does not have
    ],
)
def test_a_file_the_worker_cannot_see_is_a_failure_naming_the_shared_paths(
    name: str, folder: str, tmp_path: Path
) -> None:
    path = Path(name.format(tmp=tmp_path))
    outcome = read_on_worker(path, read_document, Settings(), str(tmp_path / folder))
    assert isinstance(outcome, Failure) and outcome.source == str(path)
    assert outcome.error.startswith("not found on the Dask worker ") and outcome.error.endswith(executors.NOT_SHARED)


def test_an_absolute_path_is_read_whatever_the_working_folder(tmp_path: Path) -> None:
    outcome = read_on_worker(GOOD_DOCX, read_document, Settings(), str(tmp_path / "not-mounted"))
    assert isinstance(outcome, Document) and len(outcome.rows) == GOOD_ROWS


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.parametrize(
    ("address", "cause"),
    [
        ("tcp://127.0.0.1:{port}", "cannot reach the Dask scheduler at tcp://127.0.0.1:{port}: Timed out"),
        ("not-an-address", "cannot reach the Dask scheduler at not-an-address: missing port number"),
    ],
)
def test_an_unreachable_scheduler_is_one_line_and_exit_1(
    address: str, cause: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", 1.0)
    port = _free_port()
    address, cause = address.format(port=port), cause.format(port=port)
    out = tmp_path / "out"
    assert main(["extract", str(GOOD_DOCX), "--out", str(out), "-q", "--executor", "dask", "--scheduler", address]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"phuluc: error: {cause}")
    assert not out.exists()


def test_a_scheduler_with_no_worker_is_said_instead_of_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", 1.0)
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as cluster:
        options = ["--executor", "dask", "--scheduler", cluster.scheduler_address]
        assert main(["extract", str(GOOD_DOCX), "--out", str(tmp_path / "out"), "-q", *options]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert (
        line == f"phuluc: error: the Dask scheduler at {cluster.scheduler_address} has no workers; "
        f"start some with: dask worker {cluster.scheduler_address}"
    )


def test_a_cluster_that_loses_its_last_worker_stops_the_run_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", 1.0)
    monkeypatch.setattr(executors, "WORKER_CHECK", 0.2)
    (tmp_path / "plan").touch()
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster:
        outcomes = read_on_dask([tmp_path / "plan"], by_name, Settings(), cluster.scheduler_address)
        cluster.scale(0)
        with distributed.Client(cluster) as client:
            while client.nthreads():
                time.sleep(0.1)
        lost = f"the Dask cluster at {cluster.scheduler_address} has had no worker for 1 s"
        with pytest.raises(ClusterError, match=f"^{re.escape(lost)}$"):
            next(outcomes)


def test_without_dask_installed_the_extra_to_install_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # what `import distributed` meets when it is not installed
    options = ["--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786"]
    assert main(["extract", str(GOOD_DOCX), "--out", str(tmp_path / "out"), "-q", *options]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == "phuluc: error: --executor dask needs Dask's distributed package: pip install 'phuluc[dask]'"


@pytest.mark.parametrize(
    ("options", "cause"),
    [
        (["--executor", "dask"], "--executor dask needs --scheduler ADDRESS"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler is for --executor dask, not local"),
        (["--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--docx-pdf"], "--docx-pdf needs the local"),
    ],
)
def test_options_that_do_not_go_together_are_a_usage_error(
    options: list[str], cause: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(GOOD_DOCX), "--out", str(tmp_path / "out"), "-q", *options]) == 2
    assert capsys.readouterr().err.startswith(f"phuluc: error: {cause}")


def test_a_local_run_never_imports_dask(tmp_path: Path) -> None:
    script = (
        "import sys; from phuluc.cli import main; "
        f"status = main(['extract', {str(GOOD_DOCX)!r}, '--out', {str(tmp_path / 'out')!r}, '-q']); "
        "print(status, sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.split() == ["0", "[]"]
