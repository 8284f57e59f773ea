"""audit41 plan specs: table structures, content from the seed appendix (samples/seed/).

Each plan is a list of blocks; a table block has columns (label, field) and rows. A data row carries
its cells by field plus the expected dimension/component labels and key (written here by hand, from
the same data the generator types into the cells). build.py renders them; expected() derives the
expected rows from these structures only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import seedtext  # noqa: E402

SEED = {r["key"]: r for r in seedtext.golden_rows()}
DIMS = {int(r["dimension_no"]): str(r["dimension"]) for r in SEED.values()}
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def comp_label(key: str) -> str:
    return str(SEED[key]["component"])


def upper_heading(d: int) -> str:
    """'I. THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ' from the seed's '1. Tham gia ...'."""
    name = DIMS[d].split(". ", 1)[1]
    return f"{ROMAN[d]}. {name.upper()}"


def row(key, ntasks=2, deadline="Năm 2025", **over):
    """One data row from the seed: indicators, the first ntasks task paragraphs, lead, coordinating."""
    s = SEED[key]
    tasks = "\n".join(str(s["tasks"]).split("\n")[:ntasks])
    cells = {
        "dimension": str(s["dimension"]),
        "component": str(s["component"]),
        "indicators": str(s["indicators"]).split("\n")[0],
        "tasks": tasks,
        "lead": str(s["lead"]) or "UBND cấp xã",
        "coordinating": str(s["coordinating"]) or "Các phòng, ban liên quan",
        "deadline": deadline,
    }
    cells.update(over)
    return {"kind": "data", "key": key, "cells": cells}


def section(text):
    return {"kind": "section", "text": text}


def footer(text):
    return {"kind": "footer", "text": text}


def table(cols, rows, merge=("dimension", "component"), repeat_header=False, font=10, header=True):
    return {"kind": "table", "cols": cols, "rows": rows, "merge": merge, "repeat": repeat_header, "font": font,
            "header": header}


def cells(texts, bold=False):
    """A row of free texts, one per column (a typed header row, a totals row not spanning)."""
    return {"kind": "cells", "texts": texts, "bold": bold}


def para(text, bold=False, center=False, page_break=False, heading=False):
    return {"kind": "para", "text": text, "bold": bold, "center": center, "page_break": page_break, "heading": heading}


FULL = [
    ("Chỉ số nội dung", "dimension"),
    ("Nội dung thành phần", "component"),
    ("Chỉ tiêu", "indicators"),
    ("Nhiệm vụ và giải pháp", "tasks"),
    ("Cơ quan chủ trì", "lead"),
    ("Cơ quan phối hợp", "coordinating"),
    ("Thời gian thực hiện", "deadline"),
]
NO_DIM = FULL[1:]
DEADLINES = ["Quý II/2025", "Thường xuyên", "Trước 30/6/2025", "Năm 2025-2026", "Tháng 9/2025", "Hằng năm"]


def with_sections(rows, levels=("dimension",)):
    """Insert spanning section rows before each new dimension (and component) of the data rows."""
    out, last = [], {}
    for r in rows:
        for lvl in levels:
            label = r["cells"][lvl]
            if last.get(lvl) != label:
                d = int(r["key"].split(".")[0])
                out.append(section(upper_heading(d) if lvl == "dimension" else label))
                last[lvl] = label
                if lvl == "dimension":
                    last.pop("component", None)
        out.append(r)
    return out


def front(title_appendix="PHỤ LỤC"):
    return [
        para("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", bold=True, center=True),
        para("KẾ HOẠCH", bold=True, center=True),
        para("Duy trì, cải thiện và nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025",
             bold=True, center=True),
        para("Các cơ quan, đơn vị, địa phương triển khai thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này."),
        para(title_appendix, bold=True, center=True, page_break=True),
        para("Nhiệm vụ và giải pháp cụ thể để duy trì, cải thiện và nâng cao Chỉ số PAPI năm 2025", bold=True,
             center=True),
        para("(Kèm theo Kế hoạch số 112/KH-UBND ngày 10 tháng 6 năm 2025 của UBND tỉnh)", center=True),
    ]


def p01():
    """One table per dimension, each with its own header; heading paragraph between tables."""
    blocks = front()
    groups = {1: ["1.1.1", "1.1.2", "1.2.1"], 2: ["2.1.1", "2.2.1"], 3: ["3.1.1", "3.2.1"]}
    for d, keys in groups.items():
        blocks.append(para(upper_heading(d), bold=True, heading=True))
        blocks.append(table(NO_DIM, [row(k) for k in keys], merge=("component",)))
    return blocks


CONTACTS = [
    ("1", "Nguyễn Văn Hùng", "Phó Chánh Văn phòng", "Văn phòng UBND tỉnh", "0233 3852 114"),
    ("2", "Trần Thị Mai", "Trưởng phòng Cải cách hành chính", "Sở Nội vụ", "0913 456 201"),
    ("3", "Lê Quang Vinh", "Phó Chánh Thanh tra", "Thanh tra tỉnh", "0905 118 347"),
    ("4", "Hoàng Thị Thu Hà", "Chuyên viên", "Sở Tư pháp", "0988 224 519"),
]
SCHEDULE = [
    ("1", "Kiểm tra việc thực hiện Kế hoạch tại các huyện phía Bắc", "Sở Nội vụ", "Tháng 8/2025"),
    ("2", "Kiểm tra việc thực hiện Kế hoạch tại các huyện phía Nam", "Sở Nội vụ", "Tháng 9/2025"),
    ("3", "Sơ kết 6 tháng thực hiện Kế hoạch", "Văn phòng UBND tỉnh", "Tháng 7/2025"),
    ("4", "Tổng kết năm, đề xuất nhiệm vụ năm 2026", "Sở Nội vụ", "Tháng 12/2025"),
]


def other_table(labels, data):
    return {"kind": "other", "labels": labels, "data": data}


def p02():
    """Two appendices: Phụ lục I the plan, Phụ lục II a contact list."""
    blocks = front("PHỤ LỤC I")
    blocks.append(table(FULL, [row(k) for k in ["1.1.1", "1.2.3", "2.1.1", "3.3.1", "4.1.1"]]))
    blocks.append(para("PHỤ LỤC II", bold=True, center=True, page_break=True))
    blocks.append(para("DANH SÁCH CÁN BỘ ĐẦU MỐI THEO DÕI, TỔNG HỢP CHỈ SỐ PAPI", bold=True, center=True))
    blocks.append(other_table(["STT", "Họ và tên", "Chức vụ", "Cơ quan, đơn vị", "Số điện thoại"], CONTACTS))
    return blocks


def p03():
    """Agencies and deadline before indicators and tasks; dimension as section rows; deadline wordings."""
    cols = [
        ("Nội dung thành phần", "component"),
        ("Cơ quan chủ trì", "lead"),
        ("Cơ quan phối hợp", "coordinating"),
        ("Thời hạn hoàn thành", "deadline"),
        ("Chỉ tiêu", "indicators"),
        ("Nhiệm vụ, giải pháp", "tasks"),
    ]
    keys = ["1.1.1", "1.2.1", "2.2.1", "2.3.1", "4.2.1", "4.2.2"]
    rows = [row(k, deadline=DEADLINES[i]) for i, k in enumerate(keys)]
    return front() + [table(cols, with_sections(rows), merge=("component",))]


def p04():
    """Extra columns: Sản phẩm đầu ra, Kinh phí, Ghi chú; deadline before agencies."""
    cols = [
        ("Chỉ số nội dung", "dimension"),
        ("Nội dung thành phần", "component"),
        ("Chỉ tiêu", "indicators"),
        ("Nhiệm vụ, giải pháp", "tasks"),
        ("Sản phẩm đầu ra", "expected_result"),
        ("Thời gian thực hiện", "deadline"),
        ("Cơ quan chủ trì", "lead"),
        ("Cơ quan phối hợp", "coordinating"),
        ("Kinh phí", "budget"),
        ("Ghi chú", "extra:Ghi chú"),
    ]
    outs = ["Báo cáo kết quả", "Kế hoạch tuyên truyền", "Danh sách công khai", "Quyết định công bố",
            "Báo cáo chuyên đề"]
    money = ["Ngân sách tỉnh", "50 triệu đồng", "Lồng ghép nguồn chi thường xuyên", "Ngân sách huyện, xã", ""]
    notes = ["", "Phối hợp thực hiện", "", "Báo cáo quý", ""]
    keys = ["1.1.2", "1.3.1", "2.2.1", "5.1.1", "6.1.4"]
    rows = [row(k, expected_result=outs[i], budget=money[i], **{"extra:Ghi chú": notes[i]}) for i, k in enumerate(keys)]
    return front() + [table(cols, rows, font=9)]


def p05():
    """Indicator code and indicator name in two columns; dimension section rows."""
    cols = [
        ("Mã chỉ tiêu", "code"),
        ("Tên chỉ tiêu", "indicators"),
        ("Nhiệm vụ, giải pháp", "tasks"),
        ("Cơ quan chủ trì", "lead"),
        ("Cơ quan phối hợp", "coordinating"),
        ("Thời gian thực hiện", "deadline"),
    ]
    keys = ["1.1.1", "1.1.2", "1.2.3", "3.1.1", "3.2.1", "3.3.1"]
    rows = []
    for k in keys:
        r = row(k)
        name = r["cells"]["indicators"].split(". ", 1)[1]
        r["cells"]["indicators"] = name
        r["cells"]["code"] = k
        r["no_component"] = True
        rows.append(r)
    return front() + [table(cols, with_sections(rows), merge=())]


def p06():
    """Two levels of spanning section rows over indicators/tasks/agencies only."""
    cols = [("Chỉ tiêu", "indicators"), ("Nhiệm vụ và giải pháp", "tasks"), ("Cơ quan chủ trì", "lead"),
            ("Cơ quan phối hợp", "coordinating")]
    keys = ["1.1.1", "1.1.2", "1.2.1", "1.2.3", "2.1.1", "2.4.1", "6.1.4", "6.1.5"]
    rows = [row(k) for k in keys]
    for r in rows:
        r["cells"].pop("deadline")
    return front() + [table(cols, with_sections(rows, ("dimension", "component")), merge=())]


def merged_indicator_rows():
    """Indicator 1.4.1 over three task rows, each with its own agencies and deadline."""
    s = SEED["1.4.1"]
    tasks = str(s["tasks"]).split("\n")
    agencies = [("Phòng Tài chính – Kế hoạch", "UBND cấp xã"), ("UBMTTQVN tỉnh", "Các tổ chức chính trị - xã hội"),
                ("UBND cấp huyện", "Ban Thanh tra nhân dân")]
    out = []
    for i in range(3):
        r = row("1.4.1", lead=agencies[i][0], coordinating=agencies[i][1], tasks=tasks[i] + "\n" + tasks[i + 1],
                deadline=DEADLINES[i])
        r["dup"] = i
        out.append(r)
    return out


def p07():
    """One indicator merged vertically over 3 task rows; page break inside the merged cell."""
    before = [row(k, ntasks=3) for k in ["1.1.1", "1.2.3", "1.3.1"]]
    after = [row(k) for k in ["2.1.1"]]
    return front() + [table(FULL, before + merged_indicator_rows() + after,
                            merge=("dimension", "component", "indicators"))]


LONG = ["1.1.1", "1.1.2", "1.2.1", "1.2.3", "1.3.1", "1.4.1", "2.1.1", "2.2.1", "2.3.1", "2.4.1", "3.1.1", "3.2.1"]


def p08():
    """Long table over several pages, header not repeated."""
    return front() + [table(FULL, [row(k, ntasks=3) for k in LONG])]


def p09():
    """Table continued after a page break as a second table headed '(tiếp theo)', group cell '(tiếp theo)'."""
    first = [row(k, ntasks=3) for k in LONG[:7]]
    rest = [row(k, ntasks=3) for k in LONG[7:]]
    rest[0]["cells"]["dimension"] = rest[0]["cells"]["dimension"] + " (tiếp theo)"
    rest[0]["label_dimension"] = str(SEED[LONG[7]]["dimension"])
    return front() + [
        table(FULL, first),
        para("Phụ lục (tiếp theo)", bold=True, center=True, page_break=True),
        table(FULL, rest),
    ]


def p10():
    """A totals row closing the table and notes under it."""
    cols = [("STT", "extra:STT")] + FULL
    keys = ["3.1.1", "3.2.1", "3.3.1", "4.1.1", "4.3.1", "4.4.1"]
    rows = [row(k, **{"extra:STT": str(i + 1)}) for i, k in enumerate(keys)]
    return front() + [
        table(cols, rows + [footer("Tổng cộng: 24 nhiệm vụ")]),
        para("Ghi chú: Các cơ quan chủ trì báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/12/2025 để tổng hợp."),
        para("- Nhiệm vụ phát sinh ngoài Phụ lục được bổ sung theo chỉ đạo của UBND tỉnh."),
    ]


def combined(lead, coord, two_paras=False):
    sep = "\n" if two_paras else "; "
    return f"Chủ trì: {lead}{sep}Phối hợp: {coord}"


def p11():
    """One 'Cơ quan chủ trì/phối hợp' column with 'Chủ trì: X; Phối hợp: Y' cells."""
    cols = FULL[:4] + [("Cơ quan chủ trì/phối hợp", "combined"), ("Thời gian thực hiện", "deadline")]
    keys = ["5.1.1", "5.2.1", "5.3.1", "6.1.1", "6.3.4"]
    rows = []
    for i, k in enumerate(keys):
        r = row(k)
        r["cells"]["combined"] = combined(r["cells"]["lead"], r["cells"]["coordinating"], two_paras=i % 2 == 1)
        rows.append(r)
    return front() + [table(cols, rows)]


LETTERED = {
    "1.2.1": "a) Tuyên truyền về vai trò của các tổ chức chính trị - xã hội\n- Tổ chức hội nghị tại thôn, khu phố;\n"
             "- Phát tài liệu đến từng hộ gia đình.\nb) Phát triển hội viên, đoàn viên\n"
             "- Rà soát, kết nạp hội viên mới;\n- Duy trì sinh hoạt định kỳ.",
    "2.3.1": "a) Công khai dự toán ngân sách xã trên bảng tin;\nb) Công khai quyết toán thu, chi ngân sách hằng năm;\n"
             "c) Niêm yết tại nhà văn hóa thôn:\n- Các khoản đóng góp của Nhân dân;\n- Các khoản hỗ trợ.",
    "6.4.1": "a) Tăng cường tuần tra, kiểm soát địa bàn\n- Duy trì tổ an ninh trật tự cơ sở;\n"
             "- Xử lý nghiêm các vi phạm.\nb) Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc.\n"
             "c) Lắp đặt camera an ninh tại các tuyến đường trọng điểm.",
    "8.1.1": "- Cập nhật thông tin trên Cổng thông tin điện tử:\na) Văn bản chỉ đạo, điều hành;\nb) Thủ tục hành chính;\n"
             "- Trả lời phản ánh, kiến nghị qua Cổng.",
}


def p12():
    """Tasks cells with a), b), c) items and '-' bullets over several paragraphs."""
    rows = [row(k, tasks=t) for k, t in LETTERED.items()]
    return front() + [table(FULL, rows)]


def p13():
    """HTML (Chromium): thead repeated, indicator rowspan over 3 task rows across a page break."""
    before = [row(k, ntasks=4) for k in ["1.1.1", "1.2.3", "1.3.1"]]
    return front() + [table(FULL, before + merged_indicator_rows() + [row("2.1.1")],
                            merge=("dimension", "component", "indicators"), repeat_header=True)]


def h1():
    """Held out: split per dimension + agencies first + combined 'Chủ trì/Phối hợp' column."""
    cols = [("Nội dung thành phần", "component"), ("Cơ quan chủ trì, phối hợp", "combined"), ("Chỉ tiêu", "indicators"),
            ("Nhiệm vụ, giải pháp", "tasks"), ("Thời gian thực hiện", "deadline")]
    blocks = front()
    for d, keys in {4: ["4.1.1", "4.2.1", "4.3.1"], 5: ["5.1.1", "5.3.1"], 8: ["8.2.1", "8.3.1"]}.items():
        rows = []
        for i, k in enumerate(keys):
            r = row(k, deadline=DEADLINES[(i + d) % 6])
            r["cells"]["combined"] = combined(r["cells"]["lead"], r["cells"]["coordinating"], two_paras=i == 1)
            rows.append(r)
        blocks.append(para(upper_heading(d), bold=True, heading=True))
        blocks.append(table(cols, rows, merge=("component",)))
    return blocks


def h2():
    """Held out (HTML): code/name columns + Kinh phí/Ghi chú + totals row + notes."""
    cols = [("TT", "extra:TT"), ("Mã chỉ tiêu", "code"), ("Tên chỉ tiêu", "indicators"), ("Nhiệm vụ, giải pháp", "tasks"),
            ("Cơ quan chủ trì", "lead"), ("Cơ quan phối hợp", "coordinating"), ("Kinh phí", "budget"),
            ("Ghi chú", "extra:Ghi chú")]
    keys = ["6.1.1", "6.1.4", "6.2.1", "6.3.1", "7.1.1", "7.2.1"]
    rows = []
    for i, k in enumerate(keys):
        r = row(k, budget=["Ngân sách tỉnh", "", "30 triệu đồng", "Nguồn xã hội hóa", "", "Ngân sách huyện"][i],
                **{"extra:TT": str(i + 1), "extra:Ghi chú": ["", "Quý III", "", "", "Trọng tâm", ""][i]})
        r["cells"].pop("deadline")
        r["cells"]["indicators"] = r["cells"]["indicators"].split(". ", 1)[-1]
        r["cells"]["code"] = k
        r["no_component"] = True
        rows.append(r)
    return front() + [
        table(cols, with_sections(rows) + [footer("Tổng cộng: 6 chỉ tiêu, 12 nhiệm vụ")], merge=(), repeat_header=True),
        para("Ghi chú: Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành."),
    ]


def h3():
    """Held out: two appendices (II a schedule) + two-level section rows + lettered tasks + deadlines."""
    cols = [("Chỉ tiêu", "indicators"), ("Nhiệm vụ và giải pháp", "tasks"), ("Cơ quan chủ trì", "lead"),
            ("Cơ quan phối hợp", "coordinating"), ("Thời gian thực hiện", "deadline")]
    rows = [row(k, tasks=t, deadline=DEADLINES[i + 1]) for i, (k, t) in enumerate(LETTERED.items())]
    blocks = front("PHỤ LỤC I") + [table(cols, with_sections(rows, ("dimension", "component")), merge=())]
    blocks.append(para("PHỤ LỤC II", bold=True, center=True, page_break=True))
    blocks.append(para("LỊCH TRÌNH KIỂM TRA, ĐÔN ĐỐC THỰC HIỆN KẾ HOẠCH", bold=True, center=True))
    blocks.append(other_table(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"], SCHEDULE))
    return blocks


def p14():
    """A header row typed again mid-table (first label '... (tiếp theo)'), no Word header repeat."""
    rows = [row(k, ntasks=3) for k in LONG]
    labels = [lab for lab, _ in FULL]
    labels[0] += " (tiếp theo)"
    return front() + [table(FULL, rows[:6] + [cells(labels, bold=True)] + rows[6:])]


def p15():
    """One table per dimension, the later tables with no header row of their own; plain-weight headings."""
    blocks = front()
    for i, (d, keys) in enumerate({6: ["6.1.1", "6.1.5", "6.2.1"], 7: ["7.1.1", "7.3.1"], 8: ["8.1.1"]}.items()):
        blocks.append(para(upper_heading(d), bold=False, heading=True))
        blocks.append(table(NO_DIM, [row(k, deadline=DEADLINES[i]) for k in keys], merge=("component",),
                            header=i == 0))
    return blocks


PRIORITY = [
    ("1", "Rà soát, công khai thủ tục hành chính tại Bộ phận Một cửa", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Quý III/2025"),
    ("2", "Khảo sát mức độ hài lòng của người dân", "Sở Nội vụ", "UBND cấp xã", "Tháng 10/2025"),
    ("3", "Tập huấn kỹ năng tiếp công dân cho cán bộ cấp xã", "Thanh tra tỉnh", "Sở Tư pháp", "Quý IV/2025"),
]


def p16():
    """Phụ lục II of task-like columns right after the plan table, title paragraphs only (no page break)."""
    blocks = front("PHỤ LỤC I")
    blocks.append(table(FULL, [row(k) for k in ["2.1.1", "2.2.1", "2.3.1", "5.2.1"]]))
    blocks.append(para("PHỤ LỤC II", bold=True, center=True))
    blocks.append(para("DANH MỤC NHIỆM VỤ TRỌNG TÂM ƯU TIÊN THỰC HIỆN TRONG NĂM 2025", bold=True, center=True))
    blocks.append(other_table(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
                              PRIORITY))
    return blocks


def p17():
    """Totals rows of other shapes: 'Tổng cộng' alone spanning; then 'Cộng' in the first cell, the count in tasks."""
    cols = [("STT", "extra:STT")] + FULL
    keys = ["6.3.1", "6.3.3", "6.3.5", "6.4.1"]
    rows = [row(k, **{"extra:STT": str(i + 1)}) for i, k in enumerate(keys)]
    return front() + [table(cols, rows + [cells(["Tổng cộng", "", "", "4 chỉ tiêu", "8 nhiệm vụ", "", "", ""],
                                                bold=True)])]


PLANS = {
    "p01-split-per-dimension": (p01, "docx"),
    "p02-two-appendices-contacts": (p02, "docx"),
    "p03-agencies-first-deadlines": (p03, "docx"),
    "p04-extra-columns": (p04, "docx"),
    "p05-code-name-columns": (p05, "docx"),
    "p06-two-level-sections": (p06, "docx"),
    "p07-merged-indicator-pagebreak": (p07, "docx"),
    "p08-header-not-repeated": (p08, "docx"),
    "p09-continued-tiep-theo": (p09, "docx"),
    "p10-totals-notes": (p10, "docx"),
    "p11-combined-agency-column": (p11, "docx"),
    "p12-lettered-tasks": (p12, "docx"),
    "p13-html-rowspan-thead": (p13, "html"),
    "p14-typed-header-again": (p14, "docx"),
    "p15-split-headerless-parts": (p15, "docx"),
    "p16-appendix-two-task-like": (p16, "docx"),
    "p17-totals-other-shapes": (p17, "docx"),
}
HELDOUT = {
    "h1-split-agencies-first-combined": (h1, "docx"),
    "h2-html-code-totals": (h2, "html"),
    "h3-two-appendices-schedule-sections": (h3, "docx"),
}

LABEL_FIELDS = ("dimension", "component")
FIELDS = ("indicators", "tasks", "lead", "coordinating", "implementing", "deadline", "expected_result", "budget")


def expected(blocks):
    """Expected rows, by hand rule: one row per data row; groups from cells, else section rows/headings."""
    out, ctx, counts = [], {}, {}
    for b in blocks:
        if b["kind"] == "para" and b["heading"]:
            ctx = {"dimension": b["text"]}
        if b["kind"] != "table":
            continue
        fields = {f for _, f in b["cols"]}
        for r in b["rows"]:
            if r["kind"] == "section":
                level = "component" if r["text"][0].isdigit() else "dimension"
                ctx[level] = r["text"]
                if level == "dimension":
                    ctx.pop("component", None)
                continue
            if r["kind"] != "data":
                continue
            c = r["cells"]
            e = {"key": r["key"]}
            for f in LABEL_FIELDS:
                e[f] = r.get("label_" + f) or (c[f] if f in fields else ctx.get(f, ""))
            if r.get("no_component"):
                e["component"] = ""
            for f in FIELDS:
                e[f] = c.get(f, "") if f in fields else ""
            if "combined" in fields:
                e["lead"], e["coordinating"] = c["lead"], c["coordinating"]
            e["extra"] = {label: c[f] for label, f in b["cols"] if f.startswith("extra:")}
            counts[r["key"]] = counts.get(r["key"], 0) + 1
            if counts[r["key"]] > 1:
                e["key"] = f"{r['key']}-{counts[r['key']]}"
            e["_fields"] = sorted(
                {"key", "dimension", "component"} | {f for f in FIELDS if f in fields}
                | ({"lead", "coordinating"} if "combined" in fields else set())
            )
            out.append(e)
    return out
