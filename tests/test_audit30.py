"""The thirtieth audit (samples/audit30): DOCX files made from a plan's PDF by a converter (pdf2docx).

pdf2docx writes one table per PDF page, so a row over three pages comes as three tables' pieces
with no geometry to tell a cut: the third piece ("139/KH-UBND ngày ..." after "... theo Kế hoạch
số"; a new list item under a page-filling middle piece) was a row of its own with a key "-2" (F1).
"""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from extract import extract
from extract.merge import merge

CONVERTED = ROOT / "samples" / "audit30" / "conv"
GOLDEN = ROOT / "tests" / "golden" / "seed" / "rows.json"


@pytest.mark.parametrize("name", ["plan-2024-landscape.pdf2docx.docx", "chromium-thead.pdf2docx.docx"])
def test_a_row_over_three_converted_pages_is_one_row(name: str) -> None:
    rows = merge(extract(CONVERTED / name)).rows
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert [r.key for r in rows] == [row["key"] for row in golden]


def test_a_page_top_piece_resuming_a_document_number_is_the_rest_of_its_row() -> None:
    rows = {r.key: r for r in merge(extract(CONVERTED / "plan-2024-landscape.pdf2docx.docx")).rows}
    assert "theo Kế hoạch số 139/KH-UBND ngày 01/8/2022" in " ".join(rows["7.1.1"].tasks.split())


def test_a_converter_that_ran_syllables_together_is_said() -> None:
    """F2: pdf2docx joins a PDF line's pieces with nothing between them ("trảlời", "vàMôi")."""
    from extract.run_together import is_run_together

    doc = merge(extract(CONVERTED / "plan-H2-html-thead.pdf2docx.docx"))
    (said,) = [w for w in doc.warnings if "syllables run together" in w]
    assert said.startswith("29 of 768 words are two Vietnamese syllables run together ('Tưpháp'")
    source = merge(extract(ROOT / "samples" / "audit30" / "src" / "plan-H2-html-thead.pdf"))
    assert not [w for w in source.warnings if "syllables run together" in w]
    assert [is_run_together(w) for w in ("hồsơ", "tếvà", "hồ", "Internet", "Zalo", "VNeID")] == [
        True,
        True,
        False,
        False,
        False,
        False,
    ]


def test_a_pdf_imported_into_a_word_processor_is_refused_saying_it_has_no_table() -> None:
    """F5: LibreOffice's PDF import keeps each line as a text box: no table to read, and now said so."""
    from core.errors import ExtractError

    try:
        extract(CONVERTED / "plan-H2-html-thead.lo-writer.docx")
    except ExtractError as exc:
        assert "the document has no table: its text is in" in str(exc) and "read the original PDF" in str(exc)
    else:
        raise AssertionError("a DOCX of text boxes was read")
