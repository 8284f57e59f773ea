"""Dask scenarios of audit11 (README "Reading on a Dask cluster"): a scheduler and workers on this machine.

Each scenario starts its own `dask scheduler` / `dask worker` processes on a free port and stops
them (by their process group) before returning. Needs Dask's distributed in phuluc's venv; S19
also root and `unshare` (a worker in a mount namespace where the input folder is an empty tmpfs).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from audit11_lib import DOCX_A, DOCX_B, ENV, PDF_A, PDF_BIG, PHULUC, PYTHON, Result, copy, doc_paths, phuluc, snapshot

SCENARIOS = []
DASK = str(Path(PYTHON).with_name("dask"))


def scenario(sid, title, expected):
    def wrap(fn):
        fn.sid, fn.title, fn.expected = sid, title, expected
        SCENARIOS.append(fn)
        return fn

    return wrap


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(cmd, log: Path, prefix=()):
    return subprocess.Popen(
        [*prefix, *cmd], stdout=open(log, "w"), stderr=subprocess.STDOUT, env=ENV, cwd="/", start_new_session=True
    )


def _stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


@contextmanager
def cluster(tmp: Path, workers=1, worker_prefix=()):
    port = _port()
    address = f"tcp://127.0.0.1:{port}"
    sched = _start(
        [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], tmp / "scheduler.log"
    )
    time.sleep(3)
    procs = [
        _start(
            [DASK, "worker", address, "--nworkers", str(workers), "--nthreads", "1", "--no-dashboard"],
            tmp / "worker.log",
            worker_prefix,
        )
    ]
    time.sleep(6)
    try:
        yield address, sched, procs
    finally:
        for p in procs + [sched]:
            _stop(p)


def available() -> bool:
    return (
        Path(DASK).exists()
        and subprocess.run([PYTHON, "-c", "import distributed"], capture_output=True).returncode == 0
    )


def _batch(tmp: Path) -> Path:
    b = tmp / "b"
    copy(DOCX_A, b / "a.docx")
    copy(DOCX_B, b / "b.docx")
    copy(PDF_A, b / "p.pdf")
    (b / "empty.pdf").write_bytes(b"")
    (b / "cut.pdf").write_bytes(PDF_A.read_bytes()[:20000])
    return b


@scenario(
    "S16",
    "--executor dask on 2 workers vs a local -j 1 run (mixed batch with 2 bad files)",
    "the output folder's bytes are those of the local -j 1 run; the same error lines",
)
def dask_identical(tmp: Path) -> Result:
    if not available():
        return Result("Dask's distributed not installed", "right", notes=["not run"])
    b = _batch(tmp)
    local = phuluc(b.name, "--out", "local", "-j", "1", cwd=tmp)
    with cluster(tmp, workers=2) as (address, _, _):
        remote = phuluc(b.name, "--out", "remote", "--executor", "dask", "--scheduler", address, cwd=tmp)
    diff = (
        [p.name for p in (tmp / "local").iterdir() if p.read_bytes() != (tmp / "remote" / p.name).read_bytes()]
        if (tmp / "remote").exists()
        else ["all"]
    )
    got = f"rc local={local.rc} dask={remote.rc}; differing files: {diff or 'none'}; same errors={local.errors == remote.errors}"
    return Result(got, "right" if not diff and local.errors == remote.errors and remote.rc == 1 else "SILENT")


@scenario(
    "S17",
    "a Dask worker killed (SIGKILL) 5 s into a 50-document batch",
    "Dask restarts it and retries: the outputs complete and equal a local run",
)
def dask_worker_killed(tmp: Path) -> Result:
    if not available():
        return Result("Dask's distributed not installed", "right", notes=["not run"])
    from scenarios_slow import batch50

    batch50(tmp / "b50")
    local = phuluc("b50", "--out", "local", "-q", "-j", "2", cwd=tmp)
    with cluster(tmp) as (address, _, procs):
        p = subprocess.Popen(
            PHULUC + ["extract", "b50", "--out", "remote", "-q", "--executor", "dask", "--scheduler", address],
            env=ENV,
            cwd=tmp,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(5)
        nanny = procs[0].pid
        kids = subprocess.run(["ps", "-o", "pid=,nlwp=", "--ppid", str(nanny)], capture_output=True, text=True).stdout
        worker = [int(l.split()[0]) for l in kids.splitlines() if int(l.split()[1]) > 1]
        for w in worker[:1]:
            os.kill(w, signal.SIGKILL)
        err = p.communicate(timeout=600)[1]
    same = snapshot(tmp / "local") == snapshot(tmp / "remote")
    got = f"killed worker {worker[:1]}; rc={p.returncode}, {len(doc_paths(tmp / 'remote'))} documents, equal to local={same}, stderr={err.strip()[:100]!r}"
    return Result(got, "right" if p.returncode == 0 and same else "WRONG-warned")


@scenario(
    "S18",
    "the Dask scheduler lost 5 s into a 50-document batch; then no scheduler at all",
    "'lost the connection to the Dask scheduler at ADDRESS', exit 1, previous outputs left; "
    "a dead address: 'cannot reach the Dask scheduler' after 15 s",
)
def dask_scheduler_lost(tmp: Path) -> Result:
    if not available():
        return Result("Dask's distributed not installed", "right", notes=["not run"])
    from scenarios_slow import batch50

    batch50(tmp / "b50")
    phuluc(DOCX_A, "--out", tmp / "out", "-q")
    before = snapshot(tmp / "out")
    with cluster(tmp) as (address, sched, _):
        p = subprocess.Popen(
            PHULUC + ["extract", "b50", "--out", "out", "-q", "--executor", "dask", "--scheduler", address],
            env=ENV,
            cwd=tmp,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(5)
        _stop(sched)
        err = p.communicate(timeout=120)[1]
        dead = phuluc(DOCX_A, "--out", tmp / "out", "--executor", "dask", "--scheduler", address)
    kept = snapshot(tmp / "out") == before
    got = f"rc={p.returncode} {err.strip()!r}, outputs kept={kept}; dead address rc={dead.rc} {dead.errors[:1]}"
    ok = (
        p.returncode == 1
        and "lost the connection" in err
        and kept
        and dead.rc == 1
        and any("cannot reach" in l for l in dead.errors)
    )
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "S19",
    "a Dask worker that cannot see the input folder (its own mount namespace, an empty tmpfs)",
    "each such file one line: not found on the Dask worker HOST ...; others read",
)
def dask_blind_worker(tmp: Path) -> Result:
    if not available() or os.geteuid() != 0 or not shutil.which("unshare"):
        return Result("needs distributed, root and unshare", "right", notes=["not run"])
    hidden = tmp / "hidden"
    copy(DOCX_A, hidden / "a.docx")
    seen = copy(DOCX_B, tmp / "seen/b.docx")
    prefix = ["unshare", "-m", "sh", "-c", f'mount -t tmpfs tmpfs \'{hidden}\' && exec "$0" "$@"']
    with cluster(tmp, worker_prefix=prefix) as (address, _, _):
        r = phuluc(hidden / "a.docx", seen, "--out", tmp / "out", "--executor", "dask", "--scheduler", address)
    got = f"rc={r.rc}, {r.errors}, documents {[Path(p).name for p in doc_paths(tmp / 'out')] if r.rc != 2 else []}"
    ok = r.rc == 1 and len(r.errors) == 1 and "not found on the Dask worker" in r.errors[0]
    return Result(got, "right" if ok else "WRONG-warned")


@scenario(
    "S20",
    "--max-memory on a Dask worker (30M and 1M on the 44-page PDF)",
    "as locally: one line saying the memory limit was reached, never 'damaged'",
)
def dask_memory(tmp: Path) -> Result:
    if not available():
        return Result("Dask's distributed not installed", "right", notes=["not run"])
    big = copy(PDF_BIG, tmp / "big.pdf")
    lines = []
    with cluster(tmp) as (address, _, _):
        for limit in ("30M", "1M"):
            r = phuluc(
                big, "--out", tmp / f"o{limit}", "--max-memory", limit, "--executor", "dask", "--scheduler", address
            )
            lines.append(
                f"{limit}: " + next((l.split(": ", 2)[-1][:100] for l in r.errors if "big.pdf" in l), "(none)")
            )
    wrong = sum("memory" not in l or "damaged" in l for l in lines)
    return Result("; ".join(lines), "right" if not wrong else "WRONG-warned")
