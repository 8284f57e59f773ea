"""The nineteenth audit's page text, typed by hand: a three-row province appendix (audit9's rows cut short).

Every cell is one paragraph (no line breaks typed), so a cell's expected text is the string below with
white space folded; ``ROWS`` is what the builder draws and what the expected JSON says, both by hand.
"""

TITLE = [
    "PHỤ LỤC",
    "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
    "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh Tuyên Quang)",
]

# (field, header label, column width in pt)
COLUMNS = [
    ("dimension", "Chỉ số nội dung", 92),
    ("component", "Nội dung thành phần", 96),
    ("indicators", "Chỉ tiêu", 140),
    ("tasks", "Nhiệm vụ và giải pháp", 176),
    ("lead", "Cơ quan chủ trì", 86),
    ("coordinating", "Cơ quan phối hợp", 106),
    ("deadline", "Thời gian thực hiện", 70),
]

ROWS = [
    {
        "key": "1.1.1",
        "dimension": "1. Tham gia của người dân ở cấp cơ sở",
        "component": "1. Tri thức công dân",
        "indicators": "1. Hiểu biết của người dân về chính sách, pháp luật hiện hành.",
        "tasks": "- Đẩy mạnh phổ biến, giáo dục pháp luật tại khu dân cư bằng hội nghị, tờ gấp.",
        "lead": "Sở Tư pháp",
        "coordinating": "UBND các xã, phường",
        "deadline": "Thường xuyên",
    },
    {
        "key": "1.2.3",
        "dimension": "1. Tham gia của người dân ở cấp cơ sở",
        "component": "2. Cơ hội tham gia",
        "indicators": "3. Tỷ lệ người dân tham gia bầu trưởng thôn, tổ trưởng tổ dân phố.",
        "tasks": "- Hướng dẫn bầu trưởng thôn bằng bỏ phiếu kín, có từ hai ứng cử viên trở lên; được niêm yết trước.",
        "lead": "Sở Nội vụ",
        "coordinating": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "deadline": "Quý II/2026",
    },
    {
        "key": "3.2.1",
        "dimension": "3. Trách nhiệm giải trình với người dân",
        "component": "2. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
        "indicators": "1. Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền.",
        "tasks": "- Giải quyết khiếu nại, tố cáo đúng thời hạn; công khai kết quả tại nơi tiếp công dân.",
        "lead": "Thanh tra tỉnh",
        "coordinating": "Công an tỉnh; Sở Tư pháp",
        "deadline": "Quý IV/2026",
    },
]
