"""Stage 1: a plan document (PDF or DOCX) in, its appendix table's physical row pieces out.

``extract(path, settings)`` tells the file type from its content, reads it with the DOCX reader
or the chosen PDF engine, and returns a :class:`~core.model.Document` whose provenance names
the engine. ``extract.merge.merge`` then joins the pieces into logical rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from core.errors import ExtractError, NoTextLayerError, SettingsError
from core.model import Document, Provenance
from core.settings import ExtractSettings
from extract.damage import no_text_cause, pdf_page_tree, text_damage
from extract.docx import read_docx
from extract.reading import Reading
from extract.sniff import sniff


def _read_with_pdfplumber(path: Path, settings: ExtractSettings) -> Reading:
    from extract.pdf import read_pdf

    return read_pdf(path, settings.password)


def _read_with_camelot(path: Path, settings: ExtractSettings) -> Reading:
    from extract.pdf_camelot import read_pdf_camelot

    return read_pdf_camelot(path, settings.password)


def _read_with_pdfium(path: Path, settings: ExtractSettings) -> Reading:
    from extract.pdf_pdfium import read_pdf_pdfium

    return read_pdf_pdfium(path, settings.password)


#: The PDF engines, by the name users give with ``--engine``.
PDF_ENGINES: dict[str, Callable[[Path, ExtractSettings], Reading]] = {
    "pdfplumber": _read_with_pdfplumber,
    "camelot": _read_with_camelot,
    "pdfium": _read_with_pdfium,
}

NO_TABLE_MESSAGE = (
    "no appendix table found: no table has a header row naming the appendix columns "
    "(Chỉ số nội dung, Nội dung thành phần, Chỉ tiêu, Nhiệm vụ và giải pháp, Cơ quan ...)"
)


def file_sha256(path: Path) -> str:
    """Return the file's SHA-256, so outputs say exactly which file they came from."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract(path: Path, settings: ExtractSettings | None = None) -> Document:
    """Read one document's appendix table into physical row pieces."""
    settings = settings or ExtractSettings()
    file_type = sniff(path)
    if file_type == "docx":
        engine, reading = "python-docx", read_docx(path)
    else:
        if settings.engine not in PDF_ENGINES:
            msg = f"unknown engine {settings.engine!r}; choose one of: {', '.join(PDF_ENGINES)}"
            raise SettingsError(msg)
        try:
            engine, reading = settings.engine, PDF_ENGINES[settings.engine](path, settings)
        except NoTextLayerError as exc:
            cause = no_text_cause(path, settings.password)
            if cause is None:
                raise
            raise NoTextLayerError(cause) from exc
    if not reading.rows:
        msg = f"{NO_TABLE_MESSAGE}; {reading.seen}" if reading.seen else NO_TABLE_MESSAGE
        raise ExtractError(msg)
    if settings.strict and reading.coverage is not None and not reading.coverage.complete:
        msg = f"{reading.coverage.summary()}; --strict refuses a partial table"
        raise ExtractError(msg)
    warnings = reading.warnings + text_damage(reading.rows)
    if file_type == "pdf" and engine != "pdfium":  # pdfium counts the page tree itself, without pdfminer
        warnings += pdf_page_tree(path, reading.pages)
    provenance = Provenance(
        source=path.name,
        path=str(path),
        sha256=file_sha256(path),
        file_type=file_type,
        engine=engine,
        pages=reading.pages,
    )
    return Document(
        provenance=provenance,
        title=reading.title,
        header=reading.header,
        physical_rows=reading.rows,
        warnings=warnings,
        coverage=reading.coverage,
    )
