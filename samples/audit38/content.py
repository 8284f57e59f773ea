"""Hand-written source content for audit38's plans (PAPI 2024 names; tasks written for this audit)."""

DIMS = {
    1: "Tham gia của người dân ở cấp cơ sở",
    2: "Công khai, minh bạch trong việc ra quyết định",
    3: "Trách nhiệm giải trình với người dân",
    4: "Kiểm soát tham nhũng trong khu vực công",
    5: "Thủ tục hành chính công",
    6: "Cung ứng dịch vụ công",
    7: "Quản trị môi trường",
    8: "Quản trị điện tử",
}

COMPS = {
    (1, 1): "Tri thức công dân",
    (1, 2): "Cơ hội tham gia",
    (2, 1): "Tiếp cận thông tin",
    (2, 4): "Quy hoạch, kế hoạch sử dụng đất và khung giá đất",
    (3, 2): "Giải đáp khiếu nại, tố cáo, khúc mắc",
    (4, 1): "Kiểm soát tham nhũng trong chính quyền địa phương",
    (5, 4): "Thủ tục hành chính cấp xã, phường",
    (6, 4): "An ninh, trật tự",
    (7, 1): "Nghiêm túc trong bảo vệ môi trường",
    (8, 1): "Sử dụng cổng thông tin điện tử của chính quyền",
}

# (dim, comp) -> list of (indicator text without number, [task bullets])
IND = {
    (1, 1): [
        ("Hiểu biết về chính sách hiện hành", [
            "Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư, nhất là các chính sách có tác động trực tiếp đến quyền và lợi ích hợp pháp của người dân",
            "Tổ chức hội nghị đối thoại, tọa đàm về chính sách mới ban hành sau khi sắp xếp đơn vị hành chính",
            "Biên soạn tài liệu hỏi đáp ngắn gọn, dễ hiểu, phát trên hệ thống truyền thanh cơ sở hằng tuần",
        ]),
        ("Hiểu biết về vị trí lãnh đạo", [
            "Niêm yết công khai danh sách, số điện thoại của người đứng đầu cấp ủy, chính quyền tại trụ sở và nhà văn hóa thôn, tổ dân phố",
            "Giới thiệu cơ cấu tổ chức bộ máy chính quyền hai cấp trên trang thông tin điện tử và mạng xã hội của địa phương",
        ]),
    ],
    (1, 2): [
        ("Tỷ lệ người dân tham gia bầu trưởng thôn, tổ trưởng tổ dân phố đạt trên 80%", [
            "Hướng dẫn quy trình bầu cử trưởng thôn, tổ trưởng tổ dân phố theo đúng quy định",
            "Vận động hộ gia đình cử đại diện tham dự đầy đủ các cuộc họp dân",
            "Tổng hợp ý kiến của người dân sau mỗi cuộc họp và trả lời công khai trong vòng 15 ngày",
        ]),
    ],
    (2, 1): [
        ("Người dân tiếp cận thông tin về chính sách, pháp luật thuận lợi", [
            "Thực hiện nghiêm Luật Tiếp cận thông tin năm 2016; công bố danh mục thông tin phải công khai",
            "Cập nhật thường xuyên các văn bản quy phạm pháp luật trên cổng thông tin điện tử",
            "Bố trí bộ phận tiếp nhận yêu cầu cung cấp thông tin của công dân",
            "Xây dựng chuyên mục hỏi đáp chính sách trên hệ thống truyền thanh",
            "Phối hợp với cơ quan báo chí đưa tin về kết quả thực hiện chính sách",
            "Định kỳ hằng quý rà soát, đánh giá việc công khai thông tin",
            "Công khai kết quả giải quyết phản ánh, kiến nghị của người dân",
            "Tổ chức lớp tập huấn kỹ năng cung cấp thông tin cho cán bộ, công chức",
            "Lắp đặt bảng tin điện tử tại trụ sở và nơi đông dân cư",
            "Đưa nội dung tiếp cận thông tin vào tiêu chí thi đua cuối năm",
        ]),
    ],
    (2, 4): [
        ("Công khai quy hoạch, kế hoạch sử dụng đất", [
            "Niêm yết bản đồ quy hoạch, kế hoạch sử dụng đất tại trụ sở trong suốt kỳ quy hoạch",
            "Tổ chức lấy ý kiến người dân về điều chỉnh quy hoạch, kế hoạch sử dụng đất",
            "Công khai bảng giá đất và các trường hợp thu hồi đất trên cổng thông tin điện tử",
        ]),
        ("Giải quyết kịp thời kiến nghị về bồi thường, hỗ trợ khi thu hồi đất", [
            "Đối thoại trực tiếp với hộ dân bị ảnh hưởng bởi dự án",
            "Công khai phương án bồi thường, hỗ trợ, tái định cư",
        ]),
    ],
    (3, 2): [
        ("Giải quyết dứt điểm đơn thư khiếu nại, tố cáo đúng thời hạn", [
            "Duy trì lịch tiếp công dân định kỳ của người đứng đầu",
            "Phân loại, xử lý đơn thư ngay khi tiếp nhận; theo dõi trên phần mềm",
            "Tăng cường hòa giải ở cơ sở, hạn chế khiếu nại vượt cấp",
            "Kiểm tra, đôn đốc việc thực hiện các quyết định giải quyết khiếu nại đã có hiệu lực",
            "Công khai kết quả giải quyết khiếu nại, tố cáo theo quý",
            "Xử lý nghiêm cán bộ, công chức chậm giải quyết đơn thư",
            "Tổng hợp, báo cáo kết quả tiếp công dân hằng tháng",
            "Lấy ý kiến đánh giá của người dân sau khi giải quyết vụ việc",
            "Tập huấn nghiệp vụ tiếp công dân cho công chức mới",
            "Đánh giá trách nhiệm người đứng đầu khi để phát sinh điểm nóng",
            "Phối hợp với Mặt trận Tổ quốc giám sát việc giải quyết đơn thư",
        ]),
    ],
    (4, 1): [
        ("Giảm tỷ lệ người dân cho rằng phải chi thêm tiền để được việc", [
            "Công khai thủ tục, phí, lệ phí tại nơi tiếp nhận hồ sơ",
            "Lắp đặt camera giám sát tại Trung tâm Phục vụ hành chính công",
            "Tiếp nhận phản ánh qua đường dây nóng và xử lý trong 24 giờ",
        ]),
        ("Kê khai, công khai tài sản, thu nhập đúng quy định", [
            "Tổ chức kê khai tài sản, thu nhập hằng năm",
            "Xác minh ngẫu nhiên bản kê khai của cán bộ thuộc diện quản lý",
        ]),
    ],
    (5, 4): [
        ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%", [
            "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính",
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            "Xin lỗi bằng văn bản đối với hồ sơ trễ hạn",
            "Khảo sát mức độ hài lòng của người dân hằng quý",
        ]),
    ],
    (6, 4): [
        ("Bảo đảm an ninh, trật tự trên địa bàn khu dân cư", [
            "Duy trì mô hình camera an ninh tại các tuyến đường, ngõ xóm",
            "Tăng cường tuần tra, kiểm soát vào ban đêm và dịp lễ, Tết",
            "Xây dựng tổ tự quản về an ninh, trật tự ở thôn, tổ dân phố",
        ]),
    ],
    (7, 1): [
        ("Xử lý nghiêm các hành vi gây ô nhiễm môi trường", [
            "Kiểm tra các cơ sở sản xuất, kinh doanh có nguy cơ gây ô nhiễm",
            "Thu gom, xử lý rác thải sinh hoạt đúng lịch, không để tồn đọng",
            "Vận động người dân phân loại rác tại nguồn",
            "Xử lý dứt điểm các điểm tập kết rác tự phát",
            "Công khai kết quả xử lý vi phạm về môi trường",
            "Trồng cây xanh trên các tuyến đường và khu công cộng",
            "Tổ chức ra quân vệ sinh môi trường vào ngày Chủ nhật cuối tháng",
            "Kiểm tra việc chấp hành quy định về khai thác cát, sỏi lòng sông",
            "Phát động phong trào chống rác thải nhựa trong trường học",
        ]),
    ],
    (8, 1): [
        ("Tăng tỷ lệ người dân sử dụng cổng thông tin điện tử", [
            "Nâng cấp giao diện cổng thông tin điện tử, thân thiện với thiết bị di động",
            "Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình",
            "Đăng tải đầy đủ thông tin chỉ đạo, điều hành của chính quyền",
        ]),
    ],
}
