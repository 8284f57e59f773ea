"""Requests and tasks: the words around a body's name that say what it is asked or given to do.

"Đề nghị X và Y phối hợp" asks X and Y (they are *requested*, not assigned); a request may open
on one line and close lines later ("Đề nghị:" / "- X;" / "- Y" / "phối hợp thực hiện."). Words
before or after a name that give its task ("Giao Phòng Nội vụ", "... chủ trì, tổng hợp báo cáo")
are no part of the name: :func:`without_tasks` takes them off for the mention's note. The verbs
are data (normalize/vocabulary.toml); the patterns are matched on :func:`core.text.bare` text, so
a cell typed without marks reads the same.
"""

from __future__ import annotations

import re

from core.text import bare
from normalize.vocab import (
    BARE_HEADS,
    CLOSING_VERBS,
    LABEL_NOUNS,
    LABEL_ROLES,
    LEADING_TASKS,
    ON_PEOPLE_VERBS,
    PEOPLE_BEFORE,
    PEOPLE_WORDS,
    REQUEST_OBJECTS,
    REQUEST_VERBS,
    ROLES_BEFORE_COMMA,
    TRAILING_TASKS,
    TRAILING_VERBS,
    alternation,
)

#: The people a body works among, after a verb, and whatever follows them ("đến đoàn viên, hội viên",
#: "các tầng lớp Nhân dân"): vocabulary [words] people, in any case, with the words before them.
_PEOPLE = alternation(sorted(PEOPLE_WORDS, key=len, reverse=True))
_PEOPLE_OBJECT = rf"\s+(?:(?:đến|tới|cho|với)\s+)?(?:(?:{alternation(PEOPLE_BEFORE)})\s+)?(?i:{_PEOPLE})\b"
#: "Đề nghị ... phối hợp": the bodies named between are asked, not assigned.
#: The words of the request around the bodies are not part of any name: "cùng", "tham gia" before
#: "phối hợp", and "chỉ đạo", "thực hiện", "tham gia", "hướng dẫn" after it ("Đề nghị Ban Tuyên giáo
#: phối hợp chỉ đạo"); without "phối hợp", "cùng (tham gia, thực hiện)" or "tham gia" closing the
#: line ("đề nghị TAND, VKSND thành phố cùng tham gia"). "Ban Chỉ đạo" stays whole: "chỉ đạo" ends
#: a request only after "phối hợp" or "cùng".
_REQUEST_WORDS = rf"(?:(?:{alternation(REQUEST_VERBS)}))"
#: Verbs that close a request alone, in lower case ("Đề nghị Sở Nội vụ hướng dẫn"); never "chỉ đạo",
#: which ends names of boards ("Đề nghị Ban Chỉ đạo").
_CLOSING_VERBS = rf"(?:{alternation(CLOSING_VERBS)})"
#: The words opening what a closing verb is about ("giám sát việc thực hiện"): to the end of the request.
_OBJECTS = alternation(REQUEST_OBJECTS)
#: The words opening a request, also with its verb before the bodies ("Đề nghị phối hợp: ...").
_REQUEST_OPENS = r"(?:kính\s+)?đề\s+nghị\s*(?:(?:cùng\s+)?phối\s+hợp(?:\s+với)?(?:\s+thực\s+hiện)?)?\s*:?\s*"
#: These patterns are matched on :func:`bare` text, so they are compiled from their bare form too.
#: "phối hợp" closing a request, with the verbs after it ("cùng phối hợp thực hiện").
_PHOI_HOP_CLOSES = rf"(?:(?:cùng|tham\s+gia)\s+)*phối\s+hợp(?:,?\s+{_REQUEST_WORDS})*"
REQUEST_RE = re.compile(
    bare(
        rf"{_REQUEST_OPENS}(?P<body>.+?)\s*(?:"
        rf"{_PHOI_HOP_CLOSES}"
        rf"|(?:cùng(?:,?\s+{_REQUEST_WORDS})*|tham\s+gia)\s*\.?\s*(?=;|$)"
        rf"|(?-i:{_CLOSING_VERBS})(?:,?\s+{_REQUEST_WORDS})*(?:\s+(?:{_OBJECTS})\s[^;]*?)?\s*\.?\s*(?=;|$)"
        r"|$)"
    ),
    re.IGNORECASE,
)
#: A line that opens a request continued on the next lines ("Đề nghị:" then a bulleted list).
REQUEST_OPENS_RE = re.compile(bare(_REQUEST_OPENS), re.IGNORECASE)
#: The words that close a request ("phối hợp thực hiện."), on the line where the list ends or one of its own.
REQUEST_CLOSES_RE = re.compile(bare(rf"{_PHOI_HOP_CLOSES}\s*\.?\s*$"), re.IGNORECASE)
#: A parenthesis saying the body is asked: "(đề nghị phối hợp)", "(đề nghị)".
REQUEST_NOTE_RE = re.compile(bare(r"đề\s+nghị\b.*"), re.IGNORECASE)
#: What a body does, written after its name outside a request ("Công an thành phố tham gia",
#: "... cùng phối hợp thực hiện"): not part of the name. Lower case only, and never "chỉ đạo" or
#: "hướng dẫn", which end names of boards ("Ban chỉ đạo"); see :func:`without_tasks`.
_TRAILING_VERBS_RE = re.compile(bare(rf"(?:\s+(?:{alternation(TRAILING_VERBS)}))+\s*\.?\s*$"))
#: The role or task a body is given, written after its name in lower case, with whatever follows
#: ("Phòng Nội vụ chủ trì, tổng hợp báo cáo", "UBND các phường, xã tổ chức thực hiện").
_TRAILING_TASK_RE = re.compile(
    bare(
        rf"\s+(?:{alternation(TRAILING_TASKS)})\b"
        r"(?:[^,]|,(?!\s*[A-Z]))*$"  # up to the end, unless a comma opens a capitalised name: that is another body
    )
)
#: Only people, one or several ("nhân dân", "các tầng lớp nhân dân", "đoàn viên, hội viên và Nhân dân").
_ONLY_PEOPLE_RE = re.compile(
    bare(
        rf"(?:(?:{alternation(PEOPLE_BEFORE)})\s+)?(?:{_PEOPLE})"
        rf"(?:(?:\s*,|\s+và)\s+(?:(?:{alternation(PEOPLE_BEFORE)})\s+)?(?:{_PEOPLE}))*"
    ),
    re.IGNORECASE,
)


def only_people(text: str) -> bool:
    """Tell whether ``text`` names only the people a body works among, no body.

    >>> only_people("các tầng lớp Nhân dân"), only_people("đoàn viên, hội viên"), only_people("Hội viên Hội Nông dân")
    (True, True, False)
    """
    return _ONLY_PEOPLE_RE.fullmatch(bare(" ".join(text.split()))) is not None


#: A verb on the people a body works among, after its name in lower case, with the people after it
#: ("... vận động đoàn viên, hội viên", "... tuyên truyền, vận động các tầng lớp nhân dân"): the
#: verbs of a request and those of vocabulary [requests] on_people, then the people, and whatever
#: follows them. Longer verbs first, so "tổ chức thực hiện" is not cut at "tổ chức".
_PEOPLE_VERBS = alternation(sorted({*REQUEST_VERBS, *CLOSING_VERBS, *ON_PEOPLE_VERBS}, key=len, reverse=True))
_ON_PEOPLE_RE = re.compile(
    bare(rf"\s+(?:{_PEOPLE_VERBS})(?:(?:\s*,|\s+và)?\s+(?:{_PEOPLE_VERBS}))*{_PEOPLE_OBJECT}.*$")
)
#: A role word right after a name and before a comma ("Phòng Nội vụ chủ trì, Phòng Tư pháp phối hợp"):
#: the comma parts two bodies, each with its role, so the word goes and the comma stays.
_ROLE_BEFORE_COMMA_RE = re.compile(bare(rf"\s+(?:{alternation(ROLES_BEFORE_COMMA)})(?=\s*,\s*[A-Z])"))
#: Words before the first name of a piece that give the task, not a body: "Giao Phòng Nội vụ",
#: "Phối hợp với Phòng Tư pháp", "Các đơn vị: Công an TP" (a label before a list of full names).
#: Matched on the text as written: typed without marks, "Giao" may be "Giáo" of a name.
_LEADING_TASK_RE = re.compile(
    rf"^(?:(?:{alternation(LEADING_TASKS)})\s+"
    rf"|(?:(?:các\s+)?(?:{alternation(LABEL_NOUNS)})(?:\s+phối\s+hợp)?"
    rf"|{alternation(LABEL_ROLES)})\s*:\s*)(?=\w)",
    re.IGNORECASE,
)
#: Characters trimmed from both ends of a piece and of a task's words: separators, stray punctuation
#: and bullet dashes.
TRIM = " \t,;.:-–—"


def without_tasks(text: str) -> tuple[str, list[str]]:
    """Take what a cell says a body does off its name: return the name and those words (:func:`split_tasks`)."""
    name, leading, trailing = split_tasks(text)
    return name, leading + trailing


def split_tasks(text: str) -> tuple[str, list[str], list[str]]:
    """Take what a cell says a body does off its name: return the name and those words, for the note.

    Before the first name, words that give the task, only before a capital as names are written
    ("Giao Phòng Nội vụ", "Phối hợp với ...", "Các đơn vị: ..."; "Giao duc" typed without marks is
    "Giáo dục"); after the name, its role or task in lower case with what follows ("chủ trì,
    tổng hợp báo cáo"). Plain verbs closing the text ("tham gia", "cùng thực hiện") are dropped,
    as the words of a request are. Each cut keeps a name of two words or more.

    The words before the first name are returned apart from those after it: a list that opens with
    them ("Phối hợp: Sở Tài chính, Công an tỉnh") gives them to every body it names.

    >>> split_tasks("Giao Phòng Nội vụ chủ trì, tổng hợp"), split_tasks("Công an thành phố tham gia")
    (('Phòng Nội vụ', ['Giao'], ['chủ trì, tổng hợp']), ('Công an thành phố', [], []))
    >>> split_tasks("Ban giám sát")
    ('Ban giám sát', [], [])
    """
    leading, tasks = [], []
    for role in reversed(list(_ROLE_BEFORE_COMMA_RE.finditer(bare(text)))):
        if _keeps_a_name(text[: role.start()]):
            text = text[: role.start()] + text[role.end() :]
    opening = _LEADING_TASK_RE.match(text)
    if opening and text[opening.end()].isupper():
        leading.append(text[: opening.end()].strip(TRIM))
        text = text[opening.end() :]
    for pattern, keep in ((_ON_PEOPLE_RE, True), (_TRAILING_TASK_RE, True), (_TRAILING_VERBS_RE, False)):
        found = pattern.search(bare(text))
        if found and _keeps_a_name(text[: found.start()]):
            if keep:
                tasks.append(text[found.start() :].strip(TRIM))
            text = text[: found.start()]
    return text, leading, tasks


def _keeps_a_name(stem: str) -> bool:
    """Tell whether the text before a role word is a name of two words or more that does not end with a bare head.

    "Ban chỉ đạo" keeps its "chỉ đạo": "Ban" alone names no body (vocabulary [heads] bare).
    """
    words = stem.casefold().split()
    return len(words) >= 2 and words[-2:] not in BARE_HEADS and words[-1:] not in BARE_HEADS


def continued_requests(lines: list[str]) -> list[bool]:
    """Tell which lines (each :func:`bare`, parentheses masked) belong to a request opened on an earlier line.

    "Đề nghị:" / "- UBMTTQVN thành phố;" / "- Các tổ chức chính trị - xã hội" / "phối hợp thực
    hiện.": a line with "đề nghị" and no closing words opens it, and it runs to the first line
    ending with them ("phối hợp ..."), if one comes before another "đề nghị"; without such a
    line, the request is that one line's, unless "Đề nghị:" stands alone on its line: then it
    heads the lines after it, up to the next "đề nghị" or the cell's end.
    """
    continued = [False] * len(lines)
    for at, line in enumerate(lines):
        opened = REQUEST_OPENS_RE.search(line)
        if opened is None or continued[at] or REQUEST_CLOSES_RE.search(line[opened.end() :]):
            continue
        alone = not line[opened.end() :].strip()  # "Đề nghị:" on a line of its own heads a list
        end = at
        for end in range(at + 1, len(lines)):
            if REQUEST_OPENS_RE.search(lines[end]):
                end -= 1
                break
            if REQUEST_CLOSES_RE.search(lines[end]):
                alone = True
                break
        if alone:
            continued[at + 1 : end + 1] = [True] * (end - at)
    return continued
