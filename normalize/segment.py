"""Agency cells -> pieces of text with their qualifiers (the split into names is :mod:`normalize.split`).

A cell is cut at the hard separators first: new lines, "- " bullets and ";". A request clause
("Đề nghị: X và Y phối hợp", :mod:`normalize.requests`) marks what it holds as *requested*; a
parenthesis qualifies the text just before it ("(chỉ tiêu 1,2)" -> indicators, see
:mod:`normalize.scopes`; anything else -> a note). Words giving a body's task are taken off its
name into the note. What is left of each piece may hold several names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from core.text import bare, clean_text
from normalize.clauses import (
    body_through,
    names_a_body,
    names_a_named_unit,
    names_a_unit,
    requested_parts,
    role_in_parentheses,
)
from normalize.requests import (
    REQUEST_CLOSES_RE,
    REQUEST_NOTE_RE,
    REQUEST_OPENS_RE,
    REQUEST_RE,
    TRIM,
    continued_requests,
    only_people,
    split_tasks,
)
from normalize.scopes import TRAILING_SCOPE_RE, parse_indicators, scope_label, union_indicators
from normalize.vocab import HEAD_NOUNS, HEADS_BEFORE_COLON, NAMES_WITH_PHOI_HOP, PLURALS, alternation

#: A list item's number or letter opening a piece ("1. ", "2) ", "a) "); "P." is Phòng, never a letter item.
_ITEM_MARK_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s*(?=\S)")
#: A bullet at the start of a line ("- ", "+ ", "•"); a dash inside a line is never a separator.
_BULLET_RE = re.compile(r"^\s*[-+•▪➢❖✓*–—]\s*")
#: Nouns that open a body's name. On a line that starts with a "- " bullet, " - " before one of
#: them is the next bullet run on ("- Phòng Nội vụ - Phòng Tư pháp"); before anything else it is
#: the hyphen of a name ("Tài chính - Kế hoạch", "chính trị - xã hội", "Lao động - Thương binh").
_HEAD_NOUNS = alternation(HEAD_NOUNS, space=" ")
_INLINE_BULLET_RE = re.compile(rf"\s[-–—]\s+(?=(?:{_HEAD_NOUNS})\b)", re.IGNORECASE)
#: " + " before a head noun: a "+" bullet run on ("Phòng TC-KH + Phòng Tư pháp"). No name holds a
#: "+" (names join their parts with "và", "&" or a dash), so it cuts on any line.
_PLUS_BULLET_RE = re.compile(rf"\s\+\s*(?=(?:{_HEAD_NOUNS})\b)", re.IGNORECASE)
_PAREN_RE = re.compile(r"\([^()]*\)")
#: "phối hợp (với)" between a name and a capitalised one or a plural group: the second body works
#: with the first ("Phòng Nội vụ phối hợp Phòng Tư pháp", "... phối hợp với các phòng, ban"), a
#: body of its own, so the line is cut there (:func:`_cut_at_partners`), never inside a parenthesis.
_COORDINATES_RE = re.compile(r"\s+(?:cùng\s+)?phối\s+hợp(?:\s+với)?\s+(?=\w)")
_PLURAL_OPENERS = tuple(plural + " " for plural in PLURALS)
#: A parenthesis right after a request's closing words qualifies the request's last body.
_PAREN_AFTER_RE = re.compile(r"\s*\([^()]*\)")
#: "/" between two bodies ("Phòng TC-KH/ Phòng Nội vụ"), also after a parenthesis that qualifies the
#: first ("Sở Xây dựng (lĩnh vực giao thông) / Sở Công Thương"): only before a capitalised head noun, as
#: names are written, so "thôn/tổ", "xã/phường", "phòng/ban" and dates ("12/2024") stay whole.
_SLASH_RE = re.compile(rf"(?<=[^\W\d]|\))\s*/\s*(?=(?P<head>(?:{_HEAD_NOUNS})\b|P\.))", re.IGNORECASE)
#: "/" after a word and before a run of initials that opens the next body ("Bảo hiểm xã hội
#: tỉnh/BHXH thành phố"). Not after initials: "TC/KH" is one name's initials written with a slash.
_SLASH_INITIALS_RE = re.compile(r"(?<=[^\W\d_])(?<![A-ZĐ])\s*/\s*(?=[A-ZĐ]{2,}\b)")

#: Joiners opening a piece (the joiner before it was a hard separator), however many.
_LEADING_AND_RE = re.compile(r"^(?:(?:v[àa]|cùng)(?:\s+|$))+", re.IGNORECASE)
#: A head noun that a list after ":" shares ("Các phòng: Nội vụ, Tư pháp" names Phòng Nội vụ and
#: Phòng Tư pháp); a plural marker may come first.
_SHARED_HEAD_RE = re.compile(
    rf"^\s*(?:(?:{alternation(PLURALS)})\s+)?(?P<head>{alternation(HEADS_BEFORE_COLON)})\s*:\s*(?=\S)", re.IGNORECASE
)
_LETTER_RE = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Piece:
    """A stretch of a cell between hard separators, with what qualifies it.

    ``indicators`` and ``note`` come from a parenthesis right after the piece and belong to its
    last mention, and so do the task words after its last name; ``lead_note``, the task words
    before its first name ("Phối hợp: ..."), belongs to every mention; ``requested`` belongs to
    every mention in it, and so does ``scope``, the indicators of a label opening the line ("Chỉ
    tiêu 1, 2: Phòng Y tế, BHXH thành phố"). ``head`` is the head noun a list after ":" shares
    ("phòng" in "Các phòng: Nội vụ, Tư pháp"), None when there is none. ``within`` says the piece
    was named in a parenthesis after the piece before.
    """

    text: str
    requested: bool = False
    indicators: tuple[int, ...] = ()
    note: str | None = None
    lead_note: str | None = None
    head: str | None = None
    scope: tuple[int, ...] = ()
    within: bool = field(default=False, compare=False)  # where a piece came from, not what it says


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
    if REQUEST_NOTE_RE.fullmatch(bare(content)):  # "(đề nghị phối hợp)": the body is asked
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
        text, leading, tasks = split_tasks(_ITEM_MARK_RE.sub("", region[start:end].strip(TRIM)))
        text = _LEADING_AND_RE.sub("", text).strip(TRIM)
        scoped = TRAILING_SCOPE_RE.search(bare(text))
        scope = parse_indicators(scoped.group("scope")) if scoped else None
        text = text[: scoped.start()] if scoped and scope else text
        if text:
            note, lead_note = "; ".join(leading + tasks) or None, "; ".join(leading) or None
            pieces.append(Piece(text, requested, head=head, note=note, lead_note=lead_note, indicators=scope or ()))
            for content in pending:
                pieces[-1] = _qualify(pieces[-1], content)
            pending = []
        if match is None:
            break
        content = " ".join(match.group(0)[1:-1].split())
        through = body_through(content)
        own = through or names_a_body(content) or names_a_unit(content) or names_a_named_unit(content)
        if content and own and parse_indicators(content) is None:  # a body of its own
            name, role = role_in_parentheses(through or content)
            pieces.append(Piece(name, requested, head=None, note=role, within=bool(pieces)))
        elif content and pieces:
            pieces[-1] = _qualify(pieces[-1], content)
        elif content:
            pending.append(content)
        start = match.end()
    return pieces, pending


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
    cut = _cell_to_lines(cell)
    lines = [line for line, _ in cut]
    partners = [partner for _, partner in cut]
    continued = _partners_asked(partners, lines, continued_requests([bare(_masked(line)) for line in lines]))
    for line, in_request in zip(lines, continued, strict=True):
        line, scope = scope_label(line)
        first = len(pieces)
        regions: list[tuple[str, bool]] = []
        cursor = 0
        if in_request:  # a line of a request opened on an earlier line: up to its closing words
            closing = REQUEST_CLOSES_RE.search(bare(_masked(line)))
            regions.append((line[: closing.start()] if closing else line, True))
            cursor = len(line)
        for match in REQUEST_RE.finditer(bare(_masked(line))) if not in_request else ():
            regions.append((line[cursor : match.start()], False))
            after = _PAREN_AFTER_RE.match(line, match.end())  # "... phối hợp (chỉ tiêu 3, 4)": the request's
            regions.append((line[match.start("body") : match.end("body")] + (after.group(0) if after else ""), True))
            cursor = after.end() if after else match.end()
        if cursor and not in_request:  # "Đề nghị A chủ trì; B, C phối hợp": the request's sentence
            regions.extend(requested_parts(line[cursor:], _masked(line[cursor:])))
        else:
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
    return tuple(_settle(_people_as_note(_scopes_alone(pieces)), pending))


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


def _people_as_note(pieces: list[Piece]) -> list[Piece]:
    """Give a piece that is only the people worked among ("... vận động nhân dân") to the piece before, as a note."""
    kept: list[Piece] = []
    for piece in pieces:
        if kept and only_people(piece.text):
            kept[-1] = _qualify(kept[-1], piece.text if piece.note is None else f"{piece.text}; {piece.note}")
        else:
            kept.append(piece)
    return kept


def _partners_asked(partners: list[bool], lines: list[str], continued: list[bool]) -> list[bool]:
    """Tell which lines are asked: those :func:`continued_requests` found, and the partners of an asked body.

    "Đề nghị Ủy ban MTTQ xã chủ trì, phối hợp các tổ chức chính trị - xã hội giám sát": the line
    is cut before the partner (:func:`_cut_at_partners`), and a request covers every body of its
    sentence, so a partner cut from a line that continues a request, or opens one after its last
    ";", is asked too ("Đề nghị A phối hợp; Phòng X phối hợp với Phòng Y" asks A alone).
    """
    asked = list(continued)
    for at in range(1, len(lines)):
        sentence = bare(_masked(lines[at - 1])).rpartition(";")[2]
        before = asked[at - 1] or REQUEST_OPENS_RE.search(sentence) is not None
        asked[at] = asked[at] or (partners[at] and before)
    return asked


def _cell_to_lines(cell: str) -> list[tuple[str, bool]]:
    """Cut a cell into lines without their bullets, a "- " line also at the bullets run on after it.

    Each line comes with whether it was cut from the line before at "phối hợp" (a partner).
    """
    lines: list[str] = []
    text = _HTML_TAG_RE.sub("\n", _HTML_INLINE_RE.sub("", cell)).replace("[", "(").replace("]", ")")  # "[CT 4]" too
    for raw_line in _LINE_BREAK_RE.split(clean_text(text)):
        if _BULLET_RE.match(raw_line) and raw_line.lstrip()[0] in "-–—":
            lines.extend(_BULLET_RE.sub("", part) for part in _INLINE_BULLET_RE.split(raw_line))
        else:
            lines.append(_BULLET_RE.sub("", raw_line))
    return [
        (_ITEM_MARK_RE.sub("", part), at > 0)
        for line in lines
        for plus in _PLUS_BULLET_RE.split(line)
        for at, part in enumerate(_cut_at_partners(plus))
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
        if before[-2:] in NAMES_WITH_PHOI_HOP or before[-1:] in NAMES_WITH_PHOI_HOP:
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
