"""The numbering that opens an OCR'd label cell, read again: "I." misread "L.", "III." as "II.", "VI." as "VỊ.".

A section row ("I. Tham gia của người dân ở cấp cơ sở", one cell across the table) or a group
label in a merged column opens with its numbering, and Tesseract's Vietnamese model, reading the
whole cell as words, takes a bold Roman numeral for a word: a stroke gets a tone mark ("VỊ."),
becomes an "L", or two strokes become one. A numbering in a TT cell of its own is read again
already (:func:`extract.ocr.reread_numerals`), and so are list numbers ("2.") opening a cell
(:func:`extract.ocr.reread_numbers`); here the first word of a cell holding more words is read
again when it could be a misread Roman numeral or a misread letter numbering ("Á."), by the English
model restricted to the numbering's characters. The second reading replaces the first only when it
is a numbering and the first reading could be a misreading of it; no text is made up.

What the image cannot settle the order of the plan's sections may show ("II." after "II."): that
is a doubt for a person (:func:`numbering_doubts`), never a correction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from core.model import PhysicalRow
from extract.ocr import LIST_NUMBER_RE, NUMBER_CONFIDENCE, ROMAN_CONFIDENCE, Word, images_to_words
from extract.sections import Heading

#: How a cell's first word is read again as a Roman numeral: the English model, one line, Roman
#: strokes, digits and stops only. On the 250 dpi section scan it read "I." (first read "L.") at
#: 93, "VI." ("VỊ.") at 90, "VIII." at 82 and "III." (first read "II.") at 52.
ROMAN_OPTIONS = ("-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789IVX.)")
#: How a first word that may be a letter numbering ("Á.") is read again: capitals and stops only.
LETTER_OPTIONS = ("-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ.)")
#: A Roman numeral from I to XX with its stop, as a section label writes it ("IV.", "XII)").
ROMAN_NUMBERING_RE = re.compile(r"^(X{0,2}(IX|IV|V?I{0,3}))[.)]$")
#: A letter numbering with its stop ("B.", "C)").
LETTER_NUMBERING_RE = re.compile(r"^[A-Z][.)]$")
#: What the Vietnamese model reads a bold Roman numeral's strokes as (marks stripped, capitals):
#: "L." for "I.", "VHI." for "VII.", "TH." for "III.", "1L." for "II.".
ROMAN_LOOKALIKES = frozenset("IVXLHT1|!")
#: The longest first word (characters, its stop with it) read again: "VIII." and one stray letter.
MAX_NUMBERING_LENGTH = 6
#: At most this many "I"s stand in a row in a numeral from I to XX ("III", "VIII", "XIII").
MAX_STEMS = 3
#: The stops a numbering ends with; a cell's first word ending otherwise is a word ("TTHC,").
STOPS = ".)"


def _bare(text: str) -> str:
    """Return ``text`` in capitals without its marks ("VỊ." -> "VI.")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text.upper()) if not unicodedata.combining(ch))


def may_be_roman(first: str) -> bool:
    """Whether a cell's first word may be a misread Roman numeral: strokes and a stop ("L.", "VỊ.", "II.").

    A list number in digits ("1.") is no candidate: it is read again as one already.
    """
    bare = _bare(first)
    return (
        1 < len(first) <= MAX_NUMBERING_LENGTH
        and first[-1] in STOPS
        and not LIST_NUMBER_RE.match(first)
        and all(ch in ROMAN_LOOKALIKES for ch in bare[:-1])
    )


def may_be_letter(first: str) -> bool:
    """Whether a cell's first word may be a misread letter numbering: one letter with marks and a stop ("Á.").

    "Đ." is a numbering of its own (A, B, C, D, Đ, E) that the English model cannot read: it stays;
    so does a small letter ("a)"), a numbering of its own too.
    """
    bare = _bare(first)
    return len(first) == 2 and first[-1] in STOPS and first[0].isupper() and first[0] != bare[0] and bare[0] != "Đ"


def numbering_candidates(words: Sequence[Word]) -> list[int]:
    """Return the indexes of the words that open a cell holding more words and may be a misread numbering."""
    count: dict[int, int] = {}
    for word in words:
        count[word.line[0]] = count.get(word.line[0], 0) + 1
    seen: set[int] = set()
    out = []
    for index, word in enumerate(words):
        opens = word.line[0] not in seen
        seen.add(word.line[0])
        if opens and count[word.line[0]] > 1 and (may_be_roman(word.text) or may_be_letter(word.text)):
            out.append(index)
    return out


def roman_choice(first: Word, romans: Sequence[Word], stems: int) -> Word | None:
    """Return the Roman numbering a cell opens with, by the upright stems its image has, or None.

    ``romans`` are the second readings of the first word's image (Roman strokes only) and ``stems``
    the "I"s its ink shows (:func:`extract.ocr_image.upright_stems`). A reading counts when it is
    a numbering (:data:`ROMAN_NUMBERING_RE`) read with :data:`extract.ocr.ROMAN_CONFIDENCE` or more
    and has as many "I"s as the image has stems ("III." where the first reading said "II."); the
    first reading stays when it is such a numbering itself. When every reading is of "I"s alone
    and none has the stems' count, the stems give it ("III", as the bars of a TT cell do), up to
    :data:`MAX_STEMS`. None: no numbering the image bears out.
    """
    seconds = [r for r in romans if ROMAN_NUMBERING_RE.match(r.text) and r.confidence >= ROMAN_CONFIDENCE]
    if not (ROMAN_NUMBERING_RE.match(first.text) or may_be_roman(first.text)):
        return None
    readings = ([first] if ROMAN_NUMBERING_RE.match(first.text) else []) + sorted(seconds, key=lambda r: -r.confidence)
    for reading in readings:
        if reading.text.count("I") == stems:
            return reading if reading is first else replace(first, text=reading.text, confidence=reading.confidence)
    if readings and 0 < stems <= MAX_STEMS and all(set(r.text[:-1]) == {"I"} for r in readings):
        return replace(first, text="I" * stems + readings[0].text[-1], confidence=ROMAN_CONFIDENCE)
    return None


def letter_fits(first: Word, reading: Word) -> bool:
    """Whether a second reading is the letter numbering a first reading with a mark ("Á.") stands for."""
    return (
        bool(LETTER_NUMBERING_RE.match(reading.text))
        and reading.confidence >= NUMBER_CONFIDENCE
        and may_be_letter(first.text)
        and _bare(first.text)[0] == reading.text[0]
    )


def choose_numbering(first: Word, romans: Sequence[Word], letters: Sequence[Word], stems: int) -> Word:
    """Return the word a cell opens with: the first reading, or the second reading that fits it and the image.

    ``romans`` and ``letters`` are the second readings of the word's image (Roman strokes, capitals),
    ``stems`` the upright stems of its ink.
    """
    roman = roman_choice(first, romans, stems)
    if roman is not None:
        return roman
    fitting = [r for r in letters if letter_fits(first, r)]
    if fitting:
        best = max(fitting, key=lambda r: r.confidence)
        return replace(first, text=best.text, confidence=best.confidence)
    return first


def reread_numberings(words: list[Word], crops: list[tuple[Path, float, float]], dpi: float) -> list[Word]:
    """Read again the cell-opening words that may be misread numberings (:func:`numbering_candidates`).

    ``crops`` holds, for each candidate in order, the image of that word (a PNG, its left and top
    in the page, px); a word keeps its box and line.
    """
    import cv2

    from extract.ocr_image import upright_stems  # numpy and OpenCV: loaded only when a page is scanned

    candidates = numbering_candidates(words)
    if not candidates:
        return words
    romans: dict[int, list[Word]] = {}
    for reading in images_to_words(crops, dpi, ROMAN_OPTIONS):
        romans.setdefault(reading.line[0], []).append(reading)
    lettered = [k for k, i in enumerate(candidates) if may_be_letter(words[i].text)]
    letters: dict[int, list[Word]] = {}
    for reading in images_to_words([crops[k] for k in lettered], dpi, LETTER_OPTIONS) if lettered else []:
        letters.setdefault(lettered[reading.line[0]], []).append(reading)
    out = list(words)
    for k, index in enumerate(candidates):
        image = cv2.imread(str(crops[k][0]), cv2.IMREAD_GRAYSCALE)
        stems = upright_stems(image) if image is not None else -1
        out[index] = choose_numbering(words[index], _one_word(romans.get(k, [])), _one_word(letters.get(k, [])), stems)
    return out


def _one_word(readings: list[Word]) -> list[Word]:
    """Keep a second reading only when it is one word: a word image read as two is no numbering."""
    return readings if len(readings) == 1 else []


@dataclass(frozen=True)
class Numbered:
    """A section heading as the sequence check sees it: its label, group level, number, whether OCR read it."""

    text: str
    level: int
    number: int | None
    ocr: bool = True


def out_of_sequence(headings: Sequence[Numbered]) -> list[Numbered]:
    """Return the headings whose number follows neither the heading before nor precedes the one after.

    Headings are in reading order; a dimension heading (level 0) starts its components (level 1)
    again from 1, and a 1 fits anywhere (components under dimensions given by a merged column
    start again without a heading between). In I, II, II, IV the second "II." fits on neither
    side ("III." misread): a doubt. A number fitting one side ("III." first, then "IV.": a plan
    that starts later) is no doubt, nor is one that is the heading's place in its run (that
    "IV.", fourth, last), nor one between its neighbours: a plan keeps the dimensions it works on
    (1, 3, 5, 8).
    """
    doubts = []
    for level in {h.level for h in headings}:
        runs: list[list[Numbered]] = [[]]
        for heading in headings:
            if heading.level < level:
                runs.append([])
            elif heading.level == level:
                runs[-1].append(heading)
        for run in runs:
            numbers = [0, *(h.number for h in run), None]
            for k, heading in enumerate(run, start=1):
                before, number, after = numbers[k - 1], numbers[k], numbers[k + 1]
                if number is None:
                    continue
                fits_before = number == 1 or (before is not None and number == before + 1)
                fits_after = after is not None and number == after - 1
                between = before is not None and before < number and (after is None or number < after)
                if not fits_before and not fits_after and not between and number != k:
                    doubts.append(heading)
    order = {id(h): k for k, h in enumerate(headings)}
    return sorted(doubts, key=lambda h: order[id(h)])


def unnumbered(headings: Sequence[Numbered]) -> list[Numbered]:
    """Return the headings with no number at a level where every other heading has one.

    "lên Công khai ..." among "1. ...", "3. ...": the "2." was misread as a word. A level with
    two or more headings without numbers is a plan that numbers none of them.
    """
    out = []
    for level in {h.level for h in headings}:
        members = [h for h in headings if h.level == level]
        bare = [h for h in members if h.number is None]
        if len(bare) == 1 and len(members) > 2:
            out.extend(bare)
    return out


def numbering_doubts(headings: Sequence[Numbered], what: str = "section") -> tuple[str, ...]:
    """Say which OCR'd labels' numbers are out of sequence or missing: a misread numbering, for a person to check.

    ``what`` names the labels: "section" rows or "group label" cells.
    """
    doubts = {id(h) for h in [*out_of_sequence(headings), *unnumbered(headings)] if h.ocr}
    if not doubts:
        return ()
    named = "; ".join(
        f"{h.text!r} ({'no number' if h.number is None else h.number})" for h in headings if id(h) in doubts
    )
    return (f"OCR {what} numbering out of sequence, may be misread (check it against the scan): {named}",)


def section_numbering_doubts(rows: Sequence[PhysicalRow], headings: Mapping[int, Heading]) -> tuple[str, ...]:
    """Check the section rows (``headings``: row index -> heading) of a table's rows for their sequence.

    Only headings read by OCR (a row with an ``ocr_confidence``) are named; a digital plan's own
    numbering is the plan's.
    """
    numbered = [
        Numbered(h.text, h.level, h.number, rows[index].ocr_confidence is not None)
        for index, h in sorted(headings.items())
        if h.level is not None
    ]
    return numbering_doubts(numbered) if any(n.ocr for n in numbered) else ()


def column_label_doubts(labels: Sequence[tuple[str, str, int | None, int | None, bool]]) -> tuple[str, ...]:
    """Check the group labels of merged columns, in row order, for their numbers' sequence.

    ``labels`` holds per logical row its dimension and component label as the columns give them
    ("" where a section row gives it), their numbers (None: none read) and whether OCR read the
    row. A label counts once, where it starts; a component starts again under a new dimension.
    A label that follows one of the same number is the same label worded again (a plan repeats a
    label cut by a page break in other words), not a new one. Only OCR'd labels are named: a
    digital plan's own numbering is the plan's.
    """
    headings: list[Numbered] = []
    last: tuple[object, object] | None = None
    for dimension, component, dimension_no, component_no, ocr in labels:
        here = (
            dimension if dimension_no is None else dimension_no,
            component if component_no is None else component_no,
        )
        if dimension and (last is None or here[0] != last[0]):
            headings.append(Numbered(dimension, 0, dimension_no, ocr))
        if component and (last is None or here != last):
            headings.append(Numbered(component, 1, component_no, ocr))
        last = here
    return numbering_doubts(headings, "group label") if any(h.ocr for h in headings) else ()
