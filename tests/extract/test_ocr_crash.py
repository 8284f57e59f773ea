"""Tesseract crashing on one image of a run costs that image only: the others are read, the loss is said.

Tesseract 5.3 dies of a floating-point exception on a rare line crop (samples/audit20: a noisy 150 dpi
scan lost every row over one of 420 crops). A stand-in command crashes the same way, on the images
named ``crash...``: it names each image on stderr as Tesseract does, and reads one word from each.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import extract.ocr as ocr
from core.errors import ExtractError

#: Prints "Page N : path" as Tesseract does, dies of SIGFPE on an image named "crash..." (what Tesseract
#: 5.3 did), fails with a message on one named "broken...", and writes a TSV of one word per image.
FAKE = r"""#!/bin/sh
printf 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n' > "$0.out"
n=0
while read -r image; do
    echo "Page $n : $image" >&2
    case "${image##*/}" in crash*) kill -FPE $$;; broken*) echo "Error: cannot read $image" >&2; exit 1;; esac
    n=$((n + 1))
    printf '5\t%s\t1\t1\t1\t1\t0\t0\t10\t10\t95\tword%s\n' "$n" "$n" >> "$0.out"
done < "$1"
cat "$0.out"
"""


@pytest.fixture
def fake_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    command = tmp_path / "tesseract"
    command.write_text(FAKE, encoding="utf-8")
    os.chmod(command, 0o755)
    monkeypatch.setattr(ocr, "tesseract_command", lambda: str(command))
    return tmp_path


def _images(folder: Path, *names: str) -> list[tuple[Path, float, float]]:
    return [(folder / f"{name}.png", 0.0, 100.0 * i) for i, name in enumerate(names)]


def test_an_image_tesseract_crashes_on_is_left_unread_and_the_others_are_read(fake_tesseract: Path) -> None:
    images = _images(fake_tesseract, "cell-0", "cell-1", "crash-2", "cell-3", "crash-4", "cell-5")
    words, unread = ocr.read_images(images, 300)
    assert unread == [2, 4]
    assert sorted({w.line[0] for w in words}) == [0, 1, 3, 5]  # each word numbered by its image in the whole list
    assert [round(w.top * 300 / 72) for w in sorted(words, key=lambda w: w.line[0])] == [0, 100, 300, 500]


def test_a_run_that_ends_with_a_message_is_still_a_failure_of_the_page(fake_tesseract: Path) -> None:
    with pytest.raises(ExtractError, match="Tesseract failed on a page"):
        ocr.read_images(_images(fake_tesseract, "cell-0", "broken-1"), 300)


def test_the_text_lost_on_a_page_is_said() -> None:
    from extract.ocr_pdf import ScannedPage, unread_warning
    from extract.pdf_objects import PageObjects

    pages = {2: ScannedPage(2, 0.0, (), PageObjects([], []), unread=1), 3: ScannedPage(3, 0.0, (), PageObjects([], []))}
    (said,) = unread_warning(pages)
    assert said.startswith("text lost on page 2: Tesseract crashed") and "check the rows there" in said
