"""review.html: self-contained, every PDF row beside its page crops, rows to review listed; checked in Chromium."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES

from core.model import Mention, Result
from core.settings import ExtractSettings, Settings
from export.review_html import PageImages, document_images, result_to_html
from phuluc.pipeline import run, run_documents

CHROMIUM = Path("/usr/bin/chromium")
PDF = SAMPLES / "plan-2024-landscape.pdf"


def plan(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    return data


def test_the_page_is_self_contained(samples_out: Path) -> None:
    page = (samples_out / "review.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) <= {"http://www.w3.org/2000/svg"}
    assert all(src.startswith("data:image/png;base64,") for src in re.findall(r'src="([^"]*)"', page))


def test_every_pdf_row_has_a_crop_and_docx_rows_say_why_not(samples_out: Path) -> None:
    page = (samples_out / "review.html").read_text(encoding="utf-8")
    sections = re.findall(r'<section class="row".*?</section>', page, flags=re.DOTALL)
    documents = plan(samples_out)["documents"]
    assert len(sections) == sum(len(d["rows"]) for d in documents)
    kinds = [d["file_type"] for d in documents for _ in d["rows"]]
    boxes = [len(r["boxes"]) for d in documents for r in d["rows"]]
    for section, kind, count in zip(sections, kinds, boxes, strict=True):
        if kind == "pdf":
            assert section.count("<img ") == count >= 1
        else:
            assert "<img " not in section and "--docx-pdf" in section


def rows_to_review(result: Result) -> Result:
    """The landscape plan with one agency name made unreadable: a mention a person must review."""
    doc = result.documents[0]
    row = doc.rows[4]
    role, mentions = row.agencies[1]
    odd = Mention(
        raw="Phòng <Xyz> & co", id=None, name=None, score=0.0, method="unmatched", suggestions=(("phong-noi-vu", 61.0),)
    )
    agencies = (*row.agencies[:1], (role, (odd, *mentions[1:])), *row.agencies[2:])
    rows = (
        *doc.rows[:4],
        replace(row, agencies=agencies, tasks=row.tasks + "\n<script>alert(1)</script>"),
        *doc.rows[5:],
    )
    return replace(result, documents=(replace(doc, rows=rows),))


def test_rows_needing_review_are_listed_before_the_rows_and_text_is_escaped() -> None:
    result = rows_to_review(run_documents([PDF]))
    page = result_to_html(result, [PageImages()])
    listed = page.index("Rows needing agency review")
    assert listed < page.index('<section class="row"')
    key = result.documents[0].rows[4].key
    assert re.search(rf'<a href="#d1-r5">{re.escape(key)}</a>', page)
    assert "Phòng &lt;Xyz&gt; &amp; co → unmatched" in page and "Phòng Nội vụ 61" in page
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.index("Warnings") < page.index("Coverage") < listed


def test_an_encrypted_pdf_gets_a_note_instead_of_images(odd_pdfs: dict[str, Path]) -> None:
    settings = Settings(extract=ExtractSettings(password="secret"))
    result = run_documents([odd_pdfs["user-password"]], settings)
    images = document_images(result.documents[0])
    assert not images.crops and images.missing is not None and "cannot render" in images.missing
    assert images.missing in result_to_html(result, [images])


@pytest.mark.skipif(not CHROMIUM.is_file(), reason="needs the Debian chromium package at /usr/bin/chromium")
def test_chromium_renders_the_rows_and_their_images(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    out = tmp_path / "out"
    result, _ = run([PDF, SAMPLES / "plan-2024-grouped.docx"], out)
    rows = sum(len(d.rows) for d in result.documents)
    crops = sum(len(r.boxes) for r in result.documents[0].rows)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto((out / "review.html").as_uri())
            assert page.locator("section.row").count() == rows
            assert page.locator("section.document svg.bar-chart").count() == 2
            images = page.locator("section.row img")
            assert images.count() == crops
            images.last.scroll_into_view_if_needed()
            decoded = page.evaluate(
                "Array.from(document.images).filter(i => i.complete && i.naturalWidth > 100).length"
            )
            assert decoded == crops
            first = page.locator("#d1-r1")
            assert first.locator("dd.key").inner_text() == result.documents[0].rows[0].key
            assert first.locator("img").first.bounding_box()["width"] > 200  # shown, not collapsed
            first.scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / "review.png"))
        finally:
            browser.close()
    assert (tmp_path / "review.png").stat().st_size > 10_000


def test_crops_are_the_same_bytes_on_every_run() -> None:
    doc = run_documents([PDF]).documents[0]
    first, again = document_images(doc), document_images(doc)
    assert len(first.crops) == sum(len(r.boxes) for r in doc.rows) and first.crops == again.crops
    assert all(png.startswith(b"\x89PNG") for png in first.crops.values())


def test_crops_rendered_by_turns_in_two_processes_join_to_the_crops_of_one() -> None:
    from core.process import Turns, in_child
    from export.review_html import crop_boxes, joined_images

    doc = run_documents([PDF]).documents[0]
    whole = document_images(doc)
    turns = Turns(doc.provenance.pages)  # the pages: each process renders the pages it takes and cuts their boxes
    with in_child(document_images, doc, turns) as theirs:
        mine = document_images(doc, turns)
        joined = joined_images(doc, (mine, theirs.result()))
    assert list(joined.crops) == list(whole.crops) == crop_boxes(doc)
    assert joined.crops == whole.crops
