"""``python -m phuluc``: the same command as the ``phuluc`` script."""

from phuluc.cli import entry_point

entry_point()
