"""audit39's plans: heading, title and appendix rows, with the expected reading of each agency cell.

Written by hand, blind (before reading normalize/ or its data, before running phuluc).
Each agency cell is (text, [expected mentions]). An expected mention is a human name of the body
as a careful analyst would resolve it in this plan's jurisdiction:
  "Sở Nội vụ"          a body the plan's list should know (province's / commune's own)
  "!Bưu điện tỉnh"     a real body I expect to be on no list: unmatched and warned is right
  "?Sở Dân tộc và Tôn giáo"  ambiguous: either matched to this or left for review is acceptable
  "=> X" suffix in a name: pre-reform name, successor X expected (written "Old => New").
Jurisdiction: level word and name, province.
"""

D_ROWS = {  # (dimension, component, indicator, task)
    "tri_thuc": ("1. Tham gia của người dân ở cấp cơ sở", "1.1. Tri thức công dân",
                 "1. Tỷ lệ người dân biết đến Luật Thực hiện dân chủ ở cơ sở",
                 "Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở đến người dân"),
    "ho_ngheo": ("2. Công khai, minh bạch trong việc ra quyết định ở địa phương",
                 "2.2. Công khai danh sách hộ nghèo",
                 "1. Tỷ lệ người dân cho biết danh sách hộ nghèo được công khai",
                 "Niêm yết công khai danh sách hộ nghèo, cận nghèo tại trụ sở và nhà văn hóa"),
    "dat_dai": ("2. Công khai, minh bạch trong việc ra quyết định ở địa phương",
                "2.3. Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đất",
                "2. Tỷ lệ người dân biết về quy hoạch, kế hoạch sử dụng đất",
                "Công khai quy hoạch sử dụng đất trên cổng thông tin và tại trụ sở"),
    "khieu_nai": ("3. Trách nhiệm giải trình với người dân",
                  "3.1. Hiệu quả tương tác với các cấp chính quyền",
                  "1. Tỷ lệ người dân gặp cán bộ để giải quyết khúc mắc",
                  "Tổ chức tiếp công dân định kỳ, giải quyết kịp thời khiếu nại, tố cáo"),
    "tham_nhung": ("4. Kiểm soát tham nhũng trong khu vực công",
                   "4.2. Kiểm soát tham nhũng trong cung ứng dịch vụ công",
                   "1. Tỷ lệ người dân không phải chi thêm tiền khi khám chữa bệnh",
                   "Thanh tra, kiểm tra việc chấp hành quy định về phòng, chống tham nhũng"),
    "tthc": ("5. Thủ tục hành chính công", "5.2. Dịch vụ công chứng, chứng thực",
             "1. Tỷ lệ hồ sơ được giải quyết đúng hạn",
             "Rà soát, đơn giản hóa thủ tục; giải quyết hồ sơ đúng hạn, không hẹn lại"),
    "y_te": ("6. Cung ứng dịch vụ công", "6.1. Y tế công lập",
             "1. Tỷ lệ người dân có thẻ bảo hiểm y tế",
             "Nâng cao chất lượng khám chữa bệnh, mở rộng bảo hiểm y tế toàn dân"),
    "giao_duc": ("6. Cung ứng dịch vụ công", "6.2. Giáo dục tiểu học công lập",
                 "1. Tỷ lệ học sinh tiểu học được học bán trú",
                 "Đầu tư cơ sở vật chất trường tiểu học, không lạm thu"),
    "an_ninh": ("6. Cung ứng dịch vụ công", "6.4. An ninh, trật tự địa bàn khu dân cư",
                "1. Tỷ lệ người dân cảm thấy an toàn khi ở nơi cư trú",
                "Tăng cường tuần tra, giữ gìn an ninh trật tự tại khu dân cư"),
    "moi_truong": ("7. Quản trị môi trường", "7.1. Nghiêm túc trong bảo vệ môi trường",
                   "1. Tỷ lệ người dân cho rằng chất lượng không khí tốt",
                   "Kiểm tra cơ sở sản xuất gây ô nhiễm, thu gom rác thải sinh hoạt"),
    "dien_tu": ("8. Quản trị điện tử", "8.1. Sử dụng cổng thông tin điện tử",
                "1. Tỷ lệ người dân sử dụng dịch vụ công trực tuyến",
                "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt"),
}

DOCS = [
    {   # d1: province, four agency columns, heading + attachment line with issuer and place
        "id": "d1-tuyen-quang",
        "heading": ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"], "number": "Số: 15/KH-UBND",
        "date_line": "Tuyên Quang, ngày 12 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026",
        "attach": "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/01/2026 của UBND tỉnh Tuyên Quang)",
        "cols": ["impl", "lead", "sector", "coord"],
        "jurisdiction": {"level": "province", "name": "Tuyên Quang", "province": "Tuyên Quang"},
        "rows": [
            ("tri_thuc", {
                "impl": ("UBND các xã, phường", ["UBND cấp xã"]),
                "lead": ("Sở Tư pháp (cơ quan thường trực)", ["Sở Tư pháp"]),
                "sector": ("Sở Nội vụ", ["Sở Nội vụ"]),
                "coord": ("Ủy ban MTTQ Việt Nam tỉnh; Sở Văn hóa, Thể thao và Du lịch; Báo và "
                          "Phát thanh, Truyền hình Tuyên Quang",
                          ["Ủy ban MTTQ tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
                           "Báo và Phát thanh, Truyền hình tỉnh"])}),
            ("ho_ngheo", {
                "impl": ("UBND các xã, phường\ntrên địa bàn tỉnh", ["UBND cấp xã"]),
                "lead": ("Sở LĐ-TB&XH (nay là Sở Nội vụ)", ["Sở LĐTBXH => Sở Nội vụ"]),
                "sector": ("Sở Nội vụ", ["Sở Nội vụ"]),
                "coord": ("Sở Tài chính, Ban Dân tộc và Tôn giáo, các cơ quan, đơn vị liên quan",
                          ["Sở Tài chính", "?Sở Dân tộc và Tôn giáo", "Các cơ quan liên quan"])}),
            ("tthc", {
                "impl": ("Các sở, ban, ngành; UBND các xã, phường",
                         ["Các sở, ban, ngành", "UBND cấp xã"]),
                "lead": ("Trung tâm Phục vụ hành chính công tỉnh",
                         ["Trung tâm Phục vụ hành chính công tỉnh"]),
                "sector": ("Văn phòng UBND tỉnh", ["Văn phòng UBND tỉnh"]),
                "coord": ("Sở Khoa học và Công nghệ (Sở Thông tin và Truyền thông cũ), Bưu điện tỉnh",
                          ["Sở Khoa học và Công nghệ", "!Bưu điện tỉnh"])}),
            ("dien_tu", {
                "impl": ("UBND CÁC XÃ, PHƯỜNG", ["UBND cấp xã"]),
                "lead": ("Sở KH&CN", ["Sở Khoa học và Công nghệ"]),
                "sector": ("Sở TT&TT", ["Sở TTTT => Sở Khoa học và Công nghệ"]),
                "coord": ("Công an tỉnh, Viễn thông Tuyên Quang, Bưu điện tỉnh",
                          ["Công an tỉnh", "!Viễn thông Tuyên Quang", "!Bưu điện tỉnh"])}),
        ]},
    {   # d2: centrally-run city, issuer "UBND TP. Hải Phòng" in the attachment line
        "id": "d2-hai-phong",
        "heading": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"], "number": "Số: 27/KH-UBND",
        "date_line": "Hải Phòng, ngày 20 tháng 01 năm 2026",
        "title": "Cải thiện, nâng cao Chỉ số PAPI năm 2026",
        "attach": "(Kèm theo Kế hoạch số 27/KH-UBND ngày 20/01/2026 của UBND TP. Hải Phòng)",
        "cols": ["lead", "coord", "deadline"],
        "jurisdiction": {"level": "central-city", "name": "Hải Phòng", "province": "Hải Phòng"},
        "rows": [
            ("tri_thuc", {
                "lead": ("Sở Nội vụ thành phố", ["Sở Nội vụ"]),
                "coord": ("Sở Tư pháp, Sở Tài chính và UBND các xã, phường, đặc khu",
                          ["Sở Tư pháp", "Sở Tài chính", "UBND cấp xã"])}),
            ("khieu_nai", {
                "lead": ("Thanh tra thành phố", ["Thanh tra tỉnh/thành phố"]),
                "coord": ("Công an thành phố; Tòa án nhân dân thành phố; Viện Kiểm sát nhân dân "
                          "thành phố", ["Công an tỉnh/thành phố", "Tòa án nhân dân tỉnh/thành phố",
                                        "Viện kiểm sát nhân dân tỉnh/thành phố"])}),
            ("moi_truong", {
                "lead": ("Sở Tài nguyên và Môi trường",
                         ["Sở TNMT => Sở Nông nghiệp và Môi trường"]),
                "coord": ("Sở Xây dựng, Sở Nông nghiệp và Môi trường, UBND các xã, phường",
                          ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "UBND cấp xã"])}),
            ("y_te", {
                "lead": ("SỞ Y TẾ", ["Sở Y tế"]),
                "coord": ("Bảo hiểm xã hội thành phố, các bệnh viện trên địa bàn thành phố",
                          ["Bảo hiểm xã hội tỉnh/thành phố", "!các bệnh viện"])}),
            ("tham_nhung", {
                "lead": ("Ủy ban MTTQ Việt Nam thành phố", ["Ủy ban MTTQ tỉnh/thành phố"]),
                "coord": ("Các tổ chức chính trị - xã hội thành phố; HĐND các xã, phường",
                          ["Các tổ chức chính trị - xã hội", "?HĐND cấp xã"])}),
        ]},
    {   # d3: centrally-run city named by level alone in the attachment; heading has the name
        "id": "d3-da-nang",
        "heading": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG"], "number": "Số: 45/KH-UBND",
        "date_line": "Đà Nẵng, ngày 15 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) năm 2026",
        "attach": "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND thành phố)",
        "cols": ["lead", "coord"],
        "jurisdiction": {"level": "central-city", "name": "Đà Nẵng", "province": "Đà Nẵng"},
        "rows": [
            ("giao_duc", {
                "lead": ("Sở Giáo dục và Đạo tạo", ["Sở Giáo dục và Đào tạo"]),
                "coord": ("UBND các phường, xã, đặc khu Hoàng Sa", ["UBND cấp xã"])}),
            ("y_te", {
                "lead": ("Sở Y tế", ["Sở Y tế"]),
                "coord": ("Bảo hiểm Xã hội TP. Đà Nẵng, Sở Tài chính",
                          ["Bảo hiểm xã hội tỉnh/thành phố", "Sở Tài chính"])}),
            ("moi_truong", {
                "lead": ("Sở Nong nghiep va Moi truong", ["Sở Nông nghiệp và Môi trường"]),
                "coord": ("Sở Xây dựng; UBND các xã, phường", ["Sở Xây dựng", "UBND cấp xã"])}),
            ("dat_dai", {
                "lead": ("Sở Kế hoạch và Đầu tư", ["Sở KHĐT => Sở Tài chính"]),
                "coord": ("Sở Văn hóa, Thể thao\nvà Du lịch; Cổng thông tin điện tử thành phố",
                          ["Sở Văn hóa, Thể thao và Du lịch", "Cổng thông tin điện tử tỉnh/thành phố"])}),
        ]},
    {   # d4: province, four agency columns
        "id": "d4-ca-mau",
        "heading": ["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"], "number": "Số: 08/KH-UBND",
        "date_line": "Cà Mau, ngày 09 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số PAPI tỉnh Cà Mau năm 2026",
        "attach": "(Kèm theo Kế hoạch số 08/KH-UBND ngày 09/01/2026 của Ủy ban nhân dân tỉnh Cà Mau)",
        "cols": ["impl", "lead", "sector", "coord"],
        "jurisdiction": {"level": "province", "name": "Cà Mau", "province": "Cà Mau"},
        "rows": [
            ("tri_thuc", {
                "impl": ("UBND các xã, phường", ["UBND cấp xã"]),
                "lead": ("Sở Nội vụ", ["Sở Nội vụ"]),
                "sector": ("Sở Nội vụ", ["Sở Nội vụ"]),
                "coord": ("MTTQ tỉnh và các đoàn thể chính trị - xã hội tỉnh",
                          ["Ủy ban MTTQ tỉnh", "Các tổ chức chính trị - xã hội"])}),
            ("tthc", {
                "impl": ("Các Sở, ban, ngành tỉnh", ["Các sở, ban, ngành"]),
                "lead": ("Sở Tư pháp", ["Sở Tư pháp"]),
                "sector": ("Sở Tư pháp", ["Sở Tư pháp"]),
                "coord": ("Hội Luật gia tỉnh, Đoàn Luật sư tỉnh",
                          ["!Hội Luật gia tỉnh", "!Đoàn Luật sư tỉnh"])}),
            ("ho_ngheo", {
                "impl": ("UBND cấp xã", ["UBND cấp xã"]),
                "lead": ("Sở Tài Chính", ["Sở Tài chính"]),
                "sector": ("Sở Tài chính", ["Sở Tài chính"]),
                "coord": ("Kho bạc Nhà nước khu vực XX, Thuế tỉnh Cà Mau",
                          ["Kho bạc Nhà nước (khu vực)", "Thuế tỉnh"])}),
            ("an_ninh", {
                "impl": ("Công an tỉnh; Công an các xã, phường", ["Công an tỉnh", "?Công an cấp xã"]),
                "lead": ("Công an tỉnh", ["Công an tỉnh"]),
                "sector": ("Công an tỉnh", ["Công an tỉnh"]),
                "coord": ("Sở Tư Pháp, Viện KSND tỉnh, TAND tỉnh",
                          ["Sở Tư pháp", "Viện kiểm sát nhân dân tỉnh/thành phố",
                           "Tòa án nhân dân tỉnh/thành phố"])}),
        ]},
    {   # d5: province named only in the heading and the date line; attachment "của UBND tỉnh"
        "id": "d5-lang-son",
        "heading": ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], "number": "Số: 33/KH-UBND",
        "date_line": "Lạng Sơn, ngày 22 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh năm 2026",
        "attach": "(Kèm theo Kế hoạch số 33/KH-UBND ngày 22/01/2026 của UBND tỉnh)",
        "cols": ["lead", "coord", "deadline"],
        "jurisdiction": {"level": "province", "name": "Lạng Sơn", "province": "Lạng Sơn"},
        "rows": [
            ("ho_ngheo", {
                "lead": ("Sở Dân tộc và Tôn giáo", ["Sở Dân tộc và Tôn giáo"]),
                "coord": ("Ban Dân tộc HĐND tỉnh, UBND các xã vùng đồng bào dân tộc thiểu số",
                          ["Ban Dân tộc HĐND tỉnh", "UBND cấp xã"])}),
            ("tri_thuc", {
                "lead": ("Sở VHTT&DL", ["Sở Văn hóa, Thể thao và Du lịch"]),
                "coord": ("Báo và Phát thanh, Truyền hình Lạng Sơn; Cổng Thông tin điện tử tỉnh",
                          ["Báo và Phát thanh, Truyền hình tỉnh", "Cổng thông tin điện tử tỉnh/thành phố"])}),
            ("dat_dai", {
                "lead": ("Sở Nội Vụ", ["Sở Nội vụ"]),
                "coord": ("So Tai chinh, Kho bac Nha nuoc", ["Sở Tài chính", "Kho bạc Nhà nước (khu vực)"])}),
            ("an_ninh", {
                "lead": ("Bộ Chỉ huy Quân sự tỉnh", ["Bộ Chỉ huy Quân sự tỉnh"]),
                "coord": ("Bộ đội Biên phòng tỉnh, Công an tỉnh, UBND các xã biên giới",
                          ["Bộ đội Biên phòng tỉnh", "Công an tỉnh", "UBND cấp xã"])}),
        ]},
    {   # d6: province, "Cơ quan thực hiện" + "phối hợp"; old names
        "id": "d6-hung-yen",
        "heading": ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], "number": "Số: 19/KH-UBND",
        "date_line": "Hưng Yên, ngày 16 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số PAPI năm 2026",
        "attach": "(Kèm theo Kế hoạch số 19/KH-UBND ngày 16/01/2026 của UBND tỉnh Hưng Yên)",
        "cols": ["impl", "coord"],
        "jurisdiction": {"level": "province", "name": "Hưng Yên", "province": "Hưng Yên"},
        "rows": [
            ("dat_dai", {
                "impl": ("Sở TN&MT", ["Sở TNMT => Sở Nông nghiệp và Môi trường"]),
                "coord": ("Sở KH&ĐT, Sở Xây dựng", ["Sở KHĐT => Sở Tài chính", "Sở Xây dựng"])}),
            ("ho_ngheo", {
                "impl": ("Sở LĐTB&XH", ["Sở LĐTBXH => Sở Nội vụ"]),
                "coord": ("Sở Y tế, Hội Chữ thập đỏ tỉnh, Hội Người cao tuổi tỉnh",
                          ["Sở Y tế", "Hội Chữ thập đỏ tỉnh", "Hội Người cao tuổi tỉnh"])}),
            ("khieu_nai", {
                "impl": ("Thanh tra tỉnh", ["Thanh tra tỉnh/thành phố"]),
                "coord": ("Ban Tiếp công dân tỉnh; Sở Tư phap",
                          ["!Ban Tiếp công dân tỉnh", "Sở Tư pháp"])}),
            ("tham_nhung", {
                "impl": ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", ["?Văn phòng Đoàn ĐBQH và HĐND tỉnh"]),
                "coord": ("HĐND các xã, phường; Ủy ban MTTQ các xã, phường",
                          ["?HĐND cấp xã", "?Ủy ban MTTQ cấp xã"])}),
            ("dien_tu", {
                "impl": ("Sở Thông tin và Truyền thông", ["Sở TTTT => Sở Khoa học và Công nghệ"]),
                "coord": ("Trung tâm Phục vụ hành chính công tỉnh, Bưu điện tỉnh Hưng Yên",
                          ["Trung tâm Phục vụ hành chính công tỉnh", "!Bưu điện tỉnh"])}),
        ]},
    {   # d7: commune; heading "TỈNH TUYÊN QUANG" over "ỦY BAN NHÂN DÂN XÃ HÀM YÊN"
        "id": "d7-xa-ham-yen",
        "heading": ["TỈNH TUYÊN QUANG", "ỦY BAN NHÂN DÂN XÃ HÀM YÊN"], "number": "Số: 05/KH-UBND",
        "date_line": "Hàm Yên, ngày 20 tháng 01 năm 2026",
        "title": "Thực hiện các giải pháp nâng cao Chỉ số PAPI năm 2026",
        "attach": "(Kèm theo Kế hoạch số 05/KH-UBND ngày 20/01/2026 của UBND xã)",
        "cols": ["lead", "coord", "deadline"],
        "jurisdiction": {"level": "commune", "name": "Hàm Yên", "province": "Tuyên Quang"},
        "rows": [
            ("tri_thuc", {
                "lead": ("UBND xã", ["UBND xã"]),
                "coord": ("Ủy ban MTTQ Việt Nam xã, các đoàn thể chính trị - xã hội xã",
                          ["Ủy ban MTTQ xã", "Các tổ chức chính trị - xã hội xã"])}),
            ("ho_ngheo", {
                "lead": ("Văn phòng HĐND và UBND xã", ["Văn phòng HĐND và UBND xã"]),
                "coord": ("Phòng Kinh tế; Trưởng thôn các thôn", ["Phòng Kinh tế xã", "?Trưởng thôn (thôn)"])}),
            ("giao_duc", {
                "lead": ("Phòng Văn hóa - Xã hội", ["Phòng Văn hóa - Xã hội xã"]),
                "coord": ("Trạm Y tế xã, các trường học trên địa bàn xã",
                          ["Trạm Y tế xã", "!các trường học"])}),
            ("an_ninh", {
                "lead": ("Công an xã", ["Công an xã"]),
                "coord": ("Ban Chỉ huy Quân sự xã và Tư pháp - Hộ tịch",
                          ["Ban Chỉ huy Quân sự xã", "Tư pháp - Hộ tịch => Văn phòng HĐND và UBND xã"])}),
            ("tthc", {
                "lead": ("Trung tâm Phục vụ hành chính công xã", ["Trung tâm Phục vụ hành chính công xã"]),
                "coord": ("Công chức Địa chính - Xây dựng; Bưu điện văn hóa xã",
                          ["?Công chức Địa chính - Xây dựng => Phòng Kinh tế xã", "!Bưu điện văn hóa xã"])}),
        ]},
    {   # d8: ward named without its province anywhere (Bạc Liêu is also a former province name)
        "id": "d8-phuong-bac-lieu",
        "heading": ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẠC LIÊU"], "number": "Số: 11/KH-UBND",
        "date_line": "Bạc Liêu, ngày 14 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số PAPI trên địa bàn phường năm 2026",
        "attach": "(Kèm theo Kế hoạch số 11/KH-UBND ngày 14/01/2026 của UBND phường Bạc Liêu)",
        "cols": ["lead", "coord"],
        "jurisdiction": {"level": "ward", "name": "Bạc Liêu", "province": "?Cà Mau"},
        "rows": [
            ("tri_thuc", {
                "lead": ("UBND phường", ["UBND phường"]),
                "coord": ("MTTQ phường, Ban điều hành các khóm", ["Ủy ban MTTQ phường", "?khóm (group)"])}),
            ("dat_dai", {
                "lead": ("Phòng Kinh tế, Hạ tầng và Đô thị", ["Phòng Kinh tế, Hạ tầng và Đô thị phường"]),
                "coord": ("Phòng Văn hóa – Xã hội; Văn phòng HĐND-UBND phường",
                          ["Phòng Văn hóa - Xã hội phường", "Văn phòng HĐND và UBND phường"])}),
            ("an_ninh", {
                "lead": ("CÔNG AN PHƯỜNG", ["Công an phường"]),
                "coord": ("Ban chỉ huy Quân sự phường, Trưởng khóm các khóm",
                          ["Ban Chỉ huy Quân sự phường", "?Trưởng khóm (khóm)"])}),
            ("tthc", {
                "lead": ("Trung tâm phục vụ hành chính công phường",
                         ["Trung tâm Phục vụ hành chính công phường"]),
                "coord": ("Thuế cơ sở 1 tỉnh Cà Mau; Bảo hiểm xã hội cơ sở Bạc Liêu",
                          ["Thuế tỉnh", "Bảo hiểm xã hội tỉnh/thành phố"])}),
        ]},
    {   # d9: special zone, title gives zone and province; heading names the zone
        "id": "d9-dac-khu-ly-son",
        "heading": ["ỦY BAN NHÂN DÂN", "ĐẶC KHU LÝ SƠN"], "number": "Số: 07/KH-UBND",
        "date_line": "Lý Sơn, ngày 19 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số PAPI trên địa bàn đặc khu Lý Sơn, tỉnh Quảng Ngãi năm 2026",
        "attach": "(Kèm theo Kế hoạch số 07/KH-UBND ngày 19/01/2026 của UBND đặc khu Lý Sơn)",
        "cols": ["lead", "coord"],
        "jurisdiction": {"level": "special-zone", "name": "Lý Sơn", "province": "Quảng Ngãi"},
        "rows": [
            ("tri_thuc", {
                "lead": ("UBND đặc khu", ["UBND đặc khu"]),
                "coord": ("Đảng ủy đặc khu, Ủy ban MTTQ Việt Nam đặc khu",
                          ["Đảng ủy đặc khu", "Ủy ban MTTQ đặc khu"])}),
            ("moi_truong", {
                "lead": ("Phòng Kinh tế", ["Phòng Kinh tế đặc khu"]),
                "coord": ("Đồn Biên phòng Lý Sơn, Ban Chỉ huy Quân sự đặc khu",
                          ["!Đồn Biên phòng Lý Sơn", "Ban Chỉ huy Quân sự đặc khu"])}),
            ("giao_duc", {
                "lead": ("Phòng Giáo dục và Đào tạo huyện Lý Sơn",
                         ["Phòng GDĐT huyện => Phòng Văn hóa - Xã hội đặc khu"]),
                "coord": ("Phòng Văn hóa - Xã hội; Trạm Y tế",
                          ["Phòng Văn hóa - Xã hội đặc khu", "Trạm Y tế đặc khu"])}),
            ("an_ninh", {
                "lead": ("Văn phòng HĐND và UBND đặc khu", ["Văn phòng HĐND và UBND đặc khu"]),
                "coord": ("Công an đặc khu; các thôn trên địa bàn đặc khu",
                          ["Công an đặc khu", "?thôn (group)"])}),
        ]},
    {   # d10: province that took in a former province (Kon Tum); old names of 2024, another province
        "id": "d10-quang-ngai",
        "heading": ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], "number": "Số: 21/KH-UBND",
        "date_line": "Quảng Ngãi, ngày 23 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số PAPI tỉnh Quảng Ngãi năm 2026",
        "attach": "(Kèm theo Kế hoạch số 21/KH-UBND ngày 23/01/2026 của UBND tỉnh Quảng Ngãi)",
        "cols": ["lead", "coord", "deadline"],
        "jurisdiction": {"level": "province", "name": "Quảng Ngãi", "province": "Quảng Ngãi"},
        "rows": [
            ("dat_dai", {
                "lead": ("Sở Tài nguyên và Môi trường tỉnh Kon Tum (cũ)",
                         ["Sở TNMT => Sở Nông nghiệp và Môi trường"]),
                "coord": ("UBND các huyện, thành phố; Sở Giao thông vận tải",
                          ["UBND cấp huyện => UBND cấp xã", "Sở GTVT => Sở Xây dựng"])}),
            ("tri_thuc", {
                "lead": ("Ban Tuyên giáo Tỉnh ủy", ["Ban Tuyên giáo Tỉnh ủy => Ban Tuyên giáo và Dân vận Tỉnh ủy"]),
                "coord": ("Đài PT-TH tỉnh; Hội Nông dân, Hội LHPN, Tỉnh đoàn, Hội CCB tỉnh",
                          ["Đài PTTH => Báo và Phát thanh, Truyền hình tỉnh", "Hội Nông dân tỉnh",
                           "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Hội Cựu chiến binh tỉnh"])}),
            ("khieu_nai", {
                "lead": ("Thanh tra tỉnh", ["Thanh tra tỉnh/thành phố"]),
                "coord": ("Công an tỉnh Bình Định; Cục Thuế tỉnh",
                          ["!Công an tỉnh Bình Định (another province)", "Cục Thuế => Thuế tỉnh"])}),
            ("dien_tu", {
                "lead": ("Sở KH-CN", ["Sở Khoa học và Công nghệ"]),
                "coord": ("Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi; UBMTTQVN tỉnh "
                          "và các tổ chức thành viên",
                          ["Ban Quản lý Khu kinh tế tỉnh", "Ủy ban MTTQ tỉnh", "?các tổ chức thành viên (of the Front)"])}),
        ]},
    {   # d11: a ward whose name is a former city's (Hội An); neighbouring wards named
        "id": "d11-phuong-hoi-an",
        "heading": ["ỦY BAN NHÂN DÂN", "PHƯỜNG HỘI AN"], "number": "Số: 09/KH-UBND",
        "date_line": "Hội An, ngày 13 tháng 01 năm 2026",
        "title": "Nâng cao Chỉ số PAPI năm 2026 trên địa bàn phường Hội An, thành phố Đà Nẵng",
        "attach": "(Kèm theo Kế hoạch số 09/KH-UBND ngày 13/01/2026 của UBND phường Hội An)",
        "cols": ["lead", "coord"],
        "jurisdiction": {"level": "ward", "name": "Hội An", "province": "Đà Nẵng"},
        "rows": [
            ("an_ninh", {
                "lead": ("Công an phường Hội An", ["Công an phường"]),
                "coord": ("Hội Nông dân phường, Hội Cựu chiến binh phường; UBND phường Hội An Tây",
                          ["Hội Nông dân phường", "Hội Cựu chiến binh phường",
                           "!UBND phường Hội An Tây (neighbour)"])}),
            ("tthc", {
                "lead": ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG", ["Trung tâm Phục vụ hành chính công phường"]),
                "coord": ("Văn phòng HĐND và UBND phường; Công an thành phố Hội An (cũ)",
                          ["Văn phòng HĐND và UBND phường", "?Công an thành phố Hội An (former city) => Công an phường"])}),
            ("moi_truong", {
                "lead": ("Phòng Kinh tế, Hạ tầng và Đô thị phường",
                         ["Phòng Kinh tế, Hạ tầng và Đô thị phường"]),
                "coord": ("Các tổ dân phố, khối phố; Đoàn Thanh niên phường",
                          ["tổ dân phố (group)", "Đoàn Thanh niên phường"])}),
            ("y_te", {
                "lead": ("Trạm Y tế phường", ["Trạm Y tế phường"]),
                "coord": ("Bảo hiểm xã hội thành phố Đà Nẵng, Hội Chữ thập đỏ phường",
                          ["Bảo hiểm xã hội tỉnh/thành phố", "Hội Chữ thập đỏ phường"])}),
        ]},
]
