"""Build the PDF layout samples: the appendix as other producers than Word and LibreOffice make it.

    python samples/build_layouts.py      # `make layouts`; needs chromium, reportlab, pypdf, LibreOffice

Writes into ``samples/layouts/`` one PDF per producer and layout class (browser print, report
generator with rows split inside a row, borderless, booktabs, ``/Rotate``, rotated text, a row
over three or more pages), lists them in ``MANIFEST.csv`` and in ``layouts/expected.csv`` (the
file of expected logical rows each one must give), and writes ``layouts/long-row.json``. It also
builds the held-out set in ``samples/heldout-layouts/`` from another plan's text
(``heldout-layouts/rows.json``) with random producers, fonts, sizes, widths, margins and pages:
that set is for ``bench/layouts.py`` only, never for tests or tuning.
"""

from __future__ import annotations

import csv
import json
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from build_samples import LANDSCAPE, docx_to_pdf, write_plan_docx  # noqa: E402
from layouts_html import write_chromium  # noqa: E402
from layouts_plan import (  # noqa: E402
    FONT_FILES,
    HELDOUT_ROWS,
    LONG_ROW_EXPECTED,
    LONG_ROW_REPEATS,
    ROOT,
    SEED_GOLDEN,
    SEED_WIDTHS,
    Plan,
    Style,
    expected_rows,
    heldout_plan,
    long_row_plan,
    seed_plan,
)
from layouts_reportlab import (  # noqa: E402
    BOOKTABS,
    BOOKTABS_THIN,
    BORDERLESS,
    GRID_CLOSED,
    GRID_OPEN,
    Rules,
    write_platypus,
    write_rotated,
)
from layouts_rotate import rotate_landscape_pages  # noqa: E402
from manifest import update_manifest  # noqa: E402
from reportlab.platypus.doctemplate import LayoutError  # noqa: E402

LAYOUTS = SAMPLES / "layouts"
HELDOUT = SAMPLES / "heldout-layouts"
#: The LibreOffice sample the rotation class starts from (built by build_samples.py).
LIBREOFFICE_LANDSCAPE = SAMPLES / "plan-2024-landscape.pdf"
#: Committed samples stay small: make test reads them all, and the repository carries them.
MAX_BYTES = 300_000
#: The held-out set's random choices come from this seed; change it only to make a new set.
HELDOUT_SEED = 20261205
HELDOUT_COUNT = 8

Producer = Callable[[Plan, Style, Path], Path]


@dataclass(frozen=True)
class Sample:
    """One layout sample: its file name, the plan it holds, how it is made and what it exercises."""

    name: str
    plan: Callable[[], Plan]
    produce: Producer
    built_by: str
    exercises: str


def _platypus(rules: Rules) -> Producer:
    return lambda plan, style, path: write_platypus(plan, style, rules, path)


def _platypus_merged_if_possible(rules: Rules) -> Producer:
    """Make merged group cells where reportlab can cut them at page breaks, else print labels once per group."""

    def produce(plan: Plan, style: Style, path: Path) -> Path:
        try:
            return write_platypus(plan, style, rules, path)
        except LayoutError:
            print(f"{path.name}: reportlab cannot cut the merged group cells here; group labels printed once")
            return write_platypus(plan, style, replace(rules, merged_groups=False), path)

    return produce


def _chromium(repeat_header: bool) -> Producer:
    return lambda plan, style, path: write_chromium(plan, style, path, repeat_header)


def _rotated_source(rotate: int, exact: bool = True) -> Producer:
    """Rotate the LibreOffice landscape sample itself (the plan and style are those it was built with)."""
    return lambda plan, style, path: rotate_landscape_pages(LIBREOFFICE_LANDSCAPE, path, rotate, exact)


def _rotated_libreoffice(rotate: int) -> Producer:
    """Write the plan as the LibreOffice landscape sample is made, then rotate its landscape pages."""

    def produce(plan: Plan, style: Style, path: Path) -> Path:
        with tempfile.TemporaryDirectory() as tmp:
            layout = replace(LANDSCAPE, name=path.stem, font=style.font, font_size=style.font_size)
            built = write_plan_docx(
                [dict(r) for r in plan.rows], Path(tmp) / f"{path.stem}.docx", layout, plan.title_lines, plan.header
            )
            return rotate_landscape_pages(docx_to_pdf(built, Path(tmp)), path, rotate)

    return produce


def _rotated_canvas(rules: Rules) -> Producer:
    return lambda plan, style, path: write_rotated(plan, style, rules, path)


NO_REPEAT = "header row only on the first page"
UNMERGED = "group labels on a group's first row only, the ruled cells below empty"
SAMPLES_BUILT = (
    Sample(
        "chromium-thead.pdf",
        seed_plan,
        _chromium(True),
        "layouts_html.write_chromium(repeat_header=True)",
        "browser print: borders as thin filled rectangles (no stroked lines), thead repeated on each page, "
        "rows broken inside a row, rowspan group labels",
    ),
    Sample(
        "chromium-no-thead.pdf",
        seed_plan,
        _chromium(False),
        "layouts_html.write_chromium(repeat_header=False)",
        f"browser print as above, {NO_REPEAT}",
    ),
    Sample(
        "reportlab-grid-closed.pdf",
        seed_plan,
        _platypus(GRID_CLOSED),
        "layouts_reportlab GRID_CLOSED",
        "report generator: splitInRow, header repeated, a rule closes the cut row at each page bottom",
    ),
    Sample(
        "reportlab-grid-open.pdf",
        seed_plan,
        _platypus(GRID_OPEN),
        "layouts_reportlab GRID_OPEN",
        "report generator: splitInRow, header repeated, plain GRID leaves the cut row open at the page bottom "
        "and the continued row without a rule under the header",
    ),
    Sample(
        "reportlab-grid-closed-no-repeat.pdf",
        seed_plan,
        _platypus(replace(GRID_CLOSED, repeat_header=False, merged_groups=False)),
        "layouts_reportlab GRID_CLOSED, repeatRows=0",
        f"report generator, closed page bottoms, {NO_REPEAT}, {UNMERGED}",
    ),
    Sample(
        "reportlab-grid-open-no-repeat.pdf",
        seed_plan,
        _platypus(replace(GRID_OPEN, repeat_header=False, merged_groups=False)),
        "layouts_reportlab GRID_OPEN, repeatRows=0",
        f"report generator, open page bottoms, {NO_REPEAT}, {UNMERGED}",
    ),
    Sample(
        "reportlab-borderless.pdf",
        seed_plan,
        _platypus(BORDERLESS),
        "layouts_reportlab BORDERLESS",
        "no drawn lines at all: columns told by white space only; header repeated; rows split inside a row",
    ),
    Sample(
        "reportlab-booktabs.pdf",
        seed_plan,
        _platypus(BOOKTABS),
        "layouts_reportlab BOOKTABS",
        "booktabs: heavy top rule, rule under the header, heavy rule under the last row; no verticals",
    ),
    Sample(
        "reportlab-booktabs-rows.pdf",
        seed_plan,
        _platypus(BOOKTABS_THIN),
        "layouts_reportlab BOOKTABS_THIN",
        "booktabs with thin rules between rows (also under a row cut at the page bottom); no verticals",
    ),
    Sample(
        "libreoffice-rotate90.pdf",
        seed_plan,
        _rotated_source(90),
        "layouts_rotate.rotate_landscape_pages(plan-2024-landscape.pdf, 90)",
        "landscape pages stored as portrait pages with /Rotate 90 (content turned counter-clockwise)",
    ),
    Sample(
        "libreoffice-rotate270.pdf",
        seed_plan,
        _rotated_source(270),
        "layouts_rotate.rotate_landscape_pages(plan-2024-landscape.pdf, 270)",
        "landscape pages stored as portrait pages with /Rotate 270 (content turned clockwise)",
    ),
    Sample(
        "libreoffice-rotate90-noisy.pdf",
        seed_plan,
        _rotated_source(90, exact=False),
        "layouts_rotate.rotate_landscape_pages(plan-2024-landscape.pdf, 90, exact=False)",
        "/Rotate 90 with the turn written as pypdf's rotate(90) computes it: cos 90 = 6.1e-17, so rules "
        "come out a few 1e-14 pt off horizontal (floating-point noise in geometry)",
    ),
    Sample(
        "reportlab-rotated-text.pdf",
        seed_plan,
        _rotated_canvas(GRID_CLOSED),
        "layouts_reportlab.write_rotated(GRID_CLOSED)",
        "portrait pages without /Rotate, the table drawn through a canvas turned 90 degrees (rotated text matrix)",
    ),
    Sample(
        "long-row-reportlab.pdf",
        long_row_plan,
        _platypus(replace(GRID_OPEN, merged_groups=False)),
        "layouts_reportlab GRID_OPEN, unmerged groups, long-row plan",
        f"one logical row whose tasks run over three or more pages, split inside the row by reportlab; {UNMERGED}",
    ),
    Sample(
        "long-row-chromium.pdf",
        long_row_plan,
        _chromium(True),
        "layouts_html.write_chromium, long-row plan",
        "one logical row over three or more pages, broken by Chromium's table fragmentation",
    ),
)
#: Fonts and sizes of the committed samples: a few of each, as offices use.
SAMPLE_STYLES = {
    "reportlab-borderless.pdf": Style(font="DejaVu Sans", font_size=9.0),
    "reportlab-booktabs.pdf": Style(font="Liberation Serif", font_size=11.0),
    "reportlab-booktabs-rows.pdf": Style(font="Liberation Sans", font_size=10.0),
    "reportlab-grid-open-no-repeat.pdf": Style(font="DejaVu Sans", font_size=9.5),
}


PLAN_SOURCES = {
    "seed": "seed/papi-plan-2024-appendix.txt (a real 2024 city plan)",
    "long-row": f"the seed's first five rows, the third one's tasks said {LONG_ROW_REPEATS} times "
    "(layouts/long-row.json)",
}


def expected_file(plan: Plan) -> Path:
    """Return the file of expected logical rows for a plan's samples."""
    return {"seed": SEED_GOLDEN, "long-row": LONG_ROW_EXPECTED, "heldout": HELDOUT_ROWS}[plan.name]


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_BYTES:
        msg = f"{path.name}: {size} bytes, over the {MAX_BYTES} a committed sample may have"
        raise SystemExit(msg)


def build_samples() -> list[tuple[str, str, str, str]]:
    """Build every committed layout sample; return their manifest lines and write expected.csv."""
    LAYOUTS.mkdir(exist_ok=True)
    _write_json(LONG_ROW_EXPECTED, expected_rows(long_row_plan()))
    lines, expected = [], []
    for sample in SAMPLES_BUILT:
        plan = sample.plan()
        path = sample.produce(plan, SAMPLE_STYLES.get(sample.name, Style()), LAYOUTS / sample.name)
        _check_size(path)
        lines.append((f"layouts/{sample.name}", sample.built_by, sample.exercises, PLAN_SOURCES[plan.name]))
        expected.append((sample.name, expected_file(plan).relative_to(ROOT).as_posix()))
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")
    with (LAYOUTS / "expected.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("file", "expected_rows"))
        writer.writerows(expected)
    return lines


#: Producer classes the held-out set draws from, by name.
HELDOUT_PRODUCERS: dict[str, Producer] = {
    "chromium-thead": _chromium(True),
    "chromium-no-thead": _chromium(False),
    "reportlab-grid-closed": _platypus_merged_if_possible(GRID_CLOSED),
    "reportlab-grid-open": _platypus_merged_if_possible(GRID_OPEN),
    "reportlab-grid-open-no-repeat": _platypus(replace(GRID_OPEN, repeat_header=False, merged_groups=False)),
    "reportlab-borderless": _platypus(BORDERLESS),
    "reportlab-booktabs": _platypus(BOOKTABS),
    "reportlab-booktabs-rows": _platypus(replace(BOOKTABS_THIN, justified=True)),
    "libreoffice-rotate90": _rotated_libreoffice(90),
    "libreoffice-rotate270": _rotated_libreoffice(270),
    "reportlab-rotated-text": _rotated_canvas(replace(GRID_OPEN, merged_groups=False)),
}


def random_style(rng: random.Random) -> Style:
    """Draw a page style at random: font, size 9-13 pt, widths, margins, page size and orientation."""
    page, landscape = rng.choice((("A4", True), ("A4", True), ("A3", True), ("A3", False), ("A4", False)))
    top_size = 9.5 if (page, landscape) == ("A4", False) else 13.0
    widths = tuple(round(w * rng.uniform(0.8, 1.25), 2) for w in SEED_WIDTHS)
    return Style(
        landscape=landscape,
        page=page,
        margin_pt=round(rng.uniform(28, 60)),
        font=rng.choice(sorted(FONT_FILES)),
        font_size=round(rng.uniform(9.0, top_size) * 2) / 2,
        widths=widths,
    )


def build_heldout() -> list[str]:
    """Build the held-out PDFs with random producers and styles; return their descriptions."""
    rng = random.Random(HELDOUT_SEED)
    plan = heldout_plan()
    names = rng.sample(sorted(HELDOUT_PRODUCERS), HELDOUT_COUNT)
    made = []
    for i, producer in enumerate(names, start=1):
        style = random_style(rng)
        if producer == "reportlab-rotated-text":
            style = replace(style, landscape=True)  # the class is landscape pages drawn turned
        if producer.startswith("libreoffice"):  # the Word layout of build_samples: A4 landscape, 1.5 cm margins
            style = replace(style, landscape=True, page="A4", margin_pt=42.5, widths=SEED_WIDTHS)
        path = HELDOUT / f"heldout-{i}-{producer}.pdf"
        HELDOUT_PRODUCERS[producer](plan, style, path)
        _check_size(path)
        made.append(
            f"{path.name}: {style.page} {'landscape' if style.landscape else 'portrait'}, {style.font} "
            f"{style.font_size} pt, margin {style.margin_pt} pt, {path.stat().st_size // 1024} KB"
        )
    return made


def main() -> int:
    """Build the layout samples and the held-out set; update MANIFEST.csv."""
    lines = build_samples()
    update_manifest(lines, owns=lambda name: name.startswith("layouts/"))
    for line in build_heldout():
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
