"""Stage 1: a plan document (PDF or DOCX) in, its appendix table's physical row pieces out.

``extract(path, settings)`` tells the file type from its content, reads it with the DOCX reader
(.doc, .odt and .rtf converted to DOCX by LibreOffice first), the XLSX reader (.xls and .ods
converted to XLSX first) or the chosen PDF engine (legacy
TCVN3/VNI text layers with the legacy reader, scanned pages with OCR), and returns a
:class:`~core.model.Document` whose provenance names
the engine. ``extract.merge.merge`` then joins the pieces into logical rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import ExtractError, NoTextLayerError, SettingsError
from core.model import Document, Provenance
from core.settings import ExtractSettings
from extract.convert import TARGETS, converted
from extract.damage import (
    blank_pages_warning,
    file_damage_warnings,
    foreign_text_cause,
    no_text_cause,
    page_list,
    pages_in_tree,
    pdf_page_tree,
    text_damage,
    unreadable_text_error,
)
from extract.group_columns import read_as_dimension
from extract.header import (
    unmapped_columns_warning,
    unmapped_later_columns_warning,
    untitled_warning,
)
from extract.legacy import conversion_warning, encoding_of_text
from extract.letters import damaged_header_error, foreign_letter_warning, foreign_pages_before_warning
from extract.reading import Reading
from extract.role_cells import shared_columns_warning
from extract.sniff import sniff

if TYPE_CHECKING:
    from extract.pdf_pdfium import ProbedPages
    from extract.pdf_probe import PdfProbe


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


def load_pdf_readers() -> None:
    """Import the default PDF path's modules now: reader processes forked afterwards share them, not import each.

    The OCR reader is left out: it is loaded by a reader that meets scanned pages (~10 ms, against
    seconds of OCR), and a run of digital plans never pays for it.
    """
    import extract.legacy_pdf
    import extract.pdf_pdfium
    import extract.pdf_probe  # noqa: F401 - imported for the forked readers


def _read_pdf(path: Path, settings: ExtractSettings, pages_read: Callable[[], object] | None) -> tuple[str, Reading]:
    """Read a PDF with the chosen engine; legacy fonts and scanned pages take their own readers.

    Fonts named as TCVN3/VNI send the file to the legacy reader (the pdfium engine's reading,
    which probed the pages, is dropped). Pages with no text layer but an image are OCR'd (only
    those pages), and so are page images under an invisible OCR text layer (a searchable PDF: the
    layer is set aside). A reading with no table, or whose text reads as legacy by its letters, is
    tried again with the legacy reader.
    """
    from extract.legacy_pdf import read_pdf_legacy
    from extract.pdf_probe import probe_pdf

    if settings.engine not in PDF_ENGINES:
        msg = f"unknown engine {settings.engine!r}; choose one of: {', '.join(PDF_ENGINES)}"
        raise SettingsError(msg)
    if settings.ocr:  # asked for: every page by OCR, whatever its text layer says
        from extract.ocr_pdf import all_pages, read_pdf_ocr

        return "tesseract", read_pdf_ocr(path, settings.password, all_pages(path, settings.password), asked=True)
    pages = _probed_pages(path, settings) if settings.engine == "pdfium" else None
    if pages is not None and pages_read is not None:
        pages_read()
    probe = pages.probe if pages is not None else probe_pdf(path, settings.password)
    if probe.legacy_fonts:
        return _with_legacy_warning("pdfplumber", *read_pdf_legacy(path, settings.password))
    if probe.image_pages or probe.layered_pages:  # pages that may be scans: the OCR reader is loaded for them
        from extract.ocr_pdf import pages_to_ocr, read_pdf_ocr

        scanned = sorted({*pages_to_ocr(path, settings.password, probe.image_pages), *probe.layered_pages})
        if scanned:
            return "tesseract", read_pdf_ocr(path, settings.password, scanned, probe.layered_pages)
    try:
        reading = pages.reading() if pages is not None else PDF_ENGINES[settings.engine](path, settings)
    except NoTextLayerError as exc:
        cause = no_text_cause(path, settings.password)
        if cause is None:
            raise
        raise NoTextLayerError(cause) from exc
    if not reading.rows or reads_as_legacy(reading):
        try:
            legacy, found = read_pdf_legacy(path, settings.password)
        except ExtractError:
            return settings.engine, reading  # the legacy reader cannot read it either: the engine's reading stands
        if found and legacy.rows:
            return _with_legacy_warning("pdfplumber", legacy, found)
    engine, reading = _other_engine(path, settings, _with_pictures_said(reading, probe))
    return engine, replace(reading, warnings=reading.warnings + _text_layer_warnings(path, settings, reading, probe))


def _with_pictures_said(reading: Reading, probe: PdfProbe) -> Reading:
    """Say, when no table was found, the pages an image covers much of: the table may be that picture.

    A title typed over a pasted picture of the table was refused as a page of text and no table,
    with nothing said of the picture that ``--ocr`` reads (samples/audit46 F4).
    """
    if reading.rows or not probe.pictured_pages:
        return reading
    shown = page_list(probe.pictured_pages)
    pictured = f"{shown}: an image over much of the page (the table as a picture?): try --ocr"
    return replace(reading, seen=f"{reading.seen}; {pictured}" if reading.seen else pictured)


def _text_layer_warnings(path: Path, settings: ExtractSettings, reading: Reading, probe: PdfProbe) -> tuple[str, ...]:
    """Say what a reading from a Unicode text layer (no legacy or OCR one) holds unseen or missed before its table."""
    warnings = hidden_text_warning(probe.hidden_pages) + blank_pages_warning(path, settings.password, reading.rows)
    if reading.rows and reading.rows[0].page > 1:
        warnings += foreign_pages_before_warning(path, settings.password, reading.rows[0].page)
    return warnings


def _other_engine(path: Path, settings: ExtractSettings, reading: Reading) -> tuple[str, Reading]:
    """Read a PDF pdfium found no table in, and whose text does not read as Vietnamese, with the pdfplumber engine.

    When that finds no table either, the PDF is refused for its text layer, the cause named. The
    two map a font's glyphs to letters differently: a Type 3 font with glyph names and no Unicode
    map reads as glyph codes in pdfium and as letters in pdfminer (samples/audit19 f04).
    Only a text layer that does not read as Vietnamese is read again: a PDF that is no plan (a
    report among the plans of a folder) is refused as fast as before.
    """
    if reading.rows or settings.engine != "pdfium":
        return settings.engine, reading
    cause = foreign_text_cause(path, settings.password)
    if cause is None:
        return _whole_page_tree(path, settings, reading)
    other = _read_by_pdfminer(
        path,
        settings,
        "pdfium read no appendix table (its fonts' glyphs read as other letters): the text layer read by pdfminer",
    )
    if other is None or not other.rows:
        raise unreadable_text_error(cause)  # the cause found once, not again when no rows come back
    return "pdfplumber", other


def _read_by_pdfminer(path: Path, settings: ExtractSettings, said: str) -> Reading | None:
    """Read a PDF pdfium could not with the pdfplumber engine, ``said`` first among its warnings; None if it fails."""
    try:
        other = PDF_ENGINES["pdfplumber"](path, replace(settings, engine="pdfplumber"))
    except ExtractError:
        return None
    return replace(other, warnings=(said, *other.warnings))


def _whole_page_tree(path: Path, settings: ExtractSettings, reading: Reading) -> tuple[str, Reading]:
    """Read a PDF pdfium found no table in with pdfplumber when its page tree holds more pages than pdfium read.

    pdfium takes the tree's /Count for the number of pages; pdfminer walks its branches (samples/audit26 F4).
    """
    walked = pages_in_tree(path, settings.password)
    if walked is None or walked <= reading.pages:
        return settings.engine, reading
    said = (
        f"the page tree's count says the PDF has {reading.pages} page(s), but its branches hold {walked}: pdfium "
        "read only the counted pages, so the pages were read by pdfminer (a damaged page tree: check the rows)"
    )
    other = _read_by_pdfminer(path, settings, said)
    return (settings.engine, reading) if other is None else ("pdfplumber", other)


def hidden_text_warning(pages: tuple[int, ...]) -> tuple[str, ...]:
    """Say that pages with visible text also hold text nobody sees (render mode 3 or 7), read with the rest."""
    if not pages:
        return ()
    return (
        f"{page_list(pages)}: besides the visible text, some text is not painted (text render mode 3 or 7, as an "
        "OCR layer over a picture is written); it was read with the visible text: check the rows there",
    )


def _probed_pages(path: Path, settings: ExtractSettings) -> ProbedPages | None:
    """Read every page with pdfium, probing each while it is loaded (a probe first loaded every page a second time).

    None when the reading fails: then the probe runs on its own first, as for the other engines, so
    a legacy or scanned file whose pages pdfium cannot read still goes to its reader, and any
    other file meets the same error again in the engine.
    """
    from extract.pdf_pdfium import read_pages_pdfium

    try:
        return read_pages_pdfium(path, settings.password)
    except Exception:  # noqa: BLE001 - said by the engine, when the probe does not send the file elsewhere
        return None


def reads_as_legacy(reading: Reading) -> bool:
    """Tell whether the text of a reading's rows, taken together, is TCVN3 or VNI."""
    text = " ".join(line.text for row in reading.rows for piece in row.cells.values() for line in piece.lines)
    return encoding_of_text(text) is not None


def _with_legacy_warning(engine: str, reading: Reading, found: dict[str, set[str]]) -> tuple[str, Reading]:
    if not found:
        return engine, reading
    return engine, replace(reading, warnings=(*reading.warnings, conversion_warning(found)))


def _read(
    path: Path, file_type: str, settings: ExtractSettings, pages_read: Callable[[], object] | None = None
) -> tuple[str, Reading]:
    """Read a file of a known type: PDF, DOCX, XLSX, or a file LibreOffice converts to one of those first."""
    if file_type == "pdf":
        return _read_pdf(path, settings, pages_read)
    if file_type in TARGETS:
        with converted(path, file_type) as copy:
            engine, reading = _read_package(copy, TARGETS[file_type][0])
            return f"libreoffice+{engine}", reading
    return _read_package(path, file_type)


def _read_package(path: Path, file_type: str) -> tuple[str, Reading]:
    """Read a DOCX with python-docx or an XLSX with openpyxl (each loaded when a document needs it)."""
    if file_type == "xlsx":
        from extract.xlsx import read_xlsx

        return "openpyxl", read_xlsx(path)
    from extract.docx import read_docx

    return "python-docx", read_docx(path)


def extract(
    path: Path, settings: ExtractSettings | None = None, pages_read: Callable[[], object] | None = None
) -> Document:
    """Read one document's appendix table into physical row pieces.

    ``pages_read`` is called once a PDF's pages have been read by the pdfium engine, before their
    tables are chained into rows: the moment the cores the page readers used are free again.
    """
    settings = settings or ExtractSettings()
    file_type = sniff(path)
    if file_type == "pdf" and settings.password:
        from extract.pdf_pdfium import opening_password

        settings = replace(settings, password=opening_password(path, settings.password))
    engine, reading = _read(path, file_type, settings, pages_read)
    if not reading.rows:
        cause = foreign_text_cause(path, settings.password) if file_type == "pdf" else None
        if cause is not None:
            raise unreadable_text_error(cause)
        msg = f"{NO_TABLE_MESSAGE}; {reading.seen}" if reading.seen else NO_TABLE_MESSAGE
        raise ExtractError(msg)
    first_page = reading.rows[0].page
    if file_type == "pdf" and reading.rows[0].ocr_confidence is None:  # a text layer's, not OCR's, letters
        damaged = damaged_header_error(reading.header, first_page)
        if damaged is not None:
            raise damaged
    if settings.strict and reading.coverage is not None and not reading.coverage.complete:
        msg = f"{reading.coverage.summary()}; --strict refuses a partial table"
        raise ExtractError(msg)
    rows, header, regrouped = read_as_dimension(reading.rows, reading.header)
    reading = replace(reading, rows=rows, header=header, warnings=reading.warnings + regrouped)
    warnings = reading.warnings + untitled_warning(reading.title, first_page) + text_damage(reading.rows)
    warnings += foreign_letter_warning(reading.rows) + unmapped_columns_warning(reading.header)
    warnings += shared_columns_warning(reading.header)
    warnings += unmapped_later_columns_warning(reading.rows, reading.header)
    if file_type == "pdf" and engine != "pdfium":  # pdfium counts the page tree itself, without pdfminer
        warnings += pdf_page_tree(path, reading.pages)
    if file_type == "pdf":
        warnings += file_damage_warnings(path, reading.pages, settings.password, counted=engine == "pdfium")
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
        heading=reading.heading,
    )
