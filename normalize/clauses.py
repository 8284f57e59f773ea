"""Clauses of a cell that say who is asked, and bodies written inside a parenthesis.

Two rules of segmentation (:mod:`normalize.segment` calls them), each a small named function,
listed in :data:`CLAUSE_RULES` in the order the segmentation applies them:

- ``request-sentence``: a request covers its whole sentence. "Đề nghị A chủ trì giám sát; B, C
  phối hợp" asks A to lead and B and C to help: the part after ";" closed by the request's own
  words ("phối hợp") is asked too (:func:`requested_parts`).
- ``body-in-parentheses``: "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)" names
  two bodies: a parenthesis that opens with a capitalised head noun and names its own level names
  a body of its own, not a note on the one before (:func:`names_a_body`). A former or later name
  of the same body ("(Sở TN&MT tỉnh cũ)", "(nay là ...)") stays the note, level or not
  (:func:`normalize.renames.later_name` reads it).
- ``unit-in-parentheses``: "Công an tỉnh (Phòng PC06)", "Công an phường (Tổ công tác Đề án 06)",
  "Văn phòng HĐND và UBND phường (bộ phận Tư pháp - Hộ tịch)": a unit of the body before, or
  another body, named without a level, is a mention of its own too: a capitalised head noun, or
  a unit's noun in any case (vocabulary [parentheses] units), with a name after it that opens
  with a capital or a digit (:func:`names_a_unit`). A note in words ("(đầu mối)", "(lực lượng
  cảnh sát khu vực)", "(Cơ quan thường trực)") names none.
- ``named-unit-in-parentheses``: "Công an phường (Tổ bảo vệ ANTT cơ sở)", "Sở Y tế (Bệnh viện Đa
  khoa tỉnh)", "(Tổ một cửa)": a unit's own noun, capitalised, opening a parenthesis with more words
  (vocabulary [parentheses] named_units) names a unit of its own whatever case its name is in
  (:func:`names_a_named_unit`); "(Tổ chức thực hiện)" does not ([parentheses] not_units).
- ``body-through``: "UBND xã (qua Phòng Kinh tế)": the body the task goes through, after "qua"
  (vocabulary [parentheses] through), is a mention of its own, with or without a level
  (:func:`body_through`); an office by its initials too ("qua VP UBND tỉnh").
- ``role-in-parentheses``: "UBND tỉnh (Văn phòng UBND tỉnh tham mưu)": a body of its own in a
  parenthesis keeps its role or task words ("tham mưu", vocabulary [tasks]) out of its name, in
  its note, as a body outside parentheses does (:func:`role_in_parentheses`).

Words are data (normalize/vocabulary.toml); patterns match :func:`core.text.bare` text.
"""

from __future__ import annotations

import re

from core.text import bare
from normalize.keys import expanded_key, key_levels
from normalize.requests import REQUEST_CLOSES_RE, without_tasks
from normalize.vocab import (
    FORMER_NAME_WORDS,
    HEAD_NOUNS,
    LATER_NAME_WORDS,
    NAMED_UNITS,
    NOT_UNITS,
    OFFICE_HEADS,
    OWN_HEADS,
    PLURALS,
    THROUGH_WORDS,
    UNIT_NOUNS,
    alternation,
)

#: A head noun opening a body's name, capitalised as names are written ("Trung tâm ...", "Sở ...",
#: an office by its initials: "VP UBND tỉnh").
_OFFICES = tuple(" ".join(words) for words in OFFICE_HEADS)
_HEAD_RE = re.compile(rf"(?:{alternation((*HEAD_NOUNS, *OWN_HEADS, *_OFFICES))})\b", re.IGNORECASE)
#: A unit's noun opening a parenthesis, in any case ("bộ phận", "Tổ công tác"), and the space after it.
_UNIT_RE = re.compile(rf"(?:{alternation(UNIT_NOUNS)})\s+", re.IGNORECASE)
#: A unit's own noun opening a parenthesis, with words after it ("Tổ bảo vệ ...", "Bệnh viện Đa khoa ...").
_NAMED_UNIT_RE = re.compile(rf"(?:{alternation(NAMED_UNITS)})\s+(?=\S)", re.IGNORECASE)
#: Words opening with such a noun that name no unit ("Tổ chức thực hiện", "Tổ trưởng").
_NOT_UNIT_RE = re.compile(rf"(?:{alternation(NOT_UNITS)})\b", re.IGNORECASE)
#: Initials in a name ("ANTT", "CSGT", "PC06"): two capitals or more, a name as offices write it.
_INITIALS_RE = re.compile(r"\b[A-ZĐ]{2,}\w*")
#: Head nouns that open no body's name inside a parenthesis: a plural marker, a request's words.
_NOT_BODIES = frozenset({*PLURALS, "đề nghị"})
#: Fewest words of a body's name in a parenthesis: one word ("(Sở)") is a note, not a name.
MIN_NAME_WORDS = 2
#: Words anywhere in a parenthesis that make it the same body's former or later name.
_RENAMED_RE = re.compile(rf"(?:^|\s)(?:{alternation((*FORMER_NAME_WORDS, *LATER_NAME_WORDS))})(?:\s|$)", re.IGNORECASE)
#: "qua" opening a parenthesis, before the body a task goes through.
_THROUGH_RE = re.compile(rf"^(?:{alternation(THROUGH_WORDS)})\s+(?=\S)", re.IGNORECASE)


def requested_parts(region: str, masked: str) -> list[tuple[str, bool]]:
    """Cut the rest of a request's line at ";": each part, and whether the request asks it.

    ``masked`` is ``region`` with its parentheses blanked (same length). A part that closes with
    the request's words ("B, C phối hợp") is asked with the body the line's "Đề nghị" named; the
    closing words are no part of a name, so they are left off. Other parts are not asked.

    >>> requested_parts("; Hội Nông dân tỉnh phối hợp", "; Hội Nông dân tỉnh phối hợp")
    [('', False), (' Hội Nông dân tỉnh ', True)]
    """
    parts: list[tuple[str, bool]] = []
    start = 0
    for end in [*(i for i, char in enumerate(masked) if char == ";"), len(masked)]:
        closing = REQUEST_CLOSES_RE.search(bare(masked[start:end]))
        if closing and closing.start() > 0:
            parts.append((region[start : start + closing.start()], True))
        else:
            parts.append((region[start:end], False))
        start = end + 1
    return parts


def names_a_body(content: str) -> bool:
    """Tell whether a parenthesis' content is a body's name: a capitalised head noun, more words, a level.

    >>> names_a_body("Trung tâm Phục vụ hành chính công tỉnh"), names_a_body("theo chức năng")
    (True, False)
    >>> names_a_body("Trung tâm Phục vụ hành chính công")
    False
    >>> names_a_body("Đề nghị phối hợp"), names_a_body("Các phòng")
    (False, False)
    >>> names_a_body("Sở TN&MT tỉnh cũ")
    False
    """
    if _RENAMED_RE.search(content):
        return False
    return _opens_a_name(content) and bool(key_levels(expanded_key(content)))


def names_a_unit(content: str) -> bool:
    """Tell whether a parenthesis' content names a unit or body without a level: a head, then a name.

    The head is a capitalised head noun or a unit's noun in any case; the word after it opens with
    a capital or a digit, as a name does.

    >>> names_a_unit("Phòng PC06"), names_a_unit("bộ phận Tư pháp - Hộ tịch"), names_a_unit("Tổ công tác Đề án 06")
    (True, True, True)
    >>> names_a_unit("đầu mối"), names_a_unit("Cơ quan thường trực"), names_a_unit("Sở GTVT cũ")
    (False, False, False)
    """
    if _RENAMED_RE.search(content):
        return False
    unit = _UNIT_RE.match(content)
    if unit is None:
        head = _HEAD_RE.match(content) if _opens_a_name(content) else None
        unit = re.compile(r"\s+").match(content, head.end()) if head else None
    rest = content[unit.end() :] if unit else ""
    return rest[:1].isupper() or rest[:1].isdigit() or bool(_INITIALS_RE.search(rest))


def names_a_named_unit(content: str) -> bool:
    """Tell whether a parenthesis opens with a unit's own noun, capitalised, and more words: a unit of its own.

    "Tổ bảo vệ ANTT cơ sở", "Tổ một cửa", "Bệnh viện Đa khoa Đồng Tháp" (vocabulary [parentheses]
    named_units) name a unit or institution whatever case their name is in; "Tổ chức thực hiện",
    "Tổ trưởng" ([parentheses] not_units), a lower-case "tổ một cửa" or a former name do not.

    >>> names_a_named_unit("Tổ bảo vệ ANTT cơ sở"), names_a_named_unit("Bệnh viện Đa khoa tỉnh")
    (True, True)
    >>> names_a_named_unit("Tổ chức thực hiện"), names_a_named_unit("tổ một cửa"), names_a_named_unit("Tổ")
    (False, False, False)
    """
    if not content[:1].isupper() or _RENAMED_RE.search(content) or _NOT_UNIT_RE.match(content):
        return False
    return _NAMED_UNIT_RE.match(content) is not None


def _opens_a_name(content: str) -> bool:
    """Tell whether ``content`` opens with a capitalised head noun (no plural, no request) and has more words."""
    head = _HEAD_RE.match(content)
    if head is None or not content[:1].isupper():
        return False
    if " ".join(head.group(0).casefold().split()) in _NOT_BODIES:
        return False
    return len(content.split()) >= MIN_NAME_WORDS


def body_through(content: str) -> str | None:
    """Return the body a parenthesis says a task goes through ("Phòng Kinh tế" of "qua Phòng Kinh tế"), or None.

    >>> body_through("qua Phòng Kinh tế"), body_through("qua mạng"), body_through("Phòng Kinh tế")
    ('Phòng Kinh tế', None, None)
    """
    through = _THROUGH_RE.match(content)
    body = content[through.end() :] if through else ""
    return body if body and not _RENAMED_RE.search(body) and _opens_a_name(body) else None


def role_in_parentheses(body: str) -> tuple[str, str | None]:
    """Return a body's name in a parenthesis without its role words, and those words as a note (None if none).

    >>> role_in_parentheses("Văn phòng UBND tỉnh tham mưu"), role_in_parentheses("Phòng PC06")
    (('Văn phòng UBND tỉnh', 'tham mưu'), ('Phòng PC06', None))
    """
    name, tasks = without_tasks(body)
    return name, "; ".join(tasks) or None


#: The segmentation rules of this module, by name, in the order :mod:`normalize.segment` applies them.
CLAUSE_RULES: tuple[tuple[str, object], ...] = (
    ("request-sentence", requested_parts),
    ("body-in-parentheses", names_a_body),
    ("unit-in-parentheses", names_a_unit),
    ("named-unit-in-parentheses", names_a_named_unit),
    ("body-through", body_through),
    ("role-in-parentheses", role_in_parentheses),
)
