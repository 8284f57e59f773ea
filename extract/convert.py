"""Word 97 ``.doc``, ``.odt``, ``.rtf`` -> DOCX and ``.xls``, ``.ods`` -> XLSX, through LibreOffice headless.

The DOCX or XLSX reader then reads the converted copy, so these files get every rule of that
reader (merged cells, numbering, legacy fonts). The copy lives in a temporary folder that is removed after
reading; LibreOffice runs with a profile of its own there, so a desktop LibreOffice left open
by the user neither blocks nor is touched by the conversion.
"""

from __future__ import annotations

import os
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
#: What each convertible type is called in messages.
KIND_NAMES = {
    "doc": "Word 97 (.doc)",
    "odt": "OpenDocument (.odt)",
    "rtf": "RTF",
    "xls": "Excel 97 (.xls)",
    "ods": "OpenDocument spreadsheet (.ods)",
}
#: Per convertible type: the type it becomes, LibreOffice's filter for it, and the Debian package
#: that brings the headless LibreOffice application that converts it.
TARGETS = {
    "doc": ("docx", "docx:MS Word 2007 XML", "libreoffice-writer-nogui"),
    "odt": ("docx", "docx:MS Word 2007 XML", "libreoffice-writer-nogui"),
    "rtf": ("docx", "docx:MS Word 2007 XML", "libreoffice-writer-nogui"),
    "xls": ("xlsx", "xlsx:Calc MS Excel 2007 XML", "libreoffice-calc-nogui"),
    "ods": ("xlsx", "xlsx:Calc MS Excel 2007 XML", "libreoffice-calc-nogui"),
}


#: The library each LibreOffice application brings into LibreOffice's program folder: the sign that
#: it is installed (Debian's writer and calc packages put no command of their own on PATH).
APPLICATION_LIBRARIES = {"libreoffice-writer-nogui": "libswlo.so", "libreoffice-calc-nogui": "libsclo.so"}


def _missing_application(package: str) -> str:
    """Name the LibreOffice application a conversion needs when it is not installed (Writer cannot read a sheet)."""
    soffice, library = find_soffice(), APPLICATION_LIBRARIES.get(package)
    if soffice is None or library is None:
        return ""
    program = Path(os.path.realpath(soffice)).parent
    if not program.is_dir() or (program / library).exists() or not any(program.glob("lib*lo.so")):
        return ""  # installed, or a layout this cannot tell
    return f"; the LibreOffice application it needs is not installed: apt-get install {package}"


def find_soffice() -> str | None:
    """Return the LibreOffice command on PATH, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


@contextmanager
def converted(path: Path, kind: str, timeout: float = CONVERT_TIMEOUT) -> Iterator[Path]:
    """Yield a DOCX copy of a .doc/.odt/.rtf file, or an XLSX copy of an .xls/.ods one, made by LibreOffice."""
    soffice = find_soffice()
    name = KIND_NAMES.get(kind, kind)
    target, export_filter, package = TARGETS[kind]
    if soffice is None:
        msg = f"a {name} file needs LibreOffice to be read; install it (apt-get install {package})"
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
            export_filter,
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            msg = f"LibreOffice did not convert the {name} file within {timeout:.0f} s"
            raise ExtractError(msg) from exc
        out = work / "out" / f"input.{target}"
        if done.returncode != 0 or not out.is_file():
            detail = (done.stderr or done.stdout).strip().splitlines()
            msg = f"LibreOffice could not convert the {name} file" + (f" ({detail[-1]})" if detail else "")
            raise ExtractError(msg + _missing_application(package))
        yield out
