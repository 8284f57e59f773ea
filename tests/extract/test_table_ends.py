"""Where the appendix's table starts and ends among a whole plan's tables: the rules on small cases."""

from __future__ import annotations

from typeset import columns, glyphs

from core.text import ink
from extract.coverage import PageAccount, account_pages, free_lines
from extract.grid import Grid, GridCell
from extract.headed_pages import mark_headed_pages
from extract.pdf_objects import Char, PageObjects
from extract.pdf_page import PageReading
from extract.table_ends import body_table_before, foreign_band, other_columns, other_table_after

APPENDIX = {"dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"}
BUDGET = {"tasks", "budget", "lead", "coordinating", "deadline"}
DEADLINES = {"tasks", "lead", "deadline"}


def _grid(rows: list[list[float]]) -> Grid:
    """A grid of one band per row, each row's cells ending at the given x's (from 0)."""
    xs = sorted({0.0, *(x for row in rows for x in row)})
    ys = tuple(float(10 * i) for i in range(len(rows) + 1))
    cells, atoms = [], []
    for band, row in enumerate(rows):
        start, line = 0.0, []
        for end in row:
            first, last = xs.index(start), xs.index(end)
            line += [len(cells)] * (last - first)
            cells.append(GridCell(start, ys[band], end, ys[band + 1], band, first, band + 1, last))
            start = end
        atoms.append(tuple(line))
    return Grid(tuple(xs), ys, tuple(cells), tuple(atoms))


def test_a_band_whose_rules_are_not_the_headers_ends_the_appendix_and_one_split_column_does_not() -> None:
    header = [0.0, 100.0, 200.0, 300.0, 400.0]
    grid = _grid([[100, 200, 300, 400], [100, 150, 200, 300, 400], [400], [60, 330, 400], [60, 330, 400]])
    assert (
        foreign_band(grid, header, 0) == 3
    )  # a data row, a row splitting one column, a section row, then another table
    assert foreign_band(grid, header, 4) == 4
    assert foreign_band(_grid([[100, 200, 300, 400], [400]]), header, 0) is None


def test_other_columns_need_a_field_the_appendix_lacks_or_two_of_its_own_missing() -> None:
    assert other_columns(APPENDIX, BUDGET) and other_columns(APPENDIX, DEADLINES)
    assert not other_columns(APPENDIX, APPENDIX - {"indicators"})  # a header printed again, one label lost
    assert not other_columns(APPENDIX, APPENDIX)


def test_a_header_of_other_columns_after_the_appendix_heads_another_table_unless_a_plan_appendix_is_titled() -> None:
    assert other_table_after(["DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH"], APPENDIX, BUDGET)
    # under "PHỤ LỤC II": a budget table is still another table (audit41 F1); a plan's appendix is read on
    assert other_table_after(["PHỤ LỤC II", "KẾT QUẢ THỰC HIỆN"], APPENDIX, BUDGET)
    assert not other_table_after(["PHỤ LỤC II", "KẾT QUẢ THỰC HIỆN"], APPENDIX, BUDGET | {"indicators"})
    assert not other_table_after(["PHỤ LỤC II"], APPENDIX, BUDGET, ["IV. Kiểm soát tham nhũng trong khu vực công"])
    assert not other_table_after([], APPENDIX, APPENDIX)  # a part under the same columns


def test_a_body_table_before_the_appendix_title_is_no_part_of_the_appendix() -> None:
    body_above = ["III. TỔ CHỨC THỰC HIỆN", "1. Lộ trình thực hiện:"]
    title = ["PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM 2026"]
    assert body_table_before(body_above, ["2. Sở Tài chính bố trí kinh phí.", *title], DEADLINES, APPENDIX)
    assert not body_table_before(["PHỤ LỤC I"], ["PHỤ LỤC II"], DEADLINES, APPENDIX)  # two appendices
    assert not body_table_before(body_above, ["Nơi nhận:"], DEADLINES, APPENDIX)  # no appendix title between


HEADER = (
    ("indicators", "Chỉ tiêu"),
    ("tasks", "Nhiệm vụ và giải pháp"),
    ("implementing", "Cơ quan thực hiện"),
    ("lead", "Cơ quan chủ trì tổ chức, triển khai thực hiện"),
    ("coordinating", "Cơ quan phối hợp"),
)
XS = (50.0, 200.0, 400.0, 500.0, 620.0)


def _page(page_no: int, chars: list[Char]) -> PageReading:
    return PageReading(page_no, (), bool(chars), loose=PageObjects(chars, []))


def _chain(first: list[Char]) -> tuple[PageAccount, tuple[str, ...], list[tuple[bool, int, str, str]]]:
    """Page 1 as given (no table read on it), page 2 the appendix's read table; the ledger closed."""
    one = PageAccount(1, free=free_lines(first, []), text_chars=ink("".join(c["text"] for c in first)))
    two = PageAccount(2, drawn=400, placed=400, boxes=[(50.0, 40.0, 780.0, 500.0)], text_chars=400)
    named = mark_headed_pages([_page(1, first), _page(2, [])], [one, two], HEADER)
    return one, account_pages([one, two])[1], named


def test_a_page_before_the_appendix_that_prints_its_header_is_counted_as_lost() -> None:
    """A page whose table no reader found (centred section rows hid its columns) but that prints the
    appendix's header in its columns: its text from the header down is in no row, and the ledger says so."""
    title = glyphs("PHỤ LỤC", 300, 40) + glyphs("Nhiệm vụ và giải pháp nâng cao Chỉ số PAPI", 200, 54)
    header = columns(
        80, [["Chỉ tiêu"], ["Nhiệm vụ và giải pháp"], ["Cơ quan thực"], ["Cơ quan chủ trì"], ["Cơ quan"]], XS
    )
    header += columns(94, [[""], [""], ["hiện"], ["tổ chức"], ["phối hợp"]], XS)
    body = columns(120, [["1. Hiểu biết"], ["- Tăng cường phổ biến"], ["UBND"], ["Phòng Tư pháp"], ["Công an"]], XS)
    account, warnings, named = _chain(title + header + body)
    assert account.unread_table and not named
    assert account.text_chars == ink("".join(c["text"] for c in header + body))
    assert warnings[0].startswith(f"page 1: {account.text_chars} characters")


def test_a_heading_of_the_plans_text_naming_the_roles_is_no_header() -> None:
    """review41 M1: a body page's heading "Cơ quan chủ trì, cơ quan phối hợp" over prose is one run of text."""
    prose = glyphs("Cơ quan chủ trì, cơ quan phối hợp, cơ quan thực hiện", 50, 40)
    prose += glyphs("Chỉ tiêu, nhiệm vụ và giải pháp được giao cho các cơ quan", 50, 54)
    account, warnings, named = _chain(prose)
    assert not account.unread_table and not warnings and not named


def test_a_header_under_another_appendix_title_after_the_appendix_is_named_as_a_table_not_read() -> None:
    """review41 M3: "PHỤ LỤC II" over a borderless table headed like the appendix, after it: named, not lost."""
    page = glyphs("PHỤ LỤC II", 300, 40)
    page += columns(
        80, [["Chỉ tiêu"], ["Nhiệm vụ và giải pháp"], ["Cơ quan thực"], ["Cơ quan chủ trì"], ["Cơ quan"]], XS
    )
    one = PageAccount(1, drawn=400, placed=400, boxes=[(50.0, 40.0, 780.0, 500.0)], text_chars=400)
    two = PageAccount(2, free=free_lines(page, []), text_chars=ink("".join(c["text"] for c in page)))
    named = mark_headed_pages([_page(1, []), _page(2, page)], [one, two], HEADER)
    assert not two.unread_table and [(after, p, title) for after, p, title, _ in named] == [(True, 2, "PHỤ LỤC II")]
