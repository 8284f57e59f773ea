"""Forked helpers: their result, their errors, and a helper that dies."""

from __future__ import annotations

import os
import signal

import pytest

from core.process import ChildDiedError, Turns, in_child


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
