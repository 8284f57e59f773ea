"""Where the appendix's table starts and ends among a whole plan's tables: the rules on small cases."""

from __future__ import annotations

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
