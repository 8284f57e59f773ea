"""Words Tesseract was unsure of, read again alone: taken only where every size reads them alike and surer."""

from __future__ import annotations

from extract.ocr import Word
from extract.ocr_words import choose_words, weak_words, word_boxes


def _word(text: str, confidence: float, crop: int = 0, x: float = 0.0, line: int = 1) -> Word:
    return Word(text, x, 0.0, x + 8.0, 10.0, confidence, (crop, 1, line))


def test_only_unsure_words_with_letters_are_read_again() -> None:
    words = [_word("Thủ", 97), _word("tục", 96), _word("lên", 92), _word("2.", 60), _word("quan", 93)]
    assert weak_words(words) == [2]


def test_a_word_is_cut_out_with_its_lines_height() -> None:
    words = [Word("Thủ", 0, 2.0, 10, 11, 97, (0, 1, 1)), Word("lên", 12, 4.0, 20, 10, 92, (0, 1, 1))]
    (box,) = word_boxes(words, [1])
    assert (box.x0, box.top, box.x1, box.bottom) == (12, 2.0, 20, 11)  # the marks over "Thủ" set the top


def test_a_reading_all_sizes_agree_on_replaces_the_word() -> None:
    # the 200 dpi landscape scan, page 24: "liên" read "lên" at 92 in its line, alone "liên" 96 and 97
    words = [_word("Thủ", 97, 0, 0), _word("tục", 96, 0, 10), _word("lên", 92, 0, 20), _word("quan", 96, 0, 30)]
    readings = [[_word("liên", 96)], [_word("liên", 97)]]
    out = choose_words(words, [2], readings)
    assert [w.text for w in out] == ["Thủ", "tục", "liên", "quan"]
    assert (out[2].x0, out[2].line, out[2].confidence) == (20, (0, 1, 1), 96.5)


def test_a_reading_the_sizes_disagree_on_or_not_much_surer_changes_nothing() -> None:
    # the 300 dpi landscape scan, page 16: "ngân" (right, 92) read alone "ngân" 81 and "ngần" 96
    ngan = [_word("ngân", 92)]
    assert choose_words(ngan, [0], [[_word("ngân", 81)], [_word("ngần", 96)]]) == ngan
    # "yết" (right, 93) read alone "vết" at 76 and 95: agreed, but no surer on the mean
    yet = [_word("yết", 93)]
    assert choose_words(yet, [0], [[_word("vết", 76)], [_word("vết", 95)]]) == yet


def test_a_reading_that_changes_punctuation_length_or_words_changes_nothing() -> None:
    word = [_word("nguyện;", 80)]
    assert choose_words(word, [0], [[_word("nguyện", 97)], [_word("nguyện", 97)]]) == word  # lost ";"
    short = [_word("tin", 80)]
    assert choose_words(short, [0], [[_word("thiên", 97)]] * 2) == short  # two letters more
    two = [_word("nhưng", 80)]
    assert choose_words(two, [0], [[_word("như", 97), _word("ng", 97, x=9)]] * 2) == two  # read as two words
