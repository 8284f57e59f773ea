"""review.html: one self-contained page to check every row against the page region it came from.

Per document: its warnings and coverage first, a chart of mentions per agency, then the rows
whose agency names need a person's review, then every row beside PNG crops (base64, inline) of
its boxes on the PDF pages (export/page_images.py). A DOCX has crops when the run converted it
to PDF (``Document.page_pdf``), else its rows are shown as text only, and the page says so.
Nothing is loaded from elsewhere: no script, no font, no network; all text is escaped.
"""

from __future__ import annotations

import base64
import io
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TextIO

from core.model import AGENCY_FIELDS, OCR_REVIEW_BELOW, Box, Document, Failure, Mention, Result, Row
from core.process import Later
from export.columns import column_doc
from export.page_images import PageImageError, crop_order, render_crops, render_crops_ahead
from export.svg_chart import bar_chart

#: The file name in the output folder.
REVIEW_PAGE = "review.html"
#: Agencies shown by name in a document's chart; the rest are summed in one bar.
CHART_AGENCIES = 20
#: The chart's label for mentions that matched no agency.
UNMATCHED_LABEL = "(unmatched)"

STYLE = """
body{font-family:sans-serif;margin:1.5em;color:#222;max-width:1800px}
h1{font-size:1.5em}h2{font-size:1.25em;border-top:3px solid #4a6fa5;padding-top:.6em;margin-top:2em}
h3{font-size:1.05em}table.summary{border-collapse:collapse}
table.summary td,table.summary th{border:1px solid #bbb;padding:.2em .5em;text-align:left}
.warning{color:#8a4b00}.review{background:#fff0c2}.note{color:#555;font-style:italic}
.row{display:grid;grid-template-columns:minmax(320px,1fr) minmax(320px,2fr);gap:1em;
border-top:1px solid #ccc;padding:.6em 0}
.row dl{margin:0;display:grid;grid-template-columns:9em 1fr;gap:.15em .6em}
.row dt{color:#555}.row dd{margin:0;white-space:pre-wrap}
.crops figure{margin:0 0 .5em 0}.crops img{max-width:100%;border:1px solid #999}
.crops figcaption{font-size:.8em;color:#555}.key{font-weight:bold;font-size:1.1em}
ul.mentions{margin:.1em 0;padding-left:1.2em}
"""


@dataclass(frozen=True)
class PageImages:
    """The crops of one document's boxes, and why there are none when there are none."""

    crops: dict[Box, bytes] = field(default_factory=dict)
    missing: str | None = None


def page_pdf_of(doc: Document) -> Path | None:
    """Return the PDF whose pages the document's boxes refer to: its own, its conversion, or None."""
    if doc.page_pdf is not None:
        return Path(doc.page_pdf)
    return Path(doc.provenance.path) if doc.provenance.file_type == "pdf" else None


def document_images(doc: Document, turns: Iterable[int] | None = None) -> PageImages:
    """Render the crops of a document's rows, or say why it has none; with ``turns``, the crops this process takes."""
    pdf = page_pdf_of(doc)
    if pdf is None:
        return PageImages(
            missing="no page images: a DOCX shows no pages; extract with --docx-pdf to convert it "
            "to PDF with LibreOffice"
        )
    boxes = crop_boxes(doc)
    if not boxes:
        return PageImages(missing="no page images: no row has a position on a page")
    return box_images(pdf, boxes, turns)


def box_images(pdf: Path, boxes: Iterable[Box], turns: Iterable[int] | None = None) -> PageImages:
    """Render the crops of boxes on a PDF's pages (with ``turns``, those this process takes), or say why none."""
    try:
        return PageImages(render_crops(pdf, boxes, turns))
    except PageImageError as exc:
        return PageImages(missing=f"no page images: {exc}")


def ahead_images(pdf: Path, boxes: Later[list[Box]], turns: Iterable[int]) -> PageImages:
    """Render the pages this process takes before the boxes come, then cut the crops (:func:`render_crops_ahead`)."""
    try:
        return PageImages(render_crops_ahead(pdf, boxes.get, boxes.ready, turns))
    except PageImageError as exc:
        return PageImages(missing=f"no page images: {exc}")


def crop_boxes(doc: Document) -> list[Box]:
    """Return the boxes whose crops a document's review shows, in the order they are rendered and kept."""
    return crop_order(box for row in doc.rows for box in row.boxes)


def joined_images(doc: Document, parts: Iterable[PageImages]) -> PageImages:
    """Join the crops two processes rendered by turns, in :func:`crop_boxes` order; a part that has none says why."""
    crops: dict[Box, bytes] = {}
    for part in parts:
        if part.missing is not None:
            return part
        crops.update(part.crops)
    return PageImages({box: crops[box] for box in crop_boxes(doc) if box in crops})


def row_anchor(doc_index: int, row_index: int) -> str:
    """Return the HTML id of a row's section: unique in the page, stable between runs."""
    return f"d{doc_index}-r{row_index}"


def agency_counts(doc: Document) -> list[tuple[str, float]]:
    """Count the document's mentions per agency, most named first, beyond :data:`CHART_AGENCIES` summed in one bar."""
    counts = Counter(m.name or UNMATCHED_LABEL for row in doc.rows for _, mentions in row.agencies for m in mentions)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shown: list[tuple[str, float]] = [(name, float(n)) for name, n in ranked[:CHART_AGENCIES]]
    rest = ranked[CHART_AGENCIES:]
    if rest:
        shown.append((f"{len(rest)} other agencies", float(sum(n for _, n in rest))))
    return shown


def mention_text(mention: Mention, names: dict[str, str]) -> str:
    """One mention as HTML text: as written, what it resolved to and how, and for review its suggestions."""
    how = f"<small>({escape(mention.method)} {mention.score:.0f})</small>"
    if mention.id is None:
        resolved = " → unmatched"
    elif mention.name == mention.raw:
        resolved = f" {how}"
    else:
        resolved = f" → {escape(mention.name or mention.id)} {how}"
    extra = ""
    if mention.needs_review and mention.suggestions:
        ideas = ", ".join(f"{escape(names.get(i, i))} {s:.0f}" for i, s in mention.suggestions)
        extra = f' <small class="note">suggestions: {ideas}</small>'
    return f"{escape(mention.raw)}{resolved}{extra}"


def mention_html(mention: Mention, names: dict[str, str]) -> str:
    """One mention as a list item, marked when a person should check it."""
    css = ' class="review"' if mention.needs_review else ""
    return f"<li{css}>{mention_text(mention, names)}</li>"


def row_html(doc_index: int, row_index: int, row: Row, images: PageImages, names: dict[str, str]) -> str:
    """One row: its text and resolved agencies on the left, its page crops on the right."""
    found = dict(row.agencies)
    items = [
        f'<dt>Key</dt><dd class="key">{escape(row.key)}</dd>',
        f"<dt>Pages</dt><dd>{escape(', '.join(map(str, row.pages)) or '?')}</dd>",
    ]
    for name in ("dimension", "component", "indicators", "tasks", *AGENCY_FIELDS):
        text = escape(row.text(name))
        mentions = found.get(name, ())
        if mentions:
            text += '<ul class="mentions">' + "".join(mention_html(m, names) for m in mentions) + "</ul>"
        items.append(f"<dt>{escape(column_doc('rows', name).title)}</dt><dd>{text}</dd>")
    items += [f"<dt>{escape(label)}</dt><dd>{escape(text)}</dd>" for label, text in row.extra]
    if row.ocr_confidence is not None:
        css = ' class="review"' if row.needs_ocr_review else ""
        items.append(f"<dt>OCR confidence</dt><dd{css}>{row.ocr_confidence:.1f}</dd>")
    figures = []
    for box in row.boxes:
        png = images.crops.get(box)
        if png is None:
            continue
        data = base64.b64encode(png).decode("ascii")
        alt = f"page {box.page}, row {row.key}"
        figures.append(
            f'<figure><img src="data:image/png;base64,{data}" alt="{escape(alt)}">'
            f"<figcaption>page {box.page}</figcaption></figure>"
        )
    crops = "".join(figures) or f'<p class="note">{escape(images.missing or "no page image for this row")}</p>'
    return (
        f'<section class="row" id="{row_anchor(doc_index, row_index)}" data-key="{escape(row.key)}">'
        f'<dl>{"".join(items)}</dl><div class="crops">{crops}</div></section>'
    )


def review_list_html(doc_index: int, doc: Document, names: dict[str, str]) -> str:
    """List the rows whose agency names a person should check, each linking to the row below."""
    entries = []
    for row_index, row in enumerate(doc.rows, start=1):
        flagged = [(role, m) for role, mentions in row.agencies for m in mentions if m.needs_review]
        if not flagged:
            continue
        what = "".join(f"<li>{escape(role)}: {mention_text(m, names)}</li>" for role, m in flagged)
        entries.append(f'<li><a href="#{row_anchor(doc_index, row_index)}">{escape(row.key)}</a><ul>{what}</ul></li>')
    if not entries:
        return "<p>No agency name needs review.</p>"
    return f'<ul class="to-review">{"".join(entries)}</ul>'


def ocr_review_html(doc_index: int, doc: Document) -> str:
    """List the rows OCR read with low confidence, each linking to the row below; "" for a document not OCR'd."""
    if all(row.ocr_confidence is None for row in doc.rows):
        return ""
    entries = [
        f'<li><a href="#{row_anchor(doc_index, row_index)}">{escape(row.key)}</a> '
        f"<small>(confidence {row.ocr_confidence:.1f})</small></li>"
        for row_index, row in enumerate(doc.rows, start=1)
        if row.needs_ocr_review and row.ocr_confidence is not None
    ]
    heading = f"<h3>Rows to check against the scan (OCR confidence under {OCR_REVIEW_BELOW:.0f})</h3>"
    if not entries:
        return heading + "<p>Every OCR'd row was read with confidence.</p>"
    return heading + f'<ul class="to-review">{"".join(entries)}</ul>'


def coverage(doc: Document, images: PageImages) -> list[tuple[str, str]]:
    """Tell what the document gave and how much of it the page shows against the source."""
    mentions = [m for row in doc.rows for _, ms in row.agencies for m in ms]
    with_crops = sum(1 for row in doc.rows if any(b in images.crops for b in row.boxes))
    pages = sorted({p for row in doc.rows for p in row.pages})
    return [
        ("File", f"{doc.provenance.file_type}, {doc.provenance.pages} pages, read with {doc.provenance.engine}"),
        ("Rows", str(len(doc.rows))),
        ("Rows with a page crop", f"{with_crops} of {len(doc.rows)}"),
        ("Appendix pages", f"{pages[0]}-{pages[-1]}" if pages else "none"),
        ("Agency mentions", str(len(mentions))),
        ("Mentions to review", str(sum(1 for m in mentions if m.needs_review))),
        ("Warnings", str(len(doc.warnings))),
    ]


def document_html(doc_index: int, doc: Document, images: PageImages, names: dict[str, str]) -> str:
    """One document's section: warnings and coverage, the agency chart, rows to review, then every row."""
    source = escape(doc.provenance.source)
    warnings = "".join(f'<li class="warning">{escape(w)}</li>' for w in doc.warnings)
    parts = [
        f'<section class="document" id="d{doc_index}"><h2>{source}</h2>',
        f"<p>{escape(doc.title)}</p>" if doc.title else "",
        f"<h3>Warnings</h3><ul>{warnings}</ul>" if warnings else "<h3>Warnings</h3><p>None.</p>",
        '<h3>Coverage</h3><table class="summary">'
        + "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in coverage(doc, images))
        + "</table>",
        f'<p class="note">{escape(images.missing)}</p>' if images.missing else "",
        bar_chart(agency_counts(doc), title=f"Mentions per agency: {doc.provenance.source}", unit="mentions"),
        ocr_review_html(doc_index, doc),
        "<h3>Rows needing agency review</h3>",
        review_list_html(doc_index, doc, names),
        "<h3>Rows</h3>",
        *(row_html(doc_index, i, row, images, names) for i, row in enumerate(doc.rows, start=1)),
        "</section>",
    ]
    return "\n".join(part for part in parts if part)


def summary_row(doc_index: int, doc: Document, images: PageImages) -> str:
    """One document's line of the table at the top: rows, rows with a crop, mentions to review, warnings."""
    return (
        f'<tr><td><a href="#d{doc_index}">{escape(doc.provenance.source)}</a></td><td>{len(doc.rows)}</td>'
        f"<td>{sum(1 for r in doc.rows if any(b in images.crops for b in r.boxes))}</td>"
        f"<td>{sum(1 for r in doc.rows for _, ms in r.agencies for m in ms if m.needs_review)}</td>"
        f"<td>{len(doc.warnings)}</td></tr>"
    )


class ReviewWriter:
    """review.html written one document at a time.

    The page opens with a table of every document, known only at the end: each document's
    section goes to ``sections`` (a temporary file) as it comes, keeping only its line of the
    table, and :meth:`close` writes the head, the table and then the sections into ``out``.
    """

    def __init__(self, out: TextIO, sections: TextIO) -> None:
        self._out = out
        self._sections = sections
        self._summary: list[str] = []

    def add(self, doc: Document, images: PageImages, names: dict[str, str]) -> None:
        """Write one document's section; ``names`` gives agency names by id (for suggestions)."""
        doc_index = len(self._summary) + 1
        self._summary.append(summary_row(doc_index, doc, images))
        self._sections.write("\n" + document_html(doc_index, doc, images, names))

    def close(self, failures: Iterable[Failure]) -> None:
        """Write the whole page into ``out``: head, table of documents, failures, then every section."""
        count = len(self._summary)
        failed = "".join(f'<li class="warning">{escape(f.source)}: {escape(f.error)}</li>' for f in failures)
        head = [
            f"<h1>phuluc review: {count} document{'s' if count != 1 else ''}</h1>",
            '<table class="summary"><tr><th>Document</th><th>Rows</th><th>Rows with a page crop</th>'
            f"<th>Mentions to review</th><th>Warnings</th></tr>{''.join(self._summary)}</table>",
            f"<h2>Inputs that failed</h2><ul>{failed}</ul>" if failed else "",
        ]
        self._out.write(
            '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
            f"<title>phuluc review</title><style>{STYLE}</style></head><body>\n"
            + "\n".join(part for part in head if part)
        )
        self._sections.seek(0)
        shutil.copyfileobj(self._sections, self._out)
        self._out.write("\n</body></html>\n")


def result_to_html(result: Result, images: Iterable[PageImages]) -> str:
    """Return the whole review page; ``images`` holds one :class:`PageImages` per document, in order."""
    names = {a.id: a.name for a in result.agencies}
    page = io.StringIO()
    writer = ReviewWriter(page, io.StringIO())
    for doc, shown in zip(result.documents, images, strict=True):
        writer.add(doc, shown, names)
    writer.close(result.failures)
    return page.getvalue()
