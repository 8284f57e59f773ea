"""Which drawn paths are rules: a path painted white (or not painted) shows nothing and makes no table edge."""

from __future__ import annotations

import pytest
from conftest import ROOT

from core.settings import ExtractSettings
from extract import extract
from extract.pdf_objects import pdfminer_rgb, shows_on_paper

AUDIT2 = ROOT / "samples" / "audit2"


def test_white_or_unpainted_paths_do_not_show() -> None:
    white, black, grey = (1.0, 1.0, 1.0), (0.0, 0.0, 0.0), (0.8, 0.8, 0.8)
    assert not shows_on_paper(True, white, False, black)  # a white box behind the page body
    assert not shows_on_paper(False, black, False, black)  # a clip, painted neither way
    assert not shows_on_paper(True, white, True, white)
    assert shows_on_paper(False, white, True, black)  # a stroked rule over a white fill
    assert shows_on_paper(True, grey, False, black)  # a shaded header cell
    assert shows_on_paper(True, None, False, None)  # a pattern: cannot tell, counts as ink


def test_pdfminer_colours_in_every_device_space() -> None:
    assert pdfminer_rgb(1) == (1.0, 1.0, 1.0)
    assert pdfminer_rgb((0.5,)) == (0.5, 0.5, 0.5)
    assert pdfminer_rgb((1, 1, 1)) == (1.0, 1.0, 1.0)
    assert pdfminer_rgb((0, 0, 0, 0)) == (1.0, 1.0, 1.0)  # CMYK paper
    assert pdfminer_rgb((0, 0, 0, 1)) == (0.0, 0.0, 0.0)
    assert pdfminer_rgb("P1") is None
    assert pdfminer_rgb(None) is None


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_white_box_behind_the_page_body_does_not_swallow_the_title(engine: str) -> None:
    """samples/audit2/b3 (wkhtmltopdf): the white box's edges made a grid cell over the title, read as ""."""
    doc = extract(AUDIT2 / "b3-wkhtml-portrait-13pt.pdf", ExtractSettings(engine=engine))
    assert doc.title.split("\n")[0] == "PHỤ LỤC"
    assert doc.title.endswith("của UBND tỉnh Tây Ninh)")
    assert not any("no appendix title" in w for w in doc.warnings)
