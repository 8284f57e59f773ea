"""Build the sixth audit's documents: where a plan is from, read from title blocks phuluc has not seen.

    .venv/bin/python samples/audit6/build_audit6.py        (needs python-docx and soffice)

Every document holds the same short appendix table (audit4's e6 commune layout, "TT | Nội dung |
Cơ quan chủ trì | Cơ quan phối hợp | Thời gian", section rows "I." / "1.", four data rows), with
agency cells written for the plan's level (province, commune-level unit, pre-reform district).
What varies is the title block: a header table, "PHỤ LỤC" + "(Kèm theo Kế hoạch ...)" in mixed case
or capitals, issuers written "UBND" / "Ủy ban nhân dân" / "UỶ BAN NHÂN DÂN", titles naming the place
without an issuer, the appendix after the full plan text, year only in a date line, a period, a
title on two lines, a page header line; post-reform (2026) and pre-reform (2024) jurisdictions.

Writes samples/audit6/<name>.docx, most with <name>.pdf (LibreOffice), and <name>.expected.json:
{"jurisdiction": {...}, "province_also": [...], "rows": [...]}, written by hand in DOCS below from
what each document says (never from phuluc's output). "province_also" lists the provinces that are
also right when the document does not name its province (the one it is really in).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent

DIMENSIONS = {
    1: "Tham gia của người dân ở cấp cơ sở",
    2: "Công khai, minh bạch trong việc ra quyết định ở địa phương",
    3: "Trách nhiệm giải trình với người dân",
}
COMPONENTS = {
    (1, 1): "Tri thức công dân",
    (1, 2): "Cơ hội tham gia",
    (2, 1): "Tiếp cận thông tin",
    (3, 2): "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
}
ROMAN = {1: "I", 2: "II", 3: "III"}
GROUPS = [(1, 1), (1, 2), (2, 1), (3, 2)]
TASKS = [
    "- Phổ biến pháp luật tại thôn, tổ dân phố bằng hội nghị và tờ gấp.",
    "- Hướng dẫn quy trình bầu trưởng thôn, tổ trưởng tổ dân phố bằng bỏ phiếu kín.",
    "- Niêm yết công khai chính sách, pháp luật tại nhà văn hóa và trên cổng thông tin điện tử.",
    "- Giải quyết khiếu nại, tố cáo đúng thời hạn; công khai kết quả giải quyết.",
]
# Agency cells per kind of plan: (lead, coordinating) of the four rows. "{u}" is the unit's level word.
AGENCIES = {
    "province": [
        ("Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường"),
        ("Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ; Sở Thông tin và Truyền thông"),
        ("Thanh tra tỉnh", "Công an tỉnh; Sở Tư pháp"),
    ],
    "city": [
        ("Sở Tư pháp", "Sở Văn hóa và Thể thao; UBND các xã, phường"),
        ("Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
        ("Văn phòng UBND thành phố", "Sở Khoa học và Công nghệ; Sở Thông tin và Truyền thông"),
        ("Thanh tra thành phố", "Công an thành phố; Sở Tư pháp"),
    ],
    "province-merged": [
        ("Sở Tư pháp", "Sở Nội vụ; UBND tỉnh Phú Yên"),
        ("Sở Nội vụ", "Công an tỉnh Phú Yên"),
        ("Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ; Sở Thông tin và Truyền thông"),
        ("Thanh tra tỉnh", "Công an tỉnh Đắk Lắk; Sở Tư pháp"),
    ],
    "commune": [
        ("Văn phòng HĐND và UBND {u}", "Ủy ban MTTQ Việt Nam {u}; Đoàn Thanh niên {u}"),
        ("Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ {u}; các thôn, tổ dân phố"),
        ("Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công {u}"),
        ("Công an {u}", "Ban Chỉ huy quân sự {u}; Phòng Kinh tế"),
    ],
    "district": [
        ("Phòng Tư pháp", "Phòng Văn hóa và Thông tin; UBND các xã, phường"),
        ("Phòng Nội vụ", "Ủy ban MTTQ Việt Nam {u}"),
        ("Văn phòng HĐND và UBND {u}", "Phòng Tài chính - Kế hoạch"),
        ("Thanh tra {u}", "Công an {u}"),
    ],
}
FIELDS = (
    "key",
    "dimension_no",
    "component_no",
    "papi",
    "dimension",
    "component",
    "indicators",
    "tasks",
    "implementing",
    "lead",
    "sector_guidance",
    "coordinating",
    "deadline",
    "expected_result",
    "budget",
)


@dataclass
class Doc:
    """One document: its title block, where it stands, and the jurisdiction written by hand."""

    name: str
    agencies: str  # key of AGENCIES
    unit: str  # the level word put in for "{u}"
    year: int  # the year the deadlines name
    header: list[list[str]] | None  # the two-column header table: left lines, right lines
    lines: list[str]  # paragraphs right above the table (PHỤ LỤC, title, Kèm theo ...)
    juris: dict[str, object]  # expected: level, word, name, province, year
    province_also: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)  # plan text before the appendix (then a page break)
    page_header: str = ""  # a running page header line
    pdf: bool = True
    note: str = ""


def base():  # type: ignore[no-untyped-def]
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Mm(18)
    return doc


def para(doc, text: str, bold: bool = False, italic: bool = False, center: bool = True) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold, r.italic = bold, italic


def header_table(doc, left: list[str], right: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The classic borderless two-column heading: issuer and number left, motto and date right."""
    t = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = not (line.startswith("Số") or ", ngày" in line)
            r.italic = ", ngày" in line
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Mm(70), Mm(104)


def put(cell, text: str, bold: bool = False) -> None:  # type: ignore[no-untyped-def]
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.add_run(line).bold = bold


def appendix_table(doc, d: Doc) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    head = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    t.autofit = False
    put(t.add_row().cells[0], "")
    for c, lab in zip(t.rows[0].cells, head):
        c.paragraphs[0].text = ""
        put(c, lab, bold=True)
    deadlines = ["Thường xuyên", f"Quý II/{d.year}", "Thường xuyên", f"Quý IV/{d.year}"]
    rows: list[dict[str, object]] = []
    last = (0, 0)
    for i, (dc, tasks, (lead, coord)) in enumerate(zip(GROUPS, TASKS, AGENCIES[d.agencies]), 1):
        dim, comp = f"{ROMAN[dc[0]]}. {DIMENSIONS[dc[0]]}", f"{dc[1]}. {COMPONENTS[dc]}"
        for text, new in ((dim, dc[0] != last[0]), (comp, dc != last)):
            if new:
                cells = t.add_row().cells
                put(cells[0].merge(cells[-1]), text, bold=True)
        last = dc
        lead, coord = lead.format(u=d.unit), coord.format(u=d.unit)
        for c, x in zip(t.add_row().cells, [str(i), tasks, lead, coord, deadlines[i - 1]]):
            put(c, x)
        e: dict[str, object] = {f: "" for f in FIELDS}
        e.update(
            key=f"{dc[0]}.{dc[1]}.1",
            dimension_no=dc[0],
            component_no=dc[1],
            papi=f"{dc[0]}.{dc[1]}",
            dimension=dim,
            component=comp,
            tasks=tasks,
            lead=lead,
            coordinating=coord,
            deadline=deadlines[i - 1],
            extra={"TT": str(i)},
        )
        rows.append(e)
    for row in t.rows:
        for cell, w in zip(row.cells, [12, 78, 32, 38, 18]):
            cell.width = Mm(w)
    return rows


def build(d: Doc) -> None:
    doc = base()
    if d.page_header:
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = d.page_header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if d.header:
        header_table(doc, d.header[0], d.header[1])
        para(doc, "")
    for text in d.body:
        if text.isupper() or text.startswith("KẾ HOẠCH"):
            para(doc, text, bold=True, center=text.startswith("KẾ HOẠCH") or len(text) < 40)
        else:
            para(doc, text, center=False)
    if d.body:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for text in d.lines:
        para(doc, text, bold=not text.startswith("("), italic=text.startswith("("))
    para(doc, "")
    rows = appendix_table(doc, d)
    doc.save(str(HERE / f"{d.name}.docx"))
    exp = {"note": d.note, "jurisdiction": d.juris, "province_also": d.province_also, "rows": rows}
    (HERE / f"{d.name}.expected.json").write_text(
        json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PAPI_TITLE = "NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN CHỈ SỐ PAPI NĂM {y}"


def full_plan_body(issuer_short: str, former: str) -> list[str]:
    """About a page and a half of plan text (sections, tasks, organisation, signature, recipients)."""
    text = [
        "KẾ HOẠCH",
        "Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026",
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025; căn cứ Nghị quyết số 202/2025/QH15 của Quốc hội "
        "về việc sắp xếp đơn vị hành chính cấp tỉnh; căn cứ kết quả Chỉ số PAPI năm 2025 do Chương trình Phát "
        f"triển Liên hợp quốc công bố, {issuer_short} ban hành Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm 2026 "
        "như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị, địa phương và cán bộ, công chức, viên chức "
        "trong việc cải thiện chất lượng quản trị và hành chính công; lấy sự hài lòng của người dân làm thước đo.",
        "2. Xác định các nhiệm vụ, giải pháp cụ thể, gắn trách nhiệm của người đứng đầu với kết quả thực hiện "
        f"từng chỉ số nội dung; bảo đảm thống nhất trên toàn địa bàn, kể cả địa bàn {former}.",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        *[
            f"{i}. Đối với chỉ số nội dung {name}: tiếp tục quán triệt, triển khai đồng bộ các văn bản chỉ đạo; "
            "tăng cường kiểm tra, giám sát việc thực hiện ở cơ sở; kịp thời biểu dương các mô hình hay, cách làm "
            "hiệu quả và chấn chỉnh những tồn tại, hạn chế được người dân phản ánh qua khảo sát."
            for i, name in enumerate(
                (
                    "Tham gia của người dân ở cấp cơ sở",
                    "Công khai, minh bạch",
                    "Trách nhiệm giải trình với người dân",
                    "Kiểm soát tham nhũng trong khu vực công",
                    "Thủ tục hành chính công",
                    "Cung ứng dịch vụ công",
                    "Quản trị môi trường",
                    "Quản trị điện tử",
                ),
                1,
            )
        ],
        "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu căn cứ chức năng, nhiệm vụ được giao tổ chức "
        "thực hiện các nhiệm vụ, giải pháp tại Phụ lục kèm theo Kế hoạch này; định kỳ báo cáo kết quả thực hiện "
        "trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm.",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; tham mưu "
        "tổ chức hội nghị phân tích, đánh giá kết quả Chỉ số PAPI năm 2025.",
        "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của pháp luật về ngân sách.",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội phối hợp tuyên "
        "truyền, vận động Nhân dân tham gia giám sát việc thực hiện Kế hoạch.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở "
        "Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
        "Nơi nhận:",
        "- Bộ Nội vụ;",
        "- TT Tỉnh ủy, TT HĐND tỉnh;",
        "- CT, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành;",
        "- UBND các xã, phường, đặc khu;",
        "- Lưu: VT, NC.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]
    return text


DOCS = [
    Doc(
        "j01-province-full-plan-header-table",
        "province",
        "tỉnh",
        2026,
        [["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 45/KH-UBND"], MOTTO + ["Quảng Ngãi, ngày 12 tháng 3 năm 2026"]],
        [
            "PHỤ LỤC",
            PAPI_TITLE.format(y=2026),
            "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh)",
        ],
        {"level": "province", "word": "tỉnh", "name": "Quảng Ngãi", "province": "Quảng Ngãi", "year": 2026},
        body=full_plan_body("Ủy ban nhân dân tỉnh", "tỉnh Kon Tum (cũ)"),
        note="full plan: header table (ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI) on page 1, 1.5 pages of text, then the "
        "appendix whose Kèm theo line says only 'của Ủy ban nhân dân tỉnh'; the text names tỉnh Kon Tum (cũ)",
    ),
    Doc(
        "j02-province-title-no-issuer-merged",
        "province",
        "tỉnh",
        2026,
        None,
        [
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI NĂM 2026 CỦA TỈNH GIA LAI",
            "(bao gồm địa bàn tỉnh Bình Định trước khi hợp nhất)",
        ],
        {"level": "province", "word": "tỉnh", "name": "Gia Lai", "province": "Gia Lai", "year": 2026},
        note="title names the province without an issuer; a line below names the former province merged into it",
    ),
    Doc(
        "j03-ward-kem-theo-capitals",
        "commune",
        "phường",
        2026,
        None,
        [
            "PHỤ LỤC",
            "KẾ HOẠCH THỰC HIỆN CÁC GIẢI PHÁP NÂNG CAO CHỈ SỐ PAPI NĂM 2026",
            "(KÈM THEO KẾ HOẠCH SỐ 45/KH-UBND NGÀY 15/01/2026 CỦA ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU, THÀNH PHỐ ĐÀ NẴNG)",
        ],
        {"level": "ward", "word": "phường", "name": "Hải Châu", "province": "Đà Nẵng", "year": 2026},
        note="Kèm theo line in capitals, 'ỦY BAN NHÂN DÂN PHƯỜNG ..., THÀNH PHỐ ĐÀ NẴNG'",
    ),
    Doc(
        "j04-commune-header-ubnd-xa-old-tone",
        "commune",
        "xã",
        2026,
        [["UBND XÃ ĐẠI LỘC", "THÀNH PHỐ ĐÀ NẴNG", "Số: 20/KH-UBND"], MOTTO + ["Đại Lộc, ngày 10 tháng 02 năm 2026"]],
        [
            "PHỤ LỤC",
            "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2026",
            "(Kèm theo Kế hoạch số 20/KH-UBND ngày 10/02/2026 của UỶ BAN NHÂN DÂN XÃ)",
        ],
        {"level": "commune", "word": "xã", "name": "Đại Lộc", "province": "Đà Nẵng", "year": 2026},
        note="header table 'UBND XÃ ĐẠI LỘC' over 'THÀNH PHỐ ĐÀ NẴNG' on the appendix's own page; Kèm theo names "
        "'UỶ BAN NHÂN DÂN XÃ' (old tone placement) without its name",
    ),
    Doc(
        "j05-commune-tren-dia-ban-former-district",
        "commune",
        "xã",
        2026,
        None,
        [
            "PHỤ LỤC",
            "Nhiệm vụ cải thiện Chỉ số PAPI năm 2026 trên địa bàn xã Đăk Hà, tỉnh Quảng Ngãi",
            "(gồm địa bàn thị trấn Đăk Hà và các xã Hà Mòn, Đăk La thuộc huyện Đăk Hà, tỉnh Kon Tum trước sắp xếp)",
        ],
        {"level": "commune", "word": "xã", "name": "Đăk Hà", "province": "Quảng Ngãi", "year": 2026},
        note="'trên địa bàn xã Đăk Hà, tỉnh Quảng Ngãi', no issuer; a line below names the former township, "
        "communes, district and province it was made from",
    ),
    Doc(
        "j06-special-zone-phu-quoc-year-in-date",
        "commune",
        "đặc khu",
        2026,
        [["ỦY BAN NHÂN DÂN", "ĐẶC KHU PHÚ QUỐC", "Số: 08/KH-UBND"], MOTTO + ["Phú Quốc, ngày 20 tháng 01 năm 2026"]],
        [
            "PHỤ LỤC",
            "Nhiệm vụ nâng cao Chỉ số PAPI",
            "(Kèm theo Kế hoạch số 08/KH-UBND ngày 20/01/2026 của UBND đặc khu Phú Quốc)",
        ],
        {"level": "special-zone", "word": "đặc khu", "name": "Phú Quốc", "province": "", "year": 2026},
        province_also=["An Giang"],
        note="header table ỦY BAN NHÂN DÂN / ĐẶC KHU PHÚ QUỐC; the year only in the date line and '20/01/2026'",
    ),
    Doc(
        "j07-special-zone-con-dao-uy-old-tone",
        "commune",
        "đặc khu",
        2026,
        None,
        [
            "Phụ lục",
            "Nhiệm vụ, giải pháp cải thiện Chỉ số PAPI năm 2026",
            "(Kèm theo Kế hoạch số 15/KH-UBND ngày 02 tháng 3 năm 2026 của Uỷ ban nhân dân đặc khu Côn Đảo, "
            "Thành phố Hồ Chí Minh)",
        ],
        {"level": "special-zone", "word": "đặc khu", "name": "Côn Đảo", "province": "Hồ Chí Minh", "year": 2026},
        pdf=False,
        note="mixed case 'Phụ lục'; 'Uỷ ban nhân dân đặc khu Côn Đảo, Thành phố Hồ Chí Minh'",
    ),
    Doc(
        "j08-central-city-tp-abbrev",
        "city",
        "thành phố",
        2026,
        None,
        ["PHỤ LỤC", PAPI_TITLE.format(y=2026), "(Kèm theo Kế hoạch số 30/KH-UBND ngày 05/3/2026 của UBND TP. Cần Thơ)"],
        {"level": "central-city", "word": "thành phố", "name": "Cần Thơ", "province": "Cần Thơ", "year": 2026},
        note="'UBND TP. Cần Thơ' (the city's abbreviation)",
    ),
    Doc(
        "j09-central-city-hue-dated-2025",
        "city",
        "thành phố",
        2026,
        [["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "Số: 310/KH-UBND"], MOTTO + ["Huế, ngày 25 tháng 12 năm 2025"]],
        ["PHỤ LỤC", PAPI_TITLE.format(y=2026), "(Kèm theo Kế hoạch số 310/KH-UBND ngày 25/12/2025 của UBND thành phố)"],
        {"level": "central-city", "word": "thành phố", "name": "Huế", "province": "Huế", "year": 2026},
        note="a plan for 2026 signed on 25/12/2025: the date line (năm 2025) comes before the title (NĂM 2026)",
    ),
    Doc(
        "j10-ward-two-line-title-period",
        "commune",
        "phường",
        2026,
        None,
        [
            "PHỤ LỤC",
            "KẾ HOẠCH NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH",
            "(PAPI) GIAI ĐOẠN 2026 - 2030 CỦA ỦY BAN NHÂN DÂN",
            "PHƯỜNG HÀ GIANG 1, TỈNH TUYÊN QUANG",
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 03/02/2026)",
        ],
        {"level": "ward", "word": "phường", "name": "Hà Giang 1", "province": "Tuyên Quang", "year": 2026},
        note="title over three lines, the issuer cut after 'ỦY BAN NHÂN DÂN'; period 2026 - 2030; the ward's name "
        "is a former province's with a number",
    ),
    Doc(
        "j11-town-2024-name-of-a-province",
        "district",
        "thị xã",
        2024,
        None,
        [
            "PHỤ LỤC",
            PAPI_TITLE.format(y=2024),
            "(Kèm theo Kế hoạch số 55/KH-UBND ngày 15/3/2024 của UBND thị xã Quảng Trị)",
        ],
        {"level": "town", "word": "thị xã", "name": "Quảng Trị", "province": "", "year": 2024},
        province_also=["Quảng Trị"],
        note="pre-reform town whose name is also a province's name",
    ),
    Doc(
        "j12-urban-district-2024-quan-3",
        "district",
        "quận",
        2024,
        [["ỦY BAN NHÂN DÂN", "QUẬN 3", "Số: 88/KH-UBND"], MOTTO + ["Quận 3, ngày 10 tháng 4 năm 2024"]],
        [
            "PHỤ LỤC",
            PAPI_TITLE.format(y=2024),
            "(Kèm theo Kế hoạch số 88/KH-UBND ngày 10/4/2024 của Ủy ban nhân dân Quận 3, Thành phố Hồ Chí Minh)",
        ],
        {"level": "urban-district", "word": "quận", "name": "3", "province": "Hồ Chí Minh", "year": 2024},
        note="pre-reform numbered urban district, header table ỦY BAN NHÂN DÂN / QUẬN 3",
    ),
    Doc(
        "j13-provincial-city-2024-vinh-yen",
        "district",
        "thành phố",
        2024,
        None,
        [
            "PHỤ LỤC",
            "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI CỦA THÀNH PHỐ VĨNH YÊN, TỈNH VĨNH PHÚC NĂM 2024",
            "(Kèm theo Kế hoạch số 102/KH-UBND ngày 20/3/2024 của UBND thành phố Vĩnh Yên)",
        ],
        {"level": "provincial-city", "word": "thành phố", "name": "Vĩnh Yên", "province": "Vĩnh Phúc", "year": 2024},
        pdf=False,
        note="pre-reform city of a former province",
    ),
    Doc(
        "j14-former-province-2024-hyphen",
        "province",
        "tỉnh",
        2024,
        None,
        [
            "PHỤ LỤC",
            PAPI_TITLE.format(y=2024),
            "(Kèm theo Kế hoạch số 77/KH-UBND ngày 08/3/2024 của UBND TỈNH BÀ RỊA-VŨNG TÀU)",
        ],
        {
            "level": "province",
            "word": "tỉnh",
            "name": "Bà Rịa - Vũng Tàu",
            "province": "Bà Rịa - Vũng Tàu",
            "year": 2024,
        },
        note="pre-reform plan of a province merged in 2025, the name written 'BÀ RỊA-VŨNG TÀU' (no spaces)",
    ),
    Doc(
        "j15-province-old-tone-page-header",
        "province",
        "tỉnh",
        2026,
        None,
        [
            "PHỤ LỤC",
            PAPI_TITLE.format(y=2026),
            "(Kèm theo Kế hoạch số 60/KH-UBND ngày 18/3/2026 của UBND tỉnh Khánh Hoà)",
        ],
        {"level": "province", "word": "tỉnh", "name": "Khánh Hòa", "province": "Khánh Hòa", "year": 2026},
        page_header="Thực hiện Kế hoạch số 19/KH-UBND ngày 10/01/2026 của UBND tỉnh Ninh Thuận (cũ)",
        note="'tỉnh Khánh Hoà' (old tone placement); a running page header naming the former province "
        "Ninh Thuận, merged into Khánh Hòa",
    ),
    Doc(
        "j16-province-spelling-variant-merged",
        "province-merged",
        "tỉnh",
        2026,
        None,
        [
            "PHỤ LỤC",
            PAPI_TITLE.format(y=2026),
            "(Kèm theo Kế hoạch số 52/KH-UBND ngày 16/3/2026 của UBND tỉnh Đăk Lăk)",
        ],
        {"level": "province", "word": "tỉnh", "name": "Đắk Lắk", "province": "Đắk Lắk", "year": 2026},
        note="the province written 'Đăk Lăk' (a spelling in wide use) for places.toml's 'Đắk Lắk'; cells name the "
        "former province Phú Yên, merged into it, and 'Công an tỉnh Đắk Lắk'",
    ),
    Doc(
        "j17-ward-party-committee-issuer",
        "commune",
        "phường",
        2026,
        None,
        [
            "PHỤ LỤC",
            PAPI_TITLE.format(y=2026),
            "(Kèm theo Kế hoạch số 05-KH/ĐU ngày 12/3/2026 của Ban Thường vụ Đảng ủy phường Hải Châu)",
        ],
        {"level": "ward", "word": "phường", "name": "Hải Châu", "province": "", "year": 2026},
        province_also=["Đà Nẵng"],
        pdf=False,
        note="a plan issued by the ward's Party committee (Ban Thường vụ Đảng ủy phường ...), not its UBND",
    ),
    Doc(
        "j19-province-two-years-in-title",
        "province",
        "tỉnh",
        2026,
        None,
        [
            "PHỤ LỤC",
            "KẾT QUẢ CHỈ SỐ PAPI NĂM 2025 VÀ NHIỆM VỤ, GIẢI PHÁP NĂM 2026",
            "(Kèm theo Kế hoạch số 64/KH-UBND ngày 12/3/2026 của UBND tỉnh Quảng Ngãi)",
        ],
        {"level": "province", "word": "tỉnh", "name": "Quảng Ngãi", "province": "Quảng Ngãi", "year": 2026},
        note="the title names last year's results (NĂM 2025) before the plan's year (NĂM 2026); signed 12/3/2026; "
        "row 3 names Sở Thông tin và Truyền thông (merged into Sở Khoa học và Công nghệ on 2025-03-01)",
    ),
]


def html_doc(d: Doc, page_title: str) -> None:
    """The same document as a web page printed by headless Chromium with its header and footer lines
    (the page's <title> and the date over each page, its address and page numbers under it).
    """
    doc = base()  # only for the expected rows: the same table, built and dropped
    rows = appendix_table(doc, d)
    cells = "".join(
        f"<tr><td colspan=5><b>{r['dimension']}</b></td></tr>" * (i == 0 or rows[i - 1]["dimension"] != r["dimension"])
        + f"<tr><td colspan=5><b>{r['component']}</b></td></tr>"
        + "".join(f"<td>{v}</td>" for v in (i + 1, r["tasks"], r["lead"], r["coordinating"], r["deadline"])).join(
            ("<tr>", "</tr>")
        )
        for i, r in enumerate(rows)
    )
    left, right = ("<br>".join(x) for x in d.header or [[], []])
    html = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{page_title}</title><style>
@page {{ size: A4; margin: 18mm; }} body {{ font-family: 'Liberation Serif'; font-size: 12pt; }}
.c {{ text-align: center; font-weight: bold; margin: 0; }} .i {{ text-align: center; font-style: italic; margin: 0; }}
table.h td {{ text-align: center; font-weight: bold; width: 50%; vertical-align: top; }}
table.p {{ border-collapse: collapse; width: 100%; }} table.p td {{ border: 0.5px solid black; padding: 2pt; vertical-align: top; }}
</style></head><body>
<table class="h"><tr><td>{left}</td><td>{right}</td></tr></table><br>
{"".join(f'<p class="{"i" if x.startswith("(") else "c"}">{x}</p>' for x in d.lines)}<br>
<table class="p"><tr><td><b>TT</b></td><td><b>Nội dung</b></td><td><b>Cơ quan chủ trì</b></td>
<td><b>Cơ quan phối hợp</b></td><td><b>Thời gian</b></td></tr>{cells}</table></body></html>"""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / f"{d.name}.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp}/prof",
                f"--print-to-pdf={HERE / (d.name + '.pdf')}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    exp = {"note": d.note, "jurisdiction": d.juris, "province_also": d.province_also, "rows": rows}
    (HERE / f"{d.name}.expected.json").write_text(
        json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


HTML_DOC = Doc(
    "j18-zone-chromium-print-page-header",
    "commune",
    "đặc khu",
    2026,
    [["ỦY BAN NHÂN DÂN", "ĐẶC KHU LÝ SƠN", "Số: 11/KH-UBND"], MOTTO + ["Lý Sơn, ngày 09 tháng 3 năm 2026"]],
    ["PHỤ LỤC", PAPI_TITLE.format(y=2026), "(Kèm theo Kế hoạch số 11/KH-UBND ngày 09/3/2026 của UBND đặc khu Lý Sơn)"],
    {"level": "special-zone", "word": "đặc khu", "name": "Lý Sơn", "province": "", "year": 2026},
    province_also=["Quảng Ngãi"],
    pdf=False,
    note="web page printed by Chromium with its header line: the tab title 'Cổng thông tin điện tử tỉnh "
    "Quảng Ngãi - Kế hoạch PAPI năm 2025' and the date over each page",
)


def to_pdf(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(HERE / f"{n}.docx") for n in names]
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/u",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                *files,
            ],
            check=True,
            capture_output=True,
        )
        for n in names:
            shutil.copy(Path(tmp) / f"{n}.pdf", HERE / f"{n}.pdf")


if __name__ == "__main__":
    for d in DOCS:
        build(d)
    to_pdf([d.name for d in DOCS if d.pdf])
    html_doc(HTML_DOC, "Cổng thông tin điện tử tỉnh Quảng Ngãi - Kế hoạch PAPI năm 2025")
