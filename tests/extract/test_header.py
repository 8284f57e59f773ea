"""Header rows are found by their labels, whatever the wording and order."""

from __future__ import annotations

from extract.header import (
    MIN_LABEL_SCORE,
    holds_body_text,
    is_body_text_header,
    is_column_numbers,
    is_header,
    is_label_start,
    is_row_number_label,
    label_scores,
    labels_to_fields,
    names_fields,
    stacked_label,
    title_from_lines,
    untitled_warning,
)

SEED_HEADER = [
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ và giải pháp",
    "Cơ quan thực hiện",
    "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
    "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc",
    "Cơ quan phối hợp",
]


def test_the_seed_header_maps_in_order() -> None:
    assert list(labels_to_fields(SEED_HEADER).values()) == [
        "dimension",
        "component",
        "indicators",
        "tasks",
        "implementing",
        "lead",
        "sector_guidance",
        "coordinating",
    ]


def test_reworded_reordered_header_with_extra_columns() -> None:
    labels = [
        "STT",
        "CHỈ SỐ",
        "Thành phần",
        "Chỉ tiêu",
        "Giải pháp",
        "Đơn vị chủ trì",
        "Đơn vị thực hiện",
        "Đơn vị phối hợp",
        "Cơ quan hướng dẫn chuyên môn",
        "Ghi chú",
    ]
    mapping = labels_to_fields(labels)
    assert mapping == {
        1: "dimension",
        2: "component",
        3: "indicators",
        4: "tasks",
        5: "lead",
        6: "implementing",
        7: "coordinating",
        8: "sector_guidance",
    }
    assert is_header(labels)


def test_body_rows_are_not_headers() -> None:
    assert not is_header(
        ["1. Tham gia của người dân ở cấp cơ sở", "1. Tri thức công dân", "UBND cấp xã", "Phòng Nội vụ"]
    )
    assert not is_header(["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"])


def test_column_number_rows() -> None:
    assert is_column_numbers(["(1)", "(2)", "(3)", "(4)", "5", "6", "(7)", "(8)"])
    assert not is_column_numbers(["1. Tham gia", "2", "3"])


def test_title_starts_at_the_last_phu_luc_line() -> None:
    lines = ["Nơi nhận:", "PHỤ LỤC", "Nhiệm vụ và giải pháp", "(Kèm theo Kế hoạch số ...)"]
    assert title_from_lines(lines) == "PHỤ LỤC\nNhiệm vụ và giải pháp\n(Kèm theo Kế hoạch số ...)"


def test_grouped_header_columns_are_named_by_their_own_labels() -> None:
    group = "Cơ quan thực hiện"
    labels = [
        "Chỉ số nội dung",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        stacked_label(group, "Thực hiện"),
        stacked_label(group, "Chủ trì"),
        stacked_label(group, "Hướng dẫn chuyên môn"),
        stacked_label(group, "Phối hợp"),
    ]
    assert labels[5] == "Cơ quan thực hiện › Chủ trì"
    mapping = labels_to_fields(labels)
    assert [mapping[i] for i in sorted(mapping)] == [
        "dimension",
        "component",
        "indicators",
        "tasks",
        "implementing",
        "lead",
        "sector_guidance",
        "coordinating",
    ]


def test_header_words_cut_mid_word_still_match() -> None:
    assert label_scores("Cơ quan quản lý ngàn h, lĩnh vực hướn g dẫn")["sector_guidance"] == 10


def test_one_unrecognised_label_takes_the_column_between_its_neighbours() -> None:
    labels = list(SEED_HEADER)
    labels[6] = "Cơ quan tham mưu"  # no key phrase of any field
    assert labels_to_fields(labels)[6] == "sector_guidance"


def test_provincial_columns_map_by_meaning_and_a_deadline_is_never_implementing() -> None:
    labels = ["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    assert labels_to_fields(labels) == {1: "indicators", 2: "tasks", 3: "lead", 4: "coordinating", 5: "deadline"}
    assert is_header(labels)
    assert label_scores("Thời gian thực hiện")["implementing"] == 0
    assert label_scores("Thời hạn hoàn thành")["implementing"] == 0


def test_result_budget_and_note_columns() -> None:
    labels = [
        "TT",
        "Nội dung thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Đơn vị thực hiện",
        "Sản phẩm đầu ra",
        "Nguồn kinh phí",
        "Thời hạn hoàn thành",
        "Ghi chú",
    ]
    assert labels_to_fields(labels) == {
        1: "component",
        2: "indicators",
        3: "tasks",
        4: "implementing",
        5: "expected_result",
        6: "budget",
        7: "deadline",
    }
    assert is_row_number_label("TT") and is_row_number_label("Số thứ tự") and not is_row_number_label("Ghi chú")


def test_a_bare_agency_group_cell_alone_does_not_make_a_header() -> None:
    """The group row of a grouped header ("Cơ quan" over the agency columns) is read with the row under it."""
    assert not is_header(["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan"])


def test_national_template_wording() -> None:
    labels = [
        "Chỉ số nội dung",
        "Chỉ số thành phần",
        "Chỉ tiêu",
        "Nhiệm vụ, giải pháp",
        "Cơ quan, đơn vị chủ trì",
        "Cơ quan, đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Kết quả, sản phẩm",
    ]
    mapping = labels_to_fields(labels)
    assert [mapping[i] for i in sorted(mapping)] == [
        "dimension",
        "component",
        "indicators",
        "tasks",
        "lead",
        "coordinating",
        "deadline",
        "expected_result",
    ]


def test_body_text_is_never_a_header_label() -> None:
    long_text = "Tăng cường công tác chỉ đạo, phối hợp thực hiện nhiệm vụ, giải pháp " * 3
    assert label_scores(long_text)["tasks"] == 0


def test_a_short_header_of_indicators_tasks_and_agencies() -> None:
    assert is_header(["STT", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp"])
    assert not is_header(["STT", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp"])  # nothing to do: no plan


def test_a_commune_plan_of_few_columns_is_a_header() -> None:
    """Tasks, an agency and a deadline or STT column: "STT | Nội dung | Chủ trì | Phối hợp | Thời gian"."""
    labels = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    assert labels_to_fields(labels) == {1: "tasks", 2: "lead", 3: "coordinating", 4: "deadline"}
    assert is_header(labels)
    assert is_header(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"])
    assert is_header(["TT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp"])
    assert is_header(["Nội dung", "Cơ quan thực hiện", "Thời hạn hoàn thành"])


def test_a_commune_header_needs_its_evidence_and_data_rows_stay_data() -> None:
    assert not is_header(["Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"])  # no STT, no deadline
    assert not is_header(["STT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"])  # no tasks
    # a data row of short cells naming a task, its agencies and when: it opens with its number
    assert not is_header(
        [
            "1",
            "Tổ chức các nội dung tuyên truyền",
            "Phòng VH-XH chủ trì",
            "các thôn phối hợp",
            "Hoàn thành trong quý II",
        ]
    )
    long_task = "Rà soát, tổ chức thực hiện các nội dung, nhiệm vụ về cải cách hành chính tại xã"
    assert not is_header(["", long_task, "Văn phòng chủ trì", "các thôn phối hợp", "Thời gian: quý II"])


def test_a_lone_content_label_is_the_tasks_and_never_takes_a_group_column() -> None:
    assert label_scores("Nội dung")["tasks"] >= MIN_LABEL_SCORE > label_scores("Nội dung")["component"]
    mapping = labels_to_fields(SEED_HEADER)
    assert mapping[0] == "dimension" and mapping[1] == "component" and mapping[3] == "tasks"
    # "Nội dung chỉ số" stays the dimension column even with no tasks column to compete
    labels = ["Nội dung chỉ số", "Nội dung thành phần", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    assert labels_to_fields(labels) == {0: "dimension", 1: "component", 2: "indicators", 3: "lead", 4: "coordinating"}


def test_a_clipped_label_reads_as_the_start_of_its_own() -> None:
    assert is_label_start("Nội dung thành", "Nội dung thành phần")
    assert is_label_start("Cơ quan thực hiện › Chủ", "Cơ quan thực hiện › Chủ trì")
    assert is_label_start("Nội dung thành phần", "Nội dung thành phần")
    assert not is_label_start("Nội dung thành phần", "Nội dung thành")
    assert not is_label_start("phố.", "Chỉ tiêu")


def test_a_missing_title_is_said() -> None:
    (warning,) = untitled_warning("", 3)
    assert "no appendix title" in warning and "page 3" in warning and "--jurisdiction" in warning
    assert untitled_warning("PHỤ LỤC\nNHIỆM VỤ", 3) == ()


def test_labels_holding_list_items_or_pages_of_text_are_no_header() -> None:
    """A scan's table read as its header row: each label holds its column's rows (the LibreOffice plan's)."""
    labels = [
        "Chỉ số nội dung 1. Tham gia của người dân ở cấp cơ sở",
        "Nội dung thành phần 1. Tri thức công dân 2. Cơ hội tham gia 3.Chất - lượng bầu cử",
        "Chỉ tiêu 1. Hiểu biết về chính sách hiện hành 2. Hiểu biết về vị trí lãnh đạo",
        "Nhiệm vụ, giải pháp - Tăng cường phổ biến pháp luật. - Nâng cao hiểu biết của người dân.",
        "Chủ trì Sở Văn hóa, Thể thao và Du lịch Sở Nội vụ",
        "Phối hợp UBND các xã, phường",
        "Thời hạn hoàn thành Thường xuyên Quý II/2026",
        "Kết quả/sản phẩm Tin, bài tuyên truyền",
    ]
    assert names_fields(labels) and holds_body_text(labels)
    assert not is_header(labels) and is_body_text_header(labels)
    header = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ, giải pháp", "Chủ trì", "Phối hợp"]
    assert is_header(header) and not holds_body_text(header)
    assert not holds_body_text(["Chỉ tiêu (1)", "Nghị định số 59/2023/NĐ-CP - Chủ trì"])  # one item, no list
    assert holds_body_text(["Nhiệm vụ, giải pháp " + "tuyên truyền pháp luật " * 60])  # far too much text


def test_a_later_pages_column_under_a_label_the_first_header_lacks_is_named() -> None:
    # samples/audit15 s13: page 2's repeated header read "Chitêu -" by OCR sent its indicators to extra
    from core.model import CellPiece, Line, PhysicalRow
    from extract.header import unmapped_later_columns_warning

    header = [("indicators", "Chỉ tiêu"), ("", "STT"), ("", "Ghi chú")]
    first = PhysicalRow(page=1, cells={}, extra={"STT": CellPiece(lines=(Line("1"),)), "Ghi chú": CellPiece()})
    later = PhysicalRow(page=2, cells={}, extra={"Chitêu -": CellPiece(lines=(Line("2. Tỷ lệ"),)), "TT": CellPiece()})
    assert unmapped_later_columns_warning([first], header) == ()
    (said,) = unmapped_later_columns_warning([first, later], header)
    assert said.startswith("column(s) under a header label the table's first header does not have map to no field: ")
    assert "'Chitêu -' (page(s) 2)" in said and "TT" not in said


def test_text_under_no_header_column_is_said_as_such() -> None:
    from core.model import CellPiece, Line, PhysicalRow
    from extract.header import UNPLACED_LABEL, unmapped_later_columns_warning

    row = PhysicalRow(page=2, cells={}, extra={UNPLACED_LABEL: CellPiece(lines=(Line("Ghi chú thêm"),))})
    assert unmapped_later_columns_warning([row], [("indicators", "Chỉ tiêu")]) == (
        "page(s) 2: text in cells under no header column (the table wider there than its header) is kept in extra "
        "under '(under no header column)', not in any field",
    )
