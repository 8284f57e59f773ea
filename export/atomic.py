"""Write output files so that a crash never leaves a half-written file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.errors import ExportError


def current_umask() -> int:
    """Return the process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(dest: Path, fill: Callable[[Path], None]) -> Path:
    """Let ``fill`` write a temporary file beside ``dest``, then rename it over ``dest`` in one step.

    The file gets the permissions a new file gets under the user's umask (not the temporary file's 0600).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        fill(tmp)
        os.chmod(tmp, 0o666 & ~current_umask())
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        msg = f"{dest}: cannot write ({exc.strerror or exc})"
        raise ExportError(msg) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def write_text_atomic(dest: Path, text: str, *, bom: bool = False) -> Path:
    r"""Write UTF-8 text (with a BOM for Excel when asked) atomically, "\n" line ends everywhere."""
    data = (("\ufeff" if bom else "") + text).encode("utf-8")

    def fill(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_atomic(dest, fill)
