"""Page images -> rules: grey rules of a grey scan, column rules that end on a row rule, a scanner's dark edge."""

from __future__ import annotations

from typing import Any

import numpy as np

from extract.grid import edges_to_grids
from extract.ocr_image import clear_scanner_edges, find_rules, frame_at_bands, trim_stubs


def _grey_ruled_page() -> Any:
    """A 300 dpi grey page: black text-like blobs in a 3 x 3 table ruled in light grey 2 px lines.

    A 0.5 pt rule scanned at 200 dpi in grey and turned straight is such a line (grey 150-165).
    """
    import cv2

    page = np.full((1200, 1600), 250, np.uint8)
    for y in (200, 400, 600, 800):
        cv2.line(page, (200, y), (1400, y), 160, 2)
    for x in (200, 600, 1000, 1400):
        cv2.line(page, (x, 200), (x, 800), 160, 2)
    for row in (250, 450, 650):
        for x in range(230, 1380, 40):
            cv2.rectangle(page, (x, row), (x + 25, row + 35), 0, -1)
    return page


def test_light_grey_rules_among_black_text_are_found() -> None:
    """Otsu's threshold, set between black text and paper, leaves grey rules out; they are rules still."""
    edges, _ = find_rules(_grey_ruled_page(), 300)
    grids = edges_to_grids(edges)
    assert len(grids) == 1
    assert len(grids[0].cells) == 9


def test_a_shaded_header_is_no_rule_and_its_black_rules_stay() -> None:
    """A header band shaded grey 160 (a scanned "Gray-25%" fill), darker than the rule mask's limit, with black rules."""
    import cv2

    page = np.full((1200, 1600), 250, np.uint8)
    page[201:400, 201:1400] = 160  # the shaded header band, as a scan darkens it
    for y in (200, 400, 600, 800):
        cv2.line(page, (200, y), (1400, y), 0, 3)
    for x in (200, 600, 1000, 1400):
        cv2.line(page, (x, 200), (x, 800), 0, 3)
    for row in (250, 450, 650):
        for x in range(230, 1380, 40):
            cv2.rectangle(page, (x, row), (x + 25, row + 35), 0, -1)
    grids = edges_to_grids(find_rules(page, 300)[0])
    assert len(grids) == 1
    assert [round(y * 300 / 72) for y in grids[0].ys] == [200, 400, 600, 800]
    assert len(grids[0].cells) == 9


def test_a_column_rule_that_ends_on_a_row_rule_keeps_its_end() -> None:
    """The rule between "Chủ trì" and "Phối hợp" starts on the rule under "Cơ quan thực hiện": no stem."""
    rows = [(0.0, 500.0, 550.0), (0.0, 500.0, 600.5), (0.0, 500.0, 613.7), (0.0, 500.0, 700.0)]  # px = pt here
    assert trim_stubs(156.0, 599.5, 792.0, rows, 1.0) == (599.5, 792.0)
    assert trim_stubs(156.0, 606.0, 792.0, rows, 1.0) == (613.7, 792.0)  # inside the row: a stem, cut
    assert trim_stubs(156.0, 43.0, 614.5, rows, 1.0) == (43.0, 614.5)  # the same at the lower end
    assert trim_stubs(156.0, 43.0, 608.0, rows, 1.0) == (43.0, 600.5)


def _grouped_header_page(*, stem_in_section: bool = False) -> Any:
    """A 300 dpi page: a header "Cơ quan" over "Chủ trì" | "Phối hợp" (a 12 pt band), a section row across the table.

    The rule between the two agency columns runs only through the header's second band: the section
    row under it spans the table, so it is shorter than a column rule is looked for (samples/audit48 s01).
    With ``stem_in_section`` a bold capital's stem in the section row touches both its rules (s04 "ĐIỆN").
    """
    import cv2

    page = np.full((1400, 1600), 250, np.uint8)
    top, group, header, section, body = 200, 250, 300, 350, 700  # 50 px = 12 pt at 300 dpi
    for y in (top, header, section, body):
        cv2.line(page, (200, y), (1400, y), 0, 3)
    cv2.line(page, (1000, group), (1400, group), 0, 3)  # under "Cơ quan": its two columns only
    for x in (200, 600, 1000, 1400):
        cv2.line(page, (x, top), (x, body), 0, 3)
    cv2.line(page, (1200, group), (1200, header), 0, 3)  # "Chủ trì" | "Phối hợp": 12 pt
    cv2.line(page, (1200, section), (1200, body), 0, 3)  # the column's rule under the section row
    if stem_in_section:
        cv2.rectangle(page, (800, header), (806, section), 0, -1)
    return page


def test_a_short_column_rule_under_a_spanning_header_cell_is_a_rule() -> None:
    grids = edges_to_grids(find_rules(_grouped_header_page(), 300)[0])
    assert len(grids) == 1
    header_band = [(cell.col, cell.col_end) for cell in grids[0].cells if cell.row == 1]
    assert header_band == [(2, 3), (3, 4)]  # "Chủ trì", "Phối hợp" under "Cơ quan" (columns 2-3)


def test_a_stem_that_touches_both_rules_of_a_row_across_the_table_is_no_rule() -> None:
    edges, _ = find_rules(_grouped_header_page(stem_in_section=True), 300)
    assert not [e for e in edges if e["orientation"] == "v" and abs(float(e["x0"]) - 803 * 72 / 300) < 3]


def _page_with_left_band(band: int) -> Any:
    """The grey ruled page (table from x 200 px) with a black band ``band`` px wide down its left edge (a lid left open)."""
    page = _grey_ruled_page()
    page[:, :band] = 20
    return page


def test_a_scanners_dark_edge_is_no_rule_and_the_table_is_found_beside_it() -> None:
    """samples/audit15 s08a: read as rules, the band ran the table's frame up the page (its title became a cell)."""
    page, bands = clear_scanner_edges(_page_with_left_band(120), 300)
    assert bands == [("left", 120 + round(300 / 72))]
    assert (page[:, :124] == 250).all()  # painted the paper's grey
    edges, _ = find_rules(page, 300)
    grids = edges_to_grids(edges + frame_at_bands(edges, bands, 300))
    assert len(grids) == 1 and len(grids[0].cells) == 9
    assert [round(x * 300 / 72) for x in grids[0].xs] == [200, 600, 1000, 1400]


def test_a_band_over_the_tables_left_rule_closes_its_first_column_at_the_band() -> None:
    """The band hides the frame's left rule; the row rules run into it, so the first column is closed there."""
    page, bands = clear_scanner_edges(_page_with_left_band(210), 300)
    edges, _ = find_rules(page, 300)
    frame = frame_at_bands(edges, bands, 300)
    assert [(e["orientation"], round(float(e["x0"]) * 300 / 72)) for e in frame] == [("v", 214)]
    grids = edges_to_grids(edges + frame)
    assert len(grids) == 1 and len(grids[0].cells) == 9


def test_a_clean_page_is_left_as_it_is() -> None:
    page = _grey_ruled_page()
    cleared, bands = clear_scanner_edges(page, 300)
    assert bands == [] and cleared is page
