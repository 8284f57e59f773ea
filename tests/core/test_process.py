"""Forked helpers: their result, their errors, and a helper that dies."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from core.process import ChildDiedError, Later, Turns, die_with_parent, in_child


def _double(value: int) -> int:
    return value * 2


def _fail(message: str) -> None:
    raise ValueError(message)


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_result_comes_back() -> None:
    with in_child(_double, 21) as child:
        assert child.result() == 42
        assert child.result() == 42  # read once, kept


def test_error_is_raised_in_the_caller() -> None:
    with in_child(_fail, "page 3 is damaged") as child, pytest.raises(ValueError, match="page 3 is damaged"):
        child.result()


def test_a_killed_helper_is_reported() -> None:
    with in_child(_die) as child, pytest.raises(ChildDiedError):
        child.result()


def test_leaving_without_the_result_ends_the_helper() -> None:
    with in_child(_double, 1) as child:
        process = child.process
    assert not process.is_alive()


def _take(turns: Turns) -> list[int]:
    return list(turns)


def test_turns_hand_out_every_part_once_between_two_processes() -> None:
    turns = Turns(200)
    with in_child(_take, turns) as theirs:
        mine = list(turns)
        taken = theirs.result()
    assert sorted(mine + taken) == list(range(200))
    assert mine == sorted(mine) and taken == sorted(taken)
    assert list(turns) == []  # nothing left for a third look


def _wait_for(later: Later[bytes]) -> tuple[bool, int]:
    return later.ready(), len(later.get())


def test_a_value_given_after_the_fork_reaches_the_child_and_a_large_one_does_not_wait_for_it() -> None:
    later = Later[bytes]()
    with in_child(_wait_for, later) as child:
        later.give(b"x" * 1_000_000)  # far more than a pipe holds: sent from a thread, so this returns
        _, size = child.result()
    assert size == 1_000_000


def test_turns_without_a_count_go_on_until_each_taker_stops() -> None:
    turns = Turns()
    taken = [index for _, index in zip(range(5), turns, strict=False)]
    assert taken == [0, 1, 2, 3, 4]
    assert next(iter(turns)) == 5


def _ended(pid: int) -> bool:
    """Whether a process is gone or a zombie (dead, not yet reaped by whoever adopted it)."""
    stat = Path(f"/proc/{pid}/stat")
    try:
        return stat.read_text().rsplit(")", 1)[1].split()[0] in {"Z", "X"}
    except (FileNotFoundError, IndexError):
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_child_that_asked_dies_when_its_parent_is_killed() -> None:
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child() -> None:
        die_with_parent()
        send.send(os.getpid())
        time.sleep(60)

    def parent() -> None:
        ctx.Process(target=child).start()
        time.sleep(60)

    middle = ctx.Process(target=parent)
    middle.start()
    assert receive.poll(10)
    pid = receive.recv()
    assert not _ended(pid)
    os.kill(middle.pid, signal.SIGKILL)  # type: ignore[arg-type]
    middle.join()
    deadline = time.monotonic() + 10
    while not _ended(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _ended(pid)
