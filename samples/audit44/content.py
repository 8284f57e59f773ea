"""Whole-plan content for audit44: heading block, prose, prose tables, signature, appendix rows, a second
appendix. Pure data drawn from a seeded Random: no document is drawn here. Appendix rows come from pool.py
(copied from audit43, reworded from samples/seed), agency names moved to their 2026 (post-reform) names."""

from __future__ import annotations

import random

from pool import COMPS, DIMS, POOL

RENAMES = {
    "Sở Kế hoạch và Đầu tư": "Sở Tài chính",
    "Sở Thông tin và Truyền thông": "Sở Khoa học và Công nghệ",
    "Sở Tài nguyên và Môi trường": "Sở Nông nghiệp và Môi trường",
    "Sở Lao động - Thương binh và Xã hội": "Sở Nội vụ",
}
PROVINCES = ["Quảng Trị", "Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Lạng Sơn", "Cao Bằng", "Quảng Ninh", "Sơn La",
             "Điện Biên", "Lai Châu"]
DEADLINES = ["Thường xuyên", "Quý II/2026", "Quý III/2026", "Tháng 6/2026", "Tháng 10/2026", "Cả năm 2026"]
EXTRA_POOL = [
    (2, 1, "Tỷ lệ người dân cho biết không phải chờ đợi quá lâu mới lấy được thông tin từ chính quyền.",
     ["Rút ngắn thời gian cung cấp thông tin khi người dân yêu cầu theo Luật Tiếp cận thông tin.",
      "Công bố danh mục thông tin phải công khai trên Cổng thông tin điện tử của tỉnh."],
     ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ", "UBND cấp xã"]),
    (3, 1, "Tỷ lệ người dân cho biết kiến nghị của họ được giải quyết thỏa đáng.",
     ["Theo dõi, đôn đốc việc giải quyết kiến nghị của người dân đến khi có kết quả cuối cùng.",
      "Công khai kết quả giải quyết kiến nghị tại trụ sở UBND cấp xã và trên hệ thống truyền thanh cơ sở."],
     ["Thanh tra tỉnh"], ["Sở Nội vụ", "UBND cấp xã"]),
    (6, 1, "Tỷ lệ người dân hài lòng với dịch vụ khám, chữa bệnh tại trạm y tế xã.",
     ["Bổ sung nhân lực, thuốc và trang thiết bị cho trạm y tế xã; nâng cao y đức của đội ngũ y, bác sĩ.",
      "Triển khai khám, chữa bệnh bảo hiểm y tế bằng căn cước công dân gắn chip và ứng dụng VNeID."],
     ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh", "UBND cấp xã"]),
    (8, 1, "Tỷ lệ người dân nộp hồ sơ thủ tục hành chính trực tuyến toàn trình.",
     ["Hướng dẫn người dân tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công quốc gia.",
      "Bố trí công chức hỗ trợ người dân tại Bộ phận Một cửa các cấp, nhất là người cao tuổi."],
     ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh", "UBND cấp xã"]),
]
SCORES = {1: (5.12, 5.31), 2: (5.20, 5.08), 3: (4.35, 4.41), 4: (6.62, 6.70), 5: (7.40, 7.36), 6: (7.05, 7.21),
          7: (3.41, 3.60), 8: (3.02, 3.37)}
DIMS_ALL = {**DIMS, 7: "Quản trị môi trường"}
SIGNERS = ["Nguyễn Văn An", "Trần Thị Bích Hà", "Lê Quang Minh", "Phạm Đức Thịnh", "Hoàng Thị Lan"]
PEOPLE = ["Nguyễn Thị Hoa", "Trần Văn Hùng", "Lê Thị Mai", "Võ Đình Khoa", "Đặng Văn Tú", "Bùi Thị Ngọc",
          "Phan Văn Lợi", "Đỗ Thị Thu"]
TITLES = ["Phó Giám đốc", "Trưởng phòng", "Phó Chánh Văn phòng", "Chuyên viên chính", "Phó Trưởng phòng"]


def fix_agency(name: str) -> str:
    return RENAMES.get(name, name)


def draw_rows(rng: random.Random, n: int) -> list[dict]:
    """n appendix rows in PAPI order; a component's indicators numbered from 1 by place."""
    pool = POOL + EXTRA_POOL
    picks = sorted(rng.sample(range(len(pool)), n), key=lambda i: (pool[i][0], pool[i][1], i))
    rows, count = [], {}
    for i in picks:
        d, c, ind, tasks, lead, coord = pool[i]
        count[(d, c)] = count.get((d, c), 0) + 1
        k = count[(d, c)]
        rows.append({
            "dim": d, "comp": c, "no": k, "key": f"{d}.{c}.{k}",
            "dimension": f"{d}. {DIMS[d]}", "component": f"{c}. {COMPS[(d, c)]}",
            "indicators": f"{k}. {ind}",
            "tasks": "\n".join("- " + t for t in tasks),
            "lead": "\n".join(fix_agency(a) for a in lead),
            "coordinating": "\n".join(fix_agency(a) for a in coord),
            "deadline": rng.choice(DEADLINES),
        })
    return rows


def heading(rng: random.Random, province: str) -> dict:
    day, month = rng.randint(2, 27), rng.randint(1, 3)
    no = rng.randint(12, 240)
    return {
        "issuer": ["ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}"],
        "number": f"Số: {no}/KH-UBND",
        "motto": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        "place_date": f"{province}, ngày {day:02d} tháng {month:02d} năm 2026",
        "issued": f"2026-{month:02d}-{day:02d}", "no": no, "day": day, "month": month,
        "title": ["KẾ HOẠCH", "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026"],
    }


def appendix_title(h: dict, province: str, roman: str = "I") -> list[str]:
    return [f"PHỤ LỤC {roman}",
            "NHIỆM VỤ, GIẢI PHÁP CỤ THỂ NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
            f"(Kèm theo Kế hoạch số {h['no']}/KH-UBND ngày {h['day']:02d}/{h['month']:02d}/2026 "
            f"của UBND tỉnh {province})"]


APPENDIX_HEADER = ["Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì",
                   "Cơ quan phối hợp", "Thời gian thực hiện"]
APPENDIX_FIELDS = ["dimension", "component", "indicators", "tasks", "lead", "coordinating", "deadline"]


def prose(rng: random.Random, province: str, footnote: bool) -> list[tuple[str, str]]:
    """(kind, text) items: kind 'h' heading, 'p' paragraph, 'TABLE' the prose table's place, 'FN' a footnote
    marker's paragraph (its text ends with the marker)."""
    fn = "¹" if footnote else ""
    items = [
        ("p", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
              "hành chính nhà nước giai đoạn 2021-2030; căn cứ Báo cáo Chỉ số PAPI năm 2025 công bố ngày "
              f"08/4/2026{fn}, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2026 như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Mục đích"),
        ("p", f"Khắc phục những hạn chế, tồn tại trong các chỉ số nội dung có điểm số thấp của tỉnh {province}, "
              "phát huy kết quả đạt được ở các chỉ số có điểm số cao; nâng cao trách nhiệm của người đứng đầu các "
              "cơ quan, đơn vị, địa phương trong việc cải thiện hiệu quả quản trị và hành chính công."),
        ("p", "2. Yêu cầu"),
        ("p", "Các nhiệm vụ phải cụ thể, gắn với trách nhiệm của từng cơ quan, đơn vị; bảo đảm phối hợp chặt chẽ "
              "giữa các cấp, các ngành trong quá trình triển khai; định kỳ đánh giá, rút kinh nghiệm."),
        ("p", "Kết quả Chỉ số PAPI của tỉnh trong hai năm gần đây được tổng hợp tại bảng dưới đây:"),
        ("TABLE", ""),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ]
    tasks = [
        "Tăng cường công tác tuyên truyền, phổ biến về Chỉ số PAPI đến cán bộ, công chức, viên chức và Nhân dân, "
        "để người dân hiểu rõ quyền và trách nhiệm khi tham gia khảo sát.",
        "Đẩy mạnh cải cách thủ tục hành chính, thực hiện tốt cơ chế một cửa, một cửa liên thông; công khai, minh "
        "bạch các thủ tục hành chính tại Bộ phận Một cửa các cấp.",
        "Thực hiện nghiêm quy chế dân chủ ở cơ sở; tổ chức đối thoại định kỳ giữa người đứng đầu cấp ủy, chính "
        "quyền với Nhân dân.",
        "Nâng cao chất lượng cung ứng dịch vụ công, nhất là y tế, giáo dục, điện, nước sinh hoạt và thu gom rác "
        "thải ở khu dân cư.",
        "Đẩy mạnh chuyển đổi số, phát triển chính quyền số; khuyến khích người dân sử dụng dịch vụ công trực "
        "tuyến và Cổng thông tin điện tử của tỉnh.",
        "Tăng cường thanh tra, kiểm tra công vụ; xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây phiền "
        "hà cho người dân và doanh nghiệp.",
    ]
    rng.shuffle(tasks)
    for k, t in enumerate(tasks[: rng.randint(4, 6)], 1):
        items.append(("p", f"{k}. {t}"))
    items.append(("p", "Nhiệm vụ, giải pháp cụ thể đối với từng chỉ số nội dung, chỉ số thành phần được giao tại "
                       "Phụ lục I kèm theo Kế hoạch này."))
    return items


def prose_end() -> list[tuple[str, str]]:
    return [
        ("h", "III. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Nội vụ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; "
              "tham mưu UBND tỉnh báo cáo kết quả trước ngày 15/12/2026."),
        ("p", "2. Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể, "
              "triển khai thực hiện nghiêm túc, hiệu quả; báo cáo kết quả về Sở Nội vụ trước ngày 30/11/2026."),
        ("p", "3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội phối hợp tuyên truyền, vận "
              "động Nhân dân tham gia khảo sát PAPI."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để "
              "tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./."),
    ]


FOOTNOTE = "¹ Báo cáo Chỉ số PAPI 2025 do UNDP và Trung tâm Nghiên cứu phát triển - Hỗ trợ cộng đồng công bố."


def signature(rng: random.Random) -> dict:
    return {
        "recipients": ["Nơi nhận:", "- Văn phòng Chính phủ (b/c);", "- Bộ Nội vụ (b/c);",
                       "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                       "- Các sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
        "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", rng.choice(SIGNERS)],
    }


def prose_table(rng: random.Random, kind: str) -> dict:
    """A table inside the prose: last year's scores per dimension (7 columns) or a budget (6 columns)."""
    if kind in ("scores", "scores6"):
        header = ["STT", "Chỉ số nội dung", "Điểm năm 2024", "Điểm năm 2025", "Tăng (+), giảm (-)",
                  "Xếp hạng năm 2025", "Nhóm"]
        rows = []
        for d in range(1, 9):
            a, b = SCORES[d]
            rows.append([str(d), DIMS_ALL[d], f"{a:.2f}".replace(".", ","), f"{b:.2f}".replace(".", ","),
                         f"{b - a:+.2f}".replace(".", ","), str(rng.randint(5, 60)),
                         rng.choice(["Cao nhất", "Trung bình cao", "Trung bình thấp", "Thấp nhất"])])
        if kind == "scores6":  # the same table without its last column: 6 columns, not the appendix's 7
            header, rows = header[:-1], [r[:-1] for r in rows]
        return {"caption": "Bảng 1. Kết quả Chỉ số PAPI của tỉnh năm 2024 và năm 2025", "header": header,
                "rows": rows}
    header = ["TT", "Nội dung", "Kinh phí (triệu đồng)", "Nguồn kinh phí", "Cơ quan chủ trì", "Thời gian"]
    items = [("Tuyên truyền về Chỉ số PAPI trên báo, đài", "Sở Khoa học và Công nghệ", "Quý II/2026"),
             ("Tập huấn cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Quý III/2026"),
             ("Khảo sát sự hài lòng của người dân", "Sở Nội vụ", "Tháng 10/2026"),
             ("Đối thoại với người dân tại cơ sở", "UBND các xã, phường", "Cả năm 2026"),
             ("Sơ kết, đánh giá kết quả thực hiện", "Sở Nội vụ", "Tháng 12/2026")]
    rows = [[str(k), a, str(rng.randrange(50, 900, 10)), rng.choice(["Ngân sách tỉnh", "Ngân sách địa phương"]),
             b, t] for k, (a, b, t) in enumerate(items, 1)]
    return {"caption": "Bảng 1. Dự toán kinh phí thực hiện Kế hoạch", "header": header, "rows": rows}


def second_appendix(rng: random.Random, kind: str, h: dict, province: str) -> dict:
    """Phụ lục II: focal points per PAPI dimension, or a schedule of work (other columns than Phụ lục I)."""
    kem = (f"(Kèm theo Kế hoạch số {h['no']}/KH-UBND ngày {h['day']:02d}/{h['month']:02d}/2026 "
           f"của UBND tỉnh {province})")
    if kind == "focal":
        header = ["STT", "Chỉ số nội dung", "Cơ quan đầu mối", "Họ và tên", "Chức vụ", "Số điện thoại"]
        agencies = ["Sở Tư pháp", "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Thanh tra tỉnh", "Sở Nội vụ", "Sở Y tế",
                    "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ"]
        people = rng.sample(PEOPLE, 8)
        rows = [[str(d), DIMS_ALL[d], agencies[d - 1], people[d - 1], rng.choice(TITLES),
                 f"0912.{rng.randint(100, 999)}.{rng.randint(100, 999)}"] for d in range(1, 9)]
        title = ["PHỤ LỤC II", "DANH SÁCH CƠ QUAN, CÁN BỘ ĐẦU MỐI THEO DÕI CÁC CHỈ SỐ NỘI DUNG PAPI", kem]
        return {"title": title, "header": header, "rows": rows}
    header = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
              "Sản phẩm"]
    work = [("Xây dựng kế hoạch thực hiện của cơ quan, đơn vị", "Các sở, ban, ngành", "Sở Nội vụ", "Tháng 3/2026",
             "Kế hoạch"),
            ("Hội nghị quán triệt Kế hoạch", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Tháng 4/2026", "Hội nghị"),
            ("Báo cáo sơ kết 6 tháng", "Sở Nội vụ", "Các sở, ban, ngành", "Tháng 6/2026", "Báo cáo"),
            ("Kiểm tra việc thực hiện tại cơ sở", "Sở Nội vụ", "Thanh tra tỉnh", "Quý III/2026", "Biên bản"),
            ("Báo cáo tổng kết năm", "Sở Nội vụ", "UBND các xã, phường", "Tháng 12/2026", "Báo cáo")]
    rows = [[str(k), *w] for k, w in enumerate(work, 1)]
    title = ["PHỤ LỤC II", "LỊCH TRIỂN KHAI CÁC NHIỆM VỤ CHUNG", kem]
    return {"title": title, "header": header, "rows": rows}


APPENDIX_NOTE = "Ghi chú: Các cơ quan chủ trì báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 30/11/2026."
