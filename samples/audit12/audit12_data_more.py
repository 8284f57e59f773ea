"""The twelfth audit's later cases (second round on), written by hand: edits of the base plan of
audit12_data.py, one function per side, and their change lists (added to ``audit12_data.CHANGES``).
``audit12_data`` imports every name of this module, so the builder calls them as ``D.<name>``.
"""

from __future__ import annotations

import copy

from audit12_data import CHANGES, COMMUNE_NEW_ROW, COMPONENTS, MTTQ, UBND_XA, at, row


# ---------------------------------------------------------------- second round (harder pairs)
def c12_renumbered_and_changed(rows):  # type: ignore[no-untyped-def]
    """Indicator 1 of component 1.2 dropped; the two after it become 1. and 2.; the last one also changed."""
    rows.remove(at(rows, 1, 2, "1"))
    r2, r3 = at(rows, 1, 2, "2"), at(rows, 1, 2, "3")
    r2["ind"] = ["1." + str(r2["ind"][0])[2:]]  # type: ignore[index]
    r3["ind"] = ["2." + str(r3["ind"][0])[2:]]  # type: ignore[index]
    r3["tasks"] = "- Công khai dự toán, quyết toán công trình công cộng có huy động đóng góp của Nhân dân."
    r3["lead"] = "Sở Tài chính"
    r3["coord"] = UBND_XA
    return rows


def c13_swap(rows):  # type: ignore[no-untyped-def]
    """Rows 1.2.1 and 1.2.2 change places, and so their numbers."""
    r1, r2 = at(rows, 1, 2, "1"), at(rows, 1, 2, "2")
    i = rows.index(r1)
    r1["ind"] = ["2." + str(r1["ind"][0])[2:]]  # type: ignore[index]
    r2["ind"] = ["1." + str(r2["ind"][0])[2:]]  # type: ignore[index]
    rows[i], rows[i + 1] = r2, r1
    return rows


PREREFORM_SPELLING = [  # (d, c, first, field, 2024 text, 2025 text): pre-reform bodies spelled otherwise
    (1, 2, "3", "coord", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
    (
        2,
        1,
        "1",
        "coord",
        "Sở Thông tin và Truyền thông; Đài Phát thanh và Truyền hình tỉnh",
        "Sở TT&TT; Đài PT-TH tỉnh",
    ),
    (3, 2, "1", "coord", "Công an tỉnh; Sở Lao động - Thương binh và Xã hội", "Công an tỉnh; Sở LĐ-TB&XH"),
    (5, 3, "1", "coord", "Sở Nội vụ; UBND các huyện, thị xã, thành phố", "Sở Nội vụ; UBND huyện, thị xã, thành phố"),
    (8, 2, "1", "lead", "Sở Thông tin và Truyền thông", "Sở Thông tin - Truyền thông"),
]


def c04b_old_2024(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, old, _ in PREREFORM_SPELLING:
        at(rows, d, c, first)[f] = old
    return rows


def c04b_new_2025(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, _, new in PREREFORM_SPELLING:
        at(rows, d, c, first)[f] = new
    return rows


def c14_indicator_reworded(rows):  # type: ignore[no-untyped-def]
    at(rows, 6, 1, "1")["ind"] = [
        "1. Mức độ hài lòng của người dân đối với chất lượng khám, chữa bệnh ở trạm y tế cấp xã."
    ]
    return rows


CHANGES.update(
    {
        "c04b-prereform-spelling": [
            "2024 and 2025 plans, both before the reform, the same bodies spelled otherwise: "
            + "; ".join(f"{d}.{c}.{first} {f} '{o}' -> '{n}'" for d, c, first, f, o, n in PREREFORM_SPELLING)
        ],
        "c08b-label-style": [
            "dimension labels numbered in Roman ('I. Tham gia ...') instead of '1.', component labels "
            "under their dimension's number ('1.2. Cơ hội tham gia') instead of '2.'; nothing else"
        ],
        "c12-renumbered-and-changed": [
            "row 1.2.1 dropped; '2. Trưởng thôn ...' becomes '1.' (1.2.2 -> 1.2.1), '3. Tỷ lệ "
            "người dân tham gia đóng góp ...' becomes '2.' (1.2.3 -> 1.2.2)",
            "the last one also changed: task 'của người dân' -> 'của Nhân dân'; lead UBND các "
            "xã, phường -> Sở Tài chính; coordinating Sở Tài chính -> UBND các xã, phường",
        ],
        "c13-swap": [
            "rows 1.2.1 and 1.2.2 swapped, with their numbers: '1. Tỷ lệ người dân tham gia bầu ...' becomes "
            "'2.', '2. Trưởng thôn ...' becomes '1.'"
        ],
        "c14-indicator-reworded": [
            "6.1.1 indicator reworded, same number, same tasks and bodies: '1. Tỷ lệ người dân "
            "hài lòng với dịch vụ khám, chữa bệnh tại trạm y tế xã, phường.' -> '1. Mức độ hài "
            "lòng của người dân đối với chất lượng khám, chữa bệnh ở trạm y tế cấp xã.'"
        ],
    }
)


# ---------------------------------------------------------------- third round
def c15_commune_insert_reword(rows):  # type: ignore[no-untyped-def]
    """Commune: a row inserted in 1.2 before its second row, and that second row's task reworded a little."""
    rows.insert(2, copy.deepcopy(COMMUNE_NEW_ROW))
    rows[3]["tasks"] = (
        "- Niêm yết công khai danh sách ứng cử viên và kết quả bầu tại nhà văn hóa thôn và trên loa truyền thanh."
    )
    return rows


def c16_split_row(rows):  # type: ignore[no-untyped-def]
    """Row 1.1.1 (indicators 1 and 2) split into two rows, one per indicator, each with its task item."""
    r = at(rows, 1, 1, "1")
    first, second = str(r["tasks"]).split("\n")
    r2 = copy.deepcopy(r)
    r["ind"], r["tasks"] = [r["ind"][0]], first  # type: ignore[index]
    r2["ind"], r2["tasks"] = [r2["ind"][1]], second  # type: ignore[index]
    rows.insert(rows.index(r) + 1, r2)
    return rows


def c17_reordered(rows):  # type: ignore[no-untyped-def]
    """The dimensions in another order (8, 6, 5, 3, 2, 1); every row as it was."""
    return sorted(rows, key=lambda r: -int(r["d"]))  # type: ignore[call-overload]


UNKNOWN = [  # bodies on no list: (d, c, first, field, old, new)
    (
        3,
        2,
        "1",
        "coord",
        "Công an tỉnh; Sở Tư pháp; Hội Doanh nhân trẻ tỉnh",
        "Công an tỉnh; Sở Tư pháp; Câu lạc bộ Doanh nhân tỉnh",
    ),
    (
        6,
        1,
        "1",
        "coord",
        f"Bảo hiểm xã hội tỉnh; {UBND_XA}",
        f"Bảo hiểm xã hội tỉnh; {UBND_XA}; Hiệp hội Y tế tư nhân tỉnh",
    ),
]


def c18_old(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, old, _ in UNKNOWN:
        at(rows, d, c, first)[f] = old
    return rows


def c18_new(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, _, new in UNKNOWN:
        at(rows, d, c, first)[f] = new
    return rows


CHANGES.update(
    {
        "c15-commune-insert-reword": [
            "commune, 2026 -> 2027: the row of c11 inserted in 1.2 (TT 3) and the row after it "
            "(1.2.2 -> 1.2.3) reworded: '... tại nhà văn hóa thôn.' -> '... tại nhà văn hóa "
            "thôn và trên loa truyền thanh.'"
        ],
        "c16-split-row": [
            "row 1.1.1 (indicators 1 and 2, two task items) split into 1.1.1 (indicator 1, first item) "
            "and 1.1.2 (indicator 2, second item), same bodies"
        ],
        "c17-reordered": ["the rows in another order (dimensions 8, 6, 5, 3, 2, 1), every cell the same"],
        "c18-unmatched-agencies": [
            "bodies on no list: " + "; ".join(f"{d}.{c}.{first} {f} '{o}' -> '{n}'" for d, c, first, f, o, n in UNKNOWN)
        ],
        "c19-multi-document-folders": [
            "c03's pair, both years extracted into ONE folder (and both years' documents in "
            "one folder), picked with --old-source / --new-source"
        ],
    }
)


# ---------------------------------------------------------------- fourth round
def c20_old(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 1, 1, "1")
    r["lead"] = "Sở Tư pháp (chỉ tiêu 1)"
    r["coord"] = f"Sở Văn hóa, Thể thao và Du lịch (chỉ tiêu 2); {UBND_XA}"
    return rows


def c20_new(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 1, 1, "1")
    r["lead"] = "Sở Tư pháp (chỉ tiêu 1, 2)"
    r["coord"] = f"Sở Văn hóa, Thể thao và Du lịch (chỉ tiêu 1); {UBND_XA}"
    return rows


def c21_numbers(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 2, 1, "1")
    assert "10 ngày làm việc" in str(r["tasks"])
    r["tasks"] = str(r["tasks"]).replace("10 ngày làm việc", "15 ngày làm việc")
    at(rows, 1, 2, "1")["deadline"] = "Quý III"
    r = at(rows, 3, 2, "1")
    r["tasks"] = str(r["tasks"]).replace("- Tập huấn kỹ năng", "- Tập huấn 2 lần/năm kỹ năng")
    r = at(rows, 5, 3, "1")
    r["tasks"] = str(r["tasks"]) + "\n- Giữ tỷ lệ hồ sơ trễ hạn < 1% <b>mỗi quý</b>."
    return rows


DUP_ROW = row(
    8,
    2,
    ["1. Tỷ lệ người dân sử dụng dịch vụ công trực tuyến qua Internet."],
    "- Hướng dẫn người dân tạo tài khoản định danh điện tử mức 2 tại nhà văn hóa thôn.",
    "Công an tỉnh",
    UBND_XA,
    "Hằng năm",
)


def c22_old(rows):  # type: ignore[no-untyped-def]
    rows.append(copy.deepcopy(DUP_ROW))  # a second "1." in component 8.2: key 8.2.1-2
    return rows


def c22_new(rows):  # type: ignore[no-untyped-def]
    r = copy.deepcopy(DUP_ROW)
    r["tasks"] = "- Hướng dẫn người dân tạo tài khoản định danh điện tử mức 2 tại nhà văn hóa thôn, tổ dân phố."
    rows.append(r)
    return rows


CHANGES.update(
    {
        "c20-indicator-scope": [
            "1.1.1 lead: 'Sở Tư pháp (chỉ tiêu 1)' -> 'Sở Tư pháp (chỉ tiêu 1, 2)'; coordinating: "
            "'Sở Văn hóa, Thể thao và Du lịch (chỉ tiêu 2); ...' -> '... (chỉ tiêu 1); ...': the "
            "same bodies, other indicators"
        ],
        "c21-numbers-in-text": [
            "2.1.1 tasks: 'trong thời hạn 10 ngày làm việc' -> '15 ngày làm việc'",
            "1.2.1 deadline: 'Quý II' -> 'Quý III'",
            "3.2.1 tasks: '- Tập huấn kỹ năng' -> '- Tập huấn 2 lần/năm kỹ năng'",
            "5.3.1 tasks: an item added: '- Giữ tỷ lệ hồ sơ trễ hạn < 1% <b>mỗi quý</b>.' (markup "
            "characters typed as text, for the HTML report's escaping)",
        ],
        "c22-duplicate-keys": [
            "both years have a second row numbered '1.' in component 8.2 (key 8.2.1-2: 'Tỷ lệ người "
            "dân sử dụng dịch vụ công trực tuyến ...'); in the new year its task gains ', tổ dân phố'"
        ],
    }
)

CHANGES.update(
    {
        "c23-unnamed-issuer": [
            "none in the table: the new year's Kèm theo line names its issuer by level only ('của "
            "UBND tỉnh', no 'Hà Tĩnh'), as audit7's k12 did"
        ],
        "c24-merged-province": [
            "old: the 2025 plan of tỉnh Quảng Bình; new: the 2026 plan of tỉnh Quảng Trị (into which "
            "Quảng Bình was merged on 1 July 2025); the same table, the same body names ('Sở Tư pháp', "
            "'Công an tỉnh', 'UBND các xã, phường' ...)"
        ],
    }
)


# ---------------------------------------------------------------- fifth round
COMPONENTS[(1, 3)] = "Cơ hội tham gia"  # c25: "Cơ hội tham gia" pushed from 1.2 to 1.3
COMPONENTS_C25_NEW = "Chất lượng bầu cử"
NEW_121 = row(
    1,
    2,
    ["1. Tỷ lệ người dân cho biết cuộc bầu cử đại biểu Hội đồng nhân dân gần nhất có nhiều ứng cử viên để lựa chọn."],
    "- Tuyên truyền về bầu cử đại biểu Hội đồng nhân dân các cấp đến từng thôn, tổ dân phố.",
    "Sở Nội vụ",
    f"{MTTQ}; {UBND_XA}",
    "Quý I",
)


def c25_component_inserted(rows):  # type: ignore[no-untyped-def]
    """A new component 1.2 (Chất lượng bầu cử, one row) before "Cơ hội tham gia", which becomes 1.3."""
    first = next(r for r in rows if (r["d"], r["c"]) == (1, 2))
    for r in rows:
        if (r["d"], r["c"]) == (1, 2):
            r["c"] = 3
    new = copy.deepcopy(NEW_121)
    new["comp"] = COMPONENTS_C25_NEW
    rows.insert(rows.index(first), new)
    return rows


def with_result(rows):  # type: ignore[no-untyped-def]
    for r in rows:
        r["result"] = f"Báo cáo kết quả thực hiện chỉ số {r['d']}.{r['c']}"
    return rows


CHANGES.update(
    {
        "c01c-docx-resaved": [
            "none: the new side is the old side's DOCX opened and saved again as DOCX by LibreOffice"
        ],
        "c09c-deadline-header-and-result": [
            "the deadline column headed 'Thời hạn hoàn thành' instead of 'Thời gian "
            "thực hiện' (same cells); a 'Sản phẩm' column added ('Báo cáo kết quả thực "
            "hiện chỉ số D.C' in every row)"
        ],
        "c25-component-inserted": [
            "a new component '2. Chất lượng bầu cử' (one row, indicator 1: key 1.2.1) inserted in "
            "dimension 1; 'Cơ hội tham gia' becomes its third component: 1.2.1, 1.2.2, 1.2.3 -> "
            "1.3.1, 1.3.2, 1.3.3, the label '2. Cơ hội tham gia' -> '3. Cơ hội tham gia'"
        ],
    }
)


# ---------------------------------------------------------------- sixth round: near-identical indicators
ROW_612 = row(
    6,
    1,
    ["2. Tỷ lệ người dân hài lòng với dịch vụ khám, chữa bệnh tại bệnh viện tuyến tỉnh."],
    "- Rút ngắn thời gian chờ khám tại các bệnh viện tuyến tỉnh; triển khai đặt lịch khám trực tuyến.",
    "Sở Y tế",
    "Bảo hiểm xã hội tỉnh",
    "Hằng năm",
)


def c26_old(rows):  # type: ignore[no-untyped-def]
    rows.insert(rows.index(at(rows, 6, 1, "1")) + 1, copy.deepcopy(ROW_612))
    return rows


def c26_new(rows):  # type: ignore[no-untyped-def]
    r = copy.deepcopy(ROW_612)
    r["ind"] = ["1." + str(r["ind"][0])[2:]]  # type: ignore[index]
    i = rows.index(at(rows, 6, 1, "1"))
    rows[i] = r
    return rows


CHANGES.update(
    {
        "c26-near-identical-indicators": [
            "old: component 6.1 has two rows whose indicators differ in their last words only (rapidfuzz ratio 82): "
            "'1. ... khám, chữa bệnh tại trạm y tế xã, phường.' (6.1.1) and '2. ... khám, chữa bệnh tại bệnh viện "
            "tuyến tỉnh.' (6.1.2), each with its own tasks and bodies",
            "new: the first (trạm y tế) dropped; the second, unchanged but for its number, becomes '1.' (6.1.2 -> 6.1.1)",
        ],
    }
)


def c26b_new(rows):  # type: ignore[no-untyped-def]
    rows = c26_new(rows)
    r = at(rows, 6, 1, "1")
    r["ind"] = [str(r["ind"][0]).replace("tại bệnh viện", "tại các bệnh viện")]  # type: ignore[index]
    return rows


CHANGES["c26b-near-identical-reworded"] = CHANGES["c26-near-identical-indicators"] + [
    "and the renumbered row's indicator gains one word: 'tại bệnh viện' -> 'tại các bệnh viện'"
]


# ---------------------------------------------------------------- seventh round: list marks and Unicode form
def c27_cosmetic(rows):  # type: ignore[no-untyped-def]
    r = at(rows, 1, 1, "1")
    r["tasks"] = str(r["tasks"]).replace("- ", "• ")
    r = at(rows, 3, 2, "1")
    r["tasks"] = str(r["tasks"]).replace("- ", "+ ")
    r = at(rows, 8, 2, "1")
    r["ind"] = [x.replace("1. ", "1) ", 1).replace("2. ", "2) ", 1) for x in r["ind"]]  # type: ignore[attr-defined]
    return rows


def c28_nfd(rows):  # type: ignore[no-untyped-def]
    import unicodedata

    r = at(rows, 2, 1, "1")
    r["ind"] = [unicodedata.normalize("NFD", x) for x in r["ind"]]  # type: ignore[attr-defined]
    return rows


CHANGES["c27-cosmetic-lists"] = [
    "1.1.1 tasks: items marked '• ' instead of '- '",
    "3.2.1 tasks: items marked '+ ' instead of '- '",
    "8.2.1 indicators numbered '1) ', '2) ' instead of '1. ', '2. '",
]
CHANGES["c28-nfd"] = ["2.1.1 indicators typed in NFD (decomposed marks); nothing else"]

CHANGES["c29-merged-body-cells"] = [
    "none in content: in the new year the lead cells of rows 1.2.1 and 1.2.2 (both 'Sở Nội vụ') and their "
    "deadline cells (both 'Quý II') are each one vertically merged cell, the text written once"
]


GROUP_SPELLING = [  # (d, c, first, field, old text, new text): groups and order, the same bodies
    (
        3,
        2,
        "1",
        "coord",
        "Công an tỉnh; Sở Tư pháp; Các sở, ban, ngành",
        "Sở Tư pháp, Công an tỉnh và các sở, ban, ngành",
    ),
    (
        5,
        3,
        "1",
        "coord",
        f"Sở Nội vụ; {UBND_XA}; Các cơ quan, đơn vị có liên quan",
        "UBND cấp xã; Sở Nội vụ; các cơ quan, đơn vị liên quan",
    ),
    (1, 2, "1", "coord", f"{MTTQ}; {UBND_XA}", "Ủy ban Mặt trận Tổ quốc tỉnh; Ủy ban nhân dân các xã, phường"),
]


def c04c_old(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, old, _ in GROUP_SPELLING:
        at(rows, d, c, first)[f] = old
    return rows


def c04c_new(rows):  # type: ignore[no-untyped-def]
    for d, c, first, f, _, new in GROUP_SPELLING:
        at(rows, d, c, first)[f] = new
    return rows


CHANGES["c04c-groups-and-order"] = [
    "the same bodies and groups, spelled otherwise or in another order: "
    + "; ".join(f"{d}.{c}.{first} {f} '{o}' -> '{n}'" for d, c, first, f, o, n in GROUP_SPELLING)
]


def c30_two_task_rows(rows):  # type: ignore[no-untyped-def]
    """Row 1.1.1's two task items in two table rows, each with its own lead; the indicator cell (and the
    group cells) merged over both.
    """
    r = at(rows, 1, 1, "1")
    first, second = str(r["tasks"]).split("\n")
    r2 = copy.deepcopy(r)
    r["tasks"], r2["tasks"] = first, second
    r2["lead"], r2["coord"] = "Sở Văn hóa, Thể thao và Du lịch", UBND_XA
    rows.insert(rows.index(r) + 1, r2)
    return rows


CHANGES["c30-merged-indicator-docx-pdf"] = [
    "none: one plan (row 1.1.1's indicators merged over two table rows, each row one task item and its own "
    "lead) as DOCX against its LibreOffice PDF, both ways"
]
