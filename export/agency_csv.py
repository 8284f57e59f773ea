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
from pathlib import Path

from core.model import SUGGESTIONS, Mention, Result, Row
from export.atomic import write_text_atomic
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


def iter_mentions(result: Result) -> Iterator[tuple[str, str, str, int, Mention]]:
    """Yield (source, row key, role, position from 1, mention) for every mention, in document order."""
    for doc in result.documents:
        for row in doc.rows:
            for role, mentions in row.agencies:
                for position, mention in enumerate(mentions, start=1):
                    yield doc.provenance.source, row.key, role, position, mention


def review_mentions(result: Result) -> Iterator[tuple[str, Row, str, int, Mention]]:
    """Yield (source, row, role, position, mention) for the mentions a person should check, in document order.

    A mention is checked when its match is unsure, or when its row was OCR'd with low confidence.
    """
    for doc in result.documents:
        for row in doc.rows:
            for role, mentions in row.agencies:
                for position, mention in enumerate(mentions, start=1):
                    if mention.needs_review or row.needs_ocr_review:
                        yield doc.provenance.source, row, role, position, mention


def mentions_to_csv(result: Result) -> str:
    """Render agency_mentions.csv as text."""
    buffer = io.StringIO()
    writer = spreadsheet_writer(buffer)
    writer.writerow(MENTION_COLUMNS)
    for source, key, role, position, m in iter_mentions(result):
        writer.writerow(
            [
                source,
                key,
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
        )
    return buffer.getvalue()


def review_to_csv(result: Result) -> str:
    """Render review.csv as text."""
    buffer = io.StringIO()
    writer = spreadsheet_writer(buffer)
    writer.writerow(REVIEW_COLUMNS)
    for source, row, role, position, m in review_mentions(result):
        suggestions = [*m.suggestions[:SUGGESTIONS], *[("", None)] * (SUGGESTIONS - len(m.suggestions[:SUGGESTIONS]))]
        cells: list[str] = []
        for agency_id, score in suggestions:
            cells += [agency_id, "" if score is None else SCORE_FORMAT.format(score)]
        confidence = "" if row.ocr_confidence is None else SCORE_FORMAT.format(row.ocr_confidence)
        writer.writerow(
            [source, row.key, role, position, m.raw, m.method, SCORE_FORMAT.format(m.score), *cells, confidence]
        )
    return buffer.getvalue()


def export(result: Result, out_dir: Path) -> list[Path]:
    """Write ``out_dir/agency_mentions.csv`` and ``out_dir/review.csv``."""
    return [
        write_text_atomic(out_dir / "agency_mentions.csv", mentions_to_csv(result), bom=True),
        write_text_atomic(out_dir / "review.csv", review_to_csv(result), bom=True),
    ]
