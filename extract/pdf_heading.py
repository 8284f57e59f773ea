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


#: A line that ends within this many line heights of the text's right edge was wrapped there; a
#: title's tail line, centred, keeps this far from both edges and its middle this near the centre.
WRAPPED_END_HEIGHTS = 3.0


def _with_wrapped_end(lines: Sequence[FreeLine], count: int) -> Sequence[FreeLine]:
    """Return the first ``count`` lines, and the next when it is the tail of the last one's title.

    A centred title filled to the text's right edge was wrapped, and the short centred line a
    line's gap under it is its tail ("... phường Hội An, thành phố Đà" / "Nẵng": samples/audit39
    F2). A body paragraph after the title ("Căn cứ ... của UBND tỉnh ...") starts at the left edge
    or fills the width: it is never read as the plan's heading (samples/review39 M1).
    """
    if len(lines) <= count:
        return lines
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    last, tail = lines[count - 1], lines[count]
    reach = WRAPPED_END_HEIGHTS * (last.bottom - last.top)
    wrapped = last.x1 >= right - reach and tail.top - last.bottom <= last.bottom - last.top
    centred = tail.x0 > left + reach and tail.x1 < right - reach and abs(tail.x0 + tail.x1 - left - right) < reach
    return lines[: count + 1] if wrapped and centred else lines[:count]
