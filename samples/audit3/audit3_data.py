"""The third audit's plan content, written by hand (own wording, after the PAPI 2024 index).

``ROWS`` feeds every document; each document prints the group labels in its own style. Each row
states by hand its PAPI dimension and component (``d``, ``c``: also the plan's own numbers), its
indicators as numbered lines, its tasks ("- " bullets), lead and coordinating agencies, deadline.

How a document's expected row is made (``build_audit3.expected``), by the README's stated rules,
never from phuluc's output:
- ``dimension`` / ``component``: the label text exactly as the document prints it;
- ``dimension_no`` / ``component_no``: ``d``, ``c``; ``papi``: "d.c";
- ``key``: "D.C.I", I the number of the row's first indicator (every document numbers them);
- a field the document has no column for is ""; an STT/TT column is ``extra`` by its label.
"""

from __future__ import annotations

DIMENSIONS = {
    1: "Tham gia của người dân ở cấp cơ sở",
    2: "Công khai, minh bạch trong việc ra quyết định ở địa phương",
    3: "Trách nhiệm giải trình với người dân",
}
COMPONENTS = {
    (1, 1): "Tri thức công dân",
    (1, 2): "Cơ hội tham gia",
    (1, 4): "Đóng góp tự nguyện",
    (2, 1): "Tiếp cận thông tin",
    (2, 2): "Công khai danh sách hộ nghèo",
    (2, 3): "Công khai thu, chi ngân sách cấp xã/phường",
    (3, 1): "Mức độ và hiệu quả trong tiếp xúc với chính quyền",
    (3, 2): "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
}
ROMAN = {1: "I", 2: "II", 3: "III"}

# One long task list: in every layout it is taller than what is left of its page.
LONG_TASKS = "\n".join(
    [
        "- Lập danh mục thông tin phải công khai theo Luật Tiếp cận thông tin; giao đầu mối cập nhật ở từng sở, ngành.",
        "- Đăng tải văn bản quy phạm pháp luật của tỉnh trên Cổng thông tin điện tử chậm nhất ba ngày sau khi ban hành.",
        "- Mở chuyên mục hỏi đáp chính sách trên Cổng thông tin điện tử và trên đài truyền thanh cấp xã.",
        "- Niêm yết tại nhà văn hóa thôn, tổ dân phố các chính sách về đất đai, xây dựng, an sinh xã hội mới ban hành.",
        "- Hướng dẫn người dân cách yêu cầu cung cấp thông tin; không thu bất kỳ khoản phí nào ngoài quy định.",
        "- Trả lời yêu cầu cung cấp thông tin đúng thời hạn; công khai số yêu cầu đã nhận và đã trả lời mỗi quý.",
        "- Tập huấn cho công chức văn phòng cấp xã về kỹ năng cung cấp thông tin và giao tiếp với người dân.",
        "- Phối hợp với báo, đài của tỉnh mở chuyên trang giải thích chính sách bằng ngôn ngữ dễ hiểu.",
        "- Khảo sát mức độ hài lòng của người dân về thông tin được cung cấp; báo cáo kết quả về Sở Tư pháp.",
        "- Kiểm tra việc công khai thông tin tại các xã, phường ít nhất hai lần trong năm; xử lý đơn vị chậm công khai.",
    ]
)


def _row(
    d: int, c: int, ind: list[tuple[int, str]], tasks: str, lead: str, coord: str, deadline: str
) -> dict[str, object]:
    return {"d": d, "c": c, "ind": ind, "tasks": tasks, "lead": lead, "coordinating": coord, "deadline": deadline}


ROWS: list[dict[str, object]] = [
    _row(
        1,
        1,
        [
            (1, "Hiểu biết của người dân về chính sách hiện hành."),
            (2, "Hiểu biết về nhiệm kỳ của trưởng thôn, tổ trưởng tổ dân phố."),
        ],
        "- Phổ biến pháp luật tại thôn, tổ dân phố bằng hình thức hội nghị và tờ gấp.\n"
        "- Giới thiệu trên loa truyền thanh cấp xã các vị trí lãnh đạo chủ chốt của địa phương.",
        "Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường",
        "Thường xuyên",
    ),
    _row(
        1,
        2,
        [
            (1, "Tỷ lệ người dân tham gia tổ chức chính trị - xã hội, đoàn thể."),
            (2, "Tỷ lệ người dân đi bầu đại biểu Hội đồng nhân dân lần gần nhất."),
        ],
        "- Vận động người dân tham gia các hội, câu lạc bộ tại khu dân cư.\n"
        "- Tuyên truyền quyền và nghĩa vụ của cử tri trước mỗi cuộc bầu cử.",
        "Sở Nội vụ",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Năm 2026",
    ),
    _row(
        1,
        2,
        [
            (3, "Trưởng thôn, tổ trưởng tổ dân phố do dân trực tiếp bầu."),
            (4, "Có từ hai ứng cử viên trở lên để dân lựa chọn."),
        ],
        "- Hướng dẫn quy trình bầu trưởng thôn, tổ trưởng tổ dân phố bằng bỏ phiếu kín.\n"
        "- Niêm yết công khai danh sách ứng cử viên và kết quả bầu.",
        "Sở Nội vụ",
        "UBND các xã, phường",
        "Quý II/2026",
    ),
    _row(
        1,
        4,
        [
            (1, "Tỷ lệ người dân đóng góp tự nguyện cho công trình công cộng."),
            (2, "Ban giám sát đầu tư cộng đồng theo dõi việc xây mới, tu sửa công trình."),
        ],
        "- Công khai dự toán và các khoản đóng góp của nhân dân cho từng công trình.\n"
        "- Ghi chép đầy đủ khoản đóng góp vào sổ sách của xã, phường.",
        "Sở Tài chính",
        "UBND các xã, phường; Ban giám sát đầu tư của cộng đồng",
        "Thường xuyên",
    ),
    _row(
        2,
        1,
        [
            (1, "Tỷ lệ người dân tìm kiếm thông tin về chính sách, pháp luật."),
            (2, "Thông tin nhận được là hữu ích và đáng tin cậy."),
        ],
        LONG_TASKS,
        "Văn phòng UBND tỉnh",
        "Sở Tư pháp; Sở Khoa học và Công nghệ; Báo và Phát thanh, Truyền hình tỉnh",
        "Thường xuyên",
    ),
    _row(
        2,
        2,
        [
            (1, "Danh sách hộ nghèo được công bố công khai trong 12 tháng qua."),
            (2, "Không có hộ thực tế nghèo bị bỏ sót khỏi danh sách."),
        ],
        "- Rà soát hộ nghèo, hộ cận nghèo đúng quy trình, có sự tham gia của người dân.\n"
        "- Niêm yết danh sách tại nhà văn hóa thôn và trên trang thông tin điện tử của xã.",
        "Sở Y tế",
        "UBND các xã, phường",
        "Quý IV/2026",
    ),
    _row(
        2,
        3,
        [
            (1, "Thu, chi ngân sách xã, phường được công bố công khai."),
            (2, "Người dân tin vào tính chính xác của bảng kê thu, chi."),
        ],
        "- Công khai dự toán, quyết toán ngân sách cấp xã đúng thời hạn.\n"
        "- Đăng bảng kê thu, chi tại trụ sở UBND xã và trên trang thông tin điện tử.",
        "Sở Tài chính",
        "Kho bạc Nhà nước khu vực; UBND các xã, phường",
        "Năm 2026",
    ),
    _row(
        3,
        1,
        [
            (1, "Tỷ lệ người dân liên hệ trưởng thôn, tổ trưởng tổ dân phố để giải quyết khúc mắc."),
            (2, "Cuộc gặp với cán bộ UBND xã, phường có kết quả tốt."),
        ],
        "- Duy trì lịch tiếp công dân định kỳ của Chủ tịch UBND cấp xã.\n"
        "- Đối thoại với người dân khi có vấn đề bức xúc ở khu dân cư.",
        "Thanh tra tỉnh",
        "UBND các xã, phường",
        "Thường xuyên",
    ),
    _row(
        3,
        2,
        [
            (1, "Tỷ lệ người dân gửi khiếu nại, tố cáo tới chính quyền."),
            (2, "Khiếu nại, tố cáo được phúc đáp thỏa đáng."),
        ],
        "- Giải quyết khiếu nại, tố cáo đúng thời hạn; công khai kết quả giải quyết.\n"
        "- Tập huấn kỹ năng tiếp công dân cho công chức cấp xã.",
        "Thanh tra tỉnh",
        "Công an tỉnh; Sở Tư pháp",
        "Năm 2026",
    ),
]
