"""Appendix content for audit35: real text from samples/seed (rows of the 2024 appendix).

Markup, applied by the builders and removed for the expected text:
  {b:..} bold, {i:..} italic, {u:..} underline (may start or end inside a word),
  ~ a soft hyphen (U+00AD), \t a tab, runs of spaces are typed as they stand.
A cell is a list of paragraphs.  A reader reads each paragraph with its words
single-spaced, markup and soft hyphens invisible; paragraphs are joined by "\n".
"""
import re

HEADER = [
    "Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
    "Cơ quan thực hiện",
    "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
    "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc",
    "Cơ quan phối hợp",
]
FIELDS = ["dimension", "component", "indicators", "tasks", "implementing", "lead",
          "sector_guidance", "coordinating"]

D1 = "1. Tham gia của người dân ở cấp cơ sở"
D2 = "2. Công khai, minh bạch trong việc ra quyết định ở địa phương"
D3 = "3. Trách nhiệm giải trình với người dân"

# (key, dimension, component, indicators, tasks, implementing, lead, sector, coordinating)
ROWS = [
    ("1.1.1", D1, "1. Tri thức {b:công} dân", ["1.\tHiểu biết về chính sách {i:hiện hành}"], [
        "-\tTăng {b:cư}ờng công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, đảm bảo người dân hiểu và thực hiện đúng các đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước nhất là các chính sách, pháp luật có tác động lớn đến xã hội và liên quan trực tiếp đến sản xuất, kinh doanh, quyền và lợi ích hợp pháp của người dân, doanh nghiệp đảm bảo người dân nắm rõ, hiểu và thực hiện đúng quy định của pháp luật.",
        "-\tThường xuyên thông tin, tuyên truyền, phổ biến và thực hiện đầy đủ các quy định của {i:Luật Thực hiện dân chủ ở cơ sở}; Nghị định số 59/2023/~NĐ-CP ngày 14/8/2023 của Chính phủ Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở và các quy định có liên quan đến đội ngũ cán bộ, công chức, viên chức và Nhân dân.",
        "-\tĐẩy mạnh thực hiện quy chế dân chủ ở cơ sở theo hướng đi vào {u:thực ch}ất, góp phần xây dựng chính quyền cơ sở dân chủ, trong sạch, vững mạnh.",
    ], ["{u:UBND} cấp xã"], ["Phòng  Văn hóa  và Thông tin"],
        ["Phòng Tư pháp (là cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật)"],
        ["- Phòng Văn hóa và Thông tin; Trung tâm Văn hóa – Thông tin và Thể thao;",
         "- {b:Đề nghị} Ban Tuyên giáo Thành ủy phối hợp."]),
    ("1.1.2", D1, "1. Tri thức {b:công} dân", ["2. Hiểu biết về vị trí lãnh đạo"], [
        "- Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước; hoạt động của chính quyền cơ sở và các vị trí lãnh đạo dân cư.",
        "- Thông tin cụ thể, cập nhật thường xuyên về vị trí lãnh đạo chủ chốt của Trung ương, cấp tỉnh, cấp huyện, cấp xã (cơ quan Đảng, HĐ{b:ND}, Ủy ban MTTQ Việt Nam, UBND).",
    ], ["UBND cấp xã"], ["Phòng {b:Nội} {i:vụ}"],
        ["Phòng Văn hóa và Thông tin; Hệ thống truyền thanh cơ sở"], []),
    ("1.2.1", D1, "2. Cơ hội tham gia", [
        "1. Tham gia vào các tổ chức chính trị, chính trị-xã hội, đoàn thể.",
        "2. Tham gia vào các tổ chức xã hội, hội, nhóm, câu lạc bộ tự lập."], [
        "Thực hiện tốt, có hiệu quả trong công tác quản lý nhà nước về hội. Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền về hoạt động, điều kiện, tiêu chuẩn được tham gia các tổ chức chính trị, chính trị - xã hội, tổ chức xã hội; vận động người dân tham gia vào các hội, nhóm, câu lạc bộ hoạt động trên địa bàn.",
    ], ["UBND cấp xã"], ["Phòng Nội vụ"], [],
        ["{b:Đề nghị:} UBMT~TQVN thành phố và các tổ chức đoàn thể chính trị - xã hội phối hợp"]),
    ("1.2.3", D1, "2. Cơ hội tham gia", [
        "3. Tỷ lệ người dân trả lời đã tham gia bầu cử đại biểu   HĐND lần gần đây nhất.",
        "4. Tỷ lệ người dân trả lời đã tham gia bầu cử đại biểu Quốc hội lần gần đây nhất."], [
        "- Tiếp tục thực hiện thông tin, tuyên truyền đến người dân biết và nắm được các quy định về:",
        "+ Một số quy định cơ bản của {i:Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân} như quyền và nghĩa vụ của cử tri khi tham gia bầu cử.",
        "+\tQuy trình, cách thức bầu cử, giới thiệu nhân sự tham gia ứng cử trưởng thôn/~tổ trưởng tổ dân phố.",
        "- Thực hiện niêm yết công khai kết quả bầu cử cho người dân biết.",
    ], ["UBND cấp xã"], ["Phòng Nội vụ"], ["Phòng Nội vụ"], ["Đề nghị UBMTTQVN các cấp phối hợp"]),
    ("1.3.1", D1, "3. Chất lượng bầu cử", [
        "1. Tỷ lệ người dân trả lời cho biết có từ hai ứng cử viên trở lên để dân bầu trưởng thôn/tổ trưởng tổ dân phố."], [
        "- Thường xuyên thông tin, tuyên truyền để người dân biết các quy định về:",
        "+ Phải có từ hai ứng cử viên trở lên để bầu trưởng thôn/tổ trưởng tổ dân phố;",
        "+ Việc bầu cử được tổ chức theo hình thức {b:bỏ phiếu k}ín.",
    ], ["UBND cấp xã"], ["Phòng Nội vụ"], ["Phòng Nội vụ"], ["Đề nghị UBMTTQVN các cấp phối hợp"]),
    ("2.2.1", D2, "2. Công khai danh sách hộ nghèo", [
        "1. Tỷ lệ người dân trả lời cho biết danh sách hộ nghèo được công bố công khai trong 12 tháng qua.",
        "2. Có những hộ thực tế rất nghèo nhưng không được đưa vào danh sách hộ nghèo."], [
        "- Thực hiện rà soát, xét duyệt danh sách hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và giải quyết các chế độ chính sách đối với hộ nghèo theo đúng quy trình, thủ tục, thời gian, cách thức thực hiện, đối tượng,... (Quyết định số 24/2021/~QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, các văn bản của Bộ Lao động - Thương binh và Xã hội và quy định của tỉnh);",
        "- Tiếp tục hướng dẫn kiểm tra việc thực hiện công tác quy trình rà soát, bình xét và công nhận hộ nghèo, hộ thoát nghèo hàng năm tại UBND cấp xã.",
    ], ["UBND cấp xã"], ["Phòng Lao động - Thương binh và Xã hội"],
        ["Phòng Lao động - Thương binh và Xã hội"], ["Trang thông tin điện tử thành phố và phường, xã"]),
    ("3.1.1", D3, "1. Mức độ và hiệu quả trong tiếp xúc với chính quyền", [
        "1. Tỷ lệ người dân trả lời cho biết họ đã liên hệ với trường thôn/tổ trưởng tổ dân phố để giải quyết khúc mắc.",
        "2. Tỷ lệ người dân trả lời cho biết cuộc gặp với trường thôn/tổ trưởng tổ dân phố để giải quyết khúc mắc có kết quả tốt."], [
        "- Nâng cao trách nhiệm giải trình với người dân của cán bộ dân cử, đoàn thể, UBND cấp xã và thôn, ấp, khu phố.",
        "- Tăng cường quản lý, nâng cao chất lượng hoạt động của Tổ hòa giải cơ sở. Thông tin đến người dân các thành viên của tổ dân, khu phố, Tổ hòa giải cơ sở, cán bộ UBND cấp xã, các tổ chức chính trị - xã hội, đồng thời thông tin chức năng, nhiệm vụ của từng đơn vị để người dân biết, nắm được để liên hệ khi cần thiết.",
        "- Nâng cao chất lượng, hiệu quả các buổi làm việc, đối thoại với người dân, các cuộc tiếp xúc cử tri, tiếp dân,...",
    ], ["UBND cấp xã"], ["Phòng Nội vụ"], ["Phòng Nội vụ"],
        ["HĐND, UBMTTQVN và các tổ chức chính trị - xã hội thành phố"]),
    ("6.3.1", "6. Cung ứng dịch vụ công", "3. Cơ sở hạ tầng căn bản", [
        "1. Tỷ lệ người dân được hỏi cho biết hộ gia đình đã dùng điện lưới."], [
        "- Thường xuyên phối hợp với địa phương, Điện lực, đôn đốc ngành điện rà soát, đầu tư, nâng cấp lưới điện nhằm đảm bảo cung cấp điện thường xuyên, chất lượng phục vụ phát triển kinh tế - xã hội và cung ứng điện sinh hoạt của người dân trên địa bàn tỉnh.",
        "- Thông báo kịp thời việc cắt/cúp điện để người dân biết để chủ động trong {i:sinh ho}ạt và sản xuất.",
    ], ["UBND cấp xã"], ["Phòng Kinh tế"], ["Phòng Kinh tế"], []),
]

MARK = re.compile(r"\{([biu]):(.*?)\}")


def runs(text):
    """Split a paragraph into (text, bold, italic, underline) runs; ~ becomes U+00AD."""
    out, pos = [], 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], "", ))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], ""))
    return [(t.replace("~", "\u00ad"), s) for t, s in out]


def plain(text):
    """What a reader reads: markup and soft hyphens gone, one space between words."""
    t = MARK.sub(lambda m: m.group(2), text).replace("~", "")
    return re.sub(r"[ \t]+", " ", t).strip()


def expected_rows(bullets=None):
    """Expected rows; bullets maps a typed list mark to the one a document prints."""
    rows = []
    for r in ROWS:
        rec = {"key": r[0]}
        for f, cell in zip(FIELDS, r[1:]):
            paras = cell if isinstance(cell, list) else [cell]
            paras = [apply_bullets(p, bullets) for p in paras]
            rec[f] = "\n".join(plain(p) for p in paras)
        rows.append(rec)
    return rows


def apply_bullets(p, bullets):
    if bullets:
        for a, b in bullets.items():
            if p.startswith(a):
                return b + p[len(a):]
    return p
