"""Agency cells -> pieces of text with their qualifiers -> one span of text per mention.

A cell is cut at the hard separators first: new lines, "- " bullets and ";". A request clause
("Đề nghị: X và Y phối hợp") marks what it holds as *requested*; a parenthesis qualifies the
text just before it ("(chỉ tiêu 1,2)" -> indicators, anything else -> a note). What is left of
each piece may hold several names, joined by "," or "và", or run together with no separator at
all; names may themselves hold "," or "và" ("Phòng, ban đơn vị", "Phòng Văn hóa và Thông tin").
:func:`split_piece` settles that with the canonical list's help (a scorer passed in) by dynamic
programming: the split that leaves the fewest fragments (unknown text made only of initials or
level words, "MT", "TX", "phường", which no writer lists as a body of its own, or an orphaned tail,
below) wins, then the one covering the most words with surely known names (exact, alias or
abbreviation), then the one covering most with likely names (fuzzy, weighted by score), then the
one with the fewest mentions: a fuzzy match never swallows words a sure match explains ("UBMTTQVN thành phố và các
..." is not a typo of the Front's name), and "Phòng NN và MT" is not "Phòng NN" plus "MT".
Unknown text is cut only at commas, never inside a "và", so an unknown name that holds "và"
stays whole for a person to review. A cut at "và" that leaves after it unknown text with no head
noun of its own ("Hạ tầng" in "Phòng Kinh tế và Hạ tầng", a body not on the list) counts as a
fragment too, unless the caller can read that text as a bare field of one Phòng: "Phòng Kinh tế"
alone would be another body, a false merge, so the whole stays one unmatched name ("&" never cuts
at all). In text that capitalises names, a comma followed by a lower-case word that opens no name
("Ban Bảo vệ, chăm sóc sức khỏe cán bộ") does not cut it either.

Decision: "UBMTTQVN và các tổ chức chính trị - xã hội thành phố" is two mentions, the Front and
the group of socio-political organisations, because both are names on the list; a name the list
holds whole ("Văn phòng HĐND và UBND thành phố") stays one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from core.text import clean_text


def bare(text: str) -> str:
    """Drop the marks of every letter, one character for one ("Đề nghị" -> "De nghi").

    Request and scope words are matched on this form, so a cell typed without marks ("De nghi ...
    phoi hop", "(chi tieu 2)") reads as one typed with them; positions in it are positions in ``text``.
    """
    return "".join(_BARE.get(char) or unicodedata.normalize("NFD", char)[0] for char in text)


_BARE = {"đ": "d", "Đ": "D"}

#: A list item's number or letter opening a piece ("1. ", "2) ", "a) "); "P." is Phòng, never a letter item.
_ITEM_MARK_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s*(?=\S)")
#: A bullet at the start of a line ("- ", "+ ", "•"); a dash inside a line is never a separator.
_BULLET_RE = re.compile(r"^\s*[-+•▪➢❖✓*–—]\s*")
#: Nouns that open a body's name. On a line that starts with a "- " bullet, " - " before one of
#: them is the next bullet run on ("- Phòng Nội vụ - Phòng Tư pháp"); before anything else it is
#: the hyphen of a name ("Tài chính - Kế hoạch", "chính trị - xã hội", "Lao động - Thương binh").
_HEAD_NOUNS = (
    r"phòng|sở|ban|ubnd|hđnd|ủy ban|uỷ ban|ubmttq\w*|mttq\w*|trung tâm|công an|thanh tra|văn phòng|"
    r"chi nhánh|bảo hiểm|tòa án|toà án|viện|hội|liên đoàn|đoàn|đài|trang|hệ thống|công ty|cty|các|đề nghị"
)
_INLINE_BULLET_RE = re.compile(rf"\s[-–—]\s+(?=(?:{_HEAD_NOUNS})\b)", re.IGNORECASE)
#: " + " before a head noun: a "+" bullet run on ("Phòng TC-KH + Phòng Tư pháp"). No name holds a
#: "+" (names join their parts with "và", "&" or a dash), so it cuts on any line.
_PLUS_BULLET_RE = re.compile(rf"\s\+\s*(?=(?:{_HEAD_NOUNS})\b)", re.IGNORECASE)
_PAREN_RE = re.compile(r"\([^()]*\)")
#: "phối hợp (với)" between a name and a capitalised one or a plural group: the second body works
#: with the first ("Phòng Nội vụ phối hợp Phòng Tư pháp", "... phối hợp với các phòng, ban"), a
#: body of its own, so the line is cut there (:func:`_cut_at_partners`), never inside a parenthesis.
_COORDINATES_RE = re.compile(r"\s+(?:cùng\s+)?phối\s+hợp(?:\s+với)?\s+(?=\w)")
_PLURALS = ("các", "những")
_PLURAL_OPENERS = tuple(plural + " " for plural in _PLURALS)
#: Nouns that "phối hợp" follows inside a name ("Hội đồng phối hợp ...", "Tổ phối hợp ...", "Ban ...").
_NAMES_WITH_PHOI_HOP = (["hội", "đồng"], ["tổ"], ["ban"], ["nhóm"], ["đoàn"], ["đội"])
#: A parenthesis right after a request's closing words qualifies the request's last body.
_PAREN_AFTER_RE = re.compile(r"\s*\([^()]*\)")
#: "/" between two bodies ("Phòng TC-KH/ Phòng Nội vụ"): only before a capitalised head noun, as
#: names are written, so "thôn/tổ", "xã/phường", "phòng/ban" and dates ("12/2024") stay whole.
_SLASH_RE = re.compile(rf"(?<=[^\W\d])\s*/\s*(?=(?P<head>(?:{_HEAD_NOUNS})\b|P\.))", re.IGNORECASE)
#: "/" after a word and before a run of initials that opens the next body ("Bảo hiểm xã hội
#: tỉnh/BHXH thành phố"). Not after initials: "TC/KH" is one name's initials written with a slash.
_SLASH_INITIALS_RE = re.compile(r"(?<=[^\W\d_])(?<![A-ZĐ])\s*/\s*(?=[A-ZĐ]{2,}\b)")
#: "Đề nghị ... phối hợp": the bodies named between are asked, not assigned.
#: The words of the request around the bodies are not part of any name: "cùng", "tham gia" before
#: "phối hợp", and "chỉ đạo", "thực hiện", "tham gia", "hướng dẫn" after it ("Đề nghị Ban Tuyên giáo
#: phối hợp chỉ đạo"); without "phối hợp", "cùng (tham gia, thực hiện)" or "tham gia" closing the
#: line ("đề nghị TAND, VKSND thành phố cùng tham gia"). "Ban Chỉ đạo" stays whole: "chỉ đạo" ends
#: a request only after "phối hợp" or "cùng".
_REQUEST_WORDS = (
    r"(?:(?:chỉ\s+đạo|thực\s+hiện|tham\s+gia|hướng\s+dẫn|giám\s+sát|theo\s+dõi|triển\s+khai"
    r"|tuyên\s+truyền|vận\s+động|kiểm\s+tra|hỗ\s+trợ))"
)
#: Verbs that close a request alone, in lower case ("Đề nghị Sở Nội vụ hướng dẫn"); never "chỉ đạo",
#: which ends names of boards ("Đề nghị Ban Chỉ đạo").
_CLOSING_VERBS = r"(?:hướng\s+dẫn|giám\s+sát|theo\s+dõi|hỗ\s+trợ|thực\s+hiện|triển\s+khai)"
#: The words opening a request, also with its verb before the bodies ("Đề nghị phối hợp: ...").
_REQUEST_OPENS = r"(?:kính\s+)?đề\s+nghị\s*(?:(?:cùng\s+)?phối\s+hợp(?:\s+với)?(?:\s+thực\s+hiện)?)?\s*:?\s*"
#: These patterns are matched on :func:`bare` text, so they are compiled from their bare form too.
#: "phối hợp" closing a request, with the verbs after it ("cùng phối hợp thực hiện").
_PHOI_HOP_CLOSES = rf"(?:(?:cùng|tham\s+gia)\s+)*phối\s+hợp(?:,?\s+{_REQUEST_WORDS})*"
_REQUEST_RE = re.compile(
    bare(
        rf"{_REQUEST_OPENS}(?P<body>.+?)\s*(?:"
        rf"{_PHOI_HOP_CLOSES}"
        rf"|(?:cùng(?:,?\s+{_REQUEST_WORDS})*|tham\s+gia)\s*\.?\s*(?=;|$)"
        rf"|(?-i:{_CLOSING_VERBS})(?:,?\s+{_REQUEST_WORDS})*\s*\.?\s*(?=;|$)"
        r"|$)"
    ),
    re.IGNORECASE,
)
#: A line that opens a request continued on the next lines ("Đề nghị:" then a bulleted list).
_REQUEST_OPENS_RE = re.compile(bare(_REQUEST_OPENS), re.IGNORECASE)
#: The words that close a request ("phối hợp thực hiện."), on the line where the list ends or one of its own.
_REQUEST_CLOSES_RE = re.compile(bare(rf"{_PHOI_HOP_CLOSES}\s*\.?\s*$"), re.IGNORECASE)
#: A parenthesis saying the body is asked: "(đề nghị phối hợp)", "(đề nghị)".
_REQUEST_NOTE_RE = re.compile(bare(r"đề\s+nghị\b.*"), re.IGNORECASE)
#: What a body does, written after its name outside a request ("Công an thành phố tham gia",
#: "... cùng phối hợp thực hiện"): not part of the name. Lower case only, and never "chỉ đạo" or
#: "hướng dẫn", which end names of boards ("Ban chỉ đạo"); see :func:`_without_trailing_verbs`.
_TRAILING_VERBS_RE = re.compile(
    bare(r"(?:\s+(?:cùng|phối\s+hợp|thực\s+hiện|tham\s+gia|giám\s+sát|theo\s+dõi|triển\s+khai))+\s*\.?\s*$")
)
#: The role or task a body is given, written after its name in lower case, with whatever follows
#: ("Phòng Nội vụ chủ trì, tổng hợp báo cáo", "UBND các phường, xã tổ chức thực hiện").
_TRAILING_TASK_RE = re.compile(
    bare(
        r"\s+(?:chủ\s+trì|tổng\s+hợp|đôn\s+đốc|theo\s+dõi|tổ\s+chức\s+thực\s+hiện|phối\s+hợp\s+với|là|chỉ\s+đạo"
        r"|tham\s+mưu|bố\s+trí|bảo\s+đảm|đảm\s+bảo|cung\s+cấp|báo\s+cáo|hướng\s+dẫn|kiểm\s+tra|tuyên\s+truyền)\b"
        r"(?:[^,]|,(?!\s*[A-Z]))*$"  # up to the end, unless a comma opens a capitalised name: that is another body
    )
)
#: A role word right after a name and before a comma ("Phòng Nội vụ chủ trì, Phòng Tư pháp phối hợp"):
#: the comma parts two bodies, each with its role, so the word goes and the comma stays.
_ROLE_BEFORE_COMMA_RE = re.compile(bare(r"\s+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|tham\s+gia)(?=\s*,\s*[A-Z])"))
#: A scope after a dash, colon or comma closing a piece ("Phòng Y tế - chỉ tiêu 4").
_TRAILING_SCOPE_RE = re.compile(bare(r"\s*[-–—:,]\s*(?P<scope>(?:các\s+)?(?:chỉ\s*tiêu|CT)\b[^()]*)$"), re.IGNORECASE)
#: Words before the first name of a piece that give the task, not a body: "Giao Phòng Nội vụ",
#: "Phối hợp với Phòng Tư pháp", "Các đơn vị: Công an TP" (a label before a list of full names).
#: Matched on the text as written: typed without marks, "Giao" may be "Giáo" of a name.
_LEADING_TASK_RE = re.compile(
    r"^(?:(?:giao(?:\s+cho)?|phối\s+hợp\s+với|cùng\s+với|do|gồm|bao\s+gồm)\s+"
    r"|(?:(?:các\s+)?(?:đơn\s+vị|cơ\s+quan|thành\s+viên)(?:\s+phối\s+hợp)?"
    r"|chủ\s+trì|phối\s+hợp|thực\s+hiện|hướng\s+dẫn|tham\s+gia)\s*:\s*)(?=\w)",
    re.IGNORECASE,
)
#: The word for an indicator, with what may follow it before the numbers: "chỉ tiêu", "CT" (also
#: glued to its number, "CT1"), "các chỉ tiêu:", "chỉ tiêu số", "chỉ tiêu thứ", "chỉ tiêu từ"; and
#: before it, "đối với" (as for) and the like.
_INDICATOR_WORD_RE = re.compile(
    bare(
        r"(?:(?:đối\s+với|áp\s+dụng\s+(?:cho|với)|riêng|với|cho|ở|tại|chủ\s+trì|phối\s+hợp|thực\s+hiện)\s+)?"
        r"(?:các\s+)?(?:chỉ\s*tiêu|(?<![^\W\d_])CT(?![^\W\d_]))\s*(?:(?:số|thứ)\s*)?(?:từ\s*)?:?\s*"
    ),
    re.IGNORECASE,
)
#: The numbers once the indicator words are taken out: "1, 2", "1-4", "1; 2", "7 đến 9", "1 và 2".
_INDICATOR_LIST_RE = re.compile(bare(r"[\d\s,;.\-–—]+(?:(?:và|đến)\s*[\d\s,;.\-–—]+)*"), re.IGNORECASE)
_RANGE_RE = re.compile(bare(r"^(\d+)\s*(?:-|–|—|đến)\s*(\d+)$"))
#: A scope written as a label before the bodies of its line: "Chỉ tiêu 1, 2: Phòng Nội vụ".
_SCOPE_LABEL_RE = re.compile(bare(r"^\s*(?P<scope>(?:các\s+)?(?:chỉ\s*tiêu|CT)\b[^:()]*?)\s*:\s*(?=\S)"), re.IGNORECASE)
#: Characters trimmed from both ends of a piece: separators, stray punctuation and bullet dashes.
_TRIM = " \t,;.:-–—"
#: Dashes left at either end of a span when names run on after a dash ("Phòng Nội vụ - Phòng Tư pháp").
_DASHES = " -–—"
_AND = "và"
#: "và" as written, and typed without its mark ("Uy ban nhan dan thanh pho va UBND cac xa"): no
#: name of a body holds the word "va" otherwise.
_ANDS = frozenset({_AND, "va"})
#: Words that join two names: "và", "&" with spaces around it, and "cùng" (together with: "Phòng
#: Nội vụ cùng Phòng Tư pháp"). A name joins its own parts with them too ("Phòng TN & MT"): the
#: split keeps it whole when the whole is the name.
_JOINERS = _ANDS | {"cùng", "&"}
#: Joiners opening a piece (the joiner before it was a hard separator), however many.
_LEADING_AND_RE = re.compile(r"^(?:(?:v[àa]|cùng)(?:\s+|$))+", re.IGNORECASE)
#: A head noun that a list after ":" shares ("Các phòng: Nội vụ, Tư pháp" names Phòng Nội vụ and
#: Phòng Tư pháp); a plural marker may come first.
_SHARED_HEAD_RE = re.compile(
    r"^\s*(?:(?:các|những)\s+)?(?P<head>phòng|sở|ban|trung\s+tâm|hội)\s*:\s*(?=\S)", re.IGNORECASE
)
_LETTER_RE = re.compile(r"[^\W\d_]")
#: The largest indicator range taken literally; "1-400" is a typo, kept as a note.
MAX_INDICATOR_RANGE = 50


@dataclass(frozen=True)
class Piece:
    """A stretch of a cell between hard separators, with what qualifies it.

    ``indicators`` and ``note`` come from a parenthesis right after the piece and belong to its
    last mention; ``requested`` belongs to every mention in it, and so does ``scope``, the
    indicators of a label opening the line ("Chỉ tiêu 1, 2: Phòng Y tế, BHXH thành phố"). ``head``
    is the head noun a list after ":" shares ("phòng" in "Các phòng: Nội vụ, Tư pháp"), None when
    there is none.
    """

    text: str
    requested: bool = False
    indicators: tuple[int, ...] = ()
    note: str | None = None
    head: str | None = None
    scope: tuple[int, ...] = ()


def parse_indicators(content: str) -> tuple[int, ...] | None:
    """Return the indicator numbers of a "chỉ tiêu ..." note, None when the note is something else.

    >>> parse_indicators("chỉ tiêu từ 1-4"), parse_indicators("chỉ tiêu 1,2"), parse_indicators("là cơ quan")
    ((1, 2, 3, 4), (1, 2), None)
    >>> parse_indicators("CT1, CT2"), parse_indicators("chỉ tiêu 1 và chỉ tiêu 3"), parse_indicators("các chỉ tiêu: 2")
    ((1, 2), (1, 3), (2,))
    """
    content = bare(content.strip())
    if _INDICATOR_WORD_RE.match(content) is None:
        return None
    listed = _INDICATOR_WORD_RE.sub(" ", content).strip()
    if not listed or _INDICATOR_LIST_RE.fullmatch(listed) is None:
        return None
    numbers: set[int] = set()
    for part in re.split(r"[,;]|\bva\b", listed):
        part = part.strip(" .")
        if not part:
            continue
        span = _RANGE_RE.match(part)
        if span:
            low, high = int(span.group(1)), int(span.group(2))
            if not 0 < high - low <= MAX_INDICATOR_RANGE:
                return None
            numbers.update(range(low, high + 1))
        elif part.isdigit():
            numbers.add(int(part))
        else:
            return None
    return tuple(sorted(numbers)) or None


def union_indicators(*scopes: tuple[int, ...]) -> tuple[int, ...]:
    """Return the indicators of several scopes together, once each, in order."""
    return tuple(sorted({number for scope in scopes for number in scope}))


def _qualify(piece: Piece, content: str) -> Piece:
    """Qualify ``piece`` with a parenthesis' content: a scope, a request, else a note; each ";" part on its own."""
    if ";" in content:  # "(cơ quan thường trực; chỉ tiêu 1, 2)"
        for part in content.split(";"):
            if part.strip():
                piece = _qualify(piece, part.strip())
        return piece
    indicators = parse_indicators(content)
    if indicators is not None:
        return replace(piece, indicators=union_indicators(piece.indicators, indicators))
    if _REQUEST_NOTE_RE.fullmatch(bare(content)):  # "(đề nghị phối hợp)": the body is asked
        return replace(piece, requested=True)
    note = content if piece.note is None else f"{piece.note}; {content}"
    return replace(piece, note=note)


def _region_to_pieces(
    region: str, requested: bool, pending: list[str], head: str | None = None
) -> tuple[list[Piece], list[str]]:
    """Cut a stretch without hard separators into pieces, each ending where a parenthesis qualifies it.

    ``pending`` holds parentheses met before any piece (in this region or an earlier one): they
    qualify the first piece found. Returns the pieces and the parentheses still waiting for one.
    """
    pieces: list[Piece] = []
    pending = list(pending)
    start = 0
    for match in [*_PAREN_RE.finditer(region), None]:
        end = match.start() if match else len(region)
        text, tasks = _without_tasks(_ITEM_MARK_RE.sub("", region[start:end].strip(_TRIM)))
        text = _LEADING_AND_RE.sub("", text).strip(_TRIM)
        scoped = _TRAILING_SCOPE_RE.search(bare(text))
        scope = parse_indicators(scoped.group("scope")) if scoped else None
        text = text[: scoped.start()] if scoped and scope else text
        if text:
            pieces.append(Piece(text, requested, head=head, note="; ".join(tasks) or None, indicators=scope or ()))
            for content in pending:
                pieces[-1] = _qualify(pieces[-1], content)
            pending = []
        if match is None:
            break
        content = " ".join(match.group(0)[1:-1].split())
        if content and pieces:
            pieces[-1] = _qualify(pieces[-1], content)
        elif content:
            pending.append(content)
        start = match.end()
    return pieces, pending


#: Head nouns that name no body alone: "Ủy ban kiểm tra" keeps its "kiểm tra", "Ban chỉ đạo" its "chỉ đạo".
_BARE_HEADS = (["ủy", "ban"], ["uỷ", "ban"], ["hội", "đồng"], ["ban"], ["tổ"], ["đoàn"], ["đội"], ["nhóm"])


def _without_tasks(text: str) -> tuple[str, list[str]]:
    """Take what a cell says a body does off its name: return the name and those words, for the note.

    Before the first name, words that give the task, only before a capital as names are written
    ("Giao Phòng Nội vụ", "Phối hợp với ...", "Các đơn vị: ..."; "Giao duc" typed without marks is
    "Giáo dục"); after the name, its role or task in lower case with what follows ("chủ trì,
    tổng hợp báo cáo"). Plain verbs closing the text ("tham gia", "cùng thực hiện") are dropped,
    as the words of a request are. Each cut keeps a name of two words or more.

    >>> _without_tasks("Giao Phòng Nội vụ chủ trì, tổng hợp"), _without_tasks("Công an thành phố tham gia")
    (('Phòng Nội vụ', ['Giao', 'chủ trì, tổng hợp']), ('Công an thành phố', []))
    >>> _without_tasks("Ban giám sát")
    ('Ban giám sát', [])
    """
    tasks = []
    for role in reversed(list(_ROLE_BEFORE_COMMA_RE.finditer(bare(text)))):
        text = text[: role.start()] + text[role.end() :]
    leading = _LEADING_TASK_RE.match(text)
    if leading and text[leading.end()].isupper():
        tasks.append(text[: leading.end()].strip(_TRIM))
        text = text[leading.end() :]
    for pattern, keep in ((_TRAILING_TASK_RE, True), (_TRAILING_VERBS_RE, False)):
        found = pattern.search(bare(text))
        stem = text[: found.start()].casefold().split() if found else []
        if found and len(stem) >= 2 and stem[-2:] not in _BARE_HEADS and stem[-1:] not in _BARE_HEADS:
            if keep:
                tasks.append(text[found.start() :].strip(_TRIM))
            text = text[: found.start()]
    return text, tasks


def _masked(line: str) -> str:
    """Blank out parenthesised text, so separators and keywords inside are not seen."""
    return _PAREN_RE.sub(lambda m: "(" + "\0" * (len(m.group(0)) - 2) + ")", line)


def _slash_to_semicolon(masked: str) -> str:
    """Write a "/" that parts two bodies (:data:`_SLASH_RE`) as ";", the same length, so it cuts there."""
    masked = _SLASH_RE.sub(
        lambda m: m.group(0).replace("/", ";") if m.group("head")[0].isupper() else m.group(0), masked
    )
    return _SLASH_INITIALS_RE.sub(lambda m: m.group(0).replace("/", ";"), masked)


def _split_masked(line: str, masked: str, sep: str) -> list[str]:
    parts, start = [], 0
    for index, char in enumerate(masked):
        if char == sep:
            parts.append(line[start:index])
            start = index + 1
    parts.append(line[start:])
    return parts


def cell_to_pieces(cell: str) -> tuple[Piece, ...]:
    """Cut a cell at new lines, bullets, ";" and request clauses; attach each parenthesis to its piece.

    A parenthesis qualifies the piece before it; one that opens a line or a cell qualifies the
    next piece, one with no piece after it the cell's last piece, and one alone in a cell becomes
    a piece itself, so no text is lost.
    """
    pieces: list[Piece] = []
    pending: list[str] = []
    lines = _cell_to_lines(cell)
    for line, in_request in zip(lines, _continued_requests([bare(_masked(line)) for line in lines]), strict=True):
        line, scope = _scope_label(line)
        first = len(pieces)
        regions: list[tuple[str, bool]] = []
        cursor = 0
        if in_request:  # a line of a request opened on an earlier line: up to its closing words
            closing = _REQUEST_CLOSES_RE.search(bare(_masked(line)))
            regions.append((line[: closing.start()] if closing else line, True))
            cursor = len(line)
        for match in _REQUEST_RE.finditer(bare(_masked(line))) if not in_request else ():
            regions.append((line[cursor : match.start()], False))
            after = _PAREN_AFTER_RE.match(line, match.end())  # "... phối hợp (chỉ tiêu 3, 4)": the request's
            regions.append((line[match.start("body") : match.end("body")] + (after.group(0) if after else ""), True))
            cursor = after.end() if after else match.end()
        regions.append((line[cursor:], False))
        for region, requested in regions:
            for part in _split_masked(region, _slash_to_semicolon(_masked(region)), ";"):
                shared = _SHARED_HEAD_RE.match(part)
                if shared and not _LETTER_RE.search(part[shared.end() :]):
                    shared = None  # no list after the ":" ("Hội: -"): the text is kept whole
                head = " ".join(shared.group("head").casefold().split()) if shared else None
                part = part[shared.end() :] if shared else part
                found, pending = _region_to_pieces(part, requested, pending, head)
                pieces.extend(found)
        if scope:  # "Chỉ tiêu 1, 2: ..." scopes every body of its line
            pieces[first:] = [replace(p, scope=scope) for p in pieces[first:]]
    return tuple(_settle(_scopes_alone(pieces), pending))


def _scopes_alone(pieces: list[Piece]) -> list[Piece]:
    """Give a piece that is only a scope ("... phối hợp thực hiện chỉ tiêu 2") to the piece before it."""
    kept: list[Piece] = []
    for piece in pieces:
        scope = parse_indicators(piece.text)
        if scope is not None and kept:
            kept[-1] = replace(kept[-1], indicators=union_indicators(kept[-1].indicators, scope))
        else:
            kept.append(piece)
    return kept


def _scope_label(line: str) -> tuple[str, tuple[int, ...]]:
    """Take a scope written as a label off the start of a line ("Chỉ tiêu 1, 2: Phòng Nội vụ")."""
    label = _SCOPE_LABEL_RE.match(bare(line))
    scope = parse_indicators(label.group("scope")) if label else None
    return (line[label.end() :], scope) if label and scope else (line, ())


def _continued_requests(lines: list[str]) -> list[bool]:
    """Tell which lines (each :func:`bare` and :func:`_masked`) belong to a request opened on an earlier line.

    "Đề nghị:" / "- UBMTTQVN thành phố;" / "- Các tổ chức chính trị - xã hội" / "phối hợp thực
    hiện.": a line with "đề nghị" and no closing words opens it, and it runs to the first line
    ending with them ("phối hợp ..."), if one comes before another "đề nghị"; without such a
    line, the request is that one line's, unless "Đề nghị:" stands alone on its line: then it
    heads the lines after it, up to the next "đề nghị" or the cell's end.
    """
    continued = [False] * len(lines)
    for at, line in enumerate(lines):
        opened = _REQUEST_OPENS_RE.search(line)
        if opened is None or continued[at] or _REQUEST_CLOSES_RE.search(line[opened.end() :]):
            continue
        alone = not line[opened.end() :].strip()  # "Đề nghị:" on a line of its own heads a list
        end = at
        for end in range(at + 1, len(lines)):
            if _REQUEST_OPENS_RE.search(lines[end]):
                end -= 1
                break
            if _REQUEST_CLOSES_RE.search(lines[end]):
                alone = True
                break
        if alone:
            continued[at + 1 : end + 1] = [True] * (end - at)
    return continued


def _cell_to_lines(cell: str) -> list[str]:
    """Cut a cell into lines without their bullets, a "- " line also at the bullets run on after it."""
    lines: list[str] = []
    text = _HTML_TAG_RE.sub("\n", _HTML_INLINE_RE.sub("", cell)).replace("[", "(").replace("]", ")")  # "[CT 4]" too
    for raw_line in _LINE_BREAK_RE.split(clean_text(text)):
        if _BULLET_RE.match(raw_line) and raw_line.lstrip()[0] in "-–—":
            lines.extend(_BULLET_RE.sub("", part) for part in _INLINE_BULLET_RE.split(raw_line))
        else:
            lines.append(_BULLET_RE.sub("", raw_line))
    return [
        _ITEM_MARK_RE.sub("", part)
        for line in lines
        for plus in _PLUS_BULLET_RE.split(line)
        for part in _cut_at_partners(plus)
    ]


#: Markup typed or pasted into a cell: a block ("<p>", "<br/>", "</li>") is a line break, as it
#: shows; inline markup ("<b>", "<span>") is nothing.
_HTML_TAG_RE = re.compile(r"</?(?:p|br|li|ul|ol|div)\b[^<>]*>", re.IGNORECASE)
_HTML_INLINE_RE = re.compile(r"</?(?:span|b|i|u|strong|em|sup|sub)\b[^<>]*>", re.IGNORECASE)
#: A line ending with a joiner continues on the next: "Phòng Tài nguyên và" / "Môi trường".
#: So lines are cut at a new line that follows no joiner (the new line stays in the name's raw text).
_LINE_BREAK_RE = re.compile(r"(?<!\svà)(?<!\s&)\n", re.IGNORECASE)


def _cut_at_partners(line: str) -> list[str]:
    """Cut a line at "phối hợp (với)" before a capitalised name or a plural group (:data:`_COORDINATES_RE`)."""
    parts, start = [], 0
    for found in _COORDINATES_RE.finditer(_masked(line)):
        after, before = line[found.end() :], line[start : found.start()].casefold().split()
        if before[-2:] in _NAMES_WITH_PHOI_HOP or before[-1:] in _NAMES_WITH_PHOI_HOP:
            continue  # "Hội đồng phối hợp PBGDPL", "Tổ phối hợp liên ngành": a name
        if after[:1].isupper() or after.casefold().startswith(_PLURAL_OPENERS):
            parts.append(line[start : found.start()])
            start = found.end()
    return [*parts, line[start:]]


def _settle(pieces: list[Piece], pending: list[str]) -> list[Piece]:
    """Give parentheses that no piece followed to the cell's last piece; alone in a cell, each is a piece."""
    if not pending:
        return pieces
    if not pieces:
        return [Piece(f"({content})") for content in pending]
    last = pieces[-1]
    for content in pending:
        last = _qualify(last, content)
    return [*pieces[:-1], last]


#: How well a span of text names one canonical entry: 1 for a sure match, the fuzzy score / 100
#: for a likely one, 0 for unknown text.
SpanScorer = Callable[[str], float]
_TOKEN_RE = re.compile(r",|[^\s,]+")
_START, _KNOWN, _UNKNOWN = 0, 1, 2
#: A partial split: minus the fragment count, words covered by sure names, by likely names (times
#: score), minus the span count, the spans.
_Path = tuple[int, int, float, int, tuple[tuple[int, int], ...]]
#: Words of the levels and their units, and of where they are ("trên địa bàn", in the area of):
#: alone, they name no body.
_LEVEL_WORDS = frozenset("xã phường thị trấn huyện quận tx tp thành phố cấp các trên địa bàn".split())
#: The same words typed without marks ("xa", "phuong").
_BARE_LEVEL_WORDS = frozenset(
    "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)).replace("đ", "d")
    for w in _LEVEL_WORDS
)
#: Initials standing alone: runs of one to five capitals, glued by "&", "-" or "." ("MT", "TX",
#: "HT&ĐT", "TC-KH").
_INITIALS_RE = re.compile(r"[A-ZĐ]{1,5}(?:[&.\-][A-ZĐ]{1,5})*")
#: Words that give a name its own head noun: a tail after "và" that opens with one names a body of
#: its own ("Phòng Y tế và Hội Chữ thập đỏ", "... và các đơn vị", "Phòng Nội vụ và Ngân hàng Nhà nước"),
#: not the rest of the name before. Besides the head nouns of the state's offices, the kinds of
#: institution a plan names beside them (banks, hospitals, schools, funds) when written as a
#: name: capitalised, with words after the noun ("Ngân hàng Nhà nước"; "ngân hàng" alone names none).
_OWN_HEAD_RE = re.compile(
    rf"(?:{_HEAD_NOUNS}|những|mặt trận|cơ quan|đơn vị|thành ủy|thành uỷ|đảng ủy|đảng uỷ|thành đoàn|kho bạc|chi cục"
    r"|cục)\b|(?-i:Ngân hàng|Bệnh viện|Trường|Quỹ)\s+\w",
    re.IGNORECASE,
)
#: Head nouns of bodies that stand alone beside others (mass organisations, departments, units):
#: unknown text that opens with one and holds "và" (or "&", "cùng") before a capitalised one with
#: words after it, or before "Thành đoàn"/"Thành ủy", is two bodies glued ("Hội LHPN thành phố và
#: Thành đoàn"), not one name; "Văn phòng HĐND và UBND" opens with no such noun, "Ban Tuyên giáo
#: và Dân vận" has none after its "và", "Phòng Kinh tế và Ngân hàng" no words after it.
_STANDALONE_HEADS = (
    r"(?:hội|đoàn|thành\s+đoàn|liên\s+đoàn|ban|sở|phòng|trung\s+tâm|công\s+an|chi\s+cục|cục"
    r"|kho\s+bạc|ngân\s+hàng|bệnh\s+viện|trường|quỹ|viện|tòa\s+án|toà\s+án|đài|báo|thanh\s+tra"
    r"|ubnd|hđnd|ủy\s+ban|uỷ\s+ban|ubmttq\w*|mttq\w*|mặt\s+trận)"
)
_GLUED_RE = re.compile(
    rf"^{_STANDALONE_HEADS}\b.*?\s(?:và|va|&|cùng)\s+(?=thành\s+(?:đoàn|ủy|uỷ)\b|{_STANDALONE_HEADS}\s+\S)",
    re.IGNORECASE,
)


def is_glued(span: str) -> bool:
    """Tell whether unknown text is two bodies joined by "và" (see :data:`_GLUED_RE`).

    >>> is_glued("Hội LHPN thành phố và Thành đoàn"), is_glued("Ban Tuyên giáo và Dân vận Thành ủy")
    (True, False)
    >>> is_glued("Hội Nông dân và hội viên")
    False
    """
    found = _GLUED_RE.match(span)
    return found is not None and span[found.end()].isupper()


#: Words no name ends with: a plural marker or a preposition wants a noun after it ("... và các",
#: "... thuộc"), so a span ending with one is never offered as a name, however close a fuzzy
#: score finds it ("UBMTTQ thành phố và các" is the Front and the start of the next name).
_NO_END_WORDS = frozenset("các những thuộc của cùng với tại".split())
#: Lower-case words that open a name (plurals, head nouns): after a comma they start a new one.
_OPENERS = frozenset("các những phòng ban sở hội ủy uỷ ubnd hđnd trung công thanh văn chi bảo tòa toà viện".split())


def is_fragment(span: str) -> bool:
    """Tell whether a span is one run of initials or only level words ("MT", "TX", "phường", "thị trấn").

    >>> is_fragment("MT"), is_fragment("thị trấn"), is_fragment("Phòng NN"), is_fragment("UBND thành phố")
    (True, True, False, False)
    """
    words = span.replace(",", " ").split()
    if len(words) == 1 and _INITIALS_RE.fullmatch(words[0]):
        return True
    return bool(words) and all(w.casefold() in _LEVEL_WORDS or w.casefold() in _BARE_LEVEL_WORDS for w in words)


def is_orphan(span: str, is_field: Callable[[str], bool]) -> bool:
    """Tell whether unknown text after a "và" cut is the tail of one name rather than a body of its own.

    It is when it opens with no head noun (:data:`_OWN_HEAD_RE`) and ``is_field`` (the caller's
    bare-field test) does not take it: "Hạ tầng" of "Phòng Kinh tế và Hạ tầng".

    >>> is_orphan("Hạ tầng", lambda s: False), is_orphan("Hội Nông dân", lambda s: False), is_orphan("Tư pháp", bool)
    (True, False, False)
    """
    return _OWN_HEAD_RE.match(span) is None and not is_field(span)


def _no_field(span: str) -> bool:
    del span
    return False


def _continues_name(tokens: list[re.Match[str]], comma: int) -> bool:
    """Tell whether the comma at ``comma`` sits inside one unknown name (see the module's docstring)."""
    first, after = tokens[0].group(0), tokens[comma + 1].group(0) if comma + 1 < len(tokens) else ""
    if _initials_under_head(tokens[: comma + 2]) or _fields_closed_by_va(tokens, comma):
        return True
    plural = first.casefold() in _PLURALS and comma > 1
    if plural and {tokens[1].group(0).casefold(), after} <= _GROUP_NOUNS:
        return True  # "Các sở, ban, ngành", "các cơ quan, đơn vị": one group however it goes on
    plural_before_name = first in _PLURALS and comma > 1 and tokens[1].group(0)[:1].isupper()
    return (
        (first[:1].isupper() or plural_before_name)
        and after[:1].islower()
        and after not in _OPENERS
        and after.casefold() not in _ANDS
    )  # "các Trạm Y tế xã, phường" is capitalised text too


def _fields_closed_by_va(tokens: list[re.Match[str]], comma: int) -> bool:
    """Tell whether a comma parts the fields of one department's name, the last two joined by "và".

    "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động, Thương binh và Xã hội": a head noun of a
    department (:data:`_FIELD_HEADS`) opens the text, and the text after the comma, up to the next
    comma, holds "và" and opens with no head noun of its own ("Phòng Y tế, Hội Nông dân và ..." is
    two bodies). Known names still win over this reading when the list has them.
    """
    if tokens[0].group(0).casefold() not in _FIELD_HEADS:
        return False
    after = []
    for token in tokens[comma + 1 :]:
        if token.group(0) == ",":
            break
        after.append(token.group(0))
    text = " ".join(after)
    return bool(after) and any(w.casefold() in _ANDS for w in after[1:]) and _OWN_HEAD_RE.match(text) is None


#: Nouns a plural group lists with commas ("Các sở, ban, ngành", "các cơ quan, đơn vị"): first words only.
_GROUP_NOUNS = frozenset("sở ban ngành phòng đơn cơ đoàn hội địa tổ".split())
#: Head nouns of departments, whose names list their fields ("Sở Văn hóa, Thể thao và Du lịch").
_FIELD_HEADS = frozenset({"phòng", "sở", "ban", "p."})


def _initials_under_head(tokens: list[re.Match[str]]) -> bool:
    """Tell whether tokens are a head word, then runs of initials with commas between ("Phòng KT, HT&ĐT").

    Such a comma parts the initials of a name that holds one ("Kinh tế, Hạ tầng và Đô thị"): the
    initials after it name no body alone, so the text stays one name. The head word is a
    department's (:data:`_FIELD_HEADS`), not initials ("UBND TP, TX" is not one) nor a mass
    organisation's ("Hội ND, LĐLĐ"), and at least one run stands before the first comma.
    """
    first, rest = tokens[0].group(0), [t.group(0) for t in tokens[1:]]
    if not first[:1].isupper() or _INITIALS_RE.fullmatch(first) or not rest or rest[0] == ",":
        return False
    if first.casefold() not in _FIELD_HEADS:  # "Hội ND, LĐLĐ thành phố": two bodies
        return False
    return all(word == "," or _INITIALS_RE.fullmatch(word) for word in rest)


def split_piece(
    text: str, scorer: SpanScorer, *, max_words: int = 16, is_field: Callable[[str], bool] = _no_field
) -> tuple[str, ...]:
    """Split one piece into the spans that each name one body.

    Separators are "," and the word "và"; two known names may also touch with no separator.
    Among the splits, the one with the fewest fragments (:func:`is_fragment` spans the scorer does
    not know, and unknown text right after a "và" that :func:`is_orphan` finds, ``is_field`` telling
    which bare fields the caller resolves) wins, then the one whose sure spans (score 1) cover the
    most words, then the one whose likely spans cover most (words times score), then the one with
    fewer spans.
    ``max_words`` bounds the length, in tokens (words and commas), of a span given to ``scorer``;
    unknown text runs to the next comma however long it is, so every piece has a split.

    >>> split_piece("Thanh tra thành phố Công an thành phố",
    ...             lambda s: 1.0 if s in ("Thanh tra thành phố", "Công an thành phố") else 0.0)
    ('Thanh tra thành phố', 'Công an thành phố')
    """
    tokens = list(_TOKEN_RE.finditer(text))
    n = len(tokens)
    is_sep = [t.group(0) == "," or t.group(0).casefold() in _JOINERS for t in tokens]
    # best[(k, state)] = (sure words, likely words, -spans, spans): tokens[:k] consumed, state = what ended there
    best: dict[tuple[int, int], _Path] = {(0, _START): (0, 0, 0.0, 0, ())}
    for k in range(n):
        for state in (_START, _KNOWN, _UNKNOWN):
            here = best.get((k, state))
            if here is None:
                continue
            if is_sep[k]:
                _offer(best, (k + 1, _START), here)
            elif state != _UNKNOWN:  # unknown text is followed by a separator, never by a name
                _extend(
                    best, k, here, tokens, is_sep, text, scorer, max_words, unknown=state == _START, is_field=is_field
                )
    finals = [best[(n, s)] for s in (_START, _KNOWN, _UNKNOWN) if (n, s) in best]
    *_, spans = max(finals, key=lambda path: path[:4])
    found = (text[tokens[i].start() : tokens[j - 1].end()].strip(_DASHES) for i, j in spans)
    return tuple(span for span in found if span)


def _extend(
    best: dict[tuple[int, int], _Path],
    k: int,
    here: _Path,
    tokens: list[re.Match[str]],
    is_sep: list[bool],
    text: str,
    scorer: SpanScorer,
    max_words: int,
    *,
    unknown: bool,
    is_field: Callable[[str], bool],
) -> None:
    """Offer every span that starts at token ``k``: a name the scorer knows, or (if ``unknown``) unknown text.

    A named span has at most ``max_words`` tokens; an unknown one stops before the first comma.
    Unknown text counts as a fragment when it is one (:func:`is_fragment`) or, right after "và",
    is the orphaned tail of a name (:func:`is_orphan`).
    """
    after_and = k > 0 and tokens[k - 1].group(0).casefold() in _JOINERS
    neg_fragments, sure, likely, neg_count, spans = here
    words, has_comma = 0, False
    for j in range(k + 1, len(tokens) + 1):
        if tokens[j - 1].group(0) == ",":
            has_comma = has_comma or not _continues_name(tokens[k:], j - 1 - k)
            continue
        words += 1
        named = j - k <= max_words
        unknown = unknown and not has_comma
        if not (named or unknown):
            return
        if is_sep[j - 1]:
            continue
        with_span = (*spans, (k, j))
        span = text[tokens[k].start() : tokens[j - 1].end()]
        quality = scorer(span) if named and tokens[j - 1].group(0).casefold() not in _NO_END_WORDS else 0.0
        if quality >= 1.0:
            _offer(best, (j, _KNOWN), (neg_fragments, sure + words, likely, neg_count - 1, with_span))
        elif quality > 0:
            _offer(best, (j, _KNOWN), (neg_fragments, sure, likely + words * quality, neg_count - 1, with_span))
        if unknown:
            fragments = neg_fragments - int(
                is_fragment(span) or is_glued(span) or (after_and and is_orphan(span, is_field))
            )
            _offer(best, (j, _UNKNOWN), (fragments, sure, likely, neg_count - 1, with_span))


def _offer(best: dict[tuple[int, int], _Path], key: tuple[int, int], candidate: _Path) -> None:
    """Keep ``candidate`` at ``key`` if it beats what is there; on a tie the first one found stays."""
    current = best.get(key)
    if current is None or candidate[:4] > current[:4]:
        best[key] = candidate
