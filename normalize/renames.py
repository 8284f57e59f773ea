"""A later name the plan itself gives a replaced body, in the note of its mention ("(nay là Sở Nội vụ)").

"Sở LĐ-TB&XH (nay là Sở Nội vụ)" names one body, the one the plan means now: the parenthesis
stays the mention's note (never a second body) and, in a plan after the 2025 reform, names the
successor where the reform split the old body ("Sở Lao động - Thương binh và Xã hội" went in part
to Sở Y tế and Sở Giáo dục và Đào tạo, in part to Sở Nội vụ: the catalogue's successor is only
the main one). The later name counts only when it reads surely (:data:`core.model.SURE_METHODS`)
as a body of the list; the words that open it are data (vocabulary [parentheses] later).
"""

from __future__ import annotations

import re

from core.model import SURE_METHODS, Mention
from core.text import fold
from normalize.agencies import AgencyList
from normalize.index import build_index
from normalize.match import match_name
from normalize.vocab import LATER_NAME_WORDS, alternation

#: A later name in a note: its opening words and the name, up to the next ";" of the note.
_LATER_RE = re.compile(rf"(?:^|;\s*)(?:{alternation(LATER_NAME_WORDS)})\s+(?P<name>[^;]+)", re.IGNORECASE)


def later_name(note: str | None) -> str | None:
    """Return the later name a mention's note gives ("Sở Nội vụ" of "nay là Sở Nội vụ"), or None.

    >>> later_name("nay là Sở Nội vụ"), later_name("chủ trì; hiện nay là Sở Y tế"), later_name("chủ trì")
    ('Sở Nội vụ', 'Sở Y tế', None)
    """
    found = _LATER_RE.search(fold(note)) if note else None
    if found is None or note is None:
        return None
    start, end = found.span("name")
    return note[start:end].strip() or None


def named_successor(mention: Mention, agencies: AgencyList) -> str | None:
    """Return the id of the body a replaced mention's later name reads as surely, or None."""
    name = later_name(mention.note)
    entry = agencies.get(mention.id) if mention.id else None
    if name is None or entry is None or not entry.replaced_by:
        return None
    found = match_name(name, build_index(agencies))
    return found.id if found.id is not None and found.method in SURE_METHODS and found.id != mention.id else None
