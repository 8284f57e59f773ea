"""Word-by-word diffs of text fields, blind to what does not change the meaning.

Words are white-space separated tokens, so line wraps and paragraph breaks are no change;
tokens are compared by :func:`core.text.fold`, so NFC and old/new tone-mark placement
(hoá/hóa) are no change either. The steps keep the documents' own spelling for display.
"""

from __future__ import annotations

import difflib
import re

from core.model import GROUP_FIELDS
from core.text import canonical_text, fold
from diff.model import TextChange, WordOp
from diff.pairing import strip_list_numbers

#: Fields whose lines open with a list number that repeats the key ("1. ...", "4. ...").
NUMBERED_FIELDS: tuple[str, ...] = ("dimension", "component", "indicators")


#: A group label's own number, in any of the styles plans use ("1.", "III.", "Chỉ số 3:", "1.2.", "2/", "2.1/",
#: "1-3", "2,4."): the key already holds it, so a plan that writes its groups in another style changes no word.
_GROUP_NUMBER_RE = re.compile(
    r"^\s*(?:chỉ số|nội dung)?\s*(?:\d{1,3}(?:[.,\-–]\d{1,3})+[./]?|(?:\d{1,3}|[IVXLC]{1,6})\s*[.):\-–/])\s*",
    re.IGNORECASE,
)


#: A list item's mark at a line's start ("- ", "• ", "+ "): which mark a list uses is layout, as its
#: line breaks are (an author switching list style changes every mark): each is compared as "- ".
_LIST_MARK_RE = re.compile(r"^[–•+*▪◦○·➢❖✓]\s+", re.MULTILINE)


#: Punctuation that closes a word ("cư," "tế." "x)"): split off, one token per character, so that a
#: word added before a comma diffs as an insertion, not as a replaced "cư," -> "cư và doanh nghiệp,",
#: and the space a line wrap took or gave before it ("giáo, ..." | "giáo,...") is no change.
_TRAILING_PUNCTUATION_RE = re.compile(r"^(.*?)([,.;:!?…)\]]+)$")
#: The characters that close a word and go without a space before them.
CLOSING = ",.;:!?…)]"


def field_words(field: str, text: str) -> list[str]:
    """Split one field's text into words (list marks as "-"), without list numbers where the field is numbered.

    The text is first put in the line structure every reader shares (:func:`core.text.canonical_text`),
    so a list number typed inline ("… hữu ích. 4. Tỷ lệ") is a list number too.

    >>> field_words("indicators", "4. Tỷ lệ (chỉ tiêu) dân cư, xã...")
    ['Tỷ', 'lệ', '(chỉ', 'tiêu', ')', 'dân', 'cư', ',', 'xã', '.', '.', '.']
    """
    text = _LIST_MARK_RE.sub("- ", canonical_text(text))
    if field in GROUP_FIELDS:
        text = _GROUP_NUMBER_RE.sub("", text, count=1)
    elif field in NUMBERED_FIELDS:
        text = strip_list_numbers(text)
    words: list[str] = []
    for token in text.split():
        match = _TRAILING_PUNCTUATION_RE.match(token)
        if match is None:
            words.append(token)
            continue
        if match.group(1):
            words.append(match.group(1))
        words.extend(match.group(2))
    return words


def is_closing(text: str) -> bool:
    """Tell whether ``text`` starts with closing punctuation (it goes without a space before it)."""
    return bool(text) and text[0] in CLOSING


def join_words(words: list[str]) -> str:
    """Join words with spaces, closing punctuation back onto the word before it.

    >>> join_words(["dân", "cư", ",", "xã", "."])
    'dân cư, xã.'
    """
    out = ""
    for word in words:
        out += word if not out or is_closing(word) else f" {word}"
    return out


def word_ops(old_words: list[str], new_words: list[str]) -> tuple[WordOp, ...]:
    """Run difflib over folded words, as :class:`WordOp` steps in original spelling.

    >>> [(op.op, op.old, op.new) for op in word_ops("Phòng Văn hoá".split(), "Phòng Y tế".split())]
    [('equal', 'Phòng', 'Phòng'), ('replace', 'Văn hoá', 'Y tế')]
    """
    matcher = difflib.SequenceMatcher(None, [fold(w) for w in old_words], [fold(w) for w in new_words], autojunk=False)
    return tuple(
        WordOp(tag, join_words(old_words[i1:i2]), join_words(new_words[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def text_change(field: str, old: str, new: str) -> TextChange | None:
    """Diff one text field word by word; or None when the two texts differ in no word."""
    old_words, new_words = field_words(field, old), field_words(field, new)
    if [fold(w) for w in old_words] == [fold(w) for w in new_words]:
        return None
    return TextChange(field, word_ops(old_words, new_words))
