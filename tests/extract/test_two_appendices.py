"""Two plans merged into one PDF (samples/audit24 F2, F4): the second appendix grouped on its own.

``qpdf --empty --pages a.pdf b.pdf -- out.pdf`` puts the second plan's title block and header on a
later page. Its rows must get the keys and groups they get when that plan is read alone (keys only
made unique with "-N"), none of the first plan's group labels, section labels or key numbering, and a
warning naming the page and the second title; the title's characters are no stray text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from core.model import Document, PhysicalRow
from core.settings import ExtractSettings
from extract import extract
from extract.appendices import appendix_parts, title_block
from extract.merge import merge

AUDIT24 = ROOT / "samples" / "audit24"
AUDIT22 = ROOT / "samples" / "audit22"
sys.path.insert(0, str(AUDIT24))
from compare_audit22 import TEXT_FIELDS, label, norm  # noqa: E402

#: Each merged file: the expected rows of its two plans, the second's first page, and its plan number.
MERGED = {
    "g12+g07-merged.pdf": ("g12-reportlab-plain8", "g07-docx-sections", 9, "80/KH-UBND"),
    "g02+g05-merged.pdf": ("g02-html-sections", "g05-docx-merged", 6, "29/KH-UBND"),
    "g09+g10-merged.pdf": ("g09-docx-twohead", "g10-html-plain8", 6, "124/KH-UBND"),
}


def _read(name: str, engine: str) -> Document:
    return merge(extract(AUDIT24 / "pdf" / "c7a-merge" / name, ExtractSettings(engine=engine)))


def _wrong(expected: dict[str, Any], row: Any) -> list[str]:
    """Return the fields of a row that differ from the plan's expected row (keys without a "-N")."""
    bad = [f for f in ("dimension_no", "component_no", "papi") if str(expected[f]) != str(getattr(row, f))]
    bad += ["key"] if re.sub(r"-\d+$", "", row.key) != expected["key"] else []
    bad += [f for f in ("dimension", "component") if label(expected[f]) != label(getattr(row, f))]
    return bad + [f for f in TEXT_FIELDS if norm(expected[f]) != norm(getattr(row, f))]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", sorted(MERGED))
def test_each_plan_reads_as_alone(name: str, engine: str) -> None:
    first, second, page, number = MERGED[name]
    doc = _read(name, engine)
    parts = ([r for r in doc.rows if r.pages[0] < page], [r for r in doc.rows if r.pages[0] >= page])
    for plan, got in zip((first, second), parts, strict=True):
        expected = json.loads((AUDIT22 / f"{plan}.expected.json").read_text(encoding="utf-8"))["rows"]
        assert len(got) == len(expected), plan
        wrong = {e["key"]: _wrong(e, g) for e, g in zip(expected, got, strict=True) if _wrong(e, g)}
        assert not wrong, (plan, wrong)
    # nothing of the first plan's sections is kept with the second's rows
    assert not [item for row in parts[1] for item in row.extra if item[0].startswith("(section row")]
    assert len({row.key for row in doc.rows}) == len(doc.rows)  # one document's keys stay unique
    said = [w for w in doc.warnings if "second appendix begins" in w]
    assert len(said) == 1 and said[0].startswith(f"page {page}:") and number in said[0], doc.warnings
    assert not [w for w in doc.warnings if "in no row" in w], doc.warnings
    assert doc.title.count("PHỤ LỤC") == 1 and number not in doc.title  # the document keeps the first title


def test_title_block_needs_its_plan_line() -> None:
    """A running "Phụ lục" over a header printed again is no title block; "PHỤ LỤC ... Kèm theo ..." is one."""
    assert title_block(["Phụ lục", "Trang 3"]) == []
    assert title_block(["PHỤ LỤC II", "NHIỆM VỤ", "(Kèm theo Kế hoạch số 5/KH-UBND)"])[0] == "PHỤ LỤC II"


def test_parts_cut_at_each_opening_row() -> None:
    rows = [PhysicalRow(1, {}), PhysicalRow(2, {}, opens_appendix=True), PhysicalRow(3, {})]
    assert [len(part) for part in appendix_parts(rows)] == [1, 2]
    assert appendix_parts([]) == [()]


def test_the_first_title_printed_again_is_no_second_appendix() -> None:
    """A plan that prints its appendix's whole title block over every page goes on; another plan's block opens one."""
    from extract.pdf_chain import _Chain

    chain = _Chain(pages=[], title="PHỤ LỤC\nNHIỆM VỤ\n(Kèm theo Kế hoạch số 5/KH-UBND)")
    chain.columns = object()  # type: ignore[assignment]  # an appendix is being read
    assert not chain._second_appendix(["PHỤ LỤC", "NHIỆM  VỤ", "(Kèm theo Kế hoạch số 5/KH-UBND)"])
    assert not chain.opening
    assert chain._second_appendix(["PHỤ LỤC", "NHIỆM VỤ", "(Kèm theo Kế hoạch số 80/KH-UBND)"])
    assert chain.opening[-1] == "(Kèm theo Kế hoạch số 80/KH-UBND)"


def _merged_docx(first: str, second: str, out: Path) -> Path:
    """Append the second plan's DOCX body to the first's after a page break, as an office pastes two plans together."""
    import copy

    import docx
    from docx.enum.text import WD_BREAK

    merged, other = docx.Document(str(AUDIT22 / f"{first}.docx")), docx.Document(str(AUDIT22 / f"{second}.docx"))
    body = merged.element.body
    merged.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for element in [e for e in other.element.body if not e.tag.endswith("sectPr")]:
        body.insert(len(body) - 1, copy.deepcopy(element))  # before the section properties, which stay last
    merged.save(str(out))
    return out


@pytest.mark.parametrize("first", ["g09-docx-twohead", "g05-docx-merged"])
def test_two_plans_pasted_into_one_docx_read_each_as_alone(first: str, tmp_path: Path) -> None:
    doc = merge(extract(_merged_docx(first, "g07-docx-sections", tmp_path / "merged.docx")))
    expected = {
        plan: json.loads((AUDIT22 / f"{plan}.expected.json").read_text(encoding="utf-8"))["rows"]
        for plan in (first, "g07-docx-sections")
    }
    parts = (doc.rows[: len(expected[first])], doc.rows[len(expected[first]) :])
    for (plan, rows), got in zip(expected.items(), parts, strict=True):
        assert len(got) == len(rows), plan
        wrong = {e["key"]: _wrong(e, g) for e, g in zip(rows, got, strict=True) if _wrong(e, g)}
        assert not wrong, (plan, wrong)
    (said,) = [w for w in doc.warnings if "a second appendix begins" in w]
    assert "80/KH-UBND" in said and not [w for w in doc.warnings if "in no row" in w or "overrides" in w]
