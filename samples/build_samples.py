"""Build the sample plan documents from the seed, the way real plans are made.

A city office types the appendix as one Word table (group labels in vertically merged cells,
the header row repeated on every page, indicators as auto-numbered lists, tasks as typed "- "
bullets), puts it behind the plan's body text in a section of its own, and exports the file to
PDF with LibreOffice. Analysts also receive DOCX files that a PDF-to-Word converter made: one
table row per row *piece*, the header row repeated as an ordinary row at each page top. This
script makes both kinds from ``seed/papi-plan-2024-appendix.txt`` and lists them in
``MANIFEST.csv``:

    python samples/build_samples.py          # needs LibreOffice (soffice) for the PDFs

The DOCX writer is python-docx plus a little XML for what its API leaves out (vMerge,
numbering, repeated header rows). Nothing here is used by the extraction code.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from manifest import SEED_SOURCE, replace_lines  # noqa: E402
from seedtext import FIELDS, SeedDocument, logical_rows, read_joins, read_seed  # noqa: E402

#: Cm widths of the eight columns; each layout's sum fits its page between the margins.
LANDSCAPE_WIDTHS = (2.6, 2.6, 4.4, 8.2, 2.4, 2.4, 2.4, 2.4)
PORTRAIT_WIDTHS = (1.7, 1.8, 3.1, 5.0, 1.7, 1.7, 1.7, 1.9)
#: The numbered-list definition every indicator list uses (its own w:num per cell restarts it).
ABSTRACT_NUM_ID = "90"
FIRST_NUM_ID = 100


@dataclass(frozen=True)
class Layout:
    """How one sample lays the appendix out: page, font, column widths, list style."""

    name: str
    landscape: bool
    font: str
    font_size: float
    widths_cm: tuple[float, ...]
    justified: bool
    numbered_indicators: bool
    space_after_pt: float = 0.0
    repeat_header: bool = True
    header: tuple[str, ...] | None = None
    #: A label spanning the four agency columns in a header row of its own ("Cơ quan" over
    #: "Thực hiện", "Chủ trì", ...), the grouped header many offices use; empty for one row.
    agency_group: str = ""


LANDSCAPE = Layout("landscape", True, "Times New Roman", 12, LANDSCAPE_WIDTHS, True, True)
PORTRAIT = Layout("portrait", False, "Liberation Sans", 9.5, PORTRAIT_WIDTHS, False, False, 2.0)
#: Narrow agency columns in a larger font: acronyms cut mid-word ("UBM" | "TTQV" | "N", "HĐND" | ",").
NARROW = Layout("narrow", False, "Times New Roman", 12, (1.9, 1.9, 3.0, 5.4, 1.6, 1.6, 1.6, 1.6), True, False, 6.0)
#: Another office's wording of the header, not repeated on each page, in a sans font.
REWORDED = Layout(
    "reworded",
    True,
    "DejaVu Sans",
    11,
    (2.2, 2.8, 4.0, 9.0, 2.2, 2.4, 2.5, 2.4),
    True,
    True,
    4.0,
    repeat_header=False,
    header=(
        "Nội dung chỉ số",
        "Chỉ số thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Đơn vị thực hiện",
        "Cơ quan chủ trì, đôn đốc",
        "Cơ quan hướng dẫn chuyên môn",
        "Đơn vị phối hợp",
    ),
)

#: The plan's body before the appendix: real plans open with the issuing office, the plan's
#: purpose, and close with a recipients/signature table, then the appendix on a new page.
BODY_BEFORE = (
    "ỦY BAN NHÂN DÂN THÀNH PHỐ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "KẾ HOẠCH",
    "Duy trì, cải thiện và nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) "
    "năm 2024 và những năm tiếp theo",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích: Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị trong việc duy trì, cải thiện và "
    "nâng cao Chỉ số PAPI của thành phố.",
    "2. Yêu cầu: Các nhiệm vụ, giải pháp phải cụ thể, gắn với trách nhiệm của từng cơ quan, đơn vị.",
    "II. KẾT QUẢ CHỈ SỐ PAPI NĂM 2023",
)
SCORES = (
    ("Chỉ số nội dung", "Điểm 2022", "Điểm 2023"),
    ("Tham gia của người dân ở cấp cơ sở", "4,91", "5,02"),
    ("Công khai, minh bạch", "5,12", "5,20"),
)
RECIPIENTS = (("Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),)
#: A grouped header: "Cơ quan" spanning the four agency columns over their own short labels.
GROUPED = Layout(
    "grouped",
    True,
    "Times New Roman",
    12,
    LANDSCAPE_WIDTHS,
    True,
    True,
    header=(
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ và giải pháp",
        "Thực hiện",
        "Chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
        "Quản lý ngành, lĩnh vực hướng dẫn chuyên môn",
        "Phối hợp",
    ),
    agency_group="Cơ quan",
)

_NUMBERED_RE = re.compile(r"^(\d{1,2})\. (.*)$", re.S)


def _set(element: object, tag: str, **attrs: str) -> object:
    node = OxmlElement(tag)
    for key, value in attrs.items():
        node.set(qn(f"w:{key}"), value)
    element.append(node)  # type: ignore[attr-defined]
    return node


def _add_abstract_numbering(document: docx.document.Document) -> None:
    """Add a decimal list "1." with a hanging indent, the way Word's numbering button makes it."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), ABSTRACT_NUM_ID)
    lvl = _set(abstract, "w:lvl", ilvl="0")
    _set(lvl, "w:start", val="1")
    _set(lvl, "w:numFmt", val="decimal")
    _set(lvl, "w:lvlText", val="%1.")
    _set(lvl, "w:lvlJc", val="left")
    ppr = _set(lvl, "w:pPr")
    _set(ppr, "w:ind", left="340", hanging="340")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)


class _Lists:
    """Hands out one w:num per numbered cell, starting where the cell's list starts."""

    def __init__(self, document: docx.document.Document) -> None:
        self.numbering = document.part.numbering_part.element
        self.next_id = FIRST_NUM_ID

    def new_list(self, start: int) -> str:
        num_id = str(self.next_id)
        self.next_id += 1
        num = _set(self.numbering, "w:num", numId=num_id)
        _set(num, "w:abstractNumId", val=ABSTRACT_NUM_ID)
        override = _set(num, "w:lvlOverride", ilvl="0")
        _set(override, "w:startOverride", val=str(start))
        return num_id


def _numbered_items(lines: Sequence[str]) -> tuple[int, list[str]] | None:
    """(first number, item texts) when the lines are one list "n. ", "n+1. "..., else None."""
    matches = [_NUMBERED_RE.match(line) for line in lines]
    if not lines or not all(matches):
        return None
    numbers = [int(m.group(1)) for m in matches if m]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    return numbers[0], [m.group(2) for m in matches if m]


def _fill_cell(cell: object, text: str, layout: Layout, lists: _Lists | None) -> None:
    lines = [line for line in text.split("\n") if line] if text else []
    numbered = _numbered_items(lines) if lists is not None else None
    num_id = lists.new_list(numbered[0]) if numbered and lists is not None else None
    items = numbered[1] if numbered else lines
    for i, line in enumerate(items or [""]):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        paragraph.text = line
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after = Pt(0), Pt(layout.space_after_pt)
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if layout.justified else WD_ALIGN_PARAGRAPH.LEFT
        if num_id is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = int(num_id)


def _vmerge(cell: object, value: str) -> None:
    _set(cell._tc.get_or_add_tcPr(), "w:vMerge", val=value)  # type: ignore[attr-defined]


def _mark_header(row: object) -> None:
    """Repeat this row at the top of every page (Word's "Repeat as header row")."""
    _set(row._tr.get_or_add_trPr(), "w:tblHeader")  # type: ignore[attr-defined]


def _new_document(layout: Layout) -> docx.document.Document:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = layout.font
    normal.font.size = Pt(layout.font_size)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), layout.font)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    _add_abstract_numbering(document)
    return document


def _small_table(document: docx.document.Document, rows: Sequence[Sequence[str]], grid: bool) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    if grid:
        table.style = "Table Grid"
    for values in rows:
        cells = table.add_row().cells
        # strict=False: a row may give fewer values than the table has columns; the rest stay empty.
        for cell, value in zip(cells, values, strict=False):
            _fill_cell(cell, value, Layout("body", False, "", 12, (), False, False), None)


def _add_body(document: docx.document.Document) -> None:
    for text in BODY_BEFORE:
        document.add_paragraph(text)
    _small_table(document, SCORES, grid=True)
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN: Các cơ quan, đơn vị thực hiện theo Phụ lục đính kèm.")
    _small_table(document, RECIPIENTS, grid=False)


def _appendix_section(document: docx.document.Document, layout: Layout) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    if layout.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.left_margin = section.right_margin = Cm(1.5)
    else:
        section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(1.5)


def _appendix_table(document: docx.document.Document, layout: Layout, header: Sequence[str]) -> object:
    # The zips below are strict=False: widths and header labels come from a Layout, which does
    # not check their count against the eight columns.
    table = document.add_table(rows=0, cols=len(FIELDS))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, layout.widths_cm, strict=False):
        column.width = Cm(width)
    head_rows = [table.add_row() for _ in range(2 if layout.agency_group else 1)]
    for row in head_rows:
        if layout.repeat_header:
            _mark_header(row)
    labels: list[str] = list(header)
    if layout.agency_group:
        labels = [*header[:4], layout.agency_group, "", "", ""]
        for cell in head_rows[0].cells[:4]:
            _vmerge(cell, "restart")
        for cell, label in zip(head_rows[1].cells, header, strict=False):
            _vmerge(cell, "continue") if label in header[:4] else _fill_cell(cell, label, layout, None)
        head_rows[0].cells[4].merge(head_rows[0].cells[7])
    for cell, label, width in zip(head_rows[0].cells, labels, layout.widths_cm, strict=False):
        cell.width = Cm(width)
        if label:
            _fill_cell(cell, label, layout, None)
    _center_bold(head_rows)
    return table


def _center_bold(rows: Sequence[object]) -> None:
    """Center every paragraph of ``rows`` and set all their runs in bold, as header rows are."""
    for row in rows:
        for cell in row.cells:  # type: ignore[attr-defined]
            for paragraph in cell.paragraphs:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in paragraph.runs:
                    run.bold = True


def _add_row(
    table: object, texts: dict[str, str], layout: Layout, lists: _Lists | None, merges: dict[str, str | None]
) -> None:
    cells = table.add_row().cells  # type: ignore[attr-defined]
    # strict=False: the Layout's widths are not checked against the eight columns.
    for cell, name, width in zip(cells, FIELDS, layout.widths_cm, strict=False):
        cell.width = Cm(width)
        merge = merges.get(name)
        if merge == "continue":
            _fill_cell(cell, "", layout, None)
        else:
            _fill_cell(cell, texts[name], layout, lists if name == "indicators" else None)
        if merge:
            _vmerge(cell, merge)


def write_plan_docx(
    rows: Sequence[dict[str, str]],
    path: Path,
    layout: Layout,
    title_lines: Sequence[str],
    header: Sequence[str] | None = None,
) -> Path:
    r"""Write a plan whose appendix holds ``rows`` as one Word table.

    ``rows`` are logical rows: the eight field texts, lines joined by "\n". Equal consecutive
    group labels share a merged cell.
    """
    document = _new_document(layout)
    _add_body(document)
    _appendix_section(document, layout)
    for line in title_lines:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = _appendix_table(document, layout, header or layout.header or read_seed().header)
    lists = _Lists(document) if layout.numbered_indicators else None
    previous: dict[str, str] = {}
    for row in rows:
        merges: dict[str, str | None] = {}
        for group in ("dimension", "component"):
            same = previous.get(group) == row[group] and (group == "dimension" or merges["dimension"] == "continue")
            merges[group] = "continue" if same else "restart"
        _add_row(table, row, layout, lists, merges)
        previous = dict(row)
    document.add_paragraph("")
    document.save(str(path))
    return path


def write_page_split_docx(seed: SeedDocument, path: Path) -> Path:
    """Write the seed as a PDF-to-Word converter would.

    One table row per row piece, the header row repeated as an ordinary row at each page top,
    merged group cells only within a page.
    """
    layout = LANDSCAPE
    document = _new_document(layout)
    _add_body(document)
    _appendix_section(document, layout)
    for line in seed.title_lines:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(FIELDS))
    table.style = "Table Grid"
    page = 0
    for row in seed.rows:
        if row.page != page:
            page = row.page
            head = table.add_row().cells
            # A page number above 0 means read_seed found an 8-cell header line; the table has 8 columns.
            for cell, label in zip(head, seed.header, strict=True):
                _fill_cell(cell, label, layout, None)
        # read_seed keeps only 8-cell lines as rows, one per field.
        texts = {name: "\n".join(lines) for name, lines in zip(FIELDS, row.cells, strict=True)}
        merges: dict[str, str | None] = {}
        for group in ("dimension", "component"):
            if not texts[group] and not row.page_top:
                merges[group] = "continue"
            elif texts[group]:
                merges[group] = "restart"
        _add_row(table, texts, layout, None, merges)
    document.save(str(path))
    return path


def libreoffice(source: Path, out_dir: Path, target: str, what: str = "the PDF samples") -> Path:
    """Convert ``source`` with headless LibreOffice (a profile of its own) into ``out_dir``; return the new file."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        msg = f"LibreOffice (soffice) is needed to build {what}: apt-get install libreoffice-writer-nogui"
        raise SystemExit(msg)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / f"{source.stem}.{target.split(':')[0]}"


def docx_to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Export a DOCX to PDF with LibreOffice headless, as offices do; returns the PDF's path."""
    libreoffice(docx_path, out_dir, "pdf")
    return out_dir / f"{docx_path.stem}.pdf"


def resave_docx(docx_path: Path, dest: Path) -> Path:
    """Open a DOCX in LibreOffice and save it as DOCX again, as offices on LibreOffice do.

    LibreOffice rewrites the numbering (a new list per cell, continuing lists sharing a definition),
    the table properties and the styles, so the reader meets another writer's XML.
    """
    with tempfile.TemporaryDirectory() as tmp:
        libreoffice(docx_path, Path(tmp), "docx:MS Word 2007 XML")
        shutil.move(Path(tmp) / docx_path.name, dest)
    return dest


def seed_logical_rows() -> list[dict[str, str]]:
    """Return the seed's 36 logical rows as field texts (the hand-checked joins applied)."""
    return [{name: str(row[name]) for name in FIELDS} for row in logical_rows(read_seed(), read_joins())]


#: (file, how it was made, what it exercises), written to MANIFEST.csv.
MANIFEST = (
    (
        "plan-2024-landscape.docx",
        "write_plan_docx(LANDSCAPE)",
        "Word table: merged group cells, repeated header row, auto-numbered indicators, justified text",
    ),
    (
        "plan-2024-landscape.pdf",
        "LibreOffice export of plan-2024-landscape.docx",
        "rows and words cut by page breaks; numbered lists continuing on the next page",
    ),
    (
        "plan-2024-portrait.docx",
        "write_plan_docx(PORTRAIT)",
        "narrow columns, another font and size, typed numbers, paragraph spacing",
    ),
    (
        "plan-2024-portrait.pdf",
        "LibreOffice export of plan-2024-portrait.docx",
        "page breaks at other places than the landscape PDF; long tokens wrapped mid-word",
    ),
    ("plan-2024-narrow.docx", "write_plan_docx(NARROW)", "justified text in 1.6 cm agency columns, paragraph spacing"),
    (
        "plan-2024-narrow.pdf",
        "LibreOffice export of plan-2024-narrow.docx",
        "acronyms and punctuation cut mid-word at full lines ('UBM' | 'TTQV' | 'N', 'HĐND' | ',')",
    ),
    ("plan-2024-reworded.docx", "write_plan_docx(REWORDED)", "another header wording; header row not repeated"),
    (
        "plan-2024-reworded.pdf",
        "LibreOffice export of plan-2024-reworded.docx",
        "pages after the first carry no header row; DejaVu Sans",
    ),
    ("plan-2024-grouped.docx", "write_plan_docx(GROUPED)", "a two-row header: 'Cơ quan' over the agency columns"),
    (
        "plan-2024-grouped.pdf",
        "LibreOffice export of plan-2024-grouped.docx",
        "grouped header on every page; a row ending exactly at a page bottom before a new row",
    ),
    (
        "plan-2024-resaved.docx",
        "resave_docx(plan-2024-landscape.docx)",
        "the landscape plan saved again by LibreOffice: its numbering XML (lists continued across cells)",
    ),
    (
        "plan-2024-page-split.docx",
        "write_page_split_docx",
        "a converter's DOCX: the seed's own page-split rows, header rows repeated as ordinary rows",
    ),
)


def main() -> int:
    """Build every sample into samples/ and write MANIFEST.csv."""
    seed = read_seed()
    rows = seed_logical_rows()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for layout in (LANDSCAPE, PORTRAIT, NARROW, REWORDED, GROUPED):
            built = write_plan_docx(rows, work / f"plan-2024-{layout.name}.docx", layout, seed.title_lines)
            docx_to_pdf(built, work)
        write_page_split_docx(seed, work / "plan-2024-page-split.docx")
        resave_docx(work / "plan-2024-landscape.docx", work / "plan-2024-resaved.docx")
        for name, _, _ in MANIFEST:
            shutil.copy(work / name, SAMPLES / name)
    replace_lines([(name, how, what, SEED_SOURCE) for name, how, what in MANIFEST])
    print("\n".join(name for name, _, _ in MANIFEST))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
