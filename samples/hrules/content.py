"""The rows of the hrules samples: written for these files (not taken from another sample).

A cell is a list of paragraphs; a reader joins them with "\n". Each row: key, dimension,
component, indicators, tasks, lead, coordinating, deadline.
"""

HEADER = [
    "Chỉ số nội dung",
    "Chỉ số thành phần",
    "Chỉ tiêu",
    "Nhiệm vụ, giải pháp",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian hoàn thành",
]

D3 = "3. Trách nhiệm giải trình với người dân"
D5 = "5. Thủ tục hành chính công"
D7 = "7. Quản trị môi trường"
C31 = "1. Hiệu quả tương tác với các cấp chính quyền"
C32 = "2. Giải quyết khiếu nại, tố cáo, khúc mắc của người dân"
C51 = "1. Dịch vụ chứng thực, xác nhận"
C52 = "2. Thủ tục cấp phép xây dựng"
C71 = "1. Mức độ nghiêm trọng của ô nhiễm môi trường"

ROWS = [
    (
        "3.1.1",
        D3,
        C31,
        ["1. Tỷ lệ người dân đã liên hệ với trưởng thôn, tổ trưởng tổ dân phố khi cần giải quyết khúc mắc"],
        [
            "- Duy trì lịch tiếp công dân định kỳ của Chủ tịch UBND xã vào sáng thứ Năm hằng tuần.",
            "- Công khai số điện thoại đường dây nóng của UBND xã tại nhà văn hóa các thôn.",
            "- Trưởng thôn ghi sổ theo dõi ý kiến của người dân và báo cáo UBND xã mỗi tháng một lần.",
        ],
        ["UBND cấp xã"],
        ["Ban Công tác Mặt trận các thôn"],
        ["Thường xuyên"],
    ),
    (
        "3.1.2",
        D3,
        C31,
        ["2. Tỷ lệ người dân cho biết ý kiến đóng góp của mình được tiếp thu"],
        [
            "- Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân ít nhất hai lần trong năm.",
            "- Trả lời bằng văn bản các kiến nghị của cử tri trong thời hạn 30 ngày.",
        ],
        ["UBND cấp xã"],
        ["Thường trực HĐND xã; Ủy ban MTTQ Việt Nam xã"],
        ["Quý II và Quý IV"],
    ),
    (
        "3.2.1",
        D3,
        C32,
        ["1. Tỷ lệ người dân hài lòng với kết quả giải quyết khiếu nại"],
        [
            "- Rà soát, giải quyết dứt điểm các vụ việc khiếu nại tồn đọng, kéo dài.",
            "- Kiện toàn Tổ hòa giải ở cơ sở; tập huấn kỹ năng hòa giải cho hòa giải viên.",
        ],
        ["Thanh tra huyện"],
        ["Phòng Tư pháp; UBND cấp xã"],
        ["Năm 2025"],
    ),
    (
        "5.1.1",
        D5,
        C51,
        ["1. Tỷ lệ người dân nhận kết quả chứng thực đúng hẹn"],
        [
            "- Niêm yết công khai thủ tục, lệ phí chứng thực tại Bộ phận Một cửa.",
            "- Bố trí công chức có chuyên môn tư pháp thực hiện chứng thực bản sao từ bản chính.",
            "- Đẩy mạnh chứng thực bản sao điện tử trên Cổng Dịch vụ công quốc gia.",
        ],
        ["Phòng Tư pháp"],
        ["Văn phòng HĐND và UBND huyện"],
        ["Thường xuyên"],
    ),
    (
        "5.2.1",
        D5,
        C52,
        [
            "1. Tỷ lệ hồ sơ cấp phép xây dựng nhà ở riêng lẻ được giải quyết đúng hạn",
            "2. Tỷ lệ người dân không phải đi lại quá hai lần để hoàn tất thủ tục",
        ],
        [
            "- Rút ngắn thời gian giải quyết hồ sơ cấp phép xây dựng nhà ở riêng lẻ còn 10 ngày làm việc.",
            "- Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình.",
        ],
        ["Phòng Kinh tế, Hạ tầng và Đô thị"],
        ["UBND cấp xã"],
        ["Tháng 6/2025"],
    ),
    (
        "7.1.1",
        D7,
        C71,
        ["1. Tỷ lệ người dân cho rằng nguồn nước nơi mình sinh sống bị ô nhiễm"],
        [
            "- Kiểm tra việc xả thải của các cơ sở chăn nuôi, chế biến nông sản gần nguồn nước.",
            "- Vận động Nhân dân thu gom, phân loại rác thải sinh hoạt tại nguồn.",
            "- Xử lý nghiêm các trường hợp vi phạm pháp luật về bảo vệ môi trường.",
        ],
        ["Phòng Tài nguyên và Môi trường"],
        ["Công an huyện; UBND cấp xã"],
        ["Năm 2025"],
    ),
]
