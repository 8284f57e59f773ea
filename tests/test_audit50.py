"""audit50 (samples/audit50/FINDINGS.md): hostile and broken files in a batch.

F1: a page tree pointing back into itself (the portrait plan plus an incremental update) made pdfium
list 62 pages for 31: every row was read twice, exit 0. F2: a table of numbers refused as unmapped glyphs.
F6: tables nested 200 deep refused as "not well-formed XML". The fixtures are built by samples/audit50/build.py.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from core.errors import ExtractError
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

AUDIT50 = SAMPLES / "audit50"


def test_pages_a_looping_page_tree_lists_again_are_read_once_and_said() -> None:
    doc = merge(extract(AUDIT50 / "docs" / "pagetree-cycle-plan.pdf", ExtractSettings()))
    assert len(doc.rows) == 36 and len({row.key for row in doc.rows}) == 36
    assert any("repeat an earlier page exactly" in warning for warning in doc.warnings)


def test_a_table_mostly_of_numbers_is_read_not_refused_as_unmapped_glyphs() -> None:
    # F2: 64 columns of numbers were under half letters: refused, told to run OCR on a DOCX
    doc = merge(extract(AUDIT50 / "docs" / "columns-64.docx", ExtractSettings()))
    assert len(doc.rows) == 1 and dict(doc.rows[0].extra)["Cột 63"] == "63"


def test_tables_nested_deeper_than_the_xml_reader_goes_are_refused_saying_so() -> None:
    # F6: "not well-formed XML ... use XML_PARSE_HUGE option": the XML is well formed, the option no user's to set
    with pytest.raises(ExtractError, match="nests deeper than 256 levels"):
        extract(AUDIT50 / "docs" / "nested-200.docx", ExtractSettings())
