"""Build the sample plans of other structures: section rows, other column sets, deadlines.

Provinces, districts and communes write the PAPI plan in other shapes than the city's 8-column
appendix: an STT column, only "chủ trì"/"phối hợp" agency columns, a deadline, result or budget
column, and the groups as full-width section rows ("I. Tham gia ...", "1. Tri thức công dân")
instead of merged columns on the left, or a mix of both. Their content is data written from the
seed's PAPI content with provincial or district bodies (``structures/<name>.csv``: one line per
section row or data row); this script lays each out as a Word table the way offices do and
exports it to PDF with LibreOffice, like ``build_samples.py``:

    python samples/build_structures.py            # the samples (needs LibreOffice)
    python samples/build_structures.py --golden   # tests/golden/<name>/rows.json from the data

The expected rows are written from the data by the rule each layout states (which section row
gives which label, how keys are numbered), never from what the extraction code reads.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from build_samples import (  # noqa: E402
    Layout,
    _add_body,
    _appendix_section,
    _center_bold,
    _fill_cell,
    _Lists,
    _mark_header,
    _new_document,
    _vmerge,
    docx_to_pdf,
)
from manifest import replace_lines  # noqa: E402

DATA = SAMPLES / "structures"
GOLDEN = SAMPLES.parent / "tests" / "golden"
#: The held-out plan lives apart, so that no test or build of the tuned samples touches it.
HELDOUT = SAMPLES / "heldout"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
TEMPLATE = (
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
    "expected_result",
    "budget",
)


@dataclass(frozen=True)
class Structure:
    """One plan's shape: its columns (header label, data key, width in cm) and how it gives groups.

    ``dimension_column``: dimensions in a merged column on the left (components still as section
    rows); ``number_in_stt``: a section row's number stands in the STT cell and its title in one
    cell merged over the rest; ``agency_group``: a header cell over the agency columns (two-row
    header); ``repeat_header``: the header row repeats on every page.
    """

    name: str
    data: str
    title: tuple[str, ...]
    columns: tuple[tuple[str, str, float], ...]
    layout: Layout
    dimension_column: bool = False
    number_in_stt: bool = False
    agency_group: str = ""
    repeat_header: bool = True
    folder: Path = SAMPLES
    #: What the sample exercises, for MANIFEST.csv.
    exercises: str = ""


PROVINCE_TITLE = (
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI CỦA TỈNH NĂM 2024",
    "(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng 5 năm 2024 của UBND tỉnh)",
)
STRUCTURES = (
    Structure(
        "plan-2024-province-sections",
        "province-sections",
        PROVINCE_TITLE,
        (
            ("STT", "stt", 1.2),
            ("Chỉ tiêu", "indicators", 5.0),
            ("Nhiệm vụ, giải pháp", "tasks", 10.5),
            ("Cơ quan chủ trì", "lead", 3.3),
            ("Cơ quan phối hợp", "coordinating", 4.0),
            ("Thời gian thực hiện", "deadline", 2.7),
        ),
        Layout("province-sections", True, "Times New Roman", 12, (), True, True),
        exercises="section rows for dimensions ('I. ...') and components ('1. ...'); STT, chủ trì, phối hợp and "
        "Thời gian thực hiện columns",
    ),
    Structure(
        "plan-2024-province-mixed",
        "province-mixed",
        PROVINCE_TITLE,
        (
            ("Chỉ số nội dung", "dimension", 2.8),
            ("TT", "stt", 1.0),
            ("Chỉ tiêu", "indicators", 4.2),
            ("Nhiệm vụ và giải pháp", "tasks", 8.6),
            ("Cơ quan chủ trì", "lead", 2.8),
            ("Cơ quan phối hợp", "coordinating", 3.0),
            ("Thời hạn hoàn thành", "deadline", 2.2),
            ("Kết quả, sản phẩm", "expected_result", 2.1),
        ),
        Layout("province-mixed", True, "Liberation Serif", 11, (), False, False, 3.0),
        dimension_column=True,
        exercises="a merged dimension column beside component section rows ('1.2. ...'); TT numbering the rows, "
        "unnumbered indicators; deadline and result columns",
    ),
    Structure(
        "plan-2024-district-heldout",
        "district-heldout",
        (
            "PHỤ LỤC",
            "Các nhiệm vụ, giải pháp cải thiện Chỉ số PAPI trên địa bàn huyện",
            "(Ban hành kèm theo Kế hoạch của UBND huyện)",
        ),
        (
            ("TT", "stt", 1.0),
            ("Nội dung, chỉ tiêu", "indicators", 4.5),
            ("Giải pháp thực hiện", "tasks", 9.0),
            ("Chủ trì", "lead", 3.0),
            ("Phối hợp", "coordinating", 3.4),
            ("Thời gian hoàn thành", "deadline", 2.3),
            ("Kinh phí thực hiện", "budget", 2.5),
            ("Ghi chú", "note", 1.0),
        ),
        Layout("district-heldout", True, "Liberation Sans", 10.5, (), False, False, 2.0),
        number_in_stt=True,
        agency_group="Cơ quan, đơn vị",
        repeat_header=False,
        folder=HELDOUT,
        exercises="held out: number in the TT cell, title merged over the rest; two-row header on the first page "
        "only; budget and note columns",
    ),
    Structure(
        "plan-2024-commune-heldout2",
        "commune-heldout2",
        ("PHỤ LỤC", "Nhiệm vụ cải thiện các chỉ số PAPI của xã năm 2024", "(Kèm theo Kế hoạch của UBND xã)"),
        (
            ("Số TT", "stt", 1.0),
            ("Chỉ tiêu cần đạt", "indicators", 3.2),
            ("Nhiệm vụ, giải pháp chủ yếu", "tasks", 5.6),
            ("Đơn vị chủ trì", "lead", 2.2),
            ("Đơn vị phối hợp", "coordinating", 2.2),
            ("Tiến độ", "deadline", 1.8),
            ("Sản phẩm", "expected_result", 2.0),
        ),
        Layout("commune-heldout2", False, "Times New Roman", 11, (), True, False, 0.0),
        folder=HELDOUT,
        exercises="held out: portrait; 'Chỉ số 1.' and '1.1' headings; 'Số TT' numbering unnumbered indicators; "
        "Tiến độ and Sản phẩm columns",
    ),
)


def read_items(name: str) -> list[dict[str, str]]:
    """Read a plan's data: section rows (kind dimension/component) and data rows (kind row), in order."""
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _header(table: object, structure: Structure) -> None:
    keys = [key for _, key, _ in structure.columns]
    agency = [i for i, key in enumerate(keys) if key in ("lead", "coordinating")] if structure.agency_group else []
    rows = [table.add_row() for _ in range(2 if agency else 1)]  # type: ignore[attr-defined]
    for row in rows:
        if structure.repeat_header:
            _mark_header(row)
    for i, (label, _, width) in enumerate(structure.columns):
        top = rows[0].cells[i]
        top.width = Cm(width)
        if agency and i in agency:
            _fill_cell(rows[1].cells[i], label, structure.layout, None)
            continue
        _fill_cell(top, label, structure.layout, None)
        if agency:
            _vmerge(top, "restart")
            _vmerge(rows[1].cells[i], "continue")
    if agency:
        merged = rows[0].cells[agency[0]].merge(rows[0].cells[agency[-1]])
        _fill_cell(merged, structure.agency_group, structure.layout, None)
    _center_bold(rows)


def _section_row(table: object, structure: Structure, item: dict[str, str], dimension_merge: str | None) -> None:
    cells = table.add_row().cells  # type: ignore[attr-defined]
    for cell, (_, _, width) in zip(cells, structure.columns, strict=True):
        cell.width = Cm(width)
    first = 0
    if structure.dimension_column:
        if dimension_merge == "restart":
            _fill_cell(cells[0], item["dimension_label"], structure.layout, None)
        _vmerge(cells[0], dimension_merge or "continue")
        first = 1
    if structure.number_in_stt:
        number = ROMAN[int(item["number"]) - 1] if item["kind"] == "dimension" else item["number"]
        _fill_cell(cells[first], number, structure.layout, None)
        first += 1
    merged = cells[first].merge(cells[len(cells) - 1])
    _fill_cell(merged, item["title"], structure.layout, None)
    for paragraph in merged.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for run in paragraph.runs:
            run.bold = True


def _data_row(table: object, structure: Structure, item: dict[str, str], lists: _Lists | None) -> None:
    cells = table.add_row().cells  # type: ignore[attr-defined]
    for cell, (_, key, width) in zip(cells, structure.columns, strict=True):
        cell.width = Cm(width)
        if key == "dimension":
            _vmerge(cell, "continue")
            continue
        _fill_cell(cell, item[key], structure.layout, lists if key == "indicators" else None)


def write_structure_docx(structure: Structure, items: Sequence[dict[str, str]], path: Path) -> Path:
    """Write one plan: the body, then the appendix laid out as ``structure`` says."""
    layout = structure.layout
    document = _new_document(layout)
    _add_body(document)
    _appendix_section(document, layout)
    for line in structure.title:
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = document.add_table(rows=0, cols=len(structure.columns))
    table.style = "Table Grid"
    table.autofit = False
    for column, (_, _, width) in zip(table.columns, structure.columns, strict=True):
        column.width = Cm(width)
    _header(table, structure)
    lists = _Lists(document) if layout.numbered_indicators else None
    dimension_label = ""
    for item in items:
        if item["kind"] == "dimension" and structure.dimension_column:
            dimension_label = item["title"]
            continue
        if item["kind"] in ("dimension", "component"):
            starts = structure.dimension_column and item["kind"] == "component" and dimension_label != ""
            _section_row(table, structure, {**item, "dimension_label": dimension_label}, "restart" if starts else None)
            dimension_label = ""
            continue
        _data_row(table, structure, item, lists)
    document.add_paragraph("")
    document.save(str(path))
    return path


def _key_number(indicators: str, stt: int, first_stt: int) -> int:
    head = indicators.split(".", 1)[0]
    return int(head) if head.isdigit() else stt - first_stt + 1


def expected_rows(structure: Structure, items: Sequence[dict[str, str]]) -> list[dict[str, object]]:
    """Return the logical rows the plan must give, from its data.

    A dimension's label is its section row's title (or its merged cell's text) and its number the
    section's; the same for a component. Each data row keeps its own cells; the fields the plan
    has no column for are empty; STT and Ghi chú are extra columns by their header label. The key's
    last part is the first indicator's number, or, with unnumbered indicators, the row's STT counted
    from the component's first STT.
    """
    labels = {key: label for label, key, _ in structure.columns}
    out: list[dict[str, object]] = []
    dimension = component = ("", 0)
    first_stt = 0
    for item in items:
        if item["kind"] == "dimension":
            dimension = (item["title"], int(item["number"]))
            continue
        if item["kind"] == "component":
            component, first_stt = (item["title"], int(item["number"])), 0
            continue
        stt = int(item["stt"])
        first_stt = first_stt or stt
        has = {key for _, key, _ in structure.columns}
        row: dict[str, object] = {name: item.get(name, "") if name in has else "" for name in TEMPLATE}
        row.update(
            dimension=dimension[0],
            component=component[0],
            dimension_no=dimension[1],
            component_no=component[1],
            papi=f"{dimension[1]}.{component[1]}",
            key=f"{dimension[1]}.{component[1]}.{_key_number(item['indicators'], stt, first_stt)}",
        )
        row["extra"] = {labels[k]: item[k] for k in ("stt", "note") if k in labels and item[k]}
        out.append(row)
    return out


def write_golden(structure: Structure) -> Path:
    """Write tests/golden/<name>/rows.json from the plan's data."""
    folder = GOLDEN / structure.name
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "rows.json"
    rows = expected_rows(structure, read_items(structure.data))
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] = ()) -> int:
    """Build the structure samples (DOCX and PDF), or with ``--golden`` their expected rows."""
    if "--golden" in argv:
        for structure in STRUCTURES:
            print(write_golden(structure).relative_to(SAMPLES.parent))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for structure in STRUCTURES:
            built = write_structure_docx(structure, read_items(structure.data), work / f"{structure.name}.docx")
            pdf = docx_to_pdf(built, work)
            structure.folder.mkdir(exist_ok=True)
            for made in (built, pdf):
                shutil.copy(made, structure.folder / made.name)
                print(made.name)
    replace_lines(manifest_lines())
    return 0


def manifest_lines() -> list[tuple[str, str, str, str]]:
    """Return the MANIFEST.csv lines (file, built_by, exercises, source) of every structure sample."""
    lines = []
    for structure in STRUCTURES:
        folder = "" if structure.folder == SAMPLES else f"{structure.folder.name}/"
        source = f"structures/{structure.data}.csv (written from the seed's PAPI content)"
        docx_name = f"{folder}{structure.name}.docx"
        lines.append((docx_name, "build_structures.py", structure.exercises, source))
        pdf_name = f"{folder}{structure.name}.pdf"
        lines.append((pdf_name, f"LibreOffice export of {docx_name}", structure.exercises, source))
    return lines


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
