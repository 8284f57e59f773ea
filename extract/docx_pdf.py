"""Page geometry for a DOCX: convert it to PDF with LibreOffice and give its rows the PDF's boxes.

A DOCX records no page layout, so its rows have no boxes. LibreOffice lays it out as an office
would and exports a PDF; reading that PDF gives the same logical rows with their boxes, which
are carried over to the DOCX's rows that have the same key and the same indicator text (a row
the two readings disagree on keeps no box: no crop is better than the wrong one). The document
then names the PDF as ``page_pdf``, whose pages the boxes refer to.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from core.errors import ExtractError
from core.model import Document, Row
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

#: LibreOffice's command, under the names Debian and other systems install it.
SOFFICE_NAMES: tuple[str, ...] = ("soffice", "libreoffice")
#: Seconds one conversion may take: a 50-page plan converts in 1-5 s; a hung office must not hang the run.
CONVERT_TIMEOUT = 180


def find_soffice() -> str | None:
    """Return the path of LibreOffice's command, or None when it is not installed."""
    return next((found for name in SOFFICE_NAMES if (found := shutil.which(name))), None)


def docx_to_pdf(path: Path, folder: Path) -> Path:
    """Convert a DOCX to PDF in ``folder`` with LibreOffice, headless, under a profile of its own.

    A profile per conversion lets several runs convert at once (LibreOffice locks its profile).
    """
    soffice = find_soffice()
    if soffice is None:
        msg = "LibreOffice (soffice) is not installed: cannot lay the DOCX out as pages"
        raise ExtractError(msg)
    target = Path(tempfile.mkdtemp(prefix="docx-pdf-", dir=folder))
    profile = target / "profile"
    command = [
        soffice,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(target),
        str(path.resolve()),
    ]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=CONVERT_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        msg = f"LibreOffice took over {CONVERT_TIMEOUT} s to convert it to PDF"
        raise ExtractError(msg) from exc
    except (subprocess.CalledProcessError, OSError) as exc:
        msg = f"LibreOffice could not convert it to PDF ({exc})"
        raise ExtractError(msg) from exc
    pdf = target / f"{path.stem}.pdf"
    if not pdf.is_file():
        msg = "LibreOffice wrote no PDF for it"
        raise ExtractError(msg)
    return pdf


def same_row(row: Row, shown: Row) -> bool:
    """Tell whether two readings of a row agree: the same key and the same indicator words."""
    return row.key == shown.key and row.indicators.split() == shown.indicators.split()


def with_page_boxes(doc: Document, shown: Document) -> Document:
    """Give the DOCX's rows the boxes of the same rows read from its PDF (``shown``, merged), and name the PDF."""
    by_key = {row.key: row for row in shown.rows}
    rows = []
    for row in doc.rows:
        match = by_key.get(row.key)
        rows.append(replace(row, boxes=match.boxes) if match is not None and same_row(row, match) else row)
    return replace(doc, rows=tuple(rows), page_pdf=shown.provenance.path)


def lay_out_docx(doc: Document, folder: Path, settings: ExtractSettings) -> Document:
    """Convert a merged DOCX document to PDF in ``folder`` and give its rows their boxes there.

    A conversion or reading that fails leaves the rows as they are, with a warning saying why.
    """
    try:
        pdf = docx_to_pdf(Path(doc.provenance.path), folder)
        shown = merge(extract(pdf, settings))
    except ExtractError as exc:
        return replace(doc, warnings=(*doc.warnings, f"no page images: {exc}"))
    return with_page_boxes(doc, shown)
