"""Find the appendix header row and map its columns to the row fields, by label not position.

Plans word the header differently from year to year and city to city ("Cơ quan chủ trì",
"Đơn vị thực hiện", "Nội dung thành phần"), add columns (STT, Thời gian thực hiện, Kết quả,
Kinh phí, Ghi chú) or drop some. Each label is scored against key phrases per field; the best
one-to-one assignment wins. A column that means no field (STT, Ghi chú) is kept as an extra column.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from core.model import AGENCY_FIELDS, FIELDS, TEMPLATE_FIELDS, PhysicalRow
from core.text import fold, strip_marks

#: The header vocabulary (key phrases with weights, excluding phrases per field): data, in this file.
VOCABULARY_FILE = "header_labels.toml"


def _load_vocabulary() -> tuple[
    dict[str, tuple[tuple[str, int], ...]],
    dict[str, tuple[str, ...]],
    tuple[str, ...],
    tuple[str, ...],
    dict[str, str],
    dict[str, tuple[str, ...]],
]:
    """Read the header vocabulary: key and excluding phrases, no-field labels, indicators by tasks, and the rest."""
    data = tomllib.loads(resources.files("extract").joinpath(VOCABULARY_FILE).read_text(encoding="utf-8"))
    keys = {f: tuple((str(p), int(w)) for p, w in data["key_phrases"].get(f, ())) for f in FIELDS}
    excluding = {f: tuple(str(p) for p in words) for f, words in data["excluding_phrases"].items()}
    beside = tuple(str(p) for p in data["beside_tasks"]["indicators"])
    abbreviations = {fold(str(short)): str(words) for short, words in data["abbreviations"].items()}
    starts = {name: tuple(str(word) for word in words) for name, words in data["start_labels"].items()}
    return keys, excluding, tuple(str(label) for label in data["no_field"]["labels"]), beside, abbreviations, starts


#: Key phrases per field, with a weight; and words that rule a field out whatever else the label says;
#: the phrases that make a column left of the tasks the indicators when no column names them; the
#: abbreviations a label may write for a vocabulary word ("TG" for "thời gian"); the own labels of a
#: column under "Thời gian" that gives when work starts ("Từ"), no deadline.
KEY_PHRASES, EXCLUDING_PHRASES, _NO_FIELD, _BESIDE_TASKS, ABBREVIATIONS, _START_LABELS = _load_vocabulary()
_ABBREVIATION_RE = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, ABBREVIATIONS))})(?!\w)")
#: A word a label breaks with a hyphen at a line's end ("Cơ quan chủ-" / "trì"): one word again.
_HYPHEN_BREAK_RE = re.compile(r"(?<=\w)-\s*(?=\w)")
#: Labels of a column that numbers the rows ("STT", "TT", "Số thứ tự"), folded and without spaces:
#: kept as an extra column, and read for the keys of plans that do not number their indicators.
ROW_NUMBER_LABELS = frozenset({"stt", "tt", "sốtt", "sốthứtự", "thứtự"})
#: The ``extra`` label of text in a cell that lies under no header column (a table wider than its
#: header): kept in the output under this name rather than dropped.
UNPLACED_LABEL = "(under no header column)"
#: The lowest score that maps a label to a field: below it the column is kept as an extra column.
MIN_LABEL_SCORE = 5
#: A header label is short: a cell longer than this (characters, spaces left out) is body text, whatever
#: words it holds (the longest label of the 2024 plan has 80).
MAX_LABEL_CHARS = 160
#: A row is the appendix header when at least this many fields are found in it.
MIN_FIELDS_FOR_HEADER = 5

_COLUMN_NUMBER_RE = re.compile(r"^\(?\s*(\d{1,2}|[ivx]{1,4})\s*\)?$")


#: Joins a grouped header's labels: "Cơ quan thực hiện › Chủ trì" is the "Chủ trì" column under a
#: cell "Cơ quan thực hiện" that spans several columns.
STACK_SEPARATOR = " › "


def stacked_label(parent: str, own: str) -> str:
    """Return the label of a column under a spanning header cell (either part may be empty)."""
    return STACK_SEPARATOR.join(part for part in (parent.strip(), own.strip()) if part)


#: What a label joins two terms with ("Nội dung / Chỉ số", "Chỉ số, nội dung", "Nhiệm vụ và giải
#: pháp"): read as one separator, " / " in the vocabulary's phrases.
_JOIN_RE = re.compile(r"\s*(?:[/,;&+]|\s[-–]\s|\s(?:và|hoặc)\s)\s*")


@functools.lru_cache(maxsize=4096)
def _squeeze(text: str) -> str:
    """Fold a label or phrase, its joining words one "/", and drop its spaces (folded once: labels repeat)."""
    return _JOIN_RE.sub("/", fold(text)).replace(" ", "")


#: Labels of columns that mean no field and whose text belongs in ``extra`` as it is (a notes column), folded.
NO_FIELD_LABELS = frozenset(_squeeze(label) for label in _NO_FIELD)
#: Own labels of a column under a spanning "Thời gian" that says when work starts; words of a label that
#: says it, and of one that also says when work ends (then the deadline): folded, spaces left out.
START_LABELS = frozenset(_squeeze(label) for label in _START_LABELS["labels"])
_START_WORDS = tuple(_squeeze(word) for word in _START_LABELS["words"])
_END_WORDS = tuple(_squeeze(word) for word in _START_LABELS["ends"])


def _forms(phrase: str) -> tuple[str, str]:
    """Return a phrase squeezed, with its marks and without them (a label typed unmarked is matched with the second)."""
    return _squeeze(phrase), strip_marks(_squeeze(phrase))


def _phrase_forms() -> tuple[
    dict[str, tuple[tuple[tuple[str, str], int], ...]], dict[str, tuple[tuple[str, str], ...]]
]:
    """Return each field's key phrases (both forms, weight) and excluding phrases (both forms)."""
    keys = {f: tuple((_forms(p), w) for p, w in KEY_PHRASES[f]) for f in FIELDS}
    excluding = {f: tuple(_forms(p) for p in EXCLUDING_PHRASES.get(f, ())) for f in FIELDS}
    return keys, excluding


_KEY_FORMS, _EXCLUDING_FORMS = _phrase_forms()


@functools.lru_cache(maxsize=4096)
def _phrase_scores(label: str) -> dict[str, int]:
    """Score a label's own words against each field: its abbreviations written out, a hyphenated break joined.

    A label typed without its marks ("Co quan chu tri") is matched against the phrases without theirs.
    """
    written = _ABBREVIATION_RE.sub(lambda m: ABBREVIATIONS[m.group(1)], _HYPHEN_BREAK_RE.sub("", fold(label)))
    squeezed = _squeeze(written)
    if len(squeezed) > MAX_LABEL_CHARS:
        return dict.fromkeys(FIELDS, 0)
    form = int(strip_marks(squeezed) == squeezed)  # unmarked: compare the phrases without their marks
    scores = {}
    for f in FIELDS:
        if any(forms[form] in squeezed for forms in _EXCLUDING_FORMS[f]):
            scores[f] = 0
        else:
            scores[f] = max((w for forms, w in _KEY_FORMS[f] if forms[form] in squeezed), default=0)
    return scores


def is_label_start(text: str, label: str) -> bool:
    """Tell whether ``text`` reads as the start of header label ``label`` (the same label, or cut short).

    A converter that repeats the header at each page top may clip its cells to a fixed height:
    "Nội dung thành" is the start of "Nội dung thành phần"; in a grouped header each part (the
    spanning cell's label, the column's own) is compared with its own. Folded, spaces left out.
    """
    parts, whole = text.split(STACK_SEPARATOR), label.split(STACK_SEPARATOR)
    if len(parts) > len(whole):
        return False
    return all(_squeeze(w).startswith(_squeeze(p)) for p, w in zip(parts, whole, strict=False))


def is_row_number_label(label: str) -> bool:
    """Tell whether a column label names the row-number column ("STT", "TT", "Số thứ tự")."""
    return _squeeze(label).strip(".:") in ROW_NUMBER_LABELS


def label_scores(label: str) -> dict[str, int]:
    """Score one header label against every field (0: no key phrase found).

    Spaces are ignored on both sides: a narrow header cell wraps words mid-word ("ngàn" | "h"),
    and a reader cannot always tell such a wrap from a space. In a stacked label the spanning
    parent counts half: it names the group ("Cơ quan thực hiện"), the column's own label the role.
    """
    *parents, own = label.split(STACK_SEPARATOR)
    scores = dict(_phrase_scores(own))
    for parent in parents:
        for field, score in _phrase_scores(parent).items():
            scores[field] = max(scores[field], score // 2)
    if says_start(own, bool(parents)):
        scores["deadline"] = 0  # "Thời gian › Từ": when work starts; "Thời gian › Đến" beside it is the deadline
    return scores


def says_start(label: str, stacked: bool = False) -> bool:
    """Tell whether a column's own label says when work starts and not when it ends.

    >>> says_start("Thời gian bắt đầu"), says_start("Thời gian bắt đầu - kết thúc"), says_start("Từ", stacked=True)
    (True, False, True)
    """
    squeezed = _squeeze(label)
    if stacked and squeezed in START_LABELS:
        return True
    return any(word in squeezed for word in _START_WORDS) and not any(word in squeezed for word in _END_WORDS)


def tasks_hold_indicators(header: Sequence[tuple[str, str]]) -> bool:
    """Tell whether the tasks column's label names the indicators too and no column took them.

    "Chỉ tiêu, nhiệm vụ, giải pháp": each cell opens with its numbered indicator ("2. Tỷ lệ ...")
    and goes on with the tasks; the column is the tasks field, and its numbers are the indicators'.
    """
    fields = [field for field, _ in header]
    return "indicators" not in fields and any(
        field == "tasks" and label_scores(label)["indicators"] >= MIN_LABEL_SCORE for field, label in header
    )


def name_fields_alone(labels: Sequence[str]) -> bool:
    """Tell whether every non-empty label names a field by itself ("Chủ trì" does, an agency's name does not).

    Under a header row whose cells are not merged down, this tells the row of the columns' own
    labels under a spanning cell from a data row.
    """
    return all(max(label_scores(t).values()) >= MIN_LABEL_SCORE for t in labels if t.strip())


def labels_to_fields(labels: Sequence[str]) -> dict[int, str]:
    """Map column positions to fields: the best-scoring pairs first, each field and column once."""
    pairs = sorted(
        ((score, -i, field) for i, label in enumerate(labels) for field, score in label_scores(label).items()),
        reverse=True,
    )
    mapping: dict[int, str] = {}
    for score, neg_i, field in pairs:
        if score < MIN_LABEL_SCORE:
            break
        if -neg_i not in mapping and field not in mapping.values():
            mapping[-neg_i] = field
    _content_beside_tasks(labels, mapping)
    _fill_one_gap(mapping, labels)
    return mapping


def _content_beside_tasks(labels: Sequence[str], mapping: dict[int, str]) -> None:
    """Make the one unmapped "Nội dung ..." column left of the tasks the indicators, when no column names them.

    >>> labels_to_fields(["TT", "Nội dung công việc", "Giải pháp thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp"])[1]
    'indicators'
    """
    tasks = next((i for i, f in mapping.items() if f == "tasks"), None)
    if tasks is None or "indicators" in mapping.values():
        return
    phrases = [_squeeze(phrase) for phrase in _BESIDE_TASKS]
    found = [
        i
        for i, label in enumerate(labels[:tasks])
        if i not in mapping and not is_row_number_label(label) and any(p in _squeeze(label) for p in phrases)
    ]
    if len(found) == 1:
        mapping[found[0]] = "indicators"


def _fill_one_gap(mapping: dict[int, str], labels: Sequence[str]) -> None:
    """Give a single unmapped field the single unmapped column between its two neighbours.

    A header cell whose wording matches no key phrase (a typo, an unusual term) still sits where
    the appendix's column order puts it; with only one such gap there is no ambiguity. A column
    labelled as the row numbers ("TT", "STT") is that, never the gap: a plan that gives its
    dimensions in section rows has it where the dimension column would be (samples/audit36 t02).
    """
    n_columns = len(labels)
    order = TEMPLATE_FIELDS
    missing = [f for f in order if f not in mapping.values()]
    if len(missing) != 1 or len(mapping) < MIN_FIELDS_FOR_HEADER:
        return
    k = order.index(missing[0])
    column_of = {f: i for i, f in mapping.items()}
    low = column_of.get(order[k - 1], -1) if k > 0 else -1
    high = column_of.get(order[k + 1], n_columns) if k + 1 < len(order) else n_columns
    free = [i for i in range(low + 1, high) if i not in mapping]
    if len(free) == 1 and not is_row_number_label(labels[free[0]]):
        mapping[free[0]] = missing[0]


#: The columns that make a short header the appendix's: what is to be achieved and done, and by whom.
CORE_FIELDS = frozenset({"indicators", "tasks"})
#: In a header of few columns every label is at most this long (characters, spaces left out): a
#: commune plan's labels have up to ~40 ("Cơ quan chủ trì tổ chức, triển khai thực hiện"), and a
#: data row naming a task, an agency and a time in such short cells is what this keeps out.
MAX_SHORT_HEADER_LABEL_CHARS = 60
#: A cell opening with a digit (a row number "1", "1.", "(1)") is data or a column-number row, never a label.
_NUMBERED_RE = re.compile(r"^\W*\d")


#: A header label holds at most this many list items ("1. ...", "- ..."): a label with more is
#: rows of body text read into the header (a scan whose row rules were not found: every column's
#: text under its label, the whole table one header row).
MAX_LABEL_ITEMS = 1
#: The labels of a header row hold at most this many characters together (spaces left out): the
#: 2024 plan's eight labels hold ~150, ten long labels of a commune plan's wording ~500.
MAX_HEADER_CHARS = 800
#: A list item opening inside a label: a number and a stop ("1.", "12."; not "1.2" or "59/2023")
#: or a dash, each at a word's start.
_ITEM_RE = re.compile(r"(?:^|\s)(?:\d{1,2}\.(?![\d/])|[-–•+](?=\s))")


def holds_body_text(labels: Sequence[str]) -> bool:
    """Tell whether a row's labels hold body text, not header labels: list items, or far too much text."""
    if any(len(_ITEM_RE.findall(label)) > MAX_LABEL_ITEMS for label in labels):
        return True
    return sum(len(_squeeze(label)) for label in labels) > MAX_HEADER_CHARS


def is_header(labels: Sequence[str]) -> bool:
    """Tell whether the labels name enough fields to be the appendix header row.

    That is :data:`MIN_FIELDS_FOR_HEADER` fields, or one fewer when they are the indicators, the
    tasks and an agency column ("STT | Chỉ tiêu | Nhiệm vụ | Chủ trì | Phối hợp"), or a commune
    plan's few columns (:func:`is_short_plan_header`). A row naming only the groups, indicators
    and tasks is not enough: it is the top row of a grouped header. Labels that hold body text
    (:func:`holds_body_text`) are no header, whatever fields they name.
    """
    return names_fields(labels) and not holds_body_text(labels)


def is_body_text_header(labels: Sequence[str]) -> bool:
    """Tell whether a row names the appendix's fields but holds body text: table rows read as one header row."""
    return names_fields(labels) and holds_body_text(labels)


def names_fields(labels: Sequence[str]) -> bool:
    """Tell whether the labels name enough fields for a header row (:func:`is_header`, body text not checked)."""
    fields = set(labels_to_fields(labels).values())
    if len(fields) >= MIN_FIELDS_FOR_HEADER:
        return True
    if not fields & set(AGENCY_FIELDS):
        return False
    if len(fields) == MIN_FIELDS_FOR_HEADER - 1 and CORE_FIELDS <= fields:
        return True
    return is_short_plan_header(labels, fields)


def is_short_plan_header(labels: Sequence[str], fields: set[str]) -> bool:
    """Tell whether labels mapping ``fields`` are a header of few columns ("STT | Nội dung | Chủ trì | Thời gian").

    The tasks, an agency column and, as evidence that the row is a header and no data, a deadline
    column or a row-number column ("STT"); every label short and none opening with a number.
    """
    if "tasks" not in fields or not fields & set(AGENCY_FIELDS):
        return False
    if "deadline" not in fields and not any(is_row_number_label(label) for label in labels):
        return False
    texts = [label.strip() for label in labels if label.strip()]
    return all(len(_squeeze(t)) <= MAX_SHORT_HEADER_LABEL_CHARS and not _NUMBERED_RE.match(t) for t in texts)


def is_column_numbers(labels: Sequence[str]) -> bool:
    """Tell whether the labels are the "(1) (2) (3) ..." row some plans put under the header."""
    texts = [fold(t) for t in labels if t.strip()]
    return len(texts) >= 3 and all(_COLUMN_NUMBER_RE.match(t) for t in texts)


def column_numbers_warnings(dropped: Sequence[tuple[int, Sequence[str]]]) -> tuple[str, ...]:
    """Say, once, on which pages a row of column numbers under the header was left out."""
    if not dropped:
        return ()
    pages = ", ".join(str(page) for page, _ in dropped)
    numbers = " ".join(t for t in dropped[0][1] if t)
    return (f"left out the row of column numbers ({numbers}) under the header on page(s) {pages}",)


#: The folded start of the line that opens the appendix title ("PHỤ LỤC", "Phụ lục II").
TITLE_START = "phụ lục"
#: How many text lines above the table are taken as its title when no "PHỤ LỤC" line is found.
TITLE_FALLBACK_LINES = 4


def title_from_lines(lines: Sequence[str]) -> str:
    """Return the appendix title from the text just above the table: from its last "PHỤ LỤC" line on.

    Without such a line, the last few lines above the table stand in for the title.
    """
    texts, start = _title_start(lines)
    chosen = texts[start:] if start is not None else texts[-TITLE_FALLBACK_LINES:]
    return "\n".join(chosen)


def _title_start(lines: Sequence[str]) -> tuple[list[str], int | None]:
    """Return the lines that are not blank, and where the last "PHỤ LỤC" line among them is (None without one)."""
    texts = [line for line in lines if line.strip()]
    starts = [i for i, line in enumerate(texts) if fold(line).startswith(TITLE_START)]
    return texts, starts[-1] if starts else None


def unmapped_columns_warning(header: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Name the header columns that map to no field (row number and notes aside): their text went to ``extra``.

    A label the plan words unusually, one a damaged text layer garbles ("Cơ quan chā trì") or one cut
    at the page edge ("Cơ quan p") sends a whole column there: the field it meant stays empty.
    """
    labels = [
        label
        for field, label in header
        if not field and label.strip() and not is_row_number_label(label) and _squeeze(label) not in NO_FIELD_LABELS
    ]
    if not labels:
        return ()
    named = ", ".join(repr(" ".join(label.split())) for label in labels)
    return (
        f"header column(s) {named} map to no field: their text is kept in extra under those labels, not in any "
        "field; if one is an agency, deadline or other column under an unusual or damaged label, that field is "
        "empty",
    )


def unmapped_later_columns_warning(rows: Sequence[PhysicalRow], header: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Name the columns of later pages whose label maps to no field and is none of the first header's.

    A page's repeated header read differently (an OCR'd "Chitêu -") sends that page's column to
    ``extra`` under the new label: the field it meant is empty there, with no word but this. A column
    with no label at all (a label set off its column's centred text, read as a column of its own:
    samples/review42 S1) is named too.
    """
    known = {" ".join(label.split()) for _, label in header} - {""}
    pages: dict[str, set[int]] = {}
    for row in rows:
        for label, piece in row.extra.items():
            name = " ".join(label.split())
            if (
                piece.lines
                and name not in known
                and not is_row_number_label(label)
                and _squeeze(label) not in NO_FIELD_LABELS
            ):
                pages.setdefault(name, set()).add(row.page)
    unplaced, unlabelled = pages.pop(UNPLACED_LABEL, set()), pages.pop("", set())
    said = (
        (
            f"page(s) {', '.join(map(str, sorted(unplaced)))}: text in cells under no header column (the table "
            f"wider there than its header) is kept in extra under {UNPLACED_LABEL!r}, not in any field",
        )
        if unplaced
        else ()
    ) + (
        (
            f"page(s) {', '.join(map(str, sorted(unlabelled)))}: a column with no header label holds text: kept in "
            "extra under '', not in any field (a blank header cell, or a label set off its column's text and read "
            "as a column of its own: check the columns beside it)",
        )
        if unlabelled
        else ()
    )
    if not pages:
        return said
    named = "; ".join(f"{label!r} (page(s) {', '.join(map(str, sorted(at)))})" for label, at in pages.items())
    return (
        f"column(s) under a header label the table's first header does not have map to no field: {named}; their "
        "text is kept in extra under those labels, not in the field the column holds on the other pages",
        *said,
    )


#: Lines above an appendix title kept as its heading: a heading block's issuer, number, motto and
#: date fit in them.
HEADING_LINES = 8


def heading_from_lines(lines: Sequence[str]) -> str:
    """Return the lines above the appendix title's last "PHỤ LỤC" line (the last :data:`HEADING_LINES`): its heading.

    A plan names its issuer there ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI") when the title's "Kèm theo"
    line says only "của UBND tỉnh"; "" without a "PHỤ LỤC" line.
    """
    texts, start = _title_start(lines)
    return "\n".join(texts[:start][-HEADING_LINES:]) if start is not None else ""


def title_lines(before: Sequence[str], above: Sequence[str]) -> list[str]:
    """Return the lines the appendix title is read from: those above its table, or from the pages before.

    A plan whose title page is portrait and whose table is landscape prints the "PHỤ LỤC" title
    alone on the page before, and maybe a line such as "Bảng nhiệm vụ, giải pháp" over the table: when
    no "PHỤ LỤC" line is above the table but one is on the page ``before`` it, the title runs from
    there (as a DOCX reader reads the paragraphs before the table).
    """
    if _has_title_start(above) or not _has_title_start(before):
        return list(above)
    return [*before, *above]


def _has_title_start(lines: Sequence[str]) -> bool:
    return any(fold(line).startswith(TITLE_START) for line in lines)


def untitled_warning(title: str, first_page: int) -> tuple[str, ...]:
    """Say that no title was read above the appendix table starting on ``first_page``; nothing when one was.

    The title names the plan's place and year, which the agency names are read against: without
    it they cannot be told, and that should not pass unsaid.
    """
    if title.strip():
        return ()
    return (
        f"no appendix title was read above its table (page {first_page}): the plan's place and year cannot be "
        "told from it; give them with --jurisdiction",
    )
