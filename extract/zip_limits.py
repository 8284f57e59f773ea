"""Limits a DOCX or XLSX package must keep before any part of it is inflated or parsed.

A DOCX is a ZIP of XML parts, and python-docx inflates each part whole. A hostile file can
declare parts that inflate a thousandfold (a 1 MB file holding 2 GB), or a DTD whose entities
expand or reach outside the file. Word never writes a DTD, and real plans inflate to a few MB,
so such packages are refused with one line before python-docx sees them. Python's zipfile keeps
a part's bytes to its declared size, but a whole read inflates up to 2 GB in one call before it
cuts them: a part whose headers understate it (samples/audit50 F4: 4 MB declared, 2 GB inside)
filled the memory limit. Each part is read here in bounded chunks first, which fails at the
declared end on its checksum.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from core.errors import ExtractError

#: Parts a package may hold: real plans have 15-40, a document with many images a few hundred.
MAX_PARTS = 5_000
#: Bytes all parts may inflate to together (images included): a 100-page plan's parts come to a few MB.
MAX_TOTAL_SIZE = 256 << 20
#: Bytes one XML part may inflate to: python-docx holds it as a tree of ~10 times its size, and a
#: plan's document.xml is well under 1 MB (3,000 table rows come to 16 MB).
MAX_XML_SIZE = 32 << 20
#: How many times its stored size a large part may inflate to: the samples' parts inflate 5-46
#: times, 3000 copies of one table row 128 times; a deflate bomb of zeros about 1000 times.
MAX_RATIO = 200
#: Parts smaller than this (bytes) are not held to the ratio: tiny parts compress oddly and cost nothing.
RATIO_FROM_SIZE = 1 << 20
#: Bytes read at the start of each XML part to look for a DTD (it must come before the root element).
PROLOG_BYTES = 4096
_DTD_MARKS = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"), b"<!ENTITY")


def _mib(size: int) -> str:
    return f"{size / (1 << 20):.0f} MB"


def check_package(path: Path, kind: str = "DOCX") -> None:
    """Raise :class:`ExtractError` when the ``kind`` package (DOCX, XLSX) at ``path`` breaks a size or DTD limit."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                msg = f"a {kind} of {len(infos)} parts (limit {MAX_PARTS}): refused as a hostile or broken package"
                raise ExtractError(msg)
            total = sum(info.file_size for info in infos)
            if total > MAX_TOTAL_SIZE:
                msg = (
                    f"a {kind} whose parts inflate to {_mib(total)} (limit {_mib(MAX_TOTAL_SIZE)}): "
                    "refused as a decompression bomb or far larger than any plan"
                )
                raise ExtractError(msg)
            for info in infos:
                _check_part(archive, info, kind)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
        msg = f"a damaged ZIP/DOCX file ({exc})"
        raise ExtractError(msg) from exc


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str) -> None:
    """Hold one part to the ratio limit, and an XML part to having no DTD."""
    if info.file_size > RATIO_FROM_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        ratio = info.file_size // max(info.compress_size, 1)
        msg = (
            f"a {kind} part ({info.filename}) inflates {ratio} times its stored size (limit {MAX_RATIO}): "
            "refused as a decompression bomb"
        )
        raise ExtractError(msg)
    is_xml = info.filename.endswith((".xml", ".rels"))
    if is_xml and info.file_size > MAX_XML_SIZE:
        msg = (
            f"a {kind} part ({info.filename}) of {_mib(info.file_size)} of XML (limit {_mib(MAX_XML_SIZE)}): "
            "far larger than any plan; refused"
        )
        raise ExtractError(msg)
    prolog = _inflate_in_chunks(archive, info, kind)
    if is_xml and any(mark in prolog for mark in _DTD_MARKS):
        msg = (
            f"a {kind} part ({info.filename}) declares a DTD or entities, which Office never writes: "
            "refused (entity expansion or external entities)"
        )
        raise ExtractError(msg)


#: Bytes inflated at a time when a part is checked: zipfile asks no more of zlib per read.
CHUNK_BYTES = 1 << 20


def _inflate_in_chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str) -> bytes:
    """Inflate a part a chunk at a time to its declared size, and return its first :data:`PROLOG_BYTES`.

    A part that holds more than its headers declare fails its checksum at the declared end.
    """
    try:
        with archive.open(info) as handle:
            prolog = handle.read(PROLOG_BYTES)
            while handle.read(CHUNK_BYTES):
                pass
    except zipfile.BadZipFile as exc:
        msg = (
            f"a {kind} part ({info.filename}) does not match its declared size and checksum ({exc}): "
            "refused as damaged or hostile"
        )
        raise ExtractError(msg) from exc
    return prolog
