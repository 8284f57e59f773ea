"""Word 97 ``.doc``, OpenDocument ``.odt`` and ``.rtf`` -> DOCX, through LibreOffice headless.

The DOCX reader then reads the converted copy, so these files get every DOCX rule (merged
cells, numbering, legacy fonts). The copy lives in a temporary folder that is removed after
reading; LibreOffice runs with a profile of its own there, so a desktop LibreOffice left open
by the user neither blocks nor is touched by the conversion.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.errors import ExtractError

#: Seconds LibreOffice may take for one file: a 50-page plan converts in about 5 s; a hung
#: conversion (a dialog it cannot show) must not stop a whole run.
CONVERT_TIMEOUT = 120
#: The Debian package that brings a headless LibreOffice Writer.
LIBREOFFICE_PACKAGE = "libreoffice-writer-nogui"
#: What each convertible type is called in messages.
KIND_NAMES = {"doc": "Word 97 (.doc)", "odt": "OpenDocument (.odt)", "rtf": "RTF"}


def find_soffice() -> str | None:
    """Return the LibreOffice command on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


@contextmanager
def converted_to_docx(path: Path, kind: str, timeout: float = CONVERT_TIMEOUT) -> Iterator[Path]:
    """Yield a DOCX copy of a .doc/.odt/.rtf file, made by LibreOffice in a temporary folder."""
    soffice = find_soffice()
    name = KIND_NAMES.get(kind, kind)
    if soffice is None:
        msg = f"a {name} file needs LibreOffice to be read; install it (apt-get install {LIBREOFFICE_PACKAGE})"
        raise ExtractError(msg)
    with tempfile.TemporaryDirectory(prefix="phuluc-convert-") as tmp:
        work = Path(tmp)
        source = work / f"input.{kind}"  # a plain name: soffice names its output after the input
        shutil.copyfile(path, source)
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            msg = f"LibreOffice did not convert the {name} file within {timeout:.0f} s"
            raise ExtractError(msg) from exc
        out = work / "out" / "input.docx"
        if done.returncode != 0 or not out.is_file():
            detail = (done.stderr or done.stdout).strip().splitlines()
            msg = f"LibreOffice could not convert the {name} file" + (f" ({detail[-1]})" if detail else "")
            raise ExtractError(msg)
        yield out
