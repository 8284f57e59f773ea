"""The plans of each year pair, written by hand. Row: (dimension, component, indicators, tasks,
implementing, lead, sector_guidance, coordinating)."""

D1 = "1. Tham gia của người dân ở cấp cơ sở"
D2 = "2. Công khai, minh bạch trong việc ra quyết định ở địa phương"
D4 = "4. Kiểm soát tham nhũng trong khu vực công"
D5 = "5. Thủ tục hành chính công"
D6 = "6. Cung ứng dịch vụ công"
D8 = "8. Quản trị điện tử"
C11 = "1. Tri thức công dân"
C12 = "2. Cơ hội tham gia"
C21 = "1. Tiếp cận thông tin"
C23 = "3. Quy hoạch, kế hoạch sử dụng đất và khung giá đất"
C41 = "1. Kiểm soát tham nhũng trong chính quyền địa phương"
C44 = "4. Quyết tâm chống tham nhũng"
C52 = "2. Dịch vụ hành chính công"
C61 = "1. Y tế công lập"
C64 = "4. Cơ sở hạ tầng căn bản"
C81 = "1. Sử dụng dịch vụ công trực tuyến"

T_PL = ("- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân hiểu và "
        "thực hiện đúng chủ trương của Đảng, chính sách, pháp luật của Nhà nước.\n"
        "- Thường xuyên tuyên truyền Luật Thực hiện dân chủ ở cơ sở.")
T_PL_NEW = ("- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân hiểu và "
            "thực hiện đúng chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là sau sắp xếp đơn vị hành chính.\n"
            "- Thường xuyên tuyên truyền Luật Thực hiện dân chủ ở cơ sở.")
T_DT = "- Tuyên truyền chính sách dân tộc, chính sách hỗ trợ đồng bào dân tộc thiểu số đến từng thôn, bản."
T_BC = "- Tuyên truyền quy định về bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp."
T_TT = "- Cập nhật đầy đủ, kịp thời thông tin trên Cổng thông tin điện tử; nâng cao chất lượng chuyên mục hỏi đáp."
T_TT_NEW = ("- Cập nhật đầy đủ, kịp thời thông tin trên Cổng thông tin điện tử; nâng cao chất lượng chuyên mục hỏi đáp.\n"
            "- Quản lý nhà nước về báo chí, xuất bản trong tuyên truyền chính sách.")
T_QH = "- Công khai quy hoạch, kế hoạch sử dụng đất, khung giá đất tại trụ sở UBND cấp xã và trên Cổng thông tin điện tử."
T_TN = "- Kiểm tra việc thực hiện quy định về công khai, minh bạch; xử lý nghiêm cán bộ nhũng nhiễu người dân."
T_QT = "- Xử lý nghiêm các vụ việc tham nhũng, tiêu cực; công khai kết quả xử lý."
T_BH = "- Hỗ trợ người nghèo, người cận nghèo mua thẻ bảo hiểm y tế; rà soát đối tượng được cấp thẻ."
T_BV = "- Nâng cao chất lượng khám chữa bệnh; cải thiện thái độ phục vụ của nhân viên y tế."
T_GT = "- Đầu tư nâng cấp đường giao thông nông thôn, bảo đảm kết nối đến trung tâm xã."
T_HC = "- Đẩy mạnh giải quyết thủ tục đăng ký doanh nghiệp, đầu tư trên môi trường điện tử."
T_LD = "- Tư vấn, giới thiệu việc làm; hỗ trợ người lao động bị mất việc làm."
T_DVC = "- Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình; hỗ trợ tại Bộ phận Một cửa."

I11 = "1. Hiểu biết về chính sách hiện hành"
I11b = "2. Hiểu biết về chính sách dân tộc tại địa phương"
I12 = "1. Tỷ lệ người dân trả lời đã tham gia bầu cử đại biểu HĐND lần gần đây nhất"
I21 = "1. Tỷ lệ người dân cho biết tiếp cận được thông tin qua Cổng thông tin điện tử của tỉnh"
I23 = "1. Tỷ lệ người dân biết về quy hoạch, kế hoạch sử dụng đất tại địa phương"
I41 = "1. Tỷ lệ người dân cho biết không phải chi thêm tiền để được cấp giấy chứng nhận quyền sử dụng đất"
I44 = "1. Tỷ lệ người dân cho biết chính quyền nghiêm túc trong phòng, chống tham nhũng"
I61 = "1. Tỷ lệ người nghèo được hỗ trợ mua bảo hiểm y tế"
I61b = "2. Mức độ hài lòng với chất lượng dịch vụ tại bệnh viện tuyến huyện"
I64 = "1. Tỷ lệ hộ gia đình có đường ô tô đến trung tâm xã"
I52 = "1. Tỷ lệ hồ sơ đăng ký doanh nghiệp giải quyết đúng hạn"
I52b = "2. Tỷ lệ người lao động được tư vấn, giới thiệu việc làm"
I81 = "1. Tỷ lệ người dân đã nộp hồ sơ trực tuyến toàn trình"


def province_old(place):
    """2024 plan of an old province (before the reform)."""
    return [
        (D1, C11, I11, T_PL, "UBND các huyện, thị xã, thành phố", "Sở Tư pháp", "",
         "Sở Thông tin và Truyền thông; Đài Phát thanh và Truyền hình tỉnh"),
        (D1, C11, I11b, T_DT, "UBND các huyện, thị xã, thành phố", "Ban Dân tộc tỉnh", "", "Sở Nội vụ"),
        (D1, C12, I12, T_BC, "UBND các huyện, thị xã, thành phố", "Sở Nội vụ", "", "Ủy ban MTTQ Việt Nam tỉnh"),
        (D2, C21, I21, T_TT, "Các sở, ban, ngành", "Sở Thông tin và Truyền thông", "", "Văn phòng UBND tỉnh"),
        (D2, C23, I23, T_QH, "UBND các huyện, thị xã, thành phố", "Sở Tài nguyên và Môi trường", "",
         "Sở Xây dựng; Sở Nông nghiệp và Phát triển nông thôn"),
        (D4, C41, I41, T_TN, "UBND các huyện, thị xã, thành phố", "Thanh tra tỉnh", "", "Sở Nội vụ"),
        (D4, C44, I44, T_QT, "Các sở, ban, ngành", "Thanh tra tỉnh", "", "Công an tỉnh"),
        (D5, C52, I52, T_HC, "Các sở, ban, ngành", "Sở Kế hoạch và Đầu tư", "",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        (D5, C52, I52b, T_LD, "UBND các huyện, thị xã, thành phố", "Sở Lao động - Thương binh và Xã hội", "",
         "Liên đoàn Lao động tỉnh"),
        (D6, C61, I61, T_BH, "UBND các huyện, thị xã, thành phố", "Sở Lao động - Thương binh và Xã hội", "",
         "Bảo hiểm xã hội tỉnh; Sở Y tế"),
        (D6, C61, I61b, T_BV, "Các bệnh viện", "Sở Y tế", "", ""),
        (D6, C64, I64, T_GT, "UBND các huyện, thị xã, thành phố", "Sở Giao thông vận tải", "",
         "Sở Kế hoạch và Đầu tư; Sở Tài chính"),
    ]


def province_new(place, c44="4. Quyết tâm chống tham nhũng"):
    """2026 plan of the merged province: renames, a split, real reassignments, rows in and out."""
    return [
        (D1, C11, I11, T_PL_NEW, "UBND các xã, phường", "Sở Tư pháp", "",
         "Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình " + place),
        (D1, C11, I11b, T_DT, "UBND các xã, phường", "Sở Dân tộc và Tôn giáo", "", "Sở Nội vụ"),
        (D1, C12, I12, T_BC, "UBND các xã, phường", "Sở Nội vụ", "", "Ủy ban MTTQ Việt Nam tỉnh"),
        (D2, C21, I21, T_TT_NEW, "Các sở, ban, ngành", "Sở Khoa học và Công nghệ", "",
         "Văn phòng UBND tỉnh; Sở Văn hóa, Thể thao và Du lịch"),
        (D2, C23, I23, T_QH, "UBND các xã, phường", "Sở Nông nghiệp và Môi trường", "", "Sở Xây dựng"),
        (D4, C41, I41, T_TN, "UBND các xã, phường", "Sở Nội vụ", "", "Thanh tra tỉnh"),
        (D5, C52, I52, T_HC, "Các sở, ban, ngành", "Sở Tài chính", "",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        (D5, C52, I52b, T_LD, "UBND các xã, phường", "Sở Nội vụ", "", "Liên đoàn Lao động tỉnh"),
        (D6, C61, I61b, T_BV, "Các bệnh viện", "Sở Y tế", "", ""),
        (D6, C61, I61, T_BH, "UBND các xã, phường", "Sở Y tế", "", "Bảo hiểm xã hội tỉnh"),
        (D6, C64, I64, T_GT, "UBND các xã, phường", "Sở Xây dựng", "", "Sở Tài chính"),
        (D8, C81, I81, T_DVC, "Các sở, ban, ngành; UBND các xã, phường", "Sở Khoa học và Công nghệ", "",
         "Văn phòng UBND tỉnh"),
    ]


def title(year, issuer, no="12", date=None):
    date = date or f"ngày 15 tháng 3 năm {year}"
    return ["PHỤ LỤC",
            "NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ ĐỂ DUY TRÌ, CẢI THIỆN VÀ NÂNG CAO",
            f"CHỈ SỐ PAPI NĂM {year}",
            f"(Kèm theo Kế hoạch số {no}/KH-UBND {date} của {issuer})"]
