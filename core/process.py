"""Child processes that cannot outlive the run: shared by the document workers and the PDF page reader."""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

#: prctl option (linux/prctl.h): the signal this process gets when the thread that forked it ends.
PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent ends (Linux), so a killed run leaves no readers behind.

    Elsewhere this does nothing: the parent's process-group clean-up and the worker's own time
    limit are the fallback. Call it first thing in a forked child.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)


#: Cores one document's reader may use for page readers of its own: every core, unless the run
#: reads several documents at once (``--jobs``); then each reader gets its share, so that the
#: documents read in parallel do not also split their pages over cores already busy.
_reader_cores = os.cpu_count() or 1


def share_cores(readers: int) -> int:
    """Return the cores each of ``readers`` documents read at once may use (at least 1)."""
    return max(1, (os.cpu_count() or 1) // max(1, readers))


def set_reader_cores(cores: int) -> None:
    """Set the cores this process's document reader may use (:func:`share_cores`); call it in the reader's process."""
    global _reader_cores  # noqa: PLW0603 - one value per process, set once by the worker that reads a document
    _reader_cores = max(1, cores)


def reader_cores() -> int:
    """Return the cores this process's document reader may use for page readers of its own."""
    return _reader_cores


def can_fork_helper() -> bool:
    """Tell whether this reader may hand work to a forked child: it has a core to spare and the platform forks."""
    return reader_cores() > 1 and "fork" in mp.get_all_start_methods()


@contextmanager
def in_child(function: Callable[..., T], *args: Any) -> Iterator[Future[T]]:
    """Run ``function(*args)`` in a forked child that dies with this process; yield its future.

    Leaving the block waits for the child: read the result inside it.
    """
    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"), initializer=die_with_parent) as pool:
        yield pool.submit(function, *args)
