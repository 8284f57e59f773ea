"""The second audit's plan content, written by hand from the seed's PAPI content (reworded, shortened).

One list of logical rows, ``ROWS``, feeds every document; each document picks its rows and its
columns and writes the group labels in its own numbering style. Every row states by hand what it
is: its PAPI dimension and component numbers (``d``, ``c``: the 2024 index's own numbers, which
are also the plan's numbers here), the indicators as numbered lines (``ind``), the tasks, the
agencies, the deadline and the result. The one long task cell (``LONG``) is the seed's own task
bullets, 44 of them, so that in 14 pt on A3 it runs over two page breaks.

How a document's expected row is made from a row (``build_audit2.expected``), by the README's
stated rules, never from phuluc's output:
- ``dimension`` / ``component``: the label text exactly as the document prints it (its number
  included: "5. Thủ tục hành chính công", "V. Thủ tục ...", "5.1. Dịch vụ ...", "1. Dịch vụ ...");
- ``dimension_no`` / ``component_no``: the plan's numbers (= ``d``, ``c``); ``papi``: "d.c";
- ``key``: "D.C.I", I the number of the row's first indicator when the document numbers
  indicators, else the row's STT counted from the first STT of its component when it has an STT
  column, else 1; a key the document repeats gets "-2", "-3" in document order;
- a field the document has no column for is ""; an STT/TT column is ``extra`` by its label.
Agency names are the post-2025 ones (Sở Nông nghiệp và Môi trường, Sở Khoa học và Công nghệ,
Thuế tỉnh, Kho bạc Nhà nước khu vực, UBND các xã, phường; no district level).
"""

from __future__ import annotations

import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SAMPLES))

from seedtext import golden_rows  # noqa: E402

# PAPI 2024 names of the dimensions and components used (the seed's own wording).
DIMENSIONS = {
    3: "Trách nhiệm giải trình với người dân",
    4: "Kiểm soát tham nhũng trong khu vực công",
    5: "Thủ tục hành chính công",
    6: "Cung ứng dịch vụ công",
    7: "Quản trị môi trường",
    8: "Quản trị điện tử",
}
COMPONENTS = {
    (3, 1): "Mức độ và hiệu quả trong tiếp xúc với chính quyền",
    (3, 2): "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
    (4, 3): "Công bằng trong tuyển dụng vào khu vực công",
    (5, 1): "Dịch vụ chứng thực, xác nhận của chính quyền",
    (5, 2): "Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất",
    (5, 3): "Dịch vụ hành chính cấp xã",
    (6, 1): "Y tế công lập",
    (6, 2): "Giáo dục tiểu học công lập",
    (6, 3): "Cơ sở hạ tầng căn bản",
    (7, 1): "Nghiêm túc trong bảo vệ môi trường",
    (7, 3): "Chất lượng nước",
    (8, 1): "Sử dụng cổng thông tin điện tử của chính quyền địa phương",
    (8, 2): "Tiếp cận và sử dụng Internet tại địa phương",
}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}


def _seed_bullets() -> list[str]:
    """The seed's task bullets of more than 60 characters, one per line."""
    lines: list[str] = []
    for row in golden_rows():
        for line in str(row["tasks"]).split("\n"):
            line = line.strip()
            if line.startswith("- ") and len(line) > 60:
                lines.append(line)
    return lines


def _row(
    d: int, c: int, ind: list[tuple[int, str]], tasks: str, lead: str, coord: str, deadline: str, result: str
) -> dict[str, object]:
    return {
        "d": d,
        "c": c,
        "ind": ind,
        "tasks": tasks,
        "lead": lead,
        "coordinating": coord,
        "deadline": deadline,
        "result": result,
    }


ROWS: list[dict[str, object]] = [
    _row(
        3,
        1,
        [
            (1, "Tỷ lệ người dân đã liên hệ với trưởng thôn/tổ trưởng tổ dân phố."),
            (2, "Hiệu quả của lần liên hệ với chính quyền cấp xã."),
        ],
        "- Duy trì lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh và Chủ tịch UBND cấp xã.\n"
        "- Tiếp nhận, trả lời kịp thời phản ánh, kiến nghị của người dân qua đường dây nóng và "
        "Hệ thống thông tin giải quyết thủ tục hành chính.",
        "Thanh tra tỉnh",
        "Ban Tiếp công dân tỉnh; UBND các xã, phường",
        "Thường xuyên",
        "Báo cáo tiếp công dân hằng quý",
    ),
    _row(
        3,
        2,
        [
            (1, "Tỷ lệ người dân đã gửi đề xuất, khiếu nại, tố cáo lên chính quyền."),
            (2, "Đề xuất, khiếu nại, tố cáo được giải quyết thỏa đáng."),
        ],
        "- Giải quyết đơn thư khiếu nại, tố cáo đúng thẩm quyền, đúng thời hạn.\n"
        "- Công khai kết quả giải quyết trên Cổng thông tin điện tử tỉnh.",
        "Thanh tra tỉnh",
        "Các sở, ban, ngành; UBND các xã, phường",
        "Năm 2026",
        "Kết luận, quyết định giải quyết",
    ),
    _row(
        4,
        3,
        [(1, "Không phải đưa tiền lót tay để được vào làm công chức, viên chức.")],
        "- Tổ chức thi tuyển công chức, viên chức công khai, minh bạch; công bố kết quả trên Cổng "
        "thông tin điện tử tỉnh.\n- Kiểm tra công tác tuyển dụng tại các cơ quan, đơn vị.",
        "Sở Nội vụ",
        "Các sở, ban, ngành; UBND các xã, phường",
        "Theo kỳ tuyển dụng",
        "Thông báo kết quả tuyển dụng",
    ),
    _row(
        5,
        1,
        [
            (1, "Tỷ lệ người dân đã sử dụng dịch vụ chứng thực, xác nhận trong 12 tháng qua."),
            (2, "Chất lượng dịch vụ chứng thực, xác nhận."),
        ],
        "- Niêm yết công khai thủ tục, phí, lệ phí chứng thực tại Trung tâm Phục vụ hành chính công "
        "tỉnh và cấp xã.\n- Đẩy mạnh chứng thực bản sao điện tử từ bản chính, giảm giấy tờ người dân "
        "phải nộp.",
        "Sở Tư pháp",
        "Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường",
        "Thường xuyên",
        "Tỷ lệ hồ sơ giải quyết đúng hạn",
    ),
    _row(
        5,
        2,
        [
            (1, "Tỷ lệ người dân đã làm thủ tục cấp giấy chứng nhận quyền sử dụng đất."),
            (3, "Không phải đi lại nhiều lần để hoàn tất thủ tục."),
        ],
        "- Rà soát, cắt giảm thời gian giải quyết thủ tục đất đai; công khai tiến độ hồ sơ.\n"
        "- Số hóa hồ sơ địa chính, liên thông với cơ quan thuế để người dân không phải đi lại nhiều lần.",
        "Sở Nông nghiệp và Môi trường",
        "Văn phòng Đăng ký đất đai tỉnh; Thuế tỉnh",
        "Quý III/2026",
        "Cơ sở dữ liệu đất đai được cập nhật",
    ),
    _row(
        5,
        3,
        [(1, "Tỷ lệ người dân đã làm thủ tục hành chính ở cấp xã.")],
        "- Bố trí công chức có năng lực tại Trung tâm Phục vụ hành chính công cấp xã.\n"
        "- Lấy ý kiến đánh giá sự hài lòng của người dân sau mỗi giao dịch.",
        "Văn phòng UBND tỉnh",
        "UBND các xã, phường",
        "Thường xuyên",
        "Chỉ số hài lòng",
    ),
    _row(
        5,
        3,
        [(3, "Hồ sơ được trả đúng hẹn."), (4, "Không phải nộp thêm giấy tờ ngoài quy định.")],
        "- Theo dõi, đôn đốc việc trả kết quả đúng hẹn; xin lỗi người dân khi trễ hẹn.\n"
        "- Xử lý nghiêm việc yêu cầu nộp thêm giấy tờ không có trong quy định.",
        "Văn phòng UBND tỉnh",
        "Sở Khoa học và Công nghệ; UBND các xã, phường",
        "Hằng tháng",
        "Báo cáo tiến độ giải quyết hồ sơ",
    ),
    _row(
        6,
        1,
        [(1, "Tỷ lệ người dân được hỏi có bảo hiểm y tế."), (2, "Chất lượng dịch vụ tại bệnh viện công tuyến tỉnh.")],
        "- Vận động người dân tham gia bảo hiểm y tế hộ gia đình.\n"
        "- Nâng cao chất lượng khám, chữa bệnh bảo hiểm y tế tại trạm y tế xã, phường.",
        "Sở Y tế",
        "Bảo hiểm xã hội tỉnh; UBND các xã, phường",
        "Năm 2026",
        "Tỷ lệ bao phủ bảo hiểm y tế",
    ),
    _row(
        6,
        2,
        [(1, "Quãng đường và thời gian đi bộ tới trường tiểu học."), (2, "Nhận xét về chất lượng dạy học.")],
        "- Rà soát mạng lưới trường, lớp tiểu học sau sắp xếp đơn vị hành chính.\n"
        "- Bảo đảm học sinh tiểu học được học 2 buổi/ngày.",
        "Sở Giáo dục và Đào tạo",
        "UBND các xã, phường",
        "Năm học 2026 - 2027",
        "Kế hoạch mạng lưới trường",
    ),
    _row(
        7,
        1,
        [(1, "Doanh nghiệp tại địa phương không gây ô nhiễm nguồn nước.")],
        "- Kiểm tra việc chấp hành pháp luật bảo vệ môi trường của cơ sở sản xuất, kinh doanh.\n"
        "- Xử lý nghiêm vi phạm; công khai danh sách cơ sở gây ô nhiễm.",
        "Sở Nông nghiệp và Môi trường",
        "Công an tỉnh; UBND các xã, phường",
        "Quý II/2026",
        "Kết luận kiểm tra",
    ),
    _row(
        7,
        3,
        [(1, "Tỷ lệ hộ gia đình dùng nước sạch."), (2, "Chất lượng nước sông, hồ gần nơi sinh sống.")],
        "- Đầu tư mở rộng mạng lưới cấp nước sạch nông thôn.\n"
        "- Quan trắc, công bố chất lượng nước mặt tại các điểm trọng yếu.",
        "Sở Nông nghiệp và Môi trường",
        "Sở Xây dựng; Sở Y tế",
        "Năm 2026",
        "Số hộ dùng nước sạch",
    ),
    _row(
        8,
        1,
        [(1, "Người dân lấy đủ thông tin chỉ dẫn, biểu mẫu trên cổng thông tin điện tử.")],
        "- Cập nhật đầy đủ thủ tục, biểu mẫu trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin "
        "giải quyết thủ tục hành chính tỉnh.\n- Hướng dẫn người dân tra cứu, nộp hồ sơ trực tuyến.",
        "Sở Khoa học và Công nghệ",
        "Văn phòng UBND tỉnh",
        "Quý II/2026",
        "Cổng thông tin được cập nhật",
    ),
    _row(
        8,
        2,
        [(1, "Tỷ lệ hộ gia đình có kết nối Internet.")],
        "- Phát triển hạ tầng viễn thông, phủ sóng di động băng rộng đến thôn, bản.\n"
        "- Triển khai Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố.",
        "Sở Khoa học và Công nghệ",
        "Các doanh nghiệp viễn thông; UBND các xã, phường",
        "Năm 2026",
        "Tỷ lệ phủ sóng",
    ),
]

#: The long row: 44 of the seed's task bullets in one cell (6.3, infrastructure), so that on A3 at
#: 14 pt it runs over two page breaks.
LONG_BULLETS = 44
LONG: dict[str, object] = _row(
    6,
    3,
    [
        (1, "Tỷ lệ hộ gia đình dùng điện lưới."),
        (2, "Chất lượng đường giao thông gần hộ gia đình."),
        (3, "Tần suất thu gom rác thải của chính quyền."),
    ],
    "\n".join(_seed_bullets()[20 : 20 + LONG_BULLETS]),
    "Sở Xây dựng",
    "- Công ty Điện lực tỉnh;\n- Sở Nông nghiệp và Môi trường;\n- UBND các xã, phường.",
    "Giai đoạn 2026 - 2030",
    "Báo cáo kết quả thực hiện hằng năm",
)


def pick(*idx: int) -> list[dict[str, object]]:
    """The rows of ``ROWS`` at these positions, in this order."""
    return [ROWS[i] for i in idx]
