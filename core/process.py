"""Child processes that cannot outlive the run: shared by the document workers and the PDF page reader."""

from __future__ import annotations

import contextlib
import ctypes
import mmap
import multiprocessing as mp
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

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
        # the C library is in the process already: find_library("c") would run ldconfig (2 ms a child)
        libc = ctypes.CDLL(None, use_errno=True)
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


class ChildDiedError(RuntimeError):
    """A forked helper ended without sending its result (killed, crashed, out of memory)."""


class ChildResult(Generic[T]):
    """The result a forked helper sends back over its pipe, read once."""

    def __init__(self, process: BaseProcess, receive: Connection) -> None:
        self.process, self._receive = process, receive
        self._outcome: tuple[bool, Any] | None = None

    def result(self) -> T:
        """Wait for the helper's result and return it; raise what it raised, or :class:`ChildDiedError`."""
        if self._outcome is None:
            self._outcome = self._received()
            self.process.join()
        ok, value = self._outcome
        if not ok:
            raise value
        result: T = value
        return result

    def _received(self) -> tuple[bool, Any]:
        try:
            outcome: tuple[bool, Any] = self._receive.recv()
        except (EOFError, OSError) as exc:
            return False, ChildDiedError(f"the helper process ended without a result ({exc!r})")
        return outcome

    def close(self) -> None:
        """End the helper if its result was never asked for, and reap it."""
        if self._outcome is None and self.process.is_alive():
            self.process.kill()
        self.process.join()
        self._receive.close()


def _run_in_child(send: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    die_with_parent()
    try:
        outcome: tuple[bool, Any] = (True, function(*args))
    except Exception as exc:  # noqa: BLE001 - the parent raises it
        outcome = (False, exc)
    try:
        send.send(outcome)
    except Exception as exc:  # noqa: BLE001 - an exception or result that does not pickle: say what it was
        send.send((False, RuntimeError(f"the helper's result could not be sent back ({exc!r})")))
    send.close()


@contextmanager
def in_child(function: Callable[..., T], *args: Any) -> Iterator[ChildResult[T]]:
    """Run ``function(*args)`` in a forked child that dies with this process; yield its result to come.

    A bare fork and a pipe (no process pool: its queues and threads cost ~10 ms a use). Read
    the result inside the block; leaving it without doing so ends the child.
    """
    receive, send = mp.Pipe(duplex=False)
    process = mp.get_context("fork").Process(target=_run_in_child, args=(send, function, args), daemon=True)
    process.start()
    send.close()
    child: ChildResult[T] = ChildResult(process, receive)
    try:
        yield child
    finally:
        child.close()


class Later(Generic[T]):
    """A value this process hands a forked child after forking it (make it before the fork): sent once.

    The child may look whether it has come (:meth:`ready`) and go on with other work until it
    has. The value is sent from a thread: a large one does not wait for the child to read it (a
    pipe holds 64 KiB), which an idle child may not do for a while.
    """

    def __init__(self) -> None:
        self._receive, self._send = mp.get_context("fork").Pipe(duplex=False)
        self._value: tuple[T] | None = None

    def give(self, value: T) -> None:
        """Send the value to the child (once)."""
        threading.Thread(target=self._deliver, args=(value,), daemon=True).start()

    def _deliver(self, value: T) -> None:
        with contextlib.suppress(OSError):  # the child has ended: nobody wants the value any more
            self._send.send(value)

    def ready(self) -> bool:
        """Tell, in the child, whether the value has come (without waiting)."""
        return self._value is not None or self._receive.poll()

    def get(self) -> T:
        """Return the value, in the child, waiting for it if it has not come yet."""
        if self._value is None:
            self._value = (self._receive.recv(),)
        return self._value[0]


#: The bytes of a :class:`Turns` counter: more parts than any document has.
_COUNTER_BYTES = 8


class Turns:
    """The parts of one job (a document's pages, its crops) handed out one at a time to the processes sharing it.

    Halves fixed in advance leave one process waiting for the other (pages differ in how much
    text they hold, and a forked helper starts later); taking turns, the two end within a part
    of each other. The counter lives in shared memory: make it before forking the helper. With no
    ``count`` the turns go on until each process stops taking them (the parts are counted later).
    The memory is an anonymous shared mapping, which forked processes share: a
    ``multiprocessing.Value`` would first load its shared-memory heap (~3 ms of a reader's start).
    """

    def __init__(self, count: int | None = None) -> None:
        self.count = count
        self._next = mmap.mmap(-1, _COUNTER_BYTES)  # shared (MAP_SHARED) with the processes forked after it
        self._lock = mp.get_context("fork").Lock()

    def __iter__(self) -> Iterator[int]:
        """Yield the next part (0-based) no process has taken, until none is left."""
        while True:
            with self._lock:
                index = int.from_bytes(self._next[:_COUNTER_BYTES], "little")
                self._next[:_COUNTER_BYTES] = (index + 1).to_bytes(_COUNTER_BYTES, "little")
            if self.count is not None and index >= self.count:
                return
            yield index
