"""The eighth audit's own text, written by hand: what stands around or inside the appendix table.

The appendix itself is audit7's province table (``samples/audit7/audit7_data.py``: six logical rows,
agency names after the 2025 reform, row 2.1.1's ten task items long enough for LibreOffice to cut
them at a page end). What is here are the texts each document adds: notes and a source line under
the table, a "Tổng cộng" row and its budget column, the continuation paragraph of a split table,
the footnotes of cells, the budget table after the appendix.

Every text listed in a ``*_LEAKS`` list must be in no row field (``compare_audit8.py``).
"""

from __future__ import annotations

# a1: a notes paragraph and a source line right under the table.
NOTES = [
    "Ghi chú:",
    "- Các cơ quan chủ trì gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/12/2026 để tổng hợp.",
    "- Chỉ tiêu được đánh số theo bộ câu hỏi khảo sát PAPI năm 2025.",
    "Nguồn: Báo cáo Chỉ số PAPI năm 2025 (UNDP, CECODES, Viện Khoa học xã hội Việt Nam).",
]
NOTES_LEAKS = ["Ghi chú", "trước ngày 10/12/2026", "bộ câu hỏi khảo sát", "Nguồn:", "CECODES", "Viện Khoa học xã hội"]

# a3, a4: the paragraph between the two parts of the split table.
CONTINUED = "Phụ lục (tiếp theo)"
CONTINUED_LEAKS = ["tiếp theo"]

# a5: a budget column, its "Tổng cộng" row, and a note under the table.
BUDGET_LABEL = "Kinh phí (triệu đồng)"
BUDGETS = ["200", "150", "350", "180", "220", "150"]  # one per row of PROVINCE_ROWS; they add up to 1.250
TOTAL_LABEL = "Tổng cộng"
TOTAL = "1.250"
TOTAL_NOTE = "Ghi chú: Kinh phí do ngân sách tỉnh bảo đảm, giao trong dự toán năm 2026 của các cơ quan, đơn vị chủ trì."
TOTAL_LEAKS = [TOTAL_LABEL, TOTAL, "giao trong dự toán năm 2026"]

# a7: the grouped header of the agency columns, two header rows.
GROUP_LABEL = "Cơ quan thực hiện"
GROUP_SUB = ["Chủ trì", "Phối hợp"]

# a8: footnotes of cells, (row index in PROVINCE_ROWS, field, the text the mark follows, footnote text).
FOOTNOTES = [
    (
        0,
        "indicators",
        "1. Hiểu biết của người dân về chính sách, pháp luật hiện hành.",
        "Theo câu hỏi d102 của phiếu khảo sát PAPI năm 2025.",
    ),
    (
        3,
        "lead",
        "Thanh tra tỉnh",
        "Ban Tiếp công dân tỉnh phối hợp tổ chức tiếp công dân định kỳ tại trụ sở tiếp công dân tỉnh.",
    ),
]

# a9: the row whose agency cells hold only a dash (index in PROVINCE_ROWS), and where the empty row goes.
DASH_ROW = 4
EMPTY_ROW_AFTER = 2

# a10: a budget table of the body after the appendix, seven columns like the appendix, other labels.
BUDGET_TITLE = "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM 2026"
BUDGET_HEAD = [
    "TT",
    "Nội dung",
    "Kinh phí (triệu đồng)",
    "Nguồn kinh phí",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian",
]
BUDGET_ROWS = [
    [
        "1",
        "Hội nghị phân tích, đánh giá kết quả Chỉ số PAPI năm 2025",
        "120",
        "Ngân sách tỉnh",
        "Sở Nội vụ",
        "Các sở, ngành",
        "Quý II/2026",
    ],
    [
        "2",
        "In ấn tờ gấp, sổ tay hỏi đáp pháp luật phát đến các thôn, tổ dân phố",
        "450",
        "Ngân sách tỉnh",
        "Sở Tư pháp",
        "UBND các xã, phường",
        "Quý III/2026",
    ],
    [
        "3",
        "Tập huấn kỹ năng tiếp công dân cho công chức cấp xã",
        "280",
        "Ngân sách tỉnh",
        "Thanh tra tỉnh",
        "Sở Nội vụ",
        "Quý III/2026",
    ],
    ["", "Cộng", "850", "", "", "", ""],
]
BUDGET_LEAKS = [
    "DỰ TOÁN KINH PHÍ",
    "Nguồn kinh phí",
    "In ấn tờ gấp",
    "Ngân sách tỉnh",
    "kỹ năng tiếp công dân cho công chức",
    "Quý III/2026",
    "850",
    "Hội nghị phân tích",
]
