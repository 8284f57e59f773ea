"""A page's header: a two-row header stacked, and the header printed again at a later page top, whole or clipped."""

from __future__ import annotations

from collections.abc import Sequence

from conftest import ROOT

from core.model import CellPiece, Line
from core.text import ink
from extract import extract
from extract.grid import Grid, GridCell, atoms_to_grid
from extract.header import labels_to_fields
from extract.merge import merge
from extract.pdf_chain import pages_to_reading
from extract.pdf_page import (
    MAX_HEADER_BANDS,
    MAX_TITLE_BANDS,
    Bands,
    PageReading,
    PageTable,
    body_text_header,
    clipped_rest,
    find_header,
    repeated_header,
)

#: Columns: indicators, tasks, two agency columns under one spanning cell, deadline, result (pt).
XS = (0.0, 100.0, 200.0, 250.0, 300.0, 350.0, 400.0)
TOP = ("Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan thực hiện", "Thời hạn hoàn thành", "Kết quả/sản phẩm")
ROLES = ("Chủ trì", "Phối hợp")
ROW = ("1. Tỷ lệ người dân biết", "- Tuyên truyền pháp luật", "Sở Nội vụ", "UBND các xã", "Quý II", "Báo cáo")
TAIL = ("phố.", "", "", "", "", "")


def _grid(merged_header: bool, data_bands: int = 2) -> Grid:
    """A header row whose third cell spans the two agency columns, over a band of their own labels.

    With ``merged_header`` the other header cells reach down over both bands (rowspan), as
    Chromium and LibreOffice draw them; without it the band under holds empty cells there.
    """
    ys = (0.0, 20.0, *(40.0 + 60.0 * k for k in range(data_bands + 1)))
    return atoms_to_grid(
        XS,
        ys,
        lambda r, c: r == 0 and c == 2,
        lambda r, c: merged_header and r == 0 and c in (0, 1, 4, 5),
    )


def _pieces(grid: Grid, texts: dict[tuple[int, int], str]) -> dict[int, CellPiece]:
    """Give each cell the lines of its text (lines split at "\\n"), by (band, first column)."""
    out = {}
    for i, cell in enumerate(grid.cells):
        text = texts.get((cell.row, cell.col), "")
        out[i] = CellPiece(lines=tuple(Line(text=t) for t in text.split("\n") if t))
    return out


def _texts(top: tuple[str, ...], under: tuple[str, ...], *rows: tuple[str, ...]) -> dict[tuple[int, int], str]:
    texts = {(0, c): t for c, t in zip((0, 1, 2, 4, 5), top, strict=True)}
    texts |= {(1, 2 + k): t for k, t in enumerate(under)}
    for r, row in enumerate(rows, start=2):
        texts |= {(r, c): t for c, t in enumerate(row)}
    return texts


def test_a_two_row_header_is_stacked_even_when_its_top_row_names_enough_fields() -> None:
    for merged in (True, False):
        grid = _grid(merged)
        header = find_header(grid, _pieces(grid, _texts(TOP, ROLES, ROW)))
        assert header is not None
        end, labelled = header
        labels = [label for _, label in labelled]
        assert end == 1
        assert labels[2:4] == ["Cơ quan thực hiện › Chủ trì", "Cơ quan thực hiện › Phối hợp"]
        assert list(labels_to_fields(labels).values()).count("lead") == 1
        assert labels_to_fields(labels)[3] == "coordinating"


def test_agency_names_under_a_wide_header_cell_are_a_data_row() -> None:
    """No merged header cells, and the band under holds agency names: data, not the header's second row."""
    grid = _grid(merged_header=False)
    header = find_header(grid, _pieces(grid, _texts(TOP, ("Sở Nội vụ", "UBND các xã"), ROW)))
    assert header is not None and header[0] == 0


def _known(labelled: Sequence[tuple[GridCell, str]]) -> list[tuple[str, float, float]]:
    """The appendix's columns as the chain keeps them: (label, x0, x1)."""
    return [(label, cell.x0, cell.x1) for cell, label in labelled]


def test_a_clipped_repeated_header_is_known_by_the_first_page_labels_and_its_hidden_rest_taken_out() -> None:
    grid = _grid(True)
    first = find_header(grid, _pieces(grid, _texts(TOP, ROLES, ROW)))
    assert first is not None
    known = _known(first[1])
    # a later page: LibreOffice clips the repeated header; the labels' hidden rest is read in the band under it
    clipped_top = ("Chỉ", "Nhiệm", "Cơ quan thực hiện", "Thời", "Kết")
    tail = ("tiêu\nphố.", "vụ, giải\npháp", "trì", "Phối hợp", "hạn hoàn", "quả/sản")
    pieces = _pieces(grid, _texts(clipped_top, ("Chủ", ""), tail, ROW))
    bands = Bands(grid, pieces)
    assert find_header(grid, pieces) is None  # what is left names too few fields to be found as a header
    repeated = repeated_header(bands, known)
    assert repeated is not None and repeated[0] == 1
    kept, taken = clipped_rest(bands, repeated, known)
    assert taken == ("tiêu", "vụ, giải", "pháp", "trì", "Phối hợp", "hạn hoàn", "quả/sản")
    under = {(grid.cells[i].row, grid.cells[i].col): p.text for i, p in kept.items() if grid.cells[i].row == 2}
    assert under == {(2, 0): "phố.", (2, 1): "", (2, 2): "", (2, 3): "", (2, 4): "", (2, 5): ""}


def test_a_page_top_data_row_is_no_repeated_header() -> None:
    grid = _grid(True)
    first = find_header(grid, _pieces(grid, _texts(TOP, ROLES, ROW)))
    assert first is not None
    known = _known(first[1])
    rows = atoms_to_grid(XS, (0.0, 60.0, 120.0), lambda r, c: False, lambda r, c: False)
    pieces = _pieces(rows, {(r, c): t for r, row in enumerate((TAIL, ROW)) for c, t in enumerate(row)})
    assert repeated_header(Bands(rows, pieces), known) is None


def _page(page_no: int, grid: Grid, pieces: dict[int, CellPiece]) -> PageReading:
    drawn = sum(ink(p.text.replace(" ", "")) for p in pieces.values())
    table = PageTable(grid, pieces, find_header(grid, pieces), (), drawn)
    return PageReading(page_no, (table,), True, text_chars=drawn)


def test_the_chain_keeps_the_first_page_columns_under_a_clipped_repeated_header() -> None:
    grid = _grid(True)
    one = _page(1, grid, _pieces(grid, _texts(TOP, ROLES, ROW, ROW)))
    clipped = _texts(
        ("Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan thực hiện", "Thời hạn", "Kết quả/sản"),
        ROLES,
        ("phố.", "", "", "", "hoàn", "phẩm"),
        ROW,
    )
    two = _page(2, grid, _pieces(grid, clipped))
    reading = pages_to_reading([one, two])
    assert [field for field, _ in reading.header] == [
        "indicators",
        "tasks",
        "lead",
        "coordinating",
        "deadline",
        "expected_result",
    ]
    assert len(reading.rows) == 4
    tail = reading.rows[2]
    assert tail.page == 2 and tail.page_top and tail.cells["indicators"].text == "phố."
    assert not tail.extra and not tail.cells["deadline"].lines and not tail.cells["expected_result"].lines
    assert all(not row.extra for row in reading.rows)
    assert reading.rows[3].cells["coordinating"].text == "UBND các xã"
    assert any("hoàn | phẩm" in w for w in reading.warnings)
    assert reading.coverage.complete


ODD = ("Chỉ tiêu", "Giải pháp", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm")


def test_a_row_inside_the_table_read_as_another_header_is_said() -> None:
    grid = _grid(True, data_bands=3)
    reading = pages_to_reading([_page(1, grid, _pieces(grid, _texts(TOP, ROLES, ROW, ODD, ROW)))])
    assert len(reading.rows) == 2  # the odd band is left out as a header ...
    assert any("reads as a header row" in w and "Giải pháp" in w for w in reading.warnings)  # ... and said


def test_the_appendix_header_printed_again_inside_the_table_is_left_out_quietly() -> None:
    grid = atoms_to_grid(
        XS,
        (0.0, 20.0, 40.0, 100.0, 120.0, 140.0, 200.0),
        lambda r, c: r in (0, 3) and c == 2,
        lambda r, c: r in (0, 3) and c in (0, 1, 4, 5),
    )
    texts = _texts(TOP, ROLES, ROW)
    texts |= {(3, c): t for c, t in zip((0, 1, 2, 4, 5), TOP, strict=True)}
    texts |= {(4, 2 + k): t for k, t in enumerate(ROLES)}
    texts |= {(5, c): t for c, t in enumerate(ROW)}
    reading = pages_to_reading([_page(1, grid, _pieces(grid, texts))])
    assert len(reading.rows) == 2
    assert not any("reads as a header row" in w for w in reading.warnings)


#: A plain header (one band) for the title-band tests: indicators, tasks, lead, coordinating, deadline, result.
PLAIN = ("Chỉ tiêu", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kết quả")


def _titled_grid(above: Sequence[str | None]) -> tuple[Grid, dict[int, CellPiece]]:
    """A printed spreadsheet grid: ``above`` bands over the header, then one data row.

    A band of ``above`` is a title merged across the table (its text), an empty row ("") or a data
    row of six cells (None).
    """
    n = len(above)
    ys = tuple(20.0 * k for k in range(n + 3))
    grid = atoms_to_grid(XS, ys, lambda r, c: r < n and above[r] not in (None, ""), lambda r, c: False)
    texts: dict[tuple[int, int], str] = {}
    for r, text in enumerate(above):
        if text is None:
            texts |= {(r, c): t for c, t in enumerate(ROW)}
        elif text:
            texts[(r, 0)] = text
    texts |= {(n, c): t for c, t in enumerate(PLAIN)}
    texts |= {(n + 1, c): t for c, t in enumerate(ROW)}
    return grid, _pieces(grid, texts)


def test_title_rows_and_an_empty_row_over_the_header_do_not_hide_it() -> None:
    """samples/audit2/b8: Calc prints the title rows and an empty row inside its grid, the header at band 4."""
    grid, pieces = _titled_grid(["PHỤ LỤC", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI", "(Kèm theo Kế hoạch số 40/KH-UBND)", ""])
    header = find_header(grid, pieces)
    assert header is not None
    assert (header[0], [label for _, label in header[1]]) == (4, list(PLAIN))


def test_a_calc_sheet_printed_with_grid_lines_is_read_with_its_title() -> None:
    """samples/audit2/b8 (LibreOffice Calc, grid lines printed): refused before, as no table had a header."""
    doc = merge(extract(ROOT / "samples" / "audit2" / "b8-calc-gridlines.pdf"))
    assert len(doc.rows) == 7
    assert doc.title.startswith("PHỤ LỤC\nNHIỆM VỤ CẢI THIỆN") and doc.title.endswith("tỉnh Thái Nguyên)")
    assert doc.coverage is not None and doc.coverage.complete


def test_a_header_under_four_rows_of_data_is_still_no_header() -> None:
    """Rows with text in their cells count: a table whose header-like row comes after four of them holds no appendix."""
    grid, pieces = _titled_grid([None, None, None, None])
    assert find_header(grid, pieces) is None
    grid, pieces = _titled_grid(["", None, None, None, None])
    assert find_header(grid, pieces) is None
    grid, pieces = _titled_grid(
        ["Bảng 2", *[""] * (MAX_TITLE_BANDS + MAX_HEADER_BANDS - 1)]
    )  # only so many passed over
    assert find_header(grid, pieces) is None


FLAT = ("Chỉ tiêu", "Nhiệm vụ, giải pháp", "Chủ trì", "Phối hợp", "Thời hạn hoàn thành", "Kết quả/sản phẩm")


def _run_together(page_no: int) -> PageReading:
    """A page whose table's row rules were not found: one band, each column its label over three rows' text."""
    grid = atoms_to_grid(XS, (0.0, 400.0), lambda r, c: False, lambda r, c: False)
    rows = [tuple(f"{k}. {t}" if c == 0 else t for c, t in enumerate(ROW)) for k in (1, 2, 3)]
    pieces = _pieces(grid, {(0, c): "\n".join([label] + [row[c] for row in rows]) for c, label in enumerate(FLAT)})
    drawn = sum(ink(p.text.replace(" ", "")) for p in pieces.values())
    table = PageTable(grid, pieces, find_header(grid, pieces), (), drawn, body_text_header(grid, pieces))
    return PageReading(page_no, (table,), True, text_chars=drawn)


def test_a_table_run_together_under_its_labels_is_no_header_and_its_page_is_named() -> None:
    """Rows read into the header row (list items under each label) are not taken for the header: loud, not silent."""
    alone = pages_to_reading([_run_together(1)])
    assert not alone.rows and "ROWS LOST on page(s) 1" in alone.seen
    grid = _grid(True)
    reading = pages_to_reading([_run_together(1), _page(2, grid, _pieces(grid, _texts(TOP, ROLES, ROW, ROW)))])
    assert len(reading.rows) == 2
    assert any(w.startswith("ROWS LOST on page(s) 1:") and "1. Tỷ lệ" in w for w in reading.warnings)
