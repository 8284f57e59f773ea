"""CSV fields a spreadsheet would run as formulas are escaped; JSON and SQLite keep the exact text.

A field that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return can become a live
formula (``=HYPERLINK(...)``, ``=WEBSERVICE(...)``, DDE) when rows.csv is opened in a
spreadsheet, and a plan's cell text or a file name is untrusted. Such a field gets a leading
``'`` (OWASP's advice), which spreadsheets show as text. Plans write most task and agency cells
as "- " bullets; LibreOffice Calc 7.4 reads "- Việc", "+ Phòng" (and "-1+2", "@SUM(1)") as
text, only "=" as a formula (checked by tests/reliability/test_csv_safety.py), so a sign, one
space and a word stay as written, unless the word is a call or a link (``- HYPERLINK(``,
``- cmd|``), which Excel could still run.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, Protocol

#: First characters that make a spreadsheet read a field as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: What goes in front of such a field: spreadsheets show a field so opened as text.
ESCAPE = "'"
#: A bullet: a sign, one space, then a word that is not followed by a call "(" or a link "|" / "!".
_BULLET_RE = re.compile(r"[-+] [^\W\d_][\w.]*(?![\w.]*\s*[(|!])")


class RowWriter(Protocol):
    """What csv.writer gives: one method to write a row."""

    def writerow(self, row: Iterable[Any], /) -> Any:
        """Write one row."""


def spreadsheet_safe(value: Any) -> Any:
    """Return a field as a spreadsheet must see it: escaped when it would start a formula.

    >>> spreadsheet_safe("=SUM(A1)"), spreadsheet_safe("- Việc"), spreadsheet_safe(3)
    ("'=SUM(A1)", '- Việc', 3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _BULLET_RE.match(value):
        return ESCAPE + value
    return value


class SafeWriter:
    """A csv writer whose every field passes :func:`spreadsheet_safe`."""

    def __init__(self, writer: RowWriter) -> None:
        self._writer = writer

    def writerow(self, row: Iterable[Any]) -> Any:
        """Write one row with its fields made safe."""
        return self._writer.writerow([spreadsheet_safe(value) for value in row])


def spreadsheet_writer(buffer: Any) -> SafeWriter:
    """Return a csv writer (Unix line ends) for a file people open in spreadsheets."""
    return SafeWriter(csv.writer(buffer, lineterminator="\n"))
