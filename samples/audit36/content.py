"""Appendix content for audit36: real text of samples/seed (the 2024 appendix), 12 rows.

Markup the builders draw and the expected text drops:
  {h:..} highlighted (background colour), {s:..} struck through, {u:..} underlined.
A cell is a list of paragraphs; a reader joins them with "\n".  STAMP is the text of the
"ĐÃ KÝ" shape some documents put over the table: it is no cell's text.
"""
import re

HEADER = [
    "Chỉ số nội dung", "Nội dung thành phần", "Chỉ tiêu", "Nhiệm vụ và giải pháp",
    "Cơ quan thực hiện",
    "Cơ quan chủ trì tổ chức, triển khai thực hiện; kiểm tra, đôn đốc; tổng hợp báo cáo",
    "Cơ quan quản lý ngành, lĩnh vực hướng dẫn về chuyên môn, nghiệp vụ và kiểm tra, đôn đốc",
    "Cơ quan phối hợp",
]
# the section-row variant: a TT column instead of the dimension column, dimensions as section rows
HEADER_TT = ["TT"] + HEADER[1:]
FIELDS = ["dimension", "component", "indicators", "tasks", "implementing", "lead",
          "sector_guidance", "coordinating"]
STAMP = "ĐÃ KÝ"

D1 = "1. Tham gia của người dân ở cấp cơ sở"
D2 = "2. Công khai, minh bạch trong việc ra quyết định ở địa phương"
D3 = "3. Trách nhiệm giải trình với người dân"
D4 = "4. Kiểm soát tham nhũng trong khu vực công"
D6 = "6. Cung ứng dịch vụ công"
D8 = "8. Quản trị điện tử"

ROWS = [
    ("1.1.1", D1, "1. Tri thức công dân", ["1. Hiểu biết về chính sách {h:hiện hành}"], [
        "- Tăng cường công tác phổ biến, giáo dục pháp luật tại cộng đồng dân cư, đảm bảo người dân hiểu và thực hiện đúng các đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước nhất là các chính sách, pháp luật có tác động lớn đến xã hội và liên quan trực tiếp đến sản xuất, kinh doanh, quyền và lợi ích hợp pháp của người dân, doanh nghiệp đảm bảo người dân nắm rõ, hiểu và thực hiện đúng quy định của pháp luật.",
        "- Thường xuyên thông tin, tuyên truyền, phổ biến và thực hiện đầy đủ các quy định của {u:Luật Thực hiện dân chủ ở cơ sở}; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở và các quy định có liên quan đến đội ngũ cán bộ, công chức, viên chức và Nhân dân.",
        "- Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở theo hướng đi vào thực chất, góp phần xây dựng chính quyền cơ sở dân chủ, trong sạch, vững mạnh.",
    ], ["UBND cấp xã"], ["Phòng Văn hóa và Thông tin"],
        ["Phòng Tư pháp (là cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật)"],
        ["- Phòng Văn hóa và Thông tin; Trung tâm Văn hóa – Thông tin và Thể thao;",
         "- Đề nghị Ban Tuyên giáo Thành ủy phối hợp."]),
    ("1.1.2", D1, "1. Tri thức công dân", ["2. Hiểu biết về vị trí lãnh đạo"], [
        "- Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước; hoạt động của chính quyền cơ sở và các vị trí lãnh đạo dân cư.",
        "- Thông tin cụ thể, cập nhật thường xuyên về vị trí lãnh đạo chủ chốt của Trung ương, cấp tỉnh, cấp huyện, cấp xã (cơ quan Đảng, HĐND, Ủy ban MTTQ Việt Nam, UBND).",
    ], ["UBND cấp xã"], ["Phòng {s:Nội vụ}"],
        ["Phòng Văn hóa và Thông tin; Hệ thống truyền thanh cơ sở"], []),
    ("1.2.1", D1, "2. Cơ hội tham gia", [
        "1. Tham gia vào các tổ chức chính trị, chính trị-xã hội, đoàn thể.",
        "2. Tham gia vào các tổ chức xã hội, hội, nhóm, câu lạc bộ tự lập."], [
        "Thực hiện tốt, có hiệu quả trong công tác quản lý nhà nước về hội. Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền về hoạt động, điều kiện, tiêu chuẩn được tham gia các tổ chức chính trị, chính trị - xã hội, tổ chức xã hội; vận động người dân tham gia vào các hội, nhóm, câu lạc bộ hoạt động trên địa bàn.",
    ], ["UBND cấp xã"], ["Phòng Nội vụ"], [],
        ["{u:Đề nghị: UBMTTQVN thành phố và các tổ chức đoàn thể chính trị - xã hội phối hợp}"]),
    ("1.3.1", D1, "3. Chất lượng bầu cử", [
        "1. Tỷ lệ người dân trả lời cho biết có từ hai ứng cử viên trở lên để dân bầu trưởng thôn/tổ trưởng tổ dân phố.",
        "2. Tỷ lệ người dân trả lời cho biết gia đình được mời đi bầu trưởng thôn/tổ trưởng tổ dân phố.",
        "3. Tỷ lệ người dân trả lời cho biết hình thức bầu trưởng thôn/tổ trưởng tổ dân phố là bỏ phiếu kín."], [
        "- Thường xuyên thông tin, tuyên truyền để người dân biết các quy định về:",
        "+ Phải có từ hai ứng cử viên trở lên để bầu trưởng thôn/tổ trưởng tổ dân phố;",
        "+ Cử tri đại diện hộ gia đình trong thôn/tổ dân phố đều được mời đi bầu cử;",
        "+ Việc bầu cử được tổ chức theo hình thức {h:bỏ phiếu kín}.",
        "- Tổ chức thực hiện nghiêm túc, đúng quy trình, chu đáo; đảm bảo dân chủ, công khai, chất lượng, đúng quy định trong công tác bầu trưởng thôn/tổ trưởng tổ dân phố.",
    ], ["UBND cấp xã"], ["Phòng Nội vụ"], ["Phòng Nội vụ"], ["Đề nghị UBMTTQVN các cấp phối hợp"]),
    ("2.2.1", D2, "2. Công khai danh sách hộ nghèo", [
        "1. Tỷ lệ người dân trả lời cho biết danh sách hộ nghèo được công bố công khai trong 12 tháng qua.",
        "2. Có những hộ thực tế rất nghèo nhưng không được đưa vào danh sách hộ nghèo.",
        "3. Có những hộ thực tế không nghèo nhưng lại được đưa vào danh sách hộ nghèo."], [
        "- Thực hiện rà soát, xét duyệt danh sách hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và giải quyết các chế độ chính sách đối với hộ nghèo theo đúng quy trình, thủ tục, thời gian, cách thức thực hiện, đối tượng,... ({s:Quyết định số 24/2021/QĐ-TTg} ngày 16/7/2021 của Thủ tướng Chính phủ, các văn bản của Bộ Lao động - Thương binh và Xã hội và quy định của tỉnh);",
        "- Công khai danh sách hộ nghèo, hộ thoát nghèo, các khoản đóng góp hỗ trợ hộ nghèo theo quy định trên các Trang thông tin điện tử của địa phương, thông báo trên đài truyền thanh cấp xã; Bộ phận Một cửa cấp xã, điểm sinh hoạt cộng đồng tại thôn, ấp, khu phố, khu dân cư, tổ dân cư.",
    ], ["UBND cấp xã"], ["Phòng Lao động - Thương binh và Xã hội"],
        ["Phòng Lao động - Thương binh và Xã hội"], ["Trang thông tin điện tử thành phố và phường, xã"]),
    ("3.1.1", D3, "1. Mức độ và hiệu quả trong tiếp xúc với chính quyền", [
        "1. Tỷ lệ người dân trả lời cho biết họ đã liên hệ với trường thôn/tổ trưởng tổ dân phố để giải quyết khúc mắc.",
        "2. Tỷ lệ người dân trả lời cho biết cuộc gặp với trường thôn/tổ trưởng tổ dân phố để giải quyết khúc mắc có kết quả tốt."], [
        "- Nâng cao trách nhiệm giải trình với người dân của cán bộ dân cử, đoàn thể, UBND cấp xã và thôn, ấp, khu phố.",
        "- Tăng cường quản lý, nâng cao chất lượng hoạt động của Tổ hòa giải cơ sở. Thông tin đến người dân các thành viên của tổ dân, khu phố, Tổ hòa giải cơ sở, cán bộ UBND cấp xã, các tổ chức chính trị - xã hội, đồng thời thông tin chức năng, nhiệm vụ của từng đơn vị để người dân biết, nắm được để liên hệ khi cần thiết.",
    ], ["UBND cấp xã"], ["Phòng Nội vụ"], ["Phòng Nội vụ"],
        ["HĐND, UBMTTQVN và các tổ chức chính trị - xã hội thành phố"]),
    ("3.2.1", D3, "2. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân", [
        "1. Tỷ lệ người dân trả lời cho biết họ đã gửi khuyến nghị, tố giác, tố cáo, khiếu nại tới chính quyền địa phương.",
        "2. Tỷ lệ người dân trả lời đã gửi khuyến nghị, tố giác, tố cáo, khiếu nại cho biết đã được chính quyền phúc đáp thỏa đáng."], [
        "- Thường xuyên tập huấn, bồi dưỡng kỹ năng chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức trong công tác tiếp công dân, giải quyết đơn khiếu nại, tố cáo, kiến nghị, phản ánh của người dân.",
        "- Thực hiện tốt công tác tiếp dân, giải quyết thỏa đáng các phản ánh, kiến nghị của người dân.",
        "- Tổ chức đối thoại với tổ chức, cá nhân, cộng đồng dân cư khi phát sinh nội dung, vấn đề bức xúc trong quá trình triển khai nhiệm vụ theo {u:Luật Tổ chức chính quyền địa phương}.",
    ], ["UBND cấp xã"], ["Thanh tra thành phố"], ["Thanh tra thành phố, Công an thành phố"],
        ["HĐND, UBMTTQVN các cấp; các phòng, ban có liên quan"]),
    ("4.2.1", D4, "2. Kiểm soát tham nhũng trong cung ứng dịch vụ công", [
        "1. Tỷ lệ người dân trả lời cho biết người dân KHÔNG phải chi thêm tiền để được quan tâm hơn khi đi khám chữa bệnh."], [
        "- Nâng cao hiệu quả công tác quản lý nhà nước về lĩnh vực y tế; các đơn vị y tế trên địa bàn tỉnh không ngừng nâng cao chất lượng phục vụ, khám chữa bệnh tại các đơn vị; đơn giản thủ tục hành chính, tăng cường ứng dụng công nghệ thông tin trong quản lý, điều hành để phục vụ người dân ngày một tốt hơn, giảm tiêu cực, tham nhũng trong việc khám, chữa bệnh (sở sức khỏe điện tử, sử dụng căn cước công dân thay thế thẻ BHYT khi làm thủ tục khám, chữa bệnh,...).",
        "- Nâng cao tinh thần phục vụ, đạo đức công vụ, đạo đức nghề nghiệp cho đội ngũ CBCCVC.",
    ], ["Các cơ sở khám chữa bệnh công lập"], ["Phòng Y tế"], ["Phòng Y tế"], ["Công an thành phố"]),
    ("6.1.4", D6, "1. Y tế công lập", [
        "4. Tỷ lệ người dân được hỏi cho biết người nghèo được hỗ trợ để mua bảo hiểm y tế."], [
        "- Tiếp tục hướng dẫn, triển khai, tổ chức thực hiện các chính sách tại Nghị quyết số 109/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh về phê duyệt chương trình giảm nghèo bền vững giai đoạn 2022-2025 trên địa bàn tỉnh.",
        "- Thực hiện chính sách hỗ trợ mua bảo hiểm y tế đối với các trường hợp hộ nghèo, hộ cận nghèo theo quy định.",
    ], ["UBND cấp xã"], ["Phòng Lao động - Thương binh và Xã hội"],
        ["Phòng Lao động - Thương binh và Xã hội"], ["{h:Bảo hiểm xã hội thành phố}"]),
    ("6.3.4", D6, "3. Cơ sở hạ tầng căn bản", [
        "4. Mức độ thường xuyên của dịch vụ thu gom rác thải của chính quyền địa phương"], [
        "Tuyên truyền vận động người dân sử dụng dịch vụ thu gom rác thải; quản lý hiệu quả đối với các đơn vị thu gom rác thải trên địa bàn cấp xã đảm bảo việc thu gom rác thải thường xuyên, không để tình trạng rác thải tồn đọng tại cộng đồng dân cư.",
    ], ["UBND cấp xã"], ["Phòng Tài nguyên và Môi trường"], ["Phòng Tài nguyên và Môi trường"],
        ["Phòng Quản lý đô thị"]),
    ("6.3.5", D6, "3. Cơ sở hạ tầng căn bản", [
        "5. Tỷ lệ người dân được hỏi cho biết hộ gia đình mình dùng nước máy là nguồn nước ăn uống chính."], [
        "- Tiếp tục thực hiện việc cung cấp nước sạch cho người dân theo chương trình Mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn trên địa bàn; Cung cấp nước đạt chất lượng, đủ lưu lượng nước để phục vụ sinh hoạt cho Nhân dân.",
    ], ["UBND cấp xã"], ["Phòng Kinh tế"], ["Phòng Kinh tế"], ["{u:Phòng Tài nguyên và Môi trường}"]),
    ("8.1.1", D8, "1. Sử dụng công thông tin điện tử của chính quyền địa phương", [
        "1. Tỷ lệ người dân trả lời cho biết đã lấy đủ thông tin chỉ dẫn và biểu mẫu cần thực hiện từ cổng thông tin điện tử địa phương khi làm chứng thực, xác nhận.",
        "2. Tỷ lệ người dân trả lời cho biết đã lấy đủ thông tin chỉ dẫn và biểu mẫu cần thực hiện từ cổng thông tin điện tử địa phương khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất."], [
        "- Cập nhật đầy đủ các thông tin dịch vụ công trực tuyến với đầy đủ các quy trình, biểu mẫu cần thiết. Nâng cấp trang thông tin điện tử cấp xã, nâng cấp trang thông tin điện tử của các cơ quan, đơn vị đảm bảo giao diện trực quan, sinh động để người dân, doanh nghiệp dễ dàng tìm kiếm thông tin; chuyên mục về chuyên đổi số, thanh toán không dùng tiền mặt và các thông tin khác theo quy định được đăng tải kịp thời và cập nhật đầy đủ.",
    ], ["UBND cấp xã"], ["Phòng Văn hoá và Thông tin"], ["Phòng Văn hoá và Thông tin"],
        ["Văn phòng HĐND và UBND thành phố"]),
]

MARK = re.compile(r"\{([hsu]):(.*?)\}")


def plain(par):
    return MARK.sub(lambda m: m.group(2), par)


def pieces(par):
    """[(text, kind)] with kind None, 'h', 's' or 'u'."""
    out, pos = [], 0
    for m in MARK.finditer(par):
        if m.start() > pos:
            out.append((par[pos:m.start()], None))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(par):
        out.append((par[pos:], None))
    return out


def expected_rows(rows=ROWS):
    out = []
    for key, dim, comp, *cells in rows:
        r = {"key": key, "dimension": dim, "component": comp}
        for f, c in zip(FIELDS[2:], cells):
            r[f] = "\n".join(plain(p) for p in c)
        out.append(r)
    return out
