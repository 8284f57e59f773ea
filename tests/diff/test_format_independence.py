"""The PDF and the DOCX of one plan give the same rows, and the diff between them is empty.

Every sample plan that comes as both is extracted from each (the whole pipeline: reflow, merge,
agency resolution) and compared on every field and every agency id. The issue-15 plan is the
landscape sample retyped the way the real appendix was (tests build it, nothing is committed):
numbered indicators and "- " tasks typed inline in one paragraph ("…hữu ích. 4. Tỷ lệ…"), and
agency names cut over two paragraphs before "và" ("Sở Thông tin" / "và Truyền thông").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import COMPARED, SAMPLES
from plans import extracted

from core.model import AGENCY_FIELDS, Document, Row
from diff import diff_plans, load_agencies
from diff.model import Plan

#: The sample plans that come as both a DOCX and a PDF of it.
PAIRED = sorted(p.stem for p in SAMPLES.glob("*.pdf") if p.with_suffix(".docx").exists())
#: A typed list item that the retyping runs into the line before it.
_ITEM_RE = re.compile(r"^(?:\d{1,2}\.|[-+]) ")


def row_facts(row: Row) -> dict[str, Any]:
    """Every field the rows must agree on, with the agency ids each role resolves to."""
    facts: dict[str, Any] = {name: getattr(row, name) for name in COMPARED}
    roles = dict(row.agencies)
    facts["agency_ids"] = {role: [m.id for m in roles.get(role, ())] for role in AGENCY_FIELDS}
    return facts


def assert_same_rows(one: Document, other: Document) -> None:
    left = [row_facts(row) for row in one.rows]
    right = [row_facts(row) for row in other.rows]
    problems = [
        f"{a['key']} {name}: {a[name]!r} != {b[name]!r}"
        for a, b in zip(left, right, strict=True)
        for name in a
        if a[name] != b[name]
    ]
    assert not problems, "\n".join(problems[:10])


@pytest.mark.parametrize("stem", PAIRED)
def test_pdf_and_docx_of_a_plan_give_identical_rows(stem: str) -> None:
    pdf, docx = extracted(SAMPLES / f"{stem}.pdf"), extracted(SAMPLES / f"{stem}.docx")
    assert len(pdf.rows) == len(docx.rows) == 36
    assert_same_rows(pdf, docx)


@pytest.mark.parametrize("stem", PAIRED)
def test_pdf_against_its_own_docx_is_no_change_both_ways(stem: str) -> None:
    pdf, docx = extracted(SAMPLES / f"{stem}.pdf"), extracted(SAMPLES / f"{stem}.docx")
    agencies = load_agencies()
    for old, new in ((pdf, docx), (docx, pdf)):
        result = diff_plans(Plan("old", old.rows), Plan("new", new.rows), agencies)
        assert result.is_empty, [r.pair.new.key for r in result.modified]


def retyped(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    r"""The rows as a typist who does not use Word's lists writes them.

    Each list item after the first runs on in the paragraph of the item before it; each agency
    line is cut before its first "và", as an author pressing Enter in a narrow column does.
    """
    out = []
    for row in rows:
        row = dict(row)
        for name in ("indicators", "tasks"):
            lines: list[str] = []
            for line in row[name].split("\n"):
                if lines and _ITEM_RE.match(line) and lines[-1][-1:] in ".;:":
                    lines[-1] = f"{lines[-1]} {line}"
                else:
                    lines.append(line)
            row[name] = "\n".join(lines)
        for name in AGENCY_FIELDS:
            row[name] = "\n".join(line.replace(" và ", "\nvà ", 1) for line in row[name].split("\n"))
        out.append(row)
    return out


@pytest.fixture(scope="module")
def issue_15_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(SAMPLES))
    from build_samples import LANDSCAPE, seed_logical_rows, write_plan_docx
    from seedtext import read_seed

    rows = retyped(seed_logical_rows())
    assert any(" 4. Tỷ lệ" in row["indicators"] for row in rows)
    assert any("Sở Thông tin\nvà Truyền thông" in row[name] for row in rows for name in AGENCY_FIELDS)
    path = tmp_path_factory.mktemp("issue-15") / "issue-15-retyped.docx"
    return write_plan_docx(rows, path, LANDSCAPE, read_seed().title_lines)


def test_a_retyped_docx_gives_the_rows_of_the_pdf(issue_15_docx: Path) -> None:
    assert_same_rows(extracted(SAMPLES / "plan-2024-landscape.pdf"), extracted(issue_15_docx))


def test_a_retyped_docx_against_the_pdf_is_no_change(issue_15_docx: Path) -> None:
    pdf, docx = extracted(SAMPLES / "plan-2024-landscape.pdf"), extracted(issue_15_docx)
    result = diff_plans(Plan("pdf", pdf.rows), Plan("docx", docx.rows), load_agencies())
    assert result.is_empty, [r.pair.new.key for r in result.modified]
