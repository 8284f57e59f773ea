"""The errors ``phuluc diff`` raises: a bad command line, or an input it cannot read."""

from __future__ import annotations

from core.errors import PhulucError


class DiffError(PhulucError):
    """Base of the diff's errors; the CLI turns each into one line on stderr."""


class DiffInputError(DiffError):
    """An input plan cannot be read: missing file, broken JSON, failed extraction, no rows."""


class DiffUsageError(DiffError, ValueError):
    """The command line asks for something the inputs cannot give (e.g. an unknown source name)."""
