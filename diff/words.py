"""Word-by-word diffs of text fields, blind to what does not change the meaning.

Words are white-space separated tokens, so line wraps and paragraph breaks are no change;
tokens are compared by :func:`normalize.text.fold`, so NFC and old/new tone-mark placement
(hoá/hóa) are no change either. The steps keep the documents' own spelling for display.
"""

from __future__ import annotations

import difflib

from diff.model import TextChange, WordOp
from diff.pairing import strip_list_numbers
from normalize.text import fold

#: Fields whose lines open with a list number that repeats the key ("1. ...", "4. ...").
NUMBERED_FIELDS: tuple[str, ...] = ("dimension", "component", "indicators")


def field_words(field: str, text: str) -> list[str]:
    """Split one field's text, without list numbers where the field is numbered."""
    if field in NUMBERED_FIELDS:
        text = strip_list_numbers(text)
    return text.split()


def word_ops(old_words: list[str], new_words: list[str]) -> tuple[WordOp, ...]:
    """Run difflib over folded words, as :class:`WordOp` steps in original spelling.

    >>> [(op.op, op.old, op.new) for op in word_ops("Phòng Văn hoá".split(), "Phòng Y tế".split())]
    [('equal', 'Phòng', 'Phòng'), ('replace', 'Văn hoá', 'Y tế')]
    """
    matcher = difflib.SequenceMatcher(None, [fold(w) for w in old_words], [fold(w) for w in new_words], autojunk=False)
    return tuple(
        WordOp(tag, " ".join(old_words[i1:i2]), " ".join(new_words[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def text_change(field: str, old: str, new: str) -> TextChange | None:
    """Diff one text field word by word; or None when the two texts differ in no word."""
    old_words, new_words = field_words(field, old), field_words(field, new)
    if [fold(w) for w in old_words] == [fold(w) for w in new_words]:
        return None
    return TextChange(field, word_ops(old_words, new_words))
