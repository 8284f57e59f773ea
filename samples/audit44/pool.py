"""Appendix content copied from samples/audit43/content.py (reworded from samples/seed)."""

DIMS = {
    1: "Tham gia của người dân ở cấp cơ sở",
    2: "Công khai, minh bạch trong việc ra quyết định ở địa phương",
    3: "Trách nhiệm giải trình với người dân",
    4: "Kiểm soát tham nhũng trong khu vực công",
    5: "Thủ tục hành chính công",
    6: "Cung ứng dịch vụ công",
    8: "Quản trị điện tử",
}
COMPS = {
    (1, 1): "Tri thức công dân",
    (1, 2): "Cơ hội tham gia",
    (1, 4): "Đóng góp tự nguyện",
    (2, 1): "Tiếp cận thông tin",
    (2, 3): "Công khai thu, chi ngân sách cấp xã",
    (2, 4): "Công khai quy hoạch, kế hoạch sử dụng đất và bảng giá đền bù",
    (3, 1): "Hiệu quả tương tác với các cấp chính quyền",
    (4, 1): "Kiểm soát tham nhũng trong chính quyền",
    (4, 4): "Quyết tâm chống tham nhũng",
    (5, 2): "Dịch vụ công chứng, chứng thực",
    (6, 1): "Y tế công lập",
    (6, 2): "Giáo dục tiểu học công lập",
    (8, 1): "Sử dụng Cổng thông tin điện tử của chính quyền địa phương",
}
COMP_REWORDS = {
    (1, 2): "Cơ hội tham gia của người dân",
    (2, 1): "Tiếp cận thông tin của người dân",
    (3, 1): "Hiệu quả tương tác với chính quyền các cấp",
    (6, 1): "Dịch vụ y tế công lập",
    (8, 1): "Sử dụng Cổng thông tin điện tử của chính quyền",
}

# (dim, comp, indicator, tasks, lead, coordinating)
POOL = [
    (1, 1, "Tỷ lệ người dân hiểu biết về chính sách, pháp luật hiện hành.",
     ["Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân hiểu và thực hiện đúng "
      "chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là các chính sách có tác động lớn đến đời sống.",
      "Thường xuyên tuyên truyền các quy định của Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP "
      "của Chính phủ đến cán bộ, công chức, viên chức và Nhân dân."],
     ["Sở Tư pháp"], ["Sở Thông tin và Truyền thông", "UBND cấp xã"]),
    (1, 1, "Tỷ lệ người dân biết đúng chức danh lãnh đạo chủ chốt ở địa phương.",
     ["Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước và hoạt động của chính quyền cơ sở.",
      "Thông tin cụ thể, cập nhật thường xuyên về vị trí lãnh đạo chủ chốt của cấp tỉnh, cấp xã trên các phương "
      "tiện thông tin đại chúng."],
     ["Sở Nội vụ"], ["Sở Thông tin và Truyền thông", "Ủy ban MTTQ Việt Nam tỉnh"]),
    (1, 2, "Tỷ lệ người dân trả lời đã tham gia bầu cử đại biểu Hội đồng nhân dân lần gần đây nhất.",
     ["Tuyên truyền để người dân nắm được quyền và nghĩa vụ của cử tri khi tham gia bầu cử đại biểu Quốc hội và "
      "đại biểu Hội đồng nhân dân các cấp.",
      "Tổ chức bầu trưởng thôn, tổ trưởng tổ dân phố nghiêm túc, đúng quy trình, bảo đảm dân chủ, công khai và "
      "đúng quy định."],
     ["Sở Nội vụ"], ["Ủy ban MTTQ Việt Nam tỉnh", "UBND các xã, phường, thị trấn"]),
    (1, 4, "Tỷ lệ người dân cho biết đóng góp của họ được ghi chép vào sổ sách của xã, phường.",
     ["Công khai các dự án, công trình cần huy động người dân cùng tham gia đóng góp, mục đích và mức đóng góp.",
      "Bảo đảm người dân được bàn bạc, quyết định và giám sát việc xây mới, tu sửa công trình công cộng ở nơi "
      "mình sinh sống."],
     ["Sở Kế hoạch và Đầu tư"], ["Ủy ban MTTQ Việt Nam tỉnh", "UBND cấp xã"]),
    (2, 1, "Tỷ lệ người dân cho biết thông tin chính sách, pháp luật nhận được là hữu ích.",
     ["Nâng cao chất lượng cung cấp thông tin về chính sách, pháp luật trong các lĩnh vực đất đai, quy hoạch, "
      "xây dựng, ngân sách, đầu tư để người dân có thể nắm, hiểu và sử dụng khi cần thiết.",
      "Thực hiện tốt Luật Tiếp cận thông tin năm 2016 và các văn bản hướng dẫn thi hành."],
     ["Sở Thông tin và Truyền thông"], ["Sở Tư pháp", "Văn phòng UBND tỉnh"]),
    (2, 3, "Tỷ lệ người dân cho biết đã từng đọc bảng kê thu, chi ngân sách của xã, phường.",
     ["Công khai thu, chi ngân sách cụ thể, chi tiết, với hình thức phù hợp, thuận tiện để người dân tiếp cận và "
      "giám sát; bảo đảm tính chính xác của thông tin đã công bố."],
     ["Sở Tài chính"], ["UBND cấp xã"]),
    (2, 4, "Tỷ lệ người dân biết về quy hoạch, kế hoạch sử dụng đất hiện thời ở địa phương.",
     ["Công khai quy hoạch, kế hoạch sử dụng đất tại trụ sở UBND cấp xã và trên Cổng thông tin điện tử của tỉnh.",
      "Tổ chức lấy ý kiến người dân về quy hoạch, kế hoạch sử dụng đất và bảng giá đất, khung giá đền bù."],
     ["Sở Tài nguyên và Môi trường"], ["Sở Xây dựng", "UBND cấp xã"]),
    (3, 1, "Tỷ lệ người dân đã liên hệ với trưởng thôn, tổ trưởng tổ dân phố để giải quyết khúc mắc.",
     ["Duy trì việc tiếp công dân định kỳ và đột xuất của người đứng đầu cơ quan, đơn vị theo quy định.",
      "Giải quyết kịp thời, đúng pháp luật các kiến nghị, phản ánh của người dân, không để tồn đọng, kéo dài."],
     ["Thanh tra tỉnh"], ["Sở Nội vụ", "UBND cấp xã"]),
    (4, 1, "Tỷ lệ người dân cho biết không phải chi thêm tiền để được cấp giấy chứng nhận quyền sử dụng đất.",
     ["Công khai thủ tục, phí, lệ phí cấp giấy chứng nhận quyền sử dụng đất tại nơi tiếp nhận hồ sơ.",
      "Xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà cho người dân và doanh nghiệp."],
     ["Thanh tra tỉnh"], ["Công an tỉnh", "Sở Tài nguyên và Môi trường"]),
    (4, 4, "Tỷ lệ người dân biết về Luật Phòng, chống tham nhũng.",
     ["Tuyên truyền Luật Phòng, chống tham nhũng đến cán bộ, công chức, viên chức và Nhân dân bằng nhiều hình "
      "thức phù hợp với từng đối tượng."],
     ["Thanh tra tỉnh"], ["Sở Tư pháp", "Sở Thông tin và Truyền thông"]),
    (5, 2, "Tỷ lệ người dân hài lòng với dịch vụ chứng thực tại UBND cấp xã.",
     ["Niêm yết công khai thủ tục, phí, lệ phí chứng thực tại Bộ phận Một cửa cấp xã; rút ngắn thời gian giải "
      "quyết hồ sơ cho người dân."],
     ["Sở Tư pháp"], ["UBND cấp xã"]),
    (6, 1, "Tỷ lệ người dân có bảo hiểm y tế.",
     ["Tuyên truyền, vận động người dân tham gia bảo hiểm y tế hộ gia đình.",
      "Hỗ trợ mua bảo hiểm y tế cho người nghèo, người cận nghèo và người mới thoát nghèo theo quy định."],
     ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh", "Sở Lao động - Thương binh và Xã hội"]),
    (6, 2, "Tỷ lệ người dân hài lòng với chất lượng dạy học ở trường tiểu học công lập.",
     ["Nâng cao chất lượng đội ngũ giáo viên tiểu học; bảo đảm cơ sở vật chất, trang thiết bị dạy học."],
     ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"]),
    (8, 1, "Tỷ lệ người dân truy cập Cổng thông tin điện tử của tỉnh.",
     ["Cập nhật thường xuyên, đầy đủ thông tin trên Cổng thông tin điện tử của tỉnh và trang thông tin điện tử "
      "của các cơ quan, địa phương.",
      "Hướng dẫn người dân tra cứu thông tin, thủ tục hành chính trên Cổng thông tin điện tử."],
     ["Sở Thông tin và Truyền thông"], ["Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư"]),
]
