"""Titles outside the table: which paragraphs above or between the appendix's tables head its rows."""

from __future__ import annotations

from extract.coverage import FreeLine
from extract.group_titles import lead_run, lines_to_paragraphs, paragraph_text, settle_lead, title_without


def line(top: float, text: str, height: float = 12.0) -> FreeLine:
    return FreeLine(top, top + height, 57.0, 400.0, text)


def test_lines_make_paragraphs_a_heading_start_or_a_gap_opens_a_new_one() -> None:
    lines = [
        line(100, "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP"),
        line(115, "CƠ SỞ"),  # 3 pt under the line before: the same paragraph
        line(130, "1. Tri thức công dân"),  # a heading of its own, however close
        line(170, "Trang 2"),  # far under it: a paragraph of its own
    ]
    assert [paragraph_text(p) for p in lines_to_paragraphs(lines)] == [
        "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ",
        "1. Tri thức công dân",
        "Trang 2",
    ]


def test_the_lead_titles_are_the_last_paragraphs_that_name_their_group() -> None:
    above = ["PHỤ LỤC", "(Kèm theo Kế hoạch số 33/KH-UBND)", "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"]
    assert settle_lead(lead_run(above), set()) == ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"]
    # the plan's own numbered headings name no group: titles only when later titles number the same way
    body = ["III. TỔ CHỨC THỰC HIỆN", "A. Lĩnh vực cải cách hành chính"]
    assert settle_lead(lead_run(body), set()) == []
    assert settle_lead(lead_run(body), {"letter"}) == ["A. Lĩnh vực cải cách hành chính"]
    assert settle_lead(lead_run(body), {"letter", "roman"}) == body
    assert lead_run(["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ", "(Kèm theo Kế hoạch)"]) == []


def test_a_lead_title_leaves_the_document_title() -> None:
    title = "PHỤ LỤC\nNHIỆM VỤ, GIẢI PHÁP\nI. THAM GIA CỦA NGƯỜI DÂN Ở CẤP\nCƠ SỞ"
    assert title_without(title, ["I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"]) == "PHỤ LỤC\nNHIỆM VỤ, GIẢI PHÁP"
    assert title_without(title, []) == title
