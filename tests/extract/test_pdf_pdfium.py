"""The pdfium engine reads the same characters, with the same boxes, as the pdfplumber engine.

Boxes are compared char by char with pdfminer's (through :func:`extract.pdf_objects.page_objects`)
on pages of several producers: upright text, text scaled by the page matrix (Chromium), text
drawn with a rotated matrix, and pages with /Rotate. Word spaces are left out of the pairing:
pdfium folds a space at a line end into the line break it reports, pdfminer keeps it.
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from conftest import ROOT, SAMPLES

from extract.pdf_objects import Char, page_objects
from extract.pdf_pdfium import pdfium_page_objects, read_pages_pdfium
from extract.pdf_probe import probe_pdf

#: pdfium keeps a simple font's widths as whole thousandths of the size, so the origins of a long
#: line drift from pdfminer's by up to this much (pt) when a producer writes fractional widths.
X_TOLERANCE = 1.5
#: Heights and font sizes agree to float noise; tops and bottoms too where the font declares its descent.
Y_TOLERANCE = 0.05

#: (sample, 0-based page): upright, page-scaled (Chromium), rotated text matrix, /Rotate 90 and 270.
PAGES = [
    ("layouts/reportlab-booktabs.pdf", 1),
    ("layouts/reportlab-grid-closed.pdf", 0),
    ("layouts/chromium-thead.pdf", 1),
    ("layouts/reportlab-rotated-text.pdf", 1),
    ("layouts/libreoffice-rotate90.pdf", 1),
    ("layouts/libreoffice-rotate270.pdf", 2),
    ("plan-2024-landscape.pdf", 1),
]


def both_engines(path: Path, index: int) -> tuple[list[Char], list[Char]]:
    """The inked characters of one page as pdfminer and as pdfium read them, in drawing order."""
    with pdfplumber.open(path) as pdf:
        plumber = page_objects(pdf.pages[index]).chars
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[index]
        text_page = page.get_textpage()
        fast = pdfium_page_objects(page, text_page).chars
        text_page.close()
        page.close()
    finally:
        document.close()
    return [c for c in plumber if c["text"].strip()], [c for c in fast if c["text"].strip()]


def declares_no_descent(path: Path, index: int) -> bool:
    """Tell whether the page's fonts say /Descent 0: pdfminer then sets boxes on the baseline."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[index]
        fonts: Any = page.page_obj.resources.get("Font", {})
        from pdfminer.pdftypes import resolve1

        descents = [
            resolve1(resolve1(resolve1(font).get("FontDescriptor", {})).get("Descent", 0))
            for font in resolve1(fonts).values()
        ]
    return bool(descents) and all(d == 0 for d in descents)


@pytest.mark.parametrize(("sample", "index"), PAGES, ids=[f"{s}-p{i + 1}" for s, i in PAGES])
def test_char_boxes_match_pdfminer(sample: str, index: int) -> None:
    path = SAMPLES / sample
    plumber, fast = both_engines(path, index)
    assert "".join(c["text"] for c in fast) == "".join(c["text"] for c in plumber)
    assert len(plumber) > 100
    shifts: dict[float, list[float]] = defaultdict(list)
    for a, b in zip(plumber, fast, strict=True):
        assert abs(a["x0"] - b["x0"]) <= X_TOLERANCE, (a, b)
        assert abs(a["x1"] - b["x1"]) <= X_TOLERANCE, (a, b)
        assert abs(a["size"] - b["size"]) <= Y_TOLERANCE, (a, b)
        assert abs((a["bottom"] - a["top"]) - (b["bottom"] - b["top"])) <= Y_TOLERANCE, (a, b)
        shifts[round(a["size"], 1)].append(b["top"] - a["top"])
    if any(abs(d) > Y_TOLERANCE for moved in shifts.values() for d in moved):
        # pdfminer trusts a font's /Descent 0; pdfium takes the font program's: boxes move down, by under
        # a descent (a third of the size), the same for every character of a font.
        assert declares_no_descent(path, index)
        for size, moved in shifts.items():
            assert all(0 < d < size / 3 for d in moved)
            assert len({round(d, 2) for d in moved}) <= 2  # one shift per font (regular and bold)


def test_no_pdfminer_on_the_pdfium_path(tmp_path: Path) -> None:
    """Reading a plan with the pdfium engine and writing every output never imports pdfminer or pdfplumber.

    The run reads documents in worker processes, so the reading stages run here in one process,
    as a worker runs them, and then the writers, as the CLI runs them.
    """
    sample = str(SAMPLES / "layouts" / "long-row-reportlab.pdf")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from core.model import Result\n"
        "from core.settings import ExtractSettings, Settings\n"
        "from export import export\n"
        "from phuluc.pipeline import agency_lists, read_document\n"
        "settings = Settings(extract=ExtractSettings(engine='pdfium'))\n"
        f"doc = read_document(Path({sample!r}), settings)\n"
        "assert doc.rows\n"
        f"export(Result((doc,), (), tuple(agency_lists(settings.normalize).used.values())), Path({str(tmp_path)!r}))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pdfminer', 'pdfplumber')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "plan.json").is_file()


@pytest.mark.parametrize(
    "name",
    ["plan-2024-landscape.pdf", "plan-2024-tcvn3.pdf", "scanned/plan-2024-scan300-p1-3.pdf", "heldout"],
)
def test_pages_probed_while_read_give_the_probe(name: str) -> None:
    """The pdfium engine probes each page as it reads it (both page readers): the probe the separate pass gives."""
    path = SAMPLES / "heldout" / "plan-2024-district-heldout.pdf" if name == "heldout" else SAMPLES / name
    probed = read_pages_pdfium(path)
    assert probed.probe == probe_pdf(path, None)
    assert [r.page_no for r in probed.readings] == list(range(1, probed.n_pages + 1))


def test_the_lines_above_a_pdf_appendix_title_are_its_heading() -> None:
    """The header block above "PHỤ LỤC" on the appendix's page (samples/audit6/j09): read for the plan's place."""
    from extract.pdf_pdfium import read_pdf_pdfium

    reading = read_pdf_pdfium(
        Path(__file__).resolve().parents[2] / "samples/audit6/j09-central-city-hue-dated-2025.pdf"
    )
    assert reading.heading.splitlines()[1].startswith("THÀNH PHỐ HUẾ")
    assert reading.title.startswith("PHỤ LỤC") and "THÀNH PHỐ HUẾ" not in reading.title
