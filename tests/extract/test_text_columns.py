"""A borderless table's later page, read under the gutters of the page before: each run in its column (fix39)."""

from __future__ import annotations

from collections.abc import Sequence

from typeset import columns, glyphs

from extract.text_columns import unplaced_runs, unplaced_runs_warning, zone_columns
from extract.text_grid import text_table
from extract.text_lines import page_text_lines

#: Column lefts (pt): indicators, tasks, implementing, lead, sector guidance, coordinating.
XS = (50.0, 170.0, 295.0, 420.0, 545.0, 665.0)
HEADER = ("Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan thực hiện", "Cơ quan chủ trì", "Hướng dẫn", "Phối hợp")
#: Each column's text as wide as its column allows (a row of the header page): 100 pt of glyphs.
FULL = "abcdefghij klmnopqrs"


def _first_page() -> tuple[tuple[float, float], ...] | list[float]:
    chars = (
        columns(50.0, [[t] for t in HEADER], XS)
        + columns(80.0, [[FULL, FULL]] * 6, XS)
        + columns(120.0, [[FULL]] * 6, XS)
    )
    found = text_table(chars, [])
    assert found is not None and found[1]  # the header was read
    return found[0].gutters, list(found[0].xs)


def _most_overlap(x0: float, x1: float, xs: Sequence[float]) -> int:
    return max(range(len(xs) - 1), key=lambda k: min(x1, xs[k + 1]) - max(x0, xs[k]))


def test_a_later_page_with_an_empty_column_keeps_each_column_over_its_own() -> None:
    """w1 page 3: a cut row's rest with its implementing cell empty and a short lead ("hội"); each page column
    must overlap most the first page's column of its own index, which is how its cells get their field."""
    gutters, first_xs = _first_page()
    rest = [["hộ nghèo được", "bố công khai"], ["nghèo, hộ cận", "thủ tục."], [], ["hội"], ["hội"], ["tử thành phố"]]
    found = text_table(columns(40.0, rest, XS), [], gutters)
    assert found is not None
    xs = found[0].xs
    assert len(xs) == len(first_xs)
    assert [_most_overlap(xs[k], xs[k + 1], first_xs) for k in range(len(xs) - 1)] == list(range(len(xs) - 1))
    assert found[0].unsure == ()


def test_a_run_inside_a_gutter_of_the_page_before_is_named() -> None:
    """A run that lies between two columns as the page before spaced them belongs to neither for sure."""
    gutters, _ = _first_page()
    g0, g1 = gutters[2]  # between implementing and lead
    assert g1 - g0 > 12
    lines = page_text_lines(glyphs("ab", g0 + 1, 40.0) + glyphs("xyz", XS[0], 40.0))
    xs = [XS[0] - 5, *((a + b) / 2 for a, b in gutters), XS[-1] + 110]
    assert unplaced_runs(lines, xs, gutters) == ("ab",)
    assert zone_columns(g0 + 1, g0 + 11, gutters) == set()
    assert zone_columns(XS[3], XS[3] + 30, gutters) == {3}
    (warning,) = unplaced_runs_warning([(3, "ab")])
    assert "page(s) 3" in warning and '"ab"' in warning


def test_no_zones_no_doubts() -> None:
    lines = page_text_lines(glyphs("ab", 60.0, 40.0))
    assert unplaced_runs(lines, [50.0, 100.0], ()) == ()
