"""OCR'd group labels checked against the PAPI index's names (extract/papi.csv), word by word.

The dimension and component labels of a plan are the index's names, a fixed vocabulary, and
Tesseract's Vietnamese model misreads some of their words ("tham những" for "tham nhũng"). A
cell whose words, its list number left out, come within :data:`NAME_CUTOFF` of a name is aligned
with that name word by word; when every difference is a word Tesseract was unsure of (under
:data:`FIX_CONFIDENCE`) or a stray mark ("-"), the cell would spell the name: that is a doubt
to show a person, not a correction. Plans write the names their own way too ("An ninh trật tự"
without the index's comma, "công thông tin" for "cổng thông tin"), and on the sample scan those
words scored as low (74, 91) as a misread one (90): so the text is kept as read and the document's
warnings name the label and the name it may be. One difference is settled by the name: the case
of a letter whose capital looks like the small one (:func:`fix_label_case`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache

from rapidfuzz import fuzz

from extract.ocr import LIST_NUMBER_RE, SAME_SHAPE_LETTERS, Word
from extract.papi import papi_entries

#: 0-100 ``fuzz.ratio`` a cell's words (number left out) need against a name to be compared
#: with it word by word: one or two misread words in a name of 20-60 letters score 93-99; two
#: different names of the index score at most 81.
NAME_CUTOFF = 90.0
#: Tesseract's confidence (0-100) under which a word that differs from the name may be a misreading:
#: the misread label words of the sample scans scored 63-91, most words read right 93-97 (a plan's
#: own spelling "Phục đáp", which differs from the index's "Phúc đáp", 96).
FIX_CONFIDENCE = 95.0


@dataclass(frozen=True)
class LabelDoubt:
    """A cell read as a PAPI name but for words Tesseract was unsure of: what was read, the name."""

    read: str
    name: str


@cache
def _names() -> tuple[tuple[str, ...], ...]:
    """Every name of the index, as its words (not the aliases: they are written without punctuation)."""
    return tuple(tuple(entry.name.split()) for entry in papi_entries())


def _best_name(tokens: list[str]) -> tuple[str, ...] | None:
    text = " ".join(tokens)
    best: tuple[float, tuple[str, ...]] | None = None
    for name in _names():
        score = fuzz.ratio(text, " ".join(name))
        if score >= NAME_CUTOFF and (best is None or score > best[0]):
            best = (score, name)
    return None if best is None else best[1]


def _is_mark(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def align_to_name(words: list[Word], name: tuple[str, ...]) -> list[Word] | None:
    """Return the words made to spell ``name``, or None when a difference is not an unsure reading.

    Words are aligned on their lower-case text; a replaced word keeps its box, a dropped one
    must be a mark without letters or digits.
    """
    matcher = SequenceMatcher(None, [w.text.lower() for w in words], [n.lower() for n in name], autojunk=False)
    out: list[Word] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        read = words[i1:i2]
        if op == "equal":
            pairs = zip(read, name[j1:j2], strict=True)
            out += [replace(w, text=n) if w.text != n and w.confidence < FIX_CONFIDENCE else w for w, n in pairs]
        elif op == "replace" and i2 - i1 == j2 - j1 and all(w.confidence < FIX_CONFIDENCE for w in read):
            out += [replace(w, text=n) for w, n in zip(read, name[j1:j2], strict=True)]
        elif op == "delete" and all(_is_mark(w.text) and w.confidence < FIX_CONFIDENCE for w in read):
            continue
        else:
            return None
    return out if tuple(w.text for w in out) == name else None


def _case_only_same_shape(read: str, name: str) -> bool:
    """Tell whether two spellings differ only in the case of letters whose capitals look like the small ones."""
    if read == name or len(read) != len(name):
        return False
    for a, b in zip(read, name, strict=True):
        if a == b:
            continue
        base = unicodedata.normalize("NFD", a.lower())[0]
        if a.lower() != b.lower() or base not in SAME_SHAPE_LETTERS:
            return False
    return True


def fix_label_case(words: list[Word]) -> tuple[list[Word], list[LabelDoubt]]:
    """Give a label's words the case of the PAPI name it spells, where only same-shape letters differ.

    Tesseract tells "V" from "v" or "S" from "s" only by size, and in a label it often gets it
    wrong ("khu Vực công", "Kiểm Soát"); the name settles it. A letter whose capital has a shape
    of its own ("Quản trị Môi trường") is left as read: that capital was printed.
    """
    cells: dict[int, list[Word]] = {}
    for word in words:
        cells.setdefault(word.line[0], []).append(word)
    fixed: dict[tuple[int, float, float], str] = {}
    said: list[LabelDoubt] = []
    for members in cells.values():
        lead = members[:1] if LIST_NUMBER_RE.match(members[0].text) else []
        body = members[len(lead) :]
        name = _best_name([w.text for w in body]) if body else None
        if name is None:
            continue
        matcher = SequenceMatcher(None, [w.text.lower() for w in body], [n.lower() for n in name], autojunk=False)
        changed = False
        for op, i1, i2, j1, _ in matcher.get_opcodes():
            if op != "equal":
                continue
            for k in range(i2 - i1):
                word, spelt = body[i1 + k], name[j1 + k]
                if _case_only_same_shape(word.text, spelt):
                    fixed[(word.line[0], word.x0, word.top)] = spelt
                    changed = True
        if changed:
            said.append(LabelDoubt(" ".join(w.text for w in body), " ".join(name)))
    if not fixed:
        return words, []
    return [replace(w, text=fixed.get((w.line[0], w.x0, w.top), w.text)) for w in words], said


def label_doubts(words: list[Word]) -> list[LabelDoubt]:
    """Return the cells (``line[0]``) that read as a PAPI name but for a few unsure words, in order.

    A cell's first word is left out of the comparison when it is a list number ("3.").
    """
    cells: dict[int, list[Word]] = {}
    for word in words:
        cells.setdefault(word.line[0], []).append(word)
    doubts: list[LabelDoubt] = []
    for members in cells.values():
        lead = members[:1] if LIST_NUMBER_RE.match(members[0].text) else []
        body = members[len(lead) :]
        name = _best_name([w.text for w in body]) if body else None
        if name is not None and tuple(w.text for w in body) != name and align_to_name(body, name) is not None:
            doubts.append(LabelDoubt(" ".join(w.text for w in body), " ".join(name)))
    return doubts
