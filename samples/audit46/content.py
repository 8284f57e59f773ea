"""Copied from samples/audit42/content.py: PAPI vocabulary reworded from samples/seed.

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
            1: ("Dịch vụ chứng thực, xác nhận", "hài lòng với dịch vụ chứng thực"),
            2: ("Thủ tục cấp phép xây dựng", "được cấp giấy phép xây dựng đúng hẹn"),
            3: ("Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất", "được cấp giấy chứng nhận đúng hạn"),
            4: ("Thủ tục hành chính cấp xã/phường", "được hướng dẫn rõ ràng tại Bộ phận Một cửa"),
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

RESULTS = [
    "Báo cáo kết quả thực hiện",
    "Kế hoạch được ban hành",
    "Tỷ lệ hài lòng tăng",
    "Văn bản hướng dẫn",
    "Danh sách được niêm yết",
    "Hội nghị đối thoại được tổ chức",
]

DEADLINES = [
    "Thường xuyên",
    "Năm 2026",
    "Quý III/2026",
    "Trước 30/6/2026",
    "Hằng năm",
    "2026-2027",
    "Tháng 10/2026",
    "Quý IV năm 2026",
]

# Agencies as offices write them: clean names, abbreviations, typos.
PROVINCE_AGENCIES = {
    "implementing": [
        "UBND các xã, phường",
        "UBND cấp xã",
        "Các sở, ban, ngành; UBND các xã, phường",
        "UBND xã, phường, đặc khu",
    ],
    "lead": [
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Sở TN&MT",
        "Sở Nông nghiệp và Môi trường",
        "Thanh tra tỉnh",
        "Sở Y tế",
        "Sở GD&ĐT",
        "Sở Khoa học và Công nghệ",
        "Sở Tài chính",
        "Công an tỉnh",
        "Sở Xây dựng",
        "Văn phòng UBND tỉnh",
        "Sở Tư phap",
        "Sở Nôi vụ",
    ],
    "sector_guidance": [
        "Sở Nội vụ",
        "Sở Tư pháp",
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
        "Sở VH, TT&DL",
        "Sở KH&CN",
        "Thanh tra tỉnh",
        "Sở Xây dựng",
    ],
    "coordinating": [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Báo và Phát thanh, Truyền hình tỉnh",
        "Các cơ quan, đơn vị liên quan",
        "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        "Đề nghị UBMTTQVN tỉnh phối hợp",
        "Sở Tài chính; Sở Nội vụ",
        "Công an tỉnh",
    ],
}

COMMUNE_AGENCIES = {
    "implementing": ["UBND xã", "Các thôn, tổ dân phố", "Bộ phận Một cửa xã", "Các ban, ngành, đoàn thể xã"],
    "lead": [
        "Phòng VH-XH",
        "Phòng Văn hóa - Xã hội",
        "Phòng Kinh tế",
        "Văn phòng HĐND và UBND xã",
        "Công an xã",
        "Trạm Y tế xã",
        "Trung tâm Phục vụ hành chính công xã",
        "Phòng Văn hoá - Xã hôi",
        "VP HĐND&UBND xã",
        "Phòng KT",
    ],
    "sector_guidance": ["Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã"],
    "coordinating": [
        "Ủy ban MTTQ Việt Nam xã",
        "Các đoàn thể chính trị - xã hội xã",
        "Đài truyền thanh xã",
        "Đề nghị UB MTTQVN xã phối hợp",
        "Trường Tiểu học xã",
        "Các thôn, tổ dân phố",
    ],
}
