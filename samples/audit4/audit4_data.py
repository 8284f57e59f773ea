"""The fourth audit's plan content, written by hand (own wording, after the PAPI 2024 index).

Six logical rows (dimensions 1-3, five components). Every document is a python-docx DOCX (and
its LibreOffice PDF); what varies is the table: header wording, grouped headers, a row of column
numbers, how the groups are printed (merged columns, full-width section rows, "A."/"I."/"1.1."/
"Chỉ số nội dung 1:"), how indicators are numbered ("1.", "1.2.3.", "a)", "Chỉ tiêu 1:"), nested
bullets, fonts, line breaks, empty cells, a closing total row, two appendices in one file.

How a document's expected rows are made (``build_audit4.expected``), by the README's rules,
never from phuluc's output:
- ``dimension`` / ``component``: the label text exactly as the document prints it;
- ``dimension_no`` / ``component_no``: ``d``, ``c``; ``papi``: "d.c";
- ``key``: "D.C.I", I the number the row's first indicator carries ("1.", "Chỉ tiêu 1:",
  "1.2.3." → its last part); where indicators are unnumbered ("a)") or absent, the row's STT
  counted from the STT of its component's first row;
- a field the document has no column for is ""; STT/TT and Ghi chú are ``extra`` by label
  (empty ``extra`` values are not compared).
"""

from __future__ import annotations

DIMENSIONS = {
    1: "Tham gia của người dân ở cấp cơ sở",
    2: "Công khai, minh bạch trong việc ra quyết định ở địa phương",
    3: "Trách nhiệm giải trình với người dân",
}
COMPONENTS = {
    (1, 1): "Tri thức công dân",
    (1, 2): "Cơ hội tham gia",
    (2, 1): "Tiếp cận thông tin",
    (3, 1): "Mức độ và hiệu quả trong tiếp xúc với chính quyền",
    (3, 2): "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
}
ROMAN = {1: "I", 2: "II", 3: "III"}
LETTER = {1: "A", 2: "B", 3: "C"}


def _row(
    d: int,
    c: int,
    ind: list[tuple[int, str]],
    tasks: str,
    lead: str,
    coord: str,
    deadline: str,
    result: str,
    budget: str,
    note: str,
) -> dict[str, object]:
    return {
        "d": d,
        "c": c,
        "ind": ind,
        "tasks": tasks,
        "lead": lead,
        "coordinating": coord,
        "deadline": deadline,
        "result": result,
        "budget": budget,
        "note": note,
    }


ROWS: list[dict[str, object]] = [
    _row(
        1,
        1,
        [
            (1, "Hiểu biết của người dân về chính sách hiện hành."),
            (2, "Hiểu biết về nhiệm kỳ của trưởng thôn, tổ trưởng tổ dân phố."),
        ],
        "- Phổ biến pháp luật tại thôn, tổ dân phố bằng hội nghị và tờ gấp.\n"
        "- Giới thiệu trên loa truyền thanh các vị trí lãnh đạo chủ chốt của xã.",
        "Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường",
        "Thường xuyên",
        "Tờ gấp, bản tin",
        "120",
        "",
    ),
    _row(
        1,
        2,
        [(1, "Tỷ lệ người dân tham gia tổ chức chính trị - xã hội, đoàn thể.")],
        "- Vận động người dân tham gia các hội, câu lạc bộ tại khu dân cư.",
        "Sở Nội vụ",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Quý II/2026",
        "Báo cáo kết quả",
        "",
        "Lồng ghép",
    ),
    _row(
        1,
        2,
        [
            (3, "Trưởng thôn, tổ trưởng tổ dân phố do dân trực tiếp bầu."),
            (4, "Có từ hai ứng cử viên trở lên để dân lựa chọn."),
        ],
        "- Hướng dẫn quy trình bầu trưởng thôn bằng bỏ phiếu kín.\n"
        "- Niêm yết công khai danh sách ứng cử viên và kết quả bầu.",
        "Sở Nội vụ",
        "UBND các xã, phường",
        "Trước 30/6/2026",
        "Hướng dẫn",
        "50",
        "",
    ),
    _row(
        2,
        1,
        [
            (1, "Tỷ lệ người dân tìm kiếm thông tin về chính sách, pháp luật."),
            (2, "Thông tin nhận được là hữu ích và đáng tin cậy."),
        ],
        "- Đăng tải văn bản quy phạm pháp luật trên Cổng thông tin điện tử tỉnh.\n"
        "- Mở chuyên mục hỏi đáp chính sách trên đài truyền thanh cấp xã.\n"
        "- Niêm yết chính sách đất đai mới tại nhà văn hóa thôn.",
        "Văn phòng UBND tỉnh",
        "Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình tỉnh",
        "Thường xuyên",
        "Chuyên mục hỏi đáp",
        "200",
        "",
    ),
    _row(
        3,
        1,
        [(1, "Tỷ lệ người dân liên hệ trưởng thôn để giải quyết khúc mắc.")],
        "- Duy trì lịch tiếp công dân định kỳ của Chủ tịch UBND cấp xã.",
        "Thanh tra tỉnh",
        "UBND các xã, phường",
        "Năm 2026",
        "Lịch tiếp công dân",
        "",
        "",
    ),
    _row(
        3,
        2,
        [
            (1, "Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền."),
            (2, "Khiếu nại, tố cáo được phúc đáp thỏa đáng."),
        ],
        "- Giải quyết khiếu nại, tố cáo đúng thời hạn; công khai kết quả.\n"
        "- Tập huấn kỹ năng tiếp công dân cho công chức cấp xã.",
        "Thanh tra tỉnh",
        "Công an tỉnh; Sở Tư pháp",
        "Quý IV/2026",
        "Báo cáo",
        "80",
        "",
    ),
]

# e5: nested bullets, bold / italic runs, a line break inside a paragraph, an empty agency cell,
# a row with a task only. Each task line is (text, bold, italic, break_before) pieces of one cell:
# "\n" between lines; lines starting with "|" are joined to the line before by <w:br/>.
E5_TASKS = {
    0: "- Phổ biến pháp luật tại thôn, tổ dân phố:\n+ bằng hội nghị tại nhà văn hóa;\n+ bằng tờ gấp phát tận hộ.\n"
    "- Giới thiệu trên loa truyền thanh các vị trí lãnh đạo chủ chốt của xã.",
    3: "• Đăng tải văn bản quy phạm pháp luật trên Cổng thông tin điện tử tỉnh.\n"
    "|- Mở chuyên mục hỏi đáp chính sách trên đài truyền thanh cấp xã.\n"
    "• Niêm yết chính sách đất đai mới tại nhà văn hóa thôn.",
}
# The task-only row that e5 adds after row 3.1 (no indicator, no agency, no deadline).
E5_TASK_ONLY = "Tổng kết, đánh giá việc thực hiện nhiệm vụ cải thiện Chỉ số PAPI."
E5_TOTAL = ("Tổng cộng", "450")

# e8: the second appendix, a different table (scores), that is no plan row.
SCORES_HEAD = ["TT", "Chỉ số nội dung", "Điểm năm 2023", "Điểm năm 2024", "Tăng (+), giảm (-)"]
SCORES = [
    ["1", DIMENSIONS[1], "4,85", "4,91", "+0,06"],
    ["2", DIMENSIONS[2], "5,12", "5,03", "-0,09"],
    ["3", DIMENSIONS[3], "4,20", "4,37", "+0,17"],
]
