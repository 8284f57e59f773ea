"""The PDF layout samples (samples/layouts/, built by samples/build_layouts.py, issue 10).

Every producer's appendix must give its expected logical rows with the default engine, compared
as bench/layouts.py compares them (all eleven fields, spacing inside a line ignored). A layout
the reader does not read yet is a strict xfail naming what fails: when it starts to pass, the
suite fails until its mark is removed. Each sample must also really be of the class it claims
(how its rules are drawn, its rotation, its page breaks), checked on the PDF itself.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from conftest import COMPARED, ROOT, SAMPLES, load_bench

from core.errors import ExtractError
from core.model import Document
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

LAYOUTS = SAMPLES / "layouts"
compare = load_bench("layouts")

#: What the default engine still gets wrong (issue 10); measured with bench/layouts.py --set layouts.
NOT_YET = {
    "chromium-thead.pdf": "issue 10: a bullet item after a full line that ends with no punctuation ('giám sát' | "
    "'- Tiếp tục') is read as a wrap (1 of 396 cells)",
    "chromium-no-thead.pdf": "issue 10: a bullet item after a full line that ends with no punctuation ('giám sát' | "
    "'- Tiếp tục') is read as a wrap (1 of 396 cells)",
}


def expected_files() -> dict[str, Path]:
    """Map each layout sample to its file of expected rows (samples/layouts/expected.csv)."""
    with (LAYOUTS / "expected.csv").open(encoding="utf-8", newline="") as handle:
        return {record["file"]: ROOT / record["expected_rows"] for record in csv.DictReader(handle)}


def layout_pdfs() -> list[Path]:
    """Every committed layout sample: adding a file adds a test."""
    return sorted(LAYOUTS.glob("*.pdf"))


def _cases(failing: dict[str, str]) -> list[Any]:
    """Return one case per layout sample, those in ``failing`` as strict xfails with their reason."""
    return [
        pytest.param(path, id=path.name, marks=[pytest.mark.xfail(strict=True, reason=failing[path.name])])
        if path.name in failing
        else pytest.param(path, id=path.name)
        for path in layout_pdfs()
    ]


def _expected(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(expected_files()[path.name].read_text(encoding="utf-8"))
    return rows


def _problems(expected: list[dict[str, Any]], doc: Document) -> list[str]:
    """Return how the document's rows differ from the expected ones (empty when every field is right)."""
    got = [{name: getattr(row, name) for name in COMPARED} for row in doc.rows]
    problems = [
        f"row {i + 1} ({exp['key']}) {name}: expected {exp[name]!r}\n      got      {row[name]!r}"
        for i, (exp, row) in enumerate(zip(expected, got, strict=False))
        for name in COMPARED
        if not compare.same_field(exp[name], row[name])
    ]
    if len(got) != len(expected):
        problems.append(f"{len(got)} rows found, {len(expected)} expected")
    return problems


@functools.cache
def _read(path: Path) -> Document | ExtractError:
    """Read a sample with the default engine once for all the tests here; a failure is returned, not raised."""
    try:
        return merge(extract(path, ExtractSettings()))
    except ExtractError as exc:
        return exc


@pytest.mark.parametrize("path", _cases(NOT_YET))
def test_layout_gives_the_expected_rows(path: Path) -> None:
    doc = _read(path)
    if isinstance(doc, ExtractError):
        raise doc
    problems = _problems(_expected(path), doc)
    assert not problems, "\n".join(problems[:12])


#: Samples whose rows come back wrong with no warning today (all text is there; a line break is read as a space).
SILENT_TODAY = {
    name: f"issue 10: silent: {NOT_YET[name].removeprefix('issue 10: ')}"
    for name in ("chromium-thead.pdf", "chromium-no-thead.pdf")
}


@pytest.mark.parametrize("path", _cases(SILENT_TODAY))
def test_wrong_or_missing_rows_never_come_without_a_warning(path: Path) -> None:
    """A layout the reader gets wrong must say so: a failure naming the cause, or a warning in the document."""
    doc = _read(path)
    if isinstance(doc, ExtractError):
        return  # the document is listed as failed, with its cause: not silent
    problems = _problems(_expected(path), doc)
    assert doc.warnings or not problems, "no warning, yet:\n" + "\n".join(problems[:6])


def test_every_layout_sample_is_listed_with_its_expected_rows() -> None:
    with (SAMPLES / "MANIFEST.csv").open(encoding="utf-8", newline="") as handle:
        manifest = {record["file"] for record in csv.DictReader(handle)}
    names = [path.name for path in layout_pdfs()]
    assert names, "no layout samples: run `make layouts`"
    assert sorted(expected_files()) == names
    assert {f"layouts/{name}" for name in names} <= manifest
    assert all(path.is_file() for path in expected_files().values())
    assert set(NOT_YET) <= set(names)


def test_spacing_is_ignored_inside_lines_but_line_breaks_count() -> None:
    assert compare.same_field("Phòng  Nội vụ \n- Sở Y tế", "Phòng Nội vụ\n- Sở  Y tế ")
    assert not compare.same_field("Phòng Nội vụ\nSở Y tế", "Phòng Nội vụ Sở Y tế")
    assert not compare.same_field("UBMTTQVN", "U BMTTQVN")


# --- each sample is of the class it claims, read off the PDF ---------------------------------

#: A drawn rectangle thinner than this (pt) is a rule: Chromium draws a 0.5 px border as 0.75 pt.
THIN_PT = 1.5
#: How many pages the claims look at, from the first page holding the header row.
TABLE_PAGES_CHECKED = 4
#: A label of the header row that no title line or cell holds, to tell the pages that repeat it.
HEADER_LABEL = "Chỉ tiêu"


def _has_header(page: Any) -> bool:
    return HEADER_LABEL in (page.extract_text() or "")


def _table_pages(pdf: Any) -> list[Any]:
    """Return the first pages of the appendix table, from the page where its header row is."""
    start = next(i for i, page in enumerate(pdf.pages) if _has_header(page))
    return list(pdf.pages[start : start + TABLE_PAGES_CHECKED])


def _thin_rect_borders(pdf: Any) -> None:
    for page in _table_pages(pdf):
        assert page.lines == [] and page.curves == []
        assert any(min(r["width"], r["height"]) < THIN_PT for r in page.rects)


def _rotated(degrees: int) -> Callable[[Any], None]:
    def check(pdf: Any) -> None:
        for page in _table_pages(pdf):
            box = page.page_obj.mediabox
            assert page.rotation == degrees and box[2] - box[0] < box[3] - box[1]
            assert page.width > page.height  # as the viewer shows it

    return check


def _rotated_text(pdf: Any) -> None:
    for page in pdf.pages[:4]:
        assert page.rotation == 0 and page.width < page.height
        assert page.chars and not any(char["upright"] for char in page.chars)


def _no_rules(pdf: Any) -> None:
    for page in _table_pages(pdf):
        assert page.lines == [] and page.rects == [] and page.curves == []


def _horizontal_rules_only(pdf: Any) -> None:
    for page in _table_pages(pdf):
        assert page.lines and all(abs(line["top"] - line["bottom"]) < THIN_PT for line in page.lines)


def _lowest_rule_and_char(page: Any) -> tuple[float, float]:
    """Return the bottom (pt from the page top) of a page's lowest horizontal rule and of its lowest character."""
    rules = [line["bottom"] for line in page.lines if abs(line["top"] - line["bottom"]) < THIN_PT]
    return max(rules), max(char["bottom"] for char in page.chars)


def _closed_page_bottoms(pdf: Any) -> None:
    for page in _table_pages(pdf):
        rule, char = _lowest_rule_and_char(page)
        assert rule >= char


def _open_page_bottoms(pdf: Any) -> None:
    bottoms = [_lowest_rule_and_char(page) for page in _table_pages(pdf)]
    assert sum(rule < char for rule, char in bottoms) >= 2


def _header_on_pages(repeated: bool) -> Callable[[Any], None]:
    def check(pdf: Any) -> None:
        pages = [_has_header(page) for page in _table_pages(pdf)]
        assert pages == ([True] * len(pages) if repeated else [True] + [False] * (len(pages) - 1))

    return check


#: The long row's task lines are tagged "(round.line)", e.g. "(12.3)".
LONG_ROW_TAG = re.compile(r"\(\d+\.\d+\)")


def _row_over_pages(minimum: int) -> Callable[[Any], None]:
    def check(pdf: Any) -> None:
        tagged = [i for i, page in enumerate(pdf.pages) if LONG_ROW_TAG.search(page.extract_text() or "")]
        assert tagged and tagged[-1] - tagged[0] + 1 >= minimum

    return check


CLAIMS: dict[str, tuple[Callable[[Any], None], ...]] = {
    "chromium-thead.pdf": (_thin_rect_borders, _header_on_pages(repeated=True)),
    "chromium-no-thead.pdf": (_thin_rect_borders, _header_on_pages(repeated=False)),
    "reportlab-grid-closed.pdf": (_closed_page_bottoms, _header_on_pages(repeated=True)),
    "reportlab-grid-closed-no-repeat.pdf": (_closed_page_bottoms, _header_on_pages(repeated=False)),
    "reportlab-grid-open.pdf": (_open_page_bottoms, _header_on_pages(repeated=True)),
    "reportlab-grid-open-no-repeat.pdf": (_open_page_bottoms, _header_on_pages(repeated=False)),
    "reportlab-borderless.pdf": (_no_rules, _header_on_pages(repeated=True)),
    "reportlab-booktabs.pdf": (_horizontal_rules_only, _header_on_pages(repeated=True)),
    "reportlab-booktabs-rows.pdf": (_horizontal_rules_only, _header_on_pages(repeated=True)),
    "libreoffice-rotate90.pdf": (_rotated(90),),
    "libreoffice-rotate90-noisy.pdf": (_rotated(90),),
    "libreoffice-rotate270.pdf": (_rotated(270),),
    "reportlab-rotated-text.pdf": (_rotated_text,),
    "long-row-reportlab.pdf": (_row_over_pages(3), _open_page_bottoms),
    "long-row-chromium.pdf": (_row_over_pages(3), _thin_rect_borders),
}


def test_every_layout_sample_has_its_claims_checked() -> None:
    assert sorted(CLAIMS) == [path.name for path in layout_pdfs()]


@pytest.mark.parametrize("name", sorted(CLAIMS))
def test_sample_is_of_its_class(name: str) -> None:
    with pdfplumber.open(LAYOUTS / name) as pdf:  # one open PDF: its pages are parsed once for all checks
        for check in CLAIMS[name]:
            check(pdf)
