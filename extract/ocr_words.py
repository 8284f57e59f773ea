"""Words Tesseract was not sure of, read again alone: a tone mark misread in its line ("những" for "nhũng").

Read with its cell, a word may take a wrong tone mark or lose a letter at a confidence (90-92)
just above what sends its line to be read again (:data:`extract.ocr.WEAK_CONFIDENCE`); cut out
and read alone, the same word is read as printed and Tesseract is surer of it ("lên" 92, alone
"liên" 96-97; "øóp" 91, alone "góp" 97; "những" 90, alone at 1.5 times "nhũng" 95). A word under
:data:`WEAK_WORD_CONFIDENCE` is read alone at :data:`WORD_SCALES`, and the reading replaces it
only when Tesseract is clearly surer of it and it is the same kind of word: one word, the same
punctuation, about as many letters. The text always comes from the image; no word list is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.ocr import LineBox, Word

#: A word read with less confidence (0-100) than this is read again alone: the misread label
#: words of the development scans scored 90-92 ("những" 90, "øóp" 91, "lên" 92), most words read
#: right 95-97.
WEAK_WORD_CONFIDENCE = 93.0
#: The sizes (times the page's) a weak word is read again at: "những" read "nhũng" at 1.5 only.
WORD_SCALES = (1.0, 1.5)
#: How a word is read alone: the Vietnamese model, one line (one word, psm 8, read "góp" as "Ốp.").
WORD_OPTIONS = ("-l", "vie", "--psm", "7")
#: A reading alone replaces a word only when its confidence is this much (0-100) higher: a word
#: read right in its line and alone scores within 1-2 of itself.
WORD_MARGIN = 3.0
#: A reading alone may differ from the first by this many letters and digits ("lên" -> "liên").
WORD_LENGTH_SLACK = 1


def weak_words(words: Sequence[Word]) -> list[int]:
    """Return the indexes of the words read under :data:`WEAK_WORD_CONFIDENCE` that hold two letters or more."""
    return [
        index
        for index, word in enumerate(words)
        if word.confidence < WEAK_WORD_CONFIDENCE and sum(ch.isalpha() for ch in word.text) >= 2
    ]


def word_boxes(words: Sequence[Word], indexes: Sequence[int]) -> list[LineBox]:
    """Return the boxes to cut the words ``indexes`` out by: each word's width, its line's height (marks)."""
    tops: dict[tuple[int, int, int], tuple[float, float]] = {}
    for word in words:
        top, bottom = tops.get(word.line, (word.top, word.bottom))
        tops[word.line] = (min(top, word.top), max(bottom, word.bottom))
    boxes = []
    for index in indexes:
        word = words[index]
        top, bottom = tops[word.line]
        boxes.append(LineBox(word.line, word.x0, top, word.x1, bottom))
    return boxes


def _punctuation(text: str) -> list[str]:
    return [ch for ch in text if not ch.isalnum()]


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def fits_word(first: Word, reading: Word) -> bool:
    """Whether a word read alone may replace its first reading: surer, same punctuation, about as long."""
    return (
        reading.text != first.text
        and reading.confidence >= first.confidence + WORD_MARGIN
        and _punctuation(reading.text) == _punctuation(first.text)
        and abs(_letters(reading.text) - _letters(first.text)) <= WORD_LENGTH_SLACK
    )


def choose_words(words: list[Word], indexes: Sequence[int], readings: Sequence[list[Word]]) -> list[Word]:
    """Replace a word of ``indexes`` by its reading alone where all sizes read it alike and it fits (:func:`fits_word`).

    ``readings`` holds, per size, the words read from the crops of ``indexes`` in order (the
    ``line[0]`` of a word read is the index of its crop); a crop read as more than one word is
    no reading of one word. Alone, Tesseract misreads with confidence too ("ngân" read "ngần" at
    96 at 1.5 times, "yết" read "vết" at 95): a reading is taken only when the sizes agree on it,
    with their mean confidence as its own. The word keeps its box and line.
    """
    by_crop: dict[int, list[list[Word]]] = {}
    for reading in readings:
        crops: dict[int, list[Word]] = {}
        for word in reading:
            crops.setdefault(word.line[0], []).append(word)
        for crop in range(len(indexes)):
            by_crop.setdefault(crop, []).append(crops.get(crop, []))
    out = list(words)
    for crop, index in enumerate(indexes):
        read = by_crop.get(crop, [])
        if not read or any(len(r) != 1 for r in read) or len({r[0].text for r in read}) != 1:
            continue
        agreed = replace(read[0][0], confidence=sum(r[0].confidence for r in read) / len(read))
        if fits_word(words[index], agreed):
            out[index] = replace(words[index], text=agreed.text, confidence=agreed.confidence)
    return out
