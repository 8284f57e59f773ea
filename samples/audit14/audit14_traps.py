"""The fourteenth audit's second round: spellings glued or changed, and bodies on no list whose names hold
a listed body's words (traps). Written by hand after the first run, before their own first run; same
notation as audit14_data.
"""

from __future__ import annotations

from audit14_data import Plan, c

TRAP_PLANS: list[Plan] = [
    Plan("n15-lai-chau-glued-abbreviations-and-traps", "tỉnh", "Lai Châu", "Lai Châu", "province",
         "unchanged province: pre-2025 initials glued (Sở LĐTBXH, Sở TNMT, Sở GTVT, Sở KHĐT), the district level "
         "in a 2026 plan, and bodies on no list whose names hold a department's words", [
             dict(lead=c("Sở LĐTBXH (nay là Sở Nội vụ)", ("Sở LĐTBXH (nay là Sở Nội vụ)", "P:so-noi-vu", "pre2025")),
                  coordinating=c("Sở TNMT; Sở GTVT; Sở KHĐT",
                                 ("Sở TNMT", "P:so-nong-nghiep-moi-truong", "pre2025"),
                                 ("Sở GTVT", "P:so-xay-dung", "pre2025"),
                                 ("Sở KHĐT", "P:so-tai-chinh", "pre2025"))),
             dict(lead=c("Các Sở: Nội vụ, Tư pháp, Tài chính",
                         ("Nội vụ", "P:so-noi-vu", "abbr"), ("Tư pháp", "P:so-tu-phap", "abbr"),
                         ("Tài chính", "P:so-tai-chinh", "abbr")),
                  coordinating=c("UBND các huyện, thành phố; UBND các xã, phường, thị trấn",
                                 ("UBND các huyện, thành phố", "X|P:ubnd-cap-huyen", "former"),
                                 ("UBND các xã, phường, thị trấn", "P:ubnd-cap-xa", "group"))),
             dict(lead=c("Sở Khoa học và Công nghệ", ("Sở Khoa học và Công nghệ", "P:so-khoa-hoc-cong-nghe", "plain")),
                  coordinating=c("Trung tâm Công nghệ thông tin và Truyền thông tỉnh; Hội Nhà báo tỉnh",
                                 ("Trung tâm Công nghệ thông tin và Truyền thông tỉnh", "X", "external"),
                                 ("Hội Nhà báo tỉnh", "X", "external"))),
             dict(lead=c("Sở Xây dựng", ("Sở Xây dựng", "P:so-xay-dung", "merged")),
                  coordinating=c("Ban Quản lý dự án đầu tư xây dựng tỉnh; Ban An toàn giao thông tỉnh",
                                 ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "X", "external"),
                                 ("Ban An toàn giao thông tỉnh", "X", "external"))),
             dict(lead=c("Sở Nông nghiệp và Môi trường", ("Sở Nông nghiệp và Môi trường", "P:so-nong-nghiep-moi-truong", "merged")),
                  coordinating=c("Văn phòng Điều phối nông thôn mới tỉnh, Quỹ Phát triển đất tỉnh, Liên minh Hợp tác xã tỉnh",
                                 ("Văn phòng Điều phối nông thôn mới tỉnh", "X", "external"),
                                 ("Quỹ Phát triển đất tỉnh", "X", "external"),
                                 ("Liên minh Hợp tác xã tỉnh", "X", "external"))),
             dict(lead=c("Tòa án nhân dân tỉnh, Viện KSND tỉnh",
                         ("Tòa án nhân dân tỉnh", "P:toa-an", "plain"), ("Viện KSND tỉnh", "P:vien-kiem-sat", "abbr")),
                  coordinating=c("HĐND tỉnh; Đoàn ĐBQH tỉnh; Ban Nội chính Tỉnh ủy",
                                 ("HĐND tỉnh", "P:hdnd", "abbr"), ("Đoàn ĐBQH tỉnh", "P:doan-dbqh", "abbr"),
                                 ("Ban Nội chính Tỉnh ủy", "P:ban-noi-chinh-tinh-uy", "plain"))),
             dict(lead=c("Sở Tư pháp", ("Sở Tư pháp", "P:so-tu-phap", "plain")),
                  coordinating=c("Công an các xã, phường; Sở Tư pháp tỉnh Điện Biên; Cục Thống kê tỉnh",
                                 ("Công an các xã, phường", "P:cong-an-cap-xa", "group"),
                                 ("Sở Tư pháp tỉnh Điện Biên", "X", "other"),
                                 ("Cục Thống kê tỉnh", "P:thong-ke|P:cuc-thong-ke", "pre2025"))),
         ], pdf=True),
    Plan("n16-bac-ninh-commune-luc-ngan-traps", "xã", "Lục Ngạn", "Bắc Ninh", "commune",
         "commune of Bắc Ninh (former Bắc Giang): heads' titles, district offices, cooperatives and names holding "
         "'xã', the former province's bodies", [
             dict(lead=c("Chủ tịch UBND xã", ("Chủ tịch UBND xã", "U:ubnd", "abbr")),
                  coordinating=c("Trưởng các thôn; Bí thư các chi bộ thôn",
                                 ("Trưởng các thôn", "U:thon-to-dan-pho", "group"),
                                 ("Bí thư các chi bộ thôn", "X", "external"))),
             dict(lead=c("Phòng Văn hoá - Xã hội", ("Phòng Văn hoá - Xã hội", "U:phong-van-hoa-xa-hoi", "merged")),
                  coordinating=c("Phòng Văn hóa và Thông tin huyện Lục Ngạn (cũ); Trung tâm Văn hóa - Thông tin và Thể thao huyện",
                                 ("Phòng Văn hóa và Thông tin huyện Lục Ngạn (cũ)", "X", "former"),
                                 ("Trung tâm Văn hóa - Thông tin và Thể thao huyện", "X", "former"))),
             dict(lead=c("Phòng Kinh tế", ("Phòng Kinh tế", "U:phong-kinh-te", "merged")),
                  coordinating=c("Hợp tác xã Nông nghiệp Lục Ngạn, Quỹ tín dụng nhân dân xã",
                                 ("Hợp tác xã Nông nghiệp Lục Ngạn", "X", "external"),
                                 ("Quỹ tín dụng nhân dân xã", "X", "external"))),
             dict(lead=c("Văn phòng HĐND và UBND xã", ("Văn phòng HĐND và UBND xã", "U:van-phong-hdnd-ubnd", "merged")),
                  coordinating=c("Sở Nội vụ tỉnh Bắc Giang (cũ); Sở Tư pháp",
                                 ("Sở Nội vụ tỉnh Bắc Giang (cũ)", "P:so-noi-vu|X", "former"),
                                 ("Sở Tư pháp", "P:so-tu-phap", "other"))),
             dict(lead=c("MTTQ và các đoàn thể xã", ("MTTQ", "U:ubmttq", "mass"), ("các đoàn thể xã", "U:to-chuc-ctxh", "group")),
                  coordinating=c("Chi hội Nông dân các thôn; Hội Người cao tuổi xã",
                                 ("Chi hội Nông dân các thôn", "X", "external"),
                                 ("Hội Người cao tuổi xã", "U:hoi-nguoi-cao-tuoi", "mass"))),
             dict(lead=c("Trung tâm Hành chính công xã", ("Trung tâm Hành chính công xã", "U:trung-tam-phuc-vu-hcc", "abbr")),
                  coordinating=c("Bưu điện xã; Điểm Bưu điện - Văn hóa xã",
                                 ("Bưu điện xã", "X", "external"),
                                 ("Điểm Bưu điện - Văn hóa xã", "X", "external"))),
         ]),
]
