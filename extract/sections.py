"""Section rows: a row that spans the table and heads the rows under it ("I. Tham gia của người dân").

Many plans give their groups not in merged columns on the left but as rows of their own: one
cell merged across the table, or one filled cell and the rest empty, that reads as a heading
(a Roman numeral, "Phần"/"Mục", a capital letter, "Chỉ số nội dung 1:", or a number before a
name of the PAPI index). Such a row is no data row: it sets the group label of its level for the
rows under it. A level is the dimension (0) or the component (1); a heading takes the level of
the PAPI entry it names, else the level its numbering style has elsewhere in the plan, else the
next level no merged column of the plan gives, in the order the styles first appear. A number
before a name that is no PAPI entry's ("3. Công khai quy hoạch ...") is a heading only where the
plan's other headings of that style name PAPI entries: a data row whose one filled cell is a
numbered indicator reads the same.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.model import GROUP_FIELDS, CellPiece, PhysicalRow, Row
from core.text import fold
from extract.continued_labels import without_mark
from extract.header import is_row_number_label
from extract.papi import named_entry
from extract.reflow import lines_to_text
from extract.row_keys import parent_number

#: A heading is a title, not a paragraph: longer text (characters) is a data cell, whatever its start.
MAX_HEADING_CHARS = 200
#: How many keys a warning about rows lists.
QUOTED_KEYS = 8
#: The dimension and component levels, as indexes into :data:`core.model.GROUP_FIELDS`.
DIMENSION, COMPONENT = 0, 1

_SEP = r"\s*(?:[.:)\-–]|/(?=\s))"  # "N/" with a space after; "V/v" (về việc) is no numbering
#: Numbering styles, tried in order; each has the number ("num") and the name after it ("name").
#: "named": group words with a number ("Chỉ số nội dung 1:", "Nội dung 1:", "Nội dung thành phần 2."); "part":
#: "Phần I", "Mục 2"; "roman": "II."; "letter": "B."; "arabic": "3." or "1.2" (only before a PAPI name).
STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "named",
        re.compile(
            r"^(?P<kind>chỉ số nội dung|nội dung chỉ số|chỉ số|lĩnh vực|nội dung thành phần|chỉ số thành phần|"
            r"thành phần|nội dung)\s+(?P<num>\d{1,2}|[IVX]{1,5})" + _SEP + r"?\s+(?P<name>\S.*)$",
            re.IGNORECASE,
        ),
    ),
    (
        "part",
        re.compile(
            r"^(?:phần|mục|chương)\s+(?P<num>[IVX]{1,5}|\d{1,2}|[A-ZĐ])\b" + _SEP + r"?\s*(?P<name>.*)$", re.IGNORECASE
        ),
    ),
    ("roman", re.compile(r"^(?P<num>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?:" + _SEP + r"\s*|\s+)(?P<name>\S.*)$")),
    ("letter", re.compile(r"^(?P<num>[A-HJ-UWYZĐ])\s*[.)]\s+(?P<name>\S.*)$")),
    ("arabic", re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)" + _SEP + r"?\s+(?P<name>\S.*)$")),
)
#: Group words that say the level themselves.
_COMPONENT_WORDS = ("thành phần",)

_ROMAN = {"I": 1, "V": 5, "X": 10}
#: Section letters in the order plans use them: A, B, C, D, Đ, E, ... (Đ after D, as Vietnamese lists it).
_LETTERS = "ABCDĐEFGHIJKLMNOPQRSTUVWXYZ"


def roman_to_int(token: str) -> int:
    """Read a Roman numeral (I to XXXIX).

    >>> roman_to_int("XIV"), roman_to_int("IX")
    (14, 9)
    """
    values = [_ROMAN[ch] for ch in token.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _number(token: str) -> int | None:
    """Return the group number a numbering token gives: arabic (last part of "1.2"), Roman, or a letter's place."""
    token = token.strip().rstrip(".:)-–").upper()
    if not token:
        return None
    if token[0].isdigit():
        last = token.split(".")[-1]  # "1.2" -> 2; a token such as "4C" (an OCR reading) is no number
        return int(last) if last.isdigit() else None
    if set(token) <= set(_ROMAN):
        return roman_to_int(token)
    if len(token) == 1 and token in _LETTERS:
        return _LETTERS.index(token) + 1
    return None


@dataclass(frozen=True)
class Heading:
    """A section row: its label as written, numbering style, group number, and PAPI entry.

    ``level`` is :data:`DIMENSION`, :data:`COMPONENT` or None (a heading above or beside the two
    group levels: it heads no group, but is no data row either); it is settled for the whole plan
    by :func:`find_headings`. ``papi_level`` is the level of the PAPI entry the text names, if any.
    """

    text: str
    style: str
    number: int | None
    papi_level: int | None = None
    level: int | None = None
    #: The level was read from the numbers around it, either level possible (:func:`_shared_style_levels`).
    guessed: bool = False


def _piece_text(piece: CellPiece) -> str:
    return lines_to_text(piece.lines, piece.line_height)


def spanning_text(row: PhysicalRow) -> tuple[str, str] | None:
    """Return (numbering from the row-number column, text) when the row's text spans the table.

    The row's cells other than merged group columns must hold one text, or one text and a bare
    number in the STT column ("I" | "Tham gia của người dân ..."), or the number alone beside one
    group cell's text, or nothing beside one group cell's text; no cell may continue a cell merged
    from above (a data row with shared cells). None when the row is no such row.

    A title merged over the whole table lands in the column it starts in: a PDF shows it where its
    text stands (often a middle column), a Word table in its first grid column, which may be a group
    column (the component column first, no dimension column: samples/audit38 F1). Either way the row
    holds one text and no other, and :func:`read_heading` decides, alike for both, whether it heads.
    """
    body = [(name, piece) for name, piece in row.cells.items() if name not in GROUP_FIELDS]
    body += list(row.extra.items())
    if any(piece.merged_above and not piece.lines for _, piece in body):
        return None
    filled = [(name, piece) for name, piece in body if piece.lines]
    if not filled:
        own = _own_group_cells(row)
        return ("", _piece_text(own[0])) if len(own) == 1 else None
    if len(filled) == 1 and (label := _group_text_beside(row, filled[0])) is not None:
        return _piece_text(filled[0][1]), label
    if len(filled) == 1:
        return "", _piece_text(filled[0][1])
    if len(filled) == 2:
        numbers = [(n, p) for n, p in filled if is_row_number_label(n) and _number(_piece_text(p)) is not None]
        if len(numbers) == 1:
            (number_name, number_piece) = numbers[0]
            (_, text_piece) = next((n, p) for n, p in filled if n != number_name)
            return _piece_text(number_piece), _piece_text(text_piece)
    return None


def _group_text_beside(row: PhysicalRow, filled: tuple[str, CellPiece]) -> str | None:
    """Return the one group cell's own text of a row whose only other text is a bare row number, else None.

    A title merged over every column but the row number ("I" | "CÔNG KHAI, MINH BẠCH ...") starts
    in the first group column when the table has one: the row holds that cell and the number alone.
    """
    name, piece = filled
    if not is_row_number_label(name) or _number(_piece_text(piece)) is None:
        return None
    own = _own_group_cells(row)
    return _piece_text(own[0]) if len(own) == 1 else None


def _own_group_cells(row: PhysicalRow) -> list[CellPiece]:
    """Return the row's group cells with text of their own (not continuing a cell merged from above)."""
    return [row.cells[field] for field in GROUP_FIELDS if row.cells[field].lines and not row.cells[field].merged_above]


def holds_heading(piece: CellPiece, heading: Heading) -> bool:
    """Tell whether a section row's group cell holds the heading itself (:func:`_group_text_beside`)."""
    return bool(piece.lines) and _piece_text(piece).strip() == heading.text


def read_heading(numbering: str, text: str, *, arabic_unnamed: bool = False) -> Heading | None:
    """Read a spanning row's text as a heading, or None when it reads as data.

    An arabic number ("3.") starts a heading only before a PAPI name, unless ``arabic_unnamed``
    (the plan's other arabic headings name PAPI entries) and the name reads as a title, not a
    sentence (:func:`_title_like`).

    >>> read_heading("", "II. Công khai, minh bạch").style, read_heading("", "Tỷ lệ người dân") is None
    ('roman', True)
    """
    flat = " ".join(text.split())
    if not flat or len(flat) > MAX_HEADING_CHARS:
        return None
    probe = f"{numbering.strip().rstrip('.')}. {flat}" if numbering.strip() else flat
    for style, pattern in STYLES:
        match = pattern.match(probe)
        if match is None:
            continue
        name = match.group("name")
        entry = named_entry(without_mark(name)[0]) if name else None  # "6. Cung ứng dịch vụ công - tiếp theo"
        papi_level = None if entry is None else (DIMENSION if entry.is_dimension else COMPONENT)
        if style == "arabic" and entry is None and not (arabic_unnamed and _title_like(name)):
            return None
        if style == "named" and papi_level is None:
            papi_level = COMPONENT if any(w in match.group("kind").lower() for w in _COMPONENT_WORDS) else DIMENSION
        return Heading(text.strip(), style, _number(match.group("num")), papi_level)
    return None


def _row_follows(rows: Sequence[PhysicalRow], index: int, field: str) -> bool:
    """Tell whether the row after ``index`` opens a ``field`` cell of its own: a heading's row is followed by one."""
    if index + 1 >= len(rows):
        return False
    piece = rows[index + 1].cells[field]
    return bool(piece.lines) and not piece.merged_above


def _title_like(name: str) -> bool:
    """Tell whether a heading's name reads as a title: no sentence end, no list of clauses."""
    return not name.rstrip().endswith((".", ";", ":")) and ";" not in name


def _style_levels(headings: Sequence[Heading], free: Sequence[int]) -> dict[str, int | None]:
    """Give each numbering style a level: the one its PAPI-named headings have, else the next free one."""
    levels: dict[str, int | None] = {}
    for heading in headings:
        if heading.papi_level is not None:
            levels.setdefault(heading.style, heading.papi_level)
    left = [level for level in free if level not in levels.values()]
    for heading in headings:
        if heading.style not in levels:
            levels[heading.style] = left.pop(0) if left else None
    return levels


def find_headings(rows: Sequence[PhysicalRow]) -> dict[int, Heading]:
    """Find the section rows among a table's rows: {row index: heading with its level settled}."""
    spanning = {index: text for index, row in enumerate(rows) if (text := spanning_text(row)) is not None}
    found = {index: heading for index, text in spanning.items() if (heading := read_heading(*text)) is not None}
    if any(h.style == "arabic" for h in found.values()):  # the plan heads groups with "N. <PAPI name>" rows
        # A plan with no indicator column ("STT | Nội dung | Cơ quan chủ trì | ...") heads its tasks' rows;
        # there a heading has no number of its own in the STT column, as a task row does.
        field = "indicators" if any(r.cells["indicators"].lines for r in rows) else "tasks"
        for index, text in spanning.items():
            if index in found or not _row_follows(rows, index, field) or (field == "tasks" and text[0].strip()):
                continue  # a numbered indicator alone, its tasks in the rows under it, is no heading
            if (heading := read_heading(*text, arabic_unnamed=True)) is not None:
                found[index] = heading
        found = dict(sorted(found.items()))
    free = [level for level, name in enumerate(GROUP_FIELDS) if not any(r.cells[name].lines for r in rows)]
    levels = _style_levels(list(found.values()), free)
    settled = {
        index: Heading(
            h.text, h.style, h.number, h.papi_level, h.papi_level if h.papi_level is not None else levels[h.style]
        )
        for index, h in found.items()
    }
    return _shared_style_levels(settled, rows)


def _shared_styles(headings: Mapping[int, Heading], rows: Sequence[PhysicalRow]) -> set[str]:
    """Return the numbering styles that head both levels: "5. Thủ tục hành chính công" over "2. Cấp phép ...".

    A style heads both when its PAPI-named headings are of both levels, or when a heading of it
    naming no PAPI entry comes right under a dimension heading of it, no data row between.
    """
    named: dict[str, set[int]] = {}
    for heading in headings.values():
        if heading.papi_level is not None:
            named.setdefault(heading.style, set()).add(heading.papi_level)
    shared = {style for style, levels in named.items() if len(levels) > 1}
    ordered = sorted(headings.items())
    for (above_at, above), (at, heading) in zip(ordered, ordered[1:], strict=False):
        if heading.papi_level is None and heading.style == above.style and above.level == DIMENSION:
            shared |= {heading.style} if _nothing_between(rows, above_at, at) else set()
    return shared


def _nothing_between(rows: Sequence[PhysicalRow], above: int, below: int) -> bool:
    """Tell whether no row between two row indexes holds text."""
    return not any(piece.lines for row in rows[above + 1 : below] for piece in row.cells.values())


def _shared_style_levels(headings: dict[int, Heading], rows: Sequence[PhysicalRow]) -> dict[int, Heading]:
    """Settle the level of each heading naming no PAPI entry in a style that heads both levels, from its place.

    The style says nothing there (samples/audit42 F1: "5. Thủ tục hành chính công" then "2. Thủ tục
    cấp phép xây dựng", a plan listing only the components it acts on). Under a dimension heading,
    such a heading is a component when its numbering has a parent ("5.2.") or it comes right under
    the dimension heading; else its number decides (:func:`_level_by_number`).
    """
    shared = _shared_styles(headings, rows)
    if not shared:
        return headings
    out: dict[int, Heading] = {}
    dimension: int | None = None  # the number of the dimension heading above, once there is one
    component: int | None = None  # the number of the last component heading under it
    above_at, above = -1, None
    for at, heading in sorted(headings.items()):
        level, guessed = heading.level, False
        if heading.papi_level is None and heading.style in shared and dimension is not None:
            right_under = above is not None and above.level == DIMENSION and _nothing_between(rows, above_at, at)
            if parent_number(heading.text) is not None or right_under:
                level = COMPONENT
            else:
                level, guessed = _level_by_number(heading.number, dimension, component)
        heading = Heading(heading.text, heading.style, heading.number, heading.papi_level, level, guessed)
        if level == DIMENSION:
            dimension, component = heading.number if heading.number is not None else (dimension or 0) + 1, None
        elif level == COMPONENT:
            component = heading.number
        out[at] = heading
        above_at, above = at, heading
    return out


def _level_by_number(number: int | None, dimension: int, component: int | None) -> tuple[int, bool]:
    """Return the level a heading's number gives it under dimension ``dimension`` and component ``component``.

    Dimensions and a dimension's components go up: a number above the last component's and not
    above the dimension's is a component; one above the dimension's and not above the last
    component's the next dimension (a plan may leave dimensions out: 3 after 1.4). Where both or
    neither can be, the number that comes next decides (the dimension's next and not the
    component's: a dimension); else a component (PAPI's dimension names are known, its components'
    wordings vary), said (True).

    >>> _level_by_number(3, 5, 2), _level_by_number(3, 1, 4), _level_by_number(7, 6, 1), _level_by_number(2, 1, 1)
    ((1, False), (0, False), (0, False), (1, True))
    """
    if number is None:
        return COMPONENT, True
    as_component = component is None or number > component
    as_dimension = number > dimension
    if as_component != as_dimension:
        return (COMPONENT if as_component else DIMENSION), False
    if number == dimension + 1 and (component is None or number != component + 1):
        return DIMENSION, False
    return COMPONENT, True


@dataclass(frozen=True)
class SectionLabels:
    """The group labels and numbers the section rows above a data row give it ("" / None: none)."""

    texts: tuple[str, str] = ("", "")
    numbers: tuple[int | None, int | None] = (None, None)
    #: How many headings of each level came so far (under the current dimension, for components):
    #: the group number of a heading without one.
    counts: tuple[int, int] = (0, 0)

    def enter(self, heading: Heading) -> SectionLabels:
        """Return the labels under ``heading``: a dimension heading clears the component."""
        if heading.level == DIMENSION:
            count = self.counts[0] + 1
            number = heading.number if heading.number is not None else count
            return SectionLabels((heading.text, ""), (number, None), (count, 0))
        if heading.level == COMPONENT:
            count = self.counts[1] + 1
            number = heading.number if heading.number is not None else count
            return SectionLabels((self.texts[0], heading.text), (self.numbers[0], number), (self.counts[0], count))
        return self


def section_warnings(headings: Mapping[int, Heading]) -> tuple[str, ...]:
    """Say how many section rows became group labels, and which headings head no group level."""
    if not headings:
        return ()
    used = [h for h in headings.values() if h.level is not None]
    out = [f"{len(used)} section rows gave the group labels of the rows under them (not data rows)"] if used else []
    idle = [h.text for h in headings.values() if h.level is None]
    if idle:
        out.append(f"{len(idle)} section rows head no group level and were left out of the rows: {'; '.join(idle)}")
    guessed = [" ".join(h.text.split())[:QUOTE_CHARS] for h in headings.values() if h.guessed]
    if guessed:
        out.append(
            f"{len(guessed)} section row(s) read as components though their number could be the next dimension's "
            f"({'; '.join(map(repr, guessed))}): the plan numbers both levels alike and the text names no PAPI "
            "entry; if one is a dimension, its rows' keys and labels are those of a component"
        )
    return tuple(out)


def no_dimension_warnings(rows: Sequence[Row]) -> tuple[str, ...]:
    """Say which rows have a component but no dimension: the plan's dimension headings were not read.

    Section rows in a heading style not known here would otherwise leave the dimension empty with no
    word (samples/audit25 F1, before "Nội dung 1:" was known); the keys take the dimension number from
    the component's numbering ("2.1.") where it has one.
    """
    missing = [row for row in rows if row.component and not row.dimension]
    if not missing:
        return ()
    keys = ", ".join(row.key for row in missing[:QUOTED_KEYS]) + (", ..." if len(missing) > QUOTED_KEYS else "")
    return (
        f"{len(missing)} row(s) have a component but no dimension label ({keys}): the plan's dimension headings "
        "were not recognised (a heading style not known here, read as a data row or left out?); their dimension "
        "is empty and their keys' dimension number comes from the component's numbering where it has one",
    )


def parent_number_doubts(rows: Sequence[Row]) -> tuple[str, ...]:
    """Say which rows' dimension number is not the one their component's own numbering gives ("I" over "2.1.").

    The dimension heading's number makes the key (the plan's own numbering), but a plan that numbers
    only the dimensions it includes (I, II, III for PAPI's 2, 3, 4) gives keys that do not line up
    with another year's plan: a user joining by key should know (samples/audit28 F6).
    """
    odd = [row for row in rows if row.dimension and parent_number(row.component) not in (None, row.dimension_no)]
    if not odd:
        return ()
    keys = ", ".join(row.key for row in odd[:QUOTED_KEYS]) + (", ..." if len(odd) > QUOTED_KEYS else "")
    first = odd[0]
    return (
        f"{len(odd)} row(s) have a dimension number other than their component's own numbering gives ({keys}; "
        f"{first.key}: dimension {first.dimension_no}, component '{first.component[:QUOTE_CHARS]}'): their keys "
        "take the dimension heading's number",
    )


#: The ``extra`` label of a section row's group label that the row's group column overrode, per level.
DISPLACED_LABELS: tuple[str, ...] = tuple(f"(section row: {field})" for field in GROUP_FIELDS)
#: How much of a displaced label a warning quotes.
QUOTE_CHARS = 60


def displaced_labels(columns: Sequence[str], section: SectionLabels) -> tuple[tuple[str, str], ...]:
    """Return the section labels a row's group columns override, as ``extra`` items (none when they agree).

    A plan that gives a level both in a column and in section rows says the same thing twice; when
    the two differ (a column mapped to that level that is none), the section row's text would be in
    no output: it is kept in ``extra`` under :data:`DISPLACED_LABELS`, and :func:`displaced_warnings` says so.
    """
    out = []
    for level, column in enumerate(columns):
        text = section.texts[level]
        if column and text and " ".join(fold(text).split()) != " ".join(fold(column).split()):
            out.append((DISPLACED_LABELS[level], text))
    return tuple(out)


def displaced_warnings(rows: Sequence[Row]) -> tuple[str, ...]:
    """Say, per level, which section labels a group column overrode and where they were kept."""
    out = []
    for level, name in enumerate(DISPLACED_LABELS):
        texts = list(dict.fromkeys(text for row in rows for label, text in row.extra if label == name))
        if texts:
            field = GROUP_FIELDS[level]
            quoted = "; ".join(repr(" ".join(t.split())[:QUOTE_CHARS]) for t in texts)
            out.append(
                f"{len(texts)} section row(s) give a {field} label that the {field} column's own text overrides "
                f"({quoted}): kept in extra under {name!r}; check that the column read as the {field} is one"
            )
    return tuple(out)


#: Rows with a dimension label from which a dimension column that names a new one on every row is doubted.
MIN_DOUBTED_ROWS = 3


def dimension_column_doubts(rows: Sequence[Row]) -> tuple[str, ...]:
    """Say when the dimension column holds a new text on every row and none names a PAPI dimension.

    A column labelled only "Chỉ số" is read as the dimension (PAPI's own word for one), but some
    plans put each row's indicator under it ("Tỷ lệ người dân ... đạt trên 80%"): the indicators
    are then in the dimension field, with no PAPI code (samples/audit40 d14).
    """
    labelled = [row for row in rows if row.dimension]
    texts = {" ".join(fold(row.dimension).split()) for row in labelled}
    if len(labelled) < MIN_DOUBTED_ROWS or len(texts) < len(labelled) or any(row.papi for row in labelled):
        return ()
    if 2 * sum(1 for text in texts if _reads_as_indicator(text)) < len(texts):
        return ()  # short names with no figures: a plan's own dimensions (in English, one to a row)
    return (
        f"the dimension column holds a new text on each of its {len(labelled)} rows and none names a PAPI "
        f"dimension ({' '.join(labelled[0].dimension.split())[:QUOTE_CHARS]!r}, ...): it may hold the indicators "
        "(a column labelled only 'Chỉ số'); check the column read as the dimension",
    )


#: A dimension's name is a short title (PAPI's longest has 58 characters); an indicator is a sentence.
DIMENSION_NAME_CHARS = 80


def _reads_as_indicator(text: str) -> bool:
    """Tell whether a label reads as an indicator: a figure in it ("đạt từ 45%") or longer than a dimension's name."""
    return len(text) > DIMENSION_NAME_CHARS or any(ch.isdigit() for ch in text)
