"""Read each document in a child process of its own, under a wall-time and a memory limit.

A damaged or hostile file can make a parser hang, eat memory or crash the interpreter; in a child
process each of these ends that one document, as a :class:`~core.model.Failure` with one line of
cause, while the run goes on. Up to ``jobs`` children read at once; results come back in input
order whatever order the children finish in, so ``--jobs`` never changes the outputs. Text
crossing back from a child is sanitized once here (:func:`core.text.sanitize`), so no writer can
fail on what a document holds.
"""

from __future__ import annotations

import dataclasses
import faulthandler
import logging
import multiprocessing as mp
import os
import resource
import signal
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar

from core.errors import PhulucError
from core.model import Failure
from core.process import die_with_parent, set_reader_cores, share_cores
from core.settings import LimitSettings, Settings
from core.text import is_safe, one_line, sanitize

R = TypeVar("R")
#: Reads one document in the child (a module-level function, so it can be sent to a spawned child too)
#: and returns what the parent gets of it: the document, or the document with its page crops.
ReadOne = Callable[[Path, Settings], R]

#: Seconds a child is given to end after SIGTERM before it is killed.
_KILL_GRACE = 2.0
#: How many times ``jobs`` documents a run may read past the one it waits for: bounds the finished
#: documents held in memory behind a slow one, while keeping every core busy past short stalls.
_AHEAD = 4
#: The pipe ends of the children running now: a newly forked child closes the ones that are not its own,
#: so that a crashed child's pipe reports end-of-file at once.
_OPEN_ENDS: list[Connection] = []

T = TypeVar("T")


def start_context() -> Any:
    """Return the 'fork' multiprocessing context where there is one (fast, inherits the agency list), else 'spawn'."""
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def sanitized(value: T) -> T:
    """Return ``value`` with every string inside it (dataclasses, tuples, lists, dicts) passed through sanitize.

    Parts with nothing to mend are returned as they are, not copied: a clean document (the usual
    case) costs one walk and one regular-expression search per string.
    """
    return _scrub(value)  # type: ignore[no-any-return]


#: Each dataclass's fields set by ``__init__``, looked up once per class.
_INIT_FIELDS: dict[type, tuple[str, ...]] = {}
#: Values that hold no text: returned as they are without a look inside.
_TEXTLESS = (int, float, bytes, type(None))


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return value if is_safe(value) else sanitize(value)
    if isinstance(value, _TEXTLESS):
        return value
    if isinstance(value, tuple | list):
        items = [_scrub(v) for v in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return tuple(items) if isinstance(value, tuple) else items
    if isinstance(value, dict):
        pairs = [(_scrub(k), _scrub(v)) for k, v in value.items()]
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(pairs, value.items(), strict=True)):
            return value
        return dict(pairs)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _INIT_FIELDS.get(type(value))
        if names is None:
            names = _INIT_FIELDS[type(value)] = tuple(f.name for f in dataclasses.fields(value) if f.init)
        changes = {}
        for name in names:
            old = getattr(value, name)
            new = _scrub(old)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


#: What a library says when the address-space limit (--max-memory) stops it: no memory for a thread,
#: a shared library, an allocation in C.
_OUT_OF_MEMORY = (
    "can't start new thread",
    "failed to map segment",
    "cannot allocate memory",
    "bad_alloc",
    "out of memory",
)


def failure_message(exc: BaseException, limits: LimitSettings) -> str:
    """Say in one line why a document failed: our own errors as they are, the rest named for a user.

    Running out of the memory limit shows in many ways (a MemoryError a reader wrapped as damage,
    a thread or a library that could not be mapped): each is said as the limit, never as damage.
    """
    if _out_of_memory(exc):
        return f"needs more memory than the limit ({_size(limits.max_memory)}; raise it with --max-memory)"
    if isinstance(exc, PhulucError):
        return one_line(str(exc))
    if isinstance(exc, RecursionError):
        return "could not be read: its structure is nested too deeply (a damaged or hostile file)"
    detail = one_line(f"{type(exc).__name__}: {exc}").removesuffix(":")
    return f"could not be read: the file looks damaged (the reader stopped on {detail})"


def _out_of_memory(exc: BaseException) -> bool:
    """Tell whether an error, or one it was raised from, is the process running out of its memory limit."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, MemoryError) or any(sign in str(current).lower() for sign in _OUT_OF_MEMORY):
            return True
        current = current.__cause__ or current.__context__
    return False


def _size(size: int) -> str:
    """Write a memory size as a user gives it: GiB from 1 GiB, else MiB."""
    return f"{size / (1 << 30):.1f} GiB" if size >= 1 << 30 else f"{size / (1 << 20):.0f} MiB"


def _address_space() -> int:
    """Bytes of address space this process has mapped now (0 where /proc does not tell)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(max_memory: int) -> None:
    """Let this process map ``max_memory`` more than what it inherited; children it forks inherit the cap.

    A forked reader starts with its parent's mappings (a Dask worker's threads and arenas, a
    test runner's imports), which are not the document's: the limit is what reading may add.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _address_space() + max_memory
    cap = cap if hard == resource.RLIM_INFINITY else min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _quiet() -> None:
    """Keep library chatter (pdfminer's log lines, camelot's warnings, C libraries' stderr) from the user."""
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    faulthandler.disable()  # a crash is reported by the parent in one line, not as a C stack dump
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def _child(conn: Connection, read_one: ReadOne[Any], path: Path, settings: Settings, cores: int) -> None:
    """Read one document and send back ("ok", what the reader returned) or ("error", message); runs in the child.

    ``cores`` is the share of the machine's cores this reader may use (:func:`core.process.share_cores`).
    """
    die_with_parent()
    set_reader_cores(cores)
    for end in _OPEN_ENDS:
        if end is not conn:
            end.close()
    _quiet()
    try:
        _limit_memory(settings.limits.max_memory)
        outcome: tuple[str, Any] = ("ok", sanitized(read_one(path, settings)))
    except BaseException as exc:  # noqa: BLE001 - every way a reader can fail becomes one line
        outcome = ("error", failure_message(exc, settings.limits))
    try:
        conn.send(outcome)
    except MemoryError:
        conn.send(("error", failure_message(MemoryError(), settings.limits)))
    conn.close()


@dataclass(eq=False)
class _Job:
    """One document being read: its place in the input, its child and pipe, and when its time is up."""

    index: int
    path: Path
    process: BaseProcess
    conn: Connection
    deadline: float


def _exit_message(process: BaseProcess, limits: LimitSettings) -> str:
    """Explain a child that ended without a word: a signal (crash, memory) or an exit status."""
    code = process.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        if -code == signal.SIGKILL:
            return f"the reader was killed ({name}), most likely for memory (limit {_size(limits.max_memory)})"
        return f"the reader crashed ({name}) on this file{_low_limit(limits)}"
    return f"the reader stopped with exit status {code} and no result{_low_limit(limits)}"


#: A memory limit under this may itself be why a reader crashed: reading a plan takes 100-300 MiB.
LOW_MEMORY_LIMIT = 512 << 20


def _low_limit(limits: LimitSettings) -> str:
    """Name a low memory limit as a likely cause of a reader that ended without a word."""
    if limits.max_memory >= LOW_MEMORY_LIMIT:
        return ""
    return f" (the memory limit, {_size(limits.max_memory)}, may be too low for it: raise it with --max-memory)"


def _stop(process: BaseProcess) -> None:
    """End a child (and, through its death signal, the reader it forked) and reap it."""
    if process.is_alive():
        process.terminate()
        process.join(_KILL_GRACE)
    if process.is_alive():
        process.kill()
    process.join()


def _start(index: int, path: Path, read_one: ReadOne[Any], settings: Settings, cores: int) -> _Job:
    receive, send = mp.Pipe(duplex=False)
    _OPEN_ENDS.append(receive)
    process = start_context().Process(target=_child, args=(send, read_one, path, settings, cores))
    process.start()
    send.close()
    return _Job(index, path, process, receive, time.monotonic() + settings.limits.timeout)


def _collect(job: _Job, limits: LimitSettings) -> Any:
    """Take a finished child's result, or say why there is none; the child is reaped either way."""
    outcome: tuple[str, Any] | None = None
    if job.conn.poll():
        try:
            outcome = job.conn.recv()
        except (EOFError, OSError):
            outcome = None
        else:
            job.process.join(_KILL_GRACE)  # it has sent its result and is on its way out
    _stop(job.process)
    job.conn.close()
    _OPEN_ENDS.remove(job.conn)
    if outcome is None:
        return Failure(sanitize(str(job.path)), _exit_message(job.process, limits))
    kind, value = outcome
    if kind == "ok":
        return value
    return Failure(sanitize(str(job.path)), str(value))


def _time_out(job: _Job, limits: LimitSettings) -> Failure:
    _stop(job.process)
    job.conn.close()
    _OPEN_ENDS.remove(job.conn)
    message = f"took longer than the time limit ({limits.timeout:g} s; raise it with --timeout)"
    return Failure(sanitize(str(job.path)), message)


def read_isolated(paths: Sequence[Path], read_one: ReadOne[R], settings: Settings) -> Iterator[R | Failure]:
    """Read every path in a child process of its own; yield what ``read_one`` returned, or a failure, in input order.

    Up to ``settings.limits.jobs`` children run at once, never more than ``_AHEAD`` times that many
    documents past the one the caller waits for, so a slow document holds back a bounded number of
    finished ones in memory. A child that passes the time limit is
    killed; one that dies or runs out of memory is reported; children still running when the
    caller stops iterating (an interrupt) are killed.
    """
    limits = settings.limits
    cores = share_cores(min(limits.jobs, len(paths)))  # each reader's share of the cores, for its page readers
    waiting = list(enumerate(paths))
    waiting.reverse()
    running: dict[Connection, _Job] = {}
    finished: dict[int, R | Failure] = {}
    next_out = 0
    try:
        while waiting or running:
            while waiting and len(running) < limits.jobs and waiting[-1][0] < next_out + _AHEAD * limits.jobs:
                index, path = waiting.pop()
                job = _start(index, path, read_one, settings, cores)
                running[job.conn] = job
            now = time.monotonic()
            timeout = max(0.0, min(job.deadline for job in running.values()) - now)
            sentinels = {job.process.sentinel: job for job in running.values()}
            ready = wait([*running, *sentinels], timeout)
            done = {running[r] if r in running else sentinels[r] for r in ready}  # type: ignore[index]
            for job in sorted(done, key=lambda j: j.index):
                del running[job.conn]
                finished[job.index] = _collect(job, limits)
            now = time.monotonic()
            for job in [j for j in running.values() if j.deadline <= now]:
                del running[job.conn]
                finished[job.index] = _time_out(job, limits)
            while next_out in finished:
                yield finished.pop(next_out)
                next_out += 1
    finally:
        for job in running.values():
            _stop(job.process)
            job.conn.close()
            _OPEN_ENDS.remove(job.conn)
