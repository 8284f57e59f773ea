"""A second appendix in one file: two plans merged into one PDF, each under its own title block.

Offices merge plans into one file (``qpdf --empty --pages a.pdf b.pdf -- out.pdf``). The second
plan's table starts on a later page under its own title block ("PHỤ LỤC ... (Kèm theo Kế hoạch số
...)") above its header row. The chain (:mod:`extract.pdf_chain`) reads it on as the same document
but marks its first row (:attr:`core.model.PhysicalRow.opens_appendix`); the merge
(:mod:`extract.merge`) groups each appendix's rows on their own, so no group label, section label or
key numbering of the first carries over into the second. A header printed again at a page top with
no such block above it (a small running "Phụ lục" in the page header) is the same appendix going on.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.model import PhysicalRow
from core.text import fold
from extract.header import TITLE_START, title_from_lines

#: The line of an appendix's title block that names the plan it comes with ("(Kèm theo Kế hoạch số
#: 80/KH-UBND ...)", "Ban hành kèm theo ..."), folded: under a "PHỤ LỤC" line, it makes the lines a
#: title block, not a running title.
ATTACHED_TO = "kèm theo"
#: How much of a title a warning quotes.
QUOTE_CHARS = 120


def title_block(lines: Sequence[str]) -> list[str]:
    """Return an appendix's title block among the lines above a header: from its last "PHỤ LỤC" line on.

    The block must hold, under that line, the line naming the plan it comes with (:data:`ATTACHED_TO`);
    without one, nothing (a running title, a table's own caption).

    >>> title_block(["Trang 9", "PHỤ LỤC", "NHIỆM VỤ", "(Kèm theo Kế hoạch số 80/KH-UBND)"])
    ['PHỤ LỤC', 'NHIỆM VỤ', '(Kèm theo Kế hoạch số 80/KH-UBND)']
    >>> title_block(["Phụ lục"]), title_block(["Phụ lục: nhiệm vụ, giải pháp"])
    ([], [])
    """
    texts = [line for line in lines if line.strip()]
    starts = [i for i, line in enumerate(texts) if fold(line).strip().startswith(TITLE_START)]
    if not starts:
        return []
    block = texts[starts[-1] :]
    return block if any(ATTACHED_TO in fold(line) for line in block[1:]) else []


def later_title(between: Sequence[str], first_title: str) -> list[str]:
    """Return the title block among the lines above a later header when it opens another appendix, else [].

    The first appendix's own title block printed again (over every page) is a running title.
    """
    block = title_block(between)
    if block and fold(title_from_lines(block)).split() == fold(first_title).split():
        return []
    return block


def appendix_parts(rows: Sequence[PhysicalRow]) -> list[tuple[PhysicalRow, ...]]:
    """Cut the row pieces into one run per appendix, at each row that opens one (always one run at least)."""
    parts: list[list[PhysicalRow]] = [[]]
    for row in rows:
        if row.opens_appendix and parts[-1]:
            parts.append([])
        parts[-1].append(row)
    return [tuple(part) for part in parts]


def second_appendix_warnings(found: Sequence[tuple[int, str]]) -> tuple[str, ...]:
    """Say on which page each later appendix begins, quoting its title: its rows are grouped on their own."""
    out = []
    for page, title in found:
        quoted = " ".join(title.split())[:QUOTE_CHARS]
        out.append(
            f"page {page}: a second appendix begins ({quoted!r}): its rows follow the first's in this document, "
            "grouped on their own (their group labels, section rows and keys do not carry on from the first's); "
            "the document's title and header are the first appendix's"
        )
    return tuple(out)
