"""Tell a file's type from its bytes, not its name: users send PDFs named .docx and worse."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from core.errors import ExtractError

#: How far into a file the PDF signature may sit (the PDF spec allows junk before "%PDF-").
PDF_SIGNATURE_WINDOW = 1024


#: How far into a compound (OLE) file the directory naming an encrypted OOXML package is looked for.
OLE_DIRECTORY_WINDOW = 1 << 20
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _is_encrypted_office(path: Path) -> bool:
    """Tell an encrypted .docx (an OLE container with an ``EncryptedPackage`` stream) from a .doc."""
    with path.open("rb") as handle:
        return _ENCRYPTED_PACKAGE in handle.read(OLE_DIRECTORY_WINDOW)


def sniff(path: Path) -> str:
    """Return "pdf" or "docx" for the file at ``path``, or raise :class:`ExtractError` saying why not."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # opening a pipe or a device would wait forever or read without end
            msg = "not a regular file (a folder, pipe, device or socket); give a PDF or DOCX file"
            raise ExtractError(msg)
        with path.open("rb") as handle:
            head = handle.read(PDF_SIGNATURE_WINDOW)
    except OSError as exc:
        msg = f"cannot read the file ({exc.strerror or exc})"
        raise ExtractError(msg) from exc
    if not head:
        msg = "the file is empty"
        raise ExtractError(msg)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile as exc:
            msg = f"a damaged ZIP/DOCX file ({exc})"
            raise ExtractError(msg) from exc
        if "word/document.xml" in names:
            return "docx"
        msg = "a ZIP file, but not a Word document (no word/document.xml)"
        raise ExtractError(msg)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if _is_encrypted_office(path):
            msg = "a password-protected Word file; save it without a password (or as PDF) first"
        else:
            msg = "an old binary Word/Excel file (.doc/.xls); save it as .docx or PDF first"
        raise ExtractError(msg)
    msg = "neither a PDF nor a DOCX file (unknown content)"
    raise ExtractError(msg)
