"""Review crops: each page rendered once and its rows cut from it, also before the rows are known."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import SAMPLES

from core.model import Box
from core.process import Later, Turns, in_child
from export.page_images import (
    _GREY_INDEX,
    CROP_MARGIN,
    RENDER_SCALE,
    PageImageError,
    crop_order,
    cut_crop,
    render_crops,
    render_crops_ahead,
    render_page,
)
from export.review_html import ahead_images, box_images
from extract import extract
from phuluc.pipeline import piece_boxes

PDF = SAMPLES / "plan-2024-landscape.pdf"


@pytest.fixture(scope="module")
def boxes() -> list[Box]:
    return piece_boxes(extract(PDF))


def test_a_crop_cut_from_its_page_is_what_pdfium_draws_for_the_region_alone(boxes: list[Box]) -> None:
    pdf = pdfium.PdfDocument(str(PDF))
    try:
        for box in boxes[:12]:
            page = pdf[box.page - 1]
            width, height = page.get_size()
            region = (
                max(0.0, box.x0 - CROP_MARGIN),
                max(0.0, height - box.bottom - CROP_MARGIN),
                max(0.0, width - box.x1 - CROP_MARGIN),
                max(0.0, box.top - CROP_MARGIN),
            )
            alone = page.render(scale=RENDER_SCALE, crop=region, grayscale=True).to_pil().point(_GREY_INDEX)
            cut = cut_crop(render_page(page), (width, height), box)
            assert cut.size == alone.size
            differ = sum(a != b for a, b in zip(cut.tobytes(), alone.tobytes(), strict=True))
            assert differ <= cut.width * cut.height // 1000  # a rule's antialiasing, at most
    finally:
        pdf.close()


def test_crops_are_in_crop_order_one_per_box(boxes: list[Box]) -> None:
    crops = render_crops(PDF, reversed(boxes))
    assert list(crops) == crop_order(boxes)
    assert all(png.startswith(b"\x89PNG") for png in crops.values())


def test_pages_rendered_before_the_boxes_come_give_the_same_crops(boxes: list[Box]) -> None:
    looks = iter([False, False, False])  # the boxes come at the fourth look

    def known() -> bool:
        return next(looks, True)

    assert render_crops_ahead(PDF, lambda: boxes, known) == render_crops(PDF, boxes)


def test_a_full_budget_waits_for_the_boxes_and_pages_without_boxes_are_dropped(boxes: list[Box]) -> None:
    first_page = [box for box in boxes if box.page == boxes[0].page]
    crops = render_crops_ahead(PDF, lambda: first_page, lambda: False, held=1)  # one page held, then wait
    assert list(crops) == first_page


def test_two_processes_taking_turns_at_pages_before_the_boxes_come_give_the_crops_of_one(boxes: list[Box]) -> None:
    turns, later = Turns(), Later[list[Box]]()
    with in_child(ahead_images, PDF, later, turns) as theirs:
        later.give(boxes)
        mine = box_images(PDF, boxes, turns)
        joined = {**mine.crops, **theirs.result().crops}
    assert joined == render_crops(PDF, boxes)
    assert mine.crops and len(joined) > len(mine.crops)  # each process took pages


def test_a_box_off_the_pages_or_outside_its_page_is_said(boxes: list[Box], tmp_path: Path) -> None:
    with pytest.raises(PageImageError, match="a row lies on page 99"):
        render_crops(PDF, [Box(99, 10.0, 10.0, 100.0, 40.0)])
    with pytest.raises(PageImageError, match="lies outside its page"):
        render_crops(PDF, [Box(1, 5000.0, 10.0, 5100.0, 40.0)])
    broken = tmp_path / "gone.pdf"
    broken.write_bytes(b"%PDF-1.7 not a PDF")
    assert box_images(broken, boxes).missing is not None
