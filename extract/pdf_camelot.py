"""The camelot engine: camelot's lattice parser finds the ruled tables, pdfplumber the text.

Camelot detects table rules from a rendered image of the page, which holds up where a PDF draws
its borders oddly (many tiny segments, images of lines). Its cells become the same
:class:`~extract.grid.Grid` the default engine builds, so both engines share everything after
that: characters, lines, header mapping and merging.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from core.errors import ExtractError
from extract.grid import Grid, edges_to_grids
from extract.pdf import read_pdf
from extract.pdf_objects import PageObjects
from extract.reading import Reading


def camelot_table_to_edges(table: Any, page_height: float) -> list[dict[str, float | str]]:
    """Turn a camelot table's bounded cell sides into pdfplumber-style edges (top-left origin)."""
    edges: list[dict[str, float | str]] = []
    for row in table.cells:
        for cell in row:
            top, bottom = page_height - cell.y2, page_height - cell.y1
            if cell.top:
                edges.append({"orientation": "h", "x0": cell.x1, "x1": cell.x2, "top": top, "bottom": top})
            if cell.bottom:
                edges.append({"orientation": "h", "x0": cell.x1, "x1": cell.x2, "top": bottom, "bottom": bottom})
            if cell.left:
                edges.append({"orientation": "v", "x0": cell.x1, "x1": cell.x1, "top": top, "bottom": bottom})
            if cell.right:
                edges.append({"orientation": "v", "x0": cell.x2, "x1": cell.x2, "top": top, "bottom": bottom})
    return edges


#: How far (pt) a rule the PDF draws may lie from the side camelot found and still be that side.
DRAWN_SLACK = 2.0
#: The share of a side the PDF's rules must cover for it to be drawn.
DRAWN_SHARE = 0.5


def undrawn_bottom_dropped(
    edges: list[dict[str, float | str]], page_edges: Sequence[dict[str, Any]]
) -> list[dict[str, float | str]]:
    """Drop a table's bottom side where the PDF draws its other rules but no rule there: the row was left open.

    Camelot closes a table at the foot of its column rules, so a row a browser cut at the page
    bottom and left open (no rule under it) looks finished, and its rest on the next page a row of
    its own. Where the page draws no rules as vectors (lines in an image), camelot's side stays.
    """
    drawn = [e for e in page_edges if e["orientation"] == "h"]
    sides = [e for e in edges if e["orientation"] == "h"]
    if not drawn or not sides:
        return edges
    bottom = max(float(e["top"]) for e in sides)

    def undrawn(edge: dict[str, float | str]) -> bool:
        x0, x1, y = float(edge["x0"]), float(edge["x1"]), float(edge["top"])
        covered = sum(
            max(0.0, min(x1, float(d["x1"])) - max(x0, float(d["x0"])))
            for d in drawn
            if abs(float(d["top"]) - y) <= DRAWN_SLACK
        )
        return covered < DRAWN_SHARE * (x1 - x0)  # the column rules' square ends are no rule under the row

    return [e for e in edges if not (e["orientation"] == "h" and float(e["top"]) == bottom and undrawn(e))]


def read_pdf_camelot(path: Path, password: str | None = None) -> Reading:
    """Read the appendix with camelot lattice for the tables and pdfplumber for the characters."""
    import camelot

    # ``read_pdf`` is camelot's documented entry point, but camelot/__init__.py re-exports it from
    # camelot.io without ``__all__``, so mypy --strict (no implicit re-export) rejects the access.
    camelot_read_pdf: Callable[..., Any] = camelot.read_pdf  # type: ignore[attr-defined]
    try:
        tables = camelot_read_pdf(str(path), flavor="lattice", pages="all", password=password)
    except Exception as exc:  # camelot wraps pdf errors in many types; say which and stop here
        msg = f"camelot could not read the PDF ({type(exc).__name__}: {exc})"
        raise ExtractError(msg) from exc
    by_page: dict[int, list[Any]] = {}
    for table in tables:
        by_page.setdefault(int(table.page), []).append(table)

    def camelot_grids(page_no: int, page: Any, objects: PageObjects) -> list[Grid]:
        edges: list[dict[str, float | str]] = []
        for table in by_page.get(page_no, []):
            edges += undrawn_bottom_dropped(camelot_table_to_edges(table, float(page.height)), objects.edges)
        return edges_to_grids(edges)

    return read_pdf(path, password, camelot_grids)
