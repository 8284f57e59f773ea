"""Child processes that cannot outlive the run: shared by the document workers and the PDF page reader."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

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
