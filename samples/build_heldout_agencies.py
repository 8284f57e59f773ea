"""Build two 2026 plans whose appendix agency columns hold the held-out agency cells of issue 12.

The cells are the labelled ones of ``tests/golden/agencies/heldout2026/<set>.csv``, written by hand
as post-2025 plans write them; this script lays them out as a real plan does: a body issued by the
people's committee of the jurisdiction ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "KẾ HOẠCH Nâng cao Chỉ số
... năm 2026"), then the appendix under its title block ("(Kèm theo Kế hoạch số 52/KH-UBND ... của
Ủy ban nhân dân tỉnh Lâm Đồng)") as one Word table of the eight columns, the PAPI rows filled with
the 2026 dimensions, components, indicators and tasks of ``PAPI_CONTENT``. Each labelled cell goes
into its column, in the labels' order; a row is full when the next cell's column is taken:

    python samples/build_heldout_agencies.py     # writes samples/heldout-agencies/*.docx

The pipeline must read the jurisdiction from the title block and the agency cells as written.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES))

from build_samples import (  # noqa: E402
    LANDSCAPE,
    REWORDED,
    Layout,
    _add_row,
    _appendix_section,
    _appendix_table,
    _Lists,
    _new_document,
    _small_table,
)
from manifest import replace_lines  # noqa: E402
from seedtext import FIELDS, read_seed  # noqa: E402

LABELS = SAMPLES.parent / "tests" / "golden" / "agencies" / "heldout2026"
OUT = SAMPLES / "heldout-agencies"
AGENCY_FIELDS = FIELDS[4:]

#: The 2026 PAPI content: (dimension, [(component, indicator, task)]), in the survey's order.
PAPI_CONTENT: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "1. Tham gia của người dân ở cấp cơ sở",
        (
            (
                "Tri thức công dân",
                "Tỷ lệ người dân biết về chức danh được bầu ở cơ sở và nhiệm kỳ của trưởng thôn, tổ dân phố",
                "- Tuyên truyền về vai trò, nhiệm kỳ của trưởng thôn, tổ trưởng tổ dân phố và đại biểu HĐND cấp xã.",
            ),
            (
                "Cơ hội tham gia",
                "Tỷ lệ người dân tham gia bầu trưởng thôn, tổ trưởng tổ dân phố",
                "- Tổ chức bầu trưởng thôn, tổ trưởng tổ dân phố đúng quy định, công khai danh sách ứng cử viên.",
            ),
            (
                "Chất lượng bầu cử",
                "Tỷ lệ người dân cho biết được giới thiệu từ hai ứng cử viên trở lên",
                "- Hướng dẫn quy trình giới thiệu ứng cử viên, bảo đảm có từ hai ứng cử viên trở lên.",
            ),
            (
                "Đóng góp tự nguyện",
                "Tỷ lệ người dân cho biết Ban giám sát đầu tư của cộng đồng giám sát công trình",
                "- Kiện toàn Ban giám sát đầu tư của cộng đồng; công khai các khoản đóng góp tự nguyện.",
            ),
        ),
    ),
    (
        "2. Công khai, minh bạch trong việc ra quyết định ở địa phương",
        (
            (
                "Tiếp cận thông tin",
                "Tỷ lệ người dân cho biết thông tin chính quyền cung cấp là đáng tin cậy",
                "- Cập nhật, công khai thông tin trên cổng, trang thông tin điện tử và hệ thống truyền thanh.",
            ),
            (
                "Công khai danh sách hộ nghèo",
                "Tỷ lệ người dân cho biết danh sách hộ nghèo được công khai",
                "- Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại trụ sở và nhà văn hóa thôn, tổ dân phố.",
            ),
            (
                "Công khai thu, chi ngân sách cấp xã",
                "Tỷ lệ người dân cho biết thu, chi ngân sách xã được công khai",
                "- Công khai dự toán, quyết toán ngân sách cấp xã theo quy định.",
            ),
            (
                "Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đền bù",
                "Tỷ lệ người dân biết về quy hoạch, kế hoạch sử dụng đất",
                "- Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất và phương án bồi thường.",
            ),
        ),
    ),
    (
        "3. Trách nhiệm giải trình với người dân",
        (
            (
                "Hiệu quả tương tác với các cấp chính quyền",
                "Tỷ lệ người dân liên hệ với chính quyền được giải quyết",
                "- Duy trì tiếp công dân định kỳ, đối thoại trực tiếp với người dân.",
            ),
            (
                "Giải đáp khiếu nại, tố cáo, khúc mắc",
                "Tỷ lệ người dân hài lòng với kết quả giải quyết khiếu nại",
                "- Giải quyết kịp thời, đúng pháp luật các đơn khiếu nại, tố cáo, kiến nghị, phản ánh.",
            ),
            (
                "Tiếp cận dịch vụ tư pháp",
                "Tỷ lệ người dân tin tưởng vào hệ thống tòa án",
                "- Tăng cường phổ biến, giáo dục pháp luật và hòa giải ở cơ sở.",
            ),
        ),
    ),
    (
        "4. Kiểm soát tham nhũng trong khu vực công",
        (
            (
                "Kiểm soát tham nhũng trong chính quyền địa phương",
                "Tỷ lệ người dân cho biết cán bộ không dùng tiền công vào mục đích riêng",
                "- Thực hiện nghiêm quy định về kê khai tài sản, thu nhập; công khai kết quả thanh tra.",
            ),
            (
                "Kiểm soát tham nhũng trong cung ứng dịch vụ công",
                "Tỷ lệ người dân cho biết không phải chi thêm tiền khi khám chữa bệnh",
                "- Kiểm tra việc thu các khoản ngoài quy định tại cơ sở y tế, trường học.",
            ),
            (
                "Công bằng trong tuyển dụng vào khu vực nhà nước",
                "Tỷ lệ người dân cho biết không cần quen biết khi xin việc",
                "- Công khai, minh bạch quy trình tuyển dụng, bố trí công chức, viên chức.",
            ),
            (
                "Quyết tâm chống tham nhũng",
                "Tỷ lệ người dân biết về Luật Phòng, chống tham nhũng",
                "- Tuyên truyền Luật Phòng, chống tham nhũng; xử lý nghiêm các vụ việc tham nhũng.",
            ),
        ),
    ),
    (
        "5. Thủ tục hành chính công",
        (
            (
                "Dịch vụ chứng thực, xác nhận",
                "Tỷ lệ người dân hài lòng với dịch vụ chứng thực, xác nhận",
                "- Niêm yết thủ tục, phí, lệ phí; giải quyết đúng hạn, không yêu cầu thêm giấy tờ.",
            ),
            (
                "Dịch vụ cấp phép xây dựng",
                "Tỷ lệ người dân hài lòng với thủ tục cấp phép xây dựng",
                "- Rút ngắn thời gian cấp giấy phép xây dựng; hướng dẫn hồ sơ một lần.",
            ),
            (
                "Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất",
                "Tỷ lệ người dân hài lòng khi làm thủ tục đất đai",
                "- Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất; công khai tiến độ giải quyết hồ sơ.",
            ),
            (
                "Dịch vụ hành chính do cấp xã thực hiện",
                "Tỷ lệ người dân hài lòng với dịch vụ hành chính cấp xã",
                "- Nâng cao chất lượng tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công.",
            ),
        ),
    ),
    (
        "6. Cung ứng dịch vụ công",
        (
            (
                "Y tế công lập",
                "Tỷ lệ người dân có thẻ bảo hiểm y tế",
                "- Vận động người dân tham gia bảo hiểm y tế; nâng cao chất lượng khám, chữa bệnh.",
            ),
            (
                "Giáo dục tiểu học công lập",
                "Tỷ lệ người dân hài lòng với chất lượng dạy học ở trường tiểu học",
                "- Bảo đảm cơ sở vật chất trường học; thực hiện nghiêm quy định về các khoản thu.",
            ),
            (
                "Cơ sở hạ tầng căn bản",
                "Tỷ lệ hộ gia đình được sử dụng nước sạch",
                "- Đầu tư, nâng cấp hệ thống cấp nước, điện, đường giao thông.",
            ),
            (
                "An ninh, trật tự",
                "Tỷ lệ người dân cảm thấy an toàn khi đi lại vào ban đêm",
                "- Tăng cường tuần tra, kiểm soát; phát huy phong trào toàn dân bảo vệ an ninh Tổ quốc.",
            ),
        ),
    ),
    (
        "7. Quản trị môi trường",
        (
            (
                "Nghiêm túc trong bảo vệ môi trường",
                "Tỷ lệ người dân cho biết doanh nghiệp không gây ô nhiễm",
                "- Kiểm tra, xử lý các cơ sở gây ô nhiễm môi trường.",
            ),
            (
                "Chất lượng không khí",
                "Tỷ lệ người dân đánh giá chất lượng không khí tốt",
                "- Quan trắc, công khai chất lượng không khí; xử lý đốt rác, đốt rơm rạ.",
            ),
            (
                "Chất lượng nước",
                "Tỷ lệ người dân đánh giá nước sông, suối sạch",
                "- Thu gom, xử lý nước thải, rác thải sinh hoạt.",
            ),
        ),
    ),
    (
        "8. Quản trị điện tử",
        (
            (
                "Sử dụng Cổng dịch vụ công quốc gia",
                "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến",
                "- Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình, thanh toán trực tuyến.",
            ),
            (
                "Tiếp cận và sử dụng Internet",
                "Tỷ lệ hộ gia đình có kết nối Internet",
                "- Phát triển hạ tầng số, phổ cập kỹ năng số cho người dân.",
            ),
            (
                "Phúc đáp của chính quyền qua Cổng thông tin điện tử",
                "Tỷ lệ người dân nhận được phúc đáp qua cổng, trang thông tin",
                "- Tiếp nhận, trả lời kịp thời phản ánh, kiến nghị qua cổng, trang thông tin điện tử.",
            ),
        ),
    ),
)


@dataclass(frozen=True)
class Plan:
    """One held-out plan: its label set, issuing body, appendix title block and layout."""

    set: str
    file: str
    issuer: tuple[str, ...]
    place_date: str
    title_lines: tuple[str, ...]
    layout: Layout
    exercises: str


PLANS = (
    Plan(
        "lam-dong-2026",
        "plan-2026-lam-dong.docx",
        ("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 52/KH-UBND"),
        "Lâm Đồng, ngày 18 tháng 3 năm 2026",
        (
            "PHỤ LỤC",
            "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI CỦA TỈNH LÂM ĐỒNG NĂM 2026",
            "(Kèm theo Kế hoạch số 52/KH-UBND ngày 18 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Lâm Đồng)",
        ),
        LANDSCAPE,
        "held out (issue 12): a 2026 province plan after the 2025 reform; agency cells of "
        "tests/golden/agencies/heldout2026/lam-dong-2026.csv; jurisdiction from the title block",
    ),
    Plan(
        "phuong-cau-giay-2026",
        "plan-2026-phuong-cau-giay.docx",
        ("ỦY BAN NHÂN DÂN", "PHƯỜNG CẦU GIẤY", "Số: 15/KH-UBND"),
        "Cầu Giấy, ngày 10 tháng 3 năm 2026",
        (
            "PHỤ LỤC",
            "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI TRÊN ĐỊA BÀN PHƯỜNG CẦU GIẤY NĂM 2026",
            "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/3/2026 của UBND phường Cầu Giấy, thành phố Hà Nội)",
        ),
        REWORDED,
        "held out (issue 12): a 2026 ward plan of Hà Nội after the 2025 reform; agency cells of "
        "tests/golden/agencies/heldout2026/phuong-cau-giay-2026.csv; jurisdiction from the title block",
    ),
)


def read_cells(name: str) -> list[tuple[str, str]]:
    """Return the (column, cell text) of every labelled cell of set ``name``, in order."""
    with (LABELS / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return [(row["role"], row["cell"]) for row in csv.DictReader(handle)]


def pack_cells(cells: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    """Put the cells into rows of the four agency columns, in order: a new row when a column is taken."""
    rows: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for role, text in cells:
        if role in current:
            rows.append(current)
            current = {}
        current[role] = text
    if current:
        rows.append(current)
    return rows


def _slots() -> list[tuple[str, str, str, str]]:
    """Every (dimension, component, indicator, task) of the PAPI content, in order."""
    return [
        (dimension, component, indicator, task)
        for dimension, components in PAPI_CONTENT
        for component, indicator, task in components
    ]


def plan_rows(agency_rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """Give each agency row a PAPI row: the components spread over the rows, indicators numbered per component."""
    slots = _slots()
    rows = []
    numbers: dict[str, int] = {}
    for i, agencies in enumerate(agency_rows):
        dimension, component, indicator, task = slots[i * len(slots) // len(agency_rows)]
        numbers[component] = numbers.get(component, 0) + 1
        number = numbers[component]
        rows.append(
            {
                "dimension": dimension,
                "component": component,
                "indicators": f"{number}. {indicator}" + ("" if number == 1 else f" (nhóm giải pháp {number})"),
                "tasks": task,
                **{field: agencies.get(field, "") for field in AGENCY_FIELDS},
            }
        )
    return rows


def _add_body(document: docx.document.Document, plan: Plan) -> None:
    """Write the plan's first page: issuer, number, place and date, title, purpose, closing."""
    for line in (*plan.issuer, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", plan.place_date):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ("KẾ HOẠCH", "Nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026"):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in (
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích: Nâng cao trách nhiệm của các cơ quan, đơn vị sau khi sắp xếp tổ chức bộ máy và thực hiện "
        "mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025; cải thiện Chỉ số PAPI năm 2026.",
        "2. Yêu cầu: Các nhiệm vụ, giải pháp cụ thể, gắn với trách nhiệm của từng cơ quan, đơn vị.",
        "II. NHIỆM VỤ, GIẢI PHÁP: Chi tiết tại Phụ lục kèm theo.",
        "III. TỔ CHỨC THỰC HIỆN: Các cơ quan, đơn vị căn cứ nhiệm vụ được giao, xây dựng kế hoạch triển khai, "
        "báo cáo kết quả trước ngày 15/11/2026.",
    ):
        document.add_paragraph(line)
    _small_table(document, (("Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),), grid=False)


def write_plan(plan: Plan, path: Path) -> Path:
    """Write one plan: the body, then the appendix table holding the set's cells."""
    layout = plan.layout
    document = _new_document(layout)
    _add_body(document, plan)
    _appendix_section(document, layout)
    for line in plan.title_lines:
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = _appendix_table(document, layout, layout.header or read_seed().header)
    lists = _Lists(document) if layout.numbered_indicators else None
    previous: dict[str, str] = {}
    for row in plan_rows(pack_cells(read_cells(plan.set))):
        merges: dict[str, str | None] = {}
        for group in ("dimension", "component"):
            same = previous.get(group) == row[group] and (group == "dimension" or merges["dimension"] == "continue")
            merges[group] = "continue" if same else "restart"
        _add_row(table, row, layout, lists, merges)
        previous = row
    document.add_paragraph("")
    document.save(str(path))
    return path


def main() -> int:
    """Build the held-out agency plans into samples/heldout-agencies/ and list them in MANIFEST.csv."""
    OUT.mkdir(exist_ok=True)
    for plan in PLANS:
        print(write_plan(plan, OUT / plan.file).relative_to(SAMPLES))
    lines = [
        (
            f"{OUT.name}/{plan.file}",
            "build_heldout_agencies.py",
            plan.exercises,
            f"tests/golden/agencies/heldout2026/{plan.set}.csv (hand-written held-out cells)",
        )
        for plan in PLANS
    ]
    replace_lines(lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
