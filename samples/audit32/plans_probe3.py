"""Probe set 3 of audit32 (development): a neighbouring ward's bodies written in full, long names
(phường Đông Hà in the plan of phường Nam Đông Hà), and a neighbour of the same length (xã Nam Gio
Linh in the plan of xã Bắc Gio Linh). All are another unit's bodies: U. Written before the run."""

T = "Phối hợp thực hiện."

LONG = ["Ủy ban Mặt trận Tổ quốc Việt Nam phường Đông Hà",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Đông Hà",
        "Trung tâm Phục vụ hành chính công phường Đông Hà",
        "Văn phòng HĐND và UBND phường Đông Hà",
        "Phòng Kinh tế, Hạ tầng và Đô thị phường Đông Hà",
        "Phòng Văn hóa - Xã hội phường Đông Hà"]

NAM_DONG_HA_2 = dict(
    slug="nam-dong-ha-2", layout="commune", jurisdiction="phường Nam Đông Hà, tỉnh Quảng Trị", prov="quang-tri",
    title=["PHỤ LỤC", "NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
           "(Kèm theo Kế hoạch số 10/KH-UBND ngày 23/01/2026 của UBND phường Nam Đông Hà, tỉnh Quảng Trị)"],
    rows=[("1. Tham gia của người dân ở cấp cơ sở" if i == 0 else "", "", "", "Phối hợp với phường bạn",
           {"lead": ("UBND phường", "C:ubnd"), "coordinating": (name, "U")}) for i, name in enumerate(LONG)])

BAC_GIO_LINH_3 = dict(
    slug="bac-gio-linh-3", layout="commune", jurisdiction="xã Bắc Gio Linh, tỉnh Quảng Trị", prov="quang-tri",
    title=["PHỤ LỤC", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2026",
           "(Kèm theo Kế hoạch số 21/KH-UBND ngày 03/3/2026 của UBND xã Bắc Gio Linh, tỉnh Quảng Trị)"],
    rows=[("1. Tham gia của người dân ở cấp cơ sở" if i == 0 else "", "", "", "Phối hợp với xã bạn",
           {"lead": ("UBND xã", "C:ubnd"), "coordinating": (name, "U")}) for i, name in enumerate(
               ["UBND xã Nam Gio Linh", "Công an xã Nam Gio Linh",
                "Ủy ban Mặt trận Tổ quốc Việt Nam xã Gio Linh",
                "Trung tâm Phục vụ hành chính công xã Gio Linh"])])

PLANS = [NAM_DONG_HA_2, BAC_GIO_LINH_3]
