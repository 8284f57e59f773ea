"""The twenty-ninth audit (samples/audit29): what a wrap does to links and acronyms in a PDF cell.

S3: a URL or e-mail address too long for its column is cut anywhere ("https://danang." | "gov.vn",
".../ke" | "t-luan"); the wrap read as a space broke the link. S5: an acronym ending a line in a
narrow column ("MTTQ" | "Việt") was read as a cut word and glued to the next one. The expected
texts below are what the pages show (samples/audit29/*.expected.json, written from content.py).
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from core.model import Line
from extract.reflow import cuts_a_link, joiner, lines_to_text

AUDIT29 = ROOT / "samples" / "audit29"


def cut(text: str, slack: float, first_char: float = 6.0) -> Line:
    """A line as a PDF cell gives it: ``slack`` pt free at its end, its first glyph ``first_char`` pt wide."""
    return Line(text=text, slack=slack, first_word_width=8.0 * len(text.split()[0]), first_char_width=first_char)


# S3: a link the column cuts joins with nothing, wherever the cut fell.
@pytest.mark.parametrize(
    ("lines", "text"),
    [
        # LibreOffice, d02: after a dot of the host name, then after the e-mail's host name
        ([cut("https://danang.", 2.1), cut("gov.vn.", 37.1)], "https://danang.gov.vn."),
        ([cut("vpub@danang.", 0.4), cut("gov.vn và", 25.8)], "vpub@danang.gov.vn và"),
        # LibreOffice, d04: inside a host name's letters, then after a dot
        (
            [cut("https://thanhtr", 2.1, 7.1), cut("a.danang.gov.", 5.4, 6.6), cut("vn/ket-luan.", 17.7, 6.2)],
            "https://thanhtra.danang.gov.vn/ket-luan.",
        ),
        ([cut("https://dichvuc", 0.7, 7.1), cut("ong.gov.vn và", 6.5, 6.6)], "https://dichvucong.gov.vn và"),
        # Chromium, h10: inside a path's word
        (
            [cut("https://thanhtra.danang.gov.vn/ke", 1.5, 7.1), cut("t-luan.", 154.4, 4.4)],
            "https://thanhtra.danang.gov.vn/ket-luan.",
        ),
        # a www. address and one in brackets
        ([cut("(www.danang.", 1.0), cut("gov.vn)", 40.0)], "(www.danang.gov.vn)"),
    ],
)
def test_a_link_cut_by_the_column_joins_with_nothing(lines: list[Line], text: str) -> None:
    assert lines_to_text(lines) == text


def test_a_word_after_a_whole_link_keeps_its_space() -> None:
    # the address ended at the full line; the next line's word is a word of the sentence
    assert (
        lines_to_text([cut("vpub@danang.gov.vn", 2.0), cut("và đường dây nóng", 30.0)])
        == "vpub@danang.gov.vn và đường dây nóng"
    )
    assert (
        lines_to_text([cut("https://danang.gov.vn.", 2.0), cut("Tiếp nhận", 30.0)])
        == "https://danang.gov.vn. Tiếp nhận"
    )


def test_only_a_link_is_read_as_one() -> None:
    assert cuts_a_link("Cổng https://danang.", "gov.vn")
    assert not cuts_a_link("theo Nghị định số 130/2020/NĐ", "CP.")  # not a link: the other rules decide
    assert not cuts_a_link("gửi về vpub@danang.gov.vn", "(Văn phòng)")


def test_dates_and_references_cut_inside_still_join_with_nothing() -> None:
    assert lines_to_text([cut("31/12/2", 3.9, 5.0), cut("025", 19.4, 5.0)]) == "31/12/2025"
    assert joiner(cut("13/2020/TT-", 15.8), cut("BGDĐT (≥ 1,5", 3.8)) == ""


# S5: an acronym is a whole word.
def test_an_acronym_before_a_capitalised_word_keeps_its_space() -> None:
    # d05 (Chromium, narrow column): "Ủy ban" | "MTTQ" | "Việt" | "Nam cấp xã"; "MTTQ" left 5.76 pt, "V" needs 7.22
    lines = [
        cut("Ủy ban", 4.9, 7.2),
        cut("MTTQ", 5.8, 8.9),
        cut("Việt", 17.5, 7.2),
        cut("Nam", 14.7, 7.2),
        cut("cấp xã", 8.3, 4.4),
    ]
    assert lines_to_text(lines) == "Ủy ban MTTQ Việt Nam cấp xã"
    assert lines_to_text([cut("UBND", 1.0, 7.9), cut("Thành phố", 30.0, 7.9)]) == "UBND Thành phố"


def test_capitals_cut_inside_a_word_still_join() -> None:
    assert (
        lines_to_text([cut("UBM", 7.04, 7.32), cut("TTQV", 1.0, 7.9), cut("N thành phố", 5.0, 7.9)])
        == "UBMTTQVN thành phố"
    )


# The audit's documents: the cells the page shows.
CELLS = [
    ("d02-docx-b9-lo.pdf", "2.1.1", "tasks", "https://danang.gov.vn.\n", "vpub@danang.gov.vn và"),
    ("d04-docx-a8-lo.pdf", "4.1.1", "tasks", "https://thanhtra.danang.gov.vn/ket-luan.", ""),
    ("d04-docx-a8-lo.pdf", "8.1.1", "tasks", "https://dichvucong.gov.vn và", ""),
    ("d05-html-b9-narrow.pdf", "4.1.1", "tasks", "https://thanhtra.danang.gov.vn/ket-luan.", ""),
    ("d05-html-b9-narrow.pdf", "1.3.1", "coordinating", "Ủy ban MTTQ Việt Nam cấp xã", ""),
    ("d05-html-b9-narrow.pdf", "1.4.1", "deadline", "31/12/2025", ""),
    ("d05-html-b9-narrow.pdf", "2.3.1", "deadline", "Trước 31/01/2026", ""),
    ("h09-docx-c8-narrow-lo.pdf", "8.1.1", "tasks", "https://dichvucong.gov.vn và", ""),
    ("h10-html-a8-roman.pdf", "4.1.1", "tasks", "https://thanhtra.danang.gov.vn/ket-luan.", ""),
    ("p12-docx-probe-lo.pdf", "2.1.1", "tasks", "https://dichvucong.gov.vn.", ""),
]


@pytest.mark.parametrize(
    ("name", "key", "field", "shown", "also"), CELLS, ids=[f"{c[0][:3]}-{c[1]}-{c[2]}" for c in CELLS]
)
def test_the_cell_reads_as_the_page_shows_it(name: str, key: str, field: str, shown: str, also: str) -> None:
    from extract import extract
    from extract.merge import merge

    rows = {row.key: row for row in merge(extract(AUDIT29 / name)).rows}
    text = getattr(rows[key], field)
    assert shown in text and also in text, text
