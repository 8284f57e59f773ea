"""A second review of four rules (samples/review41): the misfires it found, mended, and what held.

Rule 1, a page that prints the appendix's header where no table was read, counted as lost: a heading
of the plan's text naming the roles is one run, no header (M1, M2); "PHỤ LỤC II" over such a page after
the appendix is another table, named (M3). Rule 2, centred section rows: a column at the table's middle
centres its own short lines ("UBND"), so a centred heading must be numbered (M4). Rule 4, one column for
two roles: roles after a space read from a PDF line end, after a comma, with words before their colon
(M5-M7). Expected values are the reviewer's, by hand (samples/review41/check.py).
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from core.errors import ExtractError
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

DOCS = ROOT / "samples" / "review41" / "docs"


def _lost_pages(name: str) -> tuple[int, ...]:
    doc = extract(DOCS / name, ExtractSettings())
    assert doc.coverage is not None
    return doc.coverage.loss_pages


@pytest.mark.parametrize(
    "name",
    [
        "p1a-body-role-prose.pdf",
        "p1b-body-borderless-summary.pdf",
        "p1c-body-lists-columns.pdf",
        "p1e-body-ruled-same-header.pdf",
        "p1g-body-role-prose-one-page.pdf",
        "p1h-body-lists-columns-one-page.pdf",
        "p1d-signature-page-after.pdf",
    ],
)
def test_the_plans_own_pages_naming_the_roles_are_no_lost_appendix_page(name: str) -> None:
    assert _lost_pages(name) == ()


def test_a_page_typed_under_the_header_where_no_table_was_read_is_counted_as_lost() -> None:
    assert _lost_pages("p1i-first-page-tab-typed.pdf") == (2,)


def test_another_appendix_under_its_own_title_after_the_appendix_is_named_not_counted() -> None:
    doc = extract(DOCS / "p1f-borderless-appendix-ii-after.pdf", ExtractSettings())
    assert doc.coverage is not None and doc.coverage.loss_pages == ()
    assert any("after the appendix's table are not read" in w and "PHỤ LỤC II" in w for w in doc.warnings)


@pytest.mark.parametrize("name", ["r2b-lead-alone-first-line.pdf", "r2b2-left-secs-lead-alone-first-line.pdf"])
def test_a_short_line_centred_in_the_middle_column_ends_no_table(name: str) -> None:
    """ "UBND" alone on a row's first line, centred in the lead column at the table's middle: it took the
    section row under it and its rows away, exit 0 (M4). Read whole, or refused, never short."""
    try:
        rows = merge(extract(DOCS / name, ExtractSettings())).rows
    except ExtractError:
        return
    assert len(rows) == 4


@pytest.mark.parametrize(
    "name", ["r2a-centred-lead-second-line.pdf", "r2g-booktabs-centred.pdf", "r2h-numbered-lead-line.pdf"]
)
def test_numbered_headings_centred_on_a_borderless_table_are_section_rows(name: str) -> None:
    assert len(merge(extract(DOCS / name, ExtractSettings())).rows) == 4


@pytest.mark.parametrize("name", ["r4a-slash.docx", "r4a-slash.pdf"])
def test_roles_in_one_column_are_split_as_the_cells_write_them(name: str) -> None:
    rows = merge(extract(DOCS / name, ExtractSettings())).rows
    got = [(row.lead, row.coordinating) for row in rows]
    assert got == [
        ("Phòng Tư pháp", "Công an huyện"),
        ("Phòng Tư pháp phối hợp với Công an huyện", ""),  # no role written before or after the bodies
        ("Phòng Nội vụ", "UBND các xã, thị trấn"),
        ("PHÒNG NỘI VỤ", "UBMTTQVN HUYỆN"),
        ("Phòng Tài chính - Kế hoạch", "Kho bạc Nhà nước huyện"),
        ("Phòng Tài nguyên và Môi trường", "UBND các xã"),
        ("Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao"),
        ("Phòng Nội vụ", "Phòng Tư pháp"),  # each role in brackets after its bodies
    ]
