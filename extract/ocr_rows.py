"""How sure the rows read from a scan are: each row's OCR confidence, and the group rows read unsure.

A row's ``ocr_confidence`` decides whether a person checks it against the scan (under
:data:`core.model.OCR_REVIEW_BELOW`); a group row read unsure is named in a warning, as the rows
under it take its label.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from statistics import fmean
from typing import Protocol

from core.model import OCR_REVIEW_BELOW, PhysicalRow
from extract.ocr import Word
from extract.ocr_turn import as_scanned
from extract.pdf_objects import PageObjects


class OcrPage(Protocol):
    """What the row confidence needs of a page OCR'd (:class:`extract.ocr_pdf.ScannedPage`)."""

    @property
    def words(self) -> tuple[Word, ...]:
        """The words read on the page (pt, the page upright)."""

    @property
    def objects(self) -> PageObjects:
        """The page's characters and rules: the column rules tell a row's cells apart."""

    @property
    def turn(self) -> int:
        """Degrees clockwise the scan was turned to be read upright (0: as it lay)."""

    @property
    def size(self) -> tuple[float, float]:
        """The turned page's width and height (pt), when turned."""


def row_confidence(row: PhysicalRow, page: OcrPage) -> float | None:
    """Return how sure the words of a row's band on its page are (0-100): their mean, or its weakest cell's.

    A row is as sure as its weakest cell: a seal over one cell, dust in a deadline, reads as a few
    words of no confidence that the row's other hundred words hide in its mean (samples/audit15
    s09: a tasks cell read as garbage in a row of mean 87.5). Cells are told apart by the page's
    column rules across the band; a page without rules gives the row's mean.
    """
    if row.top is None or row.bottom is None:
        return None
    inside = [w for w in page.words if row.top <= (w.top + w.bottom) / 2 <= row.bottom]
    if not inside:
        return None
    middle = (row.top + row.bottom) / 2
    rules = sorted(
        {e["x0"] for e in page.objects.edges if e["orientation"] == "v" and e["top"] <= middle <= e["bottom"]}
    )
    cells: dict[int, list[float]] = {}
    for word in inside:
        cells.setdefault(bisect.bisect(rules, (word.x0 + word.x1) / 2), []).append(word.confidence)
    return min(fmean(w.confidence for w in inside), *(fmean(cell) for cell in cells.values()))


#: Decimals a row's OCR confidence (0-100) keeps: a tenth is finer than any decision made on it.
CONFIDENCE_DECIMALS = 1


def rows_with_confidence(rows: Sequence[PhysicalRow], pages: Mapping[int, OcrPage]) -> tuple[PhysicalRow, ...]:
    """Give every row of an OCR'd page the mean confidence of its words; rows of text pages keep None."""
    out = []
    for row in rows:
        page = pages.get(row.page)
        confidence = None if page is None else row_confidence(row, page)
        if confidence is not None:
            row = replace(row, ocr_confidence=round(confidence, CONFIDENCE_DECIMALS))
        if page is not None and page.turn:
            row = as_scanned(row, page.turn, page.size)  # its crop: the region of the page as scanned
        out.append(row)
    return tuple(out)


def weak_group_rows(rows: Sequence[PhysicalRow]) -> tuple[str, ...]:
    """Name the group rows (one cell with text) OCR read with a confidence under :data:`OCR_REVIEW_BELOW`.

    A group row gives its label to the rows under it, whose own confidence stays high: a label
    read wrong (text on a dithered grey fill comes out as noise) files them under the wrong group.
    """
    weak = [
        f"page {row.page}: {' / '.join(line.text for p in row.cells.values() for line in p.lines)[:QUOTE_CHARS]!r} "
        f"({row.ocr_confidence:.0f})"
        for row in rows
        if row.ocr_confidence is not None
        and row.ocr_confidence < OCR_REVIEW_BELOW
        and sum(1 for piece in row.cells.values() if piece.lines) == 1
        and not any(piece.lines for piece in row.extra.values())
    ]
    if not weak:
        return ()
    return (
        "OCR group rows read with low confidence: their labels may be wrong and the rows under them filed "
        f"under the wrong group (check them against the scan): {'; '.join(weak)}",
    )


#: How much of a row's text a warning quotes.
QUOTE_CHARS = 60


#: A quarter in a deadline, "Quý II/2026": what OCR read between "Quý" and the year.
_QUARTER_RE = re.compile(r"Qu[ýỳyÝY]\b(.{0,14}?)(?:/|\bnăm\b)\s*(?:19|20)\d\d", re.IGNORECASE)
#: What parts a range or list of quarters: "Quý III-IV/2026", "Quý I, II/2026", "Quý I và II năm 2026".
_QUARTER_PARTS = re.compile(r"[-–,;]|\bvà\b", re.IGNORECASE)
ROMAN_QUARTERS = frozenset({"I", "II", "III", "IV"})
ARABIC_QUARTERS = frozenset({"1", "2", "3", "4"})


def quarter_doubts(rows: Sequence[PhysicalRow]) -> tuple[str, ...]:
    """Name the OCR'd deadlines whose quarter may be misread: no quarter at all, or a digit among Roman numerals.

    Tesseract reads a quarter's Roman numeral as another with confidence ("Quý II" as "Quý 1" at
    96 on a fax; "Quý H", "Quý TV" on a dusty page: samples/audit15 F2): "II" and "1" are both a
    quarter, so only the plan's own habit tells them apart. A numeral that is no quarter is quoted;
    where a plan's quarters come in both forms, the digits are quoted (Roman numerals read as digits
    is the usual misreading, so they may be the many: samples/audit24 N2, five "Quý I" read "Quý 1"
    beside one "Quý II"), and the Roman numerals too when they are the fewer.
    """
    found: list[tuple[PhysicalRow, str, str]] = []  # row, deadline, numeral as read
    for row in rows:
        piece = row.cells.get("deadline")
        if row.ocr_confidence is None or piece is None:
            continue
        text = " ".join(line.text for line in piece.lines)
        for match in _QUARTER_RE.finditer(text):
            parts = [re.sub(r"[^0-9A-Za-z]", "", part) for part in _QUARTER_PARTS.split(match.group(1))]
            found += [(row, text, part) for part in parts if part]
    roman = sum(1 for _, _, numeral in found if numeral in ROMAN_QUARTERS)
    arabic = sum(1 for _, _, numeral in found if numeral in ARABIC_QUARTERS)
    odd = ARABIC_QUARTERS | (ROMAN_QUARTERS if roman < arabic else frozenset()) if roman and arabic else frozenset()
    doubts = [
        f"page {row.page}: {text!r}"
        for row, text, numeral in found
        if numeral not in ROMAN_QUARTERS | ARABIC_QUARTERS or numeral in odd
    ]
    if not doubts:
        return ()
    return (
        "OCR deadlines whose quarter may be misread (I, II, III, IV read as one another or as a digit; check "
        f"them against the scan): {'; '.join(dict.fromkeys(doubts))}",
    )
