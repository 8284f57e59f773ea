"""The output folder as one transaction: after any crash or kill it holds the whole old set or the whole new one.

Every file of a run is written into a staging folder beside ``--out`` (``.<name>.new-*``), checked,
and then swapped in with one rename: Linux's ``renameat2(RENAME_EXCHANGE)`` where there is one,
else two renames a moment apart. A lock file beside the folder (``.<name>.lock``, removed at the
end) keeps a second run from writing into the same folder; it says so and stops. Staging and old
folders a killed run left behind are removed by the next run. A folder that also holds files the
run does not write (``--out .``) is never swapped whole: the new files are renamed into it one by
one, and the others stay. Files and folders get the permissions the user's umask gives.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import errno
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from core.errors import ExportError, PhulucError
from core.text import quote_name
from export.atomic import current_umask

try:
    import fcntl
except ImportError:  # not on Windows: runs into one folder are then not kept apart
    fcntl = None  # type: ignore[assignment]

#: renameat2 flag (linux/fs.h): swap the two names in one step.
RENAME_EXCHANGE = 2
#: renameat2's "relative to the working directory" folder descriptor (fcntl.h).
AT_FDCWD = -100


def _staging_prefix(out_dir: Path) -> str:
    return f".{out_dir.name}.new-"


def _old_prefix(out_dir: Path) -> str:
    return f".{out_dir.name}.old-"


def _fault(where: Path, exc: OSError | sqlite3.Error) -> ExportError:
    """One line for a write that failed: the folder, and the cause in the system's words."""
    cause = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return ExportError(f"{quote_name(str(where))}: cannot write the outputs ({cause}); the previous outputs are kept")


def check_destination(out_dir: Path) -> None:
    """Fail early, before any document is read, when ``out_dir`` cannot be an output folder."""
    if out_dir.exists() and not out_dir.is_dir():
        msg = f"{quote_name(str(out_dir))}: is not a folder; give --out a folder (it is created when missing)"
        raise ExportError(msg)
    if out_dir.is_dir() and not os.access(out_dir, os.W_OK):
        msg = f"{quote_name(str(out_dir))}: the folder is not writable; the previous outputs are kept"
        raise ExportError(msg)


@contextlib.contextmanager
def _locked(lock_path: Path, out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_path`` (created, and removed at the end); refuse at once if it is held."""
    if fcntl is None:
        yield
        return
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666 & ~current_umask())
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            msg = f"{quote_name(str(out_dir))}: another phuluc run is writing into this folder; try again when it ends"
            raise ExportError(msg) from None
        try:
            same = os.fstat(fd).st_ino == os.stat(lock_path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # a run that just ended removed the file we locked: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            lock_path.unlink()
        os.close(fd)


def _remove_leftovers(folder: Path, out_dir: Path) -> None:
    """Remove the staging and old folders that a killed run left beside ``out_dir``."""
    prefixes = (_staging_prefix(out_dir), _old_prefix(out_dir))
    for entry in folder.iterdir():
        if entry.name.startswith(prefixes) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)


def verify(folder: Path, names: list[str]) -> None:
    """Check the staged files: each a non-empty file; JSON parses, SQLite passes its quick check, CSV is UTF-8."""
    for name in names:
        path = folder / name
        if path.is_dir() and not path.is_symlink():  # a folder of the set (the --update library) holds its own files
            continue
        if not path.is_file() or path.stat().st_size == 0:
            msg = f"{quote_name(str(path))}: was not written completely; the previous outputs are kept"
            raise ExportError(msg)
        if name.endswith(".json"):
            check_json(path)
        elif name.endswith(".csv"):
            check_utf8(path)
        elif name.endswith(".sqlite"):
            conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)  # quote: POSIX pathname2url
            try:
                (status,) = conn.execute("PRAGMA quick_check").fetchone()
            finally:
                conn.close()
            if status != "ok":
                msg = f"{quote_name(str(path))}: the database fails its check ({status}); the previous outputs are kept"
                raise ExportError(msg)


#: Bytes of a staged file read at a time by its check: the check's memory is flat, whatever the run's size.
CHECK_CHUNK = 1 << 16


def check_utf8(path: Path) -> None:
    """Raise ``UnicodeDecodeError`` unless the file is UTF-8 (read a chunk at a time)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHECK_CHUNK), b""):
            decoder.decode(block)
    decoder.decode(b"", final=True)


def check_json(path: Path) -> None:
    """Raise ``ValueError`` unless the file is one JSON value; an object's arrays are parsed an item at a time.

    plan.json holds every document of the run in its "documents" array: parsed whole, a national
    batch's file would take several times its size in memory just to be checked.
    """
    with path.open("rb") as handle:
        _check_json_text(_JsonText(handle))


def _check_json_text(text: _JsonText) -> None:
    text.skip()
    if text.peek() != "{":
        text.value()
    else:
        text.expect("{")
        first = True
        while text.skip() != "}":
            if not first:
                text.expect(",")
                text.skip()
            first = False
            if not isinstance(text.value(), str):
                msg = "expected a key"
                raise text.error(msg)
            text.skip()
            text.expect(":")
            if text.skip() == "[":
                text.items()
            else:
                text.value()
        text.expect("}")
    if text.skip() != "":
        msg = "extra data"
        raise text.error(msg)


class _JsonText:
    """A JSON file read a chunk at a time, for :func:`check_json`: values parsed with the json module's decoder."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buffer, self.at, self.ended = "", 0, False
        self.json = json.JSONDecoder()

    def _more(self) -> bool:
        """Read the next chunk into the buffer (what is already read is dropped); False at the file's end."""
        if self.ended:
            return False
        block = self.handle.read(CHECK_CHUNK)
        self.buffer = self.buffer[self.at :] + self.decoder.decode(block, final=not block)
        self.at = 0
        self.ended = not block
        return True

    def skip(self) -> str:
        """Skip white space; return the next character ("" at the end)."""
        while True:
            while self.at < len(self.buffer) and self.buffer[self.at] in " \t\r\n":
                self.at += 1
            if self.at < len(self.buffer) or not self._more():
                return self.peek()

    def peek(self) -> str:
        """Return the next character without taking it ("" at the end)."""
        return self.buffer[self.at] if self.at < len(self.buffer) else ""

    def error(self, what: str) -> json.JSONDecodeError:
        """Return the error of a file that is no JSON value, where the reading stands."""
        return json.JSONDecodeError(what, self.buffer, self.at)

    def expect(self, char: str) -> None:
        if self.skip() != char:
            msg = f"expected {char!r}"
            raise self.error(msg)
        self.at += 1

    def value(self) -> object:
        """Parse one whole value (read on until it is complete)."""
        self.skip()
        while True:
            try:
                found, end = self.json.raw_decode(self.buffer, self.at)
            except json.JSONDecodeError:
                if self._more():
                    continue
                raise
            if end == len(self.buffer) and self._more():  # a number may go on in the next chunk
                continue
            self.at = end
            return found

    def items(self) -> None:
        """Parse an array an item at a time."""
        self.expect("[")
        first = True
        while self.skip() != "]":
            if not first:
                self.expect(",")
            first = False
            self.value()
        self.expect("]")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders' names in one step (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    done = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    if done == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):  # a file system that cannot swap
        return False
    raise OSError(err, os.strerror(err), str(b))


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Put the staged folder where ``out_dir`` is, then remove the old set."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    if _exchange(staging, out_dir):
        shutil.rmtree(staging, ignore_errors=True)  # now the old set
        return
    old = Path(tempfile.mkdtemp(prefix=_old_prefix(out_dir), dir=out_dir.parent))
    os.rename(out_dir, old)  # replaces the empty reserved folder
    os.rename(staging, out_dir)
    shutil.rmtree(old, ignore_errors=True)


#: The file a folder holding other files has while a run renames its outputs in one by one.
MOVING_MARK = ".phuluc-moving"


def _move_in(staging: Path, out_dir: Path, names: list[str], drop: tuple[str, ...] = ()) -> None:
    """Rename the staged files into a folder that holds other files too, one by one; the others stay.

    A staged folder replaces the folder of its name; the names in ``drop`` (an earlier set's
    folders this set has not) are removed. The renames are not one step: while they run, the
    folder holds :data:`MOVING_MARK`, so a crash in between leaves a set that says it is mixed
    (the library refuses it; the next run writes a whole set and removes the mark).
    """
    mark = out_dir / MOVING_MARK
    mark.write_text("\n".join(names) + "\n", encoding="utf-8")
    for name in names:
        if (staging / name).is_dir():
            _replace_folder(staging / name, out_dir / name)
            continue
        try:
            os.replace(staging / name, out_dir / name)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            partial = out_dir / f".{name}.tmp"  # --out is a mount point: copy, then rename on its side
            shutil.copyfile(staging / name, partial)
            os.replace(partial, out_dir / name)
    for name in drop:
        if (out_dir / name).is_dir() and not (out_dir / name).is_symlink():
            shutil.rmtree(out_dir / name, ignore_errors=True)
    mark.unlink()
    shutil.rmtree(staging, ignore_errors=True)


def _replace_folder(new: Path, dest: Path) -> None:
    """Put the folder ``new`` where ``dest`` is (swapped in one step where the system can), then remove the old one."""
    if not dest.exists():
        os.rename(new, dest)
    elif not _exchange(new, dest):
        os.rename(dest, new.with_name(new.name + ".old"))
        os.rename(new, dest)
        shutil.rmtree(new.with_name(new.name + ".old"), ignore_errors=True)
    else:
        shutil.rmtree(new, ignore_errors=True)  # now the old folder


def _make_staging(out_dir: Path) -> tuple[Path, bool]:
    """Create the staging folder beside ``out_dir``, or inside it when its parent is not writable.

    Returns the folder and whether the whole set can be swapped (staging beside the folder).
    """
    try:
        return Path(tempfile.mkdtemp(prefix=_staging_prefix(out_dir), dir=out_dir.parent)), True
    except PermissionError:
        if not out_dir.is_dir():
            raise
        return Path(tempfile.mkdtemp(prefix=_staging_prefix(out_dir), dir=out_dir)), False


class OutputSet:
    """An output folder held for one run: locked on entry (before any document is read), written once by :meth:`write`.

    >>> with OutputSet(out_dir) as outputs:  # doctest: +SKIP
    ...     written = outputs.write(lambda folder: export(result, folder))
    """

    def __init__(self, out_dir: Path) -> None:
        self.given = out_dir
        # a link to a folder (outputs kept on another disk) is written through: the folder it points
        # at is swapped, locked by its own name, and the link stays a link
        self.out_dir = Path(os.path.realpath(out_dir) if os.path.islink(out_dir) else os.path.abspath(out_dir))
        self._lock: contextlib.ExitStack | None = None
        self._lock_home = self.out_dir.parent

    def __enter__(self) -> OutputSet:
        check_destination(self.out_dir)
        out_dir = self.out_dir
        try:
            out_dir.parent.mkdir(parents=True, exist_ok=True)
            if not os.access(out_dir.parent, os.W_OK) and out_dir.is_dir():
                self._lock_home = out_dir  # e.g. --out . in a home folder: lock and stage inside it
            stack = contextlib.ExitStack()
            stack.enter_context(_locked(self._lock_home / f".{out_dir.name}.lock", out_dir))
            self._lock = stack
            _remove_leftovers(self._lock_home, out_dir)
        except OSError as exc:
            self.__exit__()
            raise _fault(out_dir, exc) from exc
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def write(self, fill: Callable[[Path], list[Path]], *, drop: tuple[str, ...] = ()) -> list[Path]:
        """Let ``fill`` write every output into a staging folder, check it, and install it as the folder at once.

        Returns the installed paths. When ``fill`` returns no path (nothing to write: no document was
        read) nothing is installed and the old set stays. Folders named in ``drop`` that the new set
        has not are removed from a folder that also holds other files (a whole set replaces them anyway).
        Raises :class:`ExportError` (one line; the old set untouched) when the folder cannot be
        written or a staged file fails its check.
        """
        out_dir = self.out_dir
        try:
            staging, whole = _make_staging(out_dir)
            try:
                names = [path.name for path in fill(staging)]
                if not names:
                    shutil.rmtree(staging, ignore_errors=True)
                    return []
                verify(staging, names)
                mode = out_dir.stat().st_mode & 0o7777 if out_dir.is_dir() else 0o777 & ~current_umask()
                os.chmod(staging, mode)
                foreign = set(os.listdir(out_dir)) - set(names) - set(drop) if out_dir.is_dir() else set()
                if whole and not foreign:
                    _swap_in(staging, out_dir)
                else:
                    _move_in(staging, out_dir, names, tuple(name for name in drop if name not in names))
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
        except (OSError, sqlite3.Error) as exc:
            raise _fault(out_dir, exc) from exc
        except ExportError as exc:  # a writer's own message names the staging file: name the folder instead
            cause = exc.__cause__
            if isinstance(cause, (OSError, sqlite3.Error)):
                raise _fault(out_dir, cause) from exc
            raise
        except PhulucError:  # a stage's own error while the set is filled (a setting, the cluster): as it is
            raise
        except (ValueError, UnicodeDecodeError) as exc:  # a staged JSON or CSV file that does not read back
            msg = f"{quote_name(str(out_dir))}: an output did not read back ({exc}); the previous outputs are kept"
            raise ExportError(msg) from exc
        return [self.given / name for name in names]


def write_output_set(out_dir: Path, fill: Callable[[Path], list[Path]]) -> list[Path]:
    """Lock ``out_dir``, let ``fill`` write a staged set and install it at once (see :class:`OutputSet`)."""
    with OutputSet(out_dir) as outputs:
        return outputs.write(fill)
