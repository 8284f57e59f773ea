"""The fifth audit's silent DOCX failures (samples/audit5): tracked changes, hidden text, text boxes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest
from conftest import SAMPLES
from lxml import etree

from core.errors import ExtractError
from core.model import Document
from core.settings import ExtractSettings
from extract import extract
from extract.merge import merge

AUDIT5 = SAMPLES / "audit5"
#: The fields compared with the expected rows (white space folded).
COMPARED = ("key", "dimension", "component", "tasks", "lead", "coordinating", "deadline")
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)


def _fold(text: object) -> str:
    return " ".join(str(text).split())


def _expected(stem: str) -> list[dict[str, str]]:
    rows = json.loads((AUDIT5 / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return [{f: _fold(row[f]) for f in COMPARED} for row in rows]


def _rows(doc: Document) -> list[dict[str, str]]:
    return [{f: _fold(getattr(row, f)) for f in COMPARED} for row in doc.rows]


def _read(name: str) -> Document:
    return merge(extract(AUDIT5 / name, ExtractSettings()))


def test_a_deleted_row_is_no_row_and_the_unaccepted_changes_are_said() -> None:
    doc = _read("f1-tracked-changes.docx")
    assert _rows(doc) == _expected("f1-tracked-changes")
    said = [w for w in doc.warnings if "tracked changes" in w]
    assert len(said) == 1 and "1 deleted table row" in said[0] and "insertion" in said[0]


def test_hidden_text_is_in_no_cell_and_each_run_is_quoted() -> None:
    doc = _read("f3-hidden-text.docx")
    assert _rows(doc) == _expected("f3-hidden-text")
    said = [w for w in doc.warnings if "hidden text" in w]
    assert len(said) == 1 and said[0].startswith("2 run(s)")
    assert "Sở Thông tin và Truyền thông" in said[0] and "ghi chú soạn thảo" in said[0]
    assert "in the row '4 | " in said[0]


def test_a_text_box_in_a_cell_is_read_once() -> None:
    doc = _read("f5-text-box-in-cell.docx")
    assert _rows(doc) == _expected("f5-text-box-in-cell")


HEADER = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]


def _put(cell: docx.table._Cell, xml: str) -> None:
    """Replace a cell's paragraph with raw WordprocessingML paragraphs."""
    tc = cell._tc
    for p in tc.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
        tc.remove(p)
    for node in etree.fromstring(f"<root {NS}>{xml}</root>"):
        tc.append(node)


def _plan(tmp_path: Path) -> Document:
    """A plan whose cells carry moves, a deleted cell, a hidden character style and two kinds of text box."""
    document = docx.Document()
    styles = document.styles.element
    styles.append(
        etree.fromstring(
            f'<w:style {NS} w:type="character" w:styleId="Draft"><w:name w:val="Draft"/>'
            "<w:rPr><w:vanish/></w:rPr></w:style>"
        )
    )
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=3, cols=5)
    rows = [HEADER, ["I. Tham gia", "", "", "", ""], ["1", "- Phổ biến pháp luật", "Sở Tư pháp", "", "Năm 2026"]]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    cells = table.rows[2].cells
    _put(
        cells[1],
        '<w:p><w:r><w:t xml:space="preserve">- Phổ biến </w:t></w:r>'
        "<w:moveFrom><w:r><w:t>cũ</w:t></w:r></w:moveFrom>"
        '<w:moveTo><w:r><w:t xml:space="preserve">pháp luật </w:t></w:r></w:moveTo>'
        '<w:r><w:rPr><w:rStyle w:val="Draft"/></w:rPr><w:t>[nháp ẩn]</w:t></w:r>'
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>tại thôn</w:t></w:r></w:p><w:p><w:r><w:t>và tổ</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
    )
    deleted = etree.fromstring(
        f"<w:tc {NS}><w:tcPr><w:cellDel/></w:tcPr><w:p><w:r><w:t>Ô đã xóa</w:t></w:r></w:p></w:tc>"
    )
    cells[2]._tc.addnext(deleted)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    return merge(extract(path))


def test_moves_deleted_cells_hidden_styles_and_vml_text_boxes_read_as_word_shows_them(tmp_path: Path) -> None:
    doc = _plan(tmp_path)
    assert len(doc.rows) == 1
    row = doc.rows[0]
    assert _fold(row.tasks) == "- Phổ biến pháp luật tại thôn và tổ"  # the box's two paragraphs, once
    assert (row.lead, row.deadline) == ("Sở Tư pháp", "Năm 2026")
    text = repr(doc.rows)
    assert "cũ" not in text and "Ô đã xóa" not in text and "nháp" not in text
    assert [w for w in doc.warnings if "hidden text" in w and "'[nháp ẩn]'" in w]
    assert [w for w in doc.warnings if "tracked changes" in w and "1 deleted cell(s)" in w]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_scan_whose_table_ocr_cannot_find_is_refused_saying_it_was_read_by_ocr() -> None:
    """s1: a phone photo of the pages (keystone, JPEG 60): the refusal names the OCR and what it saw."""
    with pytest.raises(ExtractError) as refused:
        extract(AUDIT5 / "s1-phone-photo.pdf")
    message = str(refused.value)
    assert message.startswith("no appendix table found")
    assert "pages 1-2 are page images read by OCR, mean word confidence" in message
    assert "ruled table(s)" in message  # what OCR's grid did find, as for a digital PDF
