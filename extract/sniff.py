"""Tell a file's type from its bytes, not its name: users send PDFs named .docx and worse."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from core.errors import ExtractError

#: Every type :func:`sniff` tells (plan.json's ``file_type``; core/plan.schema.json lists the same).
FILE_TYPES = ("pdf", "docx", "doc", "odt", "rtf", "xlsx", "xls", "ods")
#: How far into a file the PDF signature may sit (the PDF spec allows junk before "%PDF-").
PDF_SIGNATURE_WINDOW = 1024


#: How far into a compound (OLE) file the directory naming an encrypted OOXML package is looked for.
OLE_DIRECTORY_WINDOW = 1 << 20
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
#: The stream every Word 97-2003 file holds (an .xls or .ppt has none).
_WORD_STREAM = "WordDocument".encode("utf-16-le")
#: The stream every Excel 97-2003 workbook holds ("Book" in Excel 5 files).
_EXCEL_STREAMS = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
#: The MIME types an OpenDocument text file and spreadsheet store first in their ZIP.
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def _ole_kind(path: Path) -> str:
    """Tell what an OLE compound file holds: "encrypted" (an Office file with a password), "doc", "xls", or ""."""
    with path.open("rb") as handle:
        head = handle.read(OLE_DIRECTORY_WINDOW)
    if _ENCRYPTED_PACKAGE in head:
        return "encrypted"
    if _WORD_STREAM in head:
        return "doc"
    return "xls" if any(stream in head for stream in _EXCEL_STREAMS) else ""


def _zip_kind(path: Path, head: bytes) -> str:
    """Tell a ZIP package's kind: "docx", "odt", "xlsx" or "ods", or raise :class:`ExtractError`."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        msg = f"a damaged ZIP/DOCX file ({exc})"
        raise ExtractError(msg) from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and _ODT_MIMETYPE in head:
        return "odt"
    if "content.xml" in names and _ODS_MIMETYPE in head:
        return "ods"
    msg = "a ZIP file, but neither a Word document nor an Excel workbook (no word/document.xml, no xl/workbook.xml)"
    raise ExtractError(msg)


def sniff(path: Path) -> str:
    """Return the type (one of :data:`FILE_TYPES`) of the file at ``path``, or raise :class:`ExtractError`."""
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
        return _zip_kind(path, head)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        kind = _ole_kind(path)
        if kind in ("doc", "xls"):
            return kind
        if kind == "encrypted":
            msg = "a password-protected Office file; save it without a password (or as PDF) first"
        else:
            msg = "an old binary Office file that is neither a Word document nor an Excel workbook (.ppt?)"
        raise ExtractError(msg)
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    msg = "neither a PDF nor a DOCX file (unknown content)"
    raise ExtractError(msg)
