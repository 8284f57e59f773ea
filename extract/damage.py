"""Say when a document's text is damaged, instead of passing garbled rows on as if they were read.

A PDF whose fonts carry no Unicode map gives ``(cid:N)`` runs (pdfminer), U+FFFD or control
characters (pdfium), or stray symbols in place of letters; a PDF whose page tree lost pages gives
fewer pages than it says it has. Vietnamese table text is about 95% letters (of its non-space
characters) on every sample page; a damaged page is mostly symbols. Pages are judged one by one:
a document mostly unreadable is refused, one with some damaged pages is read with a warning
naming those pages.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import ExtractError
from core.model import PhysicalRow
from core.text import VIETNAMESE_LETTERS

if TYPE_CHECKING:
    from extract.pdf_page import PageReading

#: One glyph a font could not map to Unicode: pdfminer's "(cid:N)", the replacement character,
#: a C0 control character (pdfium passes the raw glyph code through) or a lone surrogate (a
#: DOCX symbol with a code that is no character).
_UNMAPPED_RE = re.compile(r"\(cid:\d+\)|\ufffd|[\x00-\x08\x0b-\x1f]|[\ud800-\udfff]")
#: A page's table text with fewer letters and digits than this share of its non-space characters is
#: garbled: the samples' pages have 0.94-0.96, pages whose font lost its Unicode map 0.06-0.26. Digits
#: count: a table of monthly targets ("81,5%") is half digits (samples/audit50 F2: refused as unmapped glyphs).
MIN_LETTER_SHARE = 0.5
#: A page with fewer non-space characters than this is not judged (a page holding a short row end).
MIN_JUDGED_CHARS = 40
#: A document whose garbled pages are at least this share of its judged pages is refused.
REFUSE_SHARE = 0.5
#: Non-space characters a table row holds on average, below which the text layer is too thin to be
#: a plan (the samples' rows hold 150-400; a table whose text is mostly pictures holds a few).
MIN_CHARS_PER_ROW = 20
#: Rows a table needs before its thinness is judged.
MIN_JUDGED_ROWS = 3


@dataclass(frozen=True)
class PageText:
    """What one page's table text is made of: non-space characters, letters and digits, unmapped glyphs."""

    page: int
    chars: int = 0
    letters: int = 0
    unmapped: int = 0

    @property
    def garbled(self) -> bool:
        """Tell whether the page is mostly not letters (judged only with enough text)."""
        return self.chars >= MIN_JUDGED_CHARS and self.letters < MIN_LETTER_SHARE * self.chars


def text_of(rows: Iterable[PhysicalRow]) -> dict[int, list[str]]:
    """Collect the raw line texts of every cell, by page."""
    pages: dict[int, list[str]] = {}
    for row in rows:
        texts = pages.setdefault(row.page, [])
        for piece in [*row.cells.values(), *row.extra.values()]:
            texts.extend(line.text for line in piece.lines)
    return pages


def page_text(page: int, texts: Sequence[str]) -> PageText:
    """Count one page's characters, letters and unmapped glyphs (a "(cid:N)" run is one glyph).

    The texts are counted joined by line ends: white space, which no count includes and no
    unmapped glyph's pattern spans.
    """
    text = "\n".join(texts)
    unmapped = len(_UNMAPPED_RE.findall(text))
    rest = _UNMAPPED_RE.sub("\x00", text) if unmapped else text  # one non-letter per unmapped glyph
    chars = len("".join(rest.split()))  # split() drops exactly what str.isspace() calls white space
    return PageText(page, chars, sum(map(str.isalnum, rest)), unmapped)


def page_list(pages: Iterable[int]) -> str:
    """Write page numbers as runs after "page" or "pages": "pages 2-5, 9", "page 3"."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    listed = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    return f"page {listed}" if len(runs) == 1 and len(runs[0]) == 1 else f"pages {listed}"


def text_damage(rows: Sequence[PhysicalRow]) -> tuple[str, ...]:
    """Return warnings about garbled pages and unmapped glyphs; raise when most of the text is garbled."""
    judged = [page_text(page, texts) for page, texts in sorted(text_of(rows).items())]
    garbled = [p for p in judged if p.garbled]
    counted = [p for p in judged if p.chars >= MIN_JUDGED_CHARS]
    if garbled and len(garbled) >= REFUSE_SHARE * len(counted):
        share = sum(p.letters for p in garbled) / max(1, sum(p.chars for p in garbled))
        msg = (
            f"the text layer cannot be read: on {page_list(p.page for p in garbled)} only {share:.0%} of the "
            "table's characters are letters or digits (unmapped glyphs such as (cid:N)); the fonts carry no "
            "Unicode map, so run OCR on it"
        )
        raise ExtractError(msg)
    warnings = []
    if garbled:
        warnings.append(
            f"{page_list(p.page for p in garbled)}: the table text is mostly unmapped glyphs "
            "(the font carries no Unicode map); the rows from these pages are garbled"
        )
    chars = sum(p.chars for p in judged)
    if len(rows) >= MIN_JUDGED_ROWS and chars < MIN_CHARS_PER_ROW * len(rows):
        warnings.append(
            f"the table's {len(rows)} rows hold only {chars} characters in all: the text layer is "
            "too thin to be a plan (text drawn as pictures, or partly scanned?); rows may be empty"
        )
    unmapped = [p for p in judged if p.unmapped and not p.garbled]
    if unmapped:
        count = sum(p.unmapped for p in unmapped)
        glyphs = "1 glyph" if count == 1 else f"{count} glyphs"
        warnings.append(
            f"{page_list(p.page for p in unmapped)}: {glyphs} could not be mapped to text "
            "((cid:N), U+FFFD or control characters); those characters are missing from the rows"
        )
    return tuple(warnings)


def pdf_page_tree(path: Path, pages_read: int) -> tuple[str, ...]:
    """Return a warning when the PDF's page tree says it has more pages than could be read."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        with path.open("rb") as handle:
            document = PDFDocument(PDFParser(handle))
            declared = resolve1(resolve1(document.catalog.get("Pages")).get("Count"))
    except Exception:  # noqa: BLE001 - a tree too damaged to count is judged by the reader itself
        return ()
    return page_tree_warning(declared, pages_read) if isinstance(declared, int) else ()


def pages_in_tree(path: Path, password: str | None) -> int | None:
    """Count the pages the page tree's branches hold (pdfminer walks its /Kids), None when it cannot be walked.

    pdfium trusts the tree's /Count: a tree that says 1 where its /Kids hold 44 reads as 1 page.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        with path.open("rb") as handle:
            return sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(handle), password=password or "")))
    except Exception:  # noqa: BLE001 - a tree too damaged to walk: the reader's own message stands
        return None


def page_tree_warning(declared: int, pages_read: int) -> tuple[str, ...]:
    """Return a warning when the page tree's count (``declared``) is more than the pages that could be read."""
    if declared > pages_read:
        return (
            f"the page tree says the PDF has {declared} pages, but only {pages_read} could be read: "
            f"{declared - pages_read} pages are missing from the file, with any rows on them",
        )
    return ()


def repeated_pages(readings: Sequence[PageReading]) -> tuple[list[PageReading], tuple[str, ...]]:
    """Leave out the pages that repeat an earlier page exactly (the same text at the same places), and say so.

    A page tree that points back into itself (samples/audit50 F1) makes pdfium list the plan's pages
    again and again: every row was read twice, exit 0. A plan never prints a page of text twice.
    """
    seen: dict[object, int] = {}
    kept: list[PageReading] = []
    repeats: list[tuple[int, int]] = []
    for reading in readings:
        mark = _page_print(reading) if reading.text_chars else None
        if mark is not None and mark in seen:
            repeats.append((reading.page_no, seen[mark]))
            continue
        if mark is not None:
            seen[mark] = reading.page_no
        kept.append(reading)
    if not repeats:
        return kept, ()
    pairs = ", ".join(f"{page} = {first}" for page, first in repeats[:QUOTED_PAGES])
    more = f" and {len(repeats) - QUOTED_PAGES} more" if len(repeats) > QUOTED_PAGES else ""
    return kept, (
        f"{len(repeats)} page(s) repeat an earlier page exactly (page {pairs}{more}): the PDF's page tree lists "
        "them again (a damaged or looping page tree); each was read once",
    )


#: How many repeated pages a warning names.
QUOTED_PAGES = 5


def _page_print(reading: PageReading) -> object:
    """Return what a page shows, to tell a page listed twice: its tables' cell texts, its free lines, its loose text."""
    tables = tuple(
        (
            table.grid.bbox,
            tuple((i, tuple(line.text for line in piece.lines)) for i, piece in sorted(table.pieces.items())),
        )
        for table in reading.tables
    )
    loose = (
        tuple((c["text"], round(c["x0"], 1), round(c["top"], 1)) for c in reading.loose.chars) if reading.loose else ()
    )
    return reading.text_chars, reading.spans, tables, tuple((f.text, round(f.top, 1)) for f in reading.free), loose


#: Pages looked at for images when a PDF gives no text: a scan has one on every page.
IMAGE_PAGES = 10


def no_text_cause(path: Path, password: str | None) -> str | None:
    """Say why a PDF gave no text when it is not a scan (no page holds an image); None when it may be one."""
    import pdfplumber

    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            pages = pdf.pages[:IMAGE_PAGES]
            if any(page.images for page in pages):
                return None
            count = len(pdf.pages)
    except Exception:  # noqa: BLE001 - the reader's own message stands
        return None
    return (
        f"no text could be read from any of its {count} pages, and they hold no images, so it is no scan: "
        "its page contents are damaged or empty"
    )


#: A page whose non-space characters are this share or more outside Vietnamese text (ASCII, the
#: Vietnamese letters, general punctuation) is no Vietnamese text: every sample page has 0-0.1%,
#: a Ghostscript re-distilled PDF with wrong Unicode maps 2-4% ("Chá tiêu", "cāa"), glyph codes 50-60%.
MAX_FOREIGN_SHARE = 0.01
#: How many of the commonest foreign characters the refusal quotes.
QUOTED_FOREIGN = 6


def is_vietnamese_text(char: str) -> bool:
    """Tell whether a character belongs in Vietnamese text: printable ASCII, a Vietnamese letter, punctuation, space."""
    return " " <= char <= "~" or char in VIETNAMESE_LETTERS or "\u2000" <= char <= "\u206f" or char.isspace()


def is_glyph_code(char: str) -> bool:
    """Tell whether a character is a C0 or C1 control: a raw glyph code a font without a Unicode map leaves."""
    return char < " " or "\x7f" <= char <= "\x9f"


@dataclass(frozen=True)
class ForeignText:
    """The pages whose text layer does not read as Vietnamese, and what their text is made of."""

    pages: tuple[int, ...]
    chars: int
    foreign: Counter[str]

    def describe(self) -> str:
        """Say which pages, how much of their text is foreign, and quote the commonest such characters."""
        share = self.foreign.total() / self.chars
        codes = Counter({c: n for c, n in self.foreign.items() if is_glyph_code(c)})
        glyph_codes = 2 * codes.total() >= self.foreign.total()
        kinds = "glyph codes (control characters)" if glyph_codes else "letters and signs outside Vietnamese"
        quoted = "".join(c for c, _ in (codes if glyph_codes else self.foreign - codes).most_common(QUOTED_FOREIGN))
        return (
            f"the text layer does not read as Vietnamese text on {page_list(self.pages)}: {share:.0%} of its "
            f"characters are {kinds}, such as {quoted!r}"
        )


def foreign_text(
    path: Path, password: str | None, pages: range | None = None, fits: Callable[[str], bool] | None = None
) -> ForeignText | None:
    """Return the pages (of ``pages``, 0-based; all by default) whose text layer does not read as Vietnamese.

    ``fits`` tells a character that belongs (default :func:`is_vietnamese_text`).
    """
    fits = fits or is_vietnamese_text
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except Exception:  # noqa: BLE001 - the reader's own message stands
        return None
    foreign: Counter[str] = Counter()
    found: list[int] = []
    chars = 0
    try:
        for index in pages if pages is not None else range(len(pdf)):
            text_page = pdf[index].get_textpage()
            text = unicodedata.normalize("NFC", text_page.get_text_range())
            text_page.close()
            shown = [c for c in text if not c.isspace() and c not in "\ufffe\uffff"]
            odd = [c for c in shown if not fits(c)]
            if len(shown) >= MIN_JUDGED_CHARS and len(odd) >= MAX_FOREIGN_SHARE * len(shown):
                found.append(index + 1)
                foreign.update(odd)
                chars += len(shown)
    finally:
        pdf.close()
    return ForeignText(tuple(found), chars, foreign) if found else None


#: What a text layer that does not read as Vietnamese comes from, and what to do about it.
FOREIGN_CAUSE = "the fonts' Unicode maps are wrong, as Ghostscript re-distilling or a PostScript round trip leave them"
FOREIGN_REMEDY = "extract the original PDF, or read this one with --ocr (its pages rendered and read by OCR)"


def unreadable_text_error(cause: str) -> ExtractError:
    """Return the error of a PDF without an appendix table whose text layer does not read as Vietnamese (``cause``)."""
    return ExtractError(f"no appendix table could be read: {cause}")


def foreign_text_cause(path: Path, password: str | None) -> str | None:
    """Say why a PDF's text layer does not read as Vietnamese, naming the pages; None when it does.

    Asked when no appendix table was found: a header row whose letters came out wrong (a broken
    ToUnicode map, glyph codes left by a PostScript round trip) is not missing, but unreadable.
    """
    found = foreign_text(path, password)
    if found is None:
        return None
    return f"{found.describe()}, so no header row could be recognised ({FOREIGN_CAUSE}); {FOREIGN_REMEDY}"


def blank_pages_warning(path: Path, password: str | None, rows: Sequence[PhysicalRow]) -> tuple[str, ...]:
    """Say which pages inside the appendix table show nothing at all: no text, no drawing.

    A page between two of the table's pages that holds no row is looked at: one whose objects are
    gone (a damaged cross-reference entry points pdfium at nothing) reads as an empty page, and
    the rows on it would be lost without a word (samples/audit26 F1).
    """
    pages = sorted({row.page for row in rows})
    between = [page for page in range(pages[0] + 1, pages[-1]) if page not in pages] if pages else []
    if not between:
        return ()
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except Exception:  # noqa: BLE001 - the reader's own message stands
        return ()
    try:
        blank = [page for page in between if page <= len(pdf) and not len(list(pdf[page - 1].get_objects()))]
    finally:
        pdf.close()
    if not blank:
        return ()
    return (
        f"{page_list(blank)}, inside the appendix table (pages {pages[0]}-{pages[-1]}), "
        f"{'shows' if len(blank) == 1 else 'show'} nothing: no text and no drawing; a damaged page (a broken "
        "cross-reference or content stream) reads so, and any rows on it are missing: compare the rows with the "
        "printed plan",
    )


#: A compressed stream: the object's number, its dictionary, and its data up to "endstream".
_STREAM_RE = re.compile(rb"(\d+)\s+\d+\s+obj\s*<<(.{0,600}?)>>\s*stream\r?\n", re.DOTALL)
#: A stream compressed with Flate alone (``/Filter /FlateDecode`` or ``[/FlateDecode]``).
_FLATE_ONLY_RE = re.compile(rb"/Filter\s*(?:/FlateDecode|\[\s*/FlateDecode\s*\])")
#: Streams larger than this (bytes) are not inflated to check them: images, not page text.
MAX_CHECKED_STREAM = 1 << 20


def file_damage_warnings(path: Path, pages_read: int, password: str | None, *, counted: bool) -> tuple[str, ...]:
    """Say what the PDF's own bytes show damaged, the file read once for every check.

    Streams that do not inflate, and, for a reading of the pages the page tree counts (``counted``:
    pdfium's), pages past that count.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return ()
    warnings = damaged_streams_warning(data)
    return warnings + uncounted_pages_warning(data, path, pages_read, password) if counted else warnings


def damaged_streams(data: bytes) -> list[int]:
    """Return the numbers of the objects whose Flate-compressed stream does not inflate (a flipped byte).

    pdfium draws what it could inflate and says nothing: a page whose content stream is damaged
    half-way reads as a page that ends early, its last rows gone (samples/audit26 F1). An
    encrypted file's streams are not looked at (they inflate only once decrypted).
    """
    if b"/Encrypt" in data:
        return []
    damaged = []
    for match in _STREAM_RE.finditer(data):
        if not _FLATE_ONLY_RE.search(match.group(2)):
            continue  # another filter, or a chain of filters: not judged
        end = data.find(b"endstream", match.end(), match.end() + MAX_CHECKED_STREAM)
        if end < 0:
            continue
        try:
            zlib.decompressobj().decompress(data[match.end() : end])
        except zlib.error:
            damaged.append(int(match.group(1)))
    return damaged


def damaged_streams_warning(data: bytes) -> tuple[str, ...]:
    """Say that compressed streams of the PDF (its bytes) are damaged: some page's text or drawing may be cut short."""
    damaged = damaged_streams(data)
    if not damaged:
        return ()
    named = ", ".join(map(str, damaged[:QUOTED_FOREIGN]))
    return (
        f"{len(damaged)} compressed stream(s) of the file are damaged (object {named}): a page drawn from one "
        "shows only what came before the damage, and rows or text on it may be missing or cut short: compare "
        "the rows with the printed plan, or get the file again",
    )


#: A page object's type, as a file that keeps its objects outside object streams writes it.
_PAGE_TYPE_RE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def uncounted_pages_warning(data: bytes, path: Path, pages_read: int, password: str | None = None) -> tuple[str, ...]:
    """Say when the page tree's branches hold more pages than were read: a tree whose /Count is too low.

    pdfium reads the pages the tree counts; the rows of the pages past the count would be lost
    without a word. The file's page objects (in ``data``, its bytes) are counted first (a revised or
    signed file keeps its old pages' objects too, and object streams hide theirs); only when they
    are more is the tree walked (:func:`pages_in_tree`).
    """
    if len(_PAGE_TYPE_RE.findall(data)) <= pages_read:
        return ()
    walked = pages_in_tree(path, password)
    if walked is None or walked <= pages_read:
        return ()
    return (
        f"the page tree's branches hold {walked} pages, but its count says {pages_read} and only those were read: "
        "rows on the others are missing; read it with --engine pdfplumber, which walks the branches",
    )
