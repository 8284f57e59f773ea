"""The list number opening an OCR'd cell ("2.", "3."), read again from its ink alone: "3;" or "lên" for "3." or "2.".

A scan's faint speckles, lighter than the page's ink threshold, are not erased with the rest
(:func:`extract.ocr_image.erase`) and Tesseract, thresholding a small image its own way, reads
them: a speck above the stop of "3." makes "3;" or "3:", specks around "2." make the word
"lên", and "2." with a speck in its bowl came out "7." at 75. The first word of a cell that is
short, or already a list number read with little confidence, is therefore read again from the
page's ink alone (everything lighter than the threshold and every speckle made white,
:func:`extract.ocr_image.ink_only`), at :data:`NUMBER_SCALES`, by the English model on digits
and stops (:data:`NUMBER_OPTIONS`): the three numbers above read "3.", "2." and "2." at 84-96 at
both sizes. The image decides, never the plan's sequence:

- a first reading that is no list number ("lên", "3;") becomes the number a size reads when no
  size reads another;
- a first reading that is a list number ("7.") becomes another only when both sizes read that
  other one;
- a number with more stops than a numbering has ("3..." for a TT cell's "3") becomes its digits
  as every size reads them, bare or with one stop;
- readings that disagree leave the first reading, and the number is named as a doubt for a
  person (:class:`NumberDoubt`), as are label numbers out of their sequence
  (:func:`extract.ocr_numbering.column_label_doubts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extract.ocr import LIST_NUMBER_RE, NUMBER_CONFIDENCE, NUMBER_MAX_LENGTH, WEAK_CONFIDENCE, LineBox, Word

#: How a word is read again as a list number: the English model, which reads digits better than
#: the Vietnamese one, one line (psm 8, one word, drops the stop: "2" for "2."), digits and the
#: marks a stop is misread as, so that a real colon reads as one and is no list number.
NUMBER_OPTIONS = ("-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789.,:;)")
#: The sizes (times the page's) a number is read again at: two readings that agree justify a change.
NUMBER_SCALES = (1.0, 1.5)
#: A number and a comma opening a cell ("2,") is a list number whose full stop was read as a
#: comma (a cell never opens with a number and a comma), when no reading again says otherwise.
COMMA_NUMBER_RE = re.compile(r"^\d{1,2},$")
#: What a first reading may be for a list number to be read again: short, or ending like one.
STOPS = ".)"
#: A number followed by more stops than a numbering has ("3..." for a TT cell's "3": specks read
#: as stops), read again whatever its length.
DOTTED_NUMBER_RE = re.compile(r"^(\d{1,2})[.,:;)]{2,}$")
#: What a dotted number may come out as: its digits, bare or with one stop.
NUMBER_RE = re.compile(r"^\d{1,2}[.)]?$")


@dataclass(frozen=True)
class NumberDoubt:
    """A list number the readings disagree on: the first reading (kept) and the readings again."""

    read: str
    again: tuple[str, ...]


def number_candidates(words: Sequence[Word]) -> list[int]:
    """Return the indexes of the words that may be misread list numbers.

    They open a cell and are short ("SÃ", "lên", "3;" for a number) or a list number read under
    :data:`extract.ocr.WEAK_CONFIDENCE` ("7." at 75), or open a line and end like a list number
    without reading as one ("o." for "5.").
    """
    seen_parts: set[int] = set()
    seen_lines: set[tuple[int, int, int]] = set()
    out = []
    for index, word in enumerate(words):
        opens_cell, opens_line = word.line[0] not in seen_parts, word.line not in seen_lines
        seen_parts.add(word.line[0])
        seen_lines.add(word.line)
        if DOTTED_NUMBER_RE.match(word.text) and opens_line:
            out.append(index)
            continue
        if len(word.text) > NUMBER_MAX_LENGTH:
            continue
        if LIST_NUMBER_RE.match(word.text):
            if opens_cell and word.confidence < WEAK_CONFIDENCE:
                out.append(index)
        elif opens_cell or (opens_line and word.text[-1] in STOPS):
            out.append(index)
    return out


def number_boxes(words: Sequence[Word], indexes: Sequence[int]) -> list[LineBox]:
    """Return the boxes to cut the candidate words out by (each word's own box)."""
    return [LineBox(words[i].line, words[i].x0, words[i].top, words[i].x1, words[i].bottom) for i in indexes]


def _numbers(readings: Sequence[Word]) -> list[str]:
    """Return the list numbers among one crop's readings at one size (a crop read as two words gives none)."""
    if len(readings) != 1:
        return []
    reading = readings[0]
    return [reading.text] if LIST_NUMBER_RE.match(reading.text) and reading.confidence >= NUMBER_CONFIDENCE else []


def _undotted(first: str, digits: str, sizes: Sequence[Sequence[Word]]) -> str:
    """Return the digits of a dotted number ("3..." -> "3") when every size reads them alike, else ``first``."""
    texts = {
        r[0].text if len(r) == 1 and NUMBER_RE.match(r[0].text) and r[0].confidence >= NUMBER_CONFIDENCE else ""
        for r in sizes
    }
    text = texts.pop() if len(texts) == 1 else ""
    return text if text.rstrip(STOPS) == digits else first


def choose_number(first: str, sizes: Sequence[Sequence[Word]]) -> tuple[str, NumberDoubt | None]:
    """Return the text a candidate takes from its readings again (one list per size), and a doubt or None."""
    if dotted := DOTTED_NUMBER_RE.match(first):
        text = _undotted(first, dotted.group(1), sizes)
        again = tuple(" ".join(w.text for w in readings) for readings in sizes)
        read_numbers = {a for a in again if NUMBER_RE.match(a)}
        unsure = text == first and any(a.rstrip(STOPS) != dotted.group(1) for a in read_numbers)
        return text, (NumberDoubt(first, again) if unsure else None)
    per_size = [_numbers(readings) for readings in sizes]
    read = {number for numbers in per_size for number in numbers}
    agreed = len(per_size) > 1 and all(numbers == per_size[0] for numbers in per_size) and bool(per_size[0])
    again = tuple(" ".join(w.text for w in readings) for readings in sizes)
    if LIST_NUMBER_RE.match(first):
        if agreed and per_size[0][0] != first:
            return per_size[0][0], None
        return first, (NumberDoubt(first, again) if read - {first} else None)
    if len(read) == 1:
        return read.pop(), None
    if read:
        return first, NumberDoubt(first, again)
    return (first[:-1] + "." if COMMA_NUMBER_RE.match(first) else first), None


def reread_numbers(
    words: list[Word], indexes: Sequence[int], readings: Sequence[list[Word]]
) -> tuple[list[Word], list[NumberDoubt]]:
    """Give the candidates ``indexes`` the list numbers their readings again bear out (:func:`choose_number`).

    ``readings`` holds, per size, the words read from the candidates' crops in order (the
    ``line[0]`` of a word read is the index of its crop). A word keeps its box, line and confidence.
    """
    by_crop: list[list[list[Word]]] = [[[] for _ in readings] for _ in indexes]
    for size, reading in enumerate(readings):
        for word in reading:
            if word.line[0] < len(indexes):
                by_crop[word.line[0]][size].append(word)
    out, doubts = list(words), []
    for crop, index in enumerate(indexes):
        text, doubt = choose_number(words[index].text, by_crop[crop])
        out[index] = replace(words[index], text=text)
        if doubt is not None:
            doubts.append(doubt)
    return out, doubts
