"""Where the appendix's table starts and ends among a whole plan's tables: the rules on small cases."""

from __future__ import annotations

import extract.pdf_chain as pdf_chain
from core.text import ink
from extract.coverage import FreeLine, PageAccount, account_pages
from extract.grid import Grid, GridCell
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


def test_a_header_of_other_columns_after_the_appendix_heads_another_table_unless_an_appendix_title_is_before_it() -> (
    None
):
    assert other_table_after(["DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH"], APPENDIX, BUDGET)
    assert not other_table_after(["PHỤ LỤC II", "KẾT QUẢ THỰC HIỆN"], APPENDIX, BUDGET)
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


def _line(top: float, text: str) -> FreeLine:
    return FreeLine(top, top + 10, 50.0, 780.0, text)


def test_a_page_before_the_appendix_that_prints_its_header_is_counted_as_lost() -> None:
    """A page whose table no reader found (centred section rows hid its columns) but that prints the
    appendix's header: its text from the header down is in no row, and the ledger says so."""
    title = [_line(40, "PHỤ LỤC"), _line(55, "Nhiệm vụ và giải pháp nâng cao Chỉ số PAPI năm 2024")]
    header = [
        _line(80, "Chỉ tiêu   Nhiệm vụ và giải pháp   Cơ quan thực   Cơ quan chủ trì tổ   Cơ quan phối"),
        _line(92, "hiện   chức, triển khai   hợp"),
    ]
    body = [
        _line(120, "I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ"),
        _line(135, "1. Hiểu biết về chính sách   - Tăng cường"),
    ]
    first = PageAccount(1, free=tuple(title + header + body), text_chars=900)
    second = PageAccount(2, drawn=400, placed=400, boxes=[(50.0, 40.0, 780.0, 500.0)], text_chars=400)
    pdf_chain._mark_headed_pages([first, second], HEADER)
    coverage, warnings = account_pages([first, second])
    assert coverage.loss_pages == (1,) and not coverage.complete
    under = sum(ink(line.text) for line in header + body)
    assert first.text_chars == under and warnings[0].startswith(f"page 1: {under} characters")


def test_prose_before_the_appendix_is_not_taken_for_its_header() -> None:
    prose = [
        _line(40, "Các cơ quan thực hiện nhiệm vụ theo chỉ tiêu được giao, cơ quan chủ trì tổ chức triển khai"),
        _line(55, "và cơ quan phối hợp báo cáo kết quả về Sở Nội vụ trước ngày 15/12 hằng năm."),
    ]
    first = PageAccount(1, free=tuple(prose), text_chars=150)
    second = PageAccount(2, drawn=400, placed=400, boxes=[(50.0, 40.0, 780.0, 500.0)], text_chars=400)
    pdf_chain._mark_headed_pages([first, second], HEADER)
    assert not first.unread_table and account_pages([first, second])[0].complete
