"""Which files in a folder are plan documents, and picking one of several by name.

``phuluc extract`` and ``phuluc diff`` take folders alike: the same endings count, hidden and
Office lock files (``~$plan.docx``) are left out, and a document answers to its source name,
path, file name or file stem wherever one is to be chosen.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

#: File endings picked up when a folder is given; a file named on the command line is always read.
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".xlsx", ".xls", ".ods")

T = TypeVar("T")


def is_document_file(path: Path) -> bool:
    """Tell whether a file found in a folder is a plan document (its ending; not hidden, not a lock file)."""
    return path.is_file() and path.suffix.lower() in DOCUMENT_SUFFIXES and not path.name.startswith((".", "~$"))


def folder_documents(folder: Path, unlisted: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Return the plan documents in ``folder`` and below, sorted by path.

    A folder that cannot be listed (no permission), or a link named as a document that leads to no
    file, is added to ``unlisted`` with the cause, so that a district's folder on a shared drive does
    not drop out of a batch unseen. Links to folders are
    followed (a batch folder made of links to each province's shared folder: samples/audit46 F1),
    each folder once: a link back to a folder above it, or to one already searched, is not; a file
    reached by two paths is listed once, by the first in path order.
    """

    def cannot_list(error: OSError) -> None:
        if unlisted is not None:
            unlisted.append((Path(error.filename or folder), f"cannot list the folder ({error.strerror or error})"))

    found: list[Path] = []
    searched = {os.path.realpath(folder)}
    for where, folders, names in os.walk(folder, onerror=cannot_list, followlinks=True):
        found += [Path(where, name) for name in names if is_document_file(Path(where, name))]
        if unlisted is not None:
            named = [Path(where, name) for name in sorted(names) if Path(name).suffix.lower() in DOCUMENT_SUFFIXES]
            unlisted += [(path, cause) for path in named if (cause := dead_link(path))]
        folders.sort()  # in name order, whatever the file system lists: which of two links is searched is fixed
        real = [os.path.realpath(os.path.join(where, name)) for name in folders]
        folders[:] = [name for name, path in zip(folders, real, strict=True) if path not in searched]
        searched.update(real)
    once: dict[str, Path] = {}  # a file reached by two paths (a link to it, a link to its folder) is read once
    for path in sorted(found):
        once.setdefault(os.path.realpath(path), path)
    return sorted(once.values())


def dead_link(path: Path) -> str:
    """Say why a link leads to no file (a broken link, a loop of links); "" when it is no such link.

    Such a link was skipped without a word: the plan it stood for dropped out of the batch (samples/audit50 F3).
    """
    if not path.is_symlink() or path.exists():
        return ""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a link that leads back to itself (a loop of links): no file to read"
    return f"a link to a file that does not exist ({os.readlink(path)})"


def document_names(source: str, path: str) -> set[str]:
    """Return every name a document answers to (case-folded): its source name, path, file name and file stem."""
    names = {source, path, Path(path).name, Path(path).stem, Path(source).stem}
    return {name.casefold() for name in names if name}


class PickError(Exception):
    """No candidate has the name asked for, there is none, or there are several and none was named.

    ``named`` tells the first case (a usage error: the name is wrong) from the others.
    """

    def __init__(self, message: str, *, named: bool, empty: bool = False) -> None:
        super().__init__(message)
        self.named = named
        self.empty = empty


def pick_one(
    candidates: Sequence[T], names_of: Callable[[T], Iterable[str]], shown: Callable[[T], str], source: str | None
) -> T:
    """Return the candidate named ``source`` (any of its ``names_of``, case-folded), or the only one.

    Raises :class:`PickError` whose message lists what there is; the caller adds where it looked.
    """
    listed = ", ".join(shown(c) for c in candidates)
    if source is not None:
        wanted = source.casefold()
        for candidate in candidates:
            if wanted in names_of(candidate):
                return candidate
        msg = f"no document named {source!r}; it holds: {listed or 'none'}"
        raise PickError(msg, named=True)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        msg = "holds no document"
        raise PickError(msg, named=False, empty=True)
    msg = f"holds {len(candidates)} documents ({listed}); pick one with --old-source/--new-source NAME"
    raise PickError(msg, named=False)
