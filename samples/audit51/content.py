"""PAPI content reworded from samples/seed (audit42/audit47's content.py), plus audit51's vocabulary.

Vocabulary only: build.py draws plans from it with a fixed seed.
"""

DIMS = {
    1: (
        "Tham gia của người dân ở cấp cơ sở",
        {
            1: ("Tri thức công dân", "hiểu biết về chính sách, pháp luật hiện hành"),
            2: ("Cơ hội tham gia", "tham gia bầu cử đại biểu Hội đồng nhân dân"),
            3: ("Chất lượng bầu cử", "bầu trưởng thôn, tổ trưởng tổ dân phố bằng phiếu kín"),
            4: ("Đóng góp tự nguyện", "đóng góp tự nguyện cho công trình công cộng"),
        },
    ),
    2: (
        "Công khai, minh bạch trong việc ra quyết định ở địa phương",
        {
            1: ("Tiếp cận thông tin", "nhận được thông tin chính sách từ chính quyền"),
            2: ("Công khai danh sách hộ nghèo", "danh sách hộ nghèo được niêm yết công khai"),
            3: ("Công khai thu, chi ngân sách cấp xã/phường", "bảng kê thu, chi ngân sách được công bố"),
            4: ("Công khai quy hoạch, kế hoạch sử dụng đất và bảng giá đền bù", "biết kế hoạch sử dụng đất"),
        },
    ),
    3: (
        "Trách nhiệm giải trình với người dân",
        {
            1: ("Hiệu quả tương tác với chính quyền", "gặp cán bộ để phản ánh và được giải quyết"),
            2: ("Giải quyết khiếu nại, tố cáo", "khiếu nại được giải quyết đúng thời hạn"),
            3: ("Tiếp cận dịch vụ tư pháp", "tin tưởng vào hệ thống tòa án"),
        },
    ),
    4: (
        "Kiểm soát tham nhũng trong khu vực công",
        {
            1: ("Kiểm soát tham nhũng trong chính quyền địa phương", "không phải chi thêm tiền khi làm thủ tục"),
            2: ("Kiểm soát tham nhũng trong cung ứng dịch vụ công", "không phải lót tay khi khám chữa bệnh"),
            3: ("Công bằng trong tuyển dụng vào khu vực nhà nước", "tuyển dụng công chức minh bạch"),
            4: ("Quyết tâm chống tham nhũng", "chính quyền nghiêm túc xử lý vụ việc tham nhũng"),
        },
    ),
    5: (
        "Thủ tục hành chính công",
        {
            # audit47: the 2024 index's three (samples/seed); audit42's list had a "Thủ tục cấp phép xây dựng" 5.2
            1: ("Dịch vụ chứng thực, xác nhận", "hài lòng với dịch vụ chứng thực"),
            2: ("Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất", "được cấp giấy chứng nhận đúng hạn"),
            3: ("Thủ tục hành chính cấp xã/phường", "được hướng dẫn rõ ràng tại Bộ phận Một cửa"),
        },
    ),
    6: (
        "Cung ứng dịch vụ công",
        {
            1: ("Y tế công lập", "hài lòng với bệnh viện tuyến huyện"),
            2: ("Giáo dục tiểu học công lập", "đánh giá tốt chất lượng trường tiểu học"),
            3: ("Cơ sở hạ tầng căn bản", "có điện, nước sạch và đường bê tông"),
            4: ("An ninh, trật tự khu dân cư", "cảm thấy an toàn khi đi lại ban đêm"),
        },
    ),
    7: (
        "Quản trị môi trường",
        {
            1: ("Nghiêm túc trong bảo vệ môi trường", "doanh nghiệp gây ô nhiễm bị xử lý"),
            2: ("Chất lượng không khí", "chất lượng không khí nơi sinh sống tốt"),
            3: ("Chất lượng nước", "nguồn nước sinh hoạt sạch"),
        },
    ),
    8: (
        "Quản trị điện tử",
        {
            1: ("Sử dụng cổng thông tin điện tử của chính quyền địa phương", "truy cập cổng dịch vụ công trực tuyến"),
            2: ("Tiếp cận và sử dụng Internet tại địa phương", "sử dụng Internet hằng ngày"),
        },
    ),
}

INDICATOR_TEMPLATES = [
    "Tỷ lệ người dân trả lời cho biết {t} đạt từ {n}% trở lên.",
    "Tỷ lệ người dân {t} tăng so với năm trước.",
    "Nâng tỷ lệ người dân {t} lên trên {n}%.",
    "Không để xảy ra trường hợp người dân phản ánh về việc {t} không được bảo đảm.",
    "Duy trì điểm số nội dung {t} ở mức cao.",
]

TASK_TEMPLATES = [
    "Tăng cường tuyên truyền, phổ biến để người dân hiểu rõ nội dung {t}, chú trọng khu dân cư ở vùng sâu, vùng xa;",
    "Rà soát, sửa đổi quy trình nội bộ bảo đảm việc {t} được thực hiện đúng quy định;",
    "Niêm yết công khai tại trụ sở, nhà văn hóa thôn và trên Trang thông tin điện tử các nội dung liên quan;",
    "Tổ chức đối thoại định kỳ với người dân, tiếp nhận và trả lời kịp thời các ý kiến phản ánh, kiến nghị;",
    "Kiểm tra, giám sát việc thực hiện; xử lý nghiêm cán bộ, công chức vi phạm theo quy định của pháp luật;",
    "Lồng ghép nội dung {t} vào sinh hoạt chi bộ, họp thôn, tổ dân phố và hội nghị của các đoàn thể;",
    "Phát huy vai trò của Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng;",
    "Ứng dụng công nghệ thông tin, chuyển đổi số trong tiếp nhận, xử lý hồ sơ và cung cấp thông tin cho người dân;",
    "Định kỳ sáu tháng đánh giá kết quả, tổng hợp báo cáo và đề xuất giải pháp khắc phục hạn chế.",
]

# audit51: tasks citing a law, the law's name in italic as the seed writes it ("<i>...</i>"); *...* marks the italic.
LAW_TASKS = [
    "Thường xuyên thông tin, tuyên truyền và thực hiện đầy đủ các quy định của *Luật Thực hiện dân chủ ở cơ sở* "
    "liên quan đến việc {t};",
    "Thực hiện tốt các quy định của *Luật Tiếp cận thông tin năm 2016* để người dân được biết về việc {t};",
    "Phổ biến *Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ* tới cán bộ, công chức và Nhân dân;",
]

# audit51: how indicators are numbered in their cell; "{n}" the number, "{a}" the letter.
IND_STYLES = {"dot": "{n}. ", "paren": "{n}) ", "letter": "{a}) ", "dash": "- "}
LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h"]

RESULTS = [
    "Báo cáo kết quả thực hiện",
    "Kế hoạch được ban hành",
    "Tỷ lệ hài lòng tăng",
    "Văn bản hướng dẫn",
    "Danh sách được niêm yết",
    "Hội nghị đối thoại được tổ chức",
]

DEADLINES = [
    "Quý II/2026",
    "Thường xuyên",
    "Năm 2026",
    "Năm 2026",
    "Quý III/2026",
    "Trước 30/6/2026",
    "Hằng năm",
    "2026-2027",
    "Tháng 10/2026",
    "Quý IV năm 2026",
]


BUDGETS = [
    "Ngân sách nhà nước theo phân cấp",
    "Lồng ghép trong kinh phí thường xuyên của cơ quan, đơn vị",
    "Ngân sách địa phương",
    "50.000.000 đồng",
    "Nguồn xã hội hóa và nguồn hợp pháp khác",
    "Không phát sinh",
]

NOTES = ["", "", "Nhiệm vụ trọng tâm", "Chỉ tiêu mới năm 2026", "Duy trì kết quả năm 2025"]

# Header wording: README's examples plus plausible ones an office might write (marked *new*).
HEAD = {
    "stt": ["STT", "TT", "Số TT"],
    "dimension": ["Chỉ số nội dung", "Lĩnh vực", "Nội dung chỉ số", "Chỉ số", "Chỉ số nội dung PAPI", "Trục nội dung"],
    "component": ["Nội dung thành phần", "Chỉ số thành phần", "Thành phần", "Nội dung thành phần chỉ số"],
    "indicators": [
        "Chỉ tiêu",
        "Mục tiêu",
        "Chỉ tiêu cần đạt",
        "Các chỉ tiêu",
        "Chỉ tiêu phấn đấu",
        "Mục tiêu, chỉ tiêu",
    ],
    "tasks": [
        "Nhiệm vụ và giải pháp",
        "Nhiệm vụ, giải pháp",
        "Hoạt động cụ thể",
        "Giải pháp thực hiện",
        "NV, GP",
        "Nhiệm vụ, giải pháp cụ thể",
        "Các nhiệm vụ, giải pháp chủ yếu",
    ],
    "implementing": ["Cơ quan thực hiện", "Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện"],
    "lead": [
        "Cơ quan chủ trì",
        "Cơ quan tham mưu",
        "Đơn vị chủ trì",
        "Cơ quan chủ trì tổ chức, triển khai thực hiện",
        "Cơ quan, đơn vị chủ trì",
        "Đơn vị chủ trì, tham mưu",
    ],
    "sector_guidance": [
        "Cơ quan quản lý ngành, lĩnh vực hướng dẫn",
        "Cơ quan hướng dẫn chuyên môn",
        "Cơ quan quản lý ngành hướng dẫn",
    ],
    "coordinating": ["Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan liên quan", "Cơ quan, đơn vị phối hợp"],
    "deadline": [
        "Thời gian thực hiện",
        "Thời hạn hoàn thành",
        "Tiến độ",
        "TG thực hiện",
        "Thời gian hoàn thành",
        "Tiến độ thực hiện",
        "Mốc thời gian",
    ],
    "expected_result": ["Kết quả", "Sản phẩm", "Sản phẩm đầu ra", "Kết quả dự kiến", "Kết quả cần đạt"],
    "budget": ["Kinh phí", "Nguồn kinh phí", "Nguồn vốn", "Kinh phí thực hiện", "Dự kiến kinh phí"],
    "notes": ["Ghi chú"],
}

# Two-row agency header: group label over its roles.
GROUP_TOP = ["Cơ quan thực hiện", "Cơ quan, đơn vị", "Đơn vị thực hiện", "Phân công thực hiện"]
GROUP_SUB = {"lead": ["Chủ trì", "Cơ quan chủ trì"], "coordinating": ["Phối hợp", "Cơ quan phối hợp"]}

# Places after the 1 July 2025 reform: (level, place as written, province it lies in, heading line).
PLACES = {
    "province": [
        ("tỉnh", "Quảng Trị"),
        ("tỉnh", "Lâm Đồng"),
        ("tỉnh", "Đồng Tháp"),
        ("tỉnh", "Phú Thọ"),
        ("tỉnh", "Tuyên Quang"),
        ("tỉnh", "Gia Lai"),
        ("tỉnh", "Nghệ An"),
        ("tỉnh", "An Giang"),
    ],
    "central-city": [
        ("thành phố", "Đà Nẵng"),
        ("thành phố", "Huế"),
        ("thành phố", "Cần Thơ"),
        ("thành phố", "Hải Phòng"),
        ("thành phố", "Hà Nội"),
    ],
    "commune": [
        ("xã", "Gio Linh", "tỉnh Quảng Trị"),
        ("xã", "Mèo Vạc", "tỉnh Tuyên Quang"),
        ("xã", "Tân Lập", "tỉnh Phú Thọ"),
        ("xã", "Hòa Vang", "thành phố Đà Nẵng"),
    ],
    "ward": [
        ("phường", "Đông Hà", "tỉnh Quảng Trị"),
        ("phường", "Hải Châu", "thành phố Đà Nẵng"),
        ("phường", "Thuận Hóa", "thành phố Huế"),
        ("phường", "Hội An", "thành phố Đà Nẵng"),
    ],
}

# Agency names by tier and style; each with the words one of which the resolved body's name must hold (a pre-reform
# body may resolve to its successor, as README's catalogue says: district committees to "UBND cấp xã", commune posts to
# the office that took them).
# {T} is the plan's level word ("tỉnh", "thành phố", "xã", "phường").
UPPER = {
    "full": [
        ("Sở Nội vụ", ["sở nội vụ"]),
        ("Sở Tư pháp", ["sở tư pháp"]),
        ("Sở Y tế", ["sở y tế"]),
        ("Sở Giáo dục và Đào tạo", ["giáo dục và đào tạo"]),
        ("Sở Khoa học và Công nghệ", ["khoa học và công nghệ"]),
        ("Sở Tài chính", ["sở tài chính"]),
        ("Sở Xây dựng", ["sở xây dựng"]),
        ("Sở Nông nghiệp và Môi trường", ["nông nghiệp và môi trường"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["văn hóa"]),
        ("Thanh tra {T}", ["thanh tra"]),
        ("Công an {T}", ["công an"]),
        ("Văn phòng UBND {T}", ["văn phòng"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam {T}", ["mặt trận"]),
        ("Báo và Phát thanh, Truyền hình {T}", ["phát thanh"]),
        ("Các cơ quan, đơn vị liên quan", ["liên quan"]),
    ],
    "abbr": [
        ("Sở GD&ĐT", ["giáo dục và đào tạo"]),
        ("Sở KH&CN", ["khoa học và công nghệ"]),
        ("Sở NN&MT", ["nông nghiệp và môi trường"]),
        ("Sở VH,TT&DL", ["văn hóa"]),
        ("VP UBND {T}", ["văn phòng"]),
        ("UBMTTQVN {T}", ["mặt trận"]),
        ("UBND các xã, phường", ["xã"]),
        ("Các sở, ban, ngành", ["sở, ban, ngành", "sở ban ngành", "các sở"]),
    ],
    "pre": [
        ("Sở TN&MT", ["tài nguyên và môi trường", "nông nghiệp và môi trường"]),
        ("Sở Thông tin và Truyền thông", ["thông tin và truyền thông", "khoa học và công nghệ"]),
        ("Sở LĐ-TB&XH", ["lao động", "sở nội vụ"]),
        ("Sở Kế hoạch và Đầu tư", ["kế hoạch và đầu tư", "sở tài chính"]),
        ("Sở Giao thông vận tải", ["giao thông", "sở xây dựng"]),
        ("Đài Phát thanh và Truyền hình {T}", ["phát thanh"]),
        ("UBND các huyện, thị xã, thành phố", ["huyện", "cấp xã"]),
    ],
}

LOWER = {
    "full": [
        ("Văn phòng HĐND và UBND {T}", ["văn phòng"]),
        ("Phòng Văn hóa - Xã hội", ["văn hóa"]),
        ("Công an {T}", ["công an"]),
        ("Trạm Y tế {T}", ["y tế"]),
        ("Trung tâm Phục vụ hành chính công {T}", ["phục vụ hành chính công"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam {T}", ["mặt trận"]),
        ("Các thôn, tổ dân phố", ["thôn", "tổ dân phố"]),
        ("Đài truyền thanh {T}", ["truyền thanh"]),
        ("Ban Chỉ huy quân sự {T}", ["quân sự"]),
        ("Các ban, ngành, đoàn thể {T}", ["ban, ngành", "đoàn thể"]),
    ],
    "abbr": [
        ("VP HĐND&UBND {T}", ["văn phòng"]),
        ("Phòng VH-XH", ["văn hóa"]),
        ("UBMTTQVN {T}", ["mặt trận"]),
        ("TT PVHCC {T}", ["phục vụ hành chính công"]),
        ("UBND {T}", ["ủy ban nhân dân"]),
    ],
    "pre": [
        ("Công chức Văn hóa - Xã hội", ["văn hóa"]),
        ("Bộ phận Một cửa {T}", ["một cửa", "phục vụ hành chính công"]),
        ("Công chức Tư pháp - Hộ tịch", ["tư pháp", "văn phòng"]),
        ("Công chức Địa chính - Xây dựng", ["địa chính", "kinh tế"]),
    ],
}
ECONOMY = {"xã": ("Phòng Kinh tế", ["kinh tế"]), "phường": ("Phòng Kinh tế, Hạ tầng và Đô thị", ["kinh tế"])}

# audit51: the plan's body (portrait pages before the landscape appendix), prose only.
BODY = {
    "purpose": [
        "Quán triệt đầy đủ quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về thực hiện dân chủ ở cơ "
        "sở; nâng cao nhận thức, trách nhiệm của cơ quan, đơn vị và đội ngũ cán bộ, công chức, viên chức trong việc "
        "duy trì, cải thiện và nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI).",
        "Xác định rõ nhiệm vụ, giải pháp trọng tâm và trách nhiệm của từng cơ quan, đơn vị, địa phương; khắc phục các "
        "hạn chế, tồn tại được chỉ ra qua kết quả khảo sát năm 2025, phấn đấu cải thiện điểm số và thứ hạng các chỉ số "
        "nội dung, chỉ số thành phần trong năm 2026 và những năm tiếp theo.",
        "Việc triển khai thực hiện phải đồng bộ, thống nhất, có trọng tâm, trọng điểm; gắn với công tác cải cách hành "
        "chính, chuyển đổi số và nhiệm vụ phát triển kinh tế - xã hội của địa phương.",
    ],
    "tasks": [
        "Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện các nhiệm vụ, giải pháp "
        "cụ thể tại Phụ lục kèm theo Kế hoạch này; chủ động xây dựng kế hoạch chi tiết, bố trí nguồn lực thực hiện.",
        "Tăng cường công tác thông tin, tuyên truyền về Chỉ số PAPI đến cán bộ, công chức, viên chức và Nhân dân; kịp "
        "thời biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu.",
    ],
    "org": [
        "Thủ trưởng các cơ quan, đơn vị, địa phương chịu trách nhiệm trước Ủy ban nhân dân về kết quả thực hiện các "
        "chỉ tiêu được giao; định kỳ hằng quý báo cáo kết quả thực hiện về cơ quan thường trực để tổng hợp.",
        "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh để "
        "xem xét, giải quyết theo thẩm quyền.",
    ],
}
