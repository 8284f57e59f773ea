"""agency_mentions.csv and review.csv: every agency mention as a long table, and those a person should check.

UTF-8 with a BOM like rows.csv. Rows come in document order (source, row, role, position), so
reruns give the same bytes. review.csv holds every unmatched mention and every fuzzy one under
:data:`core.model.REVIEW_BELOW`, with its best three suggestions, and every mention of a row OCR
read with a confidence under :data:`core.model.OCR_REVIEW_BELOW` (its ``ocr_confidence`` column
says so; empty for text that was not OCR'd).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TextIO

from core.model import SUGGESTIONS, Document, Mention, Result, Row
from export.csv_safety import spreadsheet_writer

MENTION_COLUMNS: tuple[str, ...] = (
    "source",
    "key",
    "role",
    "position",
    "raw",
    "id",
    "name",
    "score",
    "method",
    "requested",
    "indicators",
    "note",
)
REVIEW_COLUMNS: tuple[str, ...] = (
    "source",
    "key",
    "role",
    "position",
    "raw",
    "method",
    "score",
    *(f"{what}_{n}" for n in range(1, SUGGESTIONS + 1) for what in ("suggestion", "suggestion_score")),
    "ocr_confidence",
)
#: Score columns (0-100) are written with this format, so 90 and 90.0 never alternate.
SCORE_FORMAT = "{:.1f}"


def document_mentions(doc: Document) -> Iterator[tuple[str, Row, str, int, Mention]]:
    """Yield (source, row, role, position from 1, mention) for every mention of one document, in order."""
    for row in doc.rows:
        for role, mentions in row.agencies:
            for position, mention in enumerate(mentions, start=1):
                yield doc.provenance.source, row, role, position, mention


def to_review(row: Row, mention: Mention) -> bool:
    """Whether a person should check a mention: its match is unsure, or its row was OCR'd with low confidence."""
    return mention.needs_review or row.needs_ocr_review


def mention_line(source: str, row: Row, role: str, position: int, m: Mention) -> list[object]:
    """Return one line of agency_mentions.csv."""
    return [
        source,
        row.key,
        role,
        position,
        m.raw,
        m.id or "",
        m.name or "",
        SCORE_FORMAT.format(m.score),
        m.method,
        int(m.requested),
        ";".join(map(str, m.indicators)),
        m.note or "",
    ]


def review_line(source: str, row: Row, role: str, position: int, m: Mention) -> list[object]:
    """Return one line of review.csv: the mention, its best suggestions with their scores, its row's OCR confidence."""
    suggestions = [*m.suggestions[:SUGGESTIONS], *[("", None)] * (SUGGESTIONS - len(m.suggestions[:SUGGESTIONS]))]
    cells: list[str] = []
    for agency_id, score in suggestions:
        cells += [agency_id, "" if score is None else SCORE_FORMAT.format(score)]
    confidence = "" if row.ocr_confidence is None else SCORE_FORMAT.format(row.ocr_confidence)
    return [source, row.key, role, position, m.raw, m.method, SCORE_FORMAT.format(m.score), *cells, confidence]


class AgencyCsvWriter:
    """agency_mentions.csv and review.csv written one document at a time, each with its header line first."""

    def __init__(self, mentions_out: TextIO, review_out: TextIO) -> None:
        self._mentions = spreadsheet_writer(mentions_out)
        self._review = spreadsheet_writer(review_out)
        self._mentions.writerow(MENTION_COLUMNS)
        self._review.writerow(REVIEW_COLUMNS)
        #: Mentions written to review.csv so far.
        self.reviewed = 0

    def add(self, doc: Document) -> None:
        """Write every mention of ``doc``, and those a person should check."""
        for item in document_mentions(doc):
            self._mentions.writerow(mention_line(*item))
            if to_review(item[1], item[4]):
                self._review.writerow(review_line(*item))
                self.reviewed += 1


def mentions_to_csv(result: Result) -> str:
    """Render agency_mentions.csv as text."""
    return _render(result)[0]


def review_to_csv(result: Result) -> str:
    """Render review.csv as text."""
    return _render(result)[1]


def _render(result: Result) -> tuple[str, str]:
    mentions, review = io.StringIO(), io.StringIO()
    writer = AgencyCsvWriter(mentions, review)
    for doc in result.documents:
        writer.add(doc)
    return mentions.getvalue(), review.getvalue()
