"""Row keys: the number a group label, indicator or STT cell starts with, and the "D.C.I" key of each row."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.header import is_row_number_label

#: The group words a numbered label may open with: "Chỉ số 3:", "Nội dung 2.".
_LEAD = r"^\s*(?:chỉ số|nội dung|chỉ tiêu)?\s*"
#: A group label or indicator that carries its number: "3.", "3)", "3/", "III.", "Chỉ số 3:", "6.1.", "2.1/",
#: "6.1 " (no closing dot: two-digit parts only, so "2.500 hộ" is numbered "2."). "N/" is a common Vietnamese
#: list style; a slash with no space after it is a date, fraction or "V/v" (về việc), no numbering.
NUMBER_RE = re.compile(
    _LEAD + r"(?:(\d{1,2}(?:\.\d{1,2})+)(?:\s|$)|((?:\d{1,3}\.)*\d{1,3}|[IVXLC]{1,6})\s*(?:[.):\-–]|/(?=\s)))\s*",
    re.IGNORECASE,
)
#: A two-part numbering typed with a dash or comma for its dot ("1-3 Chất lượng", "2,4. Đóng góp"). It is a
#: label's numbering only before a capital (:func:`numbering_parts`): "1-3 tháng", "1,5 triệu đồng" are text.
_TYPED_PARTS_RE = re.compile(_LEAD + r"(\d{1,2})[,\-–](\d{1,2})\.?\s+(?=\w)", re.IGNORECASE)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: A line opening with a lower-case letter item or Roman numeral: "c) ...", "iv) ...", "b. ...", "đ) ...".
_LOWER_ITEM_RE = re.compile(r"^\s*([a-zđ]{1,6})\s*[.)]\s")
#: A lower-case Roman numeral of several letters ("ii", "iv", "xii"): only a Roman list has one.
_LONG_ROMAN_RE = re.compile(r"^(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})$")
#: Item letters in the order plans list them (đ after d, as Vietnamese lists and extract/sections.py's letters do).
ITEM_LETTERS = "abcdđefghijklmnopqrstuvwxyz"
#: The number an STT cell gives: "7", "7.", "1.3" (the last part numbers the row within its group).
_ROW_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}\.)*(\d{1,3})\.?\s*$")


def numbering_parts(text: str) -> tuple[str, ...]:
    """Return the parts of the numbering a label or indicator opens with, upper case; () without one.

    >>> numbering_parts("2.1/ Tiếp cận"), numbering_parts("1-3 Chất lượng"), numbering_parts("1-3 tháng")
    (('2', '1'), ('1', '3'), ('1',))
    """
    typed = _TYPED_PARTS_RE.match(text)
    if typed and text[typed.end()].isupper():
        return typed.group(1), typed.group(2)
    match = NUMBER_RE.match(text)
    return tuple((match.group(1) or match.group(2)).upper().split(".")) if match else ()


def label_number(text: str) -> int | None:
    """Return the number a label or indicator starts with (arabic or roman), or None.

    A numbering of several parts ("6.1.", "1.2.3", "6.1 Y tế", "2,4. Đóng góp") gives its last: a
    component labelled with its dimension's number first is still the component's own number.

    >>> label_number("III. Trách nhiệm giải trình"), label_number("6. Cung ứng"), label_number("Tỷ lệ")
    (3, 6, None)
    >>> label_number("6.2. Giáo dục tiểu học"), label_number("1.3 Chất lượng bầu cử"), label_number("2.500 hộ")
    (2, 3, 2)
    >>> label_number("2/ Công khai"), label_number("1,4 Đóng góp tự nguyện"), label_number("V/v Kế hoạch")
    (2, 4, None)
    """
    parts = numbering_parts(text)
    if not parts:
        return None
    token = parts[-1]
    if token.isdigit():
        return int(token)
    values = [_ROMAN[ch] for ch in token]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def parent_number(text: str) -> int | None:
    """Return the first part of a label's numbering of several parts, the level above's number; None without one.

    A component labelled "2.1. Tiếp cận thông tin" is of dimension 2, whether or not the plan's
    dimension heading was read.

    >>> parent_number("2.1. Tiếp cận thông tin"), parent_number("5.2 Thủ tục"), parent_number("3. Thủ tục")
    (2, 5, None)
    >>> parent_number("2,4. Đóng góp"), parent_number("2-2. Công khai"), parent_number("2/ Công khai")
    (2, 2, None)
    """
    parts = numbering_parts(text)
    return int(parts[0]) if len(parts) > 1 and parts[0].isdigit() else None


def coded_component(text: str, dimension_no: int) -> int | None:
    """Return the component number of an indicator coded "D.C.I" under dimension D ("1.2.3" under 1: 2), or None.

    A plan that writes no component labels may code each indicator whole, in its cell or a code
    column of its own ("Mã chỉ tiêu"): the code's C is the plan's own number (samples/audit41 F3).

    >>> coded_component("1.2.3", 1), coded_component("1.2.3. Tỷ lệ", 1), coded_component("2.1.1", 1)
    (2, 2, None)
    >>> coded_component("1.2 Tỷ lệ", 1), coded_component("2. Tỷ lệ", 2)
    (None, None)
    """
    parts = numbering_parts(text)
    if len(parts) == 3 and all(part.isdigit() for part in parts) and int(parts[0]) == dimension_no:
        return int(parts[1])
    return None


def roman_items(indicators: Sequence[str]) -> bool:
    r"""Tell whether a plan's lower-case items ("i)", "ii)", "iv)") are Roman numerals, not letters.

    A lone "c)", "i)", "v)" or "x)" is ambiguous; the list as a whole decides: Roman when some
    item is a Roman numeral of several letters and every item is a Roman numeral.

    >>> roman_items(["i) A\nii) B", "iii) C"]), roman_items(["a) A\nb) B", "c) C"]), roman_items(["i) A"])
    (True, False, False)
    """
    tokens = {m.group(1) for text in indicators for line in text.splitlines() if (m := _LOWER_ITEM_RE.match(line))}
    return any(_LONG_ROMAN_RE.match(t) for t in tokens) and all(t in "ivx" or _LONG_ROMAN_RE.match(t) for t in tokens)


def indicator_number(text: str, roman: bool) -> int | None:
    """Return the number an indicator cell starts with; a lone lower-case letter item is no number unless ``roman``.

    >>> indicator_number("c) Trưởng thôn", False), indicator_number("v) Tỷ lệ", True), indicator_number("2. X", False)
    (None, 5, 2)
    """
    match = _LOWER_ITEM_RE.match(text)
    if match and len(match.group(1)) == 1 and not roman:
        return None
    return label_number(text)


def letter_place(text: str) -> int | None:
    """Return the place of the letter a lettered item opens with ("a)" 1, "c)" 3, "đ)" 5), or None.

    >>> letter_place("b) Tỷ lệ"), letter_place("đ) Tỷ lệ"), letter_place("2. X"), letter_place("ii) X")
    (2, 5, None, None)
    """
    match = _LOWER_ITEM_RE.match(text)
    return ITEM_LETTERS.index(match.group(1)) + 1 if match and len(match.group(1)) == 1 else None


def row_number(extra: Sequence[tuple[str, str]]) -> int | None:
    """Return the number in the row's STT column ("7", "1.3" -> 3), or None."""
    for label, text in extra:
        match = _ROW_NUMBER_RE.match(text) if is_row_number_label(label) else None
        if match:
            return int(match.group(1))
    return None


class KeyMaker:
    """Make the "D.C.I" keys of a plan's rows, in document order (see :class:`core.model.Row`).

    I is the number of the row's first indicator (a letter item "c)" is unnumbered unless the plan's
    items are Roman, see :func:`roman_items`); where the indicators are not numbered, the row's STT
    counted from the STT of its component's first numbered row (a plan that numbers its rows through
    the whole table still gets 1, 2, ... in each component); else the letter's place of a lettered
    indicator ("b)" 2: a letter orders the indicators as a number does, but an STT numbers the row
    more surely); else 1. A key met again gets "-2", "-3"; ``seen`` shares the keys met with the
    appendix before (a second appendix of the same file).
    """

    def __init__(self, indicators: Sequence[str] = (), seen: dict[str, int] | None = None) -> None:
        self.roman = roman_items(indicators)
        self.seen: dict[str, int] = {} if seen is None else seen
        self.first_stt: dict[tuple[int, int], int] = {}

    def key(self, dimension_no: int, component_no: int, indicators: str, stt: int | None) -> str:
        """Return the next row's key."""
        item = indicator_number(indicators, self.roman)
        if stt is not None:  # the component's first STT counts whether or not that row's indicator is numbered
            first = self.first_stt.setdefault((dimension_no, component_no), stt)
            if item is None:
                item = stt - first + 1 if stt >= first else stt
        if item is None:
            item = letter_place(indicators)
        key = f"{dimension_no}.{component_no}.{item or 1}"
        self.seen[key] = self.seen.get(key, 0) + 1
        return key if self.seen[key] == 1 else f"{key}-{self.seen[key]}"
