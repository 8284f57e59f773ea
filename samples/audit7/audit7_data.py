"""The seventh audit's text, written by hand (own wording, after the PAPI content of the 2024 seed).

A whole plan as issued: heading block, title, body (I. MỤC ĐÍCH, YÊU CẦU; II. NHIỆM VỤ, GIẢI PHÁP;
III. TỔ CHỨC THỰC HIỆN), sometimes tables in the body, a signature block and "Nơi nhận", then the
appendix. Agency names are the ones after the 2025 reform (Decree 45/2025/NĐ-CP departments,
Decree 150/2025/NĐ-CP commune offices).

How a document's expected rows are made (``build_audit7.expected_*``), by the README's rules, never
from phuluc's output:
- ``dimension`` / ``component``: the label text exactly as the appendix prints it ("1. Tham gia ..."
  in a merged column, "I. Tham gia ..." / "1. Tri thức công dân" as section rows);
- ``dimension_no`` / ``component_no``: the PAPI numbers; ``papi``: "d.c";
- ``key``: "D.C.I", I the number of the row's first indicator; in the commune table (no indicators)
  the row's TT counted from the TT of its component's first row;
- a field the table has no column for is ""; the commune table's TT is ``extra`` {"TT": ...}.
"""

from __future__ import annotations

DIMENSIONS = {
    1: "Tham gia của người dân ở cấp cơ sở",
    2: "Công khai, minh bạch trong việc ra quyết định ở địa phương",
    3: "Trách nhiệm giải trình với người dân",
    5: "Thủ tục hành chính công",
    8: "Quản trị điện tử",
}
COMPONENTS = {
    (1, 1): "Tri thức công dân",
    (1, 2): "Cơ hội tham gia",
    (2, 1): "Tiếp cận thông tin",
    (3, 2): "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
    (5, 3): "Dịch vụ hành chính cấp xã",
    (8, 2): "Tiếp cận và sử dụng Internet tại địa phương",
}
ROMAN = {1: "I", 2: "II", 3: "III", 5: "V", 8: "VIII"}

# The long task cell of row 3: ten items, enough for LibreOffice and Chromium to cut it at a page end.
LONG_TASKS = "\n".join(
    [
        "- Rà soát, cập nhật kịp thời văn bản quy phạm pháp luật, chính sách mới trên Cổng thông tin điện tử "
        "tỉnh và trang thông tin điện tử của các xã, phường.",
        "- Duy trì chuyên mục hỏi - đáp chính sách trên Báo và Phát thanh, Truyền hình tỉnh; trả lời câu hỏi của "
        "người dân trong thời hạn 10 ngày làm việc.",
        "- Niêm yết tại nhà văn hóa thôn, tổ dân phố các chính sách về đất đai, an sinh xã hội, hỗ trợ sinh kế có "
        "tác động trực tiếp đến người dân.",
        "- Phát hành tờ gấp, sổ tay hỏi đáp pháp luật bằng tiếng Việt và tiếng dân tộc thiểu số ở vùng đồng bào "
        "dân tộc thiểu số.",
        "- Tổ chức đối thoại định kỳ giữa người đứng đầu chính quyền xã, phường với người dân về những vấn đề "
        "được quan tâm.",
        "- Công khai số điện thoại đường dây nóng, địa chỉ thư điện tử tiếp nhận phản ánh của người dân tại trụ "
        "sở và trên mạng xã hội.",
        "- Hướng dẫn người dân tra cứu thông tin trên Cổng dịch vụ công quốc gia và ứng dụng định danh điện tử.",
        "- Đưa nội dung tuyên truyền về quyền tiếp cận thông tin vào sinh hoạt của các chi hội, câu lạc bộ ở khu "
        "dân cư.",
        "- Bồi dưỡng kỹ năng cung cấp thông tin cho công chức văn phòng, công chức văn hóa - xã hội cấp xã.",
        "- Kiểm tra việc thực hiện Luật Tiếp cận thông tin tại các sở, ngành và xã, phường; công khai kết quả "
        "kiểm tra.",
    ]
)


def _row(d: int, c: int, ind: list[str], tasks: str, lead: str, coord: str, deadline: str) -> dict[str, object]:
    return {"d": d, "c": c, "ind": ind, "tasks": tasks, "lead": lead, "coordinating": coord, "deadline": deadline}


# The province appendix: six logical rows, indicators numbered within their component.
PROVINCE_ROWS: list[dict[str, object]] = [
    _row(
        1,
        1,
        [
            "1. Hiểu biết của người dân về chính sách, pháp luật hiện hành.",
            "2. Hiểu biết về các vị trí lãnh đạo chủ chốt ở địa phương.",
        ],
        "- Đẩy mạnh phổ biến, giáo dục pháp luật tại khu dân cư bằng hội nghị, tờ gấp và loa truyền thanh.\n"
        "- Cập nhật danh sách lãnh đạo chủ chốt của tỉnh và của xã, phường trên cổng thông tin điện tử.",
        "Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường",
        "Thường xuyên",
    ),
    _row(
        1,
        2,
        [
            "3. Tỷ lệ người dân tham gia bầu trưởng thôn, tổ trưởng tổ dân phố.",
            "4. Trưởng thôn, tổ trưởng tổ dân phố do người dân trực tiếp bầu.",
        ],
        "- Hướng dẫn bầu trưởng thôn, tổ trưởng tổ dân phố bằng bỏ phiếu kín, có từ hai ứng cử viên trở lên.\n"
        "- Niêm yết công khai kết quả bầu tại nhà văn hóa thôn, tổ dân phố.",
        "Sở Nội vụ",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường",
        "Quý II/2026",
    ),
    _row(
        2,
        1,
        [
            "1. Tỷ lệ người dân tìm kiếm thông tin về chính sách, pháp luật.",
            "2. Thông tin nhận được là hữu ích và đáng tin cậy.",
        ],
        LONG_TASKS,
        "Văn phòng UBND tỉnh",
        "Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình tỉnh",
        "Thường xuyên",
    ),
    _row(
        3,
        2,
        ["1. Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền.", "2. Khiếu nại, tố cáo được phúc đáp thỏa đáng."],
        "- Giải quyết khiếu nại, tố cáo đúng thời hạn; công khai kết quả giải quyết tại nơi tiếp công dân.\n"
        "- Tập huấn kỹ năng tiếp công dân, hòa giải cho công chức cấp xã.",
        "Thanh tra tỉnh",
        "Công an tỉnh; Sở Tư pháp",
        "Quý IV/2026",
    ),
    _row(
        5,
        3,
        ["1. Tỷ lệ người dân làm thủ tục hành chính tại xã, phường không phải đi lại nhiều lần."],
        "- Niêm yết đầy đủ thành phần hồ sơ, phí, lệ phí tại Trung tâm Phục vụ hành chính công xã, phường.\n"
        "- Khảo sát sự hài lòng của người dân sau mỗi lần giải quyết thủ tục.",
        "Trung tâm Phục vụ hành chính công tỉnh",
        "Sở Nội vụ; UBND các xã, phường",
        "Năm 2026",
    ),
    _row(
        8,
        2,
        [
            "1. Tỷ lệ người dân có kết nối Internet tại nhà.",
            "2. Tỷ lệ người dân tiếp cận tin tức trong nước qua Internet.",
        ],
        "- Phối hợp doanh nghiệp viễn thông phủ sóng băng rộng đến các thôn chưa có kết nối.\n"
        "- Duy trì Tổ công nghệ số cộng đồng hướng dẫn người dân dùng Internet an toàn.",
        "Sở Khoa học và Công nghệ",
        "Các doanh nghiệp viễn thông; UBND các xã, phường",
        "Năm 2026",
    ),
]
PROVINCE_HEAD = [
    "Chỉ số nội dung",
    "Nội dung thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ, giải pháp",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian thực hiện",
]

# The commune appendix (five columns, section rows): five rows; (1,2) holds two of them.
COMMUNE_ROWS: list[dict[str, object]] = [
    _row(
        1,
        1,
        [],
        "- Tổ chức hội nghị phổ biến pháp luật tại các thôn; phát tờ gấp đến từng hộ gia đình.",
        "Văn phòng HĐND và UBND xã",
        "Ủy ban MTTQ Việt Nam xã; các thôn",
        "Thường xuyên",
    ),
    _row(
        1,
        2,
        [],
        "- Hướng dẫn bầu trưởng thôn bằng bỏ phiếu kín, có từ hai ứng cử viên trở lên.",
        "Văn phòng HĐND và UBND xã",
        "Ủy ban MTTQ Việt Nam xã",
        "Quý II/2026",
    ),
    _row(
        1,
        2,
        [],
        "- Niêm yết công khai danh sách ứng cử viên và kết quả bầu tại nhà văn hóa thôn.",
        "Văn phòng HĐND và UBND xã",
        "Trưởng các thôn",
        "Quý II/2026",
    ),
    _row(
        2,
        1,
        [],
        "- Niêm yết chính sách, pháp luật mới tại trụ sở UBND xã và nhà văn hóa thôn.\n"
        "- Đăng tải các văn bản mới trên trang thông tin điện tử của xã.",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND xã",
        "Thường xuyên",
    ),
    _row(
        5,
        3,
        [],
        "- Giải quyết thủ tục hành chính đúng hạn; không để người dân phải đi lại nhiều lần.",
        "Trung tâm Phục vụ hành chính công xã",
        "Phòng Kinh tế; Công an xã",
        "Năm 2026",
    ),
]
COMMUNE_HEAD = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]

# The PAPI scores table (body of k03, Phụ lục II of k07): numbers that must never be in a row.
SCORES_HEAD = ["TT", "Chỉ số nội dung", "Điểm 2024", "Điểm 2025", "Tăng/giảm"]
SCORES = [
    ["1", "Tham gia của người dân ở cấp cơ sở", "5,03", "5,11", "+0,08"],
    ["2", "Công khai, minh bạch trong việc ra quyết định ở địa phương", "5,21", "5,34", "+0,13"],
    ["3", "Trách nhiệm giải trình với người dân", "4,36", "4,29", "-0,07"],
    ["4", "Kiểm soát tham nhũng trong khu vực công", "6,62", "6,71", "+0,09"],
    ["5", "Thủ tục hành chính công", "7,38", "7,45", "+0,07"],
    ["6", "Cung ứng dịch vụ công", "7,52", "7,60", "+0,08"],
    ["7", "Quản trị môi trường", "3,41", "3,17", "-0,24"],
    ["8", "Quản trị điện tử", "3,02", "3,48", "+0,46"],
    ["", "Tổng điểm", "42,55", "43,15", "+0,60"],
]
SCORES_LEAKS = ["5,11", "+0,13", "-0,24", "43,15", "Điểm 2025", "Tổng điểm", "3,48"]

# The deadlines table of the body (k04: three columns; k13: with a column of agencies, the way a
# commune appendix is headed).
DEADLINES_HEAD = ["TT", "Nội dung", "Thời gian"]
DEADLINES = [
    ["1", "Tổ chức hội nghị phân tích, đánh giá kết quả Chỉ số PAPI năm 2025", "Tháng 4/2026"],
    ["2", "Các sở, ngành, địa phương ban hành kế hoạch thực hiện của đơn vị", "Trước ngày 30/4/2026"],
    ["3", "Báo cáo kết quả thực hiện 6 tháng đầu năm", "Trước ngày 15/6/2026"],
    ["4", "Báo cáo kết quả thực hiện cả năm", "Trước ngày 15/12/2026"],
]
DEADLINES_AGENCY_HEAD = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"]
DEADLINES_AGENCY = [
    ["1", "Tổ chức hội nghị phân tích, đánh giá kết quả Chỉ số PAPI năm 2025", "Sở Nội vụ", "Tháng 4/2026"],
    ["2", "Ban hành kế hoạch thực hiện của đơn vị", "Các sở, ngành; UBND các xã, phường", "Trước ngày 30/4/2026"],
    ["3", "Báo cáo kết quả thực hiện 6 tháng đầu năm", "Sở Nội vụ", "Trước ngày 15/6/2026"],
    ["4", "Báo cáo kết quả thực hiện cả năm", "Sở Nội vụ", "Trước ngày 15/12/2026"],
]
DEADLINES_LEAKS = [
    "Tháng 4/2026",
    "Trước ngày 30/4/2026",
    "6 tháng đầu năm",
    "cả năm",
    "phân tích, đánh giá kết quả Chỉ số PAPI năm 2025",
]

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
SIGNER = "Lê Thị Thanh Hương"


def recipients(unit: str) -> list[str]:
    """The "Nơi nhận" list: each line names bodies, as an agency cell does."""
    if unit == "xã":
        return [
            "Nơi nhận:",
            "- UBND tỉnh (b/c);",
            "- TT Đảng ủy, TT HĐND xã;",
            "- Chủ tịch, các PCT UBND xã;",
            "- Ủy ban MTTQ Việt Nam xã;",
            "- Các phòng, ban chuyên môn;",
            "- Lưu: VT.",
        ]
    return [
        "Nơi nhận:",
        "- Bộ Nội vụ (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh;",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành tỉnh;",
        "- UBND các xã, phường;",
        "- Lưu: VT, NC.",
    ]


SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", SIGNER]

# Texts of the heading, body and signature that must never be in a row (every document).
COMMON_LEAKS = [
    "Độc lập - Tự do - Hạnh phúc",
    "lấy sự hài lòng của người dân làm thước đo",
    "bố trí kinh phí thực hiện Kế hoạch",
    "PHÓ CHỦ TỊCH",
    "Nơi nhận",
    "Lưu: VT",
    SIGNER,
    "MỤC ĐÍCH, YÊU CẦU",
    "TỔ CHỨC THỰC HIỆN",
    "(b/c)",
]


def body(unit: str, place: str) -> list[tuple[str, str]]:
    """About a page and a half of plan text: (kind, text), kind "h" a bold heading, "p" a paragraph.

    ``unit`` is "tỉnh" or "xã"; ``place`` the unit's name.
    """
    upper = "Ủy ban nhân dân tỉnh" if unit == "tỉnh" else "Ủy ban nhân dân xã"
    member = (
        "các sở, ban, ngành, Ủy ban nhân dân các xã, phường"
        if unit == "tỉnh"
        else "các phòng, ban chuyên môn, các thôn"
    )
    lead = "Sở Nội vụ" if unit == "tỉnh" else "Văn phòng HĐND và UBND xã"
    money = "Sở Tài chính" if unit == "tỉnh" else "Phòng Kinh tế"
    return [
        (
            "p",
            f"Căn cứ Luật Tổ chức chính quyền địa phương năm 2025; căn cứ kết quả Chỉ số Hiệu quả quản trị và "
            f"hành chính công cấp tỉnh (PAPI) năm 2025 do Chương trình Phát triển Liên hợp quốc công bố, "
            f"{f'{upper} {place}'.strip()} ban hành Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2026 như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        (
            "p",
            "1. Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức trong việc cải thiện chất "
            "lượng quản trị và hành chính công; lấy sự hài lòng của người dân làm thước đo.",
        ),
        (
            "p",
            "2. Xác định rõ nhiệm vụ, giải pháp, gắn trách nhiệm của người đứng đầu với kết quả từng chỉ số "
            "nội dung; phấn đấu năm 2026 điểm tổng hợp Chỉ số PAPI tăng so với năm 2025.",
        ),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        (
            "p",
            f"1. Tiếp tục quán triệt đến {member} kết quả khảo sát PAPI năm 2025; phân tích nguyên nhân các "
            "chỉ số nội dung giảm điểm để có giải pháp khắc phục.",
        ),
        (
            "p",
            "2. Tăng cường kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở; kịp thời biểu dương mô hình hay, "
            "chấn chỉnh những tồn tại, hạn chế được người dân phản ánh.",
        ),
        (
            "p",
            "3. Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính; công khai, minh bạch thông tin để "
            "người dân dễ tiếp cận.",
        ),
        (
            "p",
            f"4. Các nhiệm vụ, giải pháp cụ thể cho từng chỉ số nội dung được giao tại Phụ lục kèm theo Kế "
            f"hoạch này; {member} căn cứ chức năng, nhiệm vụ tổ chức thực hiện.",
        ),
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            f"1. {lead} là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; báo "
            f"cáo {upper} trước ngày 15 tháng 12 năm 2026.",
        ),
        ("p", f"2. {money} tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định về ngân sách nhà nước."),
        (
            "p",
            "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phối hợp tuyên "
            "truyền, vận động Nhân dân tham gia giám sát việc thực hiện Kế hoạch.",
        ),
        (
            "p",
            f"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về {lead} để "
            f"tổng hợp, báo cáo {upper} xem xét, chỉ đạo./.",
        ),
    ]


# k02: section II written the way the appendix is: "1." dimension, "1.1." component, "- " items that
# name the lead body, the partners and the time, and a Word-numbered list.
LISTS_BODY: list[tuple[str, str]] = [
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Tham gia của người dân ở cấp cơ sở"),
    ("p", "1.1. Tri thức công dân"),
    (
        "p",
        "- Sở Tư pháp chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức các đợt cao điểm phổ biến "
        "pháp luật về dân chủ ở cơ sở; thời gian: quý II/2026.",
    ),
    ("p", "1.2. Cơ hội tham gia"),
    ("p", "- Sở Nội vụ hướng dẫn các xã, phường tổ chức bầu trưởng thôn đúng quy trình; thời gian: năm 2026."),
    ("b", "2. Công khai, minh bạch trong việc ra quyết định ở địa phương"),
    ("p", "2.1. Tiếp cận thông tin"),
    ("p", "- Văn phòng UBND tỉnh chủ trì công khai danh mục thông tin phải được công khai; cập nhật hằng tháng."),
    ("p", "- Các sở, ngành rà soát thủ tục cung cấp thông tin theo yêu cầu của công dân."),
    ("b", "3. Trách nhiệm giải trình với người dân"),
    ("p", "3.1. Mức độ và hiệu quả trong tiếp xúc với chính quyền"),
    ("p", "- Thanh tra tỉnh theo dõi việc tiếp công dân định kỳ của người đứng đầu; báo cáo hằng quý."),
    ("n", "Quán triệt kết quả Chỉ số PAPI năm 2025 tại hội nghị giao ban tháng."),
    ("n", "Đưa kết quả thực hiện Kế hoạch vào tiêu chí thi đua, khen thưởng năm 2026."),
    ("n", "Lồng ghép nội dung PAPI vào chương trình bồi dưỡng công chức cấp xã."),
]
LISTS_LEAKS = [
    "tổ chức các đợt cao điểm phổ biến",
    "thời gian: quý II/2026",
    "đúng quy trình; thời gian",
    "cập nhật hằng tháng",
    "thủ tục cung cấp thông tin theo yêu cầu",
    "báo cáo hằng quý",
    "hội nghị giao ban tháng",
    "tiêu chí thi đua",
    "Mức độ và hiệu quả trong tiếp xúc",
]
