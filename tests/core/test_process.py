"""Forked helpers: their result, their errors, and a helper that dies."""

from __future__ import annotations

import os
import signal

import pytest

from core.process import ChildDiedError, in_child


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
