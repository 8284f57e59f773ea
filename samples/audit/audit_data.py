"""The audit plans' content, written by hand from the seed's PAPI content (reworded, shortened).

Each plan is a list of entries: ``("section", level_text)`` for a full-width heading row, or a
dict for one data row (its cells, lines joined by "\n"). What each row must come out as (its
dimension, component, key, papi) is stated here too, by hand, next to the text it describes:
nothing in this file is read back from phuluc.
"""

from __future__ import annotations

import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SAMPLES))

from seedtext import golden_rows  # noqa: E402

# Dimension and component names of the PAPI index (the seed's own wording).
D1 = "Tham gia của người dân ở cấp cơ sở"
D2 = "Công khai, minh bạch trong việc ra quyết định ở địa phương"
D3 = "Trách nhiệm giải trình với người dân"
D4 = "Kiểm soát tham nhũng trong khu vực công"
D5 = "Thủ tục hành chính công"
D6 = "Cung ứng dịch vụ công"
D7 = "Quản trị môi trường"
D8 = "Quản trị điện tử"


def _row(**cells: str) -> dict[str, str]:
    return dict(cells)


# ---------------------------------------------------------------------------------------------
# A1: a province's plan in a web system, printed by Chromium. Merged (rowspan) dimension and
# component columns, a two-row header ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp"),
# "Thời hạn hoàn thành" and "Kết quả/sản phẩm" columns, header NOT repeated, 5 mm margins.
# ---------------------------------------------------------------------------------------------
A1_ROWS: list[dict[str, str]] = [
    _row(
        dimension=f"1. {D1}",
        component="1.1. Tri thức công dân",
        papi="1.1",
        key="1.1.1",
        indicators="1. Hiểu biết về chính sách hiện hành",
        tasks="- Tăng cường phổ biến, giáo dục pháp luật tại cộng đồng dân cư, bảo đảm người dân hiểu và "
        "thực hiện đúng chủ trương của Đảng, chính sách, pháp luật của Nhà nước.\n"
        "- Thường xuyên tuyên truyền Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP "
        "ngày 14/8/2023 của Chính phủ đến cán bộ, công chức, viên chức và Nhân dân.",
        lead="Sở Văn hóa, Thể thao và Du lịch",
        coordinating="- Sở Tư pháp;\n- Báo và Phát thanh, Truyền hình tỉnh;\n- UBND các xã, phường.",
        deadline="Thường xuyên",
        expected_result="Tin, bài tuyên truyền trên Cổng thông tin điện tử tỉnh",
    ),
    _row(
        dimension=f"1. {D1}",
        component="1.1. Tri thức công dân",
        papi="1.1",
        key="1.1.2",
        indicators="2. Hiểu biết về vị trí lãnh đạo",
        tasks="- Nâng cao hiểu biết của người dân về cơ cấu tổ chức của bộ máy nhà nước sau sắp xếp, "
        "hoạt động của chính quyền địa phương hai cấp.\n"
        "- Cập nhật thường xuyên thông tin về vị trí lãnh đạo chủ chốt của tỉnh và cấp xã.",
        lead="Sở Nội vụ",
        coordinating="UBND các xã, phường",
        deadline="Quý II/2026",
        expected_result="Danh sách lãnh đạo được công khai",
    ),
    _row(
        dimension=f"1. {D1}",
        component="1.2. Cơ hội tham gia",
        papi="1.2",
        key="1.2.1",
        indicators="1. Tham gia vào các tổ chức chính trị, chính trị - xã hội, đoàn thể.\n"
        "2. Tỷ lệ người dân trả lời đã tham gia bầu cử đại biểu Quốc hội lần gần đây nhất.",
        tasks="- Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong việc vận "
        "động Nhân dân tham gia các tổ chức đoàn thể.\n"
        "- Tuyên truyền để cử tri nắm rõ quyền và nghĩa vụ bầu cử, tham gia đầy đủ các cuộc bầu cử.",
        lead="Sở Nội vụ",
        coordinating="Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội phối hợp",
        deadline="Năm 2026",
        expected_result="Báo cáo kết quả thực hiện",
    ),
    _row(
        dimension=f"1. {D1}",
        component="1.3. Chất lượng bầu cử",
        papi="1.3",
        key="1.3.1",
        indicators="1. Tỷ lệ người dân trả lời cho biết có từ hai ứng cử viên trở lên để dân chọn trưởng thôn/tổ trưởng tổ dân phố.",
        tasks="- Hướng dẫn các xã, phường tổ chức bầu trưởng thôn, tổ trưởng tổ dân phố dân chủ, đúng quy "
        "định, có từ hai ứng cử viên trở lên.\n"
        "- Kiểm tra việc tổ chức bầu cử ở thôn, tổ dân phố.",
        lead="Sở Nội vụ",
        coordinating="UBND các xã, phường",
        deadline="Theo nhiệm kỳ",
        expected_result="Kết quả bầu cử được công bố",
    ),
    _row(
        dimension=f"1. {D1}",
        component="1.4. Đóng góp tự nguyện",
        papi="1.4",
        key="1.4.1",
        indicators="1. Tỷ lệ người dân trả lời cho biết đã đóng góp tự nguyện cho một công trình công cộng ở địa phương.\n"
        "2. Ban thanh tra nhân dân hoặc ban giám sát đầu tư cộng đồng giám sát công trình.",
        tasks="- Công khai việc huy động đóng góp của Nhân dân, bảo đảm tự nguyện, không ép buộc.\n"
        "- Phát huy vai trò giám sát của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.\n"
        "- Công khai kết quả sử dụng các khoản đóng góp tại nhà văn hóa thôn, tổ dân phố.",
        lead="UBND các xã, phường",
        coordinating="Sở Tài chính; Ủy ban MTTQ Việt Nam tỉnh",
        deadline="Thường xuyên",
        expected_result="Biên bản công khai, giám sát",
    ),
    _row(
        dimension=f"2. {D2}",
        component="2.1. Tiếp cận thông tin",
        papi="2.1",
        key="2.1.1",
        indicators="1. Tỷ lệ người dân trả lời cho biết đã tìm kiếm thông tin về chính sách, pháp luật từ chính quyền.\n"
        "2. Tính hữu ích của thông tin pháp luật, chính sách.",
        tasks="- Thực hiện đầy đủ Luật Tiếp cận thông tin; cung cấp thông tin kịp thời khi người dân yêu cầu.\n"
        "- Công khai kết quả giải quyết yêu cầu cung cấp thông tin trên Cổng thông tin điện tử tỉnh.",
        lead="Sở Khoa học và Công nghệ",
        coordinating="Văn phòng UBND tỉnh; các sở, ban, ngành",
        deadline="Tháng 6/2026",
        expected_result="Chuyên mục tiếp cận thông tin",
    ),
    _row(
        dimension=f"2. {D2}",
        component="2.2. Công khai danh sách hộ nghèo",
        papi="2.2",
        key="2.2.1",
        indicators="1. Tỷ lệ người dân trả lời cho biết danh sách hộ nghèo được công bố công khai trong 12 tháng qua.",
        tasks="- Công khai danh sách hộ nghèo, hộ cận nghèo tại trụ sở UBND cấp xã và nhà văn hóa thôn, tổ "
        "dân phố.\n- Rà soát hộ nghèo đúng quy trình, có sự tham gia của người dân.",
        lead="Sở Nông nghiệp và Môi trường",
        coordinating="UBND các xã, phường",
        deadline="Quý IV/2026",
        expected_result="Danh sách hộ nghèo được niêm yết",
    ),
    _row(
        dimension=f"2. {D2}",
        component="2.3. Công khai thu, chi ngân sách cấp xã",
        papi="2.3",
        key="2.3.1",
        indicators="1. Thu, chi ngân sách của xã, phường được công bố công khai.\n"
        "2. Tỷ lệ người dân đã đọc bảng kê thu, chi ngân sách.",
        tasks="- Công khai dự toán, quyết toán thu, chi ngân sách cấp xã theo quy định.\n"
        "- Niêm yết bảng thu, chi ngân sách tại nơi thuận tiện cho người dân theo dõi.",
        lead="Sở Tài chính",
        coordinating="UBND các xã, phường; Thuế tỉnh",
        deadline="Hằng năm",
        expected_result="Báo cáo công khai ngân sách",
    ),
    _row(
        dimension=f"3. {D3}",
        component="3.1. Mức độ và hiệu quả trong tiếp xúc với chính quyền",
        papi="3.1",
        key="3.1.1",
        indicators="1. Tỷ lệ người dân trả lời cho biết họ đã liên hệ với trưởng thôn/tổ trưởng tổ dân phố.",
        tasks="- Duy trì tiếp công dân định kỳ của lãnh đạo UBND các cấp.\n"
        "- Giải quyết kịp thời kiến nghị của người dân qua đường dây nóng.",
        lead="Thanh tra tỉnh",
        coordinating="Ban Tiếp công dân tỉnh; UBND các xã, phường",
        deadline="Thường xuyên",
        expected_result="Số cuộc tiếp công dân",
    ),
    _row(
        dimension=f"4. {D4}",
        component="4.1. Kiểm soát tham nhũng trong chính quyền địa phương",
        papi="4.1",
        key="4.1.1",
        indicators="1. Tỷ lệ người dân trả lời cho biết cán bộ chính quyền KHÔNG dùng tiền công quỹ vào mục đích riêng.",
        tasks="- Thực hiện nghiêm các quy định về phòng, chống tham nhũng, tiêu cực.\n"
        "- Kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn.",
        lead="Thanh tra tỉnh",
        coordinating="Công an tỉnh; Sở Nội vụ",
        deadline="Năm 2026",
        expected_result="Kết luận thanh tra",
    ),
]

# ---------------------------------------------------------------------------------------------
# A2: a province's plan written in a web editor, saved as DOCX by LibreOffice (its own DOCX
# writer) and exported to PDF. Three levels of numbered section rows: "A." (dimensions whose
# score fell / rose), "I." (dimension, numbered by the plan's own order, not PAPI's), "1."
# (component). STT numbers the rows through the whole table; indicators are not numbered.
# Columns: STT | Chỉ tiêu | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp |
# Thời gian thực hiện | Sản phẩm.
# The rows' group labels are the "I." and "1." headings; the "A."/"B." headings are neither a
# dimension nor a component (they are above the dimensions), so they must not become one, nor
# a data row. dimension_no / component_no are the plan's numbers ("III." -> 3); papi is the
# PAPI entry the labels name.
# ---------------------------------------------------------------------------------------------
A2_ENTRIES: list[object] = [
    ("section", "A. CÁC CHỈ SỐ NỘI DUNG CÓ ĐIỂM SỐ GIẢM SO VỚI NĂM 2024"),
    ("section", f"I. {D4}"),
    ("section", "1. Kiểm soát tham nhũng trong chính quyền địa phương"),
    _row(
        stt="1",
        dimension=f"I. {D4}",
        component="1. Kiểm soát tham nhũng trong chính quyền địa phương",
        dimension_no="1",
        component_no="1",
        papi="4.1",
        key="1.1.1",
        indicators="Cán bộ chính quyền không dùng tiền công quỹ vào mục đích riêng",
        tasks="- Công khai, minh bạch trong mua sắm công, đầu tư công.\n"
        "- Kiểm tra việc sử dụng tài sản công tại các cơ quan, đơn vị.",
        lead="Thanh tra tỉnh",
        coordinating="Sở Tài chính; Kho bạc Nhà nước khu vực VII",
        deadline="Năm 2026",
        result="Kế hoạch kiểm tra",
    ),
    _row(
        stt="2",
        dimension=f"I. {D4}",
        component="1. Kiểm soát tham nhũng trong chính quyền địa phương",
        dimension_no="1",
        component_no="1",
        papi="4.1",
        key="1.1.2",
        indicators="Người dân không phải chi thêm tiền để được nhận giấy chứng nhận quyền sử dụng đất",
        tasks="- Rà soát, cắt giảm thủ tục đất đai, công khai thời hạn giải quyết.\n"
        "- Xử lý nghiêm cán bộ nhũng nhiễu, gây phiền hà.",
        lead="Sở Nông nghiệp và Môi trường",
        coordinating="Văn phòng Đăng ký đất đai tỉnh",
        deadline="Thường xuyên",
        result="Báo cáo quý",
    ),
    ("section", "2. Công bằng trong tuyển dụng vào khu vực nhà nước"),
    _row(
        stt="3",
        dimension=f"I. {D4}",
        component="2. Công bằng trong tuyển dụng vào khu vực nhà nước",
        dimension_no="1",
        component_no="2",
        papi="4.3",
        key="1.2.1",
        indicators="Không phải đưa tiền lót tay để xin vào làm công chức, viên chức",
        tasks="- Tổ chức thi tuyển công chức, viên chức công khai, minh bạch, đúng quy định.\n"
        "- Công bố kết quả tuyển dụng trên Cổng thông tin điện tử tỉnh.",
        lead="Sở Nội vụ",
        coordinating="Các sở, ban, ngành; UBND các xã, phường",
        deadline="Theo kỳ tuyển dụng",
        result="Thông báo kết quả tuyển dụng",
    ),
    ("section", f"II. {D5}"),
    ("section", "1. Dịch vụ chứng thực, xác nhận của chính quyền địa phương"),
    _row(
        stt="4",
        dimension=f"II. {D5}",
        component="1. Dịch vụ chứng thực, xác nhận của chính quyền địa phương",
        dimension_no="2",
        component_no="1",
        papi="5.1",
        key="2.1.1",
        indicators="Chất lượng dịch vụ chứng thực, xác nhận",
        tasks="- Niêm yết công khai thủ tục, phí, lệ phí chứng thực tại Trung tâm Phục vụ hành chính công.\n"
        "- Đẩy mạnh chứng thực bản sao điện tử từ bản chính.",
        lead="Sở Tư pháp",
        coordinating="Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường",
        deadline="Quý III/2026",
        result="Tỷ lệ hồ sơ đúng hạn",
    ),
    ("section", "2. Dịch vụ hành chính cấp xã"),
    _row(
        stt="5",
        dimension=f"II. {D5}",
        component="2. Dịch vụ hành chính cấp xã",
        dimension_no="2",
        component_no="2",
        papi="5.3",
        key="2.2.1",
        indicators="Tỷ lệ người dân hài lòng với dịch vụ hành chính cấp xã",
        tasks="- Bố trí công chức có năng lực tại Trung tâm Phục vụ hành chính công cấp xã.\n"
        "- Lấy ý kiến đánh giá sự hài lòng của người dân sau mỗi giao dịch.",
        lead="Văn phòng UBND tỉnh",
        coordinating="UBND các xã, phường",
        deadline="Thường xuyên",
        result="Chỉ số hài lòng",
    ),
    _row(
        stt="6",
        dimension=f"II. {D5}",
        component="2. Dịch vụ hành chính cấp xã",
        dimension_no="2",
        component_no="2",
        papi="5.3",
        key="2.2.2",
        indicators="Hồ sơ được trả đúng hẹn",
        tasks="- Theo dõi, đôn đốc việc trả kết quả đúng hẹn; xin lỗi người dân khi trễ hẹn.",
        lead="Văn phòng UBND tỉnh",
        coordinating="Sở Khoa học và Công nghệ",
        deadline="Hằng tháng",
        result="Báo cáo tiến độ",
    ),
    ("section", "B. CÁC CHỈ SỐ NỘI DUNG CÓ ĐIỂM SỐ TĂNG SO VỚI NĂM 2024"),
    ("section", f"III. {D8}"),
    ("section", "1. Sử dụng cổng thông tin điện tử của chính quyền địa phương"),
    _row(
        stt="7",
        dimension=f"III. {D8}",
        component="1. Sử dụng cổng thông tin điện tử của chính quyền địa phương",
        dimension_no="3",
        component_no="1",
        papi="8.1",
        key="3.1.1",
        indicators="Người dân lấy đủ thông tin chỉ dẫn, biểu mẫu trên cổng thông tin điện tử",
        tasks="- Cập nhật đầy đủ thủ tục, biểu mẫu trên Cổng Dịch vụ công quốc gia.\n"
        "- Hướng dẫn người dân tra cứu, nộp hồ sơ trực tuyến.",
        lead="Sở Khoa học và Công nghệ",
        coordinating="Văn phòng UBND tỉnh",
        deadline="Quý II/2026",
        result="Cổng thông tin được cập nhật",
    ),
    ("section", "2. Tiếp cận và sử dụng Internet tại địa phương"),
    _row(
        stt="8",
        dimension=f"III. {D8}",
        component="2. Tiếp cận và sử dụng Internet tại địa phương",
        dimension_no="3",
        component_no="2",
        papi="8.2",
        key="3.2.1",
        indicators="Tỷ lệ hộ gia đình có kết nối Internet",
        tasks="- Phát triển hạ tầng viễn thông, phủ sóng di động băng rộng đến thôn, bản.\n"
        "- Triển khai Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố.",
        lead="Sở Khoa học và Công nghệ",
        coordinating="Các doanh nghiệp viễn thông; UBND các xã, phường",
        deadline="Năm 2026",
        result="Tỷ lệ phủ sóng",
    ),
    ("section", f"IV. {D7}"),
    ("section", "1. Chất lượng không khí"),
    _row(
        stt="9",
        dimension=f"IV. {D7}",
        component="1. Chất lượng không khí",
        dimension_no="4",
        component_no="1",
        papi="7.2",
        key="4.1.1",
        indicators="Người dân không phải đeo khẩu trang để tránh ô nhiễm không khí",
        tasks="- Quan trắc chất lượng không khí tự động, công bố kết quả hằng ngày.\n"
        "- Kiểm tra các cơ sở sản xuất có nguy cơ gây ô nhiễm.",
        lead="Sở Nông nghiệp và Môi trường",
        coordinating="Công an tỉnh; UBND các xã, phường",
        deadline="Thường xuyên",
        result="Dữ liệu quan trắc",
    ),
]


# ---------------------------------------------------------------------------------------------
# A3: a portrait A4 plan at 10 pt, written as a web page and saved as ODT by LibreOffice, then
# exported to PDF. Merged (rowspan) dimension and component columns that run over page breaks;
# two rows whose task cells hold 20+ bullets each, so that each runs over 2-3 pages.
# Columns: Chỉ số nội dung | Nội dung thành phần | Chỉ tiêu | Nhiệm vụ và giải pháp |
# Cơ quan chủ trì | Cơ quan phối hợp.
# ---------------------------------------------------------------------------------------------
def _seed_bullets() -> list[str]:
    """The seed's task bullets, one per line, shortened to their first sentence part."""
    lines: list[str] = []
    for row in golden_rows():
        for line in str(row["tasks"]).split("\n"):
            line = line.strip()
            if line.startswith("- ") and 60 < len(line):
                lines.append(line)
    return lines


def _long_tasks(start: int, count: int) -> str:
    bullets = _seed_bullets()
    picked = bullets[start : start + count]
    return "\n".join(picked)


A3_ROWS: list[dict[str, str]] = [
    _row(
        dimension=f"6. {D6}",
        component="6.1. Y tế công lập",
        papi="6.1",
        key="6.1.1",
        indicators="1. Tỷ lệ người dân được hỏi có bảo hiểm y tế.\n2. Tác dụng của thẻ bảo hiểm y tế.",
        tasks="- Vận động người dân tham gia bảo hiểm y tế hộ gia đình.\n"
        "- Nâng cao chất lượng khám, chữa bệnh bảo hiểm y tế tại trạm y tế xã, phường.",
        lead="Sở Y tế",
        coordinating="Bảo hiểm xã hội tỉnh; UBND các xã, phường",
    ),
    _row(
        dimension=f"6. {D6}",
        component="6.1. Y tế công lập",
        papi="6.1",
        key="6.1.3",
        indicators="3. Chất lượng dịch vụ tại bệnh viện tuyến huyện/quận.",
        tasks=_long_tasks(0, 26),
        lead="Sở Y tế",
        coordinating="- Trung tâm Y tế khu vực;\n- Trạm Y tế các xã, phường.",
    ),
    _row(
        dimension=f"6. {D6}",
        component="6.2. Giáo dục tiểu học công lập",
        papi="6.2",
        key="6.2.1",
        indicators="1. Quãng đường đi bộ tới trường.\n2. Thời gian tới trường.\n3. Nhận xét về chất lượng dạy học.",
        tasks="- Rà soát mạng lưới trường, lớp tiểu học sau sắp xếp đơn vị hành chính.\n"
        "- Bảo đảm học sinh tiểu học được học 2 buổi/ngày.",
        lead="Sở Giáo dục và Đào tạo",
        coordinating="UBND các xã, phường",
    ),
    _row(
        dimension=f"6. {D6}",
        component="6.3. Cơ sở hạ tầng căn bản",
        papi="6.3",
        key="6.3.1",
        indicators="1. Tỷ lệ hộ gia đình dùng điện lưới.\n2. Chất lượng đường giao thông gần hộ gia đình.",
        tasks=_long_tasks(30, 24),
        lead="Sở Xây dựng",
        coordinating="Công ty Điện lực tỉnh; UBND các xã, phường",
    ),
    _row(
        dimension=f"6. {D6}",
        component="6.4. An ninh trật tự khu dân cư",
        papi="6.4",
        key="6.4.1",
        indicators="1. Mức độ an toàn, trật tự ở địa bàn đang sinh sống.",
        tasks="- Duy trì lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.\n"
        "- Xây dựng mô hình tự quản về an ninh, trật tự tại khu dân cư.",
        lead="Công an tỉnh",
        coordinating="Ủy ban MTTQ Việt Nam tỉnh; UBND các xã, phường",
    ),
    _row(
        dimension=f"7. {D7}",
        component="7.1. Nghiêm túc trong bảo vệ môi trường",
        papi="7.1",
        key="7.1.1",
        indicators="1. Doanh nghiệp tại địa phương KHÔNG gây ô nhiễm nguồn nước.",
        tasks="- Kiểm tra việc chấp hành pháp luật bảo vệ môi trường của cơ sở sản xuất, kinh doanh.\n"
        "- Xử lý nghiêm vi phạm; công khai cơ sở gây ô nhiễm.",
        lead="Sở Nông nghiệp và Môi trường",
        coordinating="Công an tỉnh (Phòng Cảnh sát môi trường)",
    ),
]

# ---------------------------------------------------------------------------------------------
# A4: a commune's plan after the 2025 reform, few columns: STT | Nội dung | Cơ quan chủ trì |
# Cơ quan phối hợp | Thời gian. Dimensions as upper-case section rows "I. ...", no component
# level; STT numbers rows 1.. through the table. "Nội dung" holds the task (what to do); it
# may be read as indicators or tasks, either is right as long as the text is whole.
# The key's component part: the plan has no component, so key and component_no are not
# checked for A4 (see compare_audit.py); the row's STT and dimension are.
# ---------------------------------------------------------------------------------------------
A4_ENTRIES: list[object] = [
    ("section", f"I. {D1.upper()}"),
    _row(
        stt="1",
        dimension=f"I. {D1.upper()}",
        dimension_no="1",
        papi="1",
        content="Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở đến các thôn; tổ chức hội nghị "
        "tuyên truyền pháp luật ít nhất 02 lần/năm.",
        lead="Phòng Văn hóa - Xã hội",
        coordinating="Ủy ban MTTQ Việt Nam xã; các thôn",
        deadline="Thường xuyên",
    ),
    _row(
        stt="2",
        dimension=f"I. {D1.upper()}",
        dimension_no="1",
        papi="1",
        content="Tổ chức bầu trưởng thôn đúng quy định, có từ hai ứng cử viên trở lên.",
        lead="Văn phòng HĐND và UBND xã",
        coordinating="Ban công tác Mặt trận các thôn",
        deadline="Quý III/2026",
    ),
    _row(
        stt="3",
        dimension=f"I. {D1.upper()}",
        dimension_no="1",
        papi="1",
        content="Công khai các khoản đóng góp tự nguyện của Nhân dân xây dựng nhà văn hóa thôn.",
        lead="Phòng Kinh tế",
        coordinating="Ban Thanh tra nhân dân xã",
        deadline="Khi có huy động",
    ),
    ("section", f"II. {D2.upper()}"),
    _row(
        stt="4",
        dimension=f"II. {D2.upper()}",
        dimension_no="2",
        papi="2",
        content="Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại trụ sở UBND xã và nhà văn hóa các thôn.",
        lead="Phòng Văn hóa - Xã hội",
        coordinating="Trưởng các thôn",
        deadline="Tháng 12/2026",
    ),
    _row(
        stt="5",
        dimension=f"II. {D2.upper()}",
        dimension_no="2",
        papi="2",
        content="Công khai quy hoạch, kế hoạch sử dụng đất và bảng giá đất trên Trang thông tin điện tử xã.",
        lead="Phòng Kinh tế",
        coordinating="Văn phòng HĐND và UBND xã",
        deadline="Quý II/2026",
    ),
    ("section", f"III. {D5.upper()}"),
    _row(
        stt="6",
        dimension=f"III. {D5.upper()}",
        dimension_no="3",
        papi="5",
        content="Giải quyết thủ tục hành chính đúng hạn tại Trung tâm Phục vụ hành chính công xã; xin lỗi người dân khi trễ hẹn.",
        lead="Trung tâm Phục vụ hành chính công xã",
        coordinating="Các công chức chuyên môn",
        deadline="Thường xuyên",
    ),
    _row(
        stt="7",
        dimension=f"III. {D5.upper()}",
        dimension_no="3",
        papi="5",
        content="Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình, thanh toán không dùng tiền mặt.",
        lead="Trung tâm Phục vụ hành chính công xã",
        coordinating="Đoàn Thanh niên xã",
        deadline="Năm 2026",
    ),
    ("section", f"IV. {D6.upper()}"),
    _row(
        stt="8",
        dimension=f"IV. {D6.upper()}",
        dimension_no="4",
        papi="6",
        content="Vận động người dân tham gia bảo hiểm y tế; khám, chữa bệnh bảo hiểm y tế tại Trạm Y tế xã.",
        lead="Trạm Y tế xã",
        coordinating="Bảo hiểm xã hội cơ sở; các thôn",
        deadline="Thường xuyên",
    ),
    _row(
        stt="9",
        dimension=f"IV. {D6.upper()}",
        dimension_no="4",
        papi="6",
        content="Bảo đảm an ninh, trật tự trên địa bàn; duy trì tổ bảo vệ an ninh, trật tự ở cơ sở.",
        lead="Công an xã",
        coordinating="Ban Chỉ huy quân sự xã",
        deadline="Thường xuyên",
    ),
]


# ---------------------------------------------------------------------------------------------
# A5: the A1 rows in a LibreOffice DOCX (written from HTML) and its PDF: the same two-row header
# ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp") and rowspan groups, but components numbered
# "1.", "2." within their dimension (as the seed does), so that only the header differs from the
# samples. Rule: the component label is A1's with its "D." prefix left out; key and numbers as A1.
# ---------------------------------------------------------------------------------------------
A5_ROWS: list[dict[str, str]] = [{**r, "component": r["component"].split(".", 1)[1].strip()} for r in A1_ROWS]

# ---------------------------------------------------------------------------------------------
# A6: a district-sized plan typed as one table per dimension, each table with its own header
# row, the dimension's title a bold paragraph ABOVE its table (outside it), components as
# section rows inside the tables. LibreOffice DOCX from HTML, and its PDF.
# Columns: TT | Chỉ tiêu | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp |
# Thời gian hoàn thành. TT restarts at 1 in each table. Expected: every row of every table;
# the dimension is the paragraph above its table (dimension_no its Roman numeral); if phuluc
# cannot take the label from outside the table it must at least keep the rows and warn.
# ---------------------------------------------------------------------------------------------
A6_TABLES: list[tuple[str, list[object]]] = [
    (
        f"I. {D1.upper()}",
        [
            ("section", "1. Tri thức công dân"),
            _row(
                stt="1",
                dimension=f"I. {D1.upper()}",
                component="1. Tri thức công dân",
                dimension_no="1",
                component_no="1",
                papi="1.1",
                key="1.1.1",
                indicators="Hiểu biết về chính sách hiện hành",
                tasks="- Tổ chức hội nghị phổ biến pháp luật tại các xã, phường.\n- Biên soạn tài liệu hỏi đáp pháp luật.",
                lead="Sở Tư pháp",
                coordinating="UBND các xã, phường",
                deadline="Quý II/2026",
            ),
            _row(
                stt="2",
                dimension=f"I. {D1.upper()}",
                component="1. Tri thức công dân",
                dimension_no="1",
                component_no="1",
                papi="1.1",
                key="1.1.2",
                indicators="Hiểu biết về vị trí lãnh đạo",
                tasks="- Công khai danh sách lãnh đạo chủ chốt trên Cổng thông tin điện tử.",
                lead="Sở Nội vụ",
                coordinating="Văn phòng UBND tỉnh",
                deadline="Tháng 7/2026",
            ),
            ("section", "2. Cơ hội tham gia"),
            _row(
                stt="3",
                dimension=f"I. {D1.upper()}",
                component="2. Cơ hội tham gia",
                dimension_no="1",
                component_no="2",
                papi="1.2",
                key="1.2.1",
                indicators="Tham gia vào các tổ chức chính trị - xã hội, đoàn thể",
                tasks="- Vận động Nhân dân tham gia sinh hoạt đoàn thể ở khu dân cư.",
                lead="Ủy ban MTTQ Việt Nam tỉnh",
                coordinating="Các tổ chức chính trị - xã hội tỉnh",
                deadline="Thường xuyên",
            ),
        ],
    ),
    (
        f"II. {D3.upper()}",
        [
            ("section", "1. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân"),
            _row(
                stt="1",
                dimension=f"II. {D3.upper()}",
                component="1. Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
                dimension_no="2",
                component_no="1",
                papi="3.2",
                key="2.1.1",
                indicators="Người dân gửi khiếu nại, tố cáo được giải quyết thỏa đáng",
                tasks="- Giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng, kéo dài.\n"
                "- Công khai kết quả giải quyết khiếu nại, tố cáo.",
                lead="Thanh tra tỉnh",
                coordinating="Sở Nông nghiệp và Môi trường; UBND các xã, phường",
                deadline="Năm 2026",
            ),
            ("section", "2. Tiếp cận dịch vụ tư pháp"),
            _row(
                stt="2",
                dimension=f"II. {D3.upper()}",
                component="2. Tiếp cận dịch vụ tư pháp",
                dimension_no="2",
                component_no="2",
                papi="3.3",
                key="2.2.1",
                indicators="Người dân tin vào tòa án và các cơ quan tư pháp địa phương",
                tasks="- Nâng cao chất lượng trợ giúp pháp lý miễn phí cho người dân.",
                lead="Sở Tư pháp",
                coordinating="Tòa án nhân dân tỉnh; Viện kiểm sát nhân dân tỉnh",
                deadline="Thường xuyên",
            ),
        ],
    ),
    (
        f"III. {D8.upper()}",
        [
            ("section", "1. Phúc đáp của chính quyền qua cổng thông tin điện tử"),
            _row(
                stt="1",
                dimension=f"III. {D8.upper()}",
                component="1. Phúc đáp của chính quyền qua cổng thông tin điện tử",
                dimension_no="3",
                component_no="1",
                papi="8.3",
                key="3.1.1",
                indicators="Người dân đã nộp hồ sơ trực tuyến",
                tasks="- Hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công các xã, phường.",
                lead="Văn phòng UBND tỉnh",
                coordinating="Sở Khoa học và Công nghệ; UBND các xã, phường",
                deadline="Quý III/2026",
            ),
        ],
    ),
]


# ---------------------------------------------------------------------------------------------
# A7: a ward's plan after the 2025 reform with six columns: STT | Nhiệm vụ | Chủ trì | Phối hợp |
# Thời gian hoàn thành | Sản phẩm; dimensions as section rows "Chỉ số 1: ..." only (no
# component level), STT 1.. through the table. Chromium PDF (A4 portrait, thead repeated, 8 mm
# margins) and LibreOffice DOCX. The plan has no component: component is "" and the key's C
# and I are not checked (phuluc's rule for a plan without components is not stated); the
# dimension label, its number and every text field are.
# ---------------------------------------------------------------------------------------------
def _ward(
    stt: str, d_no: str, d_label: str, papi: str, tasks: str, lead: str, coord: str, deadline: str, result: str
) -> dict[str, str]:
    return _row(
        stt=stt,
        dimension=d_label,
        dimension_no=d_no,
        component_no="0",
        papi=papi,
        tasks=tasks,
        lead=lead,
        coordinating=coord,
        deadline=deadline,
        result=result,
    )


A7_DIMS = {
    "1": f"Chỉ số 1: {D1}",
    "3": f"Chỉ số 3: {D3}",
    "4": f"Chỉ số 4: {D4}",
    "8": f"Chỉ số 8: {D8}",
}
A7_ENTRIES: list[object] = [
    ("section", A7_DIMS["1"]),
    _ward(
        "1",
        "1",
        A7_DIMS["1"],
        "1",
        "Phổ biến Luật Thực hiện dân chủ ở cơ sở tại các khu phố; lồng ghép trong sinh hoạt chi bộ, đoàn thể.",
        "Phòng Văn hóa - Xã hội",
        "Ủy ban MTTQ Việt Nam phường; các khu phố",
        "Thường xuyên",
        "Hội nghị, tin bài tuyên truyền",
    ),
    _ward(
        "2",
        "1",
        A7_DIMS["1"],
        "1",
        "Tổ chức bầu Trưởng khu phố bảo đảm dân chủ, có từ hai ứng cử viên trở lên.",
        "Văn phòng HĐND và UBND phường",
        "Ban công tác Mặt trận các khu phố",
        "Quý III/2026",
        "Biên bản bầu cử",
    ),
    ("section", A7_DIMS["3"]),
    _ward(
        "3",
        "3",
        A7_DIMS["3"],
        "3",
        "Lãnh đạo UBND phường tiếp công dân định kỳ ngày 15 hằng tháng; công khai lịch tiếp công dân.",
        "Văn phòng HĐND và UBND phường",
        "Công an phường",
        "Hằng tháng",
        "Sổ tiếp công dân",
    ),
    _ward(
        "4",
        "3",
        A7_DIMS["3"],
        "3",
        "Giải quyết dứt điểm đơn thư khiếu nại, kiến nghị về đất đai, trật tự xây dựng.",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Văn phòng HĐND và UBND phường",
        "Năm 2026",
        "Văn bản trả lời công dân",
    ),
    ("section", A7_DIMS["4"]),
    _ward(
        "5",
        "4",
        A7_DIMS["4"],
        "4",
        "Công khai thủ tục, phí, lệ phí tại Trung tâm Phục vụ hành chính công phường; lắp hộp thư góp ý.",
        "Trung tâm Phục vụ hành chính công phường",
        "Văn phòng HĐND và UBND phường",
        "Quý II/2026",
        "Bảng niêm yết, hộp thư góp ý",
    ),
    ("section", A7_DIMS["8"]),
    _ward(
        "6",
        "8",
        A7_DIMS["8"],
        "8",
        "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và Cổng Dịch vụ công quốc gia.",
        "Công an phường",
        "Đoàn Thanh niên phường; Tổ công nghệ số cộng đồng",
        "Thường xuyên",
        "Số tài khoản được kích hoạt",
    ),
    _ward(
        "7",
        "8",
        A7_DIMS["8"],
        "8",
        "Cập nhật thông tin chỉ đạo, điều hành trên Trang thông tin điện tử phường.",
        "Văn phòng HĐND và UBND phường",
        "Phòng Văn hóa - Xã hội",
        "Hằng tuần",
        "Tin, bài được đăng",
    ),
]


# ---------------------------------------------------------------------------------------------
# A8: one indicator cell merged (rowspan) over several task rows, each task row with its own
# lead and coordinating bodies, as plans do when several bodies share an indicator; printed by
# Chromium on A4 portrait so that such a task row falls at a page top. Every task row is a
# logical row of its own (its own agencies); checked: the row count, tasks, lead, coordinating
# and the group labels; the indicator of the 2nd, 3rd... row may be repeated or empty.
# Columns: Chỉ số nội dung | Nội dung thành phần | Chỉ tiêu | Nhiệm vụ, giải pháp |
# Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện.
# ---------------------------------------------------------------------------------------------
def _task(ind: str, key: str, papi: str, d: str, c: str, tasks: str, lead: str, coord: str, dl: str) -> dict[str, str]:
    return _row(
        indicators=ind,
        key=key,
        papi=papi,
        dimension=d,
        component=c,
        tasks=tasks,
        lead=lead,
        coordinating=coord,
        deadline=dl,
    )


_A8_D5 = f"5. {D5}"
_A8_IND1 = "1. Tỷ lệ người dân cho biết hộ gia đình/bản thân đã làm thủ tục hành chính ở cấp xã.\n2. Tổng chất lượng dịch vụ hành chính cấp xã."
_A8_IND2 = "1. Tỷ lệ người dân cho biết hộ gia đình đã xin cấp giấy chứng nhận quyền sử dụng đất.\n2. Chất lượng dịch vụ cấp giấy chứng nhận quyền sử dụng đất."
A8_ROWS: list[dict[str, str]] = [
    _task(
        _A8_IND2,
        "5.2.1",
        "5.2",
        _A8_D5,
        "2. Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất",
        "- Rà soát, công khai quy trình cấp giấy chứng nhận quyền sử dụng đất lần đầu.\n"
        "- Rút ngắn thời gian giải quyết hồ sơ đất đai so với quy định.\n"
        "- Số hóa hồ sơ địa chính, kết nối cơ sở dữ liệu đất đai với Trung tâm Phục vụ hành chính công.",
        "Sở Nông nghiệp và Môi trường",
        "Văn phòng Đăng ký đất đai tỉnh; UBND các xã, phường",
        "Năm 2026",
    ),
    _task(
        _A8_IND2,
        "5.2.1",
        "5.2",
        _A8_D5,
        "2. Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất",
        "- Thanh tra, kiểm tra việc giải quyết hồ sơ đất đai; xử lý nghiêm hành vi gây phiền hà, sách nhiễu.\n"
        "- Công khai đường dây nóng tiếp nhận phản ánh về thủ tục đất đai.",
        "Thanh tra tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Quý III/2026",
    ),
    _task(
        _A8_IND2,
        "5.2.1",
        "5.2",
        _A8_D5,
        "2. Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất",
        "- Hướng dẫn người dân nộp hồ sơ đất đai trực tuyến, thanh toán nghĩa vụ tài chính không dùng tiền mặt.",
        "Sở Khoa học và Công nghệ",
        "Thuế tỉnh; UBND các xã, phường",
        "Thường xuyên",
    ),
    _task(
        _A8_IND1,
        "5.3.1",
        "5.3",
        _A8_D5,
        "3. Dịch vụ hành chính cấp xã",
        "- Bố trí công chức có năng lực, thái độ phục vụ tốt tại Trung tâm Phục vụ hành chính công cấp xã.\n"
        "- Đánh giá mức độ hài lòng của người dân sau mỗi lần giải quyết thủ tục.\n"
        "- Niêm yết đầy đủ thủ tục, mức phí, lệ phí và thời hạn giải quyết.\n"
        "- Xin lỗi người dân bằng văn bản khi trả kết quả trễ hẹn.",
        "UBND các xã, phường",
        "Văn phòng UBND tỉnh",
        "Thường xuyên",
    ),
    _task(
        _A8_IND1,
        "5.3.1",
        "5.3",
        _A8_D5,
        "3. Dịch vụ hành chính cấp xã",
        "- Kiểm tra công vụ đột xuất tại Trung tâm Phục vụ hành chính công các xã, phường.\n"
        "- Xử lý trách nhiệm người đứng đầu nơi để xảy ra nhũng nhiễu.",
        "Sở Nội vụ",
        "Văn phòng UBND tỉnh; Thanh tra tỉnh",
        "Quý II và Quý IV/2026",
    ),
    _task(
        _A8_IND1,
        "5.3.1",
        "5.3",
        _A8_D5,
        "3. Dịch vụ hành chính cấp xã",
        "- Nâng cấp trang thiết bị, hệ thống lấy số tự động, ki-ốt tra cứu tại bộ phận tiếp nhận.\n"
        "- Bảo đảm đường truyền, chữ ký số cho công chức tiếp nhận hồ sơ.",
        "Sở Tài chính",
        "Sở Khoa học và Công nghệ; UBND các xã, phường",
        "Năm 2026",
    ),
    _task(
        _A8_IND1,
        "5.3.1",
        "5.3",
        _A8_D5,
        "3. Dịch vụ hành chính cấp xã",
        "- Tuyên truyền để người dân biết, sử dụng dịch vụ công trực tuyến và dịch vụ bưu chính công ích.",
        "Báo và Phát thanh, Truyền hình tỉnh",
        "Bưu điện tỉnh; UBND các xã, phường",
        "Thường xuyên",
    ),
]
