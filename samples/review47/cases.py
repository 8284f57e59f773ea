"""review47 cases: each doc's rows as typed (the expected cell text is the typed text, whitespace folded).

Written by hand before any phuluc run. A row is (task, lead, coordinating, deadline).
"""

HEADER = ("STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
TITLE = ["PHỤ LỤC", "Nhiệm vụ, giải pháp nâng cao Chỉ số PAPI năm 2025",
         "(Kèm theo Kế hoạch số 21/KH-UBND ngày 15 tháng 01 năm 2025 của UBND tỉnh Hà Tĩnh)"]

# 1b: bullets typed with no space after "-", in a column as narrow as its longest word (Chromium min-content)
DASH_ROWS = [
    ("Tổ chức hội nghị tập huấn cho cán bộ cấp xã", "Sở Nội vụ", "-UBMTTQVN -HĐND -UBND", "Quý II"),
    ("Rà soát thủ tục hành chính thuộc thẩm quyền", "Sở Tư pháp", "-UBMTTQVN -CATP -VKSND", "Quý III"),
    ("Công khai danh sách hộ nghèo trên địa bàn", "Sở LĐ-TB&XH", "-UBMTTQVN -Sở TN&MT", "Quý IV"),
]

# 3: italic runs (Liberation Serif Italic, a real italic font), the upright/italic seams with ";" "," ")"
ITALIC_ROWS = [
    ("Triển khai <i>Kế hoạch số 15/KH-UBND ngày 20/3/2024</i> của UBND tỉnh về cải cách hành chính",
     "Sở Nội vụ", "<i>Các sở, ban, ngành</i>", "<i>Năm 2025</i>"),
    ("Thực hiện dân chủ ở <i>cơ sở</i>; tiếp tục nâng cao chất lượng <i>hòa giải</i>, <i>đối thoại</i> với Nhân dân",
     "UBND cấp huyện", "Ban Dân vận (<i>phối hợp</i>)", "Thường xuyên"),
    ("<i>Tuyên truyền Luật Tiếp cận thông tin năm 2016 và Nghị định số 59/2023/NĐ-CP về dân chủ cơ sở</i>",
     "Sở Tư pháp", "Sở Thông tin và Truyền thông", "Quý I"),
]

# 4: plans with no letter "ư" anywhere. LOST: the producer lost it (TCVN3 0xAD) — the typed text below is the
# page; expected is the text with "ư" back in real words and left alone elsewhere. PLAIN: legitimately none.
LOST_ROWS = [
    ("Tăng cờng tuyên truyền theo điểm b khoản 2 Điều 5 Nghị định số 59/2023/NĐ-CP cho ngời dân",
     "Sở T pháp", "UBND cấp xã", "x"),
    ("Nâng cấp 1,5 km đờng giao thông nông thôn, mặt đờng rộng 3 m, kinh phí 500 triệu đ",
     "Sở Giao thông vận tải", "UBND cấp huyện", "x"),
    ("Thực hiện đúng điểm c, điểm d khoản 1 Điều 7; công khai kết quả cho ngời dân đợc biết",
     "Sở Nội vụ", "Ban Dân vận", "Quý IV"),
]
LOST_EXPECTED = [
    ("Tăng cường tuyên truyền theo điểm b khoản 2 Điều 5 Nghị định số 59/2023/NĐ-CP cho người dân",
     "Sở Tư pháp", "UBND cấp xã", "x"),
    ("Nâng cấp 1,5 km đường giao thông nông thôn, mặt đường rộng 3 m, kinh phí 500 triệu đ",
     "Sở Giao thông vận tải", "UBND cấp huyện", "x"),
    ("Thực hiện đúng điểm c, điểm d khoản 1 Điều 7; công khai kết quả cho người dân được biết",
     "Sở Nội vụ", "Ban Dân vận", "Quý IV"),
]
PLAIN_ROWS = [  # a short plan that needs no "ư": nothing may change
    ("Bê tông hóa 2 km kênh nội đồng tại xã Cẩm Bình (tr. 12 Báo cáo số 05/BC-UBND)", "UBND huyện Cẩm Xuyên",
     "Phòng Nông nghiệp", "Quý III"),
    ("Nạo vét 3 km kênh tiêu, gia cố 1 km bờ bao (tr. 14 Báo cáo số 05/BC-UBND)", "UBND huyện Cẩm Xuyên",
     "Phòng Tài chính - Kế hoạch", "Quý IV"),
    ("Hoàn thành 5 km đê bao, lắp 60 cm ống cống (tr. 15); nêu tại điểm b mục 2", "UBND huyện Cẩm Xuyên",
     "UBND xã Cẩm Bình", "Năm 2025"),
]

# 5: scans of a grouped header ("Cơ quan thực hiện" over "Chủ trì | Phối hợp"), bold section rows across the
# table, tight rows with bold/underlined words, and "✓" in a narrow "Ghi chú" column. Row: task, lead, coord, deadline.
SCAN_ROWS = [
    ("section", "I. CÔNG KHAI, MINH BẠCH"),
    ("Công khai <b>danh sách hộ nghèo</b> tại nhà văn hóa thôn", "UBND cấp xã", "Phòng Nội vụ", "Quý II", "✓"),
    ("Niêm yết <u>thu, chi ngân sách</u> cấp xã", "UBND cấp xã", "Phòng Tài chính", "Quý III", "✓"),
    ("section", "II. KIỂM SOÁT THAM NHŨNG"),
    ("Kê khai tài sản, thu nhập <b>ĐÚNG HẠN</b>", "Thanh tra tỉnh", "Sở Nội vụ", "Quý IV", "✓"),
    ("Tiếp công dân định kỳ", "UBND cấp huyện", "Ban Tiếp công dân", "Hằng tháng", ""),
]
