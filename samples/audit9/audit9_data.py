"""The ninth audit's own text, written by hand: what a few cells carry besides plain ``w:t`` runs.

The appendix is audit7's province table (``samples/audit7/audit7_data.py``) cut to five logical rows
(ROWS: 1.1.1, 1.2.3, 3.2.1, 5.3.1, 8.2.1; the long row 2.1.1 left out so the table fits one page).
What is here: the texts the constructs add (a link's address, field instructions, alt texts, the
nested table, footnotes), and the words that must be in no row field (``*_LEAKS``).
"""

from __future__ import annotations

ROW_INDEXES = [0, 1, 3, 4, 5]  # which rows of audit7's PROVINCE_ROWS the documents keep

# c4: the link's target (the address must not replace or join the text shown).
LINK_URL = "https://hungyen.gov.vn/cong-thong-tin"
LINK_TEXT = "cổng thông tin điện tử"
LINK_LEAKS = ["https://", "hungyen.gov.vn", "HYPERLINK", "_Toc"]

# c5: field instructions (Word shows the field's result, never its instruction).
FIELD_LEAKS = ["SUBJECT", "MERGEFORMAT", "AUTHOR", "CREATEDATE", "dd/MM/yyyy", "PAGE", "fldChar"]
PAGE_NOTE = " (mẫu biên bản tại trang "

# c9: alt texts of the inline images and the nested table of deadlines in a task cell.
ALT_LEAD = "Biểu trưng Sở Tư pháp"
ALT_TASK = "Mã QR của Tổ công nghệ số cộng đồng"
NESTED = [["Đợt 1", "Trước ngày 30/4/2026"], ["Đợt 2", "Trước ngày 30/9/2026"]]
IMAGE_LEAKS = ["Biểu trưng", "Mã QR"]

# c12: a footnote after the lead of row 3.2.1 (ROWS index 2), audit8's text.
FOOTNOTES = [
    (
        2,
        "lead",
        "Thanh tra tỉnh",
        "Ban Tiếp công dân tỉnh phối hợp tổ chức tiếp công dân định kỳ tại trụ sở tiếp công dân tỉnh.",
    )
]

# c6: the tracked moves' author (Word keeps it; it is no cell text).
AUTHOR = "Nguyễn Văn Biên Tập"
MOVE_LEAKS = [AUTHOR]
