"""The ``--update`` library: every document of an output folder kept as read, so an unchanged one is never read again.

The library lives in the output folder, in ``.phuluc-cache/``, and is written and installed with
the other outputs as one set (export/outputset.py):

- ``library.json``: the documents in output order, each with the path it was given as, that path
  made absolute (how a later run knows it again), its key and the SHA-256 of its file's bytes (how
  a renamed file and a damaged entry's file are known); and the SHA-256 of the plan.json written
  with it, so a library that no longer belongs to its folder's outputs is refused.
- ``<key>.json.gz``: one file per document (gzip of JSON): the document as read
  (:mod:`core.codec`, every field) and its review-page crops (PNG, base64), or why it has none.

A key is the SHA-256 of everything that decides what reading a file gives: the file's own SHA-256,
the path it was given as (outputs carry it), the engine, ``--strict``, ``--docx-pdf``,
``--jurisdiction``, the contents of ``--agencies`` / ``--agencies-add`` files, and phuluc's
version together with a digest of its own code and data files (so any change to the readers,
rules, lists or page rendering reads every document again). The password and the limits are
left out: they decide whether a file can be read, not what it gives; and so are the settings a
file's type does not feel (:func:`settings_for`: a workbook's key holds no engine).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import shutil
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from core.codec import CodecError, from_data, to_data
from core.errors import PhulucError
from core.model import Box, Document
from core.settings import Settings
from core.text import quote_name
from export.outputset import MOVING_MARK
from export.review_html import PageImages
from extract.sniff import sniff

#: The library's folder inside the output folder.
LIBRARY_DIR = ".phuluc-cache"
#: The list of the library's documents, in the library's folder.
MANIFEST = "library.json"
#: The layout of library.json and of the entries; a library of another layout is refused.
FORMAT = 1
#: The packages whose code and data files decide what reading a document gives.
CODE_PACKAGES = ("core", "extract", "normalize", "export", "phuluc")
#: gzip level of the entries: 1 packs a document's JSON 5x in a few ms; higher levels gain little more.
GZIP_LEVEL = 1
#: Bytes read at a time when hashing a file.
HASH_BLOCK = 1 << 20


class LibraryError(PhulucError):
    """The output folder's library cannot be used: outputs written without ``--update``, or a library not theirs."""


@dataclass(frozen=True)
class Entry:
    """One document of the library: the path it was given as, that path made absolute, its key, its file's SHA-256.

    ``sha256`` is None in a library written before it was recorded.
    """

    path: str
    absolute: str
    key: str
    sha256: str | None = None


@dataclass(frozen=True)
class Cached:
    """A document read from the library, with its review-page crops."""

    document: Document
    images: PageImages


def file_sha256(path: Path) -> str:
    """Return a file's SHA-256 (hex)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(HASH_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


@cache
def code_version() -> str:
    """Return phuluc's version and a digest of its code and data files: any change reads documents again."""
    import importlib.metadata  # ~8 ms of imports, for --update runs only

    try:
        version = importlib.metadata.version("phuluc")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent
    for package in CODE_PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".csv", ".toml", ".json"):
                digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return f"{version}+{digest.hexdigest()[:16]}"


def reading_settings(settings: Settings) -> dict[str, Any]:
    """Return the settings that decide what reading a file gives; list files by their contents."""
    found = settings.normalize

    def contents(path: Path | None) -> str | None:
        return None if path is None else file_sha256(path)

    return {
        "engine": settings.extract.engine,
        "strict": settings.extract.strict,
        "docx_pdf": settings.extract.docx_pdf,
        "ocr": settings.extract.ocr,
        "jurisdiction": found.jurisdiction,
        "agencies": contents(found.agencies),
        "agencies_add": contents(found.agencies_add),
    }


#: The file types no PDF setting reaches: the workbooks, and the word-processor files unless
#: ``--docx-pdf`` lays them out as PDF pages, which the engine (and ``--ocr``) then read.
WORKBOOK_TYPES = frozenset(("xlsx", "xls", "ods"))
PDF_ONLY_SETTINGS = ("engine", "ocr")


def settings_for(file_type: str | None, settings: dict[str, Any]) -> dict[str, Any]:
    """Return the reading settings that can change what a file of ``file_type`` gives (None: unknown, all of them).

    So ``--engine pdfplumber`` reads the PDFs of a library again, not its DOCX and workbooks.
    """
    if file_type is None:
        return settings
    unused: tuple[str, ...] = ("docx_pdf",) if file_type == "pdf" else ()
    if file_type in WORKBOOK_TYPES or (file_type != "pdf" and not settings["docx_pdf"]):
        unused = ("docx_pdf", *PDF_ONLY_SETTINGS)
    return {name: value for name, value in settings.items() if name not in unused}


def file_type_of(path: Path) -> str | None:
    """Return the type of the file at ``path`` as the reader will tell it, None when it cannot be told."""
    try:
        return sniff(path)
    except PhulucError:
        return None


def absolute(path: Path) -> str:
    """Return the path made absolute (not resolving links): how the library knows a file given again."""
    return os.path.abspath(path)


class Library:
    """The library of an output folder as a run found it, and the keys of the documents given to this run."""

    def __init__(self, out_dir: Path, settings: Settings, forget: Sequence[Path] = ()) -> None:
        self.out_dir = out_dir
        self.folder = out_dir / LIBRARY_DIR
        self.entries = self._forget(self._read_manifest(), forget)
        self._fixed = {"format": FORMAT, "phuluc": code_version()}
        self._settings = reading_settings(settings)

    def _forget(self, entries: list[Entry], paths: Sequence[Path]) -> list[Entry]:
        """Return the entries without those ``--forget`` names (by the path made absolute); refuse a path it has not."""
        dropped = {absolute(path): path for path in paths}
        unknown = [str(path) for where, path in dropped.items() if where not in {e.absolute for e in entries}]
        if unknown:
            msg = (
                f"{quote_name(str(self.out_dir))}: --forget {quote_name(unknown[0])}: its library holds no document "
                "of this path (give it as the library lists it, e.g. as the run's summary printed it)"
            )
            raise LibraryError(msg)
        return [e for e in entries if e.absolute not in dropped]

    def _read_manifest(self) -> list[Entry]:
        """Return the library's entries; none for a new folder; refuse outputs that have no library of theirs."""
        plan = self.out_dir / "plan.json"
        manifest = self.folder / MANIFEST
        where = quote_name(str(self.out_dir))
        if (self.out_dir / MOVING_MARK).exists():
            msg = (
                f"{where}: a run was stopped while it moved its outputs in one by one, so the folder may hold a mix "
                "of two sets; run without --update to write a whole set (the library starts over), or give a new --out"
            )
            raise LibraryError(msg)
        if not plan.is_file():
            if self.folder.exists():  # the outputs were tidied away: the library's documents would be dropped
                msg = (
                    f"{where}: its plan.json is gone but its library ({LIBRARY_DIR}) is there; put plan.json "
                    "back, or give --update a new --out (a run with no --update starts the folder over)"
                )
                raise LibraryError(msg)
            return []  # a new or empty folder: the library starts here
        try:
            data = json.loads(manifest.read_bytes())
        except (OSError, ValueError):
            if self.folder.exists():
                msg = (
                    f"{where}: its library's list ({LIBRARY_DIR}/{MANIFEST}) is missing or damaged; give --update "
                    "a new --out (a run with no --update starts the folder over)"
                )
            else:
                msg = (
                    f"{where}: it has no library to add to (its outputs were written without --update, or its "
                    f"{LIBRARY_DIR} folder is gone); give --update a new or empty --out first"
                )
            raise LibraryError(msg) from None
        mismatch = f"{where}: its library ({LIBRARY_DIR}) does not match its plan.json; give --update a new --out"
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("plan_sha256") != file_sha256(plan):
            raise LibraryError(mismatch)
        try:
            entries = [Entry(e["path"], e["absolute"], e["key"], e.get("sha256")) for e in data["documents"]]
        except (KeyError, TypeError, AttributeError):
            raise LibraryError(mismatch) from None
        if not all(isinstance(value, str) for e in entries for value in (e.path, e.absolute, e.key)):
            raise LibraryError(mismatch)
        if not all(e.sha256 is None or isinstance(e.sha256, str) for e in entries):
            raise LibraryError(mismatch)
        return entries

    def key(self, path: Path, sha256: str | None = None, read_from: Path | None = None) -> str:
        """Return the key of a file as given to this run: its bytes, its path, the settings and the code.

        ``sha256`` is the file's, when the caller has hashed it already; ``read_from`` a file with
        those bytes when ``path`` is not one (a renamed file's old path): its type decides which
        settings count.
        """
        settings = settings_for(file_type_of(read_from or path), self._settings)
        facts = {**self._fixed, **settings, "sha256": sha256 or file_sha256(path), "path": str(path)}
        return hashlib.sha256(json.dumps(facts, sort_keys=True).encode("utf-8")).hexdigest()

    def has(self, key: str) -> bool:
        """Tell whether the library holds an entry of this key."""
        return (self.folder / f"{key}.json.gz").is_file()

    def sha256_of(self, entry: Entry) -> str | None:
        """Return the SHA-256 of the file an entry was read from (as listed, else as stored); None when unknown."""
        if entry.sha256 is not None:
            return entry.sha256
        cached = self.load(entry.key)
        return cached.document.provenance.sha256 if cached is not None else None

    def same_file(self, entry: Entry) -> str | None:
        """Return the SHA-256 of an entry's file when it is at its path with the bytes it was read from, else None.

        A library written before the SHA-256 was listed is checked by the key: the same only
        while the settings and phuluc are too.
        """
        where = Path(entry.absolute)
        try:
            sha256 = file_sha256(where) if where.is_file() else None
        except OSError:
            return None
        if sha256 is None:
            return None
        if entry.sha256 is not None:
            return sha256 if sha256 == entry.sha256 else None
        return sha256 if self.key(Path(entry.path), sha256, where) == entry.key else None

    def load(self, key: str) -> Cached | None:
        """Read one entry back; None when it is missing or damaged (the document is then read again)."""
        try:
            data = json.loads(gzip.decompress((self.folder / f"{key}.json.gz").read_bytes()))
            crops = {from_data(Box, box): base64.b64decode(png, validate=True) for box, png in data["crops"]}
            missing = data["missing"]
            if missing is not None and not isinstance(missing, str):
                return None
            return Cached(from_data(Document, data["document"]), PageImages(crops, missing))
        except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, CodecError):  # read again
            return None


class LibraryWriter:
    """The library written into the staging folder with the outputs: entries kept, entries new, then the list."""

    def __init__(self, library: Library, staging: Path) -> None:
        self.library = library
        self.folder = staging / LIBRARY_DIR
        self.folder.mkdir()
        self.entries: list[Entry] = []

    def keep(self, entry: Entry, *, damaged: bool = False) -> None:
        """Take an entry of the old library over unchanged (a hard link where the file system allows).

        A ``damaged`` entry is listed still, so every run names it until its file is given again;
        its file is taken over as it is, or left out when it is gone.
        """
        name = f"{entry.key}.json.gz"
        if not (self.folder / name).exists():
            try:
                try:
                    os.link(self.library.folder / name, self.folder / name)
                except OSError:
                    shutil.copyfile(self.library.folder / name, self.folder / name)
            except OSError:
                if not damaged:
                    raise
        self.entries.append(entry)

    def add(self, entry: Entry, document: Document, images: PageImages) -> None:
        """Store a document read by this run, with its crops."""
        data = {
            "document": to_data(document),
            "missing": images.missing,
            "crops": [[to_data(box), base64.b64encode(png).decode("ascii")] for box, png in images.crops.items()],
        }
        raw = json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        (self.folder / f"{entry.key}.json.gz").write_bytes(gzip.compress(raw, GZIP_LEVEL, mtime=0))
        self.entries.append(entry)

    def close(self, plan: Path) -> Path:
        """Write the list of documents, tied to the plan.json written with them; return the library's folder."""
        manifest = {
            "format": FORMAT,
            "plan_sha256": file_sha256(plan),
            "documents": [
                {"path": e.path, "absolute": e.absolute, "key": e.key, **({"sha256": e.sha256} if e.sha256 else {})}
                for e in self.entries
            ],
        }
        (self.folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return self.folder
