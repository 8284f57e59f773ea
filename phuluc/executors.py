"""Where documents are read: in child processes of this machine, or on the workers of a Dask cluster.

:func:`read_outcomes` is what the pipeline calls; every executor keeps the contract of
:func:`phuluc.worker.read_isolated`: what the reader returns (a :class:`~core.model.Document`, with its crops
for the writers) or a one-line
:class:`~core.model.Failure` per path, in input order, text sanitized. On a Dask worker each
document is still read by :func:`~phuluc.worker.read_isolated`, in a child process of the worker's
own under the same time and memory limits; only the queueing is Dask's. Dask is imported only
when ``--executor dask`` is asked for.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import logging
import multiprocessing as mp
import os
import socket
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from core.errors import ClusterError, SettingsError
from core.model import Failure
from core.settings import DEFAULT_EXECUTOR, Settings
from core.text import one_line, sanitize
from phuluc.worker import R, ReadOne, read_isolated

if TYPE_CHECKING:
    from distributed import Client, Future

#: Seconds to wait for the Dask scheduler to answer, or for a worker to join, before the run stops:
#: long enough for a busy scheduler on another host, short enough that a wrong address is said soon.
CONNECT_TIMEOUT = 15.0
#: Seconds between looks at the cluster's workers while a document is awaited.
WORKER_CHECK = 1.0
#: Documents sent ahead of the one the writer waits for, per worker thread of the cluster: two keep
#: every thread busy while a result travels back, and bound what waits on the workers for the writer.
AHEAD_PER_THREAD = 2
#: Documents sent ahead at least, for a cluster whose workers have not joined yet.
MIN_AHEAD = 4
#: What a worker that finds no file is missing: a distributed run sends paths, not bytes.
NOT_SHARED = "the workers must see the input files at the same paths (relative ones from the same working folder)"
#: The pip extra that installs Dask's distributed scheduler client.
DASK_EXTRA = "pip install 'phuluc[dask]'"


def read_outcomes(paths: Sequence[Path], read_one: ReadOne[R], settings: Settings) -> Iterator[R | Failure]:
    """Read every path where ``settings.limits.executor`` says; yield each document or failure in input order.

    A cluster that cannot be reached raises :class:`~core.errors.ClusterError` here, before any
    document is read.
    """
    if settings.limits.executor == DEFAULT_EXECUTOR:
        return read_isolated(paths, read_one, settings)
    assert settings.limits.scheduler is not None  # LimitSettings checks it comes with the dask executor
    return read_on_dask(paths, read_one, settings, settings.limits.scheduler)


def read_on_dask(
    paths: Sequence[Path], read_one: ReadOne[R], settings: Settings, scheduler: str
) -> Iterator[R | Failure]:
    """Read every path on the Dask cluster at ``scheduler``; yield each document or failure in input order.

    The workers open the paths themselves, so they must see them as this machine does (a shared
    file system mounted at the same place); relative paths are taken from this process's working
    folder. Connecting happens now: an unreachable scheduler raises :class:`~core.errors.ClusterError`.
    """
    restore = _hush_dask()
    try:
        client = connect(scheduler)
    except BaseException:
        restore()
        raise
    return _stream(client, paths, read_one, settings, restore)


def _distributed() -> ModuleType:
    """Import Dask's distributed package, or say in one line which extra installs it."""
    try:
        import distributed
    except ImportError as exc:
        msg = f"--executor dask needs Dask's distributed package: {DASK_EXTRA}"
        raise SettingsError(msg) from exc
    module: ModuleType = distributed  # its hints are skipped (pyproject.toml), so it reads as Any
    return module


def _hush_dask() -> Callable[[], None]:
    """Silence Dask's loggers in this process (reconnect attempts, a lost scheduler); return what restores them.

    What they would say, phuluc says in one line of its own.
    """
    _distributed()  # its loggers exist once it is imported
    names = [name for name in logging.root.manager.loggerDict if name.startswith("distributed.")]
    levels = {log: log.level for log in map(logging.getLogger, ["distributed", *names])}
    for log in levels:
        log.setLevel(logging.CRITICAL)

    def restore() -> None:
        for log, level in levels.items():
            log.setLevel(level)

    return restore


def connect(scheduler: str) -> Client:
    """Connect to the Dask scheduler at ``scheduler`` and wait for a worker, or say in one line why not."""
    client = _open(scheduler)
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError:
        client.close()
        msg = f"the Dask scheduler at {scheduler} has no workers; start some with: dask worker {scheduler}"
        raise ClusterError(msg) from None
    except OSError as exc:  # the scheduler went away while we waited
        client.close()
        msg = f"lost the connection to the Dask scheduler at {scheduler}: {one_line(str(exc))}"
        raise ClusterError(msg) from None
    return client


def _open(scheduler: str) -> Client:
    """Open a client of the Dask scheduler at ``scheduler``, or say in one line why not."""
    distributed = _distributed()
    try:
        return distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, ValueError) as exc:  # TimeoutError is an OSError; a malformed address a ValueError
        msg = f"cannot reach the Dask scheduler at {scheduler}: {one_line(str(exc)) or type(exc).__name__}"
    # A Client that failed to start sits in a reference cycle, reachable from the error's traceback:
    # dropped (the error raised outside the handler) and collected now, while its event loop still
    # runs, it closes at once; left to the exit, its close waits 30 s and prints a traceback.
    gc.collect()
    raise ClusterError(msg)


def _stream(
    client: Client, paths: Sequence[Path], read_one: ReadOne[R], settings: Settings, done: Callable[[], None]
) -> Iterator[R | Failure]:
    """Send the documents to the cluster a few ahead of the writer and yield their outcomes in input order.

    ``done`` is called once the client has closed.
    """
    folder = os.getcwd()
    ahead = max(MIN_AHEAD, AHEAD_PER_THREAD * sum(client.nthreads().values()))
    sent: deque[tuple[Path, Future]] = deque()
    try:
        for path in paths:
            sent.append((path, client.submit(read_on_worker, path, read_one, settings, folder, pure=False)))
            if len(sent) >= ahead:
                yield _outcome(client, *sent.popleft())
        while sent:
            yield _outcome(client, *sent.popleft())
    finally:
        try:
            client.close()  # cancels what is still queued when the caller stops early
        finally:
            done()


def _outcome(client: Client, path: Path, future: Future) -> Any:
    """Return the worker's outcome for one path, or a failure saying why the cluster gave none (a worker lost)."""
    try:
        outcome = _result(client, future)
    except ClusterError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever Dask raises for one task becomes that document's failure
        if client.status != "running":  # the scheduler is gone: every task left is cancelled, say it once
            msg = f"lost the connection to the Dask scheduler at {client.scheduler.address}"
            raise ClusterError(msg) from None
        detail = one_line(f"{type(exc).__name__}: {exc}").removesuffix(":")
        return Failure(sanitize(str(path)), f"the Dask cluster gave no result ({detail})")
    finally:
        future.release()
    return outcome


def _result(client: Client, future: Future) -> Any:
    """Wait for ``future``'s result; raise :class:`ClusterError` once the cluster has had no worker for a while.

    Dask keeps a task waiting for as long as no worker is there to run it, which would hang the run.
    """
    alone_since: float | None = None
    while True:
        try:
            return future.result(timeout=WORKER_CHECK)
        except TimeoutError:
            if future.done():  # done just after the wait gave up: its result, or the task's own error
                return future.result()
        if client.nthreads():
            alone_since = None
        elif alone_since is None:
            alone_since = time.monotonic()
        elif time.monotonic() - alone_since > CONNECT_TIMEOUT:
            msg = f"the Dask cluster at {client.scheduler.address} has had no worker for {CONNECT_TIMEOUT:g} s"
            raise ClusterError(msg)


def read_on_worker(path: Path, read_one: ReadOne[R], settings: Settings, folder: str) -> R | Failure:
    """Read one document on a Dask worker, in a child process of its own; runs on the worker.

    ``folder`` is the client's working folder, which relative paths are taken from.
    """
    if not Path(folder, path).exists():
        host = socket.gethostname()
        msg = f"not found on the Dask worker {host}: {NOT_SHARED}"
        return Failure(sanitize(str(path)), msg)
    # Dask starts its workers as daemon processes, which multiprocessing forbids to start children; the
    # rule keeps children from outliving their parent, which die_with_parent (core/process.py) already ensures.
    mp.current_process().daemon = False
    limits = dataclasses.replace(settings.limits, jobs=1, executor=DEFAULT_EXECUTOR, scheduler=None)
    here = dataclasses.replace(settings, limits=limits)
    return next(read_isolated([path], functools.partial(_read_in, folder, read_one), here))


def _read_in(folder: str, read_one: ReadOne[R], path: Path, settings: Settings) -> R:
    """Read ``path`` from ``folder`` when the worker has it, as the client would have; runs in the worker's child."""
    with contextlib.suppress(OSError):  # an absolute path needs no folder; a relative one was checked before
        os.chdir(folder)
    return read_one(path, settings)
