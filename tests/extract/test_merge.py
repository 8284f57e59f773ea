"""Page-top decisions: does the first row of a page carry on the row a page break cut?"""

from __future__ import annotations

from dataclasses import replace

from conftest import ROOT

from core.model import FIELDS, CellPiece, Document, Line, PhysicalRow, Provenance
from extract import extract
from extract.merge import continues, label_number, merge

PITCH = 13.8
AUDIT2 = ROOT / "samples" / "audit2"


def piece(*texts: str, bottom_slack: float | None = 3.0) -> CellPiece:
    """A cell's piece of full lines (little room left on each), ``bottom_slack`` pt free below."""
    lines = tuple(Line(t, slack=2.0, first_word_width=20.0, first_char_width=6.0, width=98.0) for t in texts)
    return CellPiece(
        lines=lines, line_height=PITCH if bottom_slack is not None else None, width=100.0, bottom_slack=bottom_slack
    )


def row(page: int, top: bool, end: bool, **cells: CellPiece) -> PhysicalRow:
    empty = CellPiece(bottom_slack=300.0)
    return PhysicalRow(page=page, cells={f: cells.get(f, empty) for f in FIELDS}, page_top=top, page_end=end)


def test_cells_that_ran_to_the_page_bottom_carry_on() -> None:
    before = row(
        1,
        False,
        True,
        indicators=piece("1. Tỷ lệ", "người dân"),
        tasks=piece("- Tăng cường"),
        lead=piece("Phòng Nội vụ", bottom_slack=200.0),
    )
    after = row(2, True, False, indicators=piece("trả lời."), tasks=piece("công tác."))
    assert continues(before, after)


def test_a_cell_that_ended_higher_up_starts_something_new() -> None:
    before = row(
        1,
        False,
        True,
        indicators=piece("1. Tỷ lệ"),
        tasks=piece("- Tăng cường"),
        lead=piece("Phòng Nội vụ", bottom_slack=200.0),
    )
    after = row(2, True, False, indicators=piece("2. Tỷ lệ"), lead=piece("Phòng Y tế"))
    assert not continues(before, after)


def test_text_under_an_empty_cell_is_new() -> None:
    # a piece that only carried on the tasks has its agency cells empty: nothing there was cut
    before = row(2, True, True, tasks=piece("thêm nữa."))
    after = row(3, True, False, tasks=piece("- Việc khác."), lead=piece("Phòng Y tế"))
    assert not continues(before, after)


def test_a_numbered_group_label_at_the_top_is_a_new_row() -> None:
    before = row(1, False, True, tasks=piece("- Tăng cường"))
    after = row(2, True, False, component=piece("3. Chất lượng"), tasks=piece("công tác."))
    assert not continues(before, after)


def test_on_one_page_the_text_decides() -> None:
    # a header printed again inside a page: the row above was not cut by a page break
    before = row(4, False, True, indicators=piece("1. Tỷ lệ", bottom_slack=40.0), lead=piece("Phòng Nội vụ"))
    after = row(4, True, False, indicators=piece("người dân trả lời."))
    assert continues(before, after)


def test_labels_cut_by_a_page_break_are_joined_and_filled_down() -> None:
    first = row(
        1,
        True,
        True,
        dimension=piece("3. Trách nhiệm giải trình với"),
        component=piece("1. Mức độ"),
        indicators=piece("1. Tỷ lệ"),
        tasks=piece("- Nâng cao"),
    )
    second = row(2, True, False, dimension=piece("người dân"), tasks=piece("trách nhiệm."))
    provenance = Provenance("p.pdf", "p.pdf", "0" * 64, "pdf", "pdfplumber", 2)
    (logical,) = merge(Document(provenance, physical_rows=(first, second))).rows
    assert logical.dimension == "3. Trách nhiệm giải trình với người dân"
    assert logical.tasks == "- Nâng cao trách nhiệm."
    assert (logical.key, logical.pages) == ("3.1.1", (1, 2))


def test_label_numbers() -> None:
    assert [label_number(t) for t in ("III. Trách nhiệm", "6. Cung ứng", "Chỉ số 2: Công khai", "Tỷ lệ")] == [
        3,
        6,
        2,
        None,
    ]


def test_a_component_numbered_with_its_dimension_gives_its_own_number() -> None:
    """Audit a3: "6.2. Giáo dục" in the component column is component 2, not 6 (keys collided as 6.6.1-2)."""
    assert [label_number(t) for t in ("6.2. Giáo dục tiểu học", "1.3 Chất lượng bầu cử", "1.2.3. Tỷ lệ")] == [2, 3, 3]
    assert [label_number(t) for t in ("2.500 hộ gia đình", "1.5. Tỷ lệ", "2026 người")] == [2, 5, None]
    first = row(
        1,
        False,
        False,
        dimension=piece("6. Cung ứng dịch vụ công"),
        component=piece("6.2. Giáo dục"),
        indicators=piece("1. Quãng đường"),
        tasks=piece("- Xây trường."),
    )
    provenance = Provenance("p.pdf", "p.pdf", "0" * 64, "pdf", "pdfplumber", 1)
    (logical,) = merge(Document(provenance, physical_rows=(first,))).rows
    assert (logical.key, logical.dimension_no, logical.component_no) == ("6.2.1", 6, 2)


def test_a_component_label_numbered_under_its_dimension_gives_its_own_number() -> None:
    """A merged component column labelled "1.2. ..." (Chromium and LibreOffice audit plans): component 2, not 1."""
    assert [label_number(t) for t in ("1.2. Cơ hội tham gia", "3.10 Thủ tục", "2. Công khai", "Tỷ lệ")] == [
        2,
        10,
        2,
        None,
    ]
    assert label_number("1. Tham gia của người dân") == 1
    first = row(
        1,
        True,
        False,
        dimension=piece("1. Tham gia"),
        component=piece("1.2. Cơ hội tham gia"),
        indicators=piece("1. Tỷ lệ"),
        tasks=piece("- Vận động."),
    )
    provenance = Provenance("p.pdf", "p.pdf", "0" * 64, "pdf", "pdfplumber", 1)
    (logical,) = merge(Document(provenance, physical_rows=(first,))).rows
    assert (logical.dimension_no, logical.component_no, logical.key) == (1, 2, "1.2.1")


def test_a_page_top_piece_with_its_own_row_number_is_a_new_row() -> None:
    """A commune plan's rows of like height end near the page bottom in every cell: the STT column tells."""
    before = replace(
        row(1, False, True, tasks=piece("- Tuyên truyền", "pháp luật."), lead=piece("Phòng Văn hóa")),
        extra={"STT": piece("14")},
    )
    after = replace(
        row(2, True, False, tasks=piece("Nhiệm vụ số 15"), lead=piece("Phòng Văn hóa")), extra={"STT": piece("15")}
    )
    assert not continues(before, after)
    assert continues(before, replace(after, extra={"STT": CellPiece()}))


def _moved_label_pieces(cut: bool) -> tuple[PhysicalRow, PhysicalRow, PhysicalRow]:
    """Row 5.2.1, then row 5.3.1 cut by the page break with its label and indicator moved whole to page 2.

    The page-end piece keeps the first task and the agency cells, its label and indicator cells of
    its own empty; the page-top piece has the label, the indicator and the rest of the tasks.
    ``cut``: the page-end piece's text runs to its bottom and no rule closes it there.
    """
    above = row(
        1,
        True,
        False,
        dimension=piece("5. Thủ tục hành chính công"),
        component=piece("5.2. Thủ tục đất đai"),
        indicators=piece("1. Tỷ lệ người dân"),
        tasks=piece("- Rà soát thủ tục."),
        lead=piece("Sở Nông nghiệp và Môi trường"),
    )
    slack = 3.0 if cut else 60.0
    end = replace(
        row(
            1,
            False,
            True,
            dimension=CellPiece(merged_above=True),
            tasks=piece("- Bố trí công chức.", bottom_slack=slack),
            lead=piece("Văn phòng UBND tỉnh", bottom_slack=slack),
            deadline=piece("Thường xuyên", bottom_slack=slack),
        ),
        open_bottom=cut,
    )
    top = row(
        2,
        True,
        False,
        component=piece("5.3. Dịch vụ hành chính cấp xã"),
        indicators=piece("1. Tỷ lệ người dân đã làm thủ tục."),
        tasks=piece("- Lấy ý kiến người dân."),
    )
    return above, end, top


def test_labels_a_page_break_moved_to_the_next_page_stay_with_their_row() -> None:
    """Audit2 b1 (WeasyPrint): the page-top numbered label is the cut row's own, not a new row's."""
    above, end, top = _moved_label_pieces(cut=True)
    provenance = Provenance("p.pdf", "p.pdf", "0" * 64, "pdf", "pdfium", 2)
    doc = merge(Document(provenance, physical_rows=(above, end, top)))
    first, second = doc.rows
    assert (first.key, first.component, first.lead) == ("5.2.1", "5.2. Thủ tục đất đai", "Sở Nông nghiệp và Môi trường")
    assert (second.key, second.component, second.dimension) == (
        "5.3.1",
        "5.3. Dịch vụ hành chính cấp xã",
        "5. Thủ tục hành chính công",
    )
    assert second.indicators == "1. Tỷ lệ người dân đã làm thủ tục."
    assert second.tasks == "- Bố trí công chức.\n- Lấy ý kiến người dân."
    assert (second.lead, second.deadline, second.pages) == ("Văn phòng UBND tỉnh", "Thường xuyên", (1, 2))
    assert not [w for w in doc.warnings if "numbered label" in w]


def test_labels_moved_without_the_cut_stay_two_rows_with_a_warning() -> None:
    """The page-end piece ended well above the page bottom: two rows as before, but named in a warning."""
    above, end, top = _moved_label_pieces(cut=False)
    provenance = Provenance("p.pdf", "p.pdf", "0" * 64, "pdf", "pdfium", 2)
    doc = merge(Document(provenance, physical_rows=(above, end, top)))
    assert [r.key for r in doc.rows] == ["5.2.1", "5.2.1-2", "5.3.1"]
    (warning,) = [w for w in doc.warnings if "numbered label" in w]
    assert "page 1 ('- Bố trí công chức.')" in warning
    assert "page 2 ('5.3. Dịch vụ hành chính cấp xã')" in warning


def test_a_new_row_under_a_row_that_carried_on_at_the_page_top_is_no_moved_label() -> None:
    """A page-top piece (the rest of a row) has no labels of its own to lose: no join, no warning."""
    carried = row(2, True, True, tasks=piece("thêm nữa."), lead=piece("Sở Tư pháp"))
    new = row(3, True, False, component=piece("2. Công khai"), indicators=piece("1. Tỷ lệ"), tasks=piece("- Việc."))
    assert not continues(carried, new)
    provenance = Provenance("p.pdf", "p.pdf", "0" * 64, "pdf", "pdfium", 3)
    doc = merge(Document(provenance, physical_rows=(carried, new)))
    assert not [w for w in doc.warnings if "numbered label" in w]


def test_weasyprint_row_whose_labels_moved_to_the_next_page_is_one_row() -> None:
    """samples/audit2/b1: row 5.3.1 cut at page 1 -> 2 keeps its first bullet and agency cells."""
    doc = merge(extract(AUDIT2 / "b1-weasy-landscape-groups.pdf"))
    rows = {r.key: r for r in doc.rows}
    assert "5.2.1-2" not in rows
    cut = rows["5.3.1"]
    assert cut.component.startswith("5.3. Dịch vụ hành chính cấp xã")
    assert cut.tasks.startswith("- Bố trí công chức có năng lực")
    assert (cut.lead, cut.coordinating, cut.deadline, cut.pages) == (
        "Văn phòng UBND tỉnh",
        "UBND các xã, phường",
        "Thường xuyên",
        (1, 2),
    )
    assert rows["5.2.1"].component.startswith("5.2. Thủ tục liên quan")


def test_a_lead_cell_merged_down_over_the_next_row_is_that_rows_too() -> None:
    # audit12 F7: one "Sở Nội vụ" / "Quý II" cell merged over rows 1.2.1 and 1.2.2 (vMerge, or no rule between)
    first = row(
        1,
        False,
        False,
        dimension=piece("1. Tham gia của người dân ở cấp cơ sở"),
        component=piece("2. Cơ hội tham gia"),
        indicators=piece("1. Tỷ lệ người dân biết bầu cử."),
        lead=piece("Sở Nội vụ"),
        deadline=piece("Quý II"),
    )
    second = row(
        1,
        False,
        False,
        dimension=CellPiece(merged_above=True),
        component=CellPiece(merged_above=True),
        indicators=piece("2. Tỷ lệ người dân đi bầu."),
        lead=CellPiece(merged_above=True),
        deadline=CellPiece(merged_above=True),
        coordinating=CellPiece(),  # an empty cell of its own stays empty
    )
    doc = Document(Provenance("t", "t", "0" * 64, "docx", "test", 1), physical_rows=(first, second))
    rows = merge(doc).rows
    assert [(r.key, r.lead, r.deadline, r.coordinating) for r in rows] == [
        ("1.2.1", "Sở Nội vụ", "Quý II", ""),
        ("1.2.2", "Sở Nội vụ", "Quý II", ""),
    ]
