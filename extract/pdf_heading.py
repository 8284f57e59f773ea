"""The plan's heading on a PDF's first page: the lines that name its issuer, above its appendix or its title.

Coordinates: points, origin at the page's top-left, ``top`` growing downwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.coverage import FreeLine
from extract.header import HEADING_LINES
from extract.pdf_page import PageReading


def opening_lines(pages: Sequence[PageReading], appendix_page: int) -> list[str]:
    """Return the document's first lines when its appendix starts on that page or a later one: a full plan's heading.

    A full plan names its issuer on its first page ("ỦY BAN NHÂN DÂN / TỈNH GIA LAI"), and its
    appendix's "Kèm theo" line may say only "của UBND tỉnh"; a DOCX's heading is read the same way.
    An appendix on the first page, under the plan's title and a few lines of its body, leaves the
    heading block more than :data:`HEADING_LINES` lines above its title (samples/audit38 d2).
    """
    first = next((page for page in pages if page.free), None)
    if first is None or first.page_no > appendix_page:
        return []
    return [line.text for line in _with_wrapped_end(first.free, HEADING_LINES)]


#: Lines a heading's last paragraph may run on for past :data:`HEADING_LINES` (a title wrapped
#: "... phường Hội An, thành phố Đà" / "Nẵng": the province's name is cut).
HEADING_WRAP_LINES = 3
#: A line that ends within this many line heights of the text's right edge was wrapped there.
WRAPPED_END_HEIGHTS = 3.0


def _with_wrapped_end(lines: Sequence[FreeLine], count: int) -> Sequence[FreeLine]:
    """Return the first ``count`` lines, and the lines after them that the last one's paragraph runs on to.

    A line filled to the right edge of the text was wrapped: the next line, a line's gap under it,
    is the same paragraph's (samples/audit39 F2).
    """
    if len(lines) <= count:
        return lines
    right = max(line.x1 for line in lines)
    end = count
    while end < min(len(lines), count + HEADING_WRAP_LINES):
        last, following = lines[end - 1], lines[end]
        height = last.bottom - last.top
        if last.x1 < right - WRAPPED_END_HEIGHTS * height or following.top - last.bottom > height:
            break
        end += 1
    return lines[:end]
