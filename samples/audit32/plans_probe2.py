"""Probe set 2 of audit32 (development): neighbouring units whose name is a part of the plan's own,
and a post-reform commune's plan for the year 2025 (dated after 1 July 2025). Token format:
plans_dev.py. Expectations written before the run."""

T = "Phối hợp thực hiện."

NAM_DONG_HA = dict(
    slug="nam-dong-ha", layout="commune", jurisdiction="phường Nam Đông Hà, tỉnh Quảng Trị", prov="quang-tri",
    title=["PHỤ LỤC", "NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
           "(Kèm theo Kế hoạch số 09/KH-UBND ngày 22/01/2026 của UBND phường Nam Đông Hà, tỉnh Quảng Trị)"],
    rows=[
        ("1. Tham gia của người dân ở cấp cơ sở", "", "", "Họp dân",
         {"lead": ("UBND phường Nam Đông Hà", "C:ubnd"), "coordinating": ("UBND phường Đông Hà", "U")}),
        ("", "", "", "An ninh trật tự",
         {"lead": ("Công an phường", "C:cong-an"), "coordinating": ("Công an phường Đông Hà", "U")}),
        ("2. Công khai, minh bạch", "", "", "Y tế",
         {"lead": ("Trạm Y tế phường", "C:tram-y-te"), "coordinating": ("Trạm Y tế phường Đông Hà", "U")}),
        ("", "", "", "Đoàn thể",
         {"lead": ("Ủy ban MTTQ Việt Nam phường", "C:ubmttq"),
          "coordinating": ("Hội Liên hiệp Phụ nữ phường Đông Hà", "U")}),
        ("3. Trách nhiệm giải trình với người dân", "", "", "Một cửa",
         {"lead": ("Trung tâm Phục vụ hành chính công phường", "C:trung-tam-phuc-vu-hcc"),
          "coordinating": ("UBND xã Cam Lộ; UBND phường Đông Hà", "U U")}),
    ])

BAC_GIO_LINH_2025 = dict(
    slug="bac-gio-linh-2025", layout="commune", jurisdiction="xã Bắc Gio Linh, tỉnh Quảng Trị", prov="quang-tri",
    title=["PHỤ LỤC", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2025",
           "(Kèm theo Kế hoạch số 35/KH-UBND ngày 20/8/2025 của UBND xã Bắc Gio Linh, tỉnh Quảng Trị)"],
    rows=[
        ("1. Tham gia của người dân ở cấp cơ sở", "", "", "Phổ biến pháp luật",
         {"lead": ("Văn phòng UBND xã", "C:van-phong-hdnd-ubnd>van-phong-ubnd"),
          "coordinating": ("Công chức Tư pháp - Hộ tịch xã", "C:van-phong-hdnd-ubnd>cong-chuc-tu-phap-ho-tich")}),
        ("", "", "", "Hộ nghèo",
         {"lead": ("Công chức Văn hóa - Xã hội xã", "C:phong-van-hoa-xa-hoi>cong-chuc-van-hoa-xa-hoi"),
          "coordinating": ("Sở LĐTBXH", "P:so-noi-vu>so-lao-dong-tbxh")}),
        ("2. Công khai, minh bạch", "", "", "Đất đai",
         {"lead": ("Phòng Kinh tế", "C:phong-kinh-te"),
          "coordinating": ("Sở Tài nguyên và Môi trường; Bộ phận Một cửa xã",
                           "P:so-nong-nghiep-moi-truong>so-tai-nguyen-moi-truong C:trung-tam-phuc-vu-hcc>bo-phan-mot-cua")}),
    ])

PLANS = [NAM_DONG_HA, BAC_GIO_LINH_2025]
