"""Words and their boxes from page images, with the Tesseract command line (TSV output).

Tesseract's Vietnamese model (``vie``) reads every cell of a page as an image of its own, in one
run; its TSV lists every word with its box (pixels, origin top-left), its line and its
confidence (0-100). Each word
becomes characters in pdfplumber's form (points, origin top-left) so that the PDF table code
places them in cells: the word's box cut evenly per letter, every word of a line given the
line's top and bottom, and a space between two words of a line (their boxes cut back so that
none overlaps the next).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from core.errors import ExtractError
from extract.pdf_lines import SPACE_SHARE, WORD_GAP_SHARE
from extract.pdf_objects import Char

#: Debian packages that bring the Tesseract command and its Vietnamese model.
TESSERACT_PACKAGES = "tesseract-ocr tesseract-ocr-vie"
#: The language model: Vietnamese (it reads Latin letters and digits too).
LANGUAGE = "vie"
#: Page segmentation "one uniform block of text": each cell of a table is read as its own image,
#: so Tesseract's page layout analysis (which drops short cells beside long ones) is not needed.
PAGE_SEGMENTATION = "6"
#: Seconds one page may take; a normal 300 dpi page takes 3-8 s on one core.
PAGE_TIMEOUT = 180
#: The share of a line's height (its ascenders to its descenders with marks) that is the font size.
SIZE_PER_LINE_HEIGHT = 0.8


@dataclass(frozen=True)
class Word:
    """One word Tesseract read: its text, its box (pt, origin top-left) and confidence (0-100)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float
    line: tuple[int, int, int]


@cache
def tesseract_command() -> str:
    """Return the tesseract command, or raise :class:`ExtractError` naming the packages to install."""
    command = shutil.which("tesseract")
    if command is None:
        msg = f"OCR needs Tesseract with its Vietnamese model: apt-get install {TESSERACT_PACKAGES}"
        raise ExtractError(msg)
    done = subprocess.run([command, "--list-langs"], capture_output=True, text=True, check=False)
    if LANGUAGE not in (done.stdout + done.stderr).split():
        msg = f"Tesseract has no Vietnamese model ({LANGUAGE}): apt-get install tesseract-ocr-vie"
        raise ExtractError(msg)
    return command


#: How cells are read: the Vietnamese model, each cell one block of text.
TEXT_OPTIONS = ("-l", LANGUAGE, "--psm", PAGE_SEGMENTATION)


def images_to_words(
    images: list[tuple[Path, float, float]], dpi: float, options: tuple[str, ...] = TEXT_OPTIONS
) -> list[Word]:
    """Run Tesseract once over page parts and return their words in page points.

    Each part is (PNG, its left and top in the page, px); Tesseract reads a list of images with
    its model loaded once, and numbers their words by image. A part it crashes on is left unread
    (:func:`read_images` says which).
    """
    return read_images(images, dpi, options)[0]


#: Tesseract names each image of a list on stderr as it starts reading it: "Page 408 : /tmp/.../x.png" (the
#: number counted from 0 by Tesseract 5.3; the path is what is matched).
_STARTED_RE = re.compile(r"^Page \d+ : (.+)$", re.MULTILINE)


def read_images(
    images: list[tuple[Path, float, float]], dpi: float, options: tuple[str, ...] = TEXT_OPTIONS
) -> tuple[list[Word], list[int]]:
    """Read page parts as :func:`images_to_words` does; return their words and the indices of those left unread.

    Tesseract crashes on a rare image (a floating-point exception on one line crop of a noisy
    150 dpi scan, samples/audit20): the run is taken again without it, the images before it
    read again (their words went with the crash), so one image costs only its own words.
    """
    words: list[Word] = []
    unread: list[int] = []
    start = 0
    while start < len(images):
        rest = images[start:]
        done = _run_tesseract(rest, dpi, options)
        if not done.returncode:
            words += _shifted(tsv_to_words(done.stdout, dpi, [(left, top) for _, left, top in rest]), start)
            break
        crashed_at = _crashed_at(done, rest)
        if crashed_at is None:
            detail = done.stderr.strip().splitlines()
            msg = "Tesseract failed on a page" + (f" ({detail[-1]})" if detail else "")
            raise ExtractError(msg)
        before, skipped = read_images(images[start : start + crashed_at], dpi, options) if crashed_at else ([], [])
        words += _shifted(before, start)
        unread += [start + i for i in skipped] + [start + crashed_at]
        start += crashed_at + 1
    return words, unread


def _run_tesseract(
    images: list[tuple[Path, float, float]], dpi: float, options: tuple[str, ...]
) -> subprocess.CompletedProcess[str]:
    listing = images[0][0].with_name(f"parts-{images[0][0].stem}.txt")
    listing.write_text("".join(f"{path}\n" for path, _, _ in images), encoding="utf-8")
    command = [tesseract_command(), str(listing), "stdout", *options, "--dpi", str(round(dpi)), "tsv"]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # pages run in parallel: one thread each
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=PAGE_TIMEOUT, check=False, env=env)
    except subprocess.TimeoutExpired as exc:
        msg = f"Tesseract did not read a page within {PAGE_TIMEOUT} s"
        raise ExtractError(msg) from exc


def _crashed_at(done: subprocess.CompletedProcess[str], images: list[tuple[Path, float, float]]) -> int | None:
    """Return the index of the image a run ended on by a signal (a crash), None for an error it said."""
    started = [path.strip() for path in _STARTED_RE.findall(done.stderr)]
    paths = [str(path) for path, _, _ in images]
    return paths.index(started[-1]) if done.returncode < 0 and started and started[-1] in paths else None


def _shifted(words: list[Word], by: int) -> list[Word]:
    """Renumber words read from a tail of a list of images as words of the whole list."""
    return [replace(w, line=(w.line[0] + by, *w.line[1:])) for w in words] if by else words


def tsv_to_words(tsv: str, dpi: float, offsets: list[tuple[float, float]]) -> list[Word]:
    """Parse Tesseract's TSV: the words (level 5), moved by their image's offset (px) and put in points."""
    scale = 72.0 / dpi
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = unicodedata.normalize("NFC", (row.get("text") or "").strip())
        if row.get("level") != "5" or not text:
            continue
        part = int(row["page_num"]) - 1
        dx, dy = offsets[part] if part < len(offsets) else (0.0, 0.0)
        left, top, width, height = (float(row[k]) for k in ("left", "top", "width", "height"))
        words.append(
            Word(
                text=text,
                x0=(left + dx) * scale,
                top=(top + dy) * scale,
                x1=(left + dx + width) * scale,
                bottom=(top + dy + height) * scale,
                confidence=max(0.0, float(row["conf"])),
                line=(part, int(row["block_num"]), int(row["par_num"]) * 1000 + int(row["line_num"])),
            )
        )
    return words


#: Letters whose capital is the small letter drawn larger (marks aside): Tesseract reads a lone
#: "sở" as "SỞ" when nothing on its line shows the x-height.
SAME_SHAPE_LETTERS = frozenset("cosuvwxz")


def _same_shape_capitals(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    bases = unicodedata.normalize("NFD", "".join(letters).lower())
    return (
        bool(letters)
        and all(ch.isupper() for ch in letters)
        and all(ch in SAME_SHAPE_LETTERS for ch in bases if not unicodedata.combining(ch))
    )


def fix_case(words: list[Word]) -> list[Word]:
    """Lower-case a word read in capitals that only same-shape letters spell, after a lower-case word.

    "cơ SỞ" is "cơ sở": after a word ending in a small letter, a word such as "SỞ", "CƠ", "XU"
    is a small word read too large; "UBND" or "HĐND" hold letters whose capitals differ and stay.
    """
    out: list[Word] = []
    for word in words:
        prev = out[-1] if out and out[-1].line[0] == word.line[0] else None
        prev_letters = [ch for ch in prev.text if ch.isalpha()] if prev else []
        if prev_letters and prev_letters[-1].islower() and _same_shape_capitals(word.text):
            word = replace(word, text=word.text.lower())
        out.append(word)
    return out


#: A list number opening a cell: "2.", "3)".
LIST_NUMBER_RE = re.compile(r"^\d{1,2}[.)]$")
#: Confidence (0-100) a digits-only reading needs to replace the first reading (a clear "2." scores
#: 80-95; a word read as digits scores far lower).
NUMBER_CONFIDENCE = 75.0
#: Only a first word this short (characters) may be a misread list number.
NUMBER_MAX_LENGTH = 3


#: How a cell with ink that read as nothing is read again: as one character (psm 10). A lone
#: "I" (a Roman numeral in a TT column) is dropped by the block mode and read "|" by this one.
CHARACTER_OPTIONS = ("-l", LANGUAGE, "--psm", "10")
#: What a character read alone in a cell stands for: a bare upright stroke in a cell is the
#: capital I of a Roman numeral (a "1" has its flag, an "l" alone is no cell's text).
LONE_CHARACTERS = {"|": "I"}
#: Confidence (0-100) a character read alone needs: the stroke "I" read at 96; a speck that
#: passed as ink reads as a low-confidence letter or a mark.
CHARACTER_CONFIDENCE = 80.0


def reread_empty(words: list[Word], parts: Sequence[tuple[Path, float, float]], dpi: float) -> list[Word]:
    """Read again, as one character, the cell images (``parts``) in which no word was read.

    The words read are added with their cell's index as ``line[0]``, a lone "|" as "I".
    """
    read = {w.line[0] for w in words}
    empty = [index for index in range(len(parts)) if index not in read]
    if not empty:
        return words
    found = images_to_words([parts[i] for i in empty], dpi, CHARACTER_OPTIONS)
    extra = [
        replace(w, text=LONE_CHARACTERS.get(w.text, w.text), line=(empty[w.line[0]], *w.line[1:]))
        for w in found
        if w.confidence >= CHARACTER_CONFIDENCE and any(ch.isalnum() for ch in LONE_CHARACTERS.get(w.text, w.text))
    ]
    return sorted(words + extra, key=lambda w: w.line[0])


#: How a cell holding one short word or none is read again as a numbering: the English model, one
#: line, digits, Roman numerals and their stops only (a TT cell's "II" read as nothing or "lÍ", a
#: "3" read as "E)" by the Vietnamese model).
NUMERAL_OPTIONS = ("-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789IVX.)")
#: A numbering a TT cell holds: "3", "12.", "1.2", "2)", "II", "IV.".
NUMERAL_RE = re.compile(r"^(\d{1,2}(\.\d{1,2})*[.)]?|[IVX]{1,5}\.?)$")
#: What a Roman numeral may be read as by the Vietnamese model (marks stripped, capitals): strokes.
ROMAN_LOOKALIKES = frozenset("IL|1!VX")
#: Confidence (0-100) a Roman numeral read again needs: restricted to strokes, Tesseract is unsure
#: even of a clear "II" (37 on the district scan), and it is taken only where the cell read as
#: nothing or as strokes, in a cell with ink.
ROMAN_CONFIDENCE = 30.0


def _numeral_fits(first: str, numeral: str) -> bool:
    """Whether a cell first read as ``first`` may hold the numbering ``numeral`` read again.

    A Roman numeral replaces only nothing or strokes ("lÍ" for "II"); digits replace anything but
    a word in small letters ("và", "Có"), which the digits-only reading would turn into a number.
    """
    if numeral[0] in "IVX":
        bare = "".join(ch for ch in unicodedata.normalize("NFD", first.upper()) if not unicodedata.combining(ch))
        return all(ch in ROMAN_LOOKALIKES for ch in bare)
    return sum(ch.islower() for ch in first) < 2


def reread_numerals(words: list[Word], parts: Sequence[tuple[Path, float, float]], dpi: float) -> list[Word]:
    """Read again, as a numbering, the cell images (``parts``) holding one short word or none.

    A reading that is a numbering (:data:`NUMERAL_RE`), read with :data:`NUMBER_CONFIDENCE` or
    more and fitting the first reading (:func:`_numeral_fits`), replaces the cell's words.
    """
    by_cell: dict[int, list[Word]] = {}
    for word in words:
        by_cell.setdefault(word.line[0], []).append(word)
    short = [
        index
        for index in range(len(parts))
        if len(ws := by_cell.get(index, [])) <= 1
        and not (ws and (len(ws[0].text) > NUMBER_MAX_LENGTH or NUMERAL_RE.match(ws[0].text)))
    ]
    if not short:
        return words
    readings: dict[int, Word] = {}
    for reading in images_to_words([parts[i] for i in short], dpi, NUMERAL_OPTIONS):
        index = short[reading.line[0]]
        first = "".join(w.text for w in by_cell.get(index, []))
        need = ROMAN_CONFIDENCE if reading.text[0] in "IVX" else NUMBER_CONFIDENCE
        if NUMERAL_RE.match(reading.text) and reading.confidence >= need and _numeral_fits(first, reading.text):
            readings[index] = replace(reading, line=(index, *reading.line[1:]))
    for index in short:
        first = "".join(w.text for w in by_cell.get(index, []))
        if index not in readings and _numeral_fits(first, "I") and (bars := _bars_numeral(parts[index], dpi, index)):
            readings[index] = bars
    kept = [w for w in words if w.line[0] not in readings]
    return sorted(kept + list(readings.values()), key=lambda w: w.line[0])


def _bars_numeral(part: tuple[Path, float, float], dpi: float, index: int) -> Word | None:
    """Return the Roman numeral a cell image's bare upright bars spell ("III"), or None."""
    import cv2

    from extract.ocr_image import to_binary, upright_bars  # numpy and OpenCV: loaded only when a page is scanned

    path, left, top = part
    image = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if image is None or not (bars := upright_bars(image)):
        return None
    x, y, width, height = cv2.boundingRect(cv2.findNonZero(to_binary(image)))
    scale = 72.0 / dpi
    box = ((left + x) * scale, (top + y) * scale, (left + x + width) * scale, (top + y + height) * scale)
    return Word("I" * bars, *box, confidence=ROMAN_CONFIDENCE, line=(index, 1, 1001))


#: A line holding a word read with less confidence (0-100) than this is read again at other sizes:
#: on the sample scans a word read right scores 90-97, and "dần" for "dân" 69-87.
WEAK_CONFIDENCE = 90.0
#: The sizes (times the page's) weak lines are read again at: Tesseract's model misreads some
#: words at one size only ("người dân" read "người dần" at 300 dpi, right at 0.8 and 1.25 times).
REREAD_SCALES = (0.8, 1.25)
#: How a weak line is read again: the Vietnamese model, one line of text.
LINE_OPTIONS = ("-l", LANGUAGE, "--psm", "7")
#: A second reading of a line may replace the first only if its length (letters and digits) is
#: within this share of the first's: a reading that drops or invents words is no better reading.
LINE_LENGTH_TOLERANCE = 0.2


@dataclass(frozen=True)
class LineBox:
    """A text line Tesseract found: its id in the words' ``line`` and its box (pt, origin top-left)."""

    line: tuple[int, int, int]
    x0: float
    top: float
    x1: float
    bottom: float


def weak_lines(words: list[Word]) -> list[LineBox]:
    """Return the lines holding a word read with less than :data:`WEAK_CONFIDENCE`, in reading order."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return [
        LineBox(key, min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws), max(w.bottom for w in ws))
        for key, ws in lines.items()
        if any(w.confidence < WEAK_CONFIDENCE for w in ws)
    ]


def _line_score(words: Sequence[Word]) -> float:
    """Mean confidence (0-100) of a line's words; 0 for none."""
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def _length(words: Sequence[Word]) -> int:
    return sum(ch.isalnum() for w in words for ch in w.text)


def choose_lines(words: list[Word], lines: list[LineBox], readings: Sequence[list[Word]]) -> list[Word]:
    """Keep, for every weak line, the reading whose words Tesseract is surest of.

    ``readings`` holds, per second reading, the words read from crops of ``lines`` (in order: the
    ``line[0]`` of a word is the index of its line); a reading replaces the line's words when its
    mean confidence is higher and its length close (:data:`LINE_LENGTH_TOLERANCE`). The words
    chosen keep the line's id, so they stay one line.
    """
    current: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        current.setdefault(word.line, []).append(word)
    chosen = {box.line: current[box.line] for box in lines}
    for reading in readings:
        by_line: dict[int, list[Word]] = {}
        for word in reading:
            by_line.setdefault(word.line[0], []).append(word)
        for index, box in enumerate(lines):
            candidate = [replace(w, line=box.line) for w in by_line.get(index, [])]
            first = current[box.line]
            if (
                candidate
                and abs(_length(candidate) - _length(first)) <= LINE_LENGTH_TOLERANCE * _length(first)
                and _line_score(candidate) > _line_score(chosen[box.line])
            ):
                chosen[box.line] = candidate
    out: list[Word] = []
    done: set[tuple[int, int, int]] = set()
    for word in words:
        if word.line not in chosen:
            out.append(word)
        elif word.line not in done:
            done.add(word.line)
            out.extend(chosen[word.line])
    return out


#: The least width (share of the font size) a letter keeps when a word's box is cut back to its
#: neighbours' (a narrow "i" or "." is about 0.25 of the size).
MIN_LETTER_SHARE = 0.2


def _line_size(members: Sequence[Word]) -> float:
    """Return the font size of one Tesseract line (pt): a share of its height, marks included."""
    return SIZE_PER_LINE_HEIGHT * (max(w.bottom for w in members) - min(w.top for w in members))


def narrowest_space(lines: Sequence[Sequence[Word]]) -> float | None:
    """Return the narrowest gap (pt) between two words of a line that the line code reads as a space.

    Gaps under :data:`~extract.pdf_lines.WORD_GAP_SHARE` of the size (words that touch or
    overlap) do not count. None when no line has such a gap.
    """
    gaps = [
        b.x0 - a.x1
        for members in lines
        for a, b in zip(members, members[1:], strict=False)
        if b.x0 - a.x1 > WORD_GAP_SHARE * _line_size(members)
    ]
    return min(gaps) if gaps else None


def word_spans(members: Sequence[Word], size: float, space: float) -> list[tuple[float, float]]:
    """Return where each word of one line runs (x0, x1 in pt), in reading order, none over another.

    Tesseract sometimes gives a word a box running over the words after it, up to the end of its
    line ("Sở" boxed over "Sở Y tế"); spread evenly over it, the word's letters would fall
    between its neighbours' ("SYở tế"). So each word ends at least ``space`` (pt) before the next
    begins, and begins that far after the one before ends, but keeps :data:`MIN_LETTER_SHARE` of
    the size per letter.
    """
    spans: list[tuple[float, float]] = []
    for index, word in enumerate(members):
        x0 = word.x0 if not spans else max(word.x0, spans[-1][1] + space)
        x1 = word.x1 if index + 1 == len(members) else min(word.x1, members[index + 1].x0 - space)
        spans.append((x0, max(x1, x0 + MIN_LETTER_SHARE * size * len(word.text))))
    return spans


def words_to_chars(words: list[Word]) -> list[Char]:
    """Turn words into pdfplumber-style characters: each word's box cut evenly per letter.

    All words of a Tesseract line share the line's top and bottom (marks above capitals make
    word boxes uneven), and two words of a line get a space between them. The words keep
    Tesseract's reading order, and their boxes are made not to overlap (:func:`word_spans`): two
    words that touch or overlap are set apart by the narrowest word space of their image (a
    cell), or :data:`~extract.pdf_lines.SPACE_SHARE` of the size when it has none, so a word's
    letters stay together and in order, and the line code's measure of a space is unchanged.
    """
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    parts: dict[int, list[list[Word]]] = {}
    for key, members in lines.items():
        parts.setdefault(key[0], []).append(members)
    spaces = {part: narrowest_space(members) for part, members in parts.items()}
    chars: list[Char] = []
    for key, members in lines.items():
        top = min(w.top for w in members)
        bottom = max(w.bottom for w in members)
        size = _line_size(members)
        space = spaces[key[0]]
        spans = word_spans(members, size, SPACE_SHARE * size if space is None else space)
        for index, (word, (left, right)) in enumerate(zip(members, spans, strict=True)):
            if index:
                before = spans[index - 1][1]
                chars.append({"text": " ", "x0": before, "x1": left, "top": top, "bottom": bottom, "size": size})
            step = (right - left) / len(word.text)
            for k, letter in enumerate(word.text):
                x0 = left + k * step
                chars.append({"text": letter, "x0": x0, "x1": x0 + step, "top": top, "bottom": bottom, "size": size})
    return chars
