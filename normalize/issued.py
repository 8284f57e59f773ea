"""When a plan was written: the day it was issued, as its title or heading writes it, and whether after the reform.

A plan of the reform's year is read in the old names (most were issued before July), unless it
was issued on the reform's day or later ("Kèm theo Kế hoạch số 125/KH-UBND ngày 20/8/2025 của UBND
xã Bắc Gio Linh": a commune made by the reform, whose bodies are the new ones), which "năm 2025"
alone does not say (:func:`is_post_reform`, :func:`normalize.lists.place_mention`).
"""

from __future__ import annotations

import re
from datetime import date

from core.model import Jurisdiction
from core.text import strip_marks
from normalize.jurisdiction import load_places

#: A date as plans write it, marks stripped: "ngay 20 thang 8 nam 2025", "ngay 20/8/2025", "20-8-2025".
_DATE = r"ngay\s*(\d{1,2})\s*(?:thang\s*(\d{1,2})\s*nam\s*(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))"
#: The plan's own date after its number in the appendix title's "Kèm theo Kế hoạch số ..." line (or
#: "Quyết định số": a plan issued by a decision); a title may cite another act first ("Triển khai
#: Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND tỉnh"), never after "kèm theo".
_REFERENCE_RE = re.compile(r"\bkem\s*theo\s*(?:ke\s*hoach|quyet\s*dinh)\s*so\s*:?\s*[\w./-]*\d[\w./-]*\s*,?\s*" + _DATE)
#: The heading's place-and-date line ("Quảng Trị, ngày 5 tháng 2 năm 2026"): in the heading a
#: "Kế hoạch số ..." is another act the plan follows ("Căn cứ Kế hoạch số 45/KH-UBND ngày ...").
_PLACE_DATE_RE = re.compile(r"^[^\d\n,]{2,60},\s*" + _DATE, re.MULTILINE)


def issued_on(title: str, heading: str = "") -> date | None:
    """Return the day the plan was issued: its appendix title's reference, else its heading's place-and-date line.

    A blank date ("ngày ... tháng ... năm 2025", a draft) or one that is no day of the calendar is none.

    >>> issued_on("(Kèm theo Kế hoạch số 125/KH-UBND ngày 20/8/2025 của UBND xã Bắc Gio Linh)")
    datetime.date(2025, 8, 20)
    >>> issued_on("PHỤ LỤC", "Quảng Trị, ngày 5 tháng 02 năm 2026")
    datetime.date(2026, 2, 5)
    >>> issued_on("Kế hoạch số      /KH-UBND ngày     tháng    năm 2025") is None
    True
    """
    for text, patterns in ((title, (_REFERENCE_RE, _PLACE_DATE_RE)), (heading, (_PLACE_DATE_RE,))):
        folded = strip_marks(text).casefold()
        for pattern in patterns:
            for match in pattern.finditer(folded):
                day, month, year = match.group(1), match.group(2) or match.group(4), match.group(3) or match.group(5)
                try:
                    return date(int(year), int(month), int(day))
                except ValueError:
                    continue
    return None


def is_post_reform(jurisdiction: Jurisdiction | None) -> bool:
    """Tell whether a plan is written in the names after the 2025 reform: issued after it, a later year, or none.

    A plan of the reform's year is read in the old names (most were issued before July) unless it
    was issued on the reform's day or later; a district's plan (a level gone since) never is.
    """
    places = load_places()
    if jurisdiction is None:
        return True
    if not places.level(jurisdiction.level).current:
        return False
    issued_after = jurisdiction.issued is not None and jurisdiction.issued >= places.reform
    return issued_after or jurisdiction.year is None or jurisdiction.year > places.reform.year
